"""A default install leaves the optional parts out; using one then says how to add it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from askback.extras import EXTRAS

# Run askback's CLI in a fresh interpreter where the extra's module cannot be imported.
_SCRIPT = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None  # makes `import name` raise ImportError
from askback.cli import main
sys.argv = ["askback", *{argv!r}]
main()
"""


def _run(blocked: list[str], argv: list[str]) -> subprocess.CompletedProcess[str]:
    code = _SCRIPT.format(blocked=blocked, argv=argv)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("extra", "argv"),
    [
        (
            "postgres",
            ["--db", "postgresql://postgres@127.0.0.1:5432/postgres", "opportunity", "list"],
        ),
        ("plots", ["assess", "acme", "--plot", "chart.png"]),
    ],
)
def test_a_missing_extra_says_how_to_install_it(extra: str, argv: list[str]) -> None:
    module, _ = EXTRAS[extra]
    if extra == "plots":
        setup = _run([], ["opportunity", "add", "Acme", "DS"])
        assert setup.returncode == 0, setup.stderr
    result = _run([module], argv)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert f"askback[{extra}]" in lines[0]
    assert f"EXTRAS={extra}" in lines[0]
