"""Requirement lists in parts (issue 11), on sentences of our own: short labels with bullets
under a requirements heading ("Mindset:", "Tools:") are parts of the list, also after a sentence
that introduces them; a degree label's bullets are the fields of one degree; heading words that
end in "in you" / "from you" still make a heading."""

from __future__ import annotations

import pytest

from askback.text import requirements
from tests.unit.text.req_helpers import must_haves as _must

_TOP = "About the job\n\nWe run analytics for a ferry company.\n\n"
_PARTS = (
    "Attitude:\n- Curious about how ferries run\n- Calm with customers\n- Clear written English\n\n"
    "Technical skills:\n- SQL\n- dbt\n- Git\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "What we look for in you",
        "What we are looking for in you",
        "What we expect from you",
        "What we look for in a candidate",
        "Requirements",
    ],
)
@pytest.mark.parametrize(
    "intro", ["", "A mix of craft and care, as you will face customers and data alike.\n\n"]
)
def test_labelled_parts_of_a_list_add_up(heading: str, intro: str) -> None:
    assert _must(_TOP + heading + "\n\n" + intro + _PARTS) == 6


def test_a_degree_label_holds_the_fields_of_one_degree() -> None:
    text = (
        _TOP + "Requirements\n\nBachelor's degree:\n- Statistics\n- Computer science\n- Physics\n\n"
        "Experience:\n- Two years of SQL\n- Some Python\n"
    )
    # The degree's fields are not three requirements: the first part is no list of its own.
    assert _must(text) == 2


@pytest.mark.parametrize("other", ["Benefits:", "What we offer", "## Perks", "Deine Aufgaben"])
def test_a_heading_of_another_part_ends_the_list(other: str) -> None:
    # Under an empty requirements heading, benefits or duties are not asked of the candidate,
    # by the line reader or by the reader of lists run together.
    text = _TOP + f"Requirements\n\n{other}\n- A pension\n- A gym\n- Free ferry rides\n"
    assert _must(text) is None


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("what we look for in you", "must"),
        ("what we expect from you", "must"),
        ("what we look for in the ideal candidate", "must"),
        ("what we look for in a company", None),
    ],
)
def test_heading_words_for_the_person(head: str, kind: str | None) -> None:
    assert requirements._kind(head, True) == kind


_PLAIN_ITEMS = (
    "\n\nStrong SQL and experience building data models\n\nStar schemas and other modelling "
    "approaches\n\nWorking with dbt or a similar tool\n\nSemantic models for BI\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "You’ll be a great fit for the crew if you have the following skills, knowledge and "
        "experience",
        "We would love to hear from you if you bring the following",
        "To do well here, applicants will need the following",
    ],
)
def test_an_open_lead_in_naming_the_following_opens_plain_items(lead: str) -> None:
    assert _must(_TOP + lead + _PLAIN_ITEMS) == 4


@pytest.mark.parametrize(
    "lead",
    [
        "In this role you will work on the following",
        "Our benefits include the following",
        "The team has built the following",
    ],
)
def test_an_open_lead_in_to_duties_or_benefits_opens_no_list(lead: str) -> None:
    assert _must(_TOP + lead + _PLAIN_ITEMS) is None


def test_bold_parts_of_a_list_add_up() -> None:
    text = (
        _TOP + "## Required Qualifications\n\n**Technical expertise**\n- Strong dbt and SQL\n"
        "- Comfortable with git\n\n**Industry knowledge and product vision**\n- Deep BI "
        "understanding\n- Product sense\n\n**Communication**\n- Clear writing\n"
    )
    assert _must(text) == 5


@pytest.mark.parametrize(
    "label", ["We can offer:", "Our perks:", "Recruitment Process:", "Offer:", "Next steps:"]
)
def test_a_label_of_what_the_ad_gives_or_how_to_apply_ends_the_list(label: str) -> None:
    text = (
        _TOP + "A successful candidate will have:\n\n- A nursing degree\n\n- A year on a ward\n\n"
        f"{label}\n\n- A pension\n\n- Free parking\n\n- A video interview\n"
    )
    assert _must(text) == 2
