"""Import and export, settings and backup, through the pages (no JavaScript), on their own server.

A server of its own: the round trip replaces the whole workspace, which no other test may see.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.server import Server, running_server
from tests.integration.web.conftest import form_token


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("askback-web-data")) as srv:
        yield srv


@pytest.fixture()
def web(own: Server) -> Iterator[httpx.Client]:
    with own.client() as c:
        yield c


def _post(client: httpx.Client, path: str, data: dict[str, Any], page: str = "/") -> str:
    response = client.post(path, data={**data, "csrf_token": form_token(client, page)})
    assert response.status_code == 303, response.text[:500]
    return str(response.headers["location"])


def _document(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/data/export.json")
    assert response.status_code == 200
    doc: dict[str, Any] = response.json()
    doc.pop("exported_at")
    return doc


def _upload(client: httpx.Client, path: str, name: str, body: str, **fields: str) -> httpx.Response:
    token = form_token(client, "/data")
    return client.post(
        path,
        params={"csrf_token": token},
        data=fields,
        files={"file": (name, body, "text/plain")},
    )


def test_json_export_imports_back_to_the_same_workspace(web: httpx.Client) -> None:
    opp = _post(web, "/opportunities", {"company": "Roundtrip GmbH", "role": "Analyst"})
    _post(web, "/contacts", {"name": "Rita Round", "how_met": "meetup", "follow_up": "2030-01-02"})
    _post(
        web,
        f"{opp}/interviews",
        {"stage": "team", "starts_at": "2030-02-03T10:00", "new_contact_name": "Ivo Iv"},
        opp,
    )
    before = _document(web)
    assert before["opportunities"] and before["contacts"] and before["interviews"]
    body = json.dumps({**before, "exported_at": "2030-01-01T00:00:00Z"})

    # Replacing deletes everything first: without the box ticked it is refused, nothing changes.
    refused = _upload(web, "/data/import", "export.json", body, mode="replace")
    assert refused.status_code == 400 and "tick the box" in refused.text
    assert _document(web) == before

    done = _upload(web, "/data/import", "export.json", body, mode="replace", confirm_replace="yes")
    assert done.status_code == 200, done.text[:500]
    assert re.search(r"Imported: 1 opportunity, 2 contacts, 1 interview\b", done.text)
    assert _document(web) == before


def test_a_spreadsheet_imports_after_a_dry_run(web: httpx.Client) -> None:
    csv = "Company,Role,Status,Salary min\nSheet AG,Data Scientist,applied,70000\n,Nobody,,\n"
    refused = _upload(web, "/data/import-csv", "jobs.csv", csv, target="opportunities")
    assert refused.status_code == 400
    assert "jobs.csv: 1 row out of 2 has errors, so nothing was imported" in refused.text
    assert "row 3" in refused.text and "askback-import-" not in refused.text  # no temporary path
    checked = _upload(web, "/data/import-csv", "jobs.csv", csv, dry_run="1", skip_invalid="1")
    assert checked.status_code == 200 and "Would import 1 of 2 rows." in checked.text
    assert "Sheet AG" not in web.get("/opportunities").text

    done = _upload(web, "/data/import-csv", "jobs.csv", csv, skip_invalid="1")
    assert done.status_code == 200 and "Imported 1 of 2 rows." in done.text
    assert "Rows skipped" in done.text
    listed = web.get("/opportunities", params={"q": "Sheet AG"}).text
    assert "Sheet AG" in listed and "70000" in web.get(_link(listed, "Sheet AG")).text


def _link(html: str, text: str) -> str:
    found = re.search(rf'href="(/opportunities/\d+)">{re.escape(text)}<', html)
    assert found, text
    return found.group(1)


def test_the_data_page_counts_in_words(web: httpx.Client) -> None:
    _post(web, "/contacts", {"name": "Counted Carl"}, "/contacts")
    counts = re.search(r'<p class="muted" id="counts">(.*?)</p>', web.get("/data").text, re.S)
    # "1 contact" when this is the first one the shared app holds, "3 contacts" later.
    assert counts and re.search(r"\b\d+ contacts?\b", counts.group(1))
    assert "interview_contacts" not in counts.group(1) and "status_changes" not in counts.group(1)


def _backups(server: Server) -> list[Path]:
    return sorted((server.database.parent / "askback-backups").glob("askback-*.sqlite3"))


def test_settings_show_the_database_file_and_make_a_backup(web: httpx.Client, own: Server) -> None:
    page = web.get("/settings").text
    assert f'<code id="database-file">{own.database}</code>' in page
    assert str(own.database.parent / "askback-backups") in page
    before = _backups(own)

    location = _post(web, "/settings/backup", {}, "/settings")
    name = location.split("backed_up=", 1)[1].split("#", 1)[0]
    after = _backups(own)
    assert [p.name for p in after if p not in before] == [name]
    shown = web.get(location).text
    assert "Backup written to" in shown and name in shown
    # Reloading the result makes no second backup; a made-up name is not announced.
    web.get(location)
    assert _backups(own) == after
    assert "Backup written to" not in web.get("/settings?backed_up=../../etc/passwd").text
