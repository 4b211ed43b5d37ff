"""The USAJOBS 2017 corpus (real US federal ads, kept outside the repository): locate, read, hash.

The texts are works of the US federal government, so in the public domain (17 U.S.C. § 105);
see tests/data/text/usajobs/README.md for the source, the commit and how the ads were chosen.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
from collections.abc import Iterator
from pathlib import Path

from benchmarks.corpus_files import ROOT as ROOT
from benchmarks.corpus_files import Ad as Ad
from benchmarks.corpus_files import locate

NAME = "usajobs-2017"
ENV = "ASKBACK_EVAL_USAJOBS"
LABELS = ROOT / "tests" / "data" / "text" / "usajobs" / "labels.yaml"
GENDER = LABELS.parent / "gender_hits.yaml"
FOLDER = "collected_data"

# Periods as the USAJOBS API writes them; other pay types ("Without Compensation",
# "Fee Basis", "Student Stipend Paid") get no salary line.
_PERIODS = ("Per Year", "Per Hour", "Per Day", "Bi-weekly")


def corpus_dir() -> Path | None:
    """$ASKBACK_EVAL_USAJOBS, else ../shared/data/usajobs-2017 beside the repo; None if absent."""
    return locate(ENV, NAME, FOLDER)


def _amount(raw: str) -> str:
    value = float(raw)
    return f"${value:,.0f}" if value == int(value) else f"${value:,.2f}"


def _paragraphs(text: str) -> list[str]:
    # The API text keeps the announcement's own line breaks; entities are escaped once.
    lines = (html.unescape(line).strip() for line in text.replace("\r", "").split("\n"))
    return [f"<p>{html.escape(line)}</p>" for line in lines if line]


def compose(row: dict[str, str]) -> str:
    """The ad as the USAJOBS page shows it: title, salary, location, summary, qualifications."""
    parts = [f"<h1>{html.escape(html.unescape(row['PositionTitle']))}</h1>"]
    pay_type = row.get("PayType", "")
    lo, hi = row.get("MinPay") or "0", row.get("MaxPay") or "0"
    if pay_type in _PERIODS and float(lo) > 0:
        shown = _amount(lo) if float(hi) <= float(lo) else f"{_amount(lo)} - {_amount(hi)}"
        parts.append(f"<p>Salary: {shown} {pay_type.lower()}</p>")
    if row.get("PositionLocation"):
        places = "; ".join(row["PositionLocation"].split("|"))
        parts.append(f"<p>Location: {html.escape(places)}</p>")
    parts.append("<h2>Summary</h2>")
    parts += _paragraphs(row.get("JobSummary", ""))
    parts.append("<h2>Qualifications</h2>")
    parts += _paragraphs(row.get("QualificationSummary", ""))
    return "\n".join(parts)


def ad_id(row: dict[str, str]) -> str:
    """The USAJOBS control number: the last part of the announcement's URL."""
    return row["URI"].rstrip("/").rsplit("/", 1)[-1]


def rows(corpus: Path) -> dict[str, dict[str, str]]:
    """Every announcement once, keyed by control number (first file in name order wins)."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted((corpus / FOLDER).glob("*.csv")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            # 9 of the 90 files were saved in Windows-1252 (curly quotes as 0x92).
            text = raw.decode("cp1252")
        for row in csv.DictReader(io.StringIO(text, newline="")):
            out.setdefault(ad_id(row), row)
    return out


def sample(corpus: Path, n: int) -> list[str]:
    """The labelled sample: the n control numbers with the smallest SHA-256, so anyone can redraw
    the same ads."""
    return sorted(rows(corpus), key=lambda i: hashlib.sha256(i.encode()).hexdigest())[:n]


def iter_ads(corpus: Path, wanted: list[str]) -> Iterator[Ad]:
    table = rows(corpus)
    for i in wanted:
        yield Ad(i, compose(table[i]))
