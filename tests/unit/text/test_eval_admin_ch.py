"""The jobs.admin.ch corpus reader and its hand labels (German work arrangement in `make eval`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from benchmarks import corpus_admin_ch, corpus_files
from benchmarks.eval_targets import Target, admin_ch, half, load_yaml

HEX64 = re.compile(r"^[0-9a-f]{64}$")
WORK = {"remote", "hybrid", "onsite", "not_stated"}


def _job(job_id: str, place: str = "Zollikofen, mobiles Arbeiten", **szas: str) -> dict[str, Any]:
    base = {
        "sza_title": "ICT-Supporter/-in <Professional>",
        "sza_location.city": place,
        "sza_pensum.min": "80",
        "sza_pensum.max": "100",
        "sza_company_profil": "Wir betreiben die Informatik des Bundes.",
        "sza_tasks": "<ul><li>Kundinnen beraten</li><li>Geräte einrichten</li></ul>",
        "sza_requirements": "<ul><li>Lehre als Informatiker/-in</li></ul>",
        "sza_benefits": "<ul><li>Gelebte Vielfalt</li></ul>",
        "sza_contact": "Frau Muster, Telefon +41 58 000 00 00",
    }
    return {"id": job_id, "title": "fallback title", "szas": {**base, **szas}}


def _corpus(folder: Path, jobs: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"total": len(jobs), "jobs": jobs}
    (folder / corpus_admin_ch.FILE).write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_compose_shows_title_place_workload_and_sections_without_contact() -> None:
    page = corpus_admin_ch.compose(_job("1"))
    assert page.startswith(
        "<h1>ICT-Supporter/-in &lt;Professional&gt;</h1>\n"
        "<p>Arbeitsort: Zollikofen, mobiles Arbeiten</p>\n<p>Pensum: 80–100 %</p>"
    )
    order = ["Über uns", "Ihre Aufgaben", "Ihr Profil", "Was wir bieten"]
    at = [page.index(f"<h2>{h}</h2>") for h in order]
    assert at == sorted(at)
    assert "Geräte einrichten" in page and "Telefon" not in page


def test_compose_writes_one_workload_figure_and_skips_empty_fields() -> None:
    page = corpus_admin_ch.compose(
        _job("1", place="", **{"sza_pensum.min": "100", "sza_tasks": "", "sza_title": ""})
    )
    assert "<p>Pensum: 100 %</p>" in page
    assert "Arbeitsort" not in page and "Ihre Aufgaben" not in page
    assert page.startswith("<h1>fallback title</h1>")


def test_hash_follows_the_text(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", [_job("1"), _job("2", place="Bern")])
    one, two = corpus_admin_ch.read(corpus, "1"), corpus_admin_ch.read(corpus, "2")
    assert HEX64.match(one.sha256) and one.sha256 != two.sha256
    assert corpus_admin_ch.ids(corpus) == ["1", "2"]


def test_corpus_dir_honours_the_variable_and_says_none_when_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "here", [_job("1")])
    monkeypatch.setenv(corpus_admin_ch.ENV, str(corpus))
    assert corpus_admin_ch.corpus_dir() == corpus
    monkeypatch.setenv(corpus_admin_ch.ENV, str(tmp_path / "nowhere"))
    monkeypatch.setattr(corpus_files, "ROOT", tmp_path / "repo")  # the search beside the repo
    assert corpus_admin_ch.corpus_dir() is None


def test_labels_are_complete_and_consistent() -> None:
    ads = load_yaml(corpus_admin_ch.LABELS)["ads"]
    assert len(ads) >= 100
    assert [a["n"] for a in ads] == list(range(len(ads)))
    assert len({a["id"] for a in ads}) == len(ads)
    for a in ads:
        assert set(a) == {"n", "id", "sha256", "work", "why"}, a
        assert isinstance(a["id"], str) and a["id"].isdigit(), a
        assert HEX64.match(a["sha256"]), a
        assert a["work"] in WORK and a["why"].strip(), a
    # Both halves hold ads that state an arrangement, so neither measures false alarms only.
    for part in ("dev", "test"):
        assert any(a["work"] != "not_stated" and half(a["id"]) == part for a in ads)


def test_labels_are_the_seeded_draw_of_the_corpus_when_present() -> None:
    corpus = corpus_admin_ch.corpus_dir()
    if corpus is None:
        pytest.skip("jobs.admin.ch corpus not present")
    ads = load_yaml(corpus_admin_ch.LABELS)["ads"]
    assert [a["id"] for a in ads] == corpus_admin_ch.sample(corpus, len(ads), seed=11)
    read = corpus_admin_ch.iter_ads(corpus, [a["id"] for a in ads])
    assert all(ad.sha256 == a["sha256"] for ad, a in zip(read, ads, strict=True))


def test_eval_row_scores_by_half_and_leaves_changed_ads_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = [_job(str(i), place="Bern") for i in range(1, 5)]
    corpus = _corpus(tmp_path / "c", jobs)
    labels = [
        {
            "n": n,
            "id": j["id"],
            "sha256": corpus_admin_ch.read(corpus, j["id"]).sha256,
            "work": "not_stated",
            "why": "only a place line",
        }
        for n, j in enumerate(jobs)
    ]
    labels[-1]["sha256"] = "0" * 64  # the corpus changed since this ad was labelled
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump({"ads": labels}), encoding="utf-8")
    monkeypatch.setattr(corpus_admin_ch, "LABELS", path)
    target = Target("work arrangement, German", "test", 0.9)
    notes: list[str] = []
    admin_ch(corpus, target, notes)
    assert target.total == 3
    assert sum(total for _, total in target.halves.values()) == 3
    for part, (_, total) in target.halves.items():
        assert total == sum(half(a["id"]) == part for a in labels[:3])
    assert notes == ["1 jobs.admin.ch ads missing or changed since they were labelled: left out"]


@pytest.mark.parametrize("reader", ["corpus_nhs", "corpus_usajobs", "corpus_admin_ch"])
def test_each_reader_finds_its_corpus_beside_the_repository(
    reader: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    module = importlib.import_module(f"benchmarks.{reader}")
    monkeypatch.delenv(module.ENV, raising=False)
    monkeypatch.setattr(corpus_files, "ROOT", tmp_path / "repo")
    assert module.corpus_dir() is None
    marker = {"corpus_nhs": "data", "corpus_usajobs": "collected_data"}.get(reader)
    beside = tmp_path / "shared" / "data" / module.NAME
    if marker:
        (beside / marker).mkdir(parents=True)
    else:
        _corpus(beside, [_job("1")])
    assert module.corpus_dir() == beside


def test_json_keeps_one_value_per_row_even_without_the_corpora(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import corpus_nhs, corpus_usajobs, eval_targets

    for module in (corpus_nhs, corpus_usajobs, corpus_admin_ch):
        monkeypatch.delenv(module.ENV, raising=False)
    monkeypatch.setattr(corpus_files, "ROOT", tmp_path / "repo")
    monkeypatch.setattr("sys.argv", ["eval_targets", "--json"])
    eval_targets.run()
    out = capsys.readouterr().out
    values = json.loads(out.strip().splitlines()[-1])
    rows = eval_targets.measure().targets
    assert len(values) == len(rows)  # the same check on two sets is two keys
    # Each missing corpus is said once, in one note.
    assert sum("corpus not found" in line for line in out.splitlines()) == 3
