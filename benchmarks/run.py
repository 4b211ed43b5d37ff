"""`make bench`: run every benchmarks/bench_*.py module and print one table.

Each module exposes `run() -> list[Row]`. Pass module names (e.g. `bank store`) to run a subset.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks.common import Row


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))
    chosen = [n for n in names if not argv or n in argv]
    rows: list[Row] = []
    failed: list[str] = []
    console = Console(width=160)
    for name in chosen:
        start = time.perf_counter()
        console.print(f"[dim]running bench_{name} ...[/]")
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            rows.extend(module.run())
        except Exception:
            failed.append(name)
            traceback.print_exc()
        console.print(f"[dim]  bench_{name} took {time.perf_counter() - start:.1f} s[/]")
    table = Table(title="askback benchmarks")
    for col in ("area", "benchmark", "backend", "value", "target", "ok", "note"):
        table.add_column(col, overflow="fold")
    for r in rows:
        ok = "" if r.ok is None else ("yes" if r.ok else "NO")
        value = f"{r.value:,.2f} {r.unit}" if r.value < 1000 else f"{r.value:,.0f} {r.unit}"
        table.add_row(r.area, r.name, r.backend, value, r.target, ok, r.note)
    console.print(table)
    if failed:
        console.print(f"[red]benchmarks that crashed: {', '.join(failed)}[/]")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
