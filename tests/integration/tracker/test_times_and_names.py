"""One rule for times in every view, and names that never resolve to the wrong thing."""

from __future__ import annotations

import json
import zoneinfo
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli, snapshot

ZONES = [
    "America/New_York",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
]


@pytest.mark.parametrize("machine_zone", ZONES)
# A plain day, and the days Europe and the US move their clocks.
@pytest.mark.parametrize("day", ["2026-11-19", "2026-03-29", "2026-11-01"])
def test_a_day_typed_is_the_day_shown_everywhere(
    database_url: str, monkeypatch: pytest.MonkeyPatch, machine_zone: str, day: str
) -> None:
    # The machine's zone decides (no setting): TZ as a user's shell would have it.
    monkeypatch.delenv("ASKBACK_TZ")
    monkeypatch.setenv("TZ", machine_zone)
    url = database_url
    assert cli(url, "opportunity", "add", "Acme", "DS", "--at", day).code == 0
    assert cli(url, "opportunity", "status", "acme", "applied", "--at", day).code == 0
    shown = cli(url, "opportunity", "show", "acme").output
    history = [line.split()[0] for line in shown.splitlines() if line.startswith("  20")]
    assert history and set(history) == {day}, shown
    timeline = cli(url, "timeline", "acme").output
    assert [line.split()[0] for line in timeline.splitlines()[1:]] == [day] * 3, timeline
    dossier = cli(url, "export", "markdown", "acme").output
    assert f"since {day}" in dossier, dossier


def _expected(moment: datetime, user: str, origin: str) -> str:
    mine = moment.astimezone(zoneinfo.ZoneInfo(user))
    theirs = moment.astimezone(zoneinfo.ZoneInfo(origin))
    day = f"{theirs:%Y-%m-%d} " if theirs.date() != mine.date() else ""
    return f"{mine:%Y-%m-%d %H:%M} {mine.tzname()} ({day}{theirs:%H:%M} {theirs.tzname()} {origin})"


