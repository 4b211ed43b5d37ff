"""The web app under load: 50 opportunities and 100,000 answers served to 20 concurrent clients.

A real `askback serve` (uvicorn, one process) runs on a free port; 20 asyncio clients, each with
its own cookies, request the dashboard, an opportunity page and the comparison. Latency is
measured at the client, so it includes the client's own CPU time on the same machine. Pages are
warmed first (one request each); the cold first request is reported as a note. The server
warms the dashboard, the default comparison and the live opportunities in the background at
start-up (askback.web.warmup), so "first after start" is the wait of a user who opens the
page as soon as the server answers.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Row,
    at_most,
    percentile,
    scratch_postgres_url,
    scratch_sqlite_url,
)

OPPORTUNITIES = 50
ANSWERS = 100_000
INTERVIEWS_PER_OPP = 10
CONTACTS_PER_OPP = 5
CLIENTS = 20
REQUESTS_PER_CLIENT = 25
DASHBOARD_TARGET_MS = 50.0
STATUSES = ("interviewing", "offer", "screening", "applied", "rejected")
AUDIENCES = ("hiring-manager", "peer", "peer", "leadership", "recruiter")
# The offers a user compares: a few sets of two to four live opportunities.
COMPARISONS = ((1, 2), (1, 2, 3), (2, 6, 7, 11), (3, 8))


def _sqlite() -> AbstractContextManager[str]:
    return scratch_sqlite_url()


def _postgres() -> AbstractContextManager[str]:
    return scratch_postgres_url("askback_bench_web_")


def _document() -> Any:
    """A workspace document: opportunities with interviews, contacts and many rated answers."""
    from askback.bank import load
    from askback.export.records import Document

    bank = load()
    by_dim: dict[str, list[str]] = {}
    for q in bank.questions:
        by_dim.setdefault(q.dimension.value, []).append(q.id)
    dims = sorted(by_dim)
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    rng = random.Random(7)
    opps, interviews, contacts, answers = [], [], [], []
    for o in range(1, OPPORTUNITIES + 1):
        opps.append(
            {
                "id": o,
                "company": f"Company {o:02d}",
                "role": "Data Scientist",
                "status": STATUSES[o % len(STATUSES)],
                "created_at": t0,
                "updated_at": t0,
            }
        )
        people = []
        for c in range(CONTACTS_PER_OPP):
            cid = (o - 1) * CONTACTS_PER_OPP + c + 1
            people.append(cid)
            contacts.append(
                {
                    "id": cid,
                    "name": f"Person {cid}",
                    "audience": AUDIENCES[c],
                    "opportunity_id": o,
                    "created_at": t0,
                    "updated_at": t0,
                }
            )
        for k in range(INTERVIEWS_PER_OPP):
            interviews.append(
                {
                    "id": (o - 1) * INTERVIEWS_PER_OPP + k + 1,
                    "opportunity_id": o,
                    "stage": "team",
                    "starts_at": t0 + timedelta(days=o + k),
                    "contact_ids": people,
                    "created_at": t0,
                    "updated_at": t0,
                }
            )
    for i in range(1, ANSWERS + 1):
        o = 1 + i % OPPORTUNITIES
        dim = dims[i % len(dims)]
        answers.append(
            {
                "id": i,
                "interview_id": (o - 1) * INTERVIEWS_PER_OPP + 1 + (i // OPPORTUNITIES) % 10,
                "contact_id": (o - 1) * CONTACTS_PER_OPP + 1 + i % CONTACTS_PER_OPP,
                "question_id": by_dim[dim][i % len(by_dim[dim])],
                "dimension": dim,
                "notes": f"Answer {i}: two concrete examples and a number ({i % 97}).",
                "rating": 1 + (i * 7 + o) % 5 if rng.random() > 0.1 else None,
                "red_flag": i % 211 == 0,
                "concreteness": (i % 10) / 10,
                "answered_at": t0 + timedelta(minutes=i),
                "created_at": t0,
            }
        )
    profile = {
        "weights": {"responsible-ml": 9, "diversity-inclusion": 8, "growth": 6},
        "deal_breakers": [{"dimension": "responsible-ml", "at_least": 3, "confidence": 0.8}],
    }
    return Document.model_validate(
        {
            "exported_at": t0,
            "opportunities": opps,
            "contacts": contacts,
            "interviews": interviews,
            "answers": answers,
            "profile": profile,
        }
    )


def _fill(url: str) -> None:
    from askback.app import Workspace
    from askback.app.transfer import import_document

    with Workspace.open(url) as ws:
        import_document(ws, _document())
    if url.startswith("postgresql"):
        import psycopg

        # Settle the statistics now: autovacuum's ANALYZE mid-run would count as a write.
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")


@contextmanager
def _server(url: str) -> Iterator[str]:
    import httpx

    home = Path(tempfile.mkdtemp(prefix="askback-bench-home-"))
    port = _free_port()
    env = {**os.environ, "ASKBACK_HOME": str(home)}
    cmd = [sys.executable, "-c", "from askback.cli import main; main()", "--db", url]
    cmd += ["serve", "--port", str(port), "--no-browser"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"askback serve exited: {err[-2000:]}")
            try:
                if httpx.get(f"{base}/static/app.css", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("askback serve did not start")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(home, ignore_errors=True)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _paths(page: str, rng: random.Random) -> str:
    if page == "dashboard":
        return "/"
    if page == "opportunity":
        return f"/opportunities/{rng.randint(1, OPPORTUNITIES)}"
    chosen = rng.choice(COMPARISONS)
    return "/compare?" + "&".join(f"ids={i}" for i in chosen)


async def _load(base: str, page: str) -> list[float]:
    """Each client first connects (one untimed request), then all start together."""
    import httpx

    rng = random.Random(page)
    clients = [httpx.AsyncClient(base_url=base, timeout=60) for _ in range(CLIENTS)]
    start_line = asyncio.Event()

    async def run_client(c: httpx.AsyncClient) -> list[float]:
        (await c.get("/static/app.css")).raise_for_status()
        await start_line.wait()
        times: list[float] = []
        for _ in range(REQUESTS_PER_CLIENT):
            path = _paths(page, rng)
            start = time.perf_counter()
            response = await c.get(path)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {response.status_code}")
        return times

    try:
        tasks = [asyncio.create_task(run_client(c)) for c in clients]
        await asyncio.sleep(0.5)  # every client has connected
        start_line.set()
        results = await asyncio.gather(*tasks)
    finally:
        for c in clients:
            await c.aclose()
    return [t for r in results for t in r]


def _warm(base: str) -> dict[str, float]:
    """Visit every page the load will ask for once; return the cold time of each kind's first."""
    import httpx

    rng = random.Random(1)
    pages = {
        "dashboard": ["/"],
        "opportunity": [f"/opportunities/{o}" for o in range(1, OPPORTUNITIES + 1)],
        # The default comparison first: the page a user opens from the menu.
        "compare": ["/compare", *sorted({_paths("compare", rng) for _ in range(100)})],
    }
    cold: dict[str, float] = {}
    with httpx.Client(base_url=base, timeout=120) as c:
        for page, paths in pages.items():
            for i, path in enumerate(paths):
                start = time.perf_counter()
                c.get(path).raise_for_status()
                if i == 0:
                    cold[page] = (time.perf_counter() - start) * 1000
    return cold


