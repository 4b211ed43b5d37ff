"""Twenty-seventh probe round (issue 11): data-science ads. Seniority from the role, not from
"internship providers"; headings that open the must list ("Your toolkit", "Who should apply");
German "one or more of the following" lists; years "as a <role>"; concrete responsible-AI,
data-maturity and diversity wording; office days at an HQ, over a weekday span, as a share "in an
office". Each sentence is written for this test (none is in the probe); near-misses carry the
same words in another sense and must not change."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze
from askback.text.report import AdReport

FILLER = "You will model churn, build dashboards and explain results to the product team. " * 5


def _ad(text: str, title: str = "Data Scientist") -> AdReport:
    return analyze(f"# {title}\n\n{FILLER}\n\n{text}\n\n{FILLER}\n")


# ---- seniority: "internship" naming other firms or tools is not the role's level
@pytest.mark.parametrize(
    "text",
    [
        "We partner with internship agencies in five countries.",
        "Our product is the internship platform used by 300 universities.",
        "Clients include internship marketplaces and careers services.",
    ],
)
def test_internship_as_a_modifier_is_no_level(text: str) -> None:
    r = _ad(text + "\n\nRequirements\n- 3 years of Python\n- SQL")
    assert r.seniority == "unspecified"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("This is a six-month internship in our analytics team.", "Data Science"),
        ("We pay our interns fairly.", "Data Science Internship"),
    ],
)
def test_internship_role_still_read(text: str, title: str) -> None:
    assert _ad(text, title).seniority == "intern"


# ---- headings that open the must-have list
@pytest.mark.parametrize(
    "heading", ["Your Toolkit", "Who can apply", "Toolkit:", "Who should apply?"]
)
def test_toolkit_and_who_should_apply_open_the_list(heading: str) -> None:
    r = _ad(f"{heading}\n- Python\n- dbt\n- Experience with forecasting\n\nWe offer a pension.")
    assert r.must_haves == 3


# ---- German "one or more of the following": one requirement, not that many tools
_DE_LIST = "\n".join(
    f"  - {t}"
    for t in (
        "Python", "SQL", "Spark", "Hive", "Tableau", "Power BI", "AWS", "Azure", "Docker",
        "Kubernetes", "TensorFlow", "PyTorch", "Airflow",
    )
)  # fmt: skip


@pytest.mark.parametrize(
    "cue",
    [
        "Kenntnisse in einer oder mehreren der folgenden Werkzeuge:",
        "Erfahrung mit mindestens einer der folgenden Werkzeuge:",
        "Ervaring met een of meer van de volgende tools:",
    ],
)
def test_german_and_dutch_choice_lists_are_one_item(cue: str) -> None:
    r = _ad(f"Anforderungen\n- Statistik\n- {cue}\n{_DE_LIST}")
    assert not [f for f in r.findings if f.check == "stack-breadth"]
    assert (r.must_haves or 0) <= 3


def test_a_real_long_list_is_still_broad() -> None:
    r = _ad("Anforderungen\n" + _DE_LIST.replace("  - ", "- "))
    assert [f for f in r.findings if f.check == "stack-breadth"]


# ---- years "as a <role>" are experience; a firm's age or a fixed term are not
@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("- 4+ years as a machine learning engineer", 4),
        ("- 6 Jahre als Data Engineer", 6),
        ("- Minimum 2 years as BI developer or analyst", 2),
    ],
)
def test_years_as_a_role(item: str, years: int) -> None:
    assert _ad(f"Requirements\n{item}\n- SQL").years_required == years


@pytest.mark.parametrize(
    "text",
    [
        "After 11 years as a bootstrapped company, we raised a Series A.",
        "The contract runs for 2 years as a maternity-cover analyst post.",
        "We spent 3 years as a team of five.",
    ],
)
def test_years_as_something_else_are_not_asked(text: str) -> None:
    assert _ad(f"{text}\n\nRequirements\n- Python\n- SQL").years_required is None


# ---- responsible AI: a concrete practice counts; words about AI do not
@pytest.mark.parametrize(
    "text",
    [
        "Our lending models are checked for disparate impact before every release.",
        "Every LLM feature is red-teamed by our safety group.",
        "Human reviewers approve each automated refusal.",
        "We compare subgroup performance for age and sex on every model.",
    ],
)
def test_concrete_responsible_ai(text: str) -> None:
    r = _ad(f"Requirements\n- Python\n- PyTorch\n\n{text}", "Machine Learning Engineer")
    assert r.responsible_ai


@pytest.mark.parametrize(
    "text",
    ["We pay fairly and review salaries yearly.", "AI is at the heart of everything we build."],
)
def test_boilerplate_is_not_responsible_ai(text: str) -> None:
    r = _ad(f"Requirements\n- Python\n- PyTorch\n\n{text}", "Machine Learning Engineer")
    assert not r.responsible_ai


# ---- data maturity: "no ... yet" is early, not a platform; German contracts are quality
@pytest.mark.parametrize(
    "text",
    [
        "There is no data platform yet; you will choose it.",
        "Unsere Datenlandschaft steckt noch in den Kinderschuhen.",
        "We have no data team yet.",
    ],
)
def test_early_data_function(text: str) -> None:
    assert _ad(f"Requirements\n- SQL\n\n{text}").data_maturity == "early"


def test_a_warehouse_named_is_not_early() -> None:
    r = _ad("Requirements\n- SQL\n\nOur data warehouse feeds 40 dashboards.")
    assert r.data_maturity != "early"


def test_german_data_contracts_are_a_quality_practice() -> None:
    r = _ad("Anforderungen\n- SQL\n\nDatenverträge legen fest, wem welche Tabelle gehört.")
    assert r.data_maturity in ("some", "established")


# ---- diversity wording
def test_diversity_makes_us_stronger_is_boilerplate() -> None:
    r = _ad("We believe diversity makes us better.")
    assert r.diversity == "boilerplate"


def test_tracking_gender_balance_is_a_measure() -> None:
    r = _ad("We track gender balance in hiring and share it with every team.")
    assert r.diversity == "concrete"


# ---- office days
@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("Hybrid, with one day a week at our HQ in Sheffield.", "hybrid", 1.0),
        ("Hybrid: Mondays to Wednesdays in our Utrecht office.", "hybrid", 3.0),
        ("Hybrid: at least 40% of your working time in an office.", "hybrid", 2.0),
        (
            "This position is in-office at our Minneapolis headquarters five days a week.",
            "onsite",
            5.0,
        ),
        ("The placement is on-site in Bristol.", "onsite", 5.0),
        (
            "You work from our office in Gent two days a week and from home on the other three.",
            "hybrid",
            2.0,
        ),
        ("Office-first: we meet up in Leipzig three days a week.", "hybrid", 3.0),
        # near-misses: a list of weekdays, and the rest at home, keep their counts; days of leave
        # after the office are no office days
        (
            "Hybrid working. Our office has a roof terrace and two days of paid volunteering.",
            "hybrid",
            None,
        ),
        ("Hybrid: in the office Tuesdays and Thursdays.", "hybrid", 2.0),
        ("Two days a week from home, the rest at our office.", "hybrid", 3.0),
    ],
)
def test_office_days(text: str, kind: str, days: float | None) -> None:
    r = _ad(text)
    assert (r.work_arrangement, r.office_days) == (kind, days)