@pytest.mark.parametrize("user", ["America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"])
def test_one_interview_shows_one_time_in_every_view(
    database_url: str, monkeypatch: pytest.MonkeyPatch, user: str
) -> None:
    monkeypatch.setenv("ASKBACK_TZ", user)
    monkeypatch.setenv("COLUMNS", "250")  # tables wide enough that no cell folds
    url = database_url
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    local = (datetime.now(berlin) + timedelta(days=3)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    cli(url, "opportunity", "add", "Acme", "DS")
    run = cli(
        url,
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--at",
        f"{local:%Y-%m-%d %H:%M}",
        "--tz",
        "Europe/Berlin",
    )
    expected = _expected(local.astimezone(UTC), user, "Europe/Berlin")
    assert expected in run.output
    views = [
        ("today",),
        ("interview", "list"),
        ("interview", "show", "1"),
        ("opportunity", "show", "acme"),
    ]
    for args in views:
        out = cli(url, *args).output
        assert expected in out, (args, out)
    assert expected in cli(url, "export", "markdown", "acme").output
    # The user's zone decides which calendar day the agenda calls "today".
    today = json.loads(cli(url, "today", "--json").output)
    assert today["day"] == datetime.now(zoneinfo.ZoneInfo(user)).date().isoformat()


def test_the_zone_setting_is_saved_and_shown(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASKBACK_TZ")
    monkeypatch.setenv("TZ", "UTC")
    run = cli(database_url, "settings", "timezone", "Asia/Kolkatta")
    assert run.code == 1 and "did you mean 'Asia/Kolkata'" in run.error
    assert cli(database_url, "settings", "timezone", "Asia/Kolkata").code == 0
    cli(database_url, "opportunity", "add", "Acme", "DS")
    cli(
        database_url,
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--at",
        "2030-01-01 09:00",
        "--tz",
        "UTC",
    )
    # Typed in UTC, shown in the saved zone first, with its own zone after.
    monkeypatch.setenv("COLUMNS", "250")
    assert "2030-01-01 14:30 IST (09:00 UTC UTC)" in cli(database_url, "interview", "list").output
    assert "Asia/Kolkata" in cli(database_url, "settings", "show").output
    assert cli(database_url, "settings", "timezone", "--reset").code == 0
    assert "UTC (from this machine)" in cli(database_url, "settings", "show").output


def _contacts(url: str) -> list[str]:
    return sorted(c["name"] for c in json.loads(cli(url, "contact", "list", "--json").output))


def test_a_near_miss_name_is_refused_not_added(database_url: str) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    cli(url, "contact", "add", "Sofia Alvarez")
    before = snapshot(url)
    run = cli(url, "interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvares")
    assert run.code == 1
    assert "did you mean 'Sofia Alvarez' (#1)?" in run.error and "--yes" in run.error
    assert snapshot(url) == before  # no interview, no contact
    # Said plainly with --yes: the new name is added, and the output says so.
    run = cli(
        url, "interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvares", "--yes"
    )
    assert run.code == 0 and "new contact: Sofia Alvares" in run.output
    assert _contacts(url) == ["Sofia Alvares", "Sofia Alvarez"]


def test_with_splits_like_every_other_list(database_url: str) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    run = cli(url, "interview", "add", "acme", "--stage", "team", "--with", "Ana Ruiz, Ben Okafor")
    assert run.code == 0, run.error
    run = cli(
        url,
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--with",
        '"Smith, Jr."',
        "--with",
        "ana ruiz",
    )
    assert run.code == 0, run.error
    assert _contacts(url) == ["Ana Ruiz", "Ben Okafor", "Smith, Jr."]
    people = json.loads(cli(url, "interview", "list", "--json").output)
    assert [sorted(i["contacts"]) for i in people] == [
        ["Ana Ruiz", "Ben Okafor"],
        ["Ana Ruiz", "Smith, Jr."],
    ]
    # `interview edit --with` and `plan --with` read the same list the same way.
    assert cli(url, "interview", "edit", "1", "--with", 'Ben Okafor,"Smith, Jr."').code == 0
    one = json.loads(cli(url, "interview", "show", "1", "--json").output)
    assert sorted(one["contacts"]) == ["Ben Okafor", "Smith, Jr."]
    assert cli(url, "plan", "acme", "--with", "peer, Ana Ruiz", "--json").code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("opportunity", "show", "Acne"), "did you mean 'Acme'?"),
        (("opportunity", "status", "acme", "offerr"), "did you mean 'offer'?"),
        (("interview", "add", "acme", "--stage", "tem"), "did you mean 'team'?"),
        (
            ("interview", "add", "acme", "--stage", "team", "--tz", "Europe/Berln"),
            "did you mean 'Europe/Berlin'?",
        ),
        (("contact", "show", "Sofia Alvares"), "did you mean 'Sofia Alvarez'?"),
        (("questions", "--dimension", "growht"), "did you mean 'growth'?"),
        (("questions", "--audience", "recruter"), "did you mean 'recruiter'?"),
        (("plan", "acme", "--with", "recruter"), "did you mean 'recruiter'?"),
        (("plan", "acme", "--with", "peer", "--stage", "finl"), "did you mean 'final'?"),
        (("answer", "list", "--contact", "Sofia Alvares"), "did you mean 'Sofia Alvarez'?"),
    ],
)
def test_a_name_that_misses_gets_a_suggestion(
    database_url: str, args: tuple[str, ...], message: str
) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    cli(url, "contact", "add", "Sofia Alvarez")
    before = snapshot(url)
    run = cli(url, *args)
    assert run.code != 0
    assert message in run.error, run.error
    assert snapshot(url) == before


def test_a_near_miss_in_a_notes_file_saves_nothing(database_url: str, tmp_path: Path) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    cli(url, "contact", "add", "Sofia Alvarez")
    notes = tmp_path / "notes.md"
    notes.write_text(
        "---\nopportunity: Acme\nstage: team\ncontacts: Ben Okafor, Sofia Alvares\n---\n"
        "## grow-001\nrating: 4\n\nok\n",
        encoding="utf-8",
    )
    before = snapshot(url)
    run = cli(url, "log", "--from", str(notes))
    assert run.code == 1
    assert run.error.startswith(f"error: {notes}: no contact is named 'Sofia Alvares'")
    assert "did you mean 'Sofia Alvarez' (#1)?" in run.error
    assert snapshot(url) == before
