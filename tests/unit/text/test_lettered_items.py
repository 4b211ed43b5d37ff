"""Items lettered a., b., c. (or (a), b)) are a list, however many: a lettered item starts in
lower case, as a line cut at a page's width does, and four of them must not read as one
paragraph of prose (req_unwrap). Width-cut prose is still joined."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze
from askback.text.req_unwrap import unwrapped_view

INTRO = (
    "# Payroll Officer\n\nYou will run payroll for 300 staff across three sites and answer "
    "questions from employees about their pay.\n\n"
)


@pytest.mark.parametrize(
    ("items", "n"),
    [
        (["a. Degree in accounting", "b. Payroll experience", "c. Advanced Excel",
          "d. Xero or MYOB"], 4),
        (["a. Five years of nursing practice", "b. Current registration with the board",
          "c. Basic life support", "d. Experience on a surgical ward",
          "e. Good written English"], 5),
        (["a) A finance qualification", "b) Two years in a payroll team", "c) Good Excel",
          "d) Care with detail", "e) Calm under deadlines"], 5),
        (["(a) Degree in statistics", "(b) Strong SQL", "(c) Experience with dbt",
          "(d) Clear writing", "(e) A driving licence", "(f) Right to work in the UK"], 6),
        (["A. Degree in accounting", "B. Payroll experience", "C. Advanced Excel",
          "D. Sage or Xero"], 4),
    ],
)  # fmt: skip
def test_lettered_items_are_counted(items: list[str], n: int) -> None:
    text = INTRO + "Requirements\n" + "\n".join(items) + "\n"
    assert unwrapped_view(text) is None
    assert analyze(text).must_haves == n


def test_prose_cut_at_a_width_is_still_joined() -> None:
    prose = (
        "Basic Requirements: applicants must have a degree in accounting or a related\n"
        "field of study from an accredited school, and at least one year of experience in\n"
        "a payroll office. Experience must be documented in the resume and must show the\n"
        "duties performed. Part-time work is credited for the hours worked in each week\n"
        "of the period. A transcript is needed for any education used to qualify and must\n"
        "be sent with the application.\n"
    )
    joined = unwrapped_view(INTRO + prose)
    assert joined is not None
    assert "related field" in " ".join(joined.split())


@pytest.mark.parametrize(
    ("items", "n"),
    [
        (["i. Degree in accounting", "ii. Payroll experience", "iii. Advanced Excel"], 3),
        (["i) A finance degree", "ii) Two years of payroll", "iii) Advanced Excel",
          "iv) Sage or Xero"], 4),
        (["Requirements are:", "a. Degree in accounting", "b. Two years of payroll",
          "c. Advanced Excel"], 3),
    ],
)  # fmt: skip
def test_roman_and_lower_case_items_are_items_not_wrapped_lines(items: list[str], n: int) -> None:
    # A lower-case start usually means a line goes on with the item above; a marker is no such
    # start.
    text = INTRO + "Requirements\n" + "\n".join(items) + "\n"
    assert analyze(text).must_haves == n


def test_a_lower_case_line_still_goes_on_with_its_item() -> None:
    text = INTRO + (
        "Requirements\n- A degree in accounting, finance or a related\n"
        "subject from a recognised university\n- Two years of payroll\n- Advanced Excel\n"
    )
    assert analyze(text).must_haves == 3
