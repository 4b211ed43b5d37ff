"""What the corpus readers (corpus_nhs, corpus_usajobs, corpus_admin_ch) share."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Ad:
    """One ad as its page shows it (HTML composed from the record), hashed for its labels."""

    id: str
    html: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.html.encode("utf-8")).hexdigest()


def locate(env: str, name: str, marker: str) -> Path | None:
    """$env, else shared/data/name beside the repository or inside it: the first holding marker."""
    given = os.environ.get(env)
    candidates = [Path(given)] if given else []
    candidates += [ROOT.parent / "shared" / "data" / name, ROOT / "shared" / "data" / name]
    for path in candidates:
        if (path / marker).exists():
            return path
    return None
