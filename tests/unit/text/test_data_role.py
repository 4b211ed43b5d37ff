"""Data maturity is judged only for data work; "LLM" and "NLP" alone do not make an ML role.

On 6,000 NHS and federal ads (nurses, attorneys, police) the report had said "No data-maturity
signals: you cannot tell how much of the job is plumbing", and four attorney ads (an LLM, the
Master of Laws) were "a machine-learning role with no word on responsible AI"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport


def _checks(report: AdReport) -> set[str]:
    return {f.title for f in report.findings}


def _commitments(report: AdReport) -> str:
    return next(a.summary for a in report.areas if a.area.value == "commitments")


NO_SIGNALS = "No data-maturity signals"
ML_GAP = "A machine-learning role with no word on responsible AI"


def test_a_nursing_ad_with_one_data_duty_is_not_judged_on_data_maturity() -> None:
    report = analyze(
        "Community Staff Nurse\n"
        "You will assess patients, plan care and take part in data analysis for audits.\n"
        "Requirements:\n- NMC registration\n- Driving licence\n"
    )
    assert NO_SIGNALS not in _checks(report)
    assert "data maturity: not judged (no data work named)" in _commitments(report)


def test_a_data_title_with_no_platform_named_is_a_gap() -> None:
    for title in ("Information Analyst", "BI Developer", "Statistician", "Datenanalystin (m/w/d)"):
        report = analyze(f"{title}\nJoin our team in Leeds.\nRequirements:\n- Degree\n")
        assert NO_SIGNALS in _checks(report), title


def test_three_kinds_of_data_work_in_the_text_make_a_data_role() -> None:
    report = analyze(
        "Performance Officer\n"
        "You will write SQL, build Power BI dashboards and run statistical analysis.\n"
    )
    assert NO_SIGNALS in _checks(report)


def test_two_data_words_in_another_job_do_not() -> None:
    report = analyze(
        "Accountant\nYou will reconcile accounts, keep data management records and do data "
        "analysis of budgets.\n"
    )
    assert NO_SIGNALS not in _checks(report)


def test_llm_the_law_degree_is_not_machine_learning() -> None:
    report = analyze(
        "Attorney-Adviser (General)\n"
        "Candidates must hold a J.D. or LLM from an accredited law school and be admitted to "
        "the bar.\n"
    )
    assert ML_GAP not in _checks(report)
    assert NO_SIGNALS not in _checks(report)


def test_an_acronym_beside_data_work_still_makes_an_ml_role() -> None:
    report = analyze(
        "NLP Engineer\nYou will build NLP services in Python and evaluate an LLM on our data.\n"
    )
    assert ML_GAP in _checks(report)


def test_a_named_ml_phrase_alone_is_still_an_ml_role() -> None:
    report = analyze("Analyst\nYou will train machine learning models for fraud.\n")
    assert ML_GAP in _checks(report)


OTHER_JOBS = st.sampled_from(
    ["Staff Nurse", "Police Officer", "Attorney", "Front Desk Associate", "Social Worker"]
)
DATA_DUTIES = st.sampled_from(
    ["data analysis", "a dashboard", "data management", "SQL", "LLM", "NLP", "analytics"]
)
DATA_TITLES = st.sampled_from(
    ["Data Analyst", "Data Engineer", "Business Intelligence Analyst", "Statistician"]
)


@settings(max_examples=50, deadline=None)
@given(title=OTHER_JOBS, duties=st.lists(DATA_DUTIES, min_size=0, max_size=2, unique=True))
def test_another_job_with_at_most_two_data_words_gets_no_data_gaps(
    title: str, duties: list[str]
) -> None:
    body = "".join(f"You will sometimes use {d}.\n" for d in duties)
    titles = _checks(analyze(f"{title}\nWe care for our community.\n{body}"))
    assert NO_SIGNALS not in titles
    assert ML_GAP not in titles


@settings(max_examples=30, deadline=None)
@given(title=DATA_TITLES, place=st.sampled_from(["Leeds", "Austin, TX", "Berlin"]))
def test_a_data_title_always_gets_its_maturity_judged(title: str, place: str) -> None:
    report = analyze(f"{title}\nBased in {place}. Join a friendly team.\n")
    assert NO_SIGNALS in _checks(report)


def test_the_roles_own_title_is_no_data_team() -> None:
    for title in ("Senior Analytics Engineers / Mid Analytics Engineers", "Data Engineers (m/w/d)"):
        report = analyze(f"{title}\nJoin us in Porto. You will model data in dbt.\n")
        maturity = [f for f in report.findings if f.check == "data-maturity"]
        assert all("team" not in f.title for f in maturity), title
    # the same words below the title still name a team the ad has
    report = analyze("Analytics Engineer\nYou will work with our Data Engineers and ML platform.\n")
    assert any("team" in f.title for f in report.findings if f.check == "data-maturity")
