"""The community hub under load: 200 concurrent members for 60 s (`make bench ARGS=hub`).

The server runs as docs/hub.md deploys it: `askback hub serve --workers 4` (uvicorn, two workers
per core of the 2-core reference machine) over a fresh PostgreSQL database. Before the clock
starts, 200 members exist, each with an API token (logins are argon2id and deliberately slow,
so they are set up, not measured), and 40 companies hold published aggregates from two shares
per member (10 members each, dealt round robin).

Each simulated member is one asyncio task with its own HTTP connection. It waits a think time
between requests, uniform in [THINK_MIN_S, THINK_MAX_S] (1-3 s, locust's `between(1, 3)`; a
person reading a page or filling in a form waits longer), then does one of:

    reads, 80 %:  45 % a company's aggregates (API), 10 % the company page (HTML),
                  15 % their own shares, 10 % their account (/me)
    writes, 20 %: 15 % share an experience (new, or replacing their earlier one),
                   5 % withdraw one of their shares

The members run for a warm-up (WARMUP_S, 10 s: every member's first connection, the workers'
connection pools, SQLAlchemy's statement caches and psycopg's prepared statements fill up),
then for the measured SECONDS. Latency is measured at the client, from sending the request to
reading the whole answer, for requests sent after the warm-up; throughput is those requests
over the measured time. An error is any answer other than the expected status, a time-out or a
dropped connection, and errors are counted over the whole run, warm-up included. Each kind of
request has its own row (route, p50, p95, p99, errors), and PostgreSQL's deadlock count
for the bench's database is a row of its own (it must stay 0). The driver runs on the same
machine and takes CPU from the server: its own CPU time is reported. ASKBACK_BENCH_HUB_SECONDS,
_WARMUP_S, _MEMBERS, _COMPANIES, _WORKERS, _THINK_MIN_S and _THINK_MAX_S change the run;
ASKBACK_BENCH_HUB_LOGINS (a fraction, 0 by default) adds password logins to the mix.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import Row, at_most, percentile, scratch_postgres_url

MEMBERS = int(os.environ.get("ASKBACK_BENCH_HUB_MEMBERS", "200"))
COMPANIES = int(os.environ.get("ASKBACK_BENCH_HUB_COMPANIES", "40"))
SECONDS = float(os.environ.get("ASKBACK_BENCH_HUB_SECONDS", "60"))
WARMUP_S = float(os.environ.get("ASKBACK_BENCH_HUB_WARMUP_S", "10"))
WORKERS = int(os.environ.get("ASKBACK_BENCH_HUB_WORKERS", "4"))
THINK_MIN_S = float(os.environ.get("ASKBACK_BENCH_HUB_THINK_MIN_S", "1"))
THINK_MAX_S = float(os.environ.get("ASKBACK_BENCH_HUB_THINK_MAX_S", "3"))
LOGINS = float(os.environ.get("ASKBACK_BENCH_HUB_LOGINS", "0"))
PASSWORD = "bench passphrase 1"
SECRET = "b" * 40
QUESTIONS = ("rml-001", "rml-003", "dei-001", "dat-001", "team-001", "grow-001")
# (kind, share of requests); writes are "share" and "withdraw".
MIX = (
    ("aggregate", 0.45),
    ("page", 0.10),
    ("own", 0.15),
    ("me", 0.10),
    ("share", 0.15),
    ("withdraw", 0.05),
)
ROUTES = {
    "aggregate": "GET /api/v1/companies/{slug}",
    "page": "GET /companies/{slug}",
    "own": "GET /api/v1/shares",
    "me": "GET /api/v1/me",
    "share": "PUT /api/v1/shares",
    "withdraw": "DELETE /api/v1/shares/{id}",
    "login": "POST /api/v1/login",
}
TARGET_P99_MS = 200.0


def _share(rng: random.Random, company: int) -> dict[str, object]:
    return {
        "company": f"Bench Company {company}",
        "month": rng.randint(1, 12),
        "year": 2025,
        "answers": [
            {
                "question": q,
                "audience": "peer",
                "stage": "team",
                "rating": rng.randint(1, 5),
                "red_flag": rng.random() < 0.1,
            }
            for q in rng.sample(QUESTIONS, 3)
        ],
    }


def _prepare(url: str) -> list[tuple[str, str, list[int]]]:
    """Migrate; add members (one argon2 hash shared, to save set-up time), tokens and shares."""
    from askback.hub import accounts, sharing
    from askback.hub import secrets as sec
    from askback.hub.config import HubConfig
    from askback.hub.core import Hub, now
    from askback.hub.migrate import upgrade
    from askback.hub.models import User

    hub = Hub(HubConfig(database_url=url, secret=SECRET))
    upgrade(hub.engine)
    hashed = sec.hash_password(PASSWORD)
    members = []
    ids = []
    with hub.tx() as db:
        for i in range(MEMBERS):
            email = f"m{i}@bench.example"
            user = User(
                email=email,
                password_hash=hashed,
                role="member",
                created_at=now(),
                failed_logins=0,
            )
            db.add(user)
            db.flush()
            ids.append(user.id)
            members.append((email, accounts.create_api_token(db, user.id, "bench")[1]))
    rng = random.Random(7)
    shares: list[list[int]] = []
    for i, user_id in enumerate(ids):
        mine = []
        # Round robin, so that every company exists and holds 2 x MEMBERS / COMPANIES members.
        for company in ((2 * i) % COMPANIES, (2 * i + 1) % COMPANIES):
            data = sharing.ShareIn.model_validate(_share(rng, company))
            mine.append(sharing.share(hub, user_id, data)[0].id)
        shares.append(mine)
    hub.close()
    return [(email, token, mine) for (email, token), mine in zip(members, shares, strict=True)]


@dataclass
class Results:
    """Latencies of the requests sent after the warm-up; errors of the whole run."""

    samples: list[tuple[str, float, bool]] = field(default_factory=list)
    problems: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)  # per kind, warm-up included
    warmup_requests: int = 0


def _pick(rng: random.Random) -> str:
    if LOGINS and rng.random() < LOGINS:
        return "login"
    x = rng.random()
    for kind, weight in MIX:
        if x < weight:
            return kind
        x -= weight
    return MIX[-1][0]


@dataclass
class _Member:
    email: str
    headers: dict[str, str]
    client: Any  # httpx.AsyncClient: one connection, kept alive as a browser or client would
    shares: list[int]
    rng: random.Random


async def _member(member: _Member, measure_from: float, stop: float, out: Results) -> None:
    import httpx

    rng, client, headers, shares = member.rng, member.client, member.headers, member.shares
    await asyncio.sleep(rng.uniform(0, THINK_MAX_S))  # members arrive spread out
    while time.monotonic() < stop:
        kind = _pick(rng)
        slug = f"bench-company-{rng.randrange(COMPANIES)}"
        if kind == "withdraw" and not shares:
            kind = "share"
        measured = time.monotonic() >= measure_from
        start = time.perf_counter()
        try:
            if kind == "aggregate":
                r = await client.get(f"/api/v1/companies/{slug}", headers=headers)
                ok = r.status_code == 200
            elif kind == "page":
                r = await client.get(f"/companies/{slug}", headers=headers)
                ok = r.status_code == 200
            elif kind == "own":
                r = await client.get("/api/v1/shares", headers=headers)
                ok = r.status_code == 200
            elif kind == "me":
                r = await client.get("/api/v1/me", headers=headers)
                ok = r.status_code == 200
            elif kind == "share":
                body = _share(rng, rng.randrange(COMPANIES))
                r = await client.put("/api/v1/shares", json=body, headers=headers)
                ok = r.status_code in (200, 201)
                if r.status_code == 201:
                    shares.append(r.json()["id"])
            elif kind == "withdraw":
                share_id = shares.pop(rng.randrange(len(shares)))
                r = await client.delete(f"/api/v1/shares/{share_id}", headers=headers)
                ok = r.status_code == 200
            else:
                credentials = {"email": member.email, "password": PASSWORD}
                r = await client.post("/api/v1/login", json=credentials)
                ok = r.status_code == 200
            if not ok:
                out.problems[f"{kind}: HTTP {r.status_code}"] += 1
        except httpx.HTTPError as exc:
            ok = False
            out.problems[f"{kind}: {type(exc).__name__}"] += 1
        if not ok:
            out.errors[kind] += 1
        if measured:
            out.samples.append((kind, (time.perf_counter() - start) * 1000, ok))
        else:
            out.warmup_requests += 1
        think = rng.uniform(THINK_MIN_S, THINK_MAX_S)
        await asyncio.sleep(max(0.0, min(think, stop - time.monotonic())))


async def _drive(base: str, accounts: list[tuple[str, str, list[int]]]) -> tuple[Results, float]:
    import httpx

    members = []
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    for i, (email, token, shares) in enumerate(accounts):
        headers = {"authorization": f"Bearer {token}"}
        # Made before the clock starts; each connects on its first request.
        client = httpx.AsyncClient(base_url=base, timeout=30, limits=limits, verify=False)
        members.append(_Member(email, headers, client, list(shares), random.Random(i)))
    out = Results()
    start = time.monotonic()
    measure_from = start + WARMUP_S
    try:
        await asyncio.gather(
            *(_member(m, measure_from, measure_from + SECONDS, out) for m in members)
        )
    finally:
        for m in members:
            await m.client.aclose()
    return out, time.monotonic() - measure_from


def _cpu_s(pid: int) -> float:
    """CPU seconds of a process and its children (uvicorn's workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                pids.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, IndexError, ValueError):
            continue
    return total


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run() -> list[Row]:
    from tests.e2e.server import free_port

    with scratch_postgres_url("askback_bench_hub_") as url:
        members = _prepare(url)
        port = free_port()
        env = {
            **os.environ,
            "ASKBACK_HUB_DB": url,
            "ASKBACK_HUB_SECRET": SECRET,
            "ASKBACK_HUB_SECURE_COOKIES": "0",
            # Members' writes stay under the default 60 per 10 minutes; logins all come from
            # one address here, so the per-address login limit would stop them.
            "ASKBACK_HUB_LOGIN_ATTEMPTS_PER_WINDOW": "1000000",
        }
        log = Path(os.environ.get("TMPDIR", "/tmp")) / f"askback-bench-hub-{port}.log"
        with log.open("w") as sink:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from askback.cli import main; main()",
                    "hub",
                    "serve",
                    "--port",
                    str(port),
                    "--workers",
                    str(WORKERS),
                ],
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
            try:
                _wait(f"http://127.0.0.1:{port}", proc)
                db_before = _db_counters(url)
                load_before = os.getloadavg()[0]
                server_cpu, driver_cpu = _cpu_s(proc.pid), _own_cpu_s()
                results, elapsed = asyncio.run(_drive(f"http://127.0.0.1:{port}", members))
                server_cpu, driver_cpu = _cpu_s(proc.pid) - server_cpu, _own_cpu_s() - driver_cpu
                load_after = os.getloadavg()[0]
            finally:
                proc.terminate()
                proc.wait(timeout=30)
        # Read after the server stopped: a backend hands in its counters when it disconnects.
        time.sleep(1.0)
        db = {k: v - db_before[k] for k, v in _db_counters(url).items()}
    rows = _rows(results, elapsed, server_cpu, driver_cpu, (load_before, load_after))
    requests = len(results.samples) + results.warmup_requests
    rows.append(
        Row(
            "hub",
            "deadlocks",
            float(db["deadlocks"]),
            "",
            "= 0",
            db["deadlocks"] == 0,
            "postgresql",
            f"{db['xact_commit'] / max(requests, 1):.1f} PostgreSQL transactions per request "
            f"(a read statement outside a transaction counts one), "
            f"{db['xact_rollback']:,} rolled back, whole run",
        )
    )
    return rows


