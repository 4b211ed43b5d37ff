"""Hostile values through every form of the running app: never a 500, never a traceback.

The forms are read from the pages themselves (every `<form method="post">` and every `hx-post`
inside one), and the test fails if a POST route of the app has no form on any page, so a new
form is fuzzed from the day it appears. Values are sent as raw bytes, so invalid UTF-8 reaches
the server as a browser or a script could send it. The quick run is part of every test run;
`test_fuzz_every_form_for_minutes` (marked slow) keeps going for ASKBACK_FUZZ_SECONDS (130 s).
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote_from_bytes

import httpx
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from askback.web.app import create_app
from askback.web.routes import api_routes
from tests.e2e.server import Server, running_server
from tests.integration.web.objects import Maker

# Pages that hold every form, with {opp}, {iv} and {person} filled in from a fresh set.
PAGES = (
    "/",
    "/profile",
    "/opportunities",
    "/opportunities/{opp}",
    "/opportunities/{opp}/share",
    "/interviews/{iv}",
    "/contacts",
    "/contacts/{person}",
    "/questions/rml-001",
    "/questions/grow-001",
    "/data",
    "/settings",
)
_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, textarea, select, checkbox, radio, hidden, file, number, date, ...
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    action: str  # with {id} where the page had an id
    multipart: bool
    fields: tuple[Field, ...]


def _template(action: str) -> str:
    return _ID_SEGMENT.sub("/{id}", action.split("?", 1)[0])


def _fields(node: BeautifulSoup) -> tuple[Field, ...]:
    found: dict[str, Field] = {}
    for tag in node.find_all(["input", "select", "textarea", "button"]):
        name = tag.get("name")
        if not name or name == "csrf_token":
            continue
        kind = tag.name if tag.name != "input" else str(tag.get("type", "text"))
        if tag.name == "button":
            kind = "radio"  # a named submit button sends its value, one of them
        options = tuple(str(o.get("value", o.text)) for o in tag.find_all("option"))
        if kind in ("checkbox", "radio", "hidden") and tag.name != "select":
            options = (str(tag.get("value", "on")),)
        elif tag.name == "textarea" and (tag.text or not tag.has_attr("required")):
            options = (tag.text,)  # what the page filled in (a valid value, or empty)
        elif tag.name == "input" and not (tag.has_attr("required") and not tag.get("value")):
            options = (str(tag.get("value", "")),)
        old = found.get(name)
        found[name] = Field(name, kind, (old.options if old else ()) + options)
    return tuple(found.values())


def forms_in(html: str) -> list[Form]:
    """Every POST form of a page, and every hx-post inside one (it sends its own field)."""
    soup = BeautifulSoup(html, "html.parser")
    out = []
    for form in soup.find_all("form"):
        if str(form.get("method", "get")).lower() != "post":
            continue
        multipart = form.get("enctype") == "multipart/form-data"
        out.append(Form(_template(str(form.get("action"))), multipart, _fields(form)))
        for tag in form.find_all(attrs={"hx-post": True}):
            if tag.get("hx-post") != form.get("action"):
                own = (Field(str(tag.get("name")), tag.name), Field("key", "hidden", ("new",)))
                out.append(Form(_template(str(tag["hx-post"])), False, own))
    return out


@dataclass
class Objects:
    """A fresh opportunity with a person and an interview, and an answer in it."""

    opp: int
    person: int
    iv: int
    answer: int


def fresh(maker: Maker) -> Objects:
    opp = maker.opportunity()
    person = maker.contact(opp)
    iv = maker.interview(opp, [person])
    return Objects(opp, person, iv, maker.answer(iv, person, "They showed the incident log."))


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("askback-fuzz")) as srv:
        yield srv


@pytest.fixture(scope="module")
def all_forms(fuzz_server: Server) -> list[Form]:
    with fuzz_server.client() as client:
        maker = Maker(client)
        made = fresh(maker)
        ids = {"opp": made.opp, "iv": made.iv, "person": made.person}
        # Some forms show only in some states: a follow-up due, a question on the must-ask list.
        due = {"name": "Due Dana", "follow_up": "2030-01-01"}
        assert maker.post(f"/contacts/{made.person}/edit", due).status_code == 303
        assert maker.post("/plan/add", {"question_id": "rml-001"}).status_code == 303
        found: dict[tuple[str, tuple[str, ...]], Form] = {}
        for page in PAGES:
            response = client.get(page.format(**ids))
            assert response.status_code == 200, page
            for form in forms_in(response.text):
                found.setdefault((form.action, tuple(f.name for f in form.fields)), form)
    return list(found.values())


def test_every_post_route_has_a_form_to_fuzz(all_forms: list[Form]) -> None:
    routes = {
        re.sub(r"\{\w+\}", "{id}", r.path)
        for r in api_routes(create_app().routes)
        if "POST" in r.methods
    }
    fuzzed = {f.action for f in all_forms}
    missing = sorted(routes - fuzzed)
    assert not missing, (
        f"POST routes that no page has a form for (add the page to PAGES): {missing}"
    )


# Hostile values, as the bytes a client sends.
HUGE = [b"9" * 30, str(2**63).encode(), b"-" + b"9" * 25, b"1e309", b"nan", b"inf", b"0x1f"]
DATES = [
    b"0001-01-01T00:00",
    b"9999-12-31T23:59",
    b"2030-02-30T10:00",
    b"2030-13-01",
    b"24:61",
    b"now",
    b"1900-01-01T00:00",
    b"2030-01-01T10:00+14:00",
]
BAD_UTF8 = [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80abc", b"ok\xe9"]
CONTROL = [b"\x00", b"a\x00b", b"\x1b[31mred", b"\x7f", b"\xe2\x80\xae", b"\xef\xbb\xbf"]
MARKUP = [b"<script>alert(1)</script>", b"{{7*7}}", b"' OR 1=1 --", b"../../etc/passwd"]
EMPTY = [b"", b" ", b"\t\n"]


def hostile() -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.sampled_from(HUGE + DATES + BAD_UTF8 + CONTROL + MARKUP + EMPTY),
        st.text(max_size=40).map(str.encode),
        st.binary(max_size=20),
        st.integers().map(lambda n: str(n).encode()),
        st.sampled_from([10_000, 200_000, 2_100_000]).map(lambda n: b"x" * n),
    )


def value_for(field: Field, made: Objects) -> st.SearchStrategy[bytes]:
    """The field's own values (the page's options, or typical ones for its kind) and real ids."""
    typical = {
        "date": [b"2031-05-06"],
        "datetime-local": [b"2031-05-06T10:00"],
        "email": [b"ana@example.org"],
        "number": [b"3", b"60000"],
        "range": [b"7"],
    }
    own = [o.encode() for o in field.options] or typical.get(field.kind, [b"Acme", b"3"])
    if field.name.endswith("_id") or field.name.endswith("_ids"):
        own += [str(made.person).encode(), str(made.answer).encode()]
    if field.name == "question_id":
        own += [b"rml-001", b"grow-001"]
    return st.sampled_from(own)


def _urlencoded(pairs: list[tuple[bytes, bytes]]) -> bytes:
    return b"&".join(
        quote_from_bytes(k).encode() + b"=" + quote_from_bytes(v).encode() for k, v in pairs
    )


class Pool:
    """The objects forms are sent to; made anew once a delete may have removed them."""

    def __init__(self, client: httpx.Client) -> None:
        self.maker = Maker(client)
        self.made: Objects | None = None
        # Files an import takes: the app's own export, and a spreadsheet of two rows.
        export = client.get("/data/export.json")
        assert export.status_code == 200
        self.files = [export.content, b"company,role\nAcme,Data Scientist\nBeta,ML Engineer\n"]

    def get(self) -> Objects:
        if self.made is None:
            self.made = fresh(self.maker)
        return self.made

    def after(self, form: Form, response: httpx.Response) -> None:
        removes = form.action.endswith("/delete") or form.action.startswith("/data/import")
        if response.status_code < 400 and removes:
            self.made = None


# How a field is filled: mostly its own values, so that a submission gets past the fields not
# under attack and the hostile value meets the check that belongs to it.
FILLS = ("own",) * 6 + ("hostile",) * 2 + ("absent",)


def send(pool: Pool, form: Form, data: st.DataObject) -> httpx.Response:
    """One hostile submission of form, at the pool's objects or at an id that is not there."""
    made = pool.get()
    own_id = {"opportunities": made.opp, "interviews": made.iv, "contacts": made.person}
    kind = form.action.split("/")[1]
    path_id = data.draw(
        st.sampled_from([own_id.get(kind, made.opp)] * 4 + [0, 2**63, 10**25, 987654]),
        label="path id",
    )
    url = form.action.replace("{id}", str(path_id))
    token = pool.maker.token()
    pairs = []
    for field in form.fields:
        fill = data.draw(st.sampled_from(FILLS), label=f"fill {field.name}")
        if fill == "own":
            pairs.append((field.name.encode(), data.draw(value_for(field, made), label=field.name)))
        elif fill == "hostile":
            pairs.append((field.name.encode(), data.draw(hostile(), label=field.name)))
    client = pool.maker.client
    if form.multipart:
        files = [(k.decode(), (None, v)) for k, v in pairs if k != b"file"]
        name = data.draw(
            st.sampled_from(["a.json", "a.csv", "ü.csv", "C:\\x\\y.json"] * 3 + ["..", "x" * 300]),
            label="file name",
        )
        body = data.draw(st.one_of(hostile(), st.sampled_from(pool.files)), label="file body")
        files.append(("file", (name, body)))  # type: ignore[arg-type]
        return client.post(url, params={"csrf_token": token}, files=files)
    pairs.append((b"csrf_token", token.encode()))
    return client.post(
        url,
        content=_urlencoded(pairs),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def check(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    assert "Traceback" not in response.text
    if response.status_code >= 400:
        # A refusal says why: an error page's alert, or the plain one-line refusal.
        assert 'role="alert"' in response.text or (
            "text/plain" in response.headers.get("content-type", "") and response.text.strip()
        ), response.text[:300]


def _run(server: Server, forms: list[Form], examples: int, run: int = 0) -> Counter[str]:
    """Fuzz for a number of examples; how often each form was accepted (2xx/3xx) or refused."""
    seen: Counter[str] = Counter()
    with server.client() as client:
        pool = Pool(client)

        # Each run its own seed: under pytest every run of the same function would otherwise
        # draw the same examples, and a long fuzz would repeat its first minute.
        @seed(run)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(st.data())
        def fuzz(data: st.DataObject) -> None:
            form = data.draw(st.sampled_from(forms), label="form")
            response = send(pool, form, data)
            pool.after(form, response)
            check(response)
            seen[f"{form.action} {'refused' if response.status_code >= 400 else 'accepted'}"] += 1

        fuzz()
    return seen


def test_fuzz_every_form(fuzz_server: Server, all_forms: list[Form]) -> None:
    _run(fuzz_server, all_forms, examples=40)
    log = (fuzz_server.home / "server.log").read_text()
    assert "Traceback" not in log, log[-3000:]


@pytest.mark.slow
def test_fuzz_every_form_for_minutes(fuzz_server: Server, all_forms: list[Form]) -> None:
    until = time.monotonic() + float(os.environ.get("ASKBACK_FUZZ_SECONDS", "130"))
    seen: Counter[str] = Counter()
    runs = 0
    while time.monotonic() < until:
        seen += _run(fuzz_server, all_forms, examples=100, run=runs)
        runs += 1
    print(f"{sum(seen.values())} submissions:", dict(sorted(seen.items())))
    # Every form was sent, and most were both accepted and refused: the hostile values met
    # the routes' own checks, not only a blanket refusal.
    sent = {key.rsplit(" ", 1)[0] for key in seen}
    assert sent == {f.action for f in all_forms}
    both = [a for a in sent if seen[f"{a} accepted"] and seen[f"{a} refused"]]
    assert len(both) >= len(sent) // 2, seen
    log = (fuzz_server.home / "server.log").read_text()
    assert "Traceback" not in log, log[-3000:]


def _get_routes() -> list[tuple[str, tuple[str, ...]]]:
    """Each page (GET route) with the query parameters it reads."""
    out = []
    for route in api_routes(create_app().routes):
        if "GET" in route.methods:
            names: tuple[str, ...] = ()
            for q in route.dependant.query_params:
                model_fields = getattr(q.field_info.annotation, "model_fields", None)
                names += tuple(model_fields) if model_fields else (q.alias or q.name,)
            out.append((route.path, names))
    return out


def test_fuzz_every_page_query(fuzz_server: Server) -> None:
    """Search boxes and links carry query parameters: hostile ones get a 4xx or a page."""
    pages = _get_routes()
    assert len(pages) >= 15
    with fuzz_server.client() as client:
        made = fresh(Maker(client))
        ids = {
            "{opportunity_id}": made.opp,
            "{interview_id}": made.iv,
            "{contact_id}": made.person,
            "{question_id}": "rml-001",
            "{fmt}": "md",
        }

        @settings(max_examples=60, deadline=None, database=None)
        @given(st.data())
        def fuzz(data: st.DataObject) -> None:
            path, names = data.draw(st.sampled_from(pages), label="page")
            for placeholder, value in ids.items():
                path = path.replace(placeholder, str(value))
            query = b"&".join(
                quote_from_bytes(n.encode()).encode()
                + b"="
                + quote_from_bytes(data.draw(hostile(), label=n)[:5000]).encode()
                for n in names
                if data.draw(st.booleans(), label=f"send {n}")
            )
            check(client.get(path + "?" + query.decode()))

        fuzz()
    log = (fuzz_server.home / "server.log").read_text()
    assert "Traceback" not in log, log[-3000:]
