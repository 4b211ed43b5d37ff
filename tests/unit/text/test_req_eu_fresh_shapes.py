"""Shapes of requirement lists in the EU ads labelled last (n 320-439), on sentences of our own:
a wish heading over the ad's only list ("It would be great if you had"), a plain item that runs
to a second sentence, a heading of nouns joined with a determiner ("Profile, Experience & Key
Competencies"), "Desired Traits" closing a prose requirement, and a wish line right under the
requirements heading, which is no item."""

from __future__ import annotations

import pytest

from tests.unit.text.req_helpers import must_haves as _must

_TOP = "About the job\n\nWe build route planners for ferries.\n\n"
_DUTIES = "What you will be doing\n- Plan the timetables\n- Model the harbour data\n\n"
_BENEFITS = "Benefits\n- Equity\n- Holidays\n"
_WISH_ITEMS = "- Strong SQL and Python\n- A feel for tides\n- Calm under pressure\n\n"


@pytest.mark.parametrize(
    "heading",
    ["It would be great if you had", "We'd love it if you have:", "We'd love to hear from you:"],
)
def test_a_wish_heading_over_the_only_list_heads_the_requirements(heading: str) -> None:
    assert _must(_TOP + _DUTIES + f"{heading}\n" + _WISH_ITEMS + _BENEFITS) == 3


def test_a_wish_heading_beside_the_requirements_stays_a_plus() -> None:
    reqs = "Requirements\n- SQL\n- dbt\n\n"
    wish = "It would be great if you had\n- Spark\n- Kafka\n- Flink\n\n"
    assert _must(_TOP + reqs + wish + _BENEFITS) == 2


def test_a_plain_item_may_run_to_a_second_sentence() -> None:
    items = (
        "Fluent in SQL and Python.\n\n"
        "Experienced with tide tables and harbour schedules.\n\n"
        "Skilled at explaining data to captains.\n\n"
        "Experienced with common port tools such as PortBase or similar. The exact tool matters"
        " less than knowing how the harbour data is made.\n\n"
        "Comfortable working with crews, pilots and finance.\n\n"
    )
    note = "Everyone is welcome at Ferrytech\n\n" + "We hire people from every background. " * 8
    assert _must(_TOP + "What you bring:\n\n" + items + note + "\n\n" + _BENEFITS) == 5


def test_a_second_sentence_paragraph_after_two_items_ends_the_list() -> None:
    items = "Fluent in SQL.\n\nSkilled with dbt.\n\n"
    after = "Our team sails from Rotterdam. The office is by the harbour and opens early.\n\n"
    assert _must(_TOP + "What you bring:\n\n" + items + after + _BENEFITS) == 2


@pytest.mark.parametrize(
    "heading",
    ["Profile, Experience & key Competencies", "Skills, Knowledge and Core Competencies"],
)
def test_heading_nouns_may_carry_a_determiner(heading: str) -> None:
    lines = "Degree in computer science\nTwo years of ETL work\nStrong SQL\nFluent English\n"
    tail = "Working Conditions:\nThis is a full-time role.\n"
    assert _must(_TOP + f"{heading}\n" + lines + tail) == 4


def test_desired_traits_closes_a_prose_requirement() -> None:
    text = (
        _TOP + "Required Qualifications\nA degree in maritime science with hands-on engineering"
        " experience. Candidates must show skill with PostgreSQL, Snowflake and cloud services.\n\n"
        "Desired Traits\nSelf-starters with a passion for ferries and calm under pressure.\n\n"
        "Relocation Assistance: Available\n"
    )
    assert _must(text) is None


_LABELS = (
    "Warehouse Engineering\n: Expert SQL on a cloud warehouse.\n\n"
    "Transformation Tools\n: Proven dbt experience, with incremental models. Including macros.\n\n"
    "Semantic Layer & BI\n: Experience with semantic layers in Looker.\n\n"
    "Event-Driven Data Modeling:\n Practical experience with event streams.\n\n"
    "Shipping Background: \nExperience in a port or a shipping line.\n\n"
)


def test_a_wish_line_under_the_requirements_heading_is_no_item() -> None:
    text = _TOP + "Requirements\n\nWe would love it if you have\n\n" + _LABELS
    assert _must(text + _BENEFITS) == 5


def test_working_conditions_closes_the_list() -> None:
    items = "Degree in a relevant field.\nStrong SQL skills.\nFluent English.\n"
    tail = (
        "Working Conditions\nFull-time, permanent position\nBased in our office in Bruges\n"
        "A police certificate will be required on selection\n"
    )
    assert _must(_TOP + "Requirements\n" + items + tail) == 3


