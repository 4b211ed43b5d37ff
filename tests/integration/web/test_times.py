"""The web app shows times by the same rule as the CLI, in the zone set on the settings page."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.server import Server, running_server
from tests.integration.web.conftest import form_token, shown


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # No ASKBACK_TZ: the settings page decides; the "machine" is in UTC.
    home: Path = tmp_path_factory.mktemp("askback-web-times")
    with running_server(home, env={"ASKBACK_TZ": "", "TZ": "UTC"}) as srv:
        yield srv


def _post(client: httpx.Client, path: str, data: dict[str, str]) -> httpx.Response:
    token = form_token(client, "/settings")
    return client.post(path, data={**data, "csrf_token": token})


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", shown(html)).split())


def test_the_settings_page_sets_the_zone_every_page_uses(server: Server) -> None:
    with server.client() as client:
        bad = _post(client, "/settings/timezone", {"timezone": "Asia/Kolkatta"})
        assert bad.status_code == 400 and "did you mean &#39;Asia/Kolkata&#39;" in bad.text
        assert _post(client, "/settings/timezone", {"timezone": "Asia/Kolkata"}).status_code == 303
        assert "Times are shown in Asia/Kolkata" in _text(client.get("/settings").text)

        opp = client.post(
            "/opportunities",
            data={
                "company": "Zeitwerk",
                "role": "DS",
                "status": "interviewing",
                "csrf_token": form_token(client),
            },
        )
        assert opp.status_code == 303
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
        local = (datetime.now(berlin) + timedelta(days=2)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        page = opp.headers["location"]
        added = client.post(
            f"{page}/interviews",
            data={
                "stage": "team",
                "starts_at": f"{local:%Y-%m-%dT%H:%M}",
                "timezone": "Europe/Berlin",
                "csrf_token": form_token(client, page),
            },
        )
        assert added.status_code == 303, added.text[:300]
        mine = local.astimezone(zoneinfo.ZoneInfo("Asia/Kolkata"))
        theirs = f"{local:%H:%M} {local.tzname()} Europe/Berlin"
        shown = f"{mine:%a, %b} {mine.day}, {mine.year} {mine:%H:%M} IST"
        dashboard = _text(client.get("/").text)
        pipeline = dashboard.split("Pipeline", 1)[1].split("Upcoming interviews", 1)[0]
        upcoming = dashboard.split("Upcoming interviews", 1)[1]
        # One interview, one time: the pipeline and the agenda agree, in the user's zone.
        assert f"next: {shown}" in pipeline
        assert f"{shown} ({theirs})" in upcoming
        assert f"{shown} ({theirs})" in _text(client.get(page).text)

        assert _post(client, "/settings/timezone", {"timezone": ""}).status_code == 303
        assert "Times are shown in UTC (from this machine)" in _text(client.get("/settings").text)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    typed=st.one_of(st.text(max_size=80), st.sampled_from(sorted(zoneinfo.available_timezones())))
)
def test_any_zone_typed_is_saved_or_refused_never_a_500(server: Server, typed: str) -> None:
    with server.client() as client:
        response = _post(client, "/settings/timezone", {"timezone": typed})
        name = typed.strip()
        known = name == "" or _is_zone(name)
        assert response.status_code == (303 if known else 400), response.text[:300]
        if not known:
            # Control characters are refused before the zone is looked up (security middleware).
            assert "unknown time zone" in response.text or "control character" in response.text
    with server.client() as client:
        _post(client, "/settings/timezone", {"timezone": ""})


def _is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
