"""Fixtures of the bank tests: a private cache folder and a user's folder of questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "data" / "bank"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ASKBACK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def user_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(DATA / "custom.yaml", folder / "custom.yaml")
    return folder
