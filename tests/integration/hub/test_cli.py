"""`askback hub migrate` and `askback hub user ...` as a person runs them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from askback.hub.migrate import HEAD

pytestmark = pytest.mark.postgres


def hub(*args: str, url: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASKBACK_HUB_DB": url}
    return subprocess.run(
        [sys.executable, "-c", "from askback.cli import main; main()", "hub", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_migrate_create_reset(pg_url: str) -> None:
    first = hub("migrate", url=pg_url)
    assert first.returncode == 0 and f"none -> {HEAD}" in first.stdout
    assert "up to date" in hub("migrate", url=pg_url).stdout
    created = hub(
        "user",
        "create",
        "Admin@Example.org",
        "--role",
        "admin",
        url=pg_url,
        stdin="a strong admin passphrase\n",
    )
    assert created.returncode == 0, created.stderr
    assert "created admin admin@example.org" in created.stdout
    assert "a strong admin passphrase" not in created.stdout + created.stderr
    twice = hub("user", "create", "admin@example.org", url=pg_url, stdin="another passphrase 1\n")
    assert twice.returncode == 1 and "exists already" in twice.stderr
    weak = hub("user", "create", "weak@example.org", url=pg_url, stdin="short\n")
    assert weak.returncode == 1 and "at least 10" in weak.stderr
    code = hub("user", "reset-password", "admin@example.org", url=pg_url)
    assert code.returncode == 0 and len(code.stdout.strip()) == 23
    unknown = hub("user", "reset-password", "nobody@example.org", url=pg_url)
    assert unknown.returncode == 1 and "no account" in unknown.stderr


def test_serve_refuses_an_unmigrated_database(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = hub("serve", url=pg_url)
    # No secret set: the first problem named is the missing secret; then the schema.
    assert out.returncode == 1 and "ASKBACK_HUB_SECRET" in out.stderr
    monkeypatch.setenv("ASKBACK_HUB_SECRET", "x" * 40)
    out = hub("serve", url=pg_url)
    assert out.returncode == 1 and "askback hub migrate" in out.stderr


def test_the_admin_commands_print_json(pg_url: str) -> None:
    import json

    migrated = json.loads(hub("migrate", "--json", url=pg_url).stdout)
    assert migrated["from"] is None and migrated["to"] == HEAD
    assert json.loads(hub("migrate", "--json", url=pg_url).stdout)["from"] == HEAD
    created = hub(
        "user",
        "create",
        "mod@example.org",
        "--role",
        "moderator",
        "--json",
        url=pg_url,
        stdin="a strong moderator passphrase\n",
    )
    assert created.returncode == 0, created.stderr
    record = json.loads(created.stdout)
    assert record["email"] == "mod@example.org" and record["role"] == "moderator"
    assert isinstance(record["id"], int)
    reset = json.loads(
        hub("user", "reset-password", "mod@example.org", "--json", url=pg_url).stdout
    )
    assert reset["email"] == "mod@example.org" and len(reset["code"]) == 23
    assert reset["valid_hours"] == 24
