"""Where askback keeps its data and finds its bank: resolved once per command."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ENV_DATABASE_URL = "ASKBACK_DATABASE_URL"
ENV_BANK_PATH = "ASKBACK_BANK_PATH"
ENV_HOME = "ASKBACK_HOME"


def data_dir() -> Path:
    """The user's askback data directory (ASKBACK_HOME overrides platformdirs)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("askback", appauthor=False))


def user_bank_dir() -> Path:
    """Extra question files the user keeps: <data dir>/bank/*.yaml."""
    return data_dir() / "bank"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'askback.sqlite3'}"


def database_url(db: str | None = None) -> str:
    """A --db value (a file path or a URL), else ASKBACK_DATABASE_URL, else the default file."""
    value = db or os.environ.get(ENV_DATABASE_URL)
    if not value:
        return default_database_url()
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    """What a face resolved from its options and the environment."""

    db: str | None = None
    bank_paths: tuple[Path, ...] = field(default_factory=tuple)
    lang: str = "en"

    @property
    def database_url(self) -> str:
        return database_url(self.db)

    def all_bank_paths(self) -> tuple[Path, ...]:
        """--bank paths, then ASKBACK_BANK_PATH entries, then the user bank directory."""
        extra = [p for p in os.environ.get(ENV_BANK_PATH, "").split(os.pathsep) if p]
        paths = [*self.bank_paths, *(Path(p) for p in extra)]
        user = user_bank_dir()
        if user.is_dir():
            paths.append(user)
        return tuple(paths)


def settings_file() -> Path:
    """The user's settings (TOML): <data dir>/settings.toml."""
    return data_dir() / "settings.toml"


_read_cache: dict[tuple[str, int, int, int], dict[str, object]] = {}


def read_user_settings() -> dict[str, object]:
    """The saved settings; a missing or unreadable file reads as none (the defaults apply)."""
    import tomllib

    path = settings_file()
    try:
        st = path.stat()
        # A page formats many times: read the file again only when it has changed.
        key = (str(path), st.st_ino, st.st_mtime_ns, st.st_size)
        if key not in _read_cache:
            _read_cache.clear()
            _read_cache[key] = tomllib.loads(path.read_text(encoding="utf-8"))
        return dict(_read_cache[key])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def write_user_setting(key: str, value: str | None) -> Path:
    """Save one string setting (None removes it), keeping the others; returns the file."""
    import json

    values = {k: v for k, v in read_user_settings().items() if isinstance(v, str)}
    if value is None:
        values.pop(key, None)
    else:
        values[key] = value
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    # A JSON string is a valid TOML basic string for any text.
    body = "".join(
        f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in sorted(values.items())
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("# askback settings (askback settings --help)\n" + body, encoding="utf-8")
    tmp.replace(path)
    return path
