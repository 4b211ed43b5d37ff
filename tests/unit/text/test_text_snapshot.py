"""The differential snapshot that guards speed work: same code, same JSON; a change is named."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from benchmarks import text_snapshot

DATA = Path(__file__).parents[2] / "data" / "text"


def _labelled(per_corpus: int) -> Iterator[tuple[str, str, bool]]:
    ads = yaml.safe_load((DATA / "ads_labelled.yaml").read_text(encoding="utf-8"))["ads"]
    for i, ad in enumerate(ads[:6]):
        yield f"labelled/{i}", str(ad["text"]), False
    yield "html/page", "<html><body><main><h1>Analyst</h1><p>" + "We hire. " * 30, True
    yield "empty", "   ", False


def test_same_code_same_snapshot_and_a_changed_report_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(text_snapshot, "ads", _labelled)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert text_snapshot.main([str(before)]) == 0
    assert text_snapshot.main([str(after), "--against", str(before)]) == 0
    assert before.read_bytes() == after.read_bytes()
    snap = json.loads(before.read_text(encoding="utf-8"))
    assert snap["empty"] == {"error": "there is no text to analyze: the ad is empty"}
    assert snap["html/page"]["report"]["words"] >= 30  # the HTML was turned into text first

    snap["labelled/2"]["report"]["facts"]["must_haves"] = 99
    before.write_text(json.dumps(snap), encoding="utf-8")
    capsys.readouterr()
    assert text_snapshot.main([str(after), "--against", str(before)]) == 1
    out = capsys.readouterr().out
    assert "differs: labelled/2" in out and "1 of 8 reports differ" in out