def _bench(backend: str, url: str) -> list[Row]:
    start = time.perf_counter()
    _fill(url)
    fill_s = time.perf_counter() - start
    rows: list[Row] = []
    with _server(url) as base:
        cold = _warm(base)
        for page in ("dashboard", "compare"):
            rows.append(
                Row(
                    "web",
                    f"{page}: first after start",
                    cold[page],
                    "ms",
                    backend=backend,
                    note="the first request, as soon as the server answers",
                )
            )
        for page in ("dashboard", "opportunity", "compare"):
            times = asyncio.run(_load(base, page))
            p50, p99 = percentile(times, 50), percentile(times, 99)
            target, ok = ("", None)
            if page in ("dashboard", "compare") and backend == "sqlite":
                target, ok = at_most(p99, DASHBOARD_TARGET_MS)
            note = (
                f"{CLIENTS} clients x {REQUESTS_PER_CLIENT}; cold first request "
                f"{cold[page]:,.0f} ms"
            )
            rows.append(Row("web", f"{page} p50", p50, "ms", backend=backend, note=note))
            rows.append(Row("web", f"{page} p99", p99, "ms", target, ok, backend=backend))
    rows.append(
        Row(
            "web",
            "build the workspace",
            fill_s,
            "s",
            backend=backend,
            note=f"{OPPORTUNITIES} opportunities, {ANSWERS:,} answers (import)",
        )
    )
    return rows


def run() -> list[Row]:
    rows: list[Row] = []
    with _sqlite() as url:
        rows += _bench("sqlite", url)
    try:
        with _postgres() as url:
            rows += _bench("postgresql", url)
    except Exception as exc:  # only a missing server is skipped; other failures raise
        import psycopg

        if not isinstance(exc, psycopg.OperationalError):
            raise
        rows.append(
            Row(
                "web",
                "PostgreSQL pages",
                float("nan"),
                "",
                backend="postgresql",
                note=f"skipped: no server on 127.0.0.1:5432 ({type(exc).__name__})",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
