"""Talking to a hub over HTTP: strict time limits, a size cap read as a stream, one error line.

Every reply goes through `replies.parse` before anything uses it. A hub that is down, slow,
oversized, malformed or hostile ends in one HubError; callers write nothing until all the
replies they need have arrived and parsed.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx
from pydantic import BaseModel

from askback.hubclient.replies import HubError, error_detail, parse
from askback.i18n import N_

Model = TypeVar("Model", bound=BaseModel)

CONNECT_S = 5.0
READ_S = 10.0
TOTAL_FACTOR = 3.0  # a hub dripping bytes just inside READ_S apart still stops at 3 x READ_S
MAX_BYTES = 2 * 1024 * 1024
API = "/api/v1"
ENV_TIMEOUT = "ASKBACK_HUB_TIMEOUT"


def read_timeout() -> float:
    """Seconds to wait for the hub: ASKBACK_HUB_TIMEOUT (0.1 to 300), else READ_S."""
    import os

    raw = os.environ.get(ENV_TIMEOUT, "")
    if not raw:
        return READ_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 300:
        raise HubError(f"{ENV_TIMEOUT}={raw!r}: give seconds between 0.1 and 300")
    return value


def normalise_url(url: str) -> str:
    """A hub's base address, http(s) only, without a trailing slash or path tricks."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HubError(
            f"hub URL {url!r}: give an http:// or https:// address, e.g. https://hub.example.org"
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise HubError(f"hub URL {url!r}: give only scheme, host, port and path")
    return text.rstrip("/")


class HubClient:
    """One hub, one optional bearer token; use as a context manager."""

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        read_s: float | None = None,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.url = normalise_url(url)
        read_s = read_timeout() if read_s is None else read_s
        self.total_s = read_s * TOTAL_FACTOR
        self.max_bytes = max_bytes
        headers = {
            "accept": "application/json",
            "accept-encoding": "identity",
            "user-agent": "askback-hubclient",
        }
        if token:
            headers["authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.url,
            headers=headers,
            timeout=httpx.Timeout(read_s, connect=min(CONNECT_S, read_s)),
            follow_redirects=False,
            trust_env=False,
        )
        self._csrf: str | None = None

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def call(
        self,
        method: str,
        path: str,
        model: type[Model],
        *,
        body: Any = None,
        missing_ok: bool = False,
        csrf: bool = False,
    ) -> Model | None:
        """One request; the reply parsed as `model` (None for a 404 when `missing_ok`)."""
        where = f"{method} {self.url}{path}"
        status, raw = self._send(method, path, body, where, csrf)
        if status == 404 and missing_ok:
            return None
        if not 200 <= status < 300:
            detail = error_detail(raw)
            if status == 401:
                why = detail or "HTTP 401"
                raise HubError(
                    f"{where}: the hub refused the sign-in ({why}); "
                    "run `askback hub login URL` again"
                ).worded(
                    None,
                    N_(
                        "{where}: the hub refused the sign-in ({why}); sign in again with "
                        "“askback hub login URL”."
                    ),
                    where=where,
                    why=why,
                )
            reason = detail or "no reason given"
            raise HubError(f"{where}: the hub refused: {reason} (HTTP {status})").worded(
                None,
                N_("{where}: the hub refused: {reason} (HTTP {status})."),
                where=where,
                reason=reason,
                status=status,
            )
        return parse(model, raw, where)

    def csrf(self) -> str:
        """The session's CSRF token (needed before logging in with a password)."""
        from askback.hubclient.replies import CsrfReply

        if self._csrf is None:
            reply = self.call("GET", f"{API}/csrf", CsrfReply)
            assert reply is not None
            self._csrf = reply.token
        return self._csrf

    def _send(self, method: str, path: str, body: Any, where: str, csrf: bool) -> tuple[int, bytes]:
        headers = {"x-csrf-token": self.csrf()} if csrf else {}
        deadline = time.monotonic() + self.total_s
        try:
            with self._http.stream(method, path, json=body, headers=headers) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise self._too_big(where)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_big(where)
                    if time.monotonic() > deadline:
                        raise HubError(
                            f"{where}: the hub is too slow (no full answer in {self.total_s:g} s)"
                        ).worded(
                            None,
                            N_("{where}: the hub is too slow (no full answer in {seconds} s)."),
                            where=where,
                            seconds=f"{self.total_s:g}",
                        )
                    chunks.append(chunk)
                encoding = response.headers.get("content-encoding", "identity").lower()
                if encoding not in ("", "identity"):
                    raise HubError(
                        f"{where}: the hub sent a compressed reply ({encoding[:20]!r}) "
                        "that was not asked for"
                    ).worded(
                        None,
                        N_("{where}: the hub sent a compressed reply that was not asked for."),
                        where=where,
                    )
                return response.status_code, b"".join(chunks)
        except httpx.TimeoutException:
            raise HubError(f"{where}: the hub did not answer in time; is it overloaded?").worded(
                None, N_("{where}: the hub did not answer in time; is it overloaded?"), where=where
            ) from None
        except httpx.ConnectError:
            raise HubError(
                f"{where}: cannot reach the hub; is the address right and the hub up?"
            ).worded(
                None,
                N_("{where}: cannot reach the hub; is the address right and the hub up?"),
                where=where,
            ) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            kind = type(exc).__name__
            raise HubError(f"{where}: the connection failed ({kind})").worded(
                None, N_("{where}: the connection failed ({kind})."), where=where, kind=kind
            ) from None

    def _too_big(self, where: str) -> HubError:
        limit = self.max_bytes // 1024
        return HubError(
            f"{where}: the hub's reply is larger than {limit} KiB; stopped reading"
        ).worded(
            None,
            N_("{where}: the hub’s reply is larger than {limit} KiB; stopped reading."),
            where=where,
            limit=limit,
        )


def quoted(segment: str) -> str:
    return quote(segment, safe="")
