"""`askback log` in a real pseudo-terminal: a planned call, Ctrl-C in the middle, then resume."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli, snapshot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

CTRL_C = b"\x03"


class Terminal:
    """`askback ARGS` on its own pseudo-terminal, as a user runs it: typed keys and Ctrl-C."""

    def __init__(self, *args: str) -> None:
        askback = str(Path(sys.executable).with_name("askback"))
        env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the pty is its controlling terminal, so ^C is SIGINT
            os.execve(askback, [askback, *args], env)
        self.seen = ""

    def expect(self, pattern: str, timeout: float = 60) -> re.Match[str]:
        """Read until `pattern` shows up after what earlier expects consumed."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.seen)
            if found:
                self.seen = self.seen[found.end() :]
                return found
            left = deadline - time.monotonic()
            assert left > 0, f"waited for {pattern!r}; the terminal shows:\n{self.seen}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # EIO: the child has closed the terminal
                    chunk = b""
                assert chunk, f"exited while waiting for {pattern!r}:\n{self.seen}"
                self.seen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")

    def send(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def interrupt(self) -> None:
        os.write(self.fd, CTRL_C)

    def wait(self, timeout: float = 60) -> tuple[int, str]:
        """The exit status and everything printed since the last expect."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.2)
                if ready:
                    chunk = os.read(self.fd, 4096)
                    self.seen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
            except OSError:
                pass
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status), self.seen
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError(f"still running:\n{self.seen}")


def test_a_planned_call_interrupted_and_resumed(database_url: str, tmp_path: Path) -> None:
    assert cli(database_url, "opportunity", "add", "Acme", "DS").code == 0
    cli(database_url, "contact", "add", "Sam Lee", "--company", "Acme")
    cli(database_url, "contact", "add", "Jane Doe", "--company", "Acme")
    sheet = tmp_path / "plan.html"
    made = cli(
        database_url, "plan", "acme", "--with", "Jane Doe", "--stage", "final", "--out", str(sheet)
    )
    assert made.code == 0, made.error
    planned = re.findall(r'<div class="tag">([^ <]+) ·', sheet.read_text(encoding="utf-8"))
    assert len(planned) >= 3

    # Sam joins too, and first: the plan named Jane, so "Who answered?" must default to her.
    term = Terminal("--db", database_url, "log", "--plan", str(sheet), "--with", "Sam Lee")
    # Opportunity and stage come from the sheet: no prompt for either.
    header = term.expect(r"Interview (\d+) · Acme — DS · (\w+) ·")
    assert header.group(2) == "final"
    number = header.group(1)
    term.expect(re.escape(planned[0]))
    term.send("They showed us the written process and named who decides, with dates.")
    term.send("")
    rating = term.expect(r"Rating 1-5 \((Enter: (\d), as suggested|Enter or '-': unrated)")
    term.send("")  # Enter: the suggested rating
    term.expect(r"Red flag\? \[y/N\]")
    term.send("")
    who = term.expect(r"Who answered\? \[1\] Sam Lee  \[2\] Jane Doe \[(\d)\]")
    assert who.group(1) == "2"
    term.send("")
    term.expect(r"saved answer")

    # The second question: one line typed, then Ctrl-C. The line is kept.
    term.expect(re.escape(planned[1]))
    term.send("Half a thought about the second one")
    term.expect(r"Half a thought about the second one")
    time.sleep(0.3)  # let the line reach the program before the interrupt
    term.interrupt()
    code, shown = term.wait()
    assert code == 130, shown
    assert "Kept the note you were typing as answer" in shown
    assert "Saved in this run to interview" in shown and "2 answers" in shown
    assert f"askback log {number} --plan" in shown
    assert "Traceback" not in shown

    saved = snapshot(database_url)["answers"]
    names = {c["id"]: c["name"] for c in snapshot(database_url)["contacts"]}
    assert [a["question_id"] for a in saved] == planned[:2]
    first, second = saved
    suggested = int(rating.group(2)) if rating.group(2) else None
    assert first["rating"] == suggested == first["suggested_rating"]
    assert names[first["contact_id"]] == "Jane Doe"
    assert second["notes"] == "Half a thought about the second one"
    assert second["rating"] is None

    # Resume: the two answered questions are not asked again; q quits cleanly.
    term = Terminal("--db", database_url, "log", number, "--plan", str(sheet))
    term.expect(rf"Resuming: 2 of {len(planned)} planned questions already answered")
    term.expect(re.escape(planned[2]))
    term.send("q")
    code, shown = term.wait()
    assert code == 0, shown
    assert "Error" not in shown and "Traceback" not in shown
    assert "Saved in this run to interview " + number + ": 0 answers" in shown
    assert len(snapshot(database_url)["answers"]) == 2
