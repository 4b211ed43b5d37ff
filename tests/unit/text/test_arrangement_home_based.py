"""Home as the place of work, said on a place line or of the candidate, is remote work.

"Location: Home-based (UK)", "Home based, UK." and "You will work from home, with travel to
Leeds twice a month" were read as "not stated"; "Working from home is possible" too. Services
delivered in patients' homes ("Home-based treatment team", "home based care") are no
arrangement, and home days in a week stay hybrid. Sentences written for this test, with a
Hypothesis sweep over place labels, countries and what follows.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("text", "arrangement"),
    [
        ("Location: Home-based (UK)", "remote"),
        ("Home based, UK.", "remote"),
        ("Home-based with occasional travel to our London office (once a month).", "remote"),
        ("You will work from home, with travel to Leeds twice a month.", "remote"),
        ("You'll be working fully from home.", "remote"),
        ("Working from home is possible.", "hybrid"),
        ("You will work from home two days a week and in Leeds the rest.", "hybrid"),
        ("Home-based treatment team\nWe visit patients in their homes.", "not_stated"),
        ("Home based care services for older people.", "not_stated"),
        ("You will be working from home most of the time.", "not_stated"),
    ],
)
def test_home_as_the_place_of_work(text: str, arrangement: str) -> None:
    assert analyze(text).work_arrangement == arrangement


@settings(max_examples=60, deadline=None)
@given(
    label=st.sampled_from(["Location", "Work location", "Place of work", "Based"]),
    dash=st.sampled_from(["-", " ", ""]),
    where=st.sampled_from(["(UK)", ", England", "- anywhere in Scotland", "(Ireland)", ""]),
    before=st.sampled_from(["", "Data Analyst\nSalary: £38,000\n"]),
)
def test_sweep_place_lines(label: str, dash: str, where: str, before: str) -> None:
    text = f"{before}{label}: Home{dash}based {where}".rstrip()
    assert analyze(text).work_arrangement == "remote", text
