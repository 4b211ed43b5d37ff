"""List shapes of ordinary private-sector ads (reqshapes18): 62 ads written for askback in
tests/data/text/req_shapes18, each against its hand-set must-have count (within one), and the
classes fixed on sentences of our own: a bare part label ("Technical", "Soft skills") over
bullets inside the requirement list, indented sub-bullets that are the examples or alternatives
of the item above them, German "Was wir uns wünschen" beside a requirement list, and
"meritorious" as a plus word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from askback.text import jobad
from tests.unit.text.req_helpers import must_haves as _must

_DIR = Path(__file__).resolve().parents[2] / "data" / "text" / "req_shapes18"
_ADS = yaml.safe_load((_DIR / "expected.yaml").read_text(encoding="utf-8"))["ads"]
_STILL_WRONG = {
    "21_semicolon_line.md": "req_inline reads a 'Requirements: a; b; c' line as items (NHS/USAJOBS"
    " style); the EU rule calls it prose",
    "22_middot_items.md": "items split by '·' on one line under the heading are read as one item",
    "23_pipe_items.md": "'Must-haves: a | b | c' on one line is not read as a list",
    "34_two_level_requirements.md": "'For the junior role:' / 'For the mid-level role:' parts are"
    " not read as parts of the list",
}


def _params() -> list[object]:
    out: list[object] = []
    for ad in _ADS:
        marks = []
        if ad["file"] in _STILL_WRONG:
            marks.append(pytest.mark.xfail(strict=True, reason=_STILL_WRONG[ad["file"]]))
        out.append(pytest.param(ad, id=ad["file"][:-3], marks=marks))
    return out


@pytest.mark.parametrize("ad", _params())
def test_ad_count_within_one(ad: dict[str, object]) -> None:
    text = (_DIR / str(ad["file"])).read_text(encoding="utf-8")
    got = jobad.analyze(text).to_dict()["facts"]["must_haves"]
    if ad["list"]:
        assert got is not None and abs(got - int(ad["must"])) <= 1  # type: ignore[call-overload]
    else:
        assert got is None


_TOP = "About us\nWe make route planners for ferries.\n\n"
_DUTIES = "What you'll do\n- Plan timetables\n- Model harbour data\n\n"
_BENEFITS = "\nWhat we offer\n- Equity\n- 30 days holiday\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [("Technical", "Soft skills"), ("Core Experience", "Languages"), ("Fachlich", "Persönlich")],
)
def test_a_bare_part_label_over_bullets_is_no_item(first: str, second: str) -> None:
    reqs = (
        f"Requirements\n\n{first}\n- Strong SQL\n- Python\n- Airflow\n\n"
        f"{second}\n- Clear writing\n- Calm under pressure\n"
    )
    assert _must(_TOP + _DUTIES + reqs + _BENEFITS) == 5


def test_a_bare_part_label_works_with_the_first_part_right_under_the_heading() -> None:
    reqs = "Requirements\nTechnical skills\n- SQL\n- dbt\nEducation\n- A degree in maths\n"
    assert _must(_TOP + reqs + _BENEFITS) == 3


def test_near_miss_a_short_plain_item_without_bullets_under_it_stays_an_item() -> None:
    # "Communication skills" is a plain item here: plain lines follow, not bullets.
    reqs = "Requirements\nStrong SQL\nCommunication skills\nA degree in maths\n"
    assert _must(_TOP + reqs + _BENEFITS) == 3


@pytest.mark.parametrize(
    "lead",
    [
        "- Strong SQL, for example:",
        "- Experience with BI tools such as:",
        "- Experience with at least one cloud:",
        "- Gute Kenntnisse in Datenbanken, z. B.:",
    ],
)
def test_indented_examples_under_an_item_are_part_of_it(lead: str) -> None:
    examples = "  - one\n  - two\n  - three\n"
    reqs = f"Requirements\n- Three years as an analyst\n{lead}\n{examples}- Fluent English\n"
    assert _must(_TOP + reqs + _BENEFITS) == 3


def test_near_miss_indented_items_under_a_bare_label_stay_items() -> None:
    reqs = "Requirements\n- Tools:\n  - Python\n  - SQL\n  - dbt\n- Fluent English\n"
    assert _must(_TOP + reqs + _BENEFITS) >= 4  # type: ignore[operator]


def test_near_miss_unindented_bullets_after_an_example_item_stay_items() -> None:
    reqs = "Requirements\n- Strong SQL, for example:\n- Python\n- Airflow\n- Fluent English\n"
    assert _must(_TOP + reqs + _BENEFITS) == 4


_DE_TOP = (
    "Über uns\nWir bauen Fahrpläne.\n\nDeine Aufgaben\n- Daten modellieren\n- Berichte bauen\n\n"
)


@pytest.mark.parametrize("wish", ["Was wir uns wünschen", "Das wünschen wir uns:"])
def test_a_german_wish_heading_beside_the_profile_is_a_plus(wish: str) -> None:
    reqs = "Dein Profil\n- Studium der Informatik\n- SQL\n- Python\n\n"
    text = _DE_TOP + reqs + f"{wish}\n- Terraform\n- Logistikwissen\n\nWas wir bieten\n- Urlaub\n"
    assert _must(text) == 3


@pytest.mark.parametrize("wish", ["Was wir uns wünschen", "Das wünschen wir uns:"])
def test_a_german_wish_heading_over_the_only_list_heads_the_requirements(wish: str) -> None:
    items = "- Studium der Informatik\n- SQL\n- Python\n"
    text = _DE_TOP + f"{wish}\n{items}\nWas wir bieten\n- Urlaub\n"
    assert _must(text) == 3


@pytest.mark.parametrize(
    "lead",
    ["It's meritorious if you have", "Meritorious:", "It is meritorious if you have:"],
)
def test_meritorious_after_the_requirements_leads_to_the_plus_list(lead: str) -> None:
    reqs = "We think you have\n- A degree in statistics\n- SQL\n- Good Swedish\n\n"
    text = _TOP + _DUTIES + reqs + f"{lead}\n- GTFS data\n- Public transport work\n" + _BENEFITS
    assert _must(text) == 3


def test_near_miss_meritorious_tail_inside_an_item_keeps_it_a_must() -> None:
    reqs = "Requirements\n- SQL\n- Fluent English; Swedish is meritorious\n- Python\n"
    assert _must(_TOP + reqs + _BENEFITS) == 3
