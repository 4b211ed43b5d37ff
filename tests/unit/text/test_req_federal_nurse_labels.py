"""The VA nurse standard written with the handbook's own labels and cut at a page's width
(issue 11, the USAJOBS labels' rule that each basic requirement under a requirements heading is
one item), on sentences of our own: *Citizenship.*, the nursing school, *Condition of
Employment.* (the registration) and *English Language Proficiency.* are four items, also where a
label follows an agency's short name ("… with VA. English Language  Proficiency.") and a cut
line left two blanks inside it; the pointer to an accreditor's website inside the school's item
("Additional information may be obtained from the NLNAC website; or …") does not end the list."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa
from tests.unit.text.req_helpers import must_haves

_LINES = [
    "BASIC",
    "REQUIREMENTS: Citizenship. Citizens of the",
    "United States. Non-citizens may be hired when no qualified citizen can be",
    "found, as Veterans Affairs policy allows. Graduation",
    "from School of Nursing. -",
    "Graduate of a school of professional nursing approved by the state board and",
    "accredited by one of the following accrediting bodies when the program was",
    "finished: ---The Nursing Board of Accreditation (NBA), located at 1 Main Street,",
    "Springfield. {pointer} on its website; or ----The Council",
    "on Nursing Schools (CNS). ----In cases of graduates of nursing schools",
    "abroad, a current, full, active and unrestricted registration meets the",
    "requirement. Condition of Employment. A",
    "registered nurse will hold a current, full, active and unrestricted",
    "registration as a graduate professional nurse in a State. The nurse must keep",
    "that registration to stay employed with {agency}. English Language{gap}",
    "Proficiency. Nurses in direct patient care must be proficient in spoken and",
    "written English. The grade and salary of the nurse selected are set by a",
    "board, from education and nursing practice.",
]


@pytest.mark.parametrize(
    "pointer",
    ["Additional information may be obtained", "Additional information may also be obtained"],
)
@pytest.mark.parametrize(("agency", "gap"), [("VA", ""), ("VA", " "), ("the department", "")])
def test_handbook_labels_cut_at_a_width_are_four_items(pointer: str, agency: str, gap: str) -> None:
    body = "\n\n".join(_LINES).format(pointer=pointer, agency=agency, gap=gap)
    text = "## Staff Nurse\n\n## Qualifications\n\n" + body + "\n"
    assert must_haves(text) == 4


_PIECES = st.sampled_from(
    [
        "with VA. ",
        "nursing. ",
        "English Language  Proficiency. ",
        "Condition of Employment. ",
        "Citizenship. ",
        "U.S. ",
        "x",
        " ",
    ]
)
_LABEL_AT = re.compile(
    r"(?:(?<=[a-z]\. )|(?<=VA\. ))(?=Condition of Employment\.|English Language  Proficiency\.)"
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=12))
def test_split_glued_cuts_before_each_label_after_a_stop(parts: list[str]) -> None:
    # The pieces cover the item in order, and each of the two labels after a sentence (also one
    # that ends on "VA.") opens a piece of its own.
    text = "".join(parts)
    if not text.strip():
        return
    pieces = req_usa._split_glued(text, (0, len(text)))
    assert "".join(text[a:b] for a, b in pieces).strip() == text.strip()
    assert all(a < b for a, b in pieces)
    starts = {a for a, _ in pieces}
    for m in _LABEL_AT.finditer(text):
        if m.start() > 3:
            assert m.start() in starts
