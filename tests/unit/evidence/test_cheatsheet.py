"""The cheat sheet in its three formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from askback import cheatsheet
from askback.bank.schema import Audience, Stage
from askback.domain.evidence import assess
from askback.domain.planning import Addressee, plan_interview
from askback.errors import InputError
from tests.unit.domain.factories import answer, question
from tests.unit.domain.test_planning import BANK, PROFILE, conflicted


def a_plan():  # type: ignore[no-untyped-def]
    return plan_interview(
        conflicted(),
        BANK,
        [Addressee(Audience.RECRUITER), Addressee(Audience.PEER)],
        Stage.SCREEN,
        30,
        PROFILE,
    )


def test_markdown_has_every_question_with_room_for_notes() -> None:
    plan = a_plan()
    text = cheatsheet.to_markdown(plan)
    headings = re.findall(r"^### \d+\. ([a-z]+-\d{3})", text, flags=re.M)
    assert headings == [i.question.id for i in plan.items]
    assert text.count("Notes: ") == len(plan.items)
    assert text.count("Rating: 1") == len(plan.items)
    assert "Ask elsewhere" in text and "backchannel" in text
    # Ids appear only in the planned questions' headings: `askback log` walks exactly those.
    assert set(re.findall(r"\b[a-z]+-\d{3}\b", text)) == set(headings)


def test_html_is_self_contained_and_escaped() -> None:
    odd = question("rml-009", tags=[], minutes=2).model_copy(
        update={"text": "Is <script>alert(1)</script> & co. reviewed?"}
    )
    plan = plan_interview(
        assess([answer(3, "a")], PROFILE),
        [odd],
        [Addressee(Audience.PEER)],
        Stage.TEAM,
        10,
        PROFILE,
    )
    html = cheatsheet.to_html(plan)
    assert html.startswith("<!doctype html>")
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "http" not in html  # nothing fetched from elsewhere
    assert html.count('class="notes"') == cheatsheet.NOTE_LINES


def test_json_and_write(tmp_path: Path) -> None:
    plan = a_plan()
    data = json.loads(cheatsheet.to_json(plan))
    assert [q["id"] for q in data["questions"]] == [i.question.id for i in plan.items]
    assert all("id" not in s for s in data["later"])
    for suffix in (".md", ".html", ".json"):
        assert cheatsheet.write(plan, tmp_path / f"p{suffix}").stat().st_size > 100
    with pytest.raises(InputError, match=r"\.md, \.html or \.json"):
        cheatsheet.write(plan, tmp_path / "p.pdf")
    with pytest.raises(InputError, match="unknown cheat-sheet format"):
        cheatsheet.render(plan, "pdf")


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_question_with_a_spoken_form_is_said_short_and_kept_in_full(fmt: str) -> None:
    long_text = (
        "Looking back over the last two quarters, which of the decisions that your team made "
        "about model review, fairness checks and escalation would you now change, and why?"
    )
    spoken = "Which review decision from the last two quarters would you now take differently?"
    q = question("rml-009", tags=[], minutes=2).model_copy(
        update={"text": long_text, "spoken": spoken}
    )
    plain = question("rml-010", tags=[], minutes=2)
    plan = plan_interview(
        assess([answer(3, "a")], PROFILE),
        [q, plain],
        [Addressee(Audience.PEER)],
        Stage.TEAM,
        10,
        PROFILE,
    )
    assert {i.question.id for i in plan.items} >= {"rml-009"}
    text = cheatsheet.render(plan, fmt)
    if fmt == "json":
        row = next(r for r in json.loads(text)["questions"] if r["id"] == "rml-009")
        assert row["spoken"] == spoken and row["text"] == long_text
        return
    # The spoken form is the headline; the full text is still there, after it.
    assert spoken in text and long_text in text
    assert text.index(spoken) < text.index(long_text)
    assert text.count("Full question") == 1
