"""Federal counts (issue 11) on sentences of our own: a qualification path whose alternatives
the VA standards write as labelled sentences joined by "; or" ("Experience. … ; or Education.
…; or Experience/Education Combination. …") is one requirement, as the USAJOBS labels count
"items offered as alternatives (*A or B*) … as one"."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_parts
from tests.unit.text.req_helpers import joined_items, must_haves

_LEAD = (
    "## Qualifications\n\nTo qualify for this position, applicants must meet all requirements "
    "by the closing date of this announcement. Basic Requirements: "
)


@pytest.mark.parametrize(
    ("path", "others"),
    [
        # The VA clerk template: three alternatives, each after its own label.
        (
            "Experience. Nine months of office work that shows the ability to learn the "
            "filing and scheduling tasks of the job; or Education. Two semesters of study "
            "after high school; or Experience/Education Combination. A mix of the two that "
            "adds up to the above qualifies at the entry level. ",
            "Citizenship. Citizen of the United States (others may be appointed under the "
            "agency's rules). ",
        ),
        # Two alternatives after a capital OR.
        (
            "Experience. One year of work in a warehouse that shows the ability to keep stock "
            "records; OR Education. One year of study above high school. ",
            "United States Citizenship: Others may be appointed only where no citizen qualifies. ",
        ),
        # A label of two words, and a short last alternative.
        (
            "Experience. Six months of work at a front desk that shows the ability to greet "
            "callers and book visits; or Training. A course for medical receptionists of at "
            "least 300 hours; or Experience/Training Combination. A mix of both. ",
            "Citizenship. Citizen of the United States. ",
        ),
    ],
)
def test_a_path_of_alternatives_is_one_requirement(path: str, others: str) -> None:
    english = (
        "English Language Proficiency. Clerks must speak and write English fluently as the "
        "agency's handbook requires. "
    )
    text = _LEAD + others + path + english + "\n\nGrade Determinations: none beyond these.\n"
    assert must_haves(text) == 3


def test_requirements_without_or_stay_apart() -> None:
    # Three labelled requirements, none offered instead of another.
    text = (
        _LEAD + "Citizenship. Citizen of the United States. Experience. Six months of office "
        "work that shows the ability to learn the tasks of the job; Education. A high school "
        "diploma or its equivalent. English Language Proficiency. Clerks must speak and write "
        "English fluently as the agency's handbook requires.\n\nGrade Determinations: none.\n"
    )
    assert must_haves(text) == 4


@pytest.mark.parametrize(
    "path",
    [
        "GS-04: (1) One year of general experience. General experience is defined as: Doing "
        "office work such as taking calls, filing and typing. Using office machines such as "
        "copiers. -OR\n\nSuccessful completion of one year of study above high school.-OR\n\n"
        "A combination of education and experience listed above.",
        "GS-03: Six months of work in a mail room sorting and routing letters and parcels. "
        "Routing mail to the right office. -OR\n\nTwo years of study after high school. -OR"
        "\n\nAn equivalent combination of training and experience as described above.",
    ],
)
def test_a_list_of_alternatives_alone_is_no_list(path: str) -> None:
    # The labels: "an ad whose only list is of alternatives … is `list: false`".
    text = (
        "## Qualifications\n\nYou must possess the Basic Requirements identified below to be "
        "considered for this position. Transcripts must be provided for qualifications based "
        "on education. Your resume must clearly show that you have the experience asked.\n\n"
        + path
        + "\n\nTo receive consideration you must meet all qualification requirements on the "
        "closing date of this announcement. Education refers to study.\n"
    )
    assert must_haves(text) is None


_CLAUSES = st.sampled_from(
    [
        "Experience. Six months of work;",
        "Experience. Six months of work; or",
        "One year above school; or Education.",
        "Citizenship: Citizen of the United States.",
        "English. Fluent English, OR",
        "(2) Training.",
        "\n",
    ]
)


@settings(max_examples=300)
@given(st.lists(_CLAUSES, min_size=1, max_size=8))
def test_merge_alternatives_keeps_spans_in_order_and_inside_the_items(parts: list[str]) -> None:
    # Items as the list readers hand them over: the merged items start and end where items did,
    # in order, without overlaps, and never more of them than came in.
    text, items = joined_items(parts)
    out = req_usa_parts.merge_alternatives(text, items)
    assert len(out) <= len(items)
    starts = {a for a, _ in items}
    ends = {b for _, b in items}
    assert all(a in starts and b in ends for a, b in out)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
    if not any("or" in p.lower().split() or p.endswith((" or", " OR")) for p in parts):
        assert out == items
