"""Pages in each language through real HTTP: plural forms, pay and dates the locale's way."""

from __future__ import annotations

import html
import re

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.i18n import languages
from askback.web.i18n import LANG_COOKIE
from tests.e2e.server import Server
from tests.integration.web.conftest import shown
from tests.integration.web.objects import Maker

# The interview's line on its opportunity's page counts the answers: "(1 answer)".
ANSWER_COUNT = re.compile(r'<span class="small muted">\((\d+ [^)<]+)\)</span></li>')


def _in(server: Server, lang: str) -> httpx.Client:
    client = server.client()
    client.cookies.set(LANG_COOKIE, lang)
    return client


def _counts(client: httpx.Client, opportunity: int) -> list[str]:
    page = client.get(f"/opportunities/{opportunity}")
    assert page.status_code == 200
    return ANSWER_COUNT.findall(page.text)


def test_answer_counts_take_the_plural_form_that_fits_in_each_language(server: Server) -> None:
    with server.client() as english, _in(server, "de") as german:
        make = Maker(english)
        opp = make.opportunity()
        person = make.contact(opp)
        iv = make.interview(opp, [person])
        seen: dict[str, list[str]] = {"en": [], "de": []}
        for n in range(3):
            if n:
                make.answer(iv, person, f"Answer number {n}: the team stopped a model.")
            seen["en"] += _counts(english, opp)
            seen["de"] += _counts(german, opp)
    assert seen["en"] == ["0 answers", "1 answer", "2 answers"]
    assert seen["de"] == ["0 Antworten", "1 Antwort", "2 Antworten"]


def test_question_matches_are_counted_with_the_right_form(server: Server) -> None:
    for lang, zero, many in (
        ("en", "0 questions match.", "questions match."),
        ("de", "0 Fragen passen.", "Fragen passen."),
    ):
        with _in(server, lang) as client:
            none = client.get("/questions", params={"q": "zzqxv wkjhq"}).text
            assert zero in none
            some = client.get("/questions").text
            found = re.search(r'id="match-count">(\d+) ', some)
            assert found and int(found.group(1)) > 1 and many in some


def _shown(clients: tuple[httpx.Client, ...], path: str) -> list[str]:
    return [shown(c.get(path).text) for c in clients]


def test_a_german_page_writes_pay_and_days_the_german_way(server: Server) -> None:
    with server.client() as english, _in(server, "de") as german:
        make = Maker(english)
        pay = {"company": "Zahlen GmbH", "role": "DS", "pay_min": "78000", "pay_max": "92000"}
        opp = make.post("/opportunities", {**pay, "currency": "EUR"})
        person = make.post("/contacts", {"name": "Dora Datum", "follow_up": "2026-12-03"})
        assert opp.status_code == person.status_code == 303, (opp.text[:300], person.text[:300])
        en, de = _shown((english, german), opp.headers["location"])
        assert "€78,000–92,000" in en and "78.000–92.000 €" in de
        en, de = _shown((english, german), person.headers["location"])
        assert "Dec 3, 2026" in en and "3. Dez. 2026" in de


def test_the_language_switch_offers_every_catalog(server: Server) -> None:
    with server.client() as client:
        page = client.get("/").text
    offered = re.findall(r'name="lang" value="(\w+)"', page)
    assert offered == list(languages())


def _refusal(client: httpx.Client, data: dict[str, object]) -> str:
    response = Maker(client).post("/opportunities", data)
    assert response.status_code == 400, response.text[:300]
    found = re.search(r'<div class="alert" role="alert"><p>(.*?)</p>', response.text, re.S)
    assert found, response.text[:500]
    return html.unescape(found.group(1))


# Letters, digits, punctuation and symbols (control characters have their own refusal; blanks
# mean "not given"); three letters would be a code.
TYPED = st.text(st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=8)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(TYPED.filter(lambda t: not re.fullmatch(r"[A-Za-z]{3}", t)))
def test_a_bad_currency_is_explained_in_german_with_what_to_type(
    server: Server, currency: str
) -> None:
    with _in(server, "de") as german:
        said = _refusal(german, {"company": "Geld AG", "role": "DS", "currency": currency})
    assert said.startswith("Währung: „") and "etwa EUR, USD oder CHF" in said
    assert "should" not in said and "pattern" not in said


def test_german_form_errors_name_the_field_and_what_to_type(server: Server) -> None:
    cases = [
        ({"company": "Geld AG", "role": "DS", "pay_min": "viel"}, "Gehalt von: „viel“ ist keine"),
        ({"company": "G" * 201, "role": "DS"}, "Unternehmen: Hier passen höchstens 200 Zeichen"),
        ({"company": "", "role": "DS"}, "Unternehmen fehlt: Bitte ausfüllen."),
    ]
    with _in(server, "de") as german, server.client() as english:
        for data, said in cases:
            assert said in _refusal(german, data)
        assert "Currency: “€” is not accepted here; type the three capital letters" in _refusal(
            english, {"company": "Geld AG", "role": "DS", "currency": "€"}
        )
