"""JSON export and import: a lossless round trip, all or nothing, on both backends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from askback.app import Workspace, opportunities
from askback.app.transfer import ImportMode, export_document, import_document
from askback.errors import InputError
from askback.export.jsonfile import JsonExport
from askback.export.records import VERSION, Document

SAMPLE = Path(__file__).parent / "data" / "sample.json"
# An export written by askback before custom questions had `sensitive` (format version 1).
SAMPLE_V1 = Path(__file__).parent / "data" / "export-v1.json"
VOLATILE = {"exported_at", "askback_version"}


def sample() -> Document:
    return JsonExport().read(SAMPLE)


def plain(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json", exclude=VOLATILE)


def test_round_trip_is_lossless(workspace: Workspace) -> None:
    import_document(workspace, sample())
    again = export_document(workspace)
    assert plain(again) == plain(sample())
    # The rendered file is byte for byte the same apart from the export time and version.
    original = json.loads(SAMPLE.read_text(encoding="utf-8"))
    rendered = json.loads(JsonExport().render(again))
    for key in VOLATILE:
        original.pop(key)
        rendered.pop(key)
    assert rendered == original


def test_custom_question_flags_survive_the_round_trip(workspace: Workspace) -> None:
    import_document(workspace, sample())
    assert workspace.bank.get("my-team-turnover").sensitive
    (exported,) = export_document(workspace).custom_questions
    assert (exported.sensitive, exported.research_first) == (True, False)


def test_a_version_1_export_still_imports(workspace: Workspace) -> None:
    raw = json.loads(SAMPLE_V1.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and "sensitive" not in raw["custom_questions"][0]
    import_document(workspace, JsonExport().read(SAMPLE_V1))
    again = export_document(workspace)
    assert again.version == VERSION
    assert [(q.id, q.sensitive, q.research_first) for q in again.custom_questions] == [
        ("my-team-turnover", False, False)
    ]
    # Apart from the new flags, everything comes back as the old file had it.
    expected = plain(sample())
    expected["custom_questions"][0]["sensitive"] = False
    assert plain(again) == expected


def test_ids_are_kept_and_new_rows_follow(workspace: Workspace) -> None:
    import_document(workspace, sample())
    assert opportunities.show(workspace, 2).company == "Globex"
    added = opportunities.add(workspace, company="Hooli", role="DS")
    assert added.id == 4


def test_a_workspace_with_data_is_not_overwritten(workspace: Workspace) -> None:
    opportunities.add(workspace, company="Mine", role="DS")
    before = plain(export_document(workspace))
    with pytest.raises(InputError, match=r"already holds data.*--replace"):
        import_document(workspace, sample())
    assert plain(export_document(workspace)) == before


def test_replace(workspace: Workspace) -> None:
    opportunities.add(workspace, company="Mine", role="DS")
    import_document(workspace, sample(), mode=ImportMode.REPLACE)
    assert plain(export_document(workspace)) == plain(sample())


def test_merge_gives_new_ids_and_keeps_references(workspace: Workspace) -> None:
    mine = opportunities.add(workspace, company="Mine", role="DS")
    doc = sample()
    doc.custom_questions = []
    doc.answers = [a for a in doc.answers if a.question_id != "my-team-turnover"]
    result = import_document(workspace, doc, mode=ImportMode.MERGE)
    assert "opportunities" in result.remapped
    out = export_document(workspace)
    assert [o.company for o in out.opportunities] == ["Mine", "Acme Analytics", "Globex", "Initech"]
    assert out.opportunities[0].id == mine.id
    by_id = {o.id: o.company for o in out.opportunities}
    iv_company = {i.id: by_id[i.opportunity_id] for i in out.interviews}
    assert sorted(iv_company.values()) == ["Acme Analytics", "Acme Analytics", "Globex"]
    assert {a.notes for a in out.answers} == {a.notes for a in doc.answers}
    assert out.profile == doc.profile


def test_dry_run_writes_nothing(workspace: Workspace) -> None:
    result = import_document(workspace, sample(), dry_run=True)
    assert result.counts["answers"] == 4
    assert plain(export_document(workspace))["opportunities"] == []


def test_unknown_question_ids_are_refused(workspace: Workspace) -> None:
    doc = sample()
    doc.answers[0].question_id = "zzz-999"
    with pytest.raises(
        InputError, match=r"answers\[0\].question_id: unknown question id 'zzz-999'"
    ):
        import_document(workspace, doc)
    assert plain(export_document(workspace))["opportunities"] == []


def test_invalid_profile_is_refused(workspace: Workspace) -> None:
    doc = sample()
    doc.profile = {"weights": {"growth": 99}}
    with pytest.raises(InputError, match="profile"):
        import_document(workspace, doc)
    assert plain(export_document(workspace))["opportunities"] == []


def test_export_of_one_opportunity(workspace: Workspace) -> None:
    import_document(workspace, sample())
    part = export_document(workspace, opportunity_id=1)
    assert [o.id for o in part.opportunities] == [1]
    assert [i.id for i in part.interviews] == [1, 2]
    assert sorted(c.name for c in part.contacts) == ["Jane Doe", "Sam Lee"]
    assert part.profile is None
