"""Where job-ad analysis spends its time in `re`, pattern by pattern, and how much of that
time goes to reads that find nothing.

    python -m benchmarks.text_regex_profile [--top N] [--passes N]

Every pattern the text package compiles (with `re.compile` or a module-level `re.search` and
the like) is wrapped before the package is imported; each call is timed (wall clock, less a
calibrated cost of the timing itself, the fastest of `--passes` passes per pattern so that a
pass another process interrupted does not count) over the 440 shared EU ads
(ASKBACK_SHARED_DATA). The table gives, per pattern, µs an ad in all and in calls that found
nothing, calls an ad, how it is called (search, finditer, match, ...) and where it was
compiled. The summary splits anchored reads (match, fullmatch: one place each) from scans
(search, finditer, findall, sub, split), and gives the upper bound for a document-level
prefilter: the scan time of patterns that find nothing anywhere in an ad, ad by ad. A
prefilter can save no more than that, less its own read of the text.

The wrapping makes analysis slower (about twice), so compare rows with each other, not with
`benchmarks.text_stages`. One reader compares a match object's pattern by identity
(`conditions._compound_days_rx`); it is given the unwrapped pattern, and its own time is left
out of the table.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

_real_compile = re.compile
_clock = time.perf_counter
_SCANS = ("search", "finditer", "findall", "sub", "subn", "split")
_ANCHORED = ("match", "fullmatch")


class _Stats:
    __slots__ = ("calls", "empty_calls", "empty_seconds", "seconds")

    def __init__(self) -> None:
        self.calls = 0
        self.seconds = 0.0
        self.empty_calls = 0
        self.empty_seconds = 0.0


Key = tuple[str | bytes, int]
STATS: defaultdict[Key, _Stats] = defaultdict(_Stats)
WHERE: dict[Key, str] = {}
HOW: defaultdict[Key, set[str]] = defaultdict(set)


def _found(how: str, result: Any) -> bool:
    if how in ("search", "match", "fullmatch"):
        return result is not None
    if how == "split":
        return len(result) > 1
    if how in ("sub", "subn"):
        return bool(result[1])
    return bool(result)  # findall


class Timed:
    """A compiled pattern whose calls are timed; every other attribute is the pattern's own."""

    __slots__ = ("key", "rx")

    def __init__(self, rx: re.Pattern[Any], where: str) -> None:
        self.rx = rx
        self.key: Key = (rx.pattern, rx.flags)
        WHERE.setdefault(self.key, where)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)

    def __hash__(self) -> int:
        return hash(self.rx)

    def __eq__(self, other: object) -> bool:
        return self.rx == (other.rx if isinstance(other, Timed) else other)

    def _record(self, how: str, seconds: float, found: bool) -> None:
        HOW[self.key].add(how)
        s = STATS[self.key]
        s.calls += 1
        s.seconds += seconds
        if not found:
            s.empty_calls += 1
            s.empty_seconds += seconds

    def _call(self, how: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.rx, "subn" if how == "sub" else how)
        start = _clock()
        result = method(*args, **kwargs)
        self._record(how, _clock() - start, _found(how, result))
        return result[0] if how == "sub" else result

    def search(self, *a: Any, **k: Any) -> Any:
        return self._call("search", *a, **k)

    def match(self, *a: Any, **k: Any) -> Any:
        return self._call("match", *a, **k)

    def fullmatch(self, *a: Any, **k: Any) -> Any:
        return self._call("fullmatch", *a, **k)

    def findall(self, *a: Any, **k: Any) -> Any:
        return self._call("findall", *a, **k)

    def split(self, *a: Any, **k: Any) -> Any:
        return self._call("split", *a, **k)

    def sub(self, *a: Any, **k: Any) -> Any:
        return self._call("sub", *a, **k)

    def subn(self, *a: Any, **k: Any) -> Any:
        return self._call("subn", *a, **k)

    def finditer(self, *a: Any, **k: Any) -> Iterator[re.Match[Any]]:
        # Timed match by match, so that a caller that stops early is charged what it read.
        it = self.rx.finditer(*a, **k)
        seconds = 0.0
        found = False
        try:
            while True:
                start = _clock()
                m = next(it, None)
                seconds += _clock() - start
                if m is None:
                    break
                found = True
                yield m
        finally:
            self._record("finditer", seconds, found)


def _where(depth: int) -> str:
    frame = sys._getframe(depth)
    return f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"


def _compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, Timed):
        return pattern if not flags else _compile(pattern.rx.pattern, pattern.rx.flags | flags)
    return Timed(_real_compile(pattern, flags), _where(2))


_BY_TEXT: dict[Key, Timed] = {}


