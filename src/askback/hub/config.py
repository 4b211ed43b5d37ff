"""The hub's settings, read from the environment (ASKBACK_HUB_*) and checked at load."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from askback.errors import InputError

# Aggregates need at least this many distinct members; a smaller k is refused at load.
MIN_K = 3
DEFAULT_K = 5
MIN_SECRET_LENGTH = 32
MIN_PASSWORD_MEMORY_KIB = 7168
ENV_PREFIX = "ASKBACK_HUB_"


@dataclass(frozen=True)
class HubConfig:
    """Everything the hub app needs; `from_env` builds it for `askback hub serve`."""

    database_url: str
    # Signs CSRF tokens; every worker and host behind the proxy must share it.
    secret: str
    k: int = DEFAULT_K
    invite_only: bool = False
    # A member sees aggregates only after sharing one experience.
    give_to_get: bool = False
    # Cookies carry Secure unless the hub is reached over plain HTTP (a demo on loopback).
    secure_cookies: bool = True
    session_days: int = 30
    # After this many failed logins in a row the account is locked for lockout_minutes.
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    # Per client address and per email: attempts allowed in one rate window.
    login_attempts_per_window: int = 20
    signups_per_window: int = 10
    # Writes per account (shares, reports, tokens) in one rate window.
    writes_per_window: int = 60
    rate_window_s: int = 600
    allowed_hosts: tuple[str, ...] = field(default_factory=tuple)
    # argon2id cost of new password hashes (verifying reads the cost from the stored hash).
    # The defaults are argon2-cffi's, RFC 9106's low-memory profile: 64 MiB, 3 passes.
    password_memory_kib: int = 65536
    password_time_cost: int = 3
    # PostgreSQL connections each worker keeps open (as many more in a burst); a pool smaller
    # than the requests in flight makes a new connection, a process on the server, per request.
    db_pool: int = 10

    def __post_init__(self) -> None:
        if self.k < MIN_K:
            raise InputError(
                f"{ENV_PREFIX}K: k must be at least {MIN_K} (got {self.k}); smaller groups let "
                "one member's ratings be read back from the aggregate"
            )
        if self.password_memory_kib < MIN_PASSWORD_MEMORY_KIB:
            raise InputError(
                f"{ENV_PREFIX}PASSWORD_MEMORY_KIB: at least {MIN_PASSWORD_MEMORY_KIB} "
                f"(got {self.password_memory_kib}); less makes passwords cheap to guess"
            )
        if len(self.secret) < MIN_SECRET_LENGTH:
            raise InputError(
                f"{ENV_PREFIX}SECRET: needs at least {MIN_SECRET_LENGTH} characters "
                f"(got {len(self.secret)}); make one with `openssl rand -hex 32`"
            )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        need_secret: bool = True,
        **overrides: object,
    ) -> HubConfig:
        """Settings from ASKBACK_HUB_* variables; explicit overrides (CLI options) win."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        if "ASKBACK_HUB_DB" in env:
            values["database_url"] = env["ASKBACK_HUB_DB"]
        if "ASKBACK_HUB_SECRET" in env:
            values["secret"] = env["ASKBACK_HUB_SECRET"]
        for name, kind in _TYPED.items():
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is None or raw == "":
                continue
            values[name] = _parse(name, raw, kind)
        hosts = env.get("ASKBACK_HUB_ALLOWED_HOSTS")
        if hosts:
            values["allowed_hosts"] = tuple(h.strip().lower() for h in hosts.split(",") if h)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "database_url" not in values:
            raise InputError(
                "no hub database: pass --db postgresql+psycopg://USER@HOST/DB or set ASKBACK_HUB_DB"
            )
        if "secret" not in values and not need_secret:
            import secrets

            values["secret"] = secrets.token_hex(32)  # a command that signs nothing
        if "secret" not in values:
            raise InputError(
                "no hub secret: set ASKBACK_HUB_SECRET to a random string of at least "
                f"{MIN_SECRET_LENGTH} characters (`openssl rand -hex 32`), the same on every "
                "worker"
            )
        return cls(**values)  # type: ignore[arg-type]


_TYPED: dict[str, type] = {
    "k": int,
    "invite_only": bool,
    "give_to_get": bool,
    "secure_cookies": bool,
    "session_days": int,
    "max_failed_logins": int,
    "lockout_minutes": int,
    "login_attempts_per_window": int,
    "signups_per_window": int,
    "writes_per_window": int,
    "rate_window_s": int,
    "password_memory_kib": int,
    "password_time_cost": int,
    "db_pool": int,
}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _parse(name: str, raw: str, kind: type) -> object:
    variable = ENV_PREFIX + name.upper()
    text = raw.strip().lower()
    if kind is bool:
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise InputError(f"{variable}={raw!r}: expected one of 1/0, true/false, yes/no, on/off")
    try:
        value = int(text)
    except ValueError:
        raise InputError(f"{variable}={raw!r}: expected a whole number") from None
    if value < 1:
        raise InputError(f"{variable}={raw!r}: must be at least 1")
    return value
