"""The jobs.admin.ch corpus (real German-language Swiss federal ads, kept outside the repository).

Locating, reading, hashing; see tests/data/text/admin_ch/README.md for the source and licence.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.corpus_files import ROOT as ROOT
from benchmarks.corpus_files import Ad as Ad
from benchmarks.corpus_files import locate

NAME = "admin-ch-jobs-2025"
ENV = "ASKBACK_EVAL_DE_ADS"
FILE = "jobs.json"
LABELS = ROOT / "tests" / "data" / "text" / "admin_ch" / "labels.yaml"


def corpus_dir() -> Path | None:
    """$ASKBACK_EVAL_DE_ADS, else ../shared/data/admin-ch-jobs-2025 beside the repo, or None."""
    return locate(ENV, NAME, FILE)


def _field(record: dict[str, Any], key: str) -> str:
    return str((record.get("szas") or {}).get(key) or "").strip()


def compose(record: dict[str, Any]) -> str:
    """The ad as its page shows it: title, place and workload lines, then its sections.

    The place line is the advertised `sza_location.city` text exactly ("Bern, mobiles
    Arbeiten", "Zollikofen"); the sections (employer, tasks, requirements, benefits) are the
    record's HTML fields in that order, under headings of ours. Contact details are left out.
    """
    title = _field(record, "sza_title") or str(record.get("title") or "")
    parts = [f"<h1>{html.escape(html.unescape(title))}</h1>"]
    place = _field(record, "sza_location.city")
    if place:
        parts.append(f"<p>Arbeitsort: {html.escape(html.unescape(place))}</p>")
    low, high = _field(record, "sza_pensum.min"), _field(record, "sza_pensum.max")
    if high:
        workload = high if low in ("", high) else f"{low}–{high}"
        parts.append(f"<p>Pensum: {html.escape(workload)} %</p>")
    for heading, key in (
        ("Über uns", "sza_company_profil"),
        ("Ihre Aufgaben", "sza_tasks"),
        ("Ihr Profil", "sza_requirements"),
        ("Was wir bieten", "sza_benefits"),
    ):
        body = _field(record, key)
        if body:
            parts.append(f"<h2>{heading}</h2>\n<div>{body}</div>")
    return "\n".join(parts)


def records(corpus: Path) -> dict[str, dict[str, Any]]:
    """The corpus's ads by id (the portal's job id, e.g. "9725031")."""
    data = json.loads((corpus / FILE).read_text(encoding="utf-8"))
    return {str(job["id"]): job for job in data["jobs"]}


def ids(corpus: Path) -> list[str]:
    return sorted(records(corpus))


def read(corpus: Path, ad_id: str) -> Ad:
    return Ad(ad_id, compose(records(corpus)[ad_id]))


def iter_ads(corpus: Path, wanted: list[str]) -> Iterator[Ad]:
    """The wanted ads, the corpus file read once (read() parses the whole file per ad)."""
    table = records(corpus)
    for ad_id in wanted:
        yield Ad(ad_id, compose(table[ad_id]))


def sample(corpus: Path, n: int, seed: int = 11) -> list[str]:
    """The labelled sample: a seeded random draw, so anyone can redraw the same ads."""
    return random.Random(seed).sample(ids(corpus), n)
