"""Round rt36ans: job-ad findings point to questions on their own topic. A German licence with
its class shortened ("Kl. B", "Kat. C1") is a driving requirement (questions on driving, never
on screen readers); flexible or part-time hours point to part-time days and to when one must be
reachable, not to the on-call rota or to working from abroad."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.app.text import attach_questions
from askback.bank import load
from askback.text.jobad import analyze

BANK = load()
TAGS = {q.id: set(q.tags) for q in BANK.questions}
FILL_DE = (
    "Du wertest Daten aus, baust Berichte und stellst Ergebnisse im Team vor. "
    "Du arbeitest eng mit Fachbereichen und der IT zusammen. "
)
FILL_EN = (
    "You will analyse data, build reports and present results to the team. "
    "You will work closely with operations and IT. "
)


def _ad(line: str, lang: str) -> str:
    fill = FILL_DE if lang == "de" else FILL_EN
    return f"# Datenanalyst (m/w/d)\n\n{fill}\n\n{line}\n\n{fill}\n"


def _questions(text: str, check: str) -> tuple[list[str], set[str]]:
    report = analyze(text)
    attach_questions(report, BANK)
    ids = [q for f in report.findings if f.check == check for q in f.question_ids]
    return ids, {t for q in ids for t in TAGS[q]}


@pytest.mark.parametrize(
    "line",
    [
        "Führerschein Kl. B und eigener PKW sind erforderlich.",
        "Fahrerlaubnis Kat. B ist zwingend.",
        "Du hast den Führerschein Kl.B.",
        "Führerschein der Kl. BE von Vorteil, Kl. B Pflicht.",
    ],
)
def test_a_shortened_licence_class_asks_about_driving(line: str) -> None:
    ids, tags = _questions(_ad(line, "de"), "ability-coded")
    assert ids, line
    assert "driving" in tags
    assert not tags & {"accessibility", "screen-reader"}, ids


@given(
    st.sampled_from(["Führerschein", "Fahrerlaubnis"]),
    st.sampled_from(["Kl.", "Kl. ", "Kat.", "Kat. ", "Klasse ", "Kategorie "]),
    st.sampled_from(["B", "BE", "C1", "CE", "A2"]),
    st.sampled_from(["erforderlich", "Pflicht", "von Vorteil", "wünschenswert", ""]),
)
@settings(max_examples=60, deadline=None)
def test_property_any_written_class_is_a_licence(word: str, mark: str, cls: str, tail: str) -> None:
    line = f"{word} {mark}{cls} {tail}".strip() + "."
    report = analyze(_ad(line, "de"))
    assert any(
        f.check == "ability-coded" and "driving" in f.question_tags for f in report.findings
    ), line


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("We offer flexitime and part-time is possible.", "en"),
        ("Compressed hours and job sharing are on offer.", "en"),
        ("Vertrauensarbeitszeit und Jobsharing.", "de"),
        ("Flexible Arbeitszeiten, auch in Teilzeit.", "de"),
    ],
)
def test_flexible_hours_ask_about_part_time_and_reachability(line: str, lang: str) -> None:
    ids, tags = _questions(_ad(line, lang), "diversity-measure")
    assert ids, line
    assert "part-time" in tags
    assert not tags & {"on-call", "workation"}, ids
