"""Any text typed as an option's value gets a result or one `error:` line: never a traceback,
never click's usage block, and the exit code says which kind (2: the command line, 1: a value
askback refused). A refused value changes nothing."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Each command with the option whose value is drawn, and whether a good value changes data.
COMMANDS = [
    ("answer", "add", "1", "--question", "grow-001", "--rating"),
    ("signal", "add", "acme", "--source", "chat", "-d", "growth", "--rating"),
    ("today", "--days"),
    ("plan", "acme", "--minutes"),
    ("interview", "edit", "1", "--stage"),
    ("interview", "edit", "1", "--duration"),
    ("opportunity", "edit", "acme", "--remote"),
    ("contact", "add", "Jo", "--audience"),
    ("interview", "add", "acme", "--stage", "team", "--at"),
]

# What a user may type: words, numbers, signs, near misses of good values, odd characters
# (no NUL: a real command line cannot hold one).
VALUES = st.one_of(
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["tem", "finl", "lunch", "3.5", "1e3", "", " ", "-1", "0", "６", "remote!"]),
)


def _main(url: str, args: list[str]) -> tuple[int, str, str]:
    from askback.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["askback", "--db", url, *args]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder: Path = tmp_path_factory.mktemp("fuzz-options")
    url = f"sqlite:///{folder / 'askback.sqlite3'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASKBACK_HOME", str(folder / "home"))
        mp.setenv("ASKBACK_TZ", "UTC")
        for args in (
            ["opportunity", "add", "Acme", "DS"],
            ["interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvarez", "--yes"],
        ):
            code, out, err = _main(url, args)
            assert code == 0, (args, out, err)
    return url


def _export(url: str) -> dict[str, Any]:
    code, out, err = _main(url, ["export", "json"])
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    data.pop("exported_at")
    return data


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command=st.sampled_from(COMMANDS), value=VALUES)
def test_any_option_value_gets_a_result_or_one_error_line(
    seeded: str, command: tuple[str, ...], value: str
) -> None:
    before = _export(seeded)
    code, out, err = _main(seeded, [*command, value])
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (code, err)
    if code == 0:
        return
    problems = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(problems) == 1, err
    assert "Usage:" not in err
    assert "Input should be" not in err and "Invalid value for" not in err, err
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 2 and lines[1].startswith("hint: see `askback"), err
    assert _export(seeded) == before
