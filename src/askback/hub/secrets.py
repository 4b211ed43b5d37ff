"""Passwords (argon2id) and random tokens, which the database only ever sees hashed."""

from __future__ import annotations

import hashlib
import hmac
import secrets as _random
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from askback.errors import InputError

MIN_PASSWORD = 10
MAX_PASSWORD = 200
SESSION_PREFIX = "hs_"
API_PREFIX = "abh_"


# The cost of new hashes, set from the hub's settings when it opens (one per process).
_COST = {"memory_cost": 65536, "time_cost": 3}


def configure(memory_kib: int, time_cost: int) -> None:
    """Use this argon2id cost for new hashes; stored hashes keep theirs."""
    _COST.update(memory_cost=memory_kib, time_cost=time_cost)
    hasher.cache_clear()


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    return PasswordHasher(memory_cost=_COST["memory_cost"], time_cost=_COST["time_cost"])


def password_problem(password: str) -> str | None:
    """Why a new password will not do, or None."""
    if len(password) < MIN_PASSWORD:
        return f"password: use at least {MIN_PASSWORD} characters (a few words work well)"
    if len(password) > MAX_PASSWORD:
        return f"password: at most {MAX_PASSWORD} characters"
    if len(set(password)) < 4:
        return "password: use at least 4 different characters"
    return None


def hash_password(password: str) -> str:
    problem = password_problem(password)
    if problem is not None:
        raise InputError(problem)
    return hasher().hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hasher().hash("not-a-real-password-" + _random.token_hex(8))


def verify_password(stored: str | None, password: str) -> bool:
    """True when password matches; an unknown account costs the same time as a known one."""
    try:
        return hasher().verify(stored or _dummy_hash(), password[:MAX_PASSWORD]) and bool(stored)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token(prefix: str = "") -> str:
    """A random token of 256 bits, URL-safe."""
    return prefix + _random.token_urlsafe(32)


def new_code() -> str:
    """A one-time code a person can type: four groups of five letters and digits."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    raw = "".join(_random.choice(alphabet) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256 (the token itself has 256 random bits)."""
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
