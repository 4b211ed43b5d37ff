"""A validated bank and its search index, kept on disk between runs and keyed by their sources.

Parsing and validating the YAML bank and building its index cost more than everything else a
command does. The key is a hash of every file the result depends on (the shipped bank, its
translations, facts and synonyms, the user's question files, the bank's own code) and of the
versions of askback, Python and the libraries whose objects are stored, so an edit to any of
them is a miss. A cache that cannot be read or written is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ENV_CACHE_DIR = "ASKBACK_CACHE_DIR"
PACKAGE_DIR = Path(__file__).parent
# Bumped when the shape of what is stored changes without a version change.
FORMAT = "2"  # 2: the search index stores array.array, not NumPy arrays
_HASH_CHUNK = 1 << 20
# Libraries whose objects are pickled: another install of any of them is a miss.
_LIBRARIES = ("pydantic", "pydantic_core", "numpy")


def cache_dir() -> Path:
    """ASKBACK_CACHE_DIR, else <ASKBACK_HOME>/cache, else the user cache directory."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override)
    home = os.environ.get("ASKBACK_HOME")
    if home:
        return Path(home) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("askback", appauthor=False))


def _versions() -> str:
    from importlib.util import find_spec

    from askback import __version__

    parts = [FORMAT, __version__, sys.version]
    for name in _LIBRARIES:
        # The installed files' stamps, not importlib.metadata (slow) or an import (numpy: slow).
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            st = os.stat(origin)
            parts.append(f"{name}:{origin}:{st.st_size}:{st.st_mtime_ns}")
        else:
            parts.append(f"{name}:-")
    return "\n".join(parts)


def _shipped_sources(folders: Iterable[Path]) -> list[Path]:
    """Every file a load of the shipped bank reads or is shaped by, in a stable order."""
    files = [*PACKAGE_DIR.glob("*.yaml")]
    for folder in folders:
        files.extend(folder.rglob("*.yaml"))
    return sorted(files)


def _code_stamp() -> str:
    # An editable install changes code without a version bump: its validation rules count.
    parts = []
    # The compiled catalogs name the dimensions in every language, which the search index holds.
    catalogs = sorted((PACKAGE_DIR.parent / "locale").glob("*/LC_MESSAGES/*.mo"))
    for path in [*sorted(PACKAGE_DIR.glob("*.py")), *catalogs]:
        st = path.stat()
        parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def bank_key(user_files: Iterable[Path], shipped_folders: Iterable[Path]) -> str:
    """The hash of everything a bank load depends on; raises OSError when a file is unreadable.

    shipped_folders are the folders the loader reads the shipped questions and translations
    from (passed in, so that a loader pointed elsewhere is keyed by what it reads).
    """
    h = hashlib.sha256()
    h.update(_versions().encode())
    h.update(_code_stamp().encode())
    shipped = _shipped_sources(shipped_folders)
    for group, files in (("shipped", shipped), ("user", list(user_files))):
        for path in files:
            h.update(f"\0{group}\0{path}\0".encode())
            with path.open("rb") as fh:
                while chunk := fh.read(_HASH_CHUNK):
                    h.update(chunk)
    return h.hexdigest()


def files_key(paths: Iterable[Path | str]) -> str | None:
    """`bank_key` of the shipped bank plus the question files or folders in paths.

    None when a file cannot be read or a path is not a question file: the loader, run
    without a key, then says what is wrong.
    """
    from askback.bank.loader import QUESTIONS_DIR, TRANSLATIONS_DIR, yaml_files
    from askback.errors import BankError

    try:
        return bank_key(yaml_files([Path(p) for p in paths]), (QUESTIONS_DIR, TRANSLATIONS_DIR))
    except (OSError, BankError):
        return None


def derive_key(base: str, extra: str) -> str:
    """A key for something built from the keyed sources plus more (e.g. custom questions)."""
    return hashlib.sha256(f"{base}\0{extra}".encode()).hexdigest()


def read(kind: str, key: str) -> Any | None:
    """The object stored for (kind, key), or None when there is none or it cannot be read."""
    path = cache_dir() / f"{kind}-{key[:32]}.pickle"
    try:
        with path.open("rb") as fh:
            stored_key, value = pickle.load(fh)
    except Exception:
        # Missing, truncated, from another library version, unreadable: rebuild it.
        return None
    return value if stored_key == key else None


def write(kind: str, key: str, value: Any, *, keep: int = 3) -> None:
    """Store value for (kind, key) atomically, keeping the newest `keep` entries of the kind.

    A cache that cannot be written is skipped.
    """
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{kind}-{key[:32]}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder, kind, key[:32], keep)
    except Exception:
        return


def _prune(folder: Path, kind: str, current: str, keep: int) -> None:
    """Drop older entries of this kind: only the newest few sets of sources are worth keeping."""
    entries = sorted(
        (p for p in folder.glob(f"{kind}-*.pickle") if current not in p.name),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[keep:]:
        old.unlink(missing_ok=True)
