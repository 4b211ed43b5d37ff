"""Issue 10's guarantees checked a second time, on a case and notes of their own.

A different weighted dimension (work-life-remote, 8/10, deal breaker "at least 3 @ 80 %"), three
interviewers who rate it well and one future teammate who describes late-night messages from the
manager (rating 1, red flag). Typed into the real CLI on SQLite, with the answer analyzer on.
Whatever neutral wording the notes use (English or German, numbers that are not results,
hedges, punctuation only, or nothing), the verdict and every number stay the same. Without any
evidence the verdict is "not enough evidence", and one person's red flags stay inside the cap
of one source.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.cli import app

DIM = "work-life-remote"
COMPANY = "Nordlicht Daten GmbH"
GOOD = (
    ("Mira Kallas", "hiring-manager", "wlr-005", 4),
    ("Jonas Feld", "peer", "wlr-007", 5),
    ("Ines Roth", "peer", "wlr-012", 4),
)
TEAMMATE = ("Karl Deppe", "peer", "wlr-009")

WORDINGS: dict[str, tuple[str, str, str, str]] = {
    "empty": ("", "", "", ""),
    "plain": (
        "She walked me through a normal week. Seemed reasonable.",
        "Much the same picture as in the first talk.",
        "Nothing surprising; relaxed about it.",
        "He told me something about evenings that bothered me.",
    ),
    "numbers-not-results": (
        "Call at 10:30 in room 4B, lasted 45 minutes.",
        "Second call on 3 March, 2 people, 30 min.",
        "Met on floor 12; she joined 7 years ago.",
        "Lunch on 9 March at a table for 3, about 1 hour.",
    ),
    "percent-and-scores": (
        "50% of the team was on the call",
        "I would give it 5/5",
        "100 % remote team of 8",
        "said 0 of 3 evenings are free",
    ),
    "hedges": (
        "I think it is probably handled somehow, maybe.",
        "Possibly fine? Hard to say, might be okay.",
        "Sort of, kind of, I guess it works.",
        "Perhaps a bad sign, not sure, could be nothing.",
    ),
    "cue-words": (
        "Core hours 10-15 are written down; two people moved to 4 days last quarter.",
        "They log hours and the works council reviews overtime monthly.",
        "Concrete example: on-call was cut to one week in eight in 2024.",
        "Manager messages at 23:00 and expects replies; nobody pushes back.",
    ),
    "long": (
        "we chatted " * 80,
        "a long story about the history " * 30,
        "small talk " * 40,
        "worrying remarks " * 30,
    ),
    "de-plain": (
        "Sie hat mir eine normale Woche beschrieben. Klang vernünftig.",
        "Ähnliches Bild wie im ersten Gespräch.",
        "Nichts Überraschendes, entspannt.",
        "Er hat etwas über die Abende gesagt, das mich gestört hat.",
    ),
    "de-numbers": (
        "Termin um 10:30 Uhr, Raum 4B, 45 Minuten.",
        "Zweites Gespräch am 3. März, 2 Personen.",
        "Etage 12, seit 7 Jahren dabei.",
        "Mittagessen am 9. März, etwa 1 Stunde.",
    ),
    "de-hedges": (
        "Ich glaube, das ist vielleicht irgendwie geregelt.",
        "Möglicherweise in Ordnung, schwer zu sagen.",
        "Eher so halb, vermutlich passt es.",
        "Vielleicht ein schlechtes Zeichen, bin unsicher.",
    ),
    "de-cues": (
        "Kernzeit 10 bis 15 Uhr steht im Vertrag; Überstunden werden erfasst und ausgeglichen.",
        "Der Betriebsrat prüft die Arbeitszeiten jeden Monat.",
        "Konkretes Beispiel: Rufbereitschaft wurde 2024 auf eine Woche von acht gekürzt.",
        "Der Chef schreibt nachts um 23 Uhr und erwartet Antworten.",
    ),
    "mixed-language": ("Passt schon, they seem fine.", "OK.", "-", "!!!"),
    "punctuation": ("...", "?", "n/a", "TBD"),
}
PROFILE = f"""\
[weights]
{DIM} = 8

