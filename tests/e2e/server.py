"""A real askback server for tests: `askback serve` in a subprocess on a free port."""

from __future__ import annotations

import functools
import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

START_TIMEOUT_S = 60


@functools.cache
def tls() -> ssl.SSLContext:
    """One TLS context for every test client in this process.

    httpx builds a new one for each client, loading the whole CA bundle (0.05 to 0.15 s each,
    more on a loaded machine), though the servers under test speak plain HTTP on loopback.
    """
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    url: str
    port: int
    home: Path
    database: Path

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, verify=tls(), **kwargs)  # type: ignore[arg-type]


@contextmanager
def running_server(home: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """Start `askback serve` with its data in `home` and a fresh SQLite file; stop it after."""
    port = free_port()
    database = home / "askback-test.sqlite3"
    environment = {
        **os.environ,
        "ASKBACK_HOME": str(home),
        "ASKBACK_DATABASE_URL": f"sqlite:///{database}",
        "PYTHONUNBUFFERED": "1",
        # Times show in the user's zone: pin it, so that pages read the same on every machine.
        "ASKBACK_TZ": "UTC",
        **(env or {}),
    }
    log = (home / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from askback.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--no-browser",
            *args,
        ],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        with httpx.Client(timeout=2, verify=tls()) as probe:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"askback serve exited with {proc.returncode}:\n"
                        + (home / "server.log").read_text()
                    )
                try:
                    if probe.get(f"{url}/static/app.css").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("askback serve did not start in time")
                time.sleep(0.05)
        yield Server(url, port, home, database)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
