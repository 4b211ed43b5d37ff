"""Migrations: HEAD matches Alembic, the models match the migrations, newer is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from askback.app import Workspace
from askback.store import migrate, revision
from askback.store.engine import make_engine, writer
from askback.store.migrate import HEAD, SchemaError, current_revision, ensure_schema


def test_head_constant_is_alembic_head() -> None:
    heads = migrate.script_directory().get_heads()
    assert heads == [HEAD]


def test_models_and_migrations_agree(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from askback.store.models import Base

    engine = make_engine(database_url)
    try:
        ensure_schema(engine, database_url)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        engine.dispose()


def test_fresh_database_is_migrated_without_backup(database_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url, backup_dir=tmp_path / "b") as ws:
        assert ws.migration is not None
        assert ws.migration.from_revision is None
        assert ws.migration.backup is None
        assert current_revision(ws.engine) == HEAD
    with Workspace.open(database_url) as again:
        assert again.migration is None
    assert not (tmp_path / "b").exists()


def test_database_from_a_newer_askback_is_refused(database_url: str) -> None:
    with Workspace.open(database_url) as ws, writer(ws.engine).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaError, match="newer askback") as info:
        Workspace.open(database_url)
    assert "9999_future" in str(info.value)
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == "9999_future"
    finally:
        engine.dispose()


# A revision after the real head, so these tests keep working as migrations are added.
NEXT = "9001"
NEXT_REVISION = f'''
"""A test revision: one more column."""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("opportunities") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
    {{fail}}


def downgrade() -> None:
    pass
'''


def _with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = NEXT_REVISION.replace("{fail}", "raise RuntimeError('boom')" if fail else "pass")
    (scripts / "versions" / f"{NEXT}_test.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD", NEXT)
    # The quick check that lets a current SQLite file skip SQLAlchemy reads the same head.
    monkeypatch.setattr(revision, "HEAD", NEXT)


def _add_one(url: str) -> None:
    from askback.app import opportunities

    with Workspace.open(url) as ws:
        opportunities.add(ws, company="Acme", role="Data Scientist")


def test_upgrade_takes_a_backup_first(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database_url.startswith("postgresql") and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    _add_one(database_url)
    _with_next_revision(tmp_path, monkeypatch, fail=False)
    with Workspace.open(database_url, backup_dir=tmp_path / "backups") as ws:
        assert ws.migration is not None
        assert (ws.migration.from_revision, ws.migration.to_revision) == (HEAD, NEXT)
        backup = ws.migration.backup
        assert backup is not None and backup.exists() and backup.stat().st_size > 0
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT count(extra) FROM opportunities")).scalar() == 0
    if database_url.startswith("sqlite"):
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
            assert copy.execute("SELECT company FROM opportunities").fetchall() == [("Acme",)]


def test_failed_upgrade_changes_nothing(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database_url.startswith("postgresql"):
        monkeypatch.setattr(
            shutil, "which", lambda _name: None
        )  # no pg_dump: rely on the transaction
    _add_one(database_url)
    _with_next_revision(tmp_path, monkeypatch, fail=True)
    with pytest.raises(RuntimeError, match="boom"):
        Workspace.open(database_url, backup_dir=tmp_path / "backups")
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == HEAD
        with engine.connect() as conn:
            columns = [
                c["name"]
                for c in __import__("sqlalchemy").inspect(conn).get_columns("opportunities")
            ]
            assert "extra" not in columns
            assert conn.execute(text("SELECT company FROM opportunities")).scalars().all() == [
                "Acme"
            ]
    finally:
        engine.dispose()


def test_0002_adds_question_flags_to_an_existing_database(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from askback.app import questions

    if database_url.startswith("postgresql"):
        monkeypatch.setattr(shutil, "which", lambda _name: None)  # the upgrade, not pg_dump
    engine = make_engine(database_url)
    try:
        with writer(engine).begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0001")
            conn.execute(
                text(
                    "INSERT INTO custom_questions (owner, qid, text, dimensions, tags, audience, "
                    "stage, notes, created_at) VALUES ('local', 'my-old', 'An old question?', "
                    "'[\"growth\"]', '[]', '[]', '[]', '', '2025-01-01 10:00:00')"
                )
            )
    finally:
        engine.dispose()
    with Workspace.open(database_url, backup_dir=tmp_path / "backups") as ws:
        assert ws.migration is not None
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0001", HEAD)
        old = questions.get(ws, "my-old")
        assert (old.text, old.sensitive, old.research_first) == ("An old question?", False, False)
        questions.edit(ws, "my-old", sensitive=True)
        assert ws.bank.get("my-old").sensitive
        assert not ws.bank.get("my-old").research_first


def test_the_cli_reports_an_upgrade_and_its_backup_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with writer(engine).begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0001")
    finally:
        engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "askback", "--db", str(path), "opportunity", "list"],
        capture_output=True,
        text=True,
        check=True,
    )
    backups = list((tmp_path / "askback-backups").glob("old-before-0001-*.sqlite3"))
    assert len(backups) == 1
    assert done.stderr.count(backups[0].name) == 1, done.stderr
    assert "upgraded the database schema 0001" in " ".join(done.stderr.split())
