"""A worker's startup objects are frozen out of the garbage collector's view."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_worker_module_freezes_what_startup_built(tmp_path: Path) -> None:
    # A fresh interpreter: what the worker imports, as uvicorn imports it.
    probe = (
        "import gc\n"
        "before = gc.get_freeze_count()\n"
        "import askback.hub.asgi\n"
        "after = gc.get_freeze_count()\n"
        "print(before, after)\n"
    )
    env = {
        **os.environ,
        "ASKBACK_HUB_DB": f"sqlite:///{tmp_path / 'hub.db'}",
        "ASKBACK_HUB_SECRET": "x" * 40,
    }
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    before, after = (int(n) for n in out.stdout.split())
    assert before == 0
    # The app, its routes, SQLAlchemy's mappers and the imported modules: tens of thousands.
    assert after > 10_000
