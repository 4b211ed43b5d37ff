"""One clear line instead of a traceback: bad --db, files in the way, damaged backups, full disks.

Each case runs the real `askback` program and checks: exit 1, one `error:` line naming the
problem, no traceback, the data as it was, and no stray or partial file left behind.
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from askback.app import Workspace, opportunities
from askback.store import engine
from tests.integration.tracker.helpers import cli, snapshot

ASKBACK = str(Path(sys.executable).with_name("askback"))
PG = "postgresql+psycopg://postgres@127.0.0.1"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ASKBACK, *args], capture_output=True, text=True, check=False, cwd=cwd, timeout=120
    )


def one_line(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """The single error line; fails on a traceback, a second line, or exit 0."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture
def filled(database_url: str) -> str:
    with Workspace.open(database_url) as ws:
        opportunities.add(ws, company="Acme", role="DS", notes='He said "no"\nthen yes')
        opportunities.add(ws, company="Globex", role="ML")
    return database_url


def test_db_naming_a_folder(tmp_path: Path) -> None:
    one_line(run("--db", f"sqlite:///{tmp_path}", "opportunity", "list"), str(tmp_path), "folder")
    one_line(run("--db", str(tmp_path), "opportunity", "list"), "folder")


@pytest.mark.parametrize("where", ["/proc/askback.sqlite3", "/proc/self/askback.sqlite3"])
def test_db_under_proc(where: str) -> None:
    one_line(run("--db", f"sqlite:///{where}", "opportunity", "list"), where)


def test_db_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just text\n" * 100, encoding="utf-8")
    one_line(run("--db", f"sqlite:///{path}", "opportunity", "list"), "not a SQLite database")
    assert path.read_text(encoding="utf-8") == "just text\n" * 100


@pytest.mark.postgres
def test_unreachable_postgresql_fails_fast() -> None:
    done = run("--db", f"{PG}:1/x", "opportunity", "list")
    one_line(done, "cannot reach the PostgreSQL server at 127.0.0.1:1")


@pytest.mark.postgres
def test_missing_postgresql_database(pg_database: str) -> None:
    done = run("--db", f"{PG}:5432/askback_no_such_db_zz", "opportunity", "list")
    one_line(done, "'askback_no_such_db_zz' does not exist", "createdb")


def test_export_json_to_a_folder(filled: str, tmp_path: Path) -> None:
    before = snapshot(filled)
    folder = tmp_path / "out"
    folder.mkdir()
    one_line(run("--db", filled, "export", "json", "--out", str(folder)), "is a folder")
    assert list(tmp_path.glob("*.partial")) == [] and list(folder.iterdir()) == []
    assert snapshot(filled) == before


def test_export_csv_to_an_existing_file(filled: str, tmp_path: Path) -> None:
    target = tmp_path / "taken.txt"
    target.write_text("mine", encoding="utf-8")
    one_line(run("--db", filled, "export", "csv", "--out", str(target)), "is a file")
    assert target.read_text(encoding="utf-8") == "mine"


def test_files_askback_writes_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new" / "askback.sqlite3"
    url = f"sqlite:///{db}"
    assert run("--db", url, "opportunity", "add", "Acme", "DS").returncode == 0
    backup = run("--db", url, "backup", "--json", "--out", str(tmp_path / "b.sqlite3")).stdout
    written = [db, Path(json.loads(backup)["path"])]
    assert run("--db", url, "export", "json", "--out", str(tmp_path / "e.json")).returncode == 0
    assert run("--db", url, "export", "csv", "--out", str(tmp_path / "csv")).returncode == 0
    out = tmp_path / "dossier.md"
    assert run("--db", url, "export", "markdown", "acme", "--out", str(out)).returncode == 0
    written += [tmp_path / "e.json", out, *sorted((tmp_path / "csv").iterdir())]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((tmp_path / "csv").stat().st_mode) == 0o700
    assert list(tmp_path.rglob("*.partial")) == []


