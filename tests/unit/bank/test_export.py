"""Each export format renders the fixture bank exactly as the stored expected output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from askback.bank import load
from askback.bank.export import FORMATS, get_format
from askback.errors import InputError

DATA = Path(__file__).parents[2] / "data"
EXPECTED = DATA / "export"


@pytest.mark.parametrize(("name", "lang"), [(n, lang) for n in FORMATS for lang in ("en", "de")])
def test_format_matches_stored_output(name: str, lang: str) -> None:
    fmt = FORMATS[name]
    bank = load([DATA / "bank" / "custom.yaml"], shipped=False)
    rendered = fmt.render(bank.questions, lang)
    expected = (EXPECTED / f"custom.{lang}{fmt.suffix}").read_text(encoding="utf-8")
    assert rendered == expected


def test_formats_carry_the_content() -> None:
    bank = load([DATA / "bank" / "custom.yaml"], shipped=False)
    data = json.loads(get_format("json").render(bank.questions, "de"))
    assert [q["id"] for q in data["questions"]] == ["my-model-review", "my-quiet-hours"]
    assert data["questions"][0]["text"].startswith("Wer hat")
    rows = list(csv.DictReader(io.StringIO(get_format("csv").render(bank.questions))))
    assert rows[1]["rubric_5"].startswith("A team-wide rule")
    html = get_format(".html").render(bank.questions)
    assert html.count("<article") == 2 and "@media print" in html and "<script" not in html


def test_html_escapes_text() -> None:
    bank = load([DATA / "bank" / "custom.yaml"], shipped=False)
    q = bank.questions[0].model_copy(update={"text": "<script>alert(1)</script> pay?"})
    html = get_format("html").render([q])
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        get_format("pdf")
