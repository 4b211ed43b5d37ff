"""`make eval` for text analysis: precision and recall per check.

Three sets: the hand-labelled ads and rated answers in tests/data/text/, and the real ads in
shared/data/jobads-eu-analytics (labels made by the collector's language model: the
disagreements are printed, and a reviewed reading of each is kept in
tests/data/text/jobads_review.yaml).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "text"
JOBADS = "jobads-eu-analytics"
LAYER_B = "\n## Layer B"  # the collector's own analysis appended to some ads: not ad text


def shared_data() -> Path:
    """The shared data folder: $ASKBACK_SHARED_DATA, else ../shared/data beside the repo."""
    env = os.environ.get("ASKBACK_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "data", ROOT / "shared" / "data"]
    for path in candidates:
        if (path / JOBADS).is_dir():
            return path
    return candidates[0]


@dataclass(frozen=True)
class RealAd:
    id: str
    text: str
    record: dict[str, Any] | None


def real_ads(*, labelled_only: bool = False) -> list[RealAd]:
    """Every jd_archive.md (with its JSON record when one sits beside it), Layer B cut off."""
    root = shared_data() / JOBADS / "data"
    if not root.is_dir():
        return []
    out = []
    for md in sorted(root.rglob("jd_archive.md")):
        text = md.read_text(encoding="utf-8")
        cut = text.find(LAYER_B)
        text = text if cut < 0 else text[:cut]
        records = sorted(md.parent.glob("*.json"))
        record = json.loads(records[0].read_text(encoding="utf-8")) if records else None
        if labelled_only and record is None:
            continue
        rid = record["jd_id"] if record else str(md.parent.relative_to(root))
        out.append(RealAd(rid, text, record))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


@dataclass
class Check:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    target: float | None = None

    def add(self, gold: bool, pred: bool) -> None:
        self.tp += gold and pred
        self.fp += pred and not gold
        self.fn += gold and not pred

    def row(self) -> list[str]:
        p, r = prf(self.tp, self.fp, self.fn)
        ok = "" if self.target is None else ("yes" if min(p, r) >= self.target else "NO")
        target = "" if self.target is None else f"≥ {self.target:.2f}"
        return [
            self.name,
            f"{p:.3f}",
            f"{r:.3f}",
            str(self.tp),
            str(self.fp),
            str(self.fn),
            target,
            ok,
        ]


def _table(title: str, checks: list[Check]) -> Table:
    table = Table(title=title)
    for col in ("check", "precision", "recall", "tp", "fp", "fn", "target", "ok"):
        table.add_column(col)
    for c in checks:
        table.add_row(*c.row())
    return table


def labelled_ads() -> list[Check]:
    from askback.text.jobad import analyze

    ads = yaml.safe_load((DATA / "ads_labelled.yaml").read_text(encoding="utf-8"))["ads"]
    checks: dict[str, Check] = {}

    def c(name: str) -> Check:
        return checks.setdefault(name, Check(name))

    for ad in ads:
        gold = ad["labels"]
        r = analyze(ad["text"])
        excl = {f.data.get("category") for f in r.findings if f.area.value == "exclusionary"}
        flags = {f.check for f in r.findings}
        c("gender: masculine-coded").add(
            gold["gender"] == "masculine-coded", r.gender_verdict == "masculine-coded"
        )
        c("gender: feminine-coded").add(
            gold["gender"] == "feminine-coded", r.gender_verdict == "feminine-coded"
        )
        for cat in ("age", "ability", "nationality", "bro-culture"):
            c(f"exclusionary: {cat}").add(cat in gold["exclusionary"], cat in excl)
        c("requirements: years vs seniority").add(
            gold["years_flag"],
            "years-vs-seniority" in flags
            and any(
                f.check == "years-vs-seniority" and f.level.value == "concern" for f in r.findings
            ),
        )
        c("requirements: 10+ must-haves").add(gold["must_flag"], "must-haves" in flags)
        c("requirements: 12+ tools").add(gold["stack_flag"], "stack-breadth" in flags)
        c("pay: salary stated").add(gold["salary"], r.pay.stated)
        if gold["salary"]:
            c("pay: currency").add(True, r.pay.currency == gold.get("currency"))
            c("pay: period").add(True, r.pay.period == gold.get("period"))
        for level in ("boilerplate", "concrete"):
            c(f"diversity: {level}").add(gold["diversity"] == level, r.diversity == level)
        c("responsible AI mentioned").add(gold["rai"], r.responsible_ai)
        for level in ("early", "established"):
            c(f"data maturity: {level}").add(gold["maturity"] == level, r.data_maturity == level)
        for kind in ("remote", "hybrid", "onsite"):
            c(f"work: {kind}").add(gold["remote"] == kind, r.work_arrangement == kind)
        c("language requirement").add(gold["language"] != "none", r.language_gate != "none")
        c("language: required (hard)").add(gold["language"] == "hard", r.language_gate == "hard")
        c("benefits named").add(gold["benefits"], bool(r.benefits))
    return list(checks.values())


def rated_answers() -> tuple[list[Check], dict[str, float]]:
    from askback.text.answers import analyze

    items = yaml.safe_load((DATA / "answers_rated.yaml").read_text(encoding="utf-8"))["answers"]
    concrete, vague, red = (
        Check("answers: concrete (4-5)"),
        Check("answers: vague (1-2)"),
        Check("answers: red flag (1)"),
    )
    exact = within = 0
    errors: list[int] = []
    pairs: list[tuple[int, float]] = []
    for item in items:
        a = analyze(item["text"], lang=item["lang"])
        pred = a.suggested_rating if a.suggested_rating is not None else 3
        gold = int(item["rating"])
        concrete.add(gold >= 4, pred >= 4)
        vague.add(gold <= 2, pred <= 2)
        red.add(gold == 1, pred == 1)
        exact += pred == gold
        within += abs(pred - gold) <= 1
        errors.append(abs(pred - gold))
        pairs.append((gold, a.concreteness))
    n = len(items)
    stats = {
        "answers": n,
        "exact": exact / n,
        "within one": within / n,
        "mean abs error": sum(errors) / n,
        "spearman(rating, concreteness)": _spearman(pairs),
    }
    return [concrete, vague, red], stats


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


def _spearman(pairs: list[tuple[int, float]]) -> float:
    a = _ranks([float(x) for x, _ in pairs])
    b = _ranks([y for _, y in pairs])
    n = len(pairs)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va = sum((x - ma) ** 2 for x in a) ** 0.5
    vb = sum((y - mb) ** 2 for y in b) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


# --- real ads ------------------------------------------------------------------------------

Gold = Callable[[dict[str, Any]], str]


def _salary_gold(rec: dict[str, Any]) -> str:
    return (
        "stated"
        if rec.get("salary_min") is not None or rec.get("salary_max") is not None
        else "none"
    )


def _remote_gold(rec: dict[str, Any]) -> str:
    return str(rec.get("work_arrangement") or "not_stated")


def _language_gold(rec: dict[str, Any]) -> str:
    return "stated" if (rec.get("language_gate_type") or "none") in ("hard", "soft") else "none"


# The record's has_<tool> flags and the names askback gives those tools.
TOOL_FLAGS = {
    "has_dbt": "dbt",
    "has_spark": "Spark",
    "has_python": "Python",
    "has_sql": "SQL",
    "has_airflow": "Airflow",
    "has_dagster": "Dagster",
    "has_prefect": "Prefect",
    "has_snowflake": "Snowflake",
    "has_databricks": "Databricks",
    "has_bigquery": "BigQuery",
    "has_redshift": "Redshift",
    "has_duckdb": "DuckDB",
    "has_kafka": "Kafka",
    "has_terraform": "Terraform",
    "has_looker": "Looker",
    "has_tableau": "Tableau",
    "has_power_bi": "Power BI",
    "has_great_expectations": "Great Expectations",
    "has_soda": "Soda",
    "has_airbyte": "Airbyte",
    "has_fivetran": "Fivetran",
    "has_glue": "AWS Glue",
    "has_metabase": "Metabase",
    "has_postgres": "PostgreSQL",
    "has_fabric_synapse": "Microsoft Fabric",
}


def review() -> dict[str, dict[str, dict[str, str]]]:
    """Our reading of the ads where the analyzer and the machine labels disagree."""
    path = DATA / "jobads_review.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        k: {str(i): v for i, v in (data.get(k) or {}).items()}
        for k in ("salary", "remote", "language")
    }


def real_checks() -> tuple[list[Check], list[tuple[str, str, str, str, str]]]:
    from askback.text.jobad import analyze

    ads = real_ads(labelled_only=True)
    reviewed = review()
    checks: list[Check] = []
    disagreements: list[tuple[str, str, str, str, str]] = []
    preds = {ad.id: analyze(ad.text) for ad in ads}
    tasks: list[tuple[str, Gold, Callable[[Any], str], str, float]] = [
        ("salary", _salary_gold, lambda r: "stated" if r.pay.stated else "none", "none", 0.95),
        ("remote", _remote_gold, lambda r: r.work_arrangement, "not_stated", 0.85),
        (
            "language",
            _language_gold,
            lambda r: "stated" if r.language_gate != "none" else "none",
            "none",
            0.85,
        ),
    ]
    for name, gold_of, pred_of, negative, target in tasks:
        raw, fixed = (
            Check(f"{name} (machine labels)"),
            Check(f"{name} (reviewed labels)", target=target),
        )
        for ad in ads:
            assert ad.record is not None
            gold, pred = gold_of(ad.record), pred_of(preds[ad.id])
            note = reviewed.get(name, {}).get(ad.id)
            better = note["label"] if note else gold
            for check, g in ((raw, gold), (fixed, better)):
                # Strict: a stated value counts only when it is the right one.
                check.tp += g != negative and pred == g
                check.fp += pred != negative and pred != g
                check.fn += g != negative and pred != g
            if gold != pred:
                disagreements.append(
                    (name, ad.id, gold, pred, note["why"] if note else "not reviewed")
                )
        checks += [raw, fixed]
    tools = Check("tools named (vs has_<tool>)")
    for ad in ads:
        assert ad.record is not None
        named = set(preds[ad.id].tools)
        for flag, tool in TOOL_FLAGS.items():
            if flag in ad.record:
                tools.add(bool(ad.record[flag]), tool in named)
    checks.append(tools)
    return checks, disagreements


def run() -> None:
    console = Console(width=160)
    console.print(
        _table(
            "Text checks on hand-labelled ads (tests/data/text/ads_labelled.yaml)", labelled_ads()
        )
    )
    answer_checks, stats = rated_answers()
    console.print(
        _table(
            "Answer analyzer on rated answers (tests/data/text/answers_rated.yaml)", answer_checks
        )
    )
    console.print(
        "  "
        + " · ".join(
            f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}" for k, v in stats.items()
        )
    )
    if not (shared_data() / JOBADS).is_dir():
        console.print(
            f"[yellow]Real ads not found under {shared_data()}; set ASKBACK_SHARED_DATA.[/]"
        )
        return
    checks, disagreements = real_checks()
    console.print(
        _table(f"Real ads ({JOBADS}): machine labels, then our review of the disagreements", checks)
    )
    counts = Counter(d[0] for d in disagreements)
    console.print(
        f"  disagreements with the machine labels: {dict(counts)} "
        "(run with --disagreements to list them)"
    )
    import sys

    if "--disagreements" in sys.argv:
        for name, rid, gold, pred, why in disagreements:
            console.print(f"  {name:8} {rid[:60]:60} label={gold:10} askback={pred:10} {why}")


if __name__ == "__main__":
    run()
