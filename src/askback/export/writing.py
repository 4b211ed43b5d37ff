"""Writing the user's files safely: whole or not at all, readable by the owner only (0600)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from askback.errors import InputError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def problem(exc: OSError) -> str:
    """An OSError in a few words: a full disk says so plainly."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no space left on the disk"
    if exc.errno == errno.EFBIG:
        return "the file is larger than this system allows"
    return exc.strerror or str(exc)


def make_folder(folder: Path) -> None:
    """Create a folder (and its parents) for private files; a file in the way is an error."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file, not a folder; name a folder (or a new name)")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the folder ({problem(exc)})") from None


def create_private(path: Path) -> None:
    """Create an empty file with mode 0600 (or tighten an existing one's)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


@contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """A private `<path>.partial` to fill, renamed over `path` at the end, removed on any error.

    A failed write (a full disk, a crash in between) never leaves half a file or a stray copy.
    """
    if path.is_dir():
        raise InputError(f"{path}: is a folder; name a file to write, e.g. {path / 'askback.json'}")
    make_folder(path.parent)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(
            f"{path}: cannot write the file ({problem(exc)}); nothing was written"
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole or not at all, with mode 0600."""
    with partial_file(path) as partial, partial.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def write_all(folder: Path, files: Mapping[str, Callable[[], bytes]]) -> list[Path]:
    """Several private files in a folder; on any failure the files written so far go too."""
    make_folder(folder)
    written: list[Path] = []
    try:
        for name, render in files.items():
            written.append(write_private(folder / name, render()))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
