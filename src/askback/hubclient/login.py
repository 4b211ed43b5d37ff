"""Where the hub sign-in is kept: a small JSON file in the user's config directory, mode 0600."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from askback.errors import AskbackError

ENV_CONFIG_DIR = "ASKBACK_CONFIG_DIR"
FILE_NAME = "hub.json"


def config_dir() -> Path:
    """ASKBACK_CONFIG_DIR, else ASKBACK_HOME (which moves all of askback's files), else the
    platform's config directory for askback."""
    from askback.config import ENV_HOME

    override = os.environ.get(ENV_CONFIG_DIR) or os.environ.get(ENV_HOME)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("askback", appauthor=False))


def login_file() -> Path:
    return config_dir() / FILE_NAME


@dataclass(frozen=True)
class Login:
    """A hub sign-in: the hub's address, the account, and its bearer token (abh_...)."""

    url: str
    email: str
    token: str
    token_id: int

    def redacted(self) -> dict[str, object]:
        """What status prints: everything but the token."""
        return {"url": self.url, "email": self.email, "token_id": self.token_id}


def load() -> Login | None:
    """The saved sign-in, or None; a damaged file is an error that says how to start over."""
    path = login_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AskbackError(f"{path}: cannot read the hub sign-in ({exc.strerror})") from None
    try:
        data = json.loads(raw)
        login = Login(
            url=str(data["url"]),
            email=str(data["email"]),
            token=str(data["token"]),
            token_id=int(data["token_id"]),
        )
    except (ValueError, KeyError, TypeError):
        raise AskbackError(
            f"{path}: the hub sign-in is damaged; run `askback hub logout` and log in again"
        ) from None
    return login


def save(login: Login) -> Path:
    """Write the sign-in atomically, readable by this user only (0600 from the start)."""
    path = login_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    # O_EXCL after removing a stale temp file: the token never sits in a file others can read.
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(login), out)
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


def forget() -> bool:
    """Remove the saved sign-in; True when there was one."""
    path = login_file()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def required() -> Login:
    found = load()
    if found is None:
        raise AskbackError("not signed in to a hub; run `askback hub login URL` first")
    return found