def _damaged(source: Path, tmp_path: Path) -> dict[str, Path]:
    data = source.read_bytes()
    cases = {
        "cut-short": data[: len(data) // 3 + 100],
        "header": b"\x00" * 16 + data[16:],
        "middle": data[:4096] + b"\xff" * 8192 + data[12288:],
    }
    out = {}
    for name, content in cases.items():
        path = tmp_path / f"{name}.sqlite3"
        path.write_bytes(content)
        out[name] = path
    return out


def test_restore_of_a_damaged_sqlite_file_says_so(filled: str, tmp_path: Path) -> None:
    backup = tmp_path / "good.sqlite3"
    with Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}") as ws:
        opportunities.add(ws, company="Initech", role="Analyst")
    assert (
        run(
            "--db", f"sqlite:///{tmp_path / 'other.sqlite3'}", "backup", "--out", str(backup)
        ).returncode
        == 0
    )
    before = snapshot(filled)
    for name, path in _damaged(backup, tmp_path).items():
        line = one_line(run("--db", filled, "restore", "--yes", str(path)), str(path))
        assert "JSON" not in line.replace("JSON export", ""), (name, line)
        assert "damaged" in line, (name, line)
    assert snapshot(filled) == before


def test_a_writer_waiting_too_long_is_told_another_askback_is_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "askback.sqlite3"
    url = f"sqlite:///{db}"
    with Workspace.open(url) as ws:
        opportunities.add(ws, company="Acme", role="DS")
    before = snapshot(url)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 500)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        done = cli(url, "opportunity", "add", "Globex", "ML")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.code == 1
    assert "another askback is writing to" in done.error and str(db) in done.error
    assert snapshot(url) == before


# --- a full disk: a small tmpfs mounted in a private mount namespace (no root needed) ---


def _tmpfs_works() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return None if probe.returncode == 0 else "cannot mount a tmpfs in a user namespace here"


needs_tmpfs = pytest.mark.skipif(_tmpfs_works() is not None, reason=str(_tmpfs_works()))