def _db_counters(url: str) -> dict[str, int]:
    """PostgreSQL's own counters for the bench's database (pg_stat_database)."""
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        row = conn.execute(
            "SELECT xact_commit, xact_rollback, deadlocks FROM pg_stat_database"
            " WHERE datname = current_database()"
        ).fetchone()
    assert row is not None
    return {"xact_commit": int(row[0]), "xact_rollback": int(row[1]), "deadlocks": int(row[2])}


def _rows(
    results: Results,
    elapsed: float,
    server_cpu: float,
    driver_cpu: float,
    load: tuple[float, float],
) -> list[Row]:
    samples = results.samples
    latencies = [ms for _, ms, _ in samples]
    errors = sum(results.errors.values())
    p99 = percentile(latencies, 99)
    target, ok = at_most(p99, TARGET_P99_MS)
    think = f"think {THINK_MIN_S:g}-{THINK_MAX_S:g} s"
    note = (
        f"{MEMBERS} members, {think}, {WARMUP_S:g} s warm-up + {elapsed:.0f} s measured, "
        f"{WORKERS} workers, {len(samples):,} requests measured, "
        f"load {load[0]:.1f} before / {load[1]:.1f} after"
    )
    pg = "postgresql"
    rows = [
        Row("hub", "mixed load p99", p99, "ms", target, ok, pg, note),
        Row("hub", "mixed load p95", percentile(latencies, 95), "ms", "", None, pg),
        Row("hub", "mixed load p50", percentile(latencies, 50), "ms", "", None, pg),
        Row("hub", "throughput", len(samples) / elapsed, "/s", "", None, pg),
        Row(
            "hub",
            "errors",
            float(errors),
            "",
            "= 0",
            errors == 0,
            pg,
            "whole run, warm-up included: "
            + (", ".join(f"{k} ×{n}" for k, n in results.problems.most_common(5)) or "none"),
        ),
    ]
    for kind in [k for k, _ in MIX] + (["login"] if LOGINS else []):
        part = [ms for k, ms, _ in samples if k == kind]
        if part:
            rows.append(
                Row(
                    "hub",
                    f"{kind} p99",
                    percentile(part, 99),
                    "ms",
                    "",
                    None,
                    pg,
                    f"{ROUTES[kind]}: {len(part):,} requests, p50 {percentile(part, 50):.0f} ms, "
                    f"p95 {percentile(part, 95):.0f} ms, {results.errors[kind]} errors",
                )
            )
    # The server's CPU is read over the whole run, warm-up included.
    requests = len(samples) + results.warmup_requests
    rows.append(
        Row(
            "hub",
            "server CPU per request",
            server_cpu / max(requests, 1) * 1000,
            "ms",
            "",
            None,
            pg,
            f"server {server_cpu / (elapsed + WARMUP_S):.2f} cores, "
            f"driver {driver_cpu / (elapsed + WARMUP_S):.2f} cores (of 2)",
        )
    )
    return rows


