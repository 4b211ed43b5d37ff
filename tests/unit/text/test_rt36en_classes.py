"""Round rt36en (issue 11, English job ads): classes of mistakes found by a red-team round.

- A coded word inside the noun phrase of a credential held names its status or kind, not a
  trait ("current and active Registered Medical Assistant certification").
- "lead nurturing" and "competitive overtime" are a sales term and pay, not traits.
- Remote offered beside hybrid ("hybrid or remote") is remote: the candidate may choose it.
- "hybrid interviews" are the hiring process's, not the job's arrangement.
- A count of days does not reach past another count to its place.
- Two figures with different periods are two figures, not a range ("£9.50 an hour, rising to
  £24,000 a year").

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import senses
from askback.text.jobad import analyze

FILL = (
    "You will work with clinicians and managers to plan care and keep records up to date. "
    "You will join a friendly team in a busy outpatient service.\n\n"
)


def _ad(fragment: str, title: str = "Clinical Assistant") -> str:
    return f"# {title}\n\n{FILL}{fragment}\n\n{FILL}"


def _coded(text: str) -> list[str]:
    return [
        s.text.lower() for f in analyze(text).findings if f.check == "gender-coded" for s in f.spans
    ]


# ------------------------------------------------------------------ credentials


@pytest.mark.parametrize(
    "sentence",
    [
        "Current and active Certified Phlebotomy Technician certification required.",
        "You must hold a valid and active state cosmetology license.",
        "Maintain an active CDL Class B license with air brakes.",
        "Current, active PALS and NRP certifications.",
        "An active and unencumbered RN licence in Scotland.",
        "Requires an active\nCompTIA A+ certification.",
        "Eligible for independent licensure within two years.",
        "Active TS/SCI clearance at the start date.",
    ],
)
def test_a_coded_word_in_a_credential_phrase_is_no_trait(sentence: str) -> None:
    hits = _coded(_ad(sentence))
    assert not any(h.startswith(("active", "independ")) for h in hits), hits


@pytest.mark.parametrize(
    "sentence",
    [
        "You are active, and you need a licence to drive the van.",
        "We want an active listener with a food hygiene certificate.",
        "You are independent and hold a CPA certificate.",
        "You are active\n- Valid licence required",
    ],
)
def test_a_trait_before_a_separate_credential_still_counts(sentence: str) -> None:
    hits = _coded(_ad(sentence))
    assert any(h.startswith(("active", "independ")) for h in hits), hits


def test_credential_ahead_reads_the_noun_phrase_only() -> None:
    toks = senses.tokens_after
    assert senses._credential_ahead(toks(" cdl class a license.", 0))
    assert senses._credential_ahead(toks(" state pharmacy technician license", 0))
    assert not senses._credential_ahead(toks(" listener with a licence", 0))
    assert not senses._credential_ahead(toks(" and you hold a licence", 0))
    assert not senses._credential_ahead(toks("\n- valid licence", 0))


_NAME_WORDS = st.sampled_from(
    ["state", "nursing", "rn", "cdl", "bls", "acls", "pharmacy", "class", "registered", "medical"]
)
_CREDS = st.sampled_from(sorted(senses.credential_nouns()))
_STOPS = st.sampled_from(["with", "who", "and you hold", "to", "for", "and have"])


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_NAME_WORDS, min_size=0, max_size=4), cred=_CREDS, stop=_STOPS)
def test_property_credential_phrase(words: list[str], cred: str, stop: str) -> None:
    """Nouns and acronyms then a credential noun close the phrase; a function word or a verb
    of having before the credential ends it first."""
    name = " ".join(words)
    assert senses._credential_ahead(senses.tokens_after(f" {name} {cred}.", 0))
    assert not senses._credential_ahead(senses.tokens_after(f" {name} {stop} a {cred}.", 0))


# ------------------------------------------------------------------ sales terms and pay


@pytest.mark.parametrize(
    "sentence",
    [
        "You will run lead nurturing across email and paid social.",
        "Own prospect nurturing for the enterprise segment.",
        "Build nurture sequences and nurture emails in Marketo.",
        "We pay competitive overtime and a competitive 401k match.",
        "Competitive retirement and health plans from day one.",
        "We offer competitive paid time off.",
    ],
)
def test_sales_terms_and_benefits_are_no_trait(sentence: str) -> None:
    hits = _coded(_ad(sentence, "Marketing Coordinator"))
    assert not any(h.startswith(("nurtur", "compet")) for h in hits), hits


@pytest.mark.parametrize(
    "sentence",
    [
        "We are a nurturing team that grows people.",
        "You thrive in a competitive, fast-moving sales floor.",
    ],
)
def test_nurturing_and_competitive_people_still_count(sentence: str) -> None:
    hits = _coded(_ad(sentence, "Sales Executive"))
    assert any(h.startswith(("nurtur", "compet")) for h in hits), hits


# ------------------------------------------------------------------ remote as a choice


@pytest.mark.parametrize(
    "sentence",
    [
        "Hybrid or remote.",
        "This post can be remote or hybrid.",
        "Open to remote or hybrid applicants across the UK.",
        "Remote, or hybrid from our Bristol studio if you prefer.",
        "Hybrid (two days in Leeds) or fully remote for the right person.",
        "**Working pattern:** hybrid or remote within Ireland",
        "Die Stelle ist hybrid oder remote möglich.",
    ],
)
def test_remote_beside_hybrid_is_remote(sentence: str) -> None:
    assert analyze(_ad(sentence)).work_arrangement == "remote"


@pytest.mark.parametrize(
    "sentence",
    [
        "We hold hybrid or remote interviews.\nThis is an on-site role in Hull.",
        "Hybrid interviews are offered.\nThe job is on-site at our Hull depot.",
    ],
)
def test_hybrid_interviews_are_no_arrangement(sentence: str) -> None:
    assert analyze(_ad(sentence)).work_arrangement == "onsite"


def test_hybrid_alone_and_other_teams_stay_hybrid() -> None:
    assert analyze(_ad("This is a hybrid role.")).work_arrangement == "hybrid"
    # "hybrid teams" is left to the hybrid cue: no remote choice is offered.
    assert analyze(_ad("You have led remote or hybrid teams.")).work_arrangement != "remote"


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["hybrid", "remote", "Hybrid", "Remote"]),
    joint=st.sampled_from([" or ", ", or ", " or fully "]),
    tail=st.sampled_from([".", " within the UK.", " for this role.", " (your choice).", ""]),
)
def test_property_remote_choice(first: str, joint: str, tail: str) -> None:
    other = "remote" if first.lower() == "hybrid" else "hybrid"
    if "fully" in joint and other == "hybrid":
        joint = " or "
    text = _ad(f"Work model: {first}{joint}{other}{tail}")
    assert analyze(text).work_arrangement == "remote"


# ------------------------------------------------------------------ office days


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Work from home three days a week, two days in the office.", 2),
        ("Home working four days a week, one day at our hub.", 1),
        ("Two days a week from home, three days in the office.", 3),
        ("Zwei Tage pro Woche Homeoffice, drei Tage im Büro.", 3),
    ],
)
def test_a_count_of_days_does_not_reach_past_another(sentence: str, days: int) -> None:
    r = analyze(_ad(sentence))
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


# ------------------------------------------------------------------ pay periods


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Trainees start on £10.20 an hour, rising to £23,500 a year once qualified.",
            {(10.2, "hour"), (23500, "year")},
        ),
        (
            "Starting at $17 an hour, up to $48,000 a year with overtime.",
            {(17, "hour"), (48000, "year")},
        ),
        ("Minimum pay: $21.00 per hour\nMaximum pay: $52,000 per year", {(21, "hour")}),
    ],
)
def test_figures_with_different_periods_are_not_one_range(
    sentence: str, want: set[tuple[float, str]]
) -> None:
    r = analyze(_ad(sentence))
    got = {(f.minimum, f.period) for f in r.pay.figures} | {
        (f.maximum, f.period) for f in r.pay.figures
    }
    assert want <= got, got
    assert not any(
        f.minimum is not None and f.maximum is not None and f.maximum > 100 * f.minimum
        for f in r.pay.figures
    )


def test_min_and_max_of_one_period_still_merge() -> None:
    r = analyze(_ad("Minimum salary: £41,000\nMaximum salary: £47,500"))
    assert (r.pay.minimum, r.pay.maximum) == (41000, 47500)


@settings(max_examples=40, deadline=None)
@given(
    hourly=st.integers(min_value=9, max_value=60),
    yearly=st.integers(min_value=20, max_value=120),
    lead=st.sampled_from(["Starting at", "Trainees start on", "Pay from", "Minimum"]),
    joint=st.sampled_from([", rising to", ", up to", ", going up to", " and up to"]),
)
def test_property_hourly_and_yearly_stay_apart(
    hourly: int, yearly: int, lead: str, joint: str
) -> None:
    """A starting hourly rate and a later yearly figure, joined by any words: two figures."""
    text = _ad(f"{lead} ${hourly}.50 an hour{joint} ${yearly},000 a year.")
    figs = analyze(text).pay.figures
    assert all(f.period == "hour" for f in figs if (f.maximum or f.minimum or 0) < 100)
    assert not any(
        f.minimum is not None and f.maximum is not None and f.maximum >= 1000 > f.minimum
        for f in figs
    )
