"""Instructions an ad for the job-ad analysis, steady state, under cachegrind.

Runs ``valgrind --tool=cachegrind --cache-sim=no`` twice over the 440 EU ads (after 20 warm-up
ads): once with one pass and once with two, and prints the difference divided by the number of
ads, so imports, first compiles and the warm-up cancel out. Instruction counts move by well
under 1 % between runs of one tree, where CPU time on a shared machine moves by 10-30 %.
Needs valgrind (Debian's package) and ASKBACK_SHARED_DATA; takes about 80 s.
Run: PYTHONPATH=src:. .venv/bin/python -m benchmarks.text_instructions
"""

from __future__ import annotations

import os
import re
import subprocess
import sys


def _passes(n: int) -> None:
    from askback.text.jobad import analyze
    from benchmarks.eval_text import real_ads

    texts = [a.text for a in real_ads()]
    for text in texts[:20]:
        analyze(text)
    for _ in range(n):
        for text in texts:
            analyze(text)
    print(f"ads={len(texts)}")


def _count(n: int) -> tuple[int, int]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    cmd = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.text_instructions",
        "--passes",
        str(n),
    ]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    ads = re.search(r"ads=(\d+)", out.stdout)
    if refs is None or ads is None:
        raise SystemExit("could not read cachegrind's count:\n" + out.stderr[-2000:])
    return int(refs.group(1).replace(",", "")), int(ads.group(1))


def main() -> int:
    if "--passes" in sys.argv:
        _passes(int(sys.argv[sys.argv.index("--passes") + 1]))
        return 0
    one, ads = _count(1)
    two, _ = _count(2)
    if not ads:
        raise SystemExit("no real ads found (set ASKBACK_SHARED_DATA)")
    print(f"steady state: {(two - one) / ads / 1e6:.3f} M instructions an ad over {ads} ads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