[[deal_breakers]]
dimension = "{DIM}"
at_least = 3
confidence = 0.8
"""
runner = CliRunner()


def cli(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _assess(db: Path) -> dict[str, object]:
    data = json.loads(cli(db, "assess", COMPANY, "--json"))
    found: dict[str, object] = next(d for d in data["dimensions"] if d["dimension"] == DIM)
    return found


def _setup(db: Path, tmp: Path, people: list[tuple[str, str]]) -> None:
    profile = tmp / "profile.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    cli(db, "profile", "import", str(profile))
    cli(db, "opportunity", "add", COMPANY, "ML Engineer", "--status", "offer")
    for name, audience in people:
        cli(db, "contact", "add", name, "--audience", audience, "--opportunity", COMPANY)


def _talk(db: Path, day: int, name: str) -> str:
    talk = json.loads(
        cli(db, "interview", "add", COMPANY, "--stage", "team",
            "--at", f"2026-05-{day:02d} 14:00", "--with", name, "--json")
    )  # fmt: skip
    return str(talk["id"])


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for label, notes in WORDINGS.items():
        tmp = tmp_path_factory.mktemp(label)
        db = tmp / "askback.sqlite3"
        _setup(db, tmp, [*((n, a) for n, a, _, _ in GOOD), TEAMMATE[:2]])
        for day, ((name, _, question, rating), text) in enumerate(
            zip(GOOD, notes[:3], strict=True), start=4
        ):
            cli(db, "answer", "add", _talk(db, day, name), "-q", question,
                "--rating", str(rating), "--contact", name, "--notes", text)  # fmt: skip
        cli(db, "answer", "add", _talk(db, 12, TEAMMATE[0]), "-q", TEAMMATE[2], "--rating", "1",
            "--red-flag", "--contact", TEAMMATE[0], "--notes", notes[3])  # fmt: skip
        answers = json.loads(cli(db, "answer", "list", "-O", COMPANY, "--json"))
        out[label] = {"dim": _assess(db), "answers": answers}
    return out


@pytest.mark.parametrize("label", list(WORDINGS))
def test_neutral_wordings_give_the_same_verdict_and_numbers(
    runs: dict[str, dict[str, object]], label: str
) -> None:
    dim, empty = runs[label]["dim"], runs["empty"]["dim"]
    assert isinstance(dim, dict) and isinstance(empty, dict)
    assert dim["verdict"] == "at risk", dim
    assert dim["conflict"] is True and TEAMMATE[0] in str(dim["conflict_detail"])
    for key in ("mean", "low", "high", "sd", "risk", "evidence", "sources", "conflict_p"):
        assert dim[key] == pytest.approx(empty[key], abs=1e-12), (label, key)


def test_the_analyzer_was_on_and_read_the_notes(runs: dict[str, dict[str, object]]) -> None:
    for label in ("cue-words", "de-cues"):
        answers = runs[label]["answers"]
        assert isinstance(answers, list)
        assert any(a.get("concreteness") is not None for a in answers), (label, answers)


@pytest.mark.parametrize(("at_least", "confidence"), [(2, 0.6), (4, 0.9), (5, 0.95)])
def test_no_evidence_is_not_enough_evidence_whatever_the_threshold(
    tmp_path: Path, at_least: int, confidence: float
) -> None:
    db = tmp_path / "askback.sqlite3"
    _setup(db, tmp_path, [])
    profile = tmp_path / "strict.toml"
    profile.write_text(
        PROFILE.replace("at_least = 3", f"at_least = {at_least}").replace(
            "confidence = 0.8", f"confidence = {confidence}"
        ),
        encoding="utf-8",
    )
    cli(db, "profile", "import", str(profile))
    dim = _assess(db)
    assert (dim["verdict"], dim["evidence"]) == ("not enough evidence", 0.0), dim


@pytest.mark.parametrize(("answers", "flags"), [(1, 1), (4, 4), (9, 9), (9, 1)])
def test_one_persons_red_flags_stay_inside_one_sources_cap(
    tmp_path: Path, answers: int, flags: int
) -> None:
    db = tmp_path / "askback.sqlite3"
    _setup(db, tmp_path, [TEAMMATE[:2]])
    talk = _talk(db, 4, TEAMMATE[0])
    questions = [f"wlr-{n:03d}" for n in (2, 3, 5, 6, 7, 8, 9, 10, 12)][:answers]
    for i, question in enumerate(questions):
        flag = ["--red-flag"] if i < flags else []
        cli(db, "answer", "add", talk, "-q", question, "--rating", "1",
            "--contact", TEAMMATE[0], *flag)  # fmt: skip
    dim = _assess(db)
    assert dim["sources"] == 1
    evidence = dim["evidence"]
    assert isinstance(evidence, float) and evidence <= 2.0 + 1e-9, dim
    # One source is never enough for a verdict, however loud.
    assert dim["verdict"] == "not enough evidence", dim
