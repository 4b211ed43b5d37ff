"""`make eval`: run every benchmarks/eval_*.py module; each prints its own tables.

eval_text (text checks), eval_evidence (coverage overall and per band of the true level, planned
vs random at one company), eval_offers (verdict calibration, planned vs random across rival
offers) and eval_conflicts (conflict false alarms and power) where that module exists: any new
eval_*.py is picked up. Pass module names (e.g. `text evidence`) to run a subset.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem.removeprefix("eval_") for p in here.glob("eval_*.py"))
    failed = []
    for name in names:
        if argv and name not in argv:
            continue
        print(f"\n=== eval_{name} ===", flush=True)
        try:
            importlib.import_module(f"benchmarks.eval_{name}").run()
        except Exception:
            failed.append(name)
            traceback.print_exc()
    if failed:
        print(f"evaluations that crashed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
