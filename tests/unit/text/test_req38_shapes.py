"""Requirement-list shapes req38 fixed, on sentences written for these tests (not the probe's).

- An item without a colon over two or more deeper sub-bullets is a label: the sub-bullets are
  the items ("- Gute Statistik" / "  - Bayes" / "  - Tests").
- Two list headings joined by a dash, a colon or a bar on one line are one heading.
- A requirements heading with a hedge word inside or in front opens the nice-to-haves.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_heads, req_shapes, requirements
from askback.text.doc import prepare

_FILL = (
    "You will run the warehouse reporting and help the buyers plan their orders. "
    "You will keep the numbers honest and explain them plainly.\n\n"
)
_FILL_DE = (
    "Du betreust das Lager-Reporting und hilfst dem Einkauf bei der Planung. "
    "Du hältst die Zahlen sauber und erklärst sie verständlich.\n\n"
)


def _read(body: str, de: bool = False) -> requirements.Requirements:
    fill = _FILL_DE if de else _FILL
    head = "# Logistik-Analyst (m/w/d)\n\n" if de else "# Logistics Analyst\n\n"
    return requirements.check(prepare(head + fill + body + "\n\n" + fill))


# ---------------------------------------------------------------- a label without a colon
@pytest.mark.parametrize(
    ("body", "de", "n"),
    [
        ("Requirements\n- Good statistics\n  - Bayesian methods\n  - A/B tests\n- Excel\n", 0, 3),
        (
            "Requirements\n- Excel\n- Warehouse systems\n   - SAP EWM\n   - Infor\n   - Oracle\n",
            0,
            4,
        ),
        ("Requirements\n- Data tooling\n\t- Power Query\n\t- DAX\n- Forklift licence\n", 0, 3),
        ("Dein Profil\n- Sichere IT-Kenntnisse\n  - MS Office\n  - SAP MM\n- Teamgeist\n", 1, 3),
        (
            "Anforderungen\n- Ausbildung\n- Sprachen\n    • Deutsch\n    • Polnisch\n",
            1,
            3,
        ),
    ],
)
def test_an_item_without_colon_over_sub_bullets_is_their_label(body: str, de: int, n: int) -> None:
    assert _read(body, bool(de)).must_haves == n


@pytest.mark.parametrize(
    ("body", "n"),
    [
        # Every item at one indentation: a plain list.
        (
            "Requirements\n   - Statistics\n   - Bayesian methods\n   - A/B tests\n   - Excel\n",
            4,
        ),
        # One blank deeper: a slip of the hand, not a sub-list.
        ("Requirements\n- Good statistics\n - Bayesian methods\n - A/B tests\n- Excel\n", 4),
        # One sub-bullet: a note to its item, left as it was.
        ("Requirements\n- A forklift licence\n  - or the will to get one\n- Excel\n- SAP\n", 4),
        # Sub-bullets that are a plus: the item above them stays a must-have.
        (
            "Requirements\n- Excel\n  - VBA is a plus\n  - Power Pivot is a plus\n- SAP\n- Dutch\n",
            3,
        ),
    ],
)
def test_near_miss_lists_that_are_no_label_over_sub_bullets(body: str, n: int) -> None:
    assert _read(body).must_haves == n


@settings(max_examples=60, deadline=None)
@given(
    indent=st.sampled_from(["", " ", "  ", "\t", "    "]),
    words=st.lists(
        st.sampled_from(["Excel", "SAP", "Python", "Lager", "Statistik"]), min_size=2, max_size=7
    ),
)
def test_items_at_one_indentation_are_never_folded(indent: str, words: list[str]) -> None:
    text = "".join(f"{indent}- {w}\n" for w in words)
    items, at = [], 0
    for w in words:
        line = f"{indent}- {w}"
        items.append((at, at + len(line)))
        at += len(line) + 1
    assert req_shapes.fold_examples(text, text.lower(), items) == items


@settings(max_examples=60, deadline=None)
@given(
    depth=st.integers(min_value=2, max_value=8),
    subs=st.integers(min_value=2, max_value=5),
    after=st.integers(min_value=1, max_value=3),
)
def test_a_label_over_deeper_sub_bullets_gives_way_to_them(
    depth: int, subs: int, after: int
) -> None:
    lines = ["- Reporting skills"] + [" " * depth + f"- tool {i}" for i in range(subs)]
    lines += [f"- duty {i}" for i in range(after)]
    text = "\n".join(lines) + "\n"
    items, at = [], 0
    for line in lines:
        items.append((at, at + len(line)))
        at += len(line) + 1
    assert req_shapes.fold_examples(text, text.lower(), items) == items[1:]


# ---------------------------------------------------------------- two headings on one line
@pytest.mark.parametrize(
    ("heading", "de"),
    [
        ("Dein Profil – das bringst du mit", 1),
        ("Ihr Profil: Das bringen Sie mit", 1),
        ("Anforderungen | Was du mitbringst", 1),
        ("Your profile - what you'll bring", 0),
        ("About you — what we're looking for", 0),
        ("Qualifications: what you need", 0),
    ],
)
def test_two_requirement_headings_on_one_line_open_the_list(heading: str, de: int) -> None:
    body = heading + "\n- Lagerlogistik\n- SAP\n- Staplerschein\n"
    r = _read(body, bool(de))
    assert r.must_haves == 3


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("dein profil – das bringst du mit", "must"),
        ("your profile - nice to have", "nice"),
        ("nice to have: what you bring", "nice"),
        # A list heading beside a heading of the duties is no requirements heading.
        ("dein profil – deine aufgaben", None),
        ("requirements - python, sql", None),
    ],
)
def test_kind_of_a_joined_plain_line(line: str, kind: str | None) -> None:
    assert requirements._kind(line, True) == kind


def test_joined_takes_a_plus_over_a_must() -> None:
    assert req_heads.joined("must", "nice") == "nice"
    assert req_heads.joined("fit", "must") == "must"
    assert req_heads.joined("must", "other") is None
    assert req_heads.joined("must", None) is None


# ---------------------------------------------------------------- a hedged heading is a plus
@pytest.mark.parametrize(
    ("head", "de"),
    [
        ("**Das bringen Sie idealerweise mit:**", 1),
        ("Was du bestenfalls mitbringst", 1),
        ("Im besten Fall hast du", 1),
        ("Idealerweise bringst du außerdem mit:", 1),
        ("Es wäre schön", 1),
        ("**Ideally, you would also have:**", 0),
        ("## What you'll ideally bring", 0),
        ("Preferably, you also have", 0),
    ],
)
def test_a_hedged_heading_after_the_must_haves_opens_the_plus(head: str, de: int) -> None:
    must = (
        "Dein Profil\n- Lagerlogistik\n- SAP\n- Staplerschein\n"
        if de
        else ("What you need\n- Warehouse experience\n- SAP\n- A forklift licence\n")
    )
    r = _read(f"{must}\n{head}\n- Power BI\n- Polnisch\n", bool(de))
    assert (r.must_haves, r.nice_to_haves) == (3, 2)


def test_a_hedged_heading_before_the_must_haves_stays_a_plus() -> None:
    body = "Ideally, you have\n- Power BI\n- Lean training\n\n"
    body += "What you need\n- SAP\n- Excel\n- German\n"
    r = _read(body)
    assert (r.must_haves, r.nice_to_haves) == (3, 2)


@pytest.mark.parametrize("head", ["The ideal candidate", "Idealprofil", "Your ideal role"])
def test_near_miss_ideal_without_a_hedge_keeps_its_reading(head: str) -> None:
    kind = requirements._kind(head.lower(), True)
    assert kind != "nice"


def test_hedged_variants_put_the_hedge_where_writers_do() -> None:
    out = req_heads.hedged(
        ["das bringst du mit", "was du mitbringst", "what you'll bring", "about you"]
    )
    assert "das bringst du idealerweise mit" in out
    assert "was du im idealfall mitbringst" in out
    assert "what you'll ideally bring" in out
    assert not any(v.startswith("about") for v in out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdeimt u'", max_size=30), max_size=6))
def test_hedged_variants_are_one_hedge_longer(headings: list[str]) -> None:
    for v in req_heads.hedged(headings):
        assert any(h in v for h in req_heads.HEDGES_DE + req_heads.HEDGES_EN)
