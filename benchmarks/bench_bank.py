"""Bank figures: CLI cold start, search latency on the shipped and a 20,000-question bank."""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from benchmarks.common import Row, at_most, percentile, timings_ms

if TYPE_CHECKING:
    from askback.bank import Question
    from askback.bank.search import SearchIndex

QUERIES = [
    "gender diversity",
    "pay equity audit",
    "model fairness",
    "who can stop a model",
    "salary range",
    "remote policy",
    "promotion",
    "data quality owner",
    "on-call",
    "parental leave",
    "Gehalt",
    "Vielfalt",
    "Elternzeit",
    "fairnes",
    "divrsity",
    "layoffs runway",
    "take-home assignment",
    "mlops deployment",
    "career ladder staff",
    "psychological safety mistakes",
]


def cold_start_ms(runs: int = 15) -> float:
    cmd = [sys.executable, "-c", "from askback.cli import main; main()", "--help"]
    subprocess.run(cmd, capture_output=True, check=True)  # warm the file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def synthetic_bank(size: int) -> list[Question]:
    """Questions cloned from the shipped bank with fresh ids and shuffled wording."""
    from askback.bank import load

    base = load().questions
    rng = random.Random(7)
    out = []
    for i in range(size):
        q = base[i % len(base)]
        words = q.text.split()
        rng.shuffle(words)
        out.append(q.model_copy(update={"id": f"my-synthetic-{i}", "text": " ".join(words)}))
    return out


def search_p95(index: SearchIndex, repeat: int) -> float:
    times: list[float] = []
    for query in QUERIES:
        times += timings_ms(lambda q=query: index.search(q, limit=20), repeat=repeat, warmup=1)
    return percentile(times, 95)


def run() -> list[Row]:
    from askback.bank import load
    from askback.bank.search import SearchIndex

    rows = []
    cold = cold_start_ms()
    rows.append(Row("bank", "askback --help cold start (median)", cold, "ms", *at_most(cold, 200)))
    bank = load()
    p95 = search_p95(bank.index, repeat=20)
    rows.append(
        Row("bank", f"search p95, shipped bank ({len(bank)} q)", p95, "ms", *at_most(p95, 5))
    )
    big = synthetic_bank(20_000)
    start = time.perf_counter()
    index = SearchIndex(big)
    build = (time.perf_counter() - start) * 1000
    p95_big = search_p95(index, repeat=5)
    rows.append(
        Row(
            "bank",
            "search p95, synthetic bank (20,000 q)",
            p95_big,
            "ms",
            *at_most(p95_big, 20),
            note=f"index built in {build:,.0f} ms",
        )
    )
    start = time.perf_counter()
    load()
    rows.append(
        Row("bank", "load + validate shipped bank", (time.perf_counter() - start) * 1000, "ms")
    )
    return rows
