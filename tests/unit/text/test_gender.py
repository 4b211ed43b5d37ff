"""Gender-coded wording: hits, spans, alternatives, the verdict and its research caveat."""

from __future__ import annotations

from askback.text import gender
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.report import Area


def test_hits_carry_spans_into_the_original_text() -> None:
    text = "We want a Competitive, DECISIVE leader."
    res = gender.check(prepare(text))
    assert [(h.span.text, h.word.coding) for h in res.hits] == [
        ("Competitive", "masculine"),
        ("DECISIVE", "masculine"),
        ("leader", "masculine"),
    ]
    for h in res.hits:
        assert text[h.span.start : h.span.end] == h.span.text


def test_self_compound_counts_once() -> None:
    res = gender.check(prepare("A self-confident and self-reliant analyst."))
    assert [h.span.text for h in res.hits] == ["self-confident", "self-reliant"]


def test_verdict_thresholds() -> None:
    assert gender.verdict(0, 0) == "neutral"
    assert gender.verdict(3, 1) == "masculine-coded"
    assert gender.verdict(1, 3) == "feminine-coded"
    assert gender.verdict(2, 1) == "balanced"
    assert gender.verdict(6, 5) == "balanced"


def test_caveat_cites_field_studies_that_disagree() -> None:
    assert "Castilla & Rho (2023" in gender.CAVEAT
    assert "Hentschel" in gender.CAVEAT and "replication" in gender.CAVEAT
    report = analyze("We need an ambitious, competitive, decisive and dominant analyst. " * 3)
    summary = report.area(Area.GENDER)
    assert summary.status == "masculine-coded"
    assert "Castilla & Rho" in summary.summary


def test_findings_offer_a_neutral_alternative() -> None:
    report = analyze("We need an ambitious analyst to support the team. " * 2)
    words = [f for f in report.findings if f.check == "gender-coded"]
    assert {f.data["lemma"] for f in words} == {"ambitious", "support"}
    assert all(f.alternative for f in words)
    ambitious = next(f for f in words if f.data["lemma"] == "ambitious")
    assert len(ambitious.spans) == 2 and "Gaucher" in ambitious.why


def test_german_ad_uses_the_german_list() -> None:
    report = analyze(
        "Wir suchen eine durchsetzungsstarke und zielstrebige Person für unser Team. "
        "Du bist analytisch und arbeitest selbstständig mit uns und den anderen Teams."
    )
    assert report.lang == "de"
    assert report.masculine == 4 and report.gender_verdict == "masculine-coded"


def test_mixed_ad_checks_each_paragraph_in_its_language() -> None:
    de = (
        "Wir suchen eine engagierte und verantwortungsvolle Person für unser Team in Berlin. "
        "Du arbeitest mit den anderen Teams und uns zusammen und bist für die Daten da. "
    ) * 2
    en = (
        "We are looking for a supportive colleague who will work with the team and with our "
        "customers on the data platform, and who is able to explain the results. "
    ) * 2
    report = analyze(de + "\n\n" + en)
    assert set(report.languages) == {"de", "en"}
    assert any("mixes" in w for w in report.warnings)
    lemmas = {f.data["lemma"] for f in report.findings if f.check == "gender-coded"}
    assert lemmas == {"engagiert", "verantwortungsvoll", "support"}
