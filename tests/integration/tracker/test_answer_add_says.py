"""`answer add` says what it saved in plain words, rated or not, red flag or not."""

from __future__ import annotations

import json

import pytest

from tests.integration.tracker.helpers import cli


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ((), "unrated."),
        (("--red-flag",), "unrated, red flag."),
        (("--rating", "2", "--red-flag"), "rated 2, red flag."),
        (("--rating", "4"), "rated 4."),
    ],
)
def test_the_saved_line_reads_as_a_sentence(
    database_url: str, options: tuple[str, ...], said: str
) -> None:
    cli(database_url, "opportunity", "add", "Flagge SE", "DS")
    cli(database_url, "contact", "add", "Uwe Brandt", "--audience", "peer")
    talk = cli(database_url, "interview", "add", "Flagge", "--stage", "team",
               "--at", "2026-05-04 10:00", "--with", "Uwe Brandt", "--json")  # fmt: skip
    interview = str(json.loads(talk.output)["id"])
    run = cli(database_url, "answer", "add", interview, "-q", "wlr-002", *options,
              "--contact", "Uwe Brandt")  # fmt: skip
    assert run.code == 0, run.error
    line = " ".join(run.output.split())
    assert "rated unrated" not in line
    assert line.startswith("Saved answer 1, ") and line.endswith(said), line
