"""Prose cut into lines at a fixed width (federal qualification texts pasted from a document
that broke its lines) is read as the paragraph it was; a label used as a noun in a sentence
("must meet the basic requirements (1) … AND (2) …") opens no list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from askback.text.req_unwrap import unwrapped_view

from .req_helpers import must_haves

# Three federal-style basic requirements, each cut at a page's width into one paragraph a line.
_WRAPPED = [
    (
        "## Qualifications\n\nBasic\n\nRequirements: U.S.\n\n"
        "Citizenship. Non-citizens may only be appointed when it is not\n\n"
        "possible to recruit qualified citizens in accordance with agency policy. English "
        "Language Proficiency. Must be\n\n"
        "proficient in spoken and written English. Education. Graduation from a degree "
        "program in occupational therapy\n\n"
        "accredited by the national council. Licensure. Must hold a current, full,\n\n"
        "active, and unrestricted license to practice occupational therapy in a State of\n\n"
        "the United States. Experience refers to paid and unpaid experience, including\n\n"
        "volunteer work done through community programs. You will receive credit for all\n\n"
        "qualifying experience.\n",
        4,
    ),
    (
        "## Qualifications\n\nBasic Requirements: U.S. citizenship. Non-citizens may be "
        "appointed when it is not possible to recruit citizens.Education.\n\n"
        "A high school diploma or its equivalent.Certification.\n\n"
        "Certification by the national board of dental assisting is required\n\n"
        "at the full performance level.English\n\n"
        "Proficiency. Dental assistants must be proficient in spoken and written\n\n"
        "English. Experience refers to paid and unpaid work, including\n\n"
        "volunteer work done through national programs. Volunteer work helps build\n\n"
        "skills and can provide valuable training and\n\n"
        "experience. You will receive credit for all qualifying work.\n",
        4,
    ),
    (
        "## Qualifications\n\nBasic\n\nRequirements: Citizenship. Must be a citizen of the\n\n"
        "United States. Degree. A master's degree in social work from a school\n\n"
        "accredited by the council on social work education. Licensure. Must hold a full and\n\n"
        "current license to practice social work at the independent level in a\n\n"
        "State. English Language Proficiency. Must be proficient in spoken and written\n\n"
        "English. Experience refers to paid and unpaid experience, including\n\n"
        "volunteer work. You will receive credit for all qualifying experience.\n",
        4,
    ),
]

# Items of a list on lines of their own, in lower case and without stops: no prose cut at a
# width (no sentence ends inside a line), each line an item.
_LOWER_ITEMS = (
    "## What you bring\n\nYou'll have…\n\n"
    "strong experience with dbt and BigQuery in building and testing models\n\n"
    "expertise in LookML and Looker to build dashboards for reporting\n\n"
    "strong SQL skills with the ability to write complex queries in BigQuery\n\n"
    "a proven track record of working with senior stakeholders in finance\n\n"
    "a solid understanding of data governance, data quality and testing practices\n\n"
    "a structured and independent working style with a strong team spirit\n"
)


def test_wrapped_basic_requirements_count_as_the_unbroken_paragraph() -> None:
    for text, want in _WRAPPED:
        assert unwrapped_view(text) is not None
        assert must_haves(text) == want, text[:80]


def test_lower_case_item_lines_are_no_wrapped_prose() -> None:
    assert unwrapped_view(_LOWER_ITEMS) is None
    assert must_haves(_LOWER_ITEMS) == 6


def test_short_lines_with_stops_are_left_alone() -> None:
    text = "## Requirements\n\nU.S. citizenship.\n\nA degree in nursing.\n\nA current licence.\n"
    assert unwrapped_view(text) is None


@given(
    st.lists(
        st.sampled_from(
            ["the", "and", "of", "Basic", "Must be.", "x. Yy", "- a", "\n", "\n\n", " "]
        ),
        max_size=80,
    )
)
def test_the_view_keeps_every_offset_and_changes_only_breaks(parts: list[str]) -> None:
    text = " ".join(parts)
    view = unwrapped_view(text)
    if view is not None:
        assert len(view) == len(text)
        for a, b in zip(text, view, strict=True):
            assert a == b or (a.isspace() and b == " ")


def test_wrapped_prose_at_length_keeps_every_offset() -> None:
    # Long hostile input (its time is measured by `make bench`, row "worst case ... hostile
    # units"): the view keeps the text's length and changes only line breaks.
    phrase = "possible to recruit citizens as policy allows. English Proficiency. Must be\n\n"
    times = 20_000 // len(phrase)
    for text in (phrase * times, phrase.replace("\n", " ") * times):
        view = unwrapped_view(text)
        if view is not None:
            assert len(view) == len(text)
            assert view.replace("\n", " ") == text.replace("\n", " ")
        assert must_haves(text) is None or must_haves(text) >= 0


# A label named inside a sentence, with the parts it names numbered after it, then the labelled
# requirements themselves.
_NAMED_PARTS = [
    "To qualify, you must meet the basic requirements (1) Basic Education AND (2) Specialized "
    "Experience described below. Basic Requirements: Citizenship: Citizen of the United States. "
    "English Language Proficiency: Must be proficient in spoken and written English. "
    "Education: A bachelor's degree in engineering.",
    "Applicants must meet all qualification requirements (1) Licensure AND (2) Experience for the "
    "series. Basic Requirements: Citizenship: Must be a U.S. citizen. Licensure: A current "
    "license as a practical nurse. Experience: One year of nursing experience.",
    "Candidates must satisfy the minimum qualifications (1) Education and (2) Training here. Basic "
    "Requirements: Citizenship: Citizen of the United States. Education: A high school "
    "diploma. Training: Completion of a pharmacy technician course.",
]


def test_numbers_after_a_label_in_a_sentence_are_no_list() -> None:
    for text in _NAMED_PARTS:
        assert must_haves("## Qualifications\n\n" + text + "\n") == 3, text[:60]


def test_a_label_with_its_colon_still_opens_numbered_items() -> None:
    text = (
        "## Qualifications\n\nBasic requirements: (1) A degree in engineering. (2) A current "
        "license as a professional engineer. (3) One year of specialized experience.\n"
    )
    assert must_haves(text) == 3
