"""The USAJOBS corpus reader and its hand labels (the second real-ad set of `make eval`)."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
from pathlib import Path

import pytest
from benchmarks import corpus_usajobs
from benchmarks.eval_targets import load_yaml
from hypothesis import given
from hypothesis import strategies as st

HEX64 = re.compile(r"^[0-9a-f]{64}$")
FIELDS = [
    "URI",
    "PositionTitle",
    "MinPay",
    "MaxPay",
    "PayType",
    "PositionLocation",
    "JobSummary",
    "QualificationSummary",
]


def _row(**kw: str) -> dict[str, str]:
    base = {
        "URI": "https://www.usajobs.gov:443/GetJob/ViewDetails/400000100",
        "PositionTitle": "Lock Keeper",
        "MinPay": "21.5",
        "MaxPay": "25.0",
        "PayType": "Per Hour",
        "PositionLocation": "Riverton, Ohio|Elm Point, Ohio",
        "JobSummary": "Keep the river locks running.",
        "QualificationSummary": "Basic Requirements:\n- One year of lock work\n- A boat licence",
    }
    return {**base, **kw}


def _write(folder: Path, name: str, rows: list[dict[str, str]], encoding: str) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    (folder / name).write_bytes(buf.getvalue().encode(encoding))


def test_compose_shows_title_salary_places_and_sections_line_by_line() -> None:
    page = corpus_usajobs.compose(_row())
    assert page.startswith("<h1>Lock Keeper</h1>\n<p>Salary: $21.50 - $25 per hour</p>")
    assert "<p>Location: Riverton, Ohio; Elm Point, Ohio</p>" in page
    quals = "<h2>Qualifications</h2>\n<p>Basic Requirements:</p>\n<p>- One year of lock work</p>"
    assert quals in page


@pytest.mark.parametrize(
    ("lo", "hi", "kind", "line"),
    [
        ("66510.0", "86460.0", "Per Year", "<p>Salary: $66,510 - $86,460 per year</p>"),
        ("21.07", "21.07", "Per Hour", "<p>Salary: $21.07 per hour</p>"),
        ("0.0000", "0.0000", "Without Compensation", None),
        ("12.5", "14", "Fee Basis", None),
    ],
)
def test_salary_line_only_for_a_paid_period(lo: str, hi: str, kind: str, line: str | None) -> None:
    page = corpus_usajobs.compose(_row(MinPay=lo, MaxPay=hi, PayType=kind))
    if line is None:
        assert "Salary:" not in page
    else:
        assert line in page


def test_rows_read_utf8_and_cp1252_files_once_per_control_number(tmp_path: Path) -> None:
    folder = tmp_path / corpus_usajobs.FOLDER
    folder.mkdir()
    # The same announcement in two files: the first file in name order wins.
    _write(folder, "a_N_1.csv", [_row(PositionTitle="Lock Keeper’s Mate")], "cp1252")
    _write(folder, "b_N_2.csv", [_row(PositionTitle="Other"), _row(URI="x/400000200")], "utf-8")
    table = corpus_usajobs.rows(tmp_path)
    assert sorted(table) == ["400000100", "400000200"]
    assert table["400000100"]["PositionTitle"] == "Lock Keeper’s Mate"
    assert corpus_usajobs.sample(tmp_path, 2) == sorted(
        table, key=lambda i: hashlib.sha256(i.encode()).hexdigest()
    )


def test_corpus_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / corpus_usajobs.FOLDER).mkdir()
    monkeypatch.setenv(corpus_usajobs.ENV, str(tmp_path))
    assert corpus_usajobs.corpus_dir() == tmp_path
    monkeypatch.setenv(corpus_usajobs.ENV, str(tmp_path / "missing"))
    assert corpus_usajobs.corpus_dir() != tmp_path


@given(
    title=st.text(min_size=1, max_size=40),
    lines=st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=30)),
)
def test_compose_keeps_every_text_and_escapes_markup(title: str, lines: list[str]) -> None:
    page = corpus_usajobs.compose(_row(PositionTitle=title, QualificationSummary="\n".join(lines)))
    # Nothing from the source may open a tag of its own.
    body = re.sub(r"</?(h1|h2|p)>", "", page)
    assert "<" not in body and ">" not in body
    for line in lines:
        if html.unescape(line).strip():
            assert html.escape(html.unescape(line).strip()) in page


def test_usajobs_labels_are_complete_and_consistent() -> None:
    ads = load_yaml(corpus_usajobs.LABELS)["ads"]
    assert len(ads) == 1050
    assert [a["n"] for a in ads] == list(range(1050))
    assert len({a["id"] for a in ads}) == 1050
    # The sample rule: ordered by the SHA-256 of the control number.
    digests = [hashlib.sha256(str(a["id"]).encode()).hexdigest() for a in ads]
    assert digests == sorted(digests)
    # n 0-299 carry every label; n 300-1049 the requirement list only.
    assert all("pay" in a for a in ads[:300]) and not any("pay" in a for a in ads[300:])
    for a in ads:
        assert str(a["id"]).isdigit() and HEX64.match(a["sha256"]), a
        req = a["requirements"]
        if req is not None:
            assert (req["list"] and req["must"] >= 2) or req == {"list": False}, a
        if "pay" not in a:
            assert set(a) == {"n", "id", "sha256", "requirements"} and req is not None, a
            continue
        assert a["work"] in {"remote", "hybrid", "onsite", "not_stated"}, a
        pay = a["pay"]
        if pay["stated"]:
            assert pay["currency"] == "USD" and pay["period"] in {"year", "hour"}, a
            assert 0 < pay["min"] <= pay["max"], a
        else:
            assert set(pay) == {"stated"}, a
    assert sum(a["requirements"] is not None for a in ads) >= 740


def test_usajobs_gender_sample_is_judged_and_from_labelled_ads() -> None:
    data = load_yaml(corpus_usajobs.GENDER)["ads"]
    hits = [h for ad in data for h in ad["hits"]]
    assert len(hits) == 100
    assert all(isinstance(h["trait"], bool) and h["word"] and h["at"] >= 0 for h in hits)
    labelled = {a["id"]: a["sha256"] for a in load_yaml(corpus_usajobs.LABELS)["ads"]}
    assert all(labelled[ad["id"]] == ad["sha256"] for ad in data)


def test_usajobs_labels_and_judged_hits_match_the_corpus_when_present() -> None:
    corpus = corpus_usajobs.corpus_dir()
    if corpus is None:
        pytest.skip(f"USAJOBS corpus not found (set {corpus_usajobs.ENV})")
    table = corpus_usajobs.rows(corpus)
    ads = load_yaml(corpus_usajobs.LABELS)["ads"]
    assert [str(a["id"]) for a in ads] == corpus_usajobs.sample(corpus, len(ads))
    hashed = {str(a["id"]): a["sha256"] for a in ads}
    first = corpus_usajobs.GENDER
    for path in [first, *sorted(first.parent.glob(f"{first.stem}_*{first.suffix}"))]:
        hashed.update({str(ad["id"]): ad["sha256"] for ad in load_yaml(path)["ads"]})
    for ad_id, digest in hashed.items():
        assert corpus_usajobs.Ad(ad_id, corpus_usajobs.compose(table[ad_id])).sha256 == digest
