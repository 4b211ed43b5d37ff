"""Two federal list shapes that no reader found (helper usa17, from the DEV misses and the
unlabelled USAJOBS ads of the same templates):

- KSAs after "must show possession of the following knowledge, skills and abilities needed to
  fully perform the duties of the position:" (a long phrase of purpose between the KSA noun and
  the colon), dashed, are the list's items;
- a one-grade "SPECIALIZED EXPERIENCE: Must have at least N months experience <activity>;
  <activity>; <activity>." series of three clauses, each an activity, after a label's colon.

The texts are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.text.req_helpers import must_haves as _must

# The summary gives the federal signal the federal readers need ("federal service").
_HEAD = (
    "Program Analyst\n\n## Summary\n\nThis National Guard position is in the federal service."
    "\n\n## Qualifications\n\n"
)


_LEADS = [
    "Your record of experience, training, and education must show possession of the following "
    "knowledge, skills and abilities needed to fully perform the duties of the position:",
    "Your record of experience and/or training must show possession of the following "
    "knowledge, skills, and abilities required to carry out the work of this job well:",
    "Applicants must demonstrate the following knowledge, skills & abilities which are "
    "necessary to perform the assignments of the office successfully:",
]
_ONE_LINE = (
    " - Knowledge of budget rules and fiscal law. - Ability to brief senior staff on findings. "
    "- Skill in planning studies of programs."
)
_PARAGRAPHS = (
    " -Knowledge of supply systems.\n\n- Ability to write clear reports.\n\n- Skill in using "
    "spreadsheets.\n\n- Knowledge of contract terms."
)


@pytest.mark.parametrize(
    ("lead", "body", "count"),
    [*((lead, _ONE_LINE, 3) for lead in _LEADS), (_LEADS[0], _PARAGRAPHS, 4)],
)
def test_ksas_after_a_long_purpose_phrase_are_the_list(lead: str, body: str, count: int) -> None:
    text = (
        _HEAD + "Length of time is not of itself qualifying. Your experience will be evaluated on "
        "the basis of duties performed. " + lead + body + "\n"
    )
    assert _must(text) == count


def test_the_purpose_phrase_without_items_is_no_list() -> None:
    text = (
        _HEAD + "Your record of experience must show possession of the following knowledge, "
        "skills and abilities needed to fully perform the duties of the position: a sound grasp "
        "of the work, shown in the resume.\n"
    )
    assert _must(text) is None


_LABELLED_SERIES = [
    (
        "SPECIALIZED EXPERIENCE: Must have at least 24 months experience, education or training "
        "preparing work orders; scheduling the phases of projects; following up on progress and "
        "arranging changes in materials."
    ),
    (
        "WAREHOUSE WORKER, WG-6907-05: Must have 12 months experience loading trucks; "
        "checking stock against orders; and keeping the storage records."
    ),
    (
        "SPECIALIZED EXPERIENCE: Must have at least 2 years of experience repairing engines; "
        "testing fuel systems; Must have knowledge of the shop's safety rules."
    ),
]


@pytest.mark.parametrize("series", _LABELLED_SERIES)
def test_three_activity_clauses_after_a_label_are_items(series: str) -> None:
    assert _must(_HEAD + series + "\n") == 3


@pytest.mark.parametrize(
    "series",
    [
        # Not after a label: one requirement sentence with a short series is prose.
        "You must have at least 24 months experience preparing work orders; scheduling "
        "projects; following up on progress.",
        # What the experience covered, one requirement.
        "SPECIALIZED EXPERIENCE: Must have at least 24 months experience including work "
        "orders; involving project schedules; including follow-up on progress.",
        # Alternatives.
        "SPECIALIZED EXPERIENCE: Must have at least 36 months experience in civil aviation; "
        "or, in military aviation; or, in a Guard aviation unit.",
        # Examples of one requirement.
        "SPECIALIZED EXPERIENCE: Must have at least 12 months experience in duties such as "
        "loading trucks; checking stock; keeping records.",
        # A "must" inside a definition, not after a label's colon: one requirement.
        "Specialized experience is defined as: Performs routine urine tests; but must also have "
        "working knowledge of hematology and serology; performing blood draws; operating lab "
        "instruments; and assisting in quality control.",
    ],
)
def test_other_three_clause_series_stay_prose(series: str) -> None:
    assert _must(_HEAD + series + "\n") is None


_ACTS = st.sampled_from(
    [
        "preparing work orders",
        "scheduling the phases of projects",
        "following up on progress",
        "checking stock against orders",
        "keeping the storage records",
        "testing fuel systems",
    ]
)


@settings(max_examples=40, deadline=None)
@given(
    months=st.integers(min_value=6, max_value=48),
    acts=st.lists(_ACTS, min_size=3, max_size=3, unique=True),
    label=st.sampled_from(["SPECIALIZED EXPERIENCE", "MATERIALS HANDLER, WG-6907-05"]),
)
def test_labelled_activity_series_counts_its_clauses(
    months: int, acts: list[str], label: str
) -> None:
    series = f"{label}: Must have at least {months} months experience " + "; ".join(acts) + "."
    assert _must(_HEAD + series + "\n") == 3


# "Such experience includes: 1. …" after a sentence that defines the specialized experience:
# the numbered parts of that one definition are items (the definition reader's lead said
# "specialized experience" in its own sentence only).
_DEFINES = (
    "Applicants must have one year of specialized experience equivalent to the GS-13 level in "
    "the Federal service. Specialized Experience is experience that has equipped the applicant "
    "with the particular knowledge, skills, and abilities to perform successfully the duties of "
    "the position. "
)


@pytest.mark.parametrize(
    ("parts", "count"),
    [
        (
            "Such experience includes:1. Writing radio standards for public safety, 2. testing "
            "core network protocols, and 3. leading teams of engineers.",
            3,
        ),
        (
            "Such experience includes: (1) planning budgets for a program, (2) briefing senior "
            "staff on results, (3) reviewing contracts, and (4) drafting policy.",
            4,
        ),
        (
            "Such experience must include: 1) auditing ledgers; and 2) preparing financial "
            "statements.",
            2,
        ),
    ],
)
def test_such_experience_parts_after_a_definition_are_items(parts: str, count: int) -> None:
    assert _must(_HEAD + _DEFINES + parts + "\n") == count


@pytest.mark.parametrize(
    "before",
    [
        # "Such" points back to general experience, not the specialized one.
        _DEFINES + "General experience is any work that shows the ability to do the job. ",
        # Examples.
        _DEFINES + "Such experience includes examples such as ",
    ],
)
def test_such_experience_elsewhere_is_no_definition(before: str) -> None:
    text = (
        _HEAD + before + "Such experience includes:1. Writing radio standards, 2. testing "
        "networks, and 3. leading teams.\n"
    )
    assert _must(text) is None
