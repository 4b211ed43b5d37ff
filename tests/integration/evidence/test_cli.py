"""`askback profile`, `assess`, `plan` and `compare` on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.app import Workspace, contacts, interviews, opportunities
from askback.app import answers as answer_cases
from askback.app.answers import NewAnswer
from askback.cli import app
from tests.integration.evidence.scenario import acme, when

runner = CliRunner()
# The console entry point, run as a user would (errors printed by main(), not raised).
ASKBACK = [sys.executable, "-c", "from askback.cli import main; main()"]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database holding Acme (the issue's case) and Globex, a rival offer."""
    path = tmp_path / "askback.sqlite3"
    with Workspace.open(f"sqlite:///{path}") as ws:
        acme(ws)
        globex = opportunities.add(ws, company="Globex", role="Data Scientist", status="offer")
        gina = contacts.add(ws, name="Gina Park", audience="peer", opportunity=globex.id)
        talk = interviews.add(
            ws, opportunity=globex.id, stage="team", starts_at=when(4), contacts=[gina.id]
        )
        answer_cases.add_many(
            ws,
            talk.id,
            [
                NewAnswer(question_id="rml-003", rating=3, contact=gina.id, notes="DPO reviews"),
                NewAnswer(question_id="grow-001", rating=4, contact=gina.id, notes="a ladder"),
            ],
            analyze=False,
        )
    return str(path)


def run(db: str, *args: str, input: str | None = None) -> str:
    result = runner.invoke(app, ["--db", db, *args], input=input)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_assess_table_json_and_plots(db: str, tmp_path: Path) -> None:
    text = run(db, "assess", "acme", "--plot", str(tmp_path / "acme.png"))
    assert "Conflict on responsible-ml" in text
    assert "at risk" in text
    assert (tmp_path / "acme.png").read_bytes().startswith(b"\x89PNG")
    data = json.loads(run(db, "assess", "acme", "--json", "--plot", str(tmp_path / "a.svg")))
    rml = next(d for d in data["dimensions"] if d["dimension"] == "responsible-ml")
    assert rml["conflict"] is True and rml["verdict"] == "at risk"
    assert "Tom Weiss" in rml["conflict_detail"]
    assert (tmp_path / "a.svg").read_text().lstrip().startswith("<?xml")


def test_plan_prints_and_writes_cheat_sheets(db: str, tmp_path: Path) -> None:
    text = run(db, "plan", "acme", "--with", "team-lead", "--stage", "team", "--minutes", "20")
    assert "rml-001" in text and "settles a conflict" in text
    longer = run(db, "plan", "acme", "--with", "team-lead", "--stage", "team", "--verbose")
    assert "Settles a conflict" in longer
    for suffix in (".md", ".html", ".json"):
        out = tmp_path / f"plan{suffix}"
        run(db, "plan", "acme", "-w", "peer", "-s", "backchannel", "-m", "20", "--out", str(out))
        body = out.read_text(encoding="utf-8")
        assert "rml-001" in body
    sheet = json.loads((tmp_path / "plan.json").read_text())
    assert sheet["questions"][0]["id"] == "rml-001"
    assert sheet["questions"][0]["to"] == "peer"
    # rml-001 is long: the sheets lead with its spoken form and keep the full text.
    from askback.bank import load

    rml = load().get("rml-001")
    assert rml.spoken and sheet["questions"][0]["spoken"] == rml.spoken
    md = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert md.index(f"**{rml.spoken}**") < md.index(f"*Full question:* {rml.text}")
    assert "Notes" in (tmp_path / "plan.md").read_text()
    html = (tmp_path / "plan.html").read_text()
    assert html.startswith("<!doctype html>") and 'class="notes"' in html
    data = json.loads(run(db, "plan", "acme", "--with", "recruiter", "--stage", "screen", "--json"))
    assert {s["question"] for s in data["later"]} >= {"rml-001"}


def test_compare_side_by_side(db: str, tmp_path: Path) -> None:
    text = run(db, "compare", "--plot", str(tmp_path / "offers.png"))
    assert "P(best)" in text and "Globex" in text and "What would settle it" in text
    data = json.loads(run(db, "compare", "acme", "globex", "--json"))
    p = [o["p_best"] for o in data["opportunities"]]
    assert sum(p) + data["p_none"] == pytest.approx(1.0)
    assert data["what_would_settle_it"]
    assert (tmp_path / "offers.png").stat().st_size > 10_000


def test_profile_wizard_export_import(db: str, tmp_path: Path) -> None:
    # 11 weights (responsible-ml second), keep the current deal breaker, add none, must-ask.
    answers = ["5", "10", *["5"] * 9, "y", "n", "rml-001"]
    run(db, "profile", input="\n".join(answers) + "\n")
    shown = json.loads(run(db, "profile", "show", "--json"))
    assert shown["weights"]["responsible-ml"] == 10
    assert shown["must_ask"] == ["rml-001"]
    assert shown["deal_breakers"][0]["at_least"] == 3
    exported = tmp_path / "me.toml"
    run(db, "profile", "export", "--out", str(exported))
    edited = exported.read_text().replace("responsible-ml = 10", "responsible-ml = 7")
    exported.write_text(edited)
    run(db, "profile", "import", str(exported))
    assert json.loads(run(db, "profile", "show", "--json"))["weights"]["responsible-ml"] == 7
    assert "[weights]" in run(db, "profile", "export")