def test_a_zero_width_line_is_no_item() -> None:
    reqs = "Qualifications\n\nStrong SQL skills\nThree years with dbt\nFluent English\n\u200b\n\n"
    assert _must(_TOP + reqs + "Why join us?\n\nA harbour view\n") == 3


def test_prose_under_a_heading_before_the_list_under_the_next_is_no_item() -> None:
    prose = (
        "What we're looking for\n\n"
        "We are looking for someone with strong data experience who can combine technical skill"
        " with good communication and calm teamwork on board.\n\n"
        "You may already be working as a senior analyst, or you may be an experienced engineer"
        " ready to step into a broader role with more ownership.\n\n"
    )
    items = "You'll need:\n\nStrong SQL skills\nThree years with dbt\nFluent English\n\n"
    assert _must(_TOP + prose + items + _BENEFITS) == 3


def test_two_long_requirement_sentences_with_a_short_list_stay_items() -> None:
    reqs = (
        "Requirements\n\n"
        "- You hold a degree in computer science or a related field and have worked with data for"
        " at least three years in a product team.\n"
        "- You write clear SQL and Python and have shipped dbt models to production for a team"
        " of analysts.\n\n"
        "Technical skills\n\n- Spark\n- Kafka\n- Airflow\n\n"
    )
    assert _must(_TOP + reqs + _BENEFITS) == 5


def test_what_we_seek_heads_a_list_beside_what_you_need() -> None:
    seek = (
        "What We Seek\n- Quick learner: you pick up new tools fast\n"
        "- Team player: you help the crew\n- Calm: you keep a cool head in storms\n\n"
    )
    need = "What You'll Need\n- Five years in analytics\n- Strong SQL\n\n"
    assert _must(_TOP + seek + need + _BENEFITS) == 5


def test_highly_valued_under_the_requirements_opens_the_plus_list() -> None:
    reqs = "Requirements\n\nStrong SQL skills.\n\nThree years with dbt.\n\nFluent English.\n\n"
    plus = "Highly Valued\n\nExperience with Spark.\n\nKnowledge of tides.\n\n"
    assert _must(_TOP + reqs + plus + _BENEFITS) == 3


def test_a_sub_heading_whose_bullets_mostly_speak_of_the_candidate_goes_on_with_the_list() -> None:
    reqs = (
        "What We're Looking For\n"
        "Seafaring Craft\n• Five years of building data systems.\n• Strong SQL.\n\n"
        "Operational Readiness\n"
        "• Docker and CI/CD are how you work.\n• You think about cost early.\n"
        "• You log as you build.\n• You test before you sail.\n\n"
    )
    # 6 items; the first sub-heading, right under the heading, is still read as one (7).
    assert _must(_TOP + reqs + _BENEFITS) in (6, 7)


def test_a_sub_heading_over_offers_ends_the_list() -> None:
    reqs = "What We're Looking For\n• Five years of building data systems.\n• Strong SQL.\n\n"
    offer = (
        "Life On Board\n• Docker laptops for everyone.\n• A bike allowance.\n"
        "• You will receive 30 days of leave.\n\n"
    )
    assert _must(_TOP + reqs + offer) == 2


_ESSENTIAL = "Essential\n\nStrong SQL skills.\n\nThree years with dbt.\n\nFluent English.\n\n"
_VALUED = "Highly Valued\n\nExperience with Spark.\n\nKnowledge of tides.\n\n"


def test_a_culture_sub_heading_after_the_plus_list_is_requirements_again() -> None:
    culture = (
        "Culture and Values Alignment\n\nCares about the sea and its people.\n\n"
        "Works with rigour and low ego.\n\nMoves with purpose.\n\n"
    )
    why = "WHY WORK WITH US...\n\nReal Impact\n\nYour work keeps ferries on time.\n"
    assert _must(_TOP + _ESSENTIAL + _VALUED + culture + why) == 6


def test_the_employers_values_after_the_plus_list_are_no_requirements() -> None:
    values = "Ferrytech Values\n\nSafety first\n\nCrew next\n\nOwn it\n\n"
    assert _must(_TOP + _ESSENTIAL + _VALUED + values + _BENEFITS) == 3


def test_a_heading_that_trails_off_closes_the_list() -> None:
    reqs = "Requirements\n\nStrong SQL skills\n\nThree years with dbt\n\n"
    why = "WHY WORK WITH US...\n\nReal Impact\n\nGreat Crew\n\nFree Ferry Rides\n"
    assert _must(_TOP + reqs + why) == 2
