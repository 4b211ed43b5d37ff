"""Fuzzing the import formats: spreadsheet CSV dialects, notes files, JSON; round trips exact,
and bad input only ever gives askback's own one-line error (never a traceback).

Marked slow. Each test runs for a time budget: ASKBACK_FUZZ_SECONDS, or 20 s per test and
backend with CI=true (four tests on two backends: 160 s, over two minutes in all), else 6 s.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, answers, opportunities
from askback.app.csv_import import import_csv
from askback.app.log import log_notes
from askback.app.notes import parse_notes
from askback.app.transfer import ImportMode, delete_owner_data, export_document, import_document
from askback.errors import AskbackError
from askback.export.jsonfile import JsonExport

pytestmark = pytest.mark.slow

BUDGET = float(
    os.environ.get("ASKBACK_FUZZ_SECONDS") or (20 if os.environ.get("CI") == "true" else 6)
)
ROUND = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters spreadsheets and people type: quotes, separators, line breaks, accents, emoji.
TRICKY = st.sampled_from([*list("\"',;\t|\n\r\\ #-:"), "é", "ß", "—", "€", "😀", "\xa0"])
CELL = st.text(
    st.one_of(TRICKY, st.characters(exclude_categories=("Cs", "Cc"))), min_size=0, max_size=40
)
# Names are stripped on import; so the generated ones have no outer space.
# A name must also show something and hold no bidi override (the records refuse those).
NAME = CELL.map(lambda s: s.replace("\r", "").replace("\n", " ").strip()).filter(
    lambda s: (
        1 <= len(s) <= 200
        and any(unicodedata.category(c)[0] not in "CZM" for c in s)
        and not {"\u202d", "\u202e"} & set(s)
    )
)


def _for_a_while(run: Callable[[], None]) -> int:
    """Call a Hypothesis test again and again (fresh examples each time) for BUDGET seconds."""
    end = time.monotonic() + BUDGET
    rounds = 0
    while rounds == 0 or time.monotonic() < end:
        run()
        rounds += 1
    return rounds


def _clear(ws: Workspace) -> None:
    with ws.transaction():
        delete_owner_data(ws)


DIALECTS = [
    {"delimiter": ",", "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\r\n"},  # Excel, Sheets
    {"delimiter": ",", "quoting": csv.QUOTE_ALL, "lineterminator": "\n"},
    {"delimiter": ";", "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\r\n"},  # German Excel
    {"delimiter": ";", "quoting": csv.QUOTE_ALL, "lineterminator": "\n"},  # LibreOffice
    {"delimiter": "\t", "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"},
    {"delimiter": "|", "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"},
]


def test_csv_dialects_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    seen = {"imported": 0, "refused": 0}

    @ROUND
    @given(
        rows=st.lists(
            st.tuples(NAME, NAME, CELL), min_size=1, max_size=6, unique_by=lambda r: r[0].casefold()
        ),
        dialect=st.sampled_from(DIALECTS),
        bom=st.booleans(),
    )
    def check(rows: list[tuple[str, str, str]], dialect: dict[str, object], bom: bool) -> None:
        _clear(workspace)
        out = io.StringIO(newline="")
        writer = csv.writer(out, **dialect)  # type: ignore[arg-type]
        writer.writerow(["Company", "Role", "Notes"])
        writer.writerows(rows)
        path = tmp_path / "sheet.csv"
        path.write_bytes((codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode("utf-8"))
        try:
            report = import_csv(workspace, path)
        except AskbackError as exc:
            # Only a row whose values are invalid in themselves may be refused, never quoting.
            assert "not readable as CSV" not in str(exc), (str(exc), out.getvalue())
            seen["refused"] += 1
            return
        seen["imported"] += 1
        assert report.imported == len(rows)
        got = {
            (s.opportunity.company, s.opportunity.role, s.opportunity.notes)
            for s in opportunities.list_opportunities(workspace)
        }
        assert got == {(c, r, n.strip()) for c, r, n in rows}

    _for_a_while(check)
    assert seen["imported"] > seen["refused"], seen


def test_csv_garbage_gives_askbacks_error(workspace: Workspace, tmp_path: Path) -> None:
    @ROUND
    @given(
        text=st.text(st.one_of(TRICKY, st.sampled_from(list("abc123 "))), max_size=200),
        header=st.sampled_from(["Company,Role,Notes\n", "Company;Role\n", "", "\ufeff"]),
    )
    def check(text: str, header: str) -> None:
        _clear(workspace)
        path = tmp_path / "garbage.csv"
        path.write_text(header + text, encoding="utf-8", newline="")
        before = export_document(workspace).model_dump(exclude={"exported_at"})
        try:
            import_csv(workspace, path)
        except AskbackError as exc:
            # Specific: the message names the file (and the row or line where it can).
            assert str(exc).startswith(str(path)), str(exc)
            assert export_document(workspace).model_dump(exclude={"exported_at"}) == before

    assert _for_a_while(check) >= 1


BODY_LINE = st.text(
    st.one_of(TRICKY, st.characters(exclude_categories=("Cs", "Cc"))), max_size=40
).map(lambda s: s.replace("\r", "").replace("\n", " "))


def _body(lines: list[str]) -> str:
    # A body starts with a word that is no field name, and no line opens a new heading.
    safe = [("  " + x) if x.lstrip().startswith(("#", "---")) else x for x in lines]
    return "\n".join(["They said:", *safe]).strip()


def test_notes_files_round_trip_and_save_once(workspace: Workspace, tmp_path: Path) -> None:
    opp = opportunities.add(workspace, company="Fuzz", role="DS")
    seen = {"saved": 0, "refused": 0}

    @ROUND
    @given(
        entries=st.lists(
            st.tuples(
                NAME.filter(lambda s: not s.startswith(("#", "Q:", "-")) and ":" not in s[:1]),
                st.lists(BODY_LINE, max_size=4),
                st.none() | st.integers(1, 5),
            ),
            min_size=1,
            max_size=5,
        ),
        crlf=st.booleans(),
    )
    def check(entries: list[tuple[str, list[str], int | None]], crlf: bool) -> None:
        _clear_answers(workspace)
        parts = ["---", f"opportunity: {opp.id}", "stage: team", "---"]
        for question, lines, rating in entries:
            parts += [
                f"## Q: {question}",
                f"rating: {rating if rating else '-'}",
                "",
                _body(lines),
                "",
            ]
        text = ("\r\n" if crlf else "\n").join(parts)
        path = tmp_path / "notes.md"
        try:
            notes = parse_notes(text, path)
        except AskbackError:
            # A heading the parser rejects (say, one that looks like a bad question id).
            seen["refused"] += 1
            return
        seen["saved"] += 1
        result = log_notes(workspace, notes)
        assert not result.already_logged
        saved = [(a.question_text, a.notes, a.rating) for a in result.answers]
        assert saved == [(q.strip(), _body(lines), r) for q, lines, r in entries]
        again = log_notes(workspace, parse_notes(text, path))
        assert again.already_logged
        assert len(answers.list_answers(workspace, opportunity=opp.id)) == len(entries)

    _for_a_while(check)
    assert seen["saved"] > seen["refused"], seen


def _clear_answers(ws: Workspace) -> None:
    from askback.app import interviews

    for row in interviews.list_interviews(ws):
        interviews.delete(ws, row.id)


def test_json_documents_round_trip_and_damage_is_named(
    workspace: Workspace, tmp_path: Path
) -> None:
    @ROUND
    @given(
        rows=st.lists(st.tuples(NAME, NAME, CELL), min_size=1, max_size=4),
        cut=st.integers(0, 10_000),
        junk=st.sampled_from(['"', "}", "\\", "\x00", "\ud800", "{", ",", "null", "\n"]),
    )
    def check(rows: list[tuple[str, str, str]], cut: int, junk: str) -> None:
        _clear(workspace)
        for company, role, notes in rows:
            opportunities.add(workspace, company=company, role=role, notes=notes)
        doc = export_document(workspace)
        text = JsonExport().render(doc)
        # Exact round trip through the file into an empty workspace.
        _clear(workspace)
        import_document(workspace, JsonExport().parse(text), mode=ImportMode.EMPTY)
        assert export_document(workspace).model_dump(exclude={"exported_at"}) == doc.model_dump(
            exclude={"exported_at"}
        )
        # A damaged copy: askback's error, and nothing changes.
        at = cut % (len(text) + 1)
        damaged = text[:at] + junk + text[at + 1 :]
        before = export_document(workspace).model_dump(exclude={"exported_at"})
        try:
            parsed = JsonExport().parse(damaged, "damaged.json")
        except AskbackError as exc:
            assert str(exc).startswith("damaged.json: "), str(exc)
            return
        try:
            import_document(workspace, parsed, mode=ImportMode.REPLACE)
        except AskbackError as exc:
            assert str(exc).strip(), "an empty message"
            assert export_document(workspace).model_dump(exclude={"exported_at"}) == before

    assert _for_a_while(check) >= 1
