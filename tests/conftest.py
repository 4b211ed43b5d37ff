"""Shared fixtures: a temporary askback home for every test, and real databases.

`database_url` runs a test on SQLite and on PostgreSQL. PostgreSQL gets one fresh database
per test run (per xdist worker) on 127.0.0.1:5432 as user postgres, dropped at the end, and
one fresh schema in it per test. Without a reachable server those tests skip with the reason,
except with CI=true, where they fail: CI must run them.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from askback.app import Workspace

# No time limit on a Hypothesis example: how long a call takes is measured by the benchmarks
# (make bench), and a loaded CI machine made the default 200 ms limit fail tests at random.
settings.register_profile("askback", deadline=None)
settings.load_profile("askback")

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules holding a test marked slow run first, each module's tests together and in order.

    With `make test` (xdist's worksteal) the long tests then start early, and the many short
    ones fill in at the end, so that both workers finish at about the same time. Every worker
    sorts the same collection the same way, as xdist requires.
    """
    slow = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow)


@pytest.fixture(autouse=True)
def _askback_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own ASKBACK_HOME: nothing ever touches the real data directory."""
    home = tmp_path_factory.mktemp("askback-home")
    monkeypatch.setenv("ASKBACK_HOME", str(home))
    for name in ("ASKBACK_DATABASE_URL", "ASKBACK_BANK_PATH"):
        monkeypatch.delenv(name, raising=False)
    # Times show in the user's zone: pin it, so that expected output is the same on every machine.
    monkeypatch.setenv("ASKBACK_TZ", "UTC")
    # One bank cache for the run (it is keyed by content, so sharing is safe): each test and
    # each askback subprocess then loads the bank instead of parsing it again.
    monkeypatch.setenv("ASKBACK_CACHE_DIR", str(_shared_cache(tmp_path_factory)))
    return home


def _shared_cache(factory: pytest.TempPathFactory) -> Path:
    path = factory.getbasetemp() / "askback-cache"
    path.mkdir(exist_ok=True)
    return path


def _server_problem() -> str | None:
    import psycopg

    try:
        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3, autocommit=True
        ) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    return None


@pytest.fixture(scope="session")
def pg_database(worker_id: str) -> Iterator[str]:
    """A fresh PostgreSQL database for this test run (per xdist worker), dropped afterwards."""
    problem = _server_problem()
    if problem is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but PostgreSQL on 127.0.0.1:5432 is not reachable: {problem}")
        pytest.skip(
            f"PostgreSQL is not reachable on 127.0.0.1:5432 as user postgres ({problem}); "
            "start a server with trust authentication to run these tests (CI=true requires it)"
        )
    import psycopg

    name = f"askback_test_{worker_id}_{uuid.uuid4().hex[:10]}".replace("-", "_")
    admin = "postgresql://postgres@127.0.0.1:5432/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database: str) -> Iterator[str]:
    """A URL whose connections live in a fresh schema of the run's database."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = pg_database.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{pg_database}?options=-csearch_path%3D{schema}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '5s'")
        # A connection still open keeps the schema; the database is dropped at the end anyway.
        with contextlib.suppress(psycopg.errors.LockNotAvailable):
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def workspace(database_url: str) -> Iterator[Workspace]:
    """A migrated workspace on `database_url`, closed after the test."""
    from askback.app import Workspace

    ws = Workspace.open(database_url)
    try:
        yield ws
    finally:
        ws.close()
