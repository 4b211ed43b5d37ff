"""Pay transparency: figures, ranges, currency, period; budgets and company figures are not pay."""

from __future__ import annotations

import pytest

from askback.text import pay
from askback.text.doc import prepare
from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("61,200", 61200),
        ("61.200", 61200),
        ("4.653", 4653),
        ("2,5", 2.5),
        ("60k", 60000),
        ("60 K", 60000),
        ("1.2m", 1_200_000),
        ("4.000,50", 4000.5),
        ("100 000", 100000),
    ],
)
def test_parse_amount(raw: str, value: float) -> None:
    assert pay.parse_amount(raw) == value


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("**Salary:** €61,200–€100,100 EUR annually", 61200, 100100, "EUR", "year"),
        ("Salary: £58-80k per annum (based on experience)", 58000, 80000, "GBP", "year"),
        ("Salary Range: EUR 2,400 – EUR 4,100 per month", 2400, 4100, "EUR", "month"),
        ("Gehaltsrahmen: 60.000 – 70.000€", 60000, 70000, "EUR", "year"),
        ("Fourchette salariale : 40-50K€", 40000, 50000, "EUR", "year"),
        ("Pay: $22 per hour.", 22, 22, "USD", "hour"),
        ("Salary: up to £48,000", None, 48000, "GBP", "year"),
        ("Salary: starting from €52,000 gross per year.", 52000, None, "EUR", "year"),
        ("Analytics Engineer | London/Hybrid | £85,000 - £90,000", 85000, 90000, "GBP", "year"),
    ],
)
def test_salary_forms(
    text: str, low: float | None, high: float | None, currency: str, period: str
) -> None:
    p = pay.check(prepare("We are hiring.\n" + text + "\nApply now."))
    assert (p.stated, p.minimum, p.maximum, p.currency, p.period) == (
        True,
        low,
        high,
        currency,
        period,
    )
    assert p.span is not None and p.span.text in text


@pytest.mark.parametrize(
    "text",
    [
        "- Home office stipend (€540 maximum)",
        "- £1,000 annual learning budget",
        "We raised $50M in our Series B.",
        "entrusted with more than $5.5 trillion in assets",
        "Wave provides a yearly $1,200 stipend for co-working.",
        "€150 monthly Wolt allowance",
    ],
)
def test_perks_and_company_figures_are_not_pay(text: str) -> None:
    assert not pay.check(prepare(text)).stated


def test_competitive_salary_is_mentioned_not_stated() -> None:
    p = pay.check(prepare("We offer a competitive salary and great benefits."))
    assert not p.stated and p.mentioned


def test_directive_note_where_the_ad_is_in_the_eu() -> None:
    report = analyze("Data Scientist in Berlin. You know Python and SQL. We offer a good team.")
    finding = next(f for f in report.findings if f.check == "salary")
    assert finding.level.value == "gap" and "2023/970" in finding.why
    assert set(finding.question_tags) == {"salary-range", "pay-transparency"}
    outside = analyze("Data Scientist in Sydney. You know Python and SQL. We offer a good team.")
    assert "2023/970" not in next(f for f in outside.findings if f.check == "salary").why
