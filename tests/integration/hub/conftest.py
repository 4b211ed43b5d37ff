"""Hub tests run on real PostgreSQL (one schema per module) against a hub on real HTTP."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest

from tests.integration.hub.server import HubServer, running_hub

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_module_url(pg_database: str) -> Iterator[str]:
    """A fresh schema for the module (the hub migrates it once)."""
    import psycopg

    schema = f"hub_{uuid.uuid4().hex[:12]}"
    plain = pg_database.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{pg_database}?options=-csearch_path%3D{schema}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '5s'")
        with contextlib.suppress(psycopg.errors.LockNotAvailable):
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="module")
def hub_server(pg_module_url: str) -> Iterator[HubServer]:
    with running_hub(pg_module_url) as server:
        yield server
