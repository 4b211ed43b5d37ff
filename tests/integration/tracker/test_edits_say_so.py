"""Edits that replace or repeat something say so; answer add credits a lone participant."""

from __future__ import annotations

from tests.integration.tracker.helpers import cli, snapshot


def test_answer_add_credits_the_only_participant(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Umbrella", "Analyst")
    cli(database_url, "interview", "add", "umbrella", "--stage", "screen", "--with", "Rui Costa")
    cli(database_url, "interview", "add", "umbrella", "--stage", "team", "--with", "A. B,C. D")
    one = cli(database_url, "answer", "add", "1", "--text", "Budget for courses?", "--notes", "x")
    assert one.code == 0, one.error
    assert "credited to Rui Costa" in one.output
    two = cli(database_url, "answer", "add", "2", "--text", "Budget for courses?", "--notes", "y")
    assert two.code == 0, two.error
    assert "credited" not in two.output
    names = {c["id"]: c["name"] for c in snapshot(database_url)["contacts"]}
    got = [names.get(a["contact_id"]) for a in snapshot(database_url)["answers"]]
    assert got == ["Rui Costa", None]


def test_contact_notes_replace_with_a_warning_or_append(database_url: str) -> None:
    cli(database_url, "contact", "add", "Mira Olsen", "--notes", "Met at a meetup in May.")
    replaced = cli(database_url, "contact", "edit", "Mira Olsen", "--notes", "Prefers email.")
    assert replaced.code == 0, replaced.error
    assert "replaced the notes" in replaced.error and "Met at a meetup in May." in replaced.error
    added = cli(database_url, "contact", "edit", "Mira Olsen", "--append-notes", "Knows Rui.")
    assert added.code == 0, added.error
    assert "replaced" not in added.error
    assert snapshot(database_url)["contacts"][0]["notes"] == "Prefers email.\n\nKnows Rui."
    both = cli(database_url, "contact", "edit", "Mira Olsen", "--notes", "a", "--append-notes", "b")
    assert both.code == 2 and "not both" in both.error
    assert snapshot(database_url)["contacts"][0]["notes"] == "Prefers email.\n\nKnows Rui."
    # The same notes again drop nothing: no warning.
    same = cli(
        database_url, "contact", "edit", "Mira Olsen", "--notes", "Prefers email.\n\nKnows Rui."
    )
    assert "replaced" not in same.error


def test_a_repeated_status_asks_before_a_second_step(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Umbrella", "Analyst")
    assert cli(database_url, "opportunity", "status", "umbrella", "offer").code == 0
    again = cli(database_url, "opportunity", "status", "umbrella", "Offer")
    assert again.code == 1
    assert "already 'offer'" in again.error and "--yes" in again.error

    def steps() -> list[str]:
        return [c["status"] for c in snapshot(database_url)["status_changes"]]

    before = steps()
    assert before.count("offer") == 1
    forced = cli(database_url, "opportunity", "status", "umbrella", "offer", "--yes")
    assert forced.code == 0, forced.error
    assert steps().count("offer") == 2
    # A different status needs no confirmation.
    assert cli(database_url, "opportunity", "status", "umbrella", "accepted").code == 0
