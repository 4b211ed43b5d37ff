"""The NHS Jobs corpus (real UK ads, kept outside the repository): locating, reading, hashing."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.corpus_files import ROOT as ROOT
from benchmarks.corpus_files import Ad as Ad
from benchmarks.corpus_files import locate

NAME = "nhs-jobs-2020"
ENV = "ASKBACK_EVAL_US_ADS"
LABELS = ROOT / "tests" / "data" / "text" / "nhs_jobs" / "labels.yaml"


def corpus_dir() -> Path | None:
    """$ASKBACK_EVAL_US_ADS, else ../shared/data/nhs-jobs-2020 beside the repo; None if absent."""
    return locate(ENV, NAME, "data")


def compose(record: dict[str, Any]) -> str:
    """The ad as its page shows it: title, the advertised salary text, then the description."""
    title = html.unescape(str(record.get("title") or ""))
    salary = record.get("baseSalary") or {}
    value = salary.get("value") if isinstance(salary, dict) else None
    shown = value.get("value") if isinstance(value, dict) else value
    parts = [f"<h1>{html.escape(title)}</h1>"]
    if shown:
        parts.append(f"<p>Salary: {html.escape(str(shown))}</p>")
    # The record holds the description HTML with its entities escaped once more.
    parts.append(html.unescape(str(record.get("description") or "")))
    return "\n".join(parts)


def read(corpus: Path, ad_id: str) -> Ad:
    record = json.loads((corpus / "data" / f"{ad_id}.json").read_text(encoding="utf-8"))
    return Ad(ad_id, compose(record))


def ids(corpus: Path) -> list[str]:
    return sorted(p.stem for p in (corpus / "data").glob("*.json"))


def sample(corpus: Path, n: int, seed: int = 11) -> list[str]:
    """The labelled sample: a seeded random draw, so anyone can redraw the same ads."""
    import random

    return random.Random(seed).sample(ids(corpus), n)


def iter_ads(corpus: Path, wanted: list[str]) -> Iterator[Ad]:
    for ad_id in wanted:
        yield read(corpus, ad_id)
