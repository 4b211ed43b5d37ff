"""A JSON object that names one key twice would keep only the last value, silently.

An export edited by hand, or merged by a script, can end up with `"company": "A", ...,
"company": "B"`. JSON parsers keep one of the two; the import must refuse the file instead,
naming the file, the line where that object starts and the key, and change nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, opportunities
from askback.app.transfer import export_document
from askback.errors import InputError
from askback.export.jsonfile import JsonExport
from tests.integration.tracker.helpers import cli, snapshot


def _export(database_url: str, tmp_path: Path) -> str:
    cli(database_url, "opportunity", "add", "Quelle AG", "Data Scientist", "--notes", "first")
    cli(database_url, "contact", "add", "Rosa Lind", "--audience", "peer")
    out = tmp_path / "export.json"
    assert cli(database_url, "export", "json", "--out", str(out)).code == 0
    return out.read_text(encoding="utf-8")


def test_a_repeated_key_is_refused_naming_line_and_key(database_url: str, tmp_path: Path) -> None:
    text = _export(database_url, tmp_path)
    edited = text.replace('"company": "Quelle AG"', '"company": "Quelle AG", "company": "B AG"')
    assert edited != text
    line = next(n for n, s in enumerate(edited.splitlines(), 1) if '"company"' in s)
    path = tmp_path / "edited.json"
    path.write_text(edited, encoding="utf-8")
    cli(database_url, "wipe", "--yes")
    cli(database_url, "opportunity", "add", "Bleibt GmbH", "Analyst")
    before = snapshot(database_url)
    for mode in ("--merge", "--replace"):
        run = cli(database_url, "import", "json", str(path), mode, "--yes")
        assert run.code == 1, run.output
        assert "'company' appears twice" in run.error, run.error
        # The object holding the key starts at most a few lines above it.
        where = int(run.error.split(f"{path}:", 1)[1].split(":", 1)[0])
        assert line - 40 < where <= line, run.error
        assert snapshot(database_url) == before


KEYS = st.sampled_from(["company", "role", "notes", "name", "version", "format", "id"])


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    key=KEYS, value=st.one_of(st.text(max_size=8), st.integers(), st.none()), pick=st.integers(0)
)
def test_any_repeated_key_anywhere_is_refused(
    workspace: Workspace, key: str, value: object, pick: int
) -> None:
    if not opportunities.list_opportunities(workspace):
        opportunities.add(workspace, company="Quelle AG", role="DS", notes="n")

    text = JsonExport().render(export_document(workspace))
    needle = f'"{key}": '
    spots = [i for i in range(len(text)) if text.startswith(needle, i)]
    if not spots:
        return
    at = spots[pick % len(spots)]
    edited = text[:at] + needle + json.dumps(value) + ", " + text[at:]
    with pytest.raises(InputError, match=rf"<doc>:\d+: .*'{key}' appears twice"):
        JsonExport().parse(edited, "<doc>")


@pytest.mark.parametrize(
    "text",
    ["[]", '{"format": "askback-export", "version": 1, "opportunities": {}}', '{"profile": []}'],
    ids=["array-for-the-document", "object-for-a-list", "list-for-an-object"],
)
def test_json_shape_errors_speak_json_not_toml(text: str) -> None:
    with pytest.raises(InputError) as caught:
        JsonExport().parse(text, "doc.json")
    message = str(caught.value)
    assert message.startswith("doc.json: "), message
    assert "name = value" not in message, message


def test_a_list_where_an_object_belongs_shows_the_json_form() -> None:
    with pytest.raises(InputError, match=r'is not an object \(write it as \{"name": value, …\}\)'):
        JsonExport().parse("[]", "doc.json")
