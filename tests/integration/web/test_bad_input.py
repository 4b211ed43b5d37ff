"""Bad input to the running app: a 4xx that names the problem, never a 500, nothing saved."""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from askback.web.app import create_app
from askback.web.routes import api_routes
from tests.e2e.server import Server, running_server
from tests.integration.web.conftest import form_token
from tests.integration.web.objects import Maker

HUGE = "99999999999999999999999"


def _message(response: httpx.Response) -> str:
    found = re.search(r'role="alert">(?:<p>)?(.*?)</', response.text, re.S)
    return found.group(1).strip() if found else response.text


def _clear_4xx(response: httpx.Response, *words: str) -> str:
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    assert "Traceback" not in response.text and "/tmp/" not in response.text
    message = _message(response)
    for word in words:
        assert word in message, message
    return message


def _id_routes() -> list[tuple[str, str]]:
    out = []
    for route in api_routes(create_app().routes):
        if any(p.field_info.annotation is int for p in route.dependant.path_params):
            out.extend((method, route.path) for method in sorted(route.methods - {"HEAD"}))
    return out


@pytest.mark.parametrize("bad", [HUGE, "0", "-3", "12abc", "1e3"])
def test_a_bad_id_in_any_path_is_a_400_that_names_it(client: httpx.Client, bad: str) -> None:
    routes = _id_routes()
    assert len(routes) >= 15
    token = form_token(client)
    for method, path in routes:
        url = re.sub(r"\{\w+_id\}", bad, path)
        response = client.request(method, url, data={"csrf_token": token, "name": "x"})
        assert response.status_code == 400, (method, url, response.status_code)
        _clear_4xx(response, "is not an id")


@pytest.mark.parametrize("ids", [HUGE, "abc", "1,-2", "0"])
def test_bad_ids_to_compare_are_a_400(client: httpx.Client, ids: str) -> None:
    _clear_4xx(client.get("/compare", params={"ids": ids}), "ids")


def test_ids_to_compare_that_do_not_exist_are_a_404(client: httpx.Client) -> None:
    _clear_4xx(client.get("/compare", params=[("ids", "987654"), ("ids", "987655")]), "987654")


@pytest.mark.parametrize(
    ("field", "value", "word"),
    [
        ("confidence-growth", "abc", "confidence of growth"),
        ("confidence-growth", "nan", "confidence of growth"),
        ("confidence-growth", "7", "confidence of growth"),
        ("weight-growth", "11", "weight of growth"),
        ("weight-growth", HUGE, "weight of growth"),
        ("at_least-growth", "9", "deal breaker of growth"),
    ],
)
def test_bad_profile_numbers_are_refused(
    client: httpx.Client, field: str, value: str, word: str
) -> None:
    maker = Maker(client)
    before = client.get("/profile").text
    _clear_4xx(maker.post("/profile", {"at_least-growth": "3", field: value}), word)
    _clear_4xx(maker.post("/profile", {field: value}), word)
    after = client.get("/profile").text
    assert re.sub(r'value="[0-9a-f]{64}"', "", before) == re.sub(r'value="[0-9a-f]{64}"', "", after)


@pytest.mark.parametrize(
    ("starts_at", "zone"),
    [
        ("0001-01-01T00:00", "Europe/Berlin"),
        ("0001-01-01T12:00", "UTC"),
        ("9999-12-31T23:59", "Pacific/Kiritimati"),
        ("1899-12-31T23:00", "America/New_York"),
        ("2030-02-30T10:00", "UTC"),
    ],
)
def test_an_interview_out_of_the_calendar_is_refused(
    client: httpx.Client, starts_at: str, zone: str
) -> None:
    maker = Maker(client)
    opp = maker.opportunity()
    before = maker.export()
    data = {"stage": "team", "starts_at": starts_at, "timezone": zone}
    _clear_4xx(maker.post(f"/opportunities/{opp}/interviews", data), "starts at")
    assert maker.export() == before
    assert client.get(f"/opportunities/{opp}").status_code == 200


