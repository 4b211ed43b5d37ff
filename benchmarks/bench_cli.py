"""CLI start-up: the everyday commands as ratios to `askback --help`, measured in one run.

Each command runs as a fresh subprocess of the installed entry point, against a demo workspace
in a temporary ASKBACK_HOME, with the bytecode a fresh install has (compiled at install). The
runs interleave the commands, so a busy machine slows all of them alike and the ratios hold.
The first round is unmeasured: it fills the OS file cache and askback's bank cache, as any
earlier run on the user's machine would have.

To compare with another version in the same run (the figures in README.md):
    git archive main src | tar -x -C /tmp/main-src
    python -m benchmarks.bench_cli 10 --against /tmp/main-src/src
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, at_most

RATIO_TARGET = 3.0
RUNS = 7

COMMANDS: list[tuple[str, list[str]]] = [
    ("questions search bias", ["questions", "search", "bias"]),
    ("questions show rml-001", ["questions", "show", "rml-001"]),
    ("today", ["today"]),
    ("opportunity list", ["opportunity", "list"]),
    ("opportunity show acme", ["opportunity", "show", "acme"]),
    ("assess acme", ["assess", "acme"]),
    (
        "plan acme --with hiring-manager --stage team --minutes 10",
        ["plan", "acme", "--with", "hiring-manager", "--stage", "team", "--minutes", "10"],
    ),
]


def _askback() -> list[str]:
    """The installed console script next to this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("askback")
    return [str(script)] if script.exists() else [sys.executable, "-m", "askback"]


def _workspace(home: Path) -> dict[str, str]:
    """The demo workspace plus Acme, with answers from two interviews, in a fresh home."""
    from datetime import UTC, datetime, timedelta

    from askback.app import answers, interviews, opportunities
    from askback.app.answers import NewAnswer
    from askback.app.workspace import Workspace
    from askback.demo import build_demo

    url = f"sqlite:///{home / 'askback.sqlite3'}"
    build_demo(url)
    said = [("rml-001", "We audit models once a year.", 4), ("comp-001", "Bands exist.", 3)]
    with Workspace.open(url) as ws:
        opp = opportunities.add(ws, company="Acme", role="Data Scientist", status="interviewing")
        for days, stage in ((-7, "screen"), (-2, "team")):
            at = datetime.now(UTC) + timedelta(days=days)
            iv = interviews.add(ws, opportunity=opp.id, stage=stage, starts_at=at)
            items = [NewAnswer(question_id=q, notes=n, rating=r) for q, n, r in said]
            answers.add_many(ws, iv.id, items)
    env = dict(os.environ, ASKBACK_HOME=str(home), COLUMNS="120")
    for name in ("ASKBACK_DATABASE_URL", "ASKBACK_BANK_PATH", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def _time_ms(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run, in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, capture_output=True, check=True)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def _timings(
    runs: int, other_src: Path | None = None
) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """Wall and CPU times (ms) of `--help` and each command, by (version, command).

    The versions are "this" checkout and, given other_src, "other" (that `src/` folder run
    through PYTHONPATH with this environment's libraries). Runs interleave versions and
    commands over `runs` rounds, after one unmeasured round.
    """
    base = _askback()
    home = Path(tempfile.mkdtemp(prefix="askback-bench-cli-"))
    try:
        env = _workspace(home)
        versions = {"this": env}
        if other_src is not None:
            versions = {"other": dict(env, PYTHONPATH=str(other_src)), "this": env}
        named = [("--help", ["--help"]), *COMMANDS]
        times: dict[tuple[str, str], list[tuple[float, float]]] = {
            (v, n): [] for v in versions for n, _ in named
        }
        for round_ in range(runs + 1):
            for version, version_env in versions.items():
                for name, args in named:
                    elapsed = _time_ms([*base, *args], version_env)
                    if round_:
                        times[(version, name)].append(elapsed)
        return times
    finally:
        shutil.rmtree(home, ignore_errors=True)


def measure(runs: int = RUNS) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time (ms) of `--help` and each command, interleaved over `runs`."""
    return {
        name: (
            statistics.median(w for w, _ in values),
            statistics.median(c for _, c in values),
        )
        for (_, name), values in _timings(runs).items()
    }


def run() -> list[Row]:
    medians = measure()
    help_ms, help_cpu = medians["--help"]
    rows = [
        Row(
            "cli",
            "askback --help (median)",
            help_ms,
            "ms",
            *at_most(help_ms, 200),
            note=f"CPU {help_cpu:,.0f} ms",
        )
    ]
    for name, _ in COMMANDS:
        wall, cpu = medians[name]
        ratio = wall / help_ms
        target, ok = at_most(ratio, RATIO_TARGET, "x")
        # CPU time is the steadier figure on a shared machine: it leaves out waiting for a core.
        note = f"{wall:,.0f} ms; CPU {cpu:,.0f} ms = {cpu / help_cpu:.1f}x"
        rows.append(Row("cli", f"{name} / --help", ratio, "x", target, ok, note=note))
    return rows


def against(other_src: Path, runs: int = RUNS) -> dict[str, dict[str, tuple[float, float]]]:
    """This checkout and another `src/` folder (say main's), interleaved in one run.

    Per version and command: the median wall time and the least CPU time (ms). The other
    version runs through PYTHONPATH with this environment's libraries. On a busy machine the
    least CPU time moves less than the median between runs.
    """
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for (version, name), values in _timings(runs, other_src).items():
        wall = statistics.median(w for w, _ in values)
        out.setdefault(version, {})[name] = (wall, min(c for _, c in values))
    return out


def _print_against(other_src: Path, runs: int) -> None:
    for version, medians in against(other_src, runs).items():
        help_wall, help_cpu = medians["--help"]
        print(f"{version}: --help {help_wall:.0f} ms wall, {help_cpu:.0f} ms CPU (least)")
        for name, _ in COMMANDS:
            wall, cpu = medians[name]
            print(f"  {wall / help_wall:5.2f}x wall  {cpu / help_cpu:5.2f}x CPU  {name}")


if __name__ == "__main__":
    # python -m benchmarks.bench_cli [RUNS] [--against OTHER_SRC]
    args = sys.argv[1:]
    if "--against" in args:
        i = args.index("--against")
        other = Path(args[i + 1])
        del args[i : i + 2]
        _print_against(other, int(args[0]) if args else RUNS)
    else:
        for name, (wall, cpu) in measure(int(args[0]) if args else RUNS).items():
            print(f"{wall:8.0f} ms  CPU {cpu:6.0f} ms  {name}")
