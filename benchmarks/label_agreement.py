"""How well two readers agree on the requirement labels.

Loads the first labels (tests/data/text/eu_ads_requirements.yaml and usajobs/labels.yaml) and the
second, independent reading of a sample (tests/data/text/second_reader.yaml), and prints per
corpus: how many ads both read, agreement on whether there is a list, agreement on the must-have
count within ±1 and exactly where both say list, and every disagreement with both counts and both
reasons. Run: PYTHONPATH=src:. .venv/bin/python -m benchmarks.label_agreement
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "text"
FIRST = {"eu": DATA / "eu_ads_requirements.yaml", "usajobs": DATA / "usajobs" / "labels.yaml"}
SECOND = DATA / "second_reader.yaml"


@dataclass(frozen=True)
class Label:
    has_list: bool
    must: int | None
    why: str


def _label(req: dict[str, Any], why: str) -> Label:
    return Label(bool(req["list"]), req.get("must") if req["list"] else None, why)


def first_labels(corpus: str) -> dict[str, Label]:
    data = yaml.safe_load(FIRST[corpus].read_text(encoding="utf-8"))
    out = {}
    for ad in data["ads"]:
        req = ad.get("requirements")
        if req is not None:  # USAJOBS #273 is unlabelled (two alternative profiles)
            out[str(ad["id"])] = _label(req, str(ad.get("why", "")))
    return out


def second_labels() -> dict[str, dict[str, Label]]:
    data = yaml.safe_load(SECOND.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Label]] = {}
    for ad in data["ads"]:
        out.setdefault(ad["corpus"], {})[str(ad["id"])] = _label(ad, str(ad.get("why", "")))
    return out


def _agree(a: Label, b: Label) -> bool:
    return a.has_list == b.has_list and (not a.has_list or abs((a.must or 0) - (b.must or 0)) <= 1)


def _show(label: Label) -> str:
    return f"must {label.must}" if label.has_list else "no list"


def report(corpus: str, second: dict[str, Label], first: dict[str, Label]) -> list[str]:
    both = [i for i in second if i in first]
    same_list = sum(first[i].has_list == second[i].has_list for i in both)
    counted = [i for i in both if first[i].has_list and second[i].has_list]
    near = sum(abs((first[i].must or 0) - (second[i].must or 0)) <= 1 for i in counted)
    exact = sum(first[i].must == second[i].must for i in counted)
    agree = sum(_agree(first[i], second[i]) for i in both)
    lines = [
        f"{corpus}: {len(both)} ads read twice ({len(second) - len(both)} without a first label)",
        f"  list present: {same_list}/{len(both)} agree ({same_list / max(len(both), 1):.2f})",
        f"  both say list: {len(counted)}; count within ±1: {near}/{len(counted)} "
        f"({near / max(len(counted), 1):.2f}); exact: {exact}/{len(counted)} "
        f"({exact / max(len(counted), 1):.2f})",
        f"  agree on both (same list answer and, where list, count within ±1): "
        f"{agree}/{len(both)} ({agree / max(len(both), 1):.2f})",
    ]
    off = [i for i in both if not _agree(first[i], second[i])]
    one = [i for i in counted if abs((first[i].must or 0) - (second[i].must or 0)) == 1]
    for title, ids in (
        ("disagreements (list, or count off by more than 1)", off),
        ("off by one", one),
    ):
        lines.append(f"  {title}: {len(ids)}")
        for i in ids:
            a, b = first[i], second[i]
            lines.append(f"    {i}: first {_show(a)}, second {_show(b)}")
            lines.append(f"      first:  {a.why or '-'}")
            lines.append(f"      second: {b.why or '-'}")
    return lines


def main() -> None:
    second = second_labels()
    for corpus in ("eu", "usajobs"):
        print("\n".join(report(corpus, second.get(corpus, {}), first_labels(corpus))))
        print()


if __name__ == "__main__":
    main()
