"""Allowances, supplements, weightings and premiums paid beside the salary are not the salary
(redteam25, helper paysupp): the pay is read from the salary's figures; a supplement's figure is in
no pay figure, does not widen the range and does not lend the salary its period. Sentences here
are not in the probe; near-misses keep the salary they state."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_supplements
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.pay import check as pay_check

BODY = (
    "You will plan the ward's rota, support newly qualified colleagues and keep clear records of "
    "the care given, working closely with the multidisciplinary team.\n\n"
)


def _pay(
    line: str, title: str = "Community Nurse"
) -> tuple[float | None, float | None, str | None, set[float]]:
    pay = analyze(f"{title}\n\n{BODY}{line}\n\n{BODY}").pay
    ends = {e for f in pay.figures for e in (f.minimum, f.maximum) if e is not None}
    return pay.minimum, pay.maximum, pay.period, ends


@pytest.mark.parametrize(
    ("line", "lo", "hi", "period", "away"),
    [
        # NHS High Cost Area Supplement, its minimum and maximum after the salary
        (
            "Salary: £33,706 - £40,588 a year. The post attracts an Outer London High Cost Area "
            "Supplement of 15% of basic salary (minimum £3,900, maximum £4,750).",
            33706,
            40588,
            "year",
            {3900, 4750},
        ),
        (
            "£27,055 - £32,934 per annum plus HCAS at 5% of basic pay, subject to a minimum "
            "payment of £1,130 and a maximum payment of £1,955 per annum.",
            27055,
            32934,
            "year",
            {1130, 1955},
        ),
        (
            "£43,742 - £50,056 p.a. + HCAS £4,820 - £5,310 per annum",
            43742,
            50056,
            "year",
            {4820, 5310},
        ),
        (
            "Salary £88,000 to £118,000 plus £215 HCAS per annum",
            88000,
            118000,
            "year",
            {215, 215000},
        ),
        # London weighting, premiums, uplifts named after their figure
        (
            "Salary: £31,200 per annum plus £2,650 Inner London weighting",
            31200,
            31200,
            "year",
            {2650},
        ),
        ("£44,000 per year, plus £7,500 recruitment premium", 44000, 44000, "year", {7500}),
        ("Pay: £39,500 a year plus £2,100 rural uplift", 39500, 39500, "year", {2100}),
        # named before their figure
        (
            "Salary £36,400 per annum. On-call payment of £2,900 per year is also paid.",
            36400,
            36400,
            "year",
            {2900},
        ),
        (
            "Base pay $81,500 per year; locality pay of $14,700 per year is added.",
            81500,
            81500,
            "year",
            {14700},
        ),
        (
            "€3,950 gross per month and a housing allowance of €420 per month",
            3950,
            3950,
            "month",
            {420},
        ),
        (
            "Gehalt: 4.350 € brutto im Monat, dazu eine Funktionszulage"
            " in Höhe von 310 € monatlich",
            4350,
            4350,
            "month",
            {310},
        ),
        # the supplement's period is not the salary's
        (
            "Salary: £41,000 – £45,500 plus a London allowance of £1,200 per month",
            41000,
            45500,
            "year",
            {1200},
        ),
        (
            "£16.40 per hour plus an unsocial hours enhancement of £4.10 per hour",
            16.4,
            16.4,
            "hour",
            {4.1},
        ),
    ],
)
def test_a_supplement_is_not_the_salary(
    line: str, lo: float, hi: float, period: str, away: set[float]
) -> None:
    got_lo, got_hi, got_period, ends = _pay(line)
    assert (got_lo, got_hi, got_period) == (lo, hi, period)
    assert not ends & away, ends


@pytest.mark.parametrize(
    ("line", "lo", "hi", "period"),
    [
        # the salary includes the supplement, or a total is stated as the pay
        ("salary £32,000 including London weighting", 32000, 32000, "year"),
        ("Salary: £29,400 - £35,600 per annum inclusive of Fringe HCAS", 29400, 35600, "year"),
        ("Salary (inc. Outer London HCAS): £30,900 - £37,200 per annum", 30900, 37200, "year"),
        ("Expected earnings with enhancements: £27,800 - £33,100 per annum", 27800, 33100, "year"),
        # the supplement added after the salary, named or not
        ("Salary: £28,000 plus £2,000 London weighting", 28000, 28000, "year"),
        ("Salary: £34,800 - £41,300 London Weighting + on-call", 34800, 41300, "year"),
        ("Salary: £25,300 per annum plus enhancements", 25300, 25300, "year"),
        # supplement words in a job's name or another sentence
        ("Payroll and Allowances Officer: £26,700 per annum", 26700, 26700, "year"),
        ("Locality Manager – salary £52,400 per annum", 52400, 52400, "year"),
        ("Inner London HCAS applies. Salary £36,900 – £41,800 p.a.", 36900, 41800, "year"),
        # night and weekend rates are whole rates, not supplements
        ("Day rate £14.20 per hour, night rate £17.05 per hour", 14.2, 17.05, "hour"),
    ],
)
def test_near_misses_keep_the_salary(line: str, lo: float, hi: float, period: str) -> None:
    got_lo, got_hi, got_period, _ = _pay(line)
    assert (got_lo, got_hi, got_period) == (lo, hi, period)


@pytest.mark.parametrize(
    "line",
    [
        "The post attracts a £3,100 Outer London weighting.",
        "A standby payment of £2,400 per year is made for the rota.",
        "Zusätzlich zahlen wir eine Schichtzulage von 180 € pro Monat.",
    ],
)
def test_a_supplement_alone_is_no_pay(line: str) -> None:
    pay = analyze(f"Community Nurse\n\n{BODY}{line}\n\n{BODY}").pay
    assert not pay.stated and not pay.figures, pay.figures


_PIECE = st.sampled_from(
    [
        "Salary £31,000",
        "Salary: ",
        " plus ",
        " and a ",
        " including ",
        "HCAS",
        "hcas",
        "London weighting",
        "on-call pay",
        "on call payment",
        "oncall pay",
        "stand-by pay",
        "standby payments",
        "outofhours pay",
        "out of hours pay",
        "unsocial hours pay",
        "Schichtzulage",
        "Nachtzuschläge",
        "ploegentoeslag",
        "Allowances Officer",
        "indemnité",
        "premium",
        "pay",
        "call",
        " of ",
        " ",
        "-",
        "\n",
        "£4,000",
        "£2,150",
        "4.800 €",
        " per month",
        " per annum",
        ". ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECE, max_size=12))
def test_gate_changes_no_pay(pieces: list[str]) -> None:
    """Where `near` says no supplement can be named, reading as if it said yes finds none: the
    pay is the same with the gate and without it."""
    text = "Nurse\n\n" + "".join(pieces) + "\n"
    gated = pay_check(prepare(text))
    with patch.object(pay_supplements, "near", lambda doc, lo, hi: True):
        ungated = pay_check(prepare(text))
    assert gated == ungated