def _module_function(how: str) -> Callable[..., Any]:
    def call(pattern: Any, string: Any, *args: Any, flags: int = 0, **kwargs: Any) -> Any:
        if not isinstance(pattern, Timed):
            key = (
                (pattern.pattern, pattern.flags | flags)
                if isinstance(pattern, re.Pattern)
                else (pattern, flags)
            )
            timed = _BY_TEXT.get(key)
            if timed is None:
                timed = _BY_TEXT[key] = Timed(_real_compile(*key), _where(2) + " (re." + how + ")")
            pattern = timed
        return getattr(pattern, how)(string, *args, **kwargs)

    return call


def install() -> None:
    """Wrap re.compile and the module-level functions; call before importing askback.text."""
    re.compile = _compile
    for how in (*_SCANS, *_ANCHORED):
        setattr(re, how, _module_function(how))


def _timing_cost() -> float:
    """Seconds that one timed call adds to its own reading (two clock reads)."""
    best = float("inf")
    for _ in range(5):
        total = 0.0
        for _ in range(20_000):
            start = _clock()
            total += _clock() - start
        best = min(best, total / 20_000)
    return best


def _scan(key: Key) -> bool:
    return not HOW[key] <= set(_ANCHORED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    install()
    from askback.text import conditions, jobad
    from benchmarks.eval_text import real_ads

    # conditions compares a match's pattern with this one by identity (see the docstring).
    plain = conditions._compound_days_rx().rx  # type: ignore[attr-defined]
    conditions._compound_days_rx = lambda: plain  # type: ignore[assignment]
    texts = [ad.text for ad in real_ads()]
    if not texts:
        sys.exit("no ads: set ASKBACK_SHARED_DATA")
    n = len(texts)
    for text in texts:
        jobad.analyze(text)
    cost = _timing_cost()

    def read(s: _Stats) -> tuple[int, float, int, float]:
        return (
            s.calls,
            max(0.0, s.seconds - cost * s.calls),
            s.empty_calls,
            max(0.0, s.empty_seconds - cost * s.empty_calls),
        )

    # Whole passes, the fastest per pattern; then ad by ad, the fastest of three per pattern,
    # for the prefilter bound.
    best: dict[Key, tuple[int, float, int, float]] = {}
    for _ in range(args.passes):
        STATS.clear()
        for text in texts:
            jobad.analyze(text)
        for key, s in STATS.items():
            row = read(s)
            if key not in best or row[1] < best[key][1]:
                best[key] = row
    bound: defaultdict[Key, float] = defaultdict(float)
    for text in texts:
        per_ad: dict[Key, tuple[int, float, int, float]] = {}
        for _ in range(3):
            STATS.clear()
            jobad.analyze(text)
            for key, s in STATS.items():
                row = read(s)
                if key not in per_ad or row[1] < per_ad[key][1]:
                    per_ad[key] = row
        for key, (calls, seconds, empty_calls, _) in per_ad.items():
            if _scan(key) and empty_calls == calls:
                bound[key] += seconds

    def us(seconds: float) -> float:
        return seconds / n * 1e6

    totals: dict[str, float] = defaultdict(float)
    for key, (calls, seconds, _, empty_seconds) in best.items():
        kind = "scans" if _scan(key) else "anchored"
        totals[kind] += seconds
        totals[kind + " finding nothing"] += empty_seconds
        totals[kind + " calls"] += calls
    print(
        f"{n} ads, {len(best)} patterns; µs an ad (timing cost {cost * 1e9:.0f} ns a call removed)"
    )
    for kind in ("anchored", "scans"):
        print(
            f"  {kind:9s} {us(totals[kind]):7.1f} µs, of which finding nothing "
            f"{us(totals[kind + ' finding nothing']):7.1f} µs; "
            f"{totals[kind + ' calls'] / n:6.1f} calls"
        )
    print(
        f"  scans of patterns that find nothing anywhere in the ad (a prefilter's bound): "
        f"{us(sum(bound.values())):.1f} µs"
    )
    print(f"\n{'µs':>6} {'empty':>6} {'calls':>6} {'empty':>5}  how / where / pattern")
    rows = sorted(best.items(), key=lambda kv: -kv[1][1])[: args.top]
    for key, (calls, seconds, empty_calls, empty_seconds) in rows:
        how = ",".join(sorted(HOW[key]))
        print(
            f"{us(seconds):6.1f} {us(empty_seconds):6.1f} {calls / n:6.1f} "
            f"{100 * empty_calls / max(calls, 1):4.0f}%  {how} {WHERE.get(key, '?')} {key[0]!r:.90}"
        )
    print("\nthe prefilter's bound, pattern by pattern (µs an ad):")
    for key, seconds in sorted(bound.items(), key=lambda kv: -kv[1])[: args.top // 2]:
        print(f"{us(seconds):6.1f}  {WHERE.get(key, '?')} {key[0]!r:.90}")


if __name__ == "__main__":
    main()
