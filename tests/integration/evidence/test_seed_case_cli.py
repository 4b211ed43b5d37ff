"""Issue 10's seed case through the real CLI, with the answer analyzer on (the user's default).

Three interviewers describe a real review process for ML use cases (4, 4, 5); a future teammate
proposes scoring employees' Slack messages for flight risk (1, red flag). Whatever neutral words
the notes use, or none, the verdict is "at risk", the conflict is raised, and the plan's first
question asks how use cases are reviewed or stopped, of someone other than the teammate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.cli import app

runner = CliRunner()

PROFILE_TOML = """\
[weights]
responsible-ml = 9

[[deal_breakers]]
dimension = "responsible-ml"
at_least = 3
confidence = 0.8
"""

# (contact, audience, question, rating) per answer; the notes come from one of the sets below.
GOOD = (
    ("Hanna Berg", "hiring-manager", "rml-027", 4),
    ("Lena Ortiz", "leadership", "rml-029", 5),
    ("Paul Novak", "peer", "rml-030", 4),
)
TEAMMATE = ("Tom Weiss", "peer", "rml-001")

# Three ways a candidate might write down the same conversations: terse, chatty, with specifics.
NOTES: dict[str, tuple[str, str, str, str]] = {
    "terse": (
        "Every new use case goes through a short impact form and a review before work starts.",
        "There is a review board with legal and someone from the works council. It can say no.",
        "If I had a concern I would raise it with my lead or the review board.",
        "Tom wants to predict who will quit from their Slack messages. Nobody reviews it, he said.",
    ),
    "chatty": (
        "She walked me through it: a one-page assessment for each idea, then a discussion with "
        "the privacy people, and they keep the forms in the wiki. Sounded like it is used.",
        "Talked about their AI board for a while. People from outside engineering sit on it and "
        "it has blocked things before, though she did not say what exactly.",
        "He said people do speak up and that leads listen; he mentioned a project that was "
        "paused after someone raised a concern.",
        "Over lunch he got excited about reading everyone's Slack to guess who is about to "
        "leave. When I asked who signs that off he shrugged and said no one really checks.",
    ),
    "specific": (
        "DPIA template since 2023, 14 projects through it; two sent back for rework last year.",
        "Board of 6 incl. DPO and an external ethicist meets monthly; vetoed a churn model in "
        "March 2024 that used support chats.",
        "Raised a concern about a pricing feature in Q2; it was reviewed within a week and the "
        "feature dropped age as an input.",
        "Proposed a flight-risk score per employee from 12 months of Slack messages; said the "
        "approval step is a formality and nobody has stopped anything.",
    ),
    "none": ("", "", "", ""),
}
REVIEW_WORDS = ("review", "stop", "approved")


def cli(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def log_seed_case(db: Path, tmp_path: Path, notes: tuple[str, str, str, str]) -> None:
    """Everything a new user would type, command by command (the analyzer stays on)."""
    profile = tmp_path / "profile.toml"
    profile.write_text(PROFILE_TOML, encoding="utf-8")
    cli(db, "profile", "import", str(profile))
    cli(db, "opportunity", "add", "Acme Analytics", "Senior Data Scientist", "--status", "offer")
    people = [*((n, a) for n, a, _, _ in GOOD), TEAMMATE[:2]]
    for name, audience in people:
        cli(db, "contact", "add", name, "--audience", audience, "--opportunity", "Acme Analytics")
    for day, ((name, _, question, rating), text) in enumerate(zip(GOOD, notes, strict=False)):
        talk = json.loads(
            cli(db, "interview", "add", "Acme Analytics", "--stage", "team",
                "--at", f"2026-03-{day + 2:02d} 10:00", "--with", name, "--json")
        )  # fmt: skip
        cli(db, "answer", "add", str(talk["id"]), "-q", question, "--rating", str(rating),
            "--contact", name, "--notes", text)  # fmt: skip
    lunch = json.loads(
        cli(db, "interview", "add", "Acme Analytics", "--stage", "team",
            "--at", "2026-03-09 12:00", "--with", TEAMMATE[0], "--json")
    )  # fmt: skip
    cli(db, "answer", "add", str(lunch["id"]), "-q", TEAMMATE[2], "--rating", "1", "--red-flag",
        "--contact", TEAMMATE[0], "--notes", notes[3])  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The seed case logged once per set of notes: its assessment and two plans, as JSON."""
    out: dict[str, dict[str, object]] = {}
    for name, notes in NOTES.items():
        tmp = tmp_path_factory.mktemp(name)
        db = tmp / "askback.sqlite3"
        log_seed_case(db, tmp, notes)
        assessed = json.loads(cli(db, "assess", "Acme Analytics", "--json"))
        rml = next(d for d in assessed["dimensions"] if d["dimension"] == "responsible-ml")
        lead = json.loads(cli(db, "plan", "Acme", "--with", "team-lead", "--json"))
        side = json.loads(
            cli(db, "plan", "Acme", "--with", "peer", "--stage", "backchannel", "--json")
        )
        table = cli(db, "assess", "Acme Analytics")
        answers = json.loads(cli(db, "answer", "list", "-O", "Acme Analytics", "--json"))
        out[name] = {"rml": rml, "lead": lead, "side": side, "table": table, "answers": answers}
    return out


