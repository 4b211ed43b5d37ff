"""Must-have counts on European data ads (issue 11), on sentences of our own: a plus said of a
clause after an item's own requirement leaves the item a must-have; nice-to-have headings in
more words ("Appreciated Additional Skills", "Valued technical skills", a long lead-in that says
its items are not essential); apostrophes typed as an acute accent."""

from __future__ import annotations

import pytest

from askback.text import requirements
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "About the job\n\nWe run the data platform of a shop.\n\nRequirements\n"


def _ad(*items: str, tail: str = "") -> str:
    return _HEAD + "".join(f"- {it}\n" for it in items) + tail


_PLAIN = ("Four years of analytics engineering", "Good written English", "A degree in a STEM field")


@pytest.mark.parametrize(
    "item",
    [
        "Strong SQL and one scripting language (Python preferred)",
        "Comfort with Python for small automations — Airflow exposure is a plus",
        "Five years in analytics, ideally in online retail",
        "Hands-on dbt in production; Dagster would be a bonus",
        "Experience with cloud warehouses - BigQuery is an advantage",
        "Three years of Looker or Tableau. Power BI is a plus.",
    ],
)
def test_a_plus_in_a_tail_leaves_a_must(item: str) -> None:
    assert _must(_ad(*_PLAIN, item)) == 4


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Airflow is a plus",
        "Ideally, a degree in statistics",
        "dbt, Airflow or Dagster is a plus",
        "Bonus: Terraform",
        "Preferred: a master's degree (statistics or similar)",
        "Knowledge of Spark (nice to have)",
        "Nice to have — Kafka; Flink",
    ],
)
def test_a_plus_said_of_the_item_makes_it_nice(item: str) -> None:
    assert _must(_ad(*_PLAIN, item)) == 3


@pytest.mark.parametrize(
    "heading",
    [
        "Appreciated Additional Skills",
        "Valued technical skills",
        "What would be a bonus:",
        "Bonus things you could bring along to the role — these are not essential for you to apply",
        "Extra things you might bring (not required for you to apply)",
    ],
)
def test_nice_headings_in_more_words_end_the_must_list(heading: str) -> None:
    text = _ad(*_PLAIN, tail=f"\n{heading}\n- Kafka\n- Terraform\n- Looker\n")
    assert _must(text) == 3


def test_additional_requirements_still_asks() -> None:
    text = _ad(*_PLAIN, tail="\nAdditional Requirements\n- A driving licence\n- A work permit\n")
    assert _must(text) == 5


@pytest.mark.parametrize("apostrophe", ["'", "’", "´"])
def test_headings_with_any_apostrophe(apostrophe: str) -> None:
    text = (
        "About the job\n\nWe run the data platform of a shop.\n\n"
        f"What you{apostrophe}ll bring:\n- SQL\n- dbt\n- Python\n"
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    ("item", "soft"),
    [
        ("- strong sql (python preferred)", False),
        ("- sql (python preferred)", False),
        ("- python (preferred)", True),
        ("- strong sql and python (pandas preferred)", False),
        ("- ideally a phd; or a master's", True),
        ("- five years of sql, ideally in retail", False),
        ("- five years of sql, preferably bigquery, is a plus", True),
        ("- a plus: kafka — or flink", True),
    ],
)
def test_soft_item_reads_where_the_plus_stands(item: str, soft: bool) -> None:
    _, _, _, soft_rx = requirements._heading_rx()
    assert requirements._soft_item(item, (0, len(item)), soft_rx) is soft
