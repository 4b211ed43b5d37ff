"""Errors raised below the forms (pay range, dates, emails) and timeline lines, in German on a
German page and in English on an English one, through real HTTP against the running app."""

from __future__ import annotations

import html
import re

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.web.i18n import LANG_COOKIE
from tests.e2e.server import Server
from tests.integration.web.conftest import form_token, shown
from tests.integration.web.objects import Maker

SETTINGS = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# What an English refusal says where a German page should speak German.
SIGNAL = {"source": "job-ad", "dimension": "team-practices"}
ENGLISH = ("is above", "impossible date", "is not an email", "not between the years", "type ")


def _in(server: Server, lang: str) -> httpx.Client:
    client = server.client()
    client.cookies.set(LANG_COOKIE, lang)
    return client


def _text(response: httpx.Response) -> str:
    """The page as read, without tags."""
    return html.unescape(re.sub(r"<[^>]+>", " ", shown(response.text)))


def _refused(client: httpx.Client, path: str, data: dict[str, object]) -> str:
    response = Maker(client).post(path, data)
    assert response.status_code == 400, response.text[:300]
    return " ".join(_text(response).split())


def _german_only(said: str) -> None:
    assert not any(word in said for word in ENGLISH), said


@SETTINGS
@given(st.integers(1, 10**9), st.integers(1, 10**6))
def test_an_inverted_pay_range_is_explained_in_each_language(
    server: Server, high: int, gap: int
) -> None:
    data = {"company": "Spanne AG", "role": "DS", "pay_min": high + gap, "pay_max": high}
    with _in(server, "de") as german, _in(server, "en") as english:
        de = _refused(german, "/opportunities", data)
        en = _refused(english, "/opportunities", data)
    low_de, high_de = f"{high + gap:,}".replace(",", "."), f"{high:,}".replace(",", ".")
    assert f"Gehalt von: {low_de} liegt über Gehalt bis ({high_de})" in de, de
    assert "geben Sie den kleineren Betrag zuerst ein" in de
    _german_only(de)
    assert f"Pay from: {high + gap:,} is above Pay to ({high:,}); type the lower amount" in en


@SETTINGS
@given(
    st.one_of(
        st.builds(lambda m, d: f"2026-{m:02d}-{d:02d}", st.integers(13, 99), st.integers(1, 28)),
        st.builds(lambda d: f"2027-02-{d}", st.integers(29, 31)),
        st.builds(lambda d: f"2026-04-{d}", st.integers(31, 39)),
    )
)
def test_an_impossible_follow_up_day_is_named_in_german(server: Server, typed: str) -> None:
    data = {"name": "Tag Los", "follow_up": typed}
    with _in(server, "de") as german, _in(server, "en") as english:
        de = _refused(german, "/contacts", data)
        en = _refused(english, "/contacts", data)
    assert f"„{typed}“ ist kein Tag im Kalender" in de, de
    assert "geben Sie ein existierendes Datum ein" in de
    _german_only(de)
    assert f"impossible date '{typed}'" in en


@SETTINGS
@given(st.sampled_from(["kein-at", "a@", "@b.de", "zwei@@x.de", "x@y", "a b@c.de"]))
def test_a_bad_email_is_named_in_german_with_what_to_type(server: Server, typed: str) -> None:
    data = {"name": "Post Los", "email": typed}
    with _in(server, "de") as german, _in(server, "en") as english:
        de = _refused(german, "/contacts", data)
        en = _refused(english, "/contacts", data)
    assert f"„{typed}“ ist keine E-Mail-Adresse" in de, de
    assert "name@example.com" in de
    _german_only(de)
    assert f"'{typed}' is not an email address" in en


def test_a_far_away_year_and_a_too_long_name_are_refused_in_german(server: Server) -> None:
    with _in(server, "de") as german:
        far = _refused(german, "/contacts", {"name": "Weit Weg", "follow_up": "3026-01-05"})
        long = _refused(german, "/contacts", {"name": "N" * 500})
    assert "Nachfassen am: 3026-01-05 liegt nicht zwischen den Jahren" in far, far
    _german_only(far)
    assert "Name: Hier passen höchstens" in long, long


def _timeline(client: httpx.Client, opportunity: int) -> str:
    page = client.get(f"/opportunities/{opportunity}")
    assert page.status_code == 200
    return " ".join(_text(page).split())


