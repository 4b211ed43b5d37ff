"""A canonical JSON of every job-ad report on real ads, to prove a speed-up changes no result.

    python -m benchmarks.text_snapshot OUT.json [--against BEFORE.json] [--per-corpus N]

Runs `askback.text.jobad.analyze` over every ad of shared/data's EU set and over N ads each of
the NHS Jobs and USAJOBS corpora (HTML, turned into text by askback.text.html first), and writes
one JSON object: ad id to the extracted text's SHA-256 and the report's `to_dict()`, keys sorted.
With --against it names the first ads whose report differs and exits 1 when any does. A corpus
that is not found is skipped, and said so.

It runs with a fixed PYTHONHASHSEED (--seed, 0 unless given): a few reports depend on the order
in which a set is walked (one USAJOBS ad's years span, as of December 2026), and a fixed order
keeps that from showing up as a difference between two runs of the same code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import corpus_nhs, corpus_usajobs
from benchmarks.eval_text import real_ads

PER_CORPUS = 300


def ads(per_corpus: int) -> Iterator[tuple[str, str, bool]]:
    """(id, text or HTML, is_html) for every ad of the snapshot, in a fixed order."""
    for ad in real_ads():
        yield f"eu/{ad.id}", ad.text, False
    nhs = corpus_nhs.corpus_dir()
    if nhs is None:
        print(f"NHS Jobs corpus not found (set {corpus_nhs.ENV}): skipped", file=sys.stderr)
    else:
        for one in corpus_nhs.iter_ads(nhs, corpus_nhs.sample(nhs, per_corpus, seed=7)):
            yield f"nhs/{one.id}", one.html, True
    us = corpus_usajobs.corpus_dir()
    if us is None:
        print(f"USAJOBS corpus not found (set {corpus_usajobs.ENV}): skipped", file=sys.stderr)
    else:
        for two in corpus_usajobs.iter_ads(us, corpus_usajobs.sample(us, per_corpus)):
            yield f"usajobs/{two.id}", two.html, True


def snapshot(per_corpus: int) -> dict[str, Any]:
    from askback.errors import InputError
    from askback.text.html import main_text
    from askback.text.jobad import analyze

    out: dict[str, Any] = {}
    for ad_id, raw, is_html in ads(per_corpus):
        try:
            text = main_text(raw, ad_id).text if is_html else raw
            report = analyze(text).to_dict()
        except InputError as exc:
            out[ad_id] = {"error": str(exc)}
            continue
        except Exception as exc:  # a crash is a result too: it must not change either
            out[ad_id] = {"crash": f"{type(exc).__name__}: {exc}"}
            continue
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out[ad_id] = {"text_sha256": sha, "report": report}
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--per-corpus", type=int, default=PER_CORPUS)
    parser.add_argument("--seed", default="0", help="PYTHONHASHSEED to run with (default 0)")
    args = parser.parse_args(argv)
    snap = snapshot(args.per_corpus)
    canonical = json.dumps(snap, sort_keys=True, ensure_ascii=False, indent=1)
    args.out.write_text(canonical + "\n", encoding="utf-8")
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    print(f"{len(snap)} ads written to {args.out}, sha256 {digest}")
    if args.against is None:
        return 0
    before = json.loads(args.against.read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | snap.keys() if before.get(k) != snap.get(k))
    for ad_id in differ[:20]:
        print(f"differs: {ad_id}")
    print(f"{len(differ)} of {len(snap)} reports differ from {args.against}")
    return 1 if differ else 0


def _seeded(argv: list[str]) -> None:
    """Run again under the wanted PYTHONHASHSEED unless this process already has it."""
    seed = argv[argv.index("--seed") + 1] if "--seed" in argv[:-1] else "0"
    if os.environ.get("PYTHONHASHSEED") != seed:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        os.execve(sys.executable, [sys.executable, "-m", "benchmarks.text_snapshot", *argv], env)


if __name__ == "__main__":
    _seeded(sys.argv[1:])
    sys.exit(main(sys.argv[1:]))
