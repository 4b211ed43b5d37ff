"""Federal counts (issue 11) on sentences of our own: examples of one experience written as a
semicolon series ("performing such duties as A; B; C") are one requirement, and the Army
template's "Licensure/Certification:" label is a basic requirement as "Licensure:" is."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_parts
from tests.unit.text.req_helpers import joined_items, must_haves

# The Army template: the boilerplate on what experience is (its own semicolons), a licence,
# and the experience "listed below" with its examples in a semicolon series.
_LICENCE = (
    "## Qualifications\n\nIn order to qualify, you must meet the education and/or experience "
    "requirements described below. Experience refers to paid and unpaid experience, including "
    "volunteer work done through National Service programs (e.g., Peace Corps) and other "
    "organizations (e.g., professional; religious; community; social). Your resume must "
    "clearly describe your relevant work; if qualifying based on education, transcripts will "
    "be required. Licensure/Certification: A current licence to work as a practical nurse in a "
    "State, or in the District of Columbia; OR must have applied for a licence. Candidates "
    "without a licence who finished their training may be appointed pending the licence. In "
    "addition to meeting the basic requirement above, to qualify for this position you must "
    "also meet the qualification requirement listed below: "
)
_NEXT_LOWER = (
    " This definition of experience is typical of work at the next lower grade level in the "
    "federal service (GS-04)."
)


@pytest.mark.parametrize(
    "experience",
    [
        # Gerunds after "such duties as".
        "Experience: One year of nursing work in a clinic or care home that gave a practical "
        "knowledge of wound care, performing such duties as changing dressings on patients; "
        "giving injections and tablets; helping doctors at examinations; and keeping charts up "
        "to date.",
        # "duties such as", three examples.
        "Experience: Six months of work on a hospital ward, doing duties such as taking blood "
        "pressure readings; feeding patients who need help; and restocking supply carts.",
        # Nouns after "such as:".
        "Experience: One year of work repairing ward equipment, such as: infusion pumps; bed "
        "alarms; suction units; and patient monitors.",
    ],
)
def test_examples_after_such_as_are_one_requirement(experience: str) -> None:
    # Read item by item, the examples made three or four must-haves of one experience.
    assert must_haves(_LICENCE + experience + _NEXT_LOWER) in (1, 2)


def test_clauses_that_name_requirements_of_their_own_stay_items() -> None:
    # After the examples, each clause asks for knowledge or a skill of its own: a list.
    text = (
        "Qualifications\n\nSpecialized experience must demonstrate the following: operating "
        "ward equipment such as infusion pumps; knowledge of infection control rules; skill in "
        "taking blood samples; and ability to keep patient charts."
    )
    assert must_haves(text) == 4


def _physician(label: str) -> str:
    # The Army physician template: each basic requirement a labelled paragraph of its own.
    return (
        "Qualifications\n\nIn order to qualify, you must meet the education and experience "
        "requirements described below. Experience refers to paid and unpaid experience, "
        "including volunteer work done through National Service programs (e.g., Peace Corps) "
        "and other organizations (e.g., professional; religious; community; social). Your "
        "resume must clearly describe your relevant work. Basic Requirement for Physician "
        "(Surgery): Degree: Doctor of Medicine from an accredited school in the United States. "
        "[A degree from a school abroad may be shown by a certificate of equivalence.\n\n"
        "Graduate Training: One year of supervised work in a clinic after the degree, such as "
        f"an internship.\n\n{label} Candidates must hold a full and unrestricted licence to "
        "practise medicine in a State.\n\nExperience/Training: Applicants must have 5 years "
        "of training in the specialty of the post."
    )


@pytest.mark.parametrize("label", ["Licensure/Certification:", "LICENSURE/CERTIFICATION:"])
def test_licensure_certification_is_a_basic_label(label: str) -> None:
    # Counted as "Licensure:" is: the licence is a must-have beside degree and training.
    count = must_haves(_physician(label))
    assert count == must_haves(_physician("Licensure:"))
    assert count is not None and count >= 3


_CLAUSES = st.sampled_from(
    [
        "such duties as giving shots;",
        "duties such as cleaning rooms;",
        "such as: pumps;",
        "knowledge of rules;",
        "skill in welding;",
        "and keeping records.",
        "Experience in care;",
        "taking notes;",
        "\n",
    ]
)


@settings(max_examples=300)
@given(st.lists(_CLAUSES, min_size=1, max_size=8))
def test_merge_examples_keeps_spans_in_order_and_inside_the_items(parts: list[str]) -> None:
    # Items as the list readers hand them over: the merged items start and end where items did,
    # in order, without overlaps, and never more of them than came in.
    text, items = joined_items(parts)
    out = req_usa_parts.merge_examples(text, items)
    assert len(out) <= len(items)
    starts = {a for a, _ in items}
    ends = {b for _, b in items}
    assert all(a in starts and b in ends for a, b in out)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
    if not any("such" in p for p in parts):
        assert out == items
