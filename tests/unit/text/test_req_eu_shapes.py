"""Shapes of requirement lists in European data ads (issue 11, the EU labels), on sentences of
our own: heading wordings ("We're looking for someone with", "Was Du dafür mitbringst", "This
role is a strong fit if you:"), and lists whose line breaks were lost ("…a similar roleStrong
SQL…")."""

from __future__ import annotations

import pytest

from askback.text import req_glued
from tests.unit.text.req_helpers import must_haves as _must

_TOP = "About the job\n\nWe build route planners for ferries.\n\n"
_DUTIES = "What you'll do\n\nPlan the timetables\n\nModel the harbour data\n\n"


@pytest.mark.parametrize(
    "heading",
    [
        "We're looking for someone with",
        "We are looking for a person with",
        "The Qualifications We Seek",
        "Was Du dafür mitbringst",
        "Was erwarten wir von dir:",
        "This role is a strong fit if you:",
    ],
)
def test_heading_wordings_open_the_list(heading: str) -> None:
    items = "Solid SQL and a feel for timetables\n\nThree years with dbt\n\nCalm under pressure\n\n"
    nice = "Nice to have\n\nSpark\n\nKafka\n"
    assert _must(_TOP + _DUTIES + f"{heading}\n\n" + items + nice) == 3


def test_a_fit_heading_beside_the_requirement_list_is_not_counted() -> None:
    reqs = "Requirements\n- SQL\n- dbt\n- Python\n\n"
    fit = "This role is a strong fit if you:\n- Love boats\n- Like harbours\n\n"
    assert _must(_TOP + reqs + fit) == 3


_GLUED = (
    "Four years in analytics engineering or a similar roleStrong hands-on experience with dbt"
    " in productionAdvanced SQL, including window functions and tuningExperience with"
    " ClickHouse or another columnar databaseComfortable working with JavaScript dashboards"
)


def test_items_glued_without_breaks_are_items() -> None:
    text = (
        _TOP + "What You'll Bring\n\nTechnical expertise\n\n" + _GLUED + "\n\nWhy us?\n\nBoats.\n"
    )
    # The sub-heading line is taken as an item too (within one of the label).
    assert _must(text) in (5, 6)


def test_camel_case_words_are_not_glue_points() -> None:
    found = req_glued.items(_GLUED, 0, len(_GLUED))
    assert len(found) == 5
    assert not any(_GLUED[a:b].startswith(("House", "Script")) for a, b in found)


def test_a_glued_list_ends_at_its_line() -> None:
    duties = "Your Daily Tasks\nPlan the timetables of the ferries with the harbour teams.\n"
    text = _TOP + "The Qualifications We Seek\n" + _GLUED + "\n" + duties
    assert _must(text) == 5


@pytest.mark.parametrize(
    "line",
    [
        # Sentences glued at their stops: a paragraph run together, not a list.
        "Applicants must have one year of experience in the field.Experience refers to paid and"
        " unpaid work of any kind done for the agencyYou will be rated on the answers to the"
        " questionnaire and on your resume as a wholeThe rating decides who is referred",
        # Too few pieces of an item's length.
        "Strong SQL and some PythonExperience with dbt in production pipelines at scale",
    ],
)
def test_glued_prose_or_two_pieces_are_no_list(line: str) -> None:
    assert req_glued.items(line, 0, len(line)) == []


def test_a_glued_line_after_a_lead_in_sentence_is_no_list() -> None:
    lead = "You'll have the opportunity to:\n\n"
    text = _TOP + "Requirements\n- SQL\n- dbt\n- Python\n\n" + lead + _GLUED + "\n"
    assert _must(text) == 3


_REQ_HEAD = "What you bring\n- Four years in analytics\n- Strong SQL\n- Solid Python\n"


@pytest.mark.parametrize(
    ("item", "count"),
    [
        # A plus tagged on the whole item after a dash: not counted.
        ("- Kafka and Flink — a plus.", 3),
        ("- Experience with Spark – preferred", 3),
        # Words between the dash and the plus: the plus is said of them only.
        ("- Comfort with Python — Airflow exposure is a plus", 4),
        # An adverb after the dash narrows the item, which stays a must.
        ("- Five years of SQL — ideally in retail", 4),
        # "highly valued", "highly appreciated" mark a plus as the other wordings do.
        ("- A commitment to open source is highly valued;", 3),
        ("- Teamwork and daily commitment are highly appreciated.", 3),
    ],
)
def test_plus_markers_of_the_whole_item(item: str, count: int) -> None:
    assert _must(_TOP + _REQ_HEAD + item + "\n\nBenefits\n- Bikes\n") == count


_YOU_LIST = (
    "Who You Are\n\n"
    "Three years of experience in analytics engineering.\n\n"
    "You know how to model data for many teams.\n\n"
    "You're a builder. You ship small changes often and measure them.\n\n"
    "You speak English and Dutch.\n\n"
)