@pytest.mark.parametrize("notes", list(NOTES))
def test_at_risk_with_the_conflict_and_the_question_that_settles_it(
    runs: dict[str, dict[str, object]], notes: str
) -> None:
    run = runs[notes]
    rml = run["rml"]
    assert isinstance(rml, dict)
    assert rml["verdict"] == "at risk", rml
    assert rml["conflict"] is True
    assert "Tom Weiss" in rml["conflict_detail"]
    table = run["table"]
    assert isinstance(table, str) and "Conflict on responsible-ml" in table
    for key, role in (("lead", "hiring-manager"), ("side", "peer")):
        plan = run[key]
        assert isinstance(plan, dict)
        first = plan["questions"][0]
        text = first["text"].lower()
        assert first["dimension"] == "responsible-ml", first
        assert any(word in text for word in REVIEW_WORDS), first
        assert first["to"] == role and first["name"] != TEAMMATE[0], first


def test_the_analyzer_ran_but_the_notes_change_nothing(
    runs: dict[str, dict[str, object]],
) -> None:
    # The analyzer did read the notes (its suggestion is stored next to each answer) ...
    chatty = runs["specific"]["answers"]
    assert isinstance(chatty, list)
    assert any(a.get("concreteness") is not None for a in chatty), chatty
    # ... and yet every number of the assessment is the same with any wording, or none.
    first = runs["none"]["rml"]
    assert isinstance(first, dict)
    for name, run in runs.items():
        rml = run["rml"]
        assert isinstance(rml, dict)
        for key in ("mean", "low", "high", "risk", "evidence"):
            assert rml[key] == pytest.approx(first[key], abs=1e-12), (name, key)


def test_assess_guides_at_the_conflict_in_english_and_german(tmp_path: Path) -> None:
    db = tmp_path / "askback.sqlite3"
    log_seed_case(db, tmp_path, NOTES["terse"])
    english = " ".join(cli(db, "assess", "Acme Analytics").split())
    assert "how the team and its leads responded" in english
    assert "stopped or changed" in english
    german = " ".join(cli(db, "assess", "Acme Analytics", "--lang", "de").split())
    assert "wie das Team und seine Führung reagiert haben" in german
    data = json.loads(cli(db, "assess", "Acme Analytics", "--lang", "de", "--json"))
    rml = next(d for d in data["dimensions"] if d["dimension"] == "responsible-ml")
    assert any("Prüfprozess" in line for line in rml["conflict_guidance"])
    assert rml["sources_split"] is True and rml["conflict_p"] < 0.05
    # Run as a user would: the console entry point prints the error, without a traceback.
    entry = [sys.executable, "-c", "from askback.cli import main; main()"]
    bad = subprocess.run(
        [*entry, "--db", str(db), "assess", "Acme Analytics", "--lang", "fr"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0
    assert "--lang must be one of en, de, not 'fr'" in bad.stderr + bad.stdout
    assert "Traceback" not in bad.stderr
