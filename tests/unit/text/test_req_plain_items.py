"""Plain items (no bullets): abbreviations inside them, and lead-ins that end them (sentences of
our own)."""

from __future__ import annotations

import pytest

from askback.text import requirements
from askback.text.doc import prepare
from tests.unit.text.req_helpers import must_haves as _must

_EN = [
    "hands-on work with a cloud warehouse in daily analysis, e.g. Snowflake or BigQuery",
    "deep knowledge of a dashboard tool to build reports for sales, i.e. Tableau or Looker",
    "solid SQL skills, incl. Window functions and query plans in Postgres",
    "three years of experience with experiment design, esp. Sequential tests",
    "the ability to explain numbers to managers who are not at ease with data or charts",
]
_DE = [
    "Erfahrung mit BI-Werkzeugen (z. B. Power BI oder Tableau) im Tagesgeschäft",
    "Sehr gute SQL-Kenntnisse, inkl. Performance-Optimierung in großen Datenbanken",
    "Mehrjährige Erfahrung im Controlling bzw. Finanzreporting eines Konzerns",
    "Kenntnisse in Python, u. a. Pandas und Scikit-learn für eigene Analysen",
    "Sehr gute Deutsch- und Englischkenntnisse in Wort und Schrift",
]


@pytest.mark.parametrize(
    ("heading", "items"),
    [("What you bring", _EN), ("Dein Profil", _DE), ("Requirements", _EN[:2] + _DE[:2])],
)
def test_an_abbreviation_inside_a_plain_item_keeps_it_an_item(
    heading: str, items: list[str]
) -> None:
    text = "Data Analyst\n\n" + heading + "\n\n" + "\n\n".join(items) + "\n"
    assert _must(text) == len(items)


@pytest.mark.parametrize("line", _EN + _DE)
def test_one_item_with_an_abbreviation_among_plain_items(line: str) -> None:
    items = [
        "strong experience with Airflow and Postgres in building and running pipelines",
        line,
        "the ability to explain numbers to managers who are not at ease with charts",
    ]
    text = "Data Analyst\n\nWhat you bring\n\n" + "\n\n".join(items) + "\n"
    assert _must(text) == 3


def test_two_sentences_on_one_line_are_still_prose() -> None:
    # A real sentence end inside a line still makes the line prose, not an item.
    assert requirements._paragraph("You know SQL well. The team uses Looker every day")
    assert not requirements._paragraph("You know SQL well, e.g. Window functions in Postgres")
    assert not requirements._paragraph("Erfahrung mit BI-Werkzeugen (z. B. Power BI)")
    assert requirements._paragraph("Erfahrung mit BI, z. B. Power BI. Das Team arbeitet hybrid")


_PLAIN = [
    "strong experience with dbt and a cloud warehouse in building and testing models",
    "solid SQL skills with the ability to tune slow queries in a large warehouse",
    "a proven record of working with finance stakeholders on monthly reporting",
]


@pytest.mark.parametrize(
    ("lead", "about"),
    [
        ("In a culture that…", ["values craft and care", "is open and diverse", "lets you grow"]),
        ("Our values:", ["we keep promises", "we share what we learn", "we say thank you"]),
        ("Unsere Werte...", ["Wir halten Wort", "Wir teilen Wissen", "Wir feiern Erfolge"]),
    ],
)
def test_a_lead_in_to_the_culture_ends_a_plain_list(lead: str, about: list[str]) -> None:
    text = "Analytics Engineer\n\nWhat you bring\n\n" + "\n\n".join([*_PLAIN, lead, *about]) + "\n"
    assert _must(text) == len(_PLAIN)


def test_a_lead_in_that_asks_with_an_ellipsis_keeps_the_list_open() -> None:
    more = ["fluent English in writing and speech", "the right to work in the UK"]
    lines = [*_PLAIN, "You will also bring…", *more]
    text = "Analytics Engineer\n\nWhat you bring\n\n" + "\n\n".join(lines) + "\n"
    assert _must(text) == len(_PLAIN) + len(more)


_MILESTONES = [
    "- Learned how the team ships its models to production",
    "- Built a first dashboard for the sales leads",
    "- Met the people who own the billing data",
]
_NEEDS = [
    "- Three years of experience with SQL and Python",
    "- Experience with a BI tool such as Looker or Tableau",
    "- Fluent English",
]


@pytest.mark.parametrize(
    "lead",
    [
        "In your first few months, you'll have:",
        "Within your first 90 days you will have:",
        "By the end of your first year, you'll have:",
        "In den ersten drei Monaten wirst du:",
    ],
)
def test_milestones_of_the_first_months_are_no_requirements(lead: str) -> None:
    text = (
        "Analytics Engineer\n\nWhat success looks like\n\n"
        + lead
        + "\n\n"
        + "\n".join(_MILESTONES)
        + "\n\nWhat you'll need\n\n"
        + "\n".join(_NEEDS)
        + "\n"
    )
    assert _must(text) == len(_NEEDS)


@pytest.mark.parametrize(
    "heading", ["What success looks like", "Your first 90 days", "Deine ersten 100 Tage"]
)
def test_a_heading_on_success_in_the_role_closes_the_list(heading: str) -> None:
    text = (
        "Analytics Engineer\n\nRequirements\n\n"
        + "\n".join(_NEEDS)
        + f"\n\n{heading}\n\n"
        + "\n".join(_MILESTONES)
        + "\n"
    )
    assert _must(text) == len(_NEEDS)


@pytest.mark.parametrize(
    ("must", "nice"),
    [
        ("Qualifications - Required", "Qualifications - Preferred"),
        ("Skills – required", "Skills – nice to have"),
        ("Requirements — must have", "Requirements — optional"),
    ],
)
def test_a_dash_after_a_heading_says_which_list(must: str, nice: str) -> None:
    # Plain lines, as pages that lose their bullets give them.
    needs = [n.removeprefix("- ") for n in _NEEDS]
    text = (
        f"Analytics Engineer\n\n{must}\n\n"
        + "\n\n".join(needs)
        + f"\n\n{nice}\n\nExperience with dbt\n\nA degree in statistics\n"
    )
    report = requirements.check(prepare(text))
    assert report.must_haves == len(_NEEDS)
    assert report.nice_to_haves == 2


def test_a_dash_with_other_words_after_a_heading_is_no_heading() -> None:
    # "Skills - required for the on-call rota" is a sentence, not a heading with a qualifier.
    assert requirements._kind("Skills - required for the on-call rota", plain=True) is None


@pytest.mark.parametrize(
    "heading",
    ["Core competencies", "Key Competencies:", "Dein Können", "Ihre Kompetenzen", "Core skills"],
)
def test_competence_headings_open_the_must_haves(heading: str) -> None:
    text = (
        f"Data Analyst\n\nWe build payment tools.\n\n{heading}\n\n- SQL\n- Python\n"
        "- Statistics\n\nAbout us\n\nWe are a small team.\n"
    )
    assert _must(text) == 3
