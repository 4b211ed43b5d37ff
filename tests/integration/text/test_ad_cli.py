"""`askback ad analyze|batch` and `askback answer analyze` end to end, signals on both backends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli

AD = """# Junior Data Scientist

We are a young team in Berlin looking for an ambitious, competitive analyst.

## Requirements
- 5+ years of experience with Python and SQL
- Fluent English

We are an equal opportunity employer. Hybrid: 2 days a week in the office.
"""


@pytest.fixture
def ad_file(tmp_path: Path) -> Path:
    path = tmp_path / "ad.md"
    path.write_text(AD, encoding="utf-8")
    return path


def test_analyze_for_an_opportunity_stores_signals_once(database_url: str, ad_file: Path) -> None:
    assert cli(database_url, "opportunity", "add", "Acme", "Data Scientist").code == 0
    first = cli(database_url, "ad", "analyze", str(ad_file), "--opportunity", "acme")
    assert first.code == 0, first.error
    assert "Stored" in first.output and "Pay transparency" in first.output
    listed = cli(database_url, "signal", "list", "--opportunity", "acme", "--json")
    signals = json.loads(listed.output)
    assert {s["source"] for s in signals} == {"job-ad"}
    dims = {s["dimension"] for s in signals}
    assert {"compensation-contract", "diversity-inclusion", "hiring-process"} <= dims
    again = cli(database_url, "ad", "analyze", str(ad_file), "--opportunity", "acme")
    assert again.code == 0
    assert len(json.loads(cli(database_url, "signal", "list", "--json").output)) == len(signals)


def test_formats(tmp_path: Path, ad_file: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = cli(url, "ad", "analyze", str(ad_file), "--format", "json")
    data = json.loads(out.output)
    assert data["facts"]["seniority"] == "junior" and data["facts"]["work_arrangement"] == "hybrid"
    salary = next(f for f in data["findings"] if f["check"] == "salary")
    assert salary["question_ids"] and salary["question_tags"] == [
        "salary-range",
        "pay-transparency",
    ]
    md = cli(url, "ad", "analyze", str(ad_file), "--format", "markdown").output
    assert md.startswith("# Job-ad report") and "## Exclusionary wording" in md
    piped = cli(url, "ad", "analyze", "-", "--format", "json", input=AD)
    assert json.loads(piped.output)["source"] == "standard input"


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    binary = tmp_path / "ad.pdf"
    binary.write_bytes(b"%PDF-1.7 stuff")
    assert "looks like a PDF" in cli(url, "ad", "analyze", str(binary)).error
    missing = cli(url, "ad", "analyze", str(tmp_path / "nope.txt"))
    assert missing.code == 1 and "no such file" in missing.error
    csv_file = tmp_path / "ads.csv"
    csv_file.write_text("id,body\n1,hello\n", encoding="utf-8")
    run = cli(url, "ad", "batch", str(csv_file), "--out", str(tmp_path / "o.csv"))
    assert run.code == 1 and "no column 'text'" in run.error


def test_batch_writes_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    src = tmp_path / "ads.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": AD}) for i in range(3)), encoding="utf-8")
    out = tmp_path / "rows.csv"
    run = cli(url, "ad", "batch", str(src), "--out", str(out))
    assert run.code == 0 and "Wrote 3 rows" in run.output
    assert out.read_text(encoding="utf-8").count("\n") == 4


def test_answer_analyze(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    run = cli(url, "answer", "analyze", "That's HR's topic, not my area.", "--json")
    assert json.loads(run.output)["suggested_rating"] == 1
    text = cli(url, "answer", "analyze", "-", input="We introduced pay bands in 2023.")
    assert "Suggested rating" in text.output


def test_answer_analyze_with_a_question_checks_its_red_flags(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    notes = "Code reviews are optional, and under deadline we usually skip them."
    run = cli(url, "answer", "analyze", notes, "--question", "team-006", "--json")
    data = json.loads(run.output)
    assert data["red_flag"] and data["flags"] and data["suggested_rating"] <= 2
    shown = cli(url, "answer", "analyze", notes, "--question", "team-006")
    assert "RED FLAG" in shown.output
    wrong = cli(url, "answer", "analyze", notes, "--question", "team-00")
    assert wrong.code == 1 and "did you mean" in wrong.error


def test_no_traceback_from_the_real_entry_point(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    proc = subprocess.run(
        [sys.executable, "-c", "from askback.cli import main; main()", "ad", "analyze", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "not UTF-8" in proc.stderr and "Traceback" not in proc.stderr


def test_url_is_fetched_when_given(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    (tmp_path / "job.html").write_text(
        "<html><body><main><h1>Data Analyst</h1><p>"
        + "We analyse sales data for our stores in Munich and Berlin. " * 5
        + "</p><p>Salary: €55,000 – €65,000 per year.</p></main></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
        run = cli(db, "ad", "analyze", f"{url}/job.html", "--format", "json")
        data = json.loads(run.output)
        assert data["source"].endswith("/job.html") and data["facts"]["pay"]["stated"] is True
        missing = cli(db, "ad", "analyze", f"{url}/nope.html")
        assert missing.code == 1 and "answered 404" in missing.error
    finally:
        server.shutdown()
        server.server_close()


def test_analyze_quotes_the_ad_as_analysed(tmp_path: Path) -> None:
    """A soft hyphen pasted inside a word neither hides the finding nor shows in its quote."""
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    pasted = AD.replace("young team", "you\u00adng team")
    md = cli(url, "ad", "analyze", "-", "--format", "markdown", input=pasted).output
    assert "young team" in md and "\u00ad" not in md
    report = json.loads(cli(url, "ad", "analyze", "-", "--format", "json", input=pasted).output)
    age = next(f for f in report["findings"] if f["check"] == "age-coded")
    assert [s["text"] for s in age["spans"]] == ["young team"]