def test_timeline_lines_are_german_with_the_plural_that_fits(server: Server) -> None:
    with _in(server, "en") as english, _in(server, "de") as german:
        make = Maker(english)
        opp = make.opportunity()
        person = make.contact(opp)
        iv = make.interview(opp, [person])
        seen = []
        for n in range(3):
            if n:
                make.answer(iv, person, f"Answer {n}: the team shipped on time.")
            seen.append((_timeline(english, opp), _timeline(german, opp)))
    (en0, de0), (en1, de1), (en2, de2) = seen
    assert "Beginn der Verfolgung: Parent" in de0 and "started tracking" not in de0
    assert "Gespräch (" in de0 and "interview at" not in de0
    assert "notiert" not in de0 and "logged" not in en0
    assert "1 Antwort notiert" in de1 and "1 answer logged" in en1
    assert "2 Antworten notiert" in de2 and "2 answers logged" in en2
    assert "answers logged" not in de2 and "answer logged" not in de1


def test_a_red_flag_signal_reads_german_on_the_timeline(server: Server) -> None:
    with _in(server, "en") as english, _in(server, "de") as german:
        make = Maker(english)
        opp = make.opportunity()
        note = {"note": "no pay range given", "red_flag": "1", "rating": "2"}
        response = make.post(f"/opportunities/{opp}/signals", {**SIGNAL, **note})
        assert response.status_code == 303, response.text[:300]
        de, en = _timeline(german, opp), _timeline(english, opp)
    assert ", bewertet mit 2 (Warnsignal): no pay range given" in de, de
    assert " rated 2 (red flag): no pay range given" in en
    assert "rated" not in de and "red flag" not in de


@SETTINGS
@given(st.sampled_from(["Mars/Olympus", "Europe/Berlinn", "Nirgendwo", "UTC+99"]))
def test_an_unknown_time_zone_is_named_in_german(server: Server, zone: str) -> None:
    with _in(server, "en") as english, _in(server, "de") as german:
        opp = Maker(english).opportunity()
        data = {"stage": "team", "starts_at": "2031-05-06T10:00", "timezone": zone}
        de = _refused(german, f"/opportunities/{opp}/interviews", data)
    assert f"Zeitzone: „{zone}“ ist keine bekannte Zeitzone" in de, de
    assert "Europe/Berlin" in de and "unknown time zone" not in de


def test_a_skipped_hour_and_an_unconfirmed_delete_are_explained_in_german(server: Server) -> None:
    with _in(server, "en") as english, _in(server, "de") as german:
        opp = Maker(english).opportunity()
        data = {"stage": "team", "starts_at": "2031-03-30T02:30", "timezone": "Europe/Berlin"}
        gap = _refused(german, f"/opportunities/{opp}/interviews", data)
        delete = _refused(german, f"/opportunities/{opp}/delete", {})
        kept = english.get(f"/opportunities/{opp}")
    assert "gibt es in Europe/Berlin nicht" in gap and "Sommerzeit" in gap, gap
    assert "Kreuzen Sie das Kästchen an" in delete, delete
    assert kept.status_code == 200


@pytest.mark.parametrize("name", ["..", "."])
def test_an_unusable_upload_name_is_refused_in_german(server: Server, name: str) -> None:
    with _in(server, "de") as german:
        response = german.post(
            "/data/import",
            params={"csrf_token": form_token(german, "/data")},
            data={"mode": "merge"},
            files={"file": (name, "{}", "application/json")},
        )
    said = " ".join(_text(response).split())
    assert response.status_code == 400, said[:300]
    assert f"Der Name der hochgeladenen Datei, „{name}“, ist nicht verwendbar" in said, said
    assert "uploaded file" not in said


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 12), st.integers(1990, 2090))
def test_an_ambiguous_day_is_explained_in_german_with_both_readings(
    server: Server, day: int, month: int, year: int
) -> None:
    if day == month:
        return  # reads the same either way: not ambiguous
    typed = f"{day:02d}/{month:02d}/{year}"
    with _in(server, "de") as german:
        de = _refused(german, "/contacts", {"name": "Tag Zwei", "follow_up": typed})
    day_first, month_first = f"{year}-{month:02d}-{day:02d}", f"{year}-{day:02d}-{month:02d}"
    assert f"„{typed}“ lässt sich zweifach lesen: {day_first} (Tag zuerst)" in de, de
    assert f"oder {month_first} (Monat zuerst)" in de
    assert "in den Einstellungen" in de
    _german_only(de)
