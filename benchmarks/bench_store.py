"""Tracker storage on SQLite and PostgreSQL: bulk answers, one big opportunity, export/import.

PostgreSQL runs in a temporary database on 127.0.0.1:5432 (user postgres), dropped afterwards;
without a server its rows say so instead of failing the run.
"""

from __future__ import annotations

import importlib.util
import tempfile
import time
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import (
    Row,
    at_most,
    percentile,
    scratch_postgres_url,
    scratch_sqlite_url,
    timings_ms,
)

SHOW_TARGET_MS = 50.0


def sqlite_url() -> AbstractContextManager[str]:
    return scratch_sqlite_url()


def postgres_url() -> AbstractContextManager[str]:
    return scratch_postgres_url("askback_bench_")


def _notes(i: int) -> str:
    return f"Answer {i}: they described the process with two examples and a number ({i % 97})."


def _document(opportunities: int, answers: int) -> object:
    from askback.export.records import Document

    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    opps = [
        {
            "id": o,
            "company": f"Company {o}",
            "role": "Data Scientist",
            "created_at": t0,
            "updated_at": t0,
        }
        for o in range(1, opportunities + 1)
    ]
    interviews = [
        {
            "id": o,
            "opportunity_id": o,
            "stage": "team",
            "starts_at": t0 + timedelta(days=o),
            "created_at": t0,
            "updated_at": t0,
        }
        for o in range(1, opportunities + 1)
    ]
    rows = [
        {
            "id": i,
            "interview_id": 1 + i % opportunities,
            "question_id": "grow-001",
            "dimension": "growth",
            "notes": _notes(i),
            "rating": 1 + i % 5,
            "red_flag": i % 17 == 0,
            "concreteness": (i % 10) / 10,
            "answered_at": t0,
            "created_at": t0,
        }
        for i in range(1, answers + 1)
    ]
    return Document.model_validate(
        {"exported_at": t0, "opportunities": opps, "interviews": interviews, "answers": rows}
    )


def _bench(backend: str, url: str, note: str) -> list[Row]:
    from askback.app import Workspace, answers, interviews, opportunities
    from askback.app.answers import NewAnswer
    from askback.app.transfer import export_document, import_document
    from askback.export.jsonfile import JsonExport

    rows: list[Row] = []
    with Workspace.open(url) as ws:
        ws.bank  # noqa: B018 - load the question bank once, outside the timings
        opp = opportunities.add(ws, company="Bench", role="DS")
        iv = interviews.add(
            ws, opportunity=opp.id, stage="team", starts_at=datetime.now(UTC), timezone="UTC"
        )
        items = [
            NewAnswer(question_id="grow-001", notes=_notes(i), rating=1 + i % 5)
            for i in range(10_000)
        ]
        start = time.perf_counter()
        answers.add_many(ws, iv.id, items)
        took = (time.perf_counter() - start) * 1000
        rows.append(
            Row(
                "store",
                "insert 10,000 answers (one transaction)",
                took,
                "ms",
                backend=backend,
                note=f"{10_000 / took * 1000:,.0f} answers/s; {note}",
            )
        )

        start = time.perf_counter()
        for i in range(200):
            answers.add(ws, iv.id, NewAnswer(question_text=f"Q{i}?", notes=_notes(i), rating=3))
        each = (time.perf_counter() - start) * 1000 / 200
        rows.append(
            Row(
                "store",
                "log one answer (its own transaction)",
                each,
                "ms",
                backend=backend,
                note="mean of 200, as `askback log` saves",
            )
        )

        big = opportunities.add(ws, company="Big", role="DS")
        big_iv = interviews.add(
            ws, opportunity=big.id, stage="final", starts_at=datetime.now(UTC), timezone="UTC"
        )
        answers.add_many(ws, big_iv.id, items[:1000], analyze=False)
        shown = opportunities.show(ws, big.id)
        assert sum(len(i.answers) for i in shown.interviews) == 1000
        times = timings_ms(lambda: opportunities.show(ws, big.id), repeat=30)
        p50 = percentile(times, 50)
        target, ok = at_most(p50, SHOW_TARGET_MS) if backend == "sqlite" else ("", None)
        rows.append(
            Row(
                "store",
                "show an opportunity with 1,000 answers (p50)",
                p50,
                "ms",
                target=target,
                ok=ok,
                backend=backend,
                note=f"p95 {percentile(times, 95):.1f} ms, 30 runs",
            )
        )

    doc = _document(50, 100_000)
    with tempfile.TemporaryDirectory(prefix="askback-bench-") as tmp:
        path = Path(tmp) / "export.json"
        JsonExport().write(doc, path)  # type: ignore[arg-type]
        size_mb = path.stat().st_size / 1e6
        with Workspace.open(url, owner="bench-transfer") as ws:
            start = time.perf_counter()
            import_document(ws, JsonExport().read(path))
            imported = time.perf_counter() - start
            start = time.perf_counter()
            out = export_document(ws)
            JsonExport().write(out, Path(tmp) / "again.json")
            exported = time.perf_counter() - start
            assert len(out.answers) == 100_000
    scale = "50 opportunities, 100,000 answers"
    rows.append(
        Row(
            "store",
            f"import JSON ({scale})",
            imported,
            "s",
            backend=backend,
            note=f"{size_mb:.0f} MB file, parse + validate + insert",
        )
    )
    rows.append(
        Row(
            "store",
            f"export JSON ({scale})",
            exported,
            "s",
            backend=backend,
            note="query + validate + write",
        )
    )
    return rows


def run() -> list[Row]:
    analyzer = importlib.util.find_spec("askback.text.answers") is not None
    note = "with the answer analyzer" if analyzer else "answer analyzer not installed"
    rows: list[Row] = []
    with sqlite_url() as url:
        rows += _bench("sqlite", url, note)
    try:
        with postgres_url() as url:
            rows += _bench("postgresql", url, note)
    except Exception as exc:  # only a missing server; a failing benchmark still raises below
        import psycopg

        if not isinstance(exc, psycopg.OperationalError):
            raise
        rows.append(
            Row(
                "store",
                "PostgreSQL benchmarks",
                float("nan"),
                "",
                backend="postgresql",
                note=f"skipped: no server on 127.0.0.1:5432 ({type(exc).__name__})",
            )
        )
    return rows