@pytest.fixture(scope="module")
def new_york(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on a machine in America/New_York."""
    home = tmp_path_factory.mktemp("askback-ny")
    with running_server(home, env={"TZ": "America/New_York"}) as srv:
        yield srv


@pytest.mark.parametrize(
    "stored", [datetime(1, 1, 1, 0, 6, tzinfo=UTC), datetime(9999, 12, 31, 23, 0, tzinfo=UTC)]
)
def test_a_time_already_stored_at_the_calendars_edge_does_not_break_pages(
    new_york: Server, stored: datetime
) -> None:
    """A value written before the check (or by another tool) still shows; its page still works."""
    from sqlalchemy import update

    from askback.app import interviews
    from askback.app.workspace import Workspace
    from askback.store.models import Interview

    with new_york.client() as client:
        maker = Maker(client)
        opp = maker.opportunity()
        person = maker.contact(opp)
        ws = Workspace.open(f"sqlite:///{new_york.database}", "local")
        fine = datetime(2030, 1, 1, 9, tzinfo=UTC)
        try:
            row = interviews.add(
                ws, opportunity=opp, stage="team", starts_at=fine, timezone="Europe/Berlin"
            )
            other = interviews.add(
                ws, opportunity=opp, stage="screen", starts_at=fine, timezone="Pacific/Kiritimati"
            )
            # Every way in refuses such a time now; write it as an older version could have.
            with ws.transaction() as s:
                s.execute(
                    update(Interview)
                    .where(Interview.id.in_([row.id, other.id]))
                    .values(starts_at=stored)
                )
        finally:
            ws.close()
        for path in (
            f"/opportunities/{opp}",
            f"/interviews/{row.id}",
            f"/interviews/{other.id}",
            f"/contacts/{person}",
            "/",
            "/data/interviews.ics",
            f"/opportunities/{opp}/dossier.md",
            f"/opportunities/{opp}/plan?interview={row.id}",
        ):
            response = client.get(path)
            assert response.status_code == 200, (path, response.text[:300])
        # The delete form on that page still works.
        gone = maker.post(f"/opportunities/{opp}/delete", {"confirm": "yes"})
        assert gone.status_code == 303


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("..", "not a file name"),
        (".", "not a file name"),
        ("", "not a file name"),
        ("ä" * 130, "255 bytes"),
        ("x" * 256 + ".json", "255 bytes"),
    ],
)
@pytest.mark.parametrize("route", ["/data/import", "/data/import-csv"])
def test_an_upload_with_an_impossible_name_is_refused(
    client: httpx.Client, name: str, word: str, route: str
) -> None:
    token = form_token(client, "/data")
    response = client.post(
        route, params={"csrf_token": token}, files={"file": (name, b"{}", "application/json")}
    )
    if name == "":
        # httpx sends no file at all for an empty name: then the file is simply missing.
        _clear_4xx(response, "file")
    else:
        _clear_4xx(response, word)


@pytest.mark.parametrize(
    ("route", "name", "body", "word"),
    [
        ("/data/import", "mine.json", b"{nope", "mine.json: not valid JSON"),
        ("/data/import", "leer.json", b"", "leer.json"),
        ("/data/import", "C:\\Users\\me\\old.json", b"[1]", "old.json"),
        ("/data/import-csv", "jobs.csv", b"", "jobs.csv"),
        ("/data/import-csv", "bin.csv", b"\xff\xfe\x00garbage\x00", "bin.csv"),
    ],
)
def test_import_errors_name_the_uploaded_file_not_a_server_path(
    client: httpx.Client, route: str, name: str, body: bytes, word: str
) -> None:
    token = form_token(client, "/data")
    response = client.post(route, params={"csrf_token": token}, files={"file": (name, body)})
    message = _clear_4xx(response, word)
    assert "askback-import-" not in response.text and "/tmp" not in message


def _raw_form(client: httpx.Client, path: str, body: bytes) -> httpx.Response:
    token = form_token(client)
    return client.post(
        path,
        content=body + b"&csrf_token=" + token.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (b"name=Ren%E9+Dupont", "not valid UTF-8"),
        (b"name=%FF%FE", "not valid UTF-8"),
        (b"name=ok&notes=%C3%28", "“notes” is not valid UTF-8"),
        (b"name=ok&notes=\xe9t\xe9", "not valid UTF-8"),
        (b"name=ok&role=a%00b", "U+0000"),
        (b"name=ok&company=a%1Bb", "U+001B"),
        (b"na%FFme=x", "not valid UTF-8"),
    ],
)
def test_form_text_that_cannot_be_stored_is_refused(
    client: httpx.Client, body: bytes, word: str
) -> None:
    maker = Maker(client)
    before = maker.export()
    _clear_4xx(_raw_form(client, "/contacts", body), word)
    assert maker.export() == before
    assert "\ufffd" not in client.get("/contacts").text


def test_tabs_and_newlines_in_notes_are_kept(client: httpx.Client) -> None:
    response = _raw_form(client, "/contacts", b"name=Tab+Tina&notes=a%09b%0D%0Ac")
    assert response.status_code == 303
    assert "a\tb\r\nc" in client.get(response.headers["location"]).text or "a\tb\nc" in (
        client.get(response.headers["location"]).text
    )


@pytest.mark.parametrize(
    "email", ["not-an-email", "two@@example.org", "a@b", "a b@example.org", "ä@" + "x" * 300]
)
def test_a_bad_email_address_is_refused(client: httpx.Client, email: str) -> None:
    maker = Maker(client)
    before = maker.export()
    _clear_4xx(maker.post("/contacts", {"name": "Mail Max", "email": email}), "email")
    assert maker.export() == before


def test_a_good_email_address_is_kept_in_its_normal_form(client: httpx.Client) -> None:
    maker = Maker(client)
    response = maker.post("/contacts", {"name": "Mail Mia", "email": "mia@Example.ORG"})
    assert response.status_code == 303
    assert "mia@example.org" in client.get(response.headers["location"]).text


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://127.0.0.1:1"},
        {"Origin": "https://127.0.0.1:{port}"},
        {"Origin": "http://localhost:{port}"},
        {"Origin": "http://127.0.0.1:{port}.evil.example"},
        {"Origin": "ftp://127.0.0.1:{port}"},
        {"Origin": "garbage"},
        {"Referer": "http://127.0.0.1:1/contacts"},
        {"Referer": "https://127.0.0.1:{port}/contacts"},
        {"Referer": "http://evil.example/?http://127.0.0.1:{port}/"},
    ],
)
def test_another_origin_is_refused_even_with_a_valid_token(
    server: Server, client: httpx.Client, headers: dict[str, str]
) -> None:
    token = form_token(client)
    sent = {k: v.format(port=server.port) for k, v in headers.items()}
    response = client.post(
        "/contacts", data={"name": "Origin Olga", "csrf_token": token}, headers=sent
    )
    assert response.status_code == 403, sent
    assert "Origin Olga" not in client.get("/contacts").text


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://127.0.0.1:{port}"},
        {"Origin": "HTTP://127.0.0.1:{port}"},
        {"Origin": "null"},
        {"Referer": "http://127.0.0.1:{port}/contacts?q=1"},
        {},
    ],
)
def test_this_origin_is_accepted(
    server: Server, client: httpx.Client, headers: dict[str, str]
) -> None:
    token = form_token(client)
    sent = {k: v.format(port=server.port) for k, v in headers.items()}
    response = client.post(
        "/contacts", data={"name": "Same Sam", "csrf_token": token}, headers=sent
    )
    assert response.status_code == 303, (sent, response.text[:300])


def _send_headers_only(
    server: Server, headers: dict[str, str], first: bytes
) -> tuple[bytes, float]:
    """Announce a huge body, send its first bytes, and read what the server answers at once."""
    lines = [f"POST {headers.pop(':path')} HTTP/1.1", f"Host: 127.0.0.1:{server.port}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + first)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer, time.monotonic() - started


def test_an_upload_without_the_token_is_refused_before_its_body(server: Server) -> None:
    boundary = "b0undary"
    first = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n'
    )
    answer, took = _send_headers_only(
        server,
        {
            ":path": "/data/import",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(200_000_000),
        },
        first.encode() + b"x" * 1000,
    )
    # The server answered after 1 kB of a 200 MB body: it did not wait to read the rest.
    assert answer.startswith(b"HTTP/1.1 403"), answer[:200]
    assert b"content-security-policy" in answer.lower()
    assert took < 5


def test_an_upload_over_the_limit_is_refused_before_its_body(
    server: Server, client: httpx.Client
) -> None:
    token = form_token(client, "/data")
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    answer, took = _send_headers_only(
        server,
        {
            ":path": f"/data/import?csrf_token={token}",
            "Cookie": cookie,
            "Content-Type": "multipart/form-data; boundary=x",
            "Content-Length": str(200_000_000),
        },
        b"--x\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 413"), answer[:300]
    assert took < 5


def test_an_unannounced_upload_is_stopped_at_the_limit(client: httpx.Client) -> None:
    token = form_token(client, "/data")
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n'
        block = b"{" * 1_000_000
        for _ in range(80):
            sent += len(block)
            yield block

    try:
        response = client.post(
            "/data/import",
            params={"csrf_token": token},
            content=body(),
            headers={"Content-Type": "multipart/form-data; boundary=x"},
        )
    except httpx.HTTPError:
        pass  # the server may close the connection while the client still sends: also a refusal
    else:
        _clear_4xx(response)
        assert response.status_code == 413
    assert "a.json" not in client.get("/data").text


def test_a_form_over_the_limit_is_refused(client: httpx.Client) -> None:
    maker = Maker(client)
    response = maker.post("/contacts", {"name": "Big Bo", "notes": "x" * 3_000_000})
    _clear_4xx(response)
    assert response.status_code == 413


@pytest.fixture()
def broken(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path) as srv:
        yield srv


def test_an_unhandled_error_carries_the_security_headers_and_no_details(broken: Server) -> None:
    with broken.client() as client:
        person = Maker(client).contact()
        assert client.get(f"/contacts/{person}").status_code == 200
        # Break the database under the running app: its pages can no longer be built.
        with sqlite3.connect(broken.database) as db:
            db.execute("DROP TABLE answers")
        for path in (f"/contacts/{person}", "/data/export.json"):
            response = client.get(path)
            assert response.status_code == 500, (path, response.status_code)
            headers = response.headers
            assert "default-src 'none'" in headers["content-security-policy"]
            assert headers["x-frame-options"] == "DENY"
            assert headers["x-content-type-options"] == "nosniff"
            assert headers["cache-control"] == "no-store"
            assert "Traceback" not in response.text and "answers" not in response.text
            assert "log has the details" in response.text
        # The server goes on, and its log has what went wrong.
        assert client.get("/static/app.css").status_code == 200
    assert "no such table: answers" in (broken.home / "server.log").read_text()


@pytest.mark.parametrize(
    "token", ["1", "short-token", "aaaaaaaaaaaaaaaaaaaaaaaa", "abababababababab1"]
)
def test_a_weak_access_token_is_refused_with_a_clear_line(tmp_path: Path, token: str) -> None:
    serve = [sys.executable, "-c", "from askback.cli import main; main()", "serve"]
    done = subprocess.run(
        [*serve, "--no-browser", "--host", "0.0.0.0", "--token", token],
        capture_output=True,
        text=True,
        timeout=60,
        env={"ASKBACK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode != 0
    assert "--token" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.parametrize("key", ["x" * 200_000, "a b", "<b>", "row\u00e9"])
def test_a_row_key_that_is_not_a_short_word_is_refused(client: httpx.Client, key: str) -> None:
    maker = Maker(client)
    opp = maker.opportunity()
    iv = maker.interview(opp, [maker.contact(opp)])
    before = maker.export()
    data = {"key": key, "question_text": "Own question?", "notes": "noted"}
    _clear_4xx(maker.post(f"/interviews/{iv}/answers", data), "key")
    _clear_4xx(maker.post("/analyze/answer", {"key": key, "notes": "We shipped it."}), "key")
    assert maker.export() == before


@pytest.mark.parametrize("target", ["/" + "x" * 100_000, "//evil.example/", "/\\evil.example"])
def test_the_language_switch_goes_back_only_to_a_short_local_path(
    client: httpx.Client, target: str
) -> None:
    response = Maker(client).post("/settings/language", {"lang": "de", "next": target})
    assert response.status_code == 303
    assert response.headers["location"] == "/settings"


@pytest.mark.parametrize("zone", ["x" * 10_000, "../../etc/passwd", "Europe", "Mars/Olympus"])
def test_an_interview_in_an_unknown_time_zone_is_refused(client: httpx.Client, zone: str) -> None:
    maker = Maker(client)
    opp = maker.opportunity()
    before = maker.export()
    data = {"stage": "team", "starts_at": "2031-01-01T10:00", "timezone": zone}
    _clear_4xx(maker.post(f"/opportunities/{opp}/interviews", data), "time zone")
    assert maker.export() == before
