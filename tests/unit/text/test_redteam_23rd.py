"""Twenty-third probe round (issue 11): ads as boards and applicant-tracking systems write them.

The classes its inputs found: whose dollars a "$" is ("$78,000 CAD", "CA$", "AU$"); salary stems
found inside other words ("referral" holds "ral ", "remote" holds "ote"); pay labels with no-break
spaces or "Hiring range"; a pay label of several words alone above its figures; the ends of a
range on their own lines under a table header, "Lower/Upper end" or a "... pay" line; a period
written beside a figure that does not fit it, or one that is none of the periods read (the report
now doubts the figure); the UK Civil Service's share of working time at the workplace; an on-site
line with an emoji or a place after it; Welsh and other languages of UK, US, Canadian and
Australian community roles (and a language name as the adjective of a public body); "Key
Selection Criteria" and "Our promise to you" headings. Each test uses sentences that are not in
the probe, with near misses that must not change.
"""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze
from askback.text.report import AdReport, Finding

FILLER = "You will build reports and models with the analytics team and share results. " * 5


def _ad(body: str, reqs: bool = True) -> AdReport:
    req = "\n## Requirements\n- SQL\n- Python\n- Statistics\n" if reqs else ""
    return analyze(f"# Data Analyst\n\n{FILLER}\n\n{body}\n{req}\n{FILLER}")


# ---------------------------------------------------------------- pay: whose dollars
@pytest.mark.parametrize(
    ("body", "cur", "lo", "hi"),
    [
        ("Salary: $64,000 - $70,000 AUD per annum", "AUD", 64000, 70000),
        ("Pay: NZ$31.50 - NZ$36.00 per hour", "NZD", 31.5, 36),
        ("C$88,000 – C$96,000 a year", "CAD", 88000, 96000),
        ("Base salary: $101k - $112k SGD", "SGD", 101000, 112000),
        # near misses: "$" with no other code stays the US dollar
        ("Salary: $90,000 - $100,000 per year", "USD", 90000, 100000),
        ("Salary: US$75,000 - US$82,000", "USD", 75000, 82000),
    ],
)
def test_dollars_of_other_countries(body: str, cur: str, lo: float, hi: float) -> None:
    r = _ad(body)
    assert (r.pay.currency, r.pay.minimum, r.pay.maximum) == (cur, lo, hi)


# ---------------------------------------------------------------- pay: stems inside words
@pytest.mark.parametrize(
    "body",
    [
        "Referral programme: $2,000 per new starter.",
        "Our staff referral scheme: £750 for each hire.",
    ],
)
def test_stem_inside_another_word_is_no_pay_context(body: str) -> None:
    assert not _ad(body).pay.stated


def test_stem_at_a_word_start_still_counts() -> None:
    r = _ad("Salary: $80,000 per year, and a referral programme for friends.")
    assert (r.pay.minimum, r.pay.maximum, r.pay.period) == (80000, 80000, "year")


# ---------------------------------------------------------------- pay: labels
@pytest.mark.parametrize(
    ("body", "lo", "hi"),
    [
        ("Hiring range: 61,500 - 70,000 per year", 61500, 70000),
        ("Pay\u00a0range:\u00a058,000\u00a0-\u00a064,000 per year", 58000, 64000),
        ("Annual Base Salary\n92,000 - 101,000", 92000, 101000),
    ],
)
def test_pay_labels_boards_write(body: str, lo: float, hi: float) -> None:
    r = _ad(body)
    assert (r.pay.minimum, r.pay.maximum) == (lo, hi)


def test_hiring_word_in_a_sentence_is_no_label() -> None:
    assert not _ad("We are hiring 12 - 15 analysts this year.").pay.stated


# ---------------------------------------------------------------- pay: the ends on their own lines
@pytest.mark.parametrize(
    ("body", "lo", "hi", "period"),
    [
        (
            "| Salary | |\n|---|---|\n| Minimum | €52,000 |\n| Maximum | €58,500 |",
            52000,
            58500,
            None,
        ),
        ("Lower end: $70,000\nUpper end: $84,000", 70000, 84000, None),
        ("Base pay\nLow: $19.80\nHigh: $24.10", 19.8, 24.1, "hour"),
        ("**Minimum:** £40,000\n**Maximum:** £46,000", 40000, 46000, None),
    ],
)
def test_range_ends_on_their_own_lines(body: str, lo: float, hi: float, period: str | None) -> None:
    r = _ad(body)
    assert (r.pay.minimum, r.pay.maximum) == (lo, hi)
    assert period is None or r.pay.period == period


