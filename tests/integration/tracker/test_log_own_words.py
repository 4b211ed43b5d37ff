"""`askback log`: a question in your own words gets a dimension (Enter takes the suggestion)."""

from __future__ import annotations

import re

from askback.bank.schema import Dimension
from tests.integration.tracker.helpers import cli, snapshot


def test_own_words_take_the_suggested_dimension_or_none(database_url: str) -> None:
    assert cli(database_url, "opportunity", "add", "Initech", "Analyst").code == 0
    keys = [
        # a question of my own: notes, Enter at the dimension (the suggestion), rating 3
        "What is the yearly budget for conferences and courses per person?",
        "About two thousand euros, and a week off for it.",
        "",
        "",
        "3",
        "n",
        # another: '-' at the dimension, so it will not count
        "Did you enjoy the offsite?",
        "Yes, a lot.",
        "",
        "-",
        "",
        "",
        # finish
        "",
    ]
    run = cli(
        database_url,
        "log",
        "--opportunity",
        "initech",
        "--stage",
        "team",
        "--with",
        "Kim Lee",
        "--yes",
        input="\n".join(keys) + "\n",
    )
    assert run.code == 0, run.error + run.output
    suggested = re.search(r"Dimension \(Enter: ([a-z-]+);", run.output)
    assert suggested, run.output
    assert suggested.group(1) in {d.value for d in Dimension}
    assert "'-': none, the answer will not count" in run.output
    saved = snapshot(database_url)["answers"]
    assert [(a["question_text"], a["dimension"], a["rating"]) for a in saved] == [
        (keys[0], suggested.group(1), 3),
        ("Did you enjoy the offsite?", None, None),
    ]
    # The lone participant is credited without a "Who answered?" prompt.
    names = {c["id"]: c["name"] for c in snapshot(database_url)["contacts"]}
    assert {names[a["contact_id"]] for a in saved} == {"Kim Lee"}
    assert "Who answered?" not in run.output