def _wait(base: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"askback hub serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/v1/csrf", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("askback hub serve did not start in time")


def write_costs(writes: int = 400) -> None:
    """What one write costs in process, apart from HTTP: `python -m benchmarks.bench_hub writes`.

    60 members and 6 companies (k = 5, so views publish often), each member with two shares;
    then `writes` random shares (60 %) and withdrawals, one after another, each timed, its
    PostgreSQL round trips counted (every statement, BEGIN and COMMIT) and the time from the
    company-locking statement to the end of the commit measured. Prints p50/p90, round trips
    and the thread's CPU time per kind. Run it alternately on two trees to compare them.
    """
    import statistics

    from sqlalchemy import event

    from askback.hub import sharing
    from askback.hub.config import HubConfig
    from askback.hub.core import Hub, now
    from askback.hub.migrate import upgrade
    from askback.hub.models import User

    print(f"askback from {Path(sharing.__file__).parent}, load {os.getloadavg()[0]:.1f}")
    rng = random.Random(1)
    with scratch_postgres_url("askback_bench_hub_writes_") as url:
        hub = Hub(HubConfig(database_url=url, secret=SECRET))
        upgrade(hub.engine)
        with hub.tx() as db:
            users = [
                User(email=f"w{i}@bench.example", password_hash="-", role="member",
                     created_at=now(), failed_logins=0)
                for i in range(60)
            ]  # fmt: skip
            db.add_all(users)
            db.flush()
            ids = [u.id for u in users]
        mine: dict[int, list[int]] = {u: [] for u in ids}
        for user_id in ids:
            for company in rng.sample(range(6), 2):
                data = sharing.ShareIn.model_validate(_share(rng, company))
                mine[user_id].append(sharing.share(hub, user_id, data)[0].id)
        trips = [0]
        locked_at: list[float] = []

        def statement(conn: Any, cursor: Any, text: str, *_: Any) -> None:
            trips[0] += 1
            if (not locked_at and " FOR NO KEY UPDATE" in text) or " FOR UPDATE" in text:
                locked_at.append(time.perf_counter())

        def tx_edge(conn: Any) -> None:
            trips[0] += 1

        event.listen(hub.engine, "before_cursor_execute", statement)
        event.listen(hub.engine, "begin", tx_edge)
        event.listen(hub.engine, "commit", tx_edge)
        seen: dict[str, list[tuple[float, int, float, float]]] = {"share": [], "withdraw": []}
        for _ in range(writes):
            user_id = rng.choice(ids)
            trips[0], locked_at[:] = 0, []
            cpu, start = time.thread_time(), time.perf_counter()
            if rng.random() < 0.6 or not mine[user_id]:
                kind = "share"
                data = sharing.ShareIn.model_validate(_share(rng, rng.randrange(6)))
                row, created = sharing.share(hub, user_id, data)
                if created:
                    mine[user_id].append(row.id)
            else:
                kind = "withdraw"
                share_id = mine[user_id].pop(rng.randrange(len(mine[user_id])))
                sharing.withdraw(hub, user_id, share_id)
            end = time.perf_counter()
            held = (end - locked_at[0]) * 1000 if locked_at else 0.0
            seen[kind].append(((end - start) * 1000, trips[0], held, time.thread_time() - cpu))
        hub.close()
    for kind, runs in seen.items():
        ms = sorted(r[0] for r in runs)
        held = sorted(r[2] for r in runs)
        print(
            f"{kind:8} n={len(runs)}  p50 {percentile(ms, 50):.1f} ms  p90 {percentile(ms, 90):.1f}"
            f"  round trips {min(r[1] for r in runs)}-{max(r[1] for r in runs)}"
            f" (median {statistics.median(r[1] for r in runs):g})"
            f"  lock held p50 {percentile(held, 50):.1f} ms"
            f"  CPU {statistics.mean(r[3] for r in runs) * 1000:.2f} ms"
        )
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    if sys.argv[1:] == ["writes"]:
        write_costs()
    else:
        print(
            "usage: python -m benchmarks.bench_hub writes   (the load bench: make bench ARGS=hub)"
        )