def test_a_short_you_paragraph_among_you_items_is_an_item() -> None:
    assert _must(_TOP + _DUTIES + _YOU_LIST + "Benefits\n\nBikes\n") == 4


def test_a_you_paragraph_after_bullets_still_ends_the_list() -> None:
    reqs = "Requirements\n- SQL\n- dbt\n- You know Python\n\n"
    after = "You'll join a great team. You will love our office by the canal.\n\n"
    assert _must(_TOP + reqs + after) == 3


@pytest.mark.parametrize("heading", ["How we Work at Acme", "What We Stand For", "Our Values"])
def test_a_heading_about_the_employer_ends_a_plain_list(heading: str) -> None:
    reqs = "Requirements\n\nStrong SQL\n\nThree years with dbt\n\nClear writing\n\n"
    values = f"{heading}\n\nActs with integrity.\n\nPromotes high standards.\n"
    assert _must(_TOP + reqs + values) == 3


def test_capabilities_heading_adds_up() -> None:
    text = (
        _TOP
        + "Experience\n\nFive years in BI\n\nSQL and dbt\n\n"
        + "Key Skills, Knowledge & Capabilities\n\nAnalytical thinking\n\nClear writing\n\n"
        + "Benefits\n\nBikes\n"
    )
    assert _must(text) == 4


_QUALS = "Qualifications\n- SQL and dbt\n- Three years in BI\n- Clear English\n\n"


_LEAD_IN_UNDER_DUTIES = (
    "Main Responsibilities\n\nTo succeed in this role, you will need to:\n\n"
    "Have a strong grasp of data modelling\n\nBe comfortable with changing priorities\n\n"
    "Possess clear written English\n\n"
)


def test_a_lead_in_right_under_a_duties_heading_stays_duties() -> None:
    # Four lines under the duties heading, three under "Qualifications": the latter count.
    duties = _LEAD_IN_UNDER_DUTIES + "Keep the dashboards fast\n\n"
    assert _must(_TOP + duties + _QUALS) == 3


def test_the_same_lead_in_alone_is_the_list() -> None:
    assert _must(_TOP + _LEAD_IN_UNDER_DUTIES) == 3


def test_numbered_titles_naming_requirements_as_a_topic_are_no_lead_in() -> None:
    duties = (
        "Key Responsibilities:\n\n1. Discovery & Requirements\n- Shape the epics\n"
        "- Write the specs\n\n2. Delivery\n- Ship the dashboards\n\n"
    )
    assert _must(_TOP + duties + _QUALS) == 3


_REQ_AND_PLUS = (
    "Responsibilities:\n\nBuild dashboards for the harbour teams.\n\n"
    "Required:\n\nStrong Python and SQL for pipelines.\n\nThree years with Airflow.\n\n"
    "Preferred:\n\nExperience with Kafka and Flink.\n\n"
)


def test_a_keyword_recap_after_the_lists_is_not_counted() -> None:
    recap = "Skills :\n\nPython, SQL, and Airflow\n\nKafka, Flink\n\nHarbour dashboards\n\n"
    assert _must(_TOP + _REQ_AND_PLUS + recap + "About us\n\nBoats.\n") == 2


def test_a_skills_list_with_new_asks_after_the_lists_still_counts() -> None:
    more = "Skills :\n\nFluent Portuguese\n\nA driving licence\n\nSpreadsheet modelling\n\n"
    assert _must(_TOP + _REQ_AND_PLUS + more + "About us\n\nBoats.\n") == 5


def test_an_italic_note_below_plain_items_ends_the_list() -> None:
    reqs = (
        "What makes you a great candidate:\n"
        "A degree in Computer Science, Physics, or a related field.\n"
        "Four years of experience in analytics engineering with a focus on modelling.\n"
        "Strong SQL skills and experience with testing data models.\n"
        "Experience with schedulers, such as Dagster or Airflow.\n"
        "*Kindly be aware that all applicants may go through a screening step.*\n"
        "Tools are part of how we work\n"
        "We use modern tools widely to move faster and raise quality, and we keep our own"
        " attention on the work where judgment and care matter most. We expect every candidate"
        " to be comfortable with such tools in their daily work and to keep looking for better"
        " ways to apply them.\n"
        "Why Acme?\nWork on projects that matter\n"
    )
    assert _must(_TOP + reqs) == 4


def test_a_heading_glued_to_its_glued_list() -> None:
    line = (
        "About YouYou'll have four years in analytics engineering or a similar role"
        "You'll have strong SQL skills and write clear, tested models"
        "You'll have worked with dbt and a cloud warehouse (e.g. Snowflake, BigQuery)"
        "You'll ideally have used Python for small automation tasks"
    )
    text = _TOP + "Overview of TeamThe data team models the ferry data.\n\n" + line + "\n\nBoats.\n"
    # Four items, the "ideally" one a plus.
    assert _must(text) == 3
