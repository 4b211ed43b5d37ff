"""At a terminal, a near-miss contact name is asked about: pick the one meant, or add it."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def _at_a_terminal(
    url: str, args: list[str], answer: str, home: Path, asks: bytes = b"Choose"
) -> tuple[int, str]:
    """Run `askback --db URL ARGS` on a pseudo-terminal; type `answer` once it `asks`."""
    main, child = os.openpty()
    env = {**os.environ, "ASKBACK_HOME": str(home), "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from askback.cli import main; main()", "--db", url, *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    seen = b""
    sent = False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if not sent and asks in seen:
            os.write(main, answer.encode() + b"\n")
            sent = True
        if proc.poll() is not None and not ready:
            break
    proc.wait(timeout=30)
    os.close(main)
    return proc.returncode, seen.decode(errors="replace")


def _names(url: str) -> list[str]:
    return sorted(c["name"] for c in json.loads(cli(url, "contact", "list", "--json").output))


@pytest.mark.parametrize(
    ("answer", "contacts", "present"),
    [
        ("1", ["Sofia Alvarez"], "Sofia Alvarez"),
        ("n", ["Sofia Alvares", "Sofia Alvarez"], "Sofia Alvares"),
    ],
)
def test_a_near_miss_is_asked_about(
    database_url: str, tmp_path: Path, answer: str, contacts: list[str], present: str
) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    cli(url, "contact", "add", "Sofia Alvarez")
    code, screen = _at_a_terminal(
        url,
        ["interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvares"],
        answer,
        tmp_path,
    )
    assert code == 0, screen
    assert "Did you mean" in screen and "1. Sofia Alvarez (#1)" in screen
    assert _names(url) == contacts
    interview = json.loads(cli(url, "interview", "show", "1", "--json").output)
    assert interview["contacts"] == [present]


@pytest.mark.parametrize(("answer", "code", "contacts"), [("y", 0, ["Priya Raman"]), ("n", 1, [])])
def test_a_new_name_is_confirmed_at_a_terminal(
    database_url: str, tmp_path: Path, answer: str, code: int, contacts: list[str]
) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    args = ["interview", "add", "acme", "--stage", "team", "--with", "Priya Raman"]
    got, screen = _at_a_terminal(url, args, answer, tmp_path, asks=b"Add it?")
    assert got == code, screen
    assert _names(url) == contacts
    # Refused, it saved nothing: no interview either.
    interviews = json.loads(cli(url, "interview", "list", "--json").output)
    assert len(interviews) == (1 if code == 0 else 0)
