"""`askback ad analyze` with a user's defaults on pasted, hostile text: the requirement reading of
this stop's fixes holds whatever invisible characters and line breaks the paste brings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.tracker.helpers import cli

# Ads of our own with the shapes fixed in this stop: a lead-in that asks and then names the
# interview; plain requirement lines, one broken where its sentence is open and one that starts
# "Please ensure you hold"; a table without outer pipes whose cells read like a heading with
# its items (no list of their own).
LEAD_IN = """# Ward Manager

## Person specification

You will need the following, which will be assessed at interview:
- A nursing degree and current NMC registration
- Three years of experience leading a ward team
- A full UK driving licence

Skill | Note
--- | ---
Requirements: - SQL - Python - Excel | Requirements: - Spark - dbt - Kafka
"""
PLAIN = """# Ward Manager

## Essential criteria

A nursing degree and current NMC registration

Three years of experience leading a ward team in an
acute hospital setting

Please ensure you hold a full UK driving licence

Excellent written and spoken English

Please ensure your application arrives before the closing date.
"""
ADS = {"lead-in": (LEAD_IN, 3), "plain": (PLAIN, 4)}

_INVISIBLE = st.sampled_from(["\u00ad", "\u200b", "\u200c", "\u2060", "\ufeff"])


def _must_haves(url: str, text: str) -> int | None:
    run = cli(url, "ad", "analyze", "-", "--format", "json", input=text)
    assert run.code == 0, run.error
    value = json.loads(run.output)["facts"]["must_haves"]
    return None if value is None else int(value)


@pytest.mark.parametrize("name", sorted(ADS))
def test_the_clean_ads_read_their_must_haves(tmp_path: Path, name: str) -> None:
    ad, must = ADS[name]
    assert _must_haves(f"sqlite:///{tmp_path / 'x.sqlite3'}", ad) == must


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_invisible_characters_anywhere_change_no_count(tmp_path: Path, data: st.DataObject) -> None:
    # Soft hyphens, zero-width characters and word joiners, inserted anywhere (inside words,
    # before bullets, inside the table), as text copied from a PDF or a web page carries them.
    ad, must = ADS[data.draw(st.sampled_from(sorted(ADS)))]
    spots = data.draw(st.lists(st.integers(0, len(ad)), max_size=12))
    text = ad
    for at in sorted(spots, reverse=True):
        text = text[:at] + data.draw(_INVISIBLE) + text[at:]
    assert _must_haves(f"sqlite:///{tmp_path / 'x.sqlite3'}", text) == must
