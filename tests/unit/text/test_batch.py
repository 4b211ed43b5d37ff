"""Batch analysis: CSV, JSONL and folders in; one row per ad out; bad rows become error rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from askback.errors import InputError
from askback.text import batch

AD = (
    "Senior Data Scientist in Berlin.\n\nRequirements\n- 5+ years of Python\n\nSalary: "
    "€70,000–€80,000 per year."
)


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_csv_without_the_text_column_names_the_columns(tmp_path: Path) -> None:
    path = _csv(tmp_path / "ads.csv", [{"id": "1", "body": AD}])
    with pytest.raises(InputError, match=r"no column 'text'; the columns are: id, body"):
        list(batch.records(path, text_column="text"))


def test_csv_rows_and_error_rows(tmp_path: Path) -> None:
    path = _csv(tmp_path / "ads.csv", [{"id": "a", "body": AD}, {"id": "b", "body": ""}])
    rows = list(batch.run(batch.records(path, text_column="body")))
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["salary_stated"] is True and rows[0]["salary_currency"] == "EUR"
    assert rows[0]["error"] == "" and "empty" in rows[1]["error"]


def test_jsonl_and_writer(tmp_path: Path) -> None:
    src = tmp_path / "ads.jsonl"
    src.write_text(json.dumps({"id": 7, "text": AD}) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with batch.Writer(out) as writer:
        for row in batch.run(batch.records(src)):
            writer.write(row)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == "7" and rows[0]["work_arrangement"] == "not_stated"
    assert "not JSON" in rows[1]["error"]


def test_folder_of_ads(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(AD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4 binary")
    rows = {r["id"]: r for r in batch.run(batch.records(tmp_path))}
    assert rows["a.md"]["error"] == "" and "PDF" in rows["b.txt"]["error"]


def test_output_suffix_is_checked(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.csv or \.jsonl"):
        batch.Writer(tmp_path / "out.xlsx")


@pytest.mark.slow
def test_two_worker_processes_keep_the_order(tmp_path: Path) -> None:
    items = [batch.Record(str(i), AD if i % 2 else "") for i in range(40)]
    rows = list(batch.run(items, workers=2, chunksize=4))
    assert [r["id"] for r in rows] == [str(i) for i in range(40)]
    assert sum(bool(r["error"]) for r in rows) == 20