def test_a_lone_pay_heading_above_a_figure_keeps_its_rank() -> None:
    # "## Pay" / "$42.00 per hour" is not read as a range end: the later range stays first.
    r = _ad("## Pay\n$42.00 per hour during training; then $98,000 - $110,000 per year.")
    assert r.pay.stated


# ---------------------------------------------------------------- pay: periods that do not fit
def _salary(r: AdReport) -> Finding:
    return next(f for f in r.findings if f.check == "salary")


@pytest.mark.parametrize(
    "body",
    ["Salary: £60,000 per hour", "Salary: $52,000 per fortnight", "Pay: $90,000 per minute"],
)
def test_period_that_does_not_fit_is_doubted(body: str) -> None:
    r = _ad(body)
    f = _salary(r)
    assert r.pay.stated and f.confidence == "low" and f.doubt


@pytest.mark.parametrize(
    "body",
    [
        "Salary: $52,000 per year",
        "Salary: £34,750\n\nHours: 37.5 hours per week",  # the period is another figure's
        "Pay: £12.40 per hour",
    ],
)
def test_fitting_or_distant_periods_are_not_doubted(body: str) -> None:
    f = _salary(_ad(body))
    assert f.confidence == "high" and not f.doubt


# ---------------------------------------------------------------- arrangement
@pytest.mark.parametrize(
    ("body", "kind", "days"),
    [
        ("Hybrid: at least 60% of your working time at your usual workplace.", "hybrid", 3),
        ("You will spend a minimum of 20% of your time at your contracted workplace.", "hybrid", 1),
        ("🏢 On-site – Leeds", "onsite", 5),
        ("On-site | Toronto, ON", "onsite", 5),
        # near misses
        ("Our workplace is 45% women.", "not_stated", None),
        ("On-site parking is available.", "not_stated", None),
    ],
)
def test_arrangement_board_lines(body: str, kind: str, days: float | None) -> None:
    r = _ad(body)
    assert (r.work_arrangement, r.office_days) == (kind, days)


# ---------------------------------------------------------------- languages
def _langs(body: str) -> dict[str, bool]:
    return {x.language: x.required for x in _ad(body).language_requirements if not x.implied}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Welsh language skills are essential.", {"Welsh": True}),
        ("Being able to speak Welsh would be an advantage.", {"Welsh": False}),
        ("Vietnamese speaking is an advantage.", {"Vietnamese": False}),
        ("Fluent Punjabi or Urdu would be an asset.", {"Punjabi": False, "Urdu": False}),
        ("Cantonese required for this community role.", {"Cantonese": True}),
    ],
)
def test_community_languages(body: str, want: dict[str, bool]) -> None:
    got = _langs(body)
    assert all(got.get(k) == v for k, v in want.items()), got


@pytest.mark.parametrize(
    "body",
    [
        "The Welsh Government funds this post; strong writing skills are essential.",
        "Must hold an English National Board qualification.",
        "You will liaise with the French embassy; excellent communication skills required.",
    ],
)
def test_language_name_before_a_public_body_is_no_language(body: str) -> None:
    got = _langs(body)
    assert not ({"Welsh", "French"} & set(got)) and got.get("English") is not False, got


# ---------------------------------------------------------------- requirements
def test_key_selection_criteria_opens_the_list() -> None:
    r = _ad("Key Selection Criteria\n- Degree in social work\n- Current registration\n- Car", False)
    assert r.must_haves == 3


def test_promise_heading_ends_the_list() -> None:
    body = (
        "Requirements\n- SQL\n- Python\n- Statistics\n"
        "Our promise to you\n- Pension\n- 28 days leave\n- Gym\n- Parking"
    )
    assert _ad(body, False).must_haves == 3
