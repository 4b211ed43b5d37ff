"""What the web app is told at start: database, bank, where it listens and who may reach it."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from askback.config import Settings

# An access token guards every request from other machines: long and varied enough not to guess.
MIN_TOKEN_LENGTH = 16
MIN_TOKEN_DISTINCT = 8
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def is_local(host: str) -> bool:
    """True for a loopback name or address: only this machine can connect."""
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_problem(token: str) -> str | None:
    """Why an access token is too weak to guard the app, or None when it will do."""
    if len(token) < MIN_TOKEN_LENGTH:
        return (
            f"--token: an access token needs at least {MIN_TOKEN_LENGTH} characters "
            f"(this one has {len(token)}); leave --token out and askback makes a random one"
        )
    if len(set(token)) < MIN_TOKEN_DISTINCT:
        return (
            f"--token: an access token needs at least {MIN_TOKEN_DISTINCT} different characters; "
            "leave --token out and askback makes a random one"
        )
    if any(c.isspace() or not c.isprintable() for c in token):
        return "--token: an access token cannot hold spaces or control characters"
    return None


@dataclass(frozen=True)
class WebConfig:
    """Everything the app factory needs; built by `askback serve` or by a test."""

    settings: Settings = field(default_factory=Settings)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    # Required on every request when set: a non-local bind is reachable by other machines.
    token: str | None = None
    # Extra Host header values accepted besides the loopback names and the bound address.
    allowed_hosts: tuple[str, ...] = ()
    # Signs the CSRF tokens; a fixed one keeps open tabs working across a restart.
    secret: str = field(default_factory=lambda: secrets.token_hex(32))
    owner: str = "local"
    # Build the slow pages once in the background right after start-up (see web/warmup.py).
    warm_up: bool = True

    def __post_init__(self) -> None:
        from askback.errors import InputError

        problem = token_problem(self.token) if self.token is not None else None
        if problem is not None:
            raise InputError(problem)

    @property
    def database_url(self) -> str:
        return self.settings.database_url

    @property
    def bank_paths(self) -> tuple[Path, ...]:
        return self.settings.all_bank_paths()

    def host_names(self) -> frozenset[str]:
        """Host header names (without port) this server answers to."""
        names = set(LOCAL_HOSTS) | {h.lower() for h in self.allowed_hosts}
        if self.host not in ("0.0.0.0", "::"):
            names.add(self.host.lower())
        return frozenset(names)
