"""The evidence tests run on the shared fresh-workspace fixture (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from askback.app import Workspace


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    return workspace
