"""VA basic requirements under the handbook's labels without letters ("Citizenship. … Education.
… Licensure. … English Language Proficiency. …"), one a line or run together, are the items of a
federal (USAJOBS-shaped) ad's list; a label that says it asks nothing, a grade's part and labels
that do not open with *Citizenship.* are not read as such (helper usa14, from unlabelled ads).
The texts are written for these tests in the shapes of the VA template."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_lettered import lettered_items
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "A post with the Department of Veterans Affairs.\n\n## Qualifications\n\n"


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (  # one label a line
            "Citizenship. Citizen of the United States.\nEducation. Doctor of Pharmacy degree "
            "from an accredited school.\nLicensure. Full, current and unrestricted license to "
            "practise pharmacy in a State.\nEnglish Language Proficiency. Pharmacists must speak "
            "and write English well.",
            4,
        ),
        (  # run together, one stop lost ("… to verify education Licensure.")
            "Citizenship. Be a citizen of the United States. Education. Have a master's degree in "
            "social work from an accredited school. Applicants must send a transcript to verify "
            "education Licensure. Social workers must hold a state licence. Physical "
            "Requirements. See the agency directive. English Language Proficiency. Social "
            "workers must speak and write English well.",
            5,
        ),
        (  # glued after a bracket, and a label that asks nothing
            "Citizenship. Citizen of the United States (others only where no citizen can be "
            "found).Certification. Certification is not required for this occupation. English "
            "Language Proficiency. Must speak and write English.Education. There are no specific "
            "educational requirements for this occupation.",
            2,
        ),
    ],
)
def test_plain_basic_requirement_labels_are_the_list(body: str, count: int) -> None:
    text = _HEAD + body + "\n"
    assert len(lettered_items(text, [], [])) == count
    assert _must(text) == count


@pytest.mark.parametrize(
    "body",
    [
        # One label alone.
        "Citizenship. Citizen of the United States. The post is for a pharmacist.",
        # Labels that do not open with citizenship.
        "Education. A degree in pharmacy. Licensure. A licence in a State.",
        # The grade's part after the basic labels: "and Licensure." is no label of the run.
        "Citizenship. Citizen. GS-9: Experience, Education and Licensure. Entry grade.",
    ],
)
def test_other_labelled_text_is_not_read(body: str) -> None:
    assert lettered_items(_HEAD + body + "\n", [], []) == []


def test_plain_labels_beside_a_list_read_are_not_read() -> None:
    text = _HEAD + "Citizenship. Citizen.\nEducation. A degree in pharmacy.\n"
    assert lettered_items(text, [(0, 5), (5, 10)], []) == []


_PIECES = st.sampled_from(
    [
        "Qualifications\n",
        "Citizenship. ",
        "Education. ",
        "Licensure. ",
        ").Physical Standards. ",
        "English Language Proficiency. ",
        "Citizen of the US. ",
        "is not required. ",
        "GS-9: ",
        "and Licensure. ",
        "\n\n",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_items_stay_inside_the_text_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = lettered_items(text, [], [])
    assert found == [] or len(found) >= 2
    assert all(0 <= a < b <= len(text) for a, b in found)
    assert [a for a, _ in found] == sorted(a for a, _ in found)
