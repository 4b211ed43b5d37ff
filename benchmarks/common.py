"""Shared shape of a benchmark result: every bench module returns rows of this."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


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
