"""Shared shape of a benchmark result: every bench module returns rows of this."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class Row:
    """One measured figure, printed as one line of the `make bench` table."""

    area: str  # bank, store, evidence, text, web
    name: str  # what was measured
    value: float
    unit: str  # ms, /s, x, %
    target: str = ""  # e.g. "<= 50 ms"; empty when there is no target
    ok: bool | None = None  # None when there is no target
    backend: str = ""  # sqlite, postgresql, or empty
    note: str = ""


def timings_ms(fn: Callable[[], object], *, repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls of fn, after `warmup` unmeasured calls."""
    for _ in range(warmup):
        fn()
    out: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (0-100) by linear interpolation."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(sorted(values), n=100, method="inclusive")[int(pct) - 1]


def at_most(value: float, limit: float, unit: str = "ms") -> tuple[str, bool]:
    return f"<= {limit:g} {unit}", value <= limit


def at_least(value: float, limit: float, unit: str = "") -> tuple[str, bool]:
    return f">= {limit:g} {unit}".rstrip(), value >= limit


@contextmanager
def scratch_sqlite_url(prefix: str = "askback-bench-") -> Iterator[str]:
    """A SQLite URL in a temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield f"sqlite:///{folder / 'bench.sqlite3'}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def scratch_postgres_url(prefix: str = "askback_bench_") -> Iterator[str]:
    """A fresh PostgreSQL database on 127.0.0.1:5432, dropped afterwards."""
    import psycopg

    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