def on_full_disk(size_kb: int, mount: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script with a tmpfs of `size_kb` on `mount`; $A is askback."""
    mount.mkdir(exist_ok=True)
    return subprocess.run(
        [
            "unshare", "-rm", "sh", "-c",
            f'mount -t tmpfs -o size={size_kb}k tmpfs "$1" && A="$2" && {script}',
            "sh", str(mount), ASKBACK,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )  # fmt: skip


def _big(url: str) -> None:
    with Workspace.open(url) as ws:
        for i in range(12):
            opportunities.add(ws, company=f"Firm {i}", role="DS", notes="words " * 5000)


@needs_tmpfs
@pytest.mark.parametrize(
    ("command", "kind"),
    [("export json --out $M/e.json", "file"), ("export csv --out $M/csv", "folder")],
)
def test_export_on_a_full_disk(tmp_path: Path, command: str, kind: str) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    _big(url)
    before = snapshot(url)
    mount = tmp_path / "full"
    done = on_full_disk(
        64, mount, f'M="$1"; $A --db {url} {command}; echo "rc=$?" >&2; ls -A "$M" >&2'
    )
    lines = done.stderr.splitlines()
    assert lines[0].startswith("error: ") and "no space left on the disk" in lines[0], done.stderr
    assert "nothing was written" in lines[0]
    assert lines[1] == "rc=1"
    # Nothing is left on the full disk but an empty folder for the CSV files.
    assert lines[2:] == (["csv"] if kind == "folder" else []), done.stderr
    assert snapshot(url) == before


@needs_tmpfs
def test_backup_on_a_full_disk(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    _big(url)
    done = on_full_disk(
        64,
        tmp_path / "full",
        f'$A --db {url} backup --out "$1/b.sqlite3"; echo "rc=$?" >&2; ls -A "$1" >&2',
    )
    lines = done.stderr.splitlines()
    assert "the backup failed (no space left on the disk); nothing was written" in lines[0]
    assert lines[1:] == ["rc=1"], done.stderr


@needs_tmpfs
@pytest.mark.parametrize("kind", ["csv", "json"])
def test_import_on_a_full_disk_changes_nothing(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "askback.sqlite3"
    _big(f"sqlite:///{db}")
    if kind == "csv":
        source = tmp_path / "more.csv"
        rows = "".join(f'New {i},DS,"{"more " * 3000}"\n' for i in range(40))
        source.write_text("company,role,notes\n" + rows, encoding="utf-8")
        command = f"import csv {source}"
    else:
        other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
        with Workspace.open(other) as ws:
            for i in range(40):
                opportunities.add(ws, company=f"New {i}", role="DS", notes="more " * 3000)
        source = tmp_path / "more.json"
        assert run("--db", other, "export", "json", "--out", str(source)).returncode == 0
        command = f"import json {source} --merge"
    size_kb = db.stat().st_size // 1024 + 200
    script = (
        f'cp {db} "$1/db.sqlite3" && $A --db "sqlite:///$1/db.sqlite3" {command}; '
        f'echo "rc=$?" >&2; $A --db "sqlite:///$1/db.sqlite3" export json >&2'
    )
    done = on_full_disk(size_kb, tmp_path / "full", script)
    lines = done.stderr.splitlines()
    assert lines[0].startswith("error: no space left on the disk that holds"), done.stderr
    assert "nothing was changed" in lines[0] and lines[1] == "rc=1"
    after = json.loads("\n".join(lines[2:]))
    assert sorted(o["company"] for o in after["opportunities"]) == sorted(
        o["company"] for o in snapshot(f"sqlite:///{db}")["opportunities"]
    )


@needs_tmpfs
def test_restore_on_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    small = tmp_path / "small.sqlite3"
    with Workspace.open(f"sqlite:///{small}") as ws:
        opportunities.add(ws, company="Small", role="DS")
    big = tmp_path / "big.sqlite3"
    _big(f"sqlite:///{tmp_path / 'bigsource.sqlite3'}")
    assert (
        run(
            "--db", f"sqlite:///{tmp_path / 'bigsource.sqlite3'}", "backup", "--out", str(big)
        ).returncode
        == 0
    )
    size_kb = small.stat().st_size * 2 // 1024 + 100
    script = (
        f'cp {small} "$1/db.sqlite3" && $A --db "sqlite:///$1/db.sqlite3" restore --yes {big}; '
        f'echo "rc=$?" >&2; $A --db "sqlite:///$1/db.sqlite3" opportunity list --json >&2'
    )
    done = on_full_disk(size_kb, tmp_path / "full", script)
    lines = done.stderr.splitlines()
    assert lines[0].startswith("error: ") and "no space left on the disk" in lines[0], done.stderr
    assert "unchanged" in lines[0] or "nothing was" in lines[0]
    assert lines[1] == "rc=1"
    assert '"Small"' in "\n".join(lines[2:])


# --- a file size limit (RLIMIT_FSIZE): runs everywhere, also where no tmpfs can be mounted ---


def _limited(limit: int) -> Callable[[], None]:
    def apply() -> None:
        # Python ignores SIGXFSZ, so a write over the limit fails with EFBIG instead of killing.
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize(
    ("command", "leftover"),
    [
        (["export", "json", "--out", "{out}/e.json"], []),
        (["export", "csv", "--out", "{out}/csv"], ["csv"]),
        (["backup", "--out", "{out}/b.sqlite3"], []),
        (["export", "markdown", "Firm 1", "--out", "{out}/d.md"], []),
    ],
    ids=["export-json", "export-csv", "backup", "export-markdown"],
)
def test_a_file_size_limit_leaves_no_partial_file(
    tmp_path: Path, command: list[str], leftover: list[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    _big(url)
    with sqlite3.connect(tmp_path / "askback.sqlite3") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(url)
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(out=out) for a in command]
    done = subprocess.run(
        [ASKBACK, "--db", url, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        preexec_fn=_limited(20_000),
    )
    # SQLite reports the refused write as a disk I/O error; askback's own writes name it.
    line = one_line(done, "nothing was written")
    assert "larger than this system allows" in line or "backup failed (disk I/O" in line, line
    assert sorted(p.name for p in out.iterdir()) == leftover
    assert all(not any(p.iterdir()) for p in out.iterdir() if p.is_dir())
    assert snapshot(url) == before