def test_profile_wizard_replaces_deal_breakers_and_re_asks_bad_ids(db: str) -> None:
    weights = ["abc", "12", "6", *[""] * 10]  # two bad answers re-asked, then Enter keeps
    rules = [
        "n",  # drop the current deal breaker, then add two on the same dimension:
        *["y", "growth", "4", "0.9"],
        *["y", "growth", "2", ""],  # the second replaces the first
        *["y", "data-maturity", "3", "0.7"],
        "n",
    ]
    must = ["rml-001, rml-999", "rml-001,rml-002"]  # an unknown id is asked again
    text = run(db, "profile", input="\n".join([*weights, *rules, *must]) + "\n")
    assert "no question with id 'rml-999'" in text
    shown = json.loads(run(db, "profile", "show", "--json"))
    assert shown["weights"]["diversity-inclusion"] == 6
    assert shown["weights"]["responsible-ml"] == 9  # Enter kept the saved weight
    assert {d["dimension"]: (d["at_least"], d["confidence"]) for d in shown["deal_breakers"]} == {
        "growth": (2, 0.8),
        "data-maturity": (3, 0.7),
    }
    assert shown["must_ask"] == ["rml-001", "rml-002"]


def test_user_errors_are_one_line(db: str, tmp_path: Path) -> None:
    from askback.errors import AskbackError

    bad = tmp_path / "bad.toml"
    bad.write_text("[weights]\ngrowth = 42\n")
    cases = [
        (["profile", "import", str(bad)], "weights.growth"),
        (["plan", "acme", "--with", "nobody-known", "--stage", "team"], "nobody-known"),
        (["plan", "acme", "--with", "peer", "--stage", "lunch"], "unknown stage 'lunch'"),
        (["plan", "acme", "--with", "peer", "--minutes", "0"], "--minutes"),
        (["assess", "acme", "--plot", str(tmp_path / "x.gif")], ".png or .svg"),
        (["plan", "acme", "-w", "peer", "--out", str(tmp_path / "x.pdf")], ".md, .html or .json"),
        (["assess", "no-such-company"], "no opportunity matches"),
        (["compare", "--draws", "5"], "--draws"),
    ]
    for args, words in cases:
        result = runner.invoke(app, ["--db", db, *args])
        assert isinstance(result.exception, AskbackError), (args, result.output)
        assert words in str(result.exception)
    # main() prints such an error as one line, without a traceback.
    done = subprocess.run(
        [*ASKBACK, "--db", db, "profile", "import", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and "growth" in done.stderr
    assert "Traceback" not in done.stderr


def test_source_weights_from_the_profile_change_the_assessment(db: str, tmp_path: Path) -> None:
    def rml() -> dict:  # type: ignore[type-arg]
        data = json.loads(run(db, "assess", "acme", "--json"))
        return next(d for d in data["dimensions"] if d["dimension"] == "responsible-ml")

    before = rml()
    mine = tmp_path / "mine.toml"
    # Lena (leadership) rated responsible ML 5: count leadership for nothing there.
    mine.write_text(
        run(db, "profile", "export") + '\n[source_weights.leadership]\n"responsible-ml" = 0.0\n'
    )
    run(db, "profile", "import", str(mine))
    assert "leadership on responsible-ml: 0" in run(db, "profile", "show")
    after = rml()
    assert after["items"] == before["items"]
    assert after["evidence"] == pytest.approx(before["evidence"] - 0.7)  # the table's default
    assert after["mean"] < before["mean"]


def test_answers_without_a_dimension_are_named_not_silently_dropped(db: str) -> None:
    with Workspace.open(f"sqlite:///{db}") as ws:
        talk = interviews.add(ws, opportunity="acme", stage="team", starts_at=when(9))
        loose = answer_cases.add_many(
            ws,
            talk.id,
            [NewAnswer(question_text="What did the last offsite change?", rating=2, notes="?")],
            analyze=False,
        )[0]
    text = run(db, "assess", "acme")
    assert f"1 answer not counted: no dimension (answer #{loose.id})" in " ".join(text.split())
    assert "--dimension" in text
    data = json.loads(run(db, "assess", "acme", "--json"))
    assert data["not_counted"] == [f"answer #{loose.id}"]
    run(db, "answer", "edit", str(loose.id), "--dimension", "team-practices")
    assert json.loads(run(db, "assess", "acme", "--json"))["not_counted"] == []
    assert "not counted" not in run(db, "assess", "acme")
