"""Nested HTML lists keep their nesting in the extracted text, as Markdown and plain text do.

A page that puts alternatives in a list inside an item ("two or more of:" and a <ul> under it)
must be read as the same list written with indented items: one requirement, not one for each
alternative. Both extractions (selectolax, and the BeautifulSoup reference it replaced) indent a
nested item two spaces a level.
"""

from __future__ import annotations

import html as html_lib

from benchmarks import html_reference as ref
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.html import main_text
from askback.text.jobad import analyze

FILL = (
    "<p>We turn data from our clinics into decisions and build the dashboards that the care "
    "teams open every morning, with engineers, nurses and product people beside you.</p>"
)


def page(items: str) -> str:
    return f"<main><h1>Data Engineer</h1>{FILL}<h2>Requirements</h2><ul>{items}</ul>{FILL}</main>"


def test_a_nested_item_is_indented_under_its_parent() -> None:
    text = main_text(page("<li>Streaming, one of:<ul><li>Kafka</li><li>Flink</li></ul></li>"))
    lines = [line for line in text.text.splitlines() if line.strip()]
    i = lines.index("- Streaming, one of:")
    assert lines[i + 1 : i + 3] == ["  - Kafka", "  - Flink"]


def test_each_level_adds_two_spaces() -> None:
    html = page("<li>a b<ol><li>c d<ul><li>e f</li></ul></li></ol></li><li>g h</li>")
    lines = [line for line in main_text(html).text.splitlines() if line.strip()]
    assert [line for line in lines if line.lstrip().startswith("- ")] == [
        "- a b",
        "  - c d",
        "    - e f",
        "- g h",
    ]


def test_unclosed_items_stay_at_the_depth_of_their_list() -> None:
    # html.parser nests an unclosed <li> inside the one before; HTML5 closes it. Both extractions
    # count lists, not items, so neither indents them.
    html = page("<li>SQL and Python<li>Git and CI<li>English at C1")
    for extract in (main_text, ref.main_text):
        bullets = [ln for ln in extract(html).text.splitlines() if ln.lstrip().startswith("- ")]
        assert bullets == ["- SQL and Python", "- Git and CI", "- English at C1"]


def test_a_list_put_straight_into_a_list_is_no_nesting() -> None:
    # Some editors write a plain list as <ul><ul><li>: a browser indents it, but no item holds
    # it, so a reader sees one list of requirements.
    html = page("<ul><li>SQL and Python</li><li>Git and CI</li></ul><li>English at C1</li>")
    for extract in (main_text, ref.main_text):
        bullets = [ln for ln in extract(html).text.splitlines() if ln.lstrip().startswith("- ")]
        assert bullets == ["- SQL and Python", "- Git and CI", "- English at C1"]


def test_alternatives_in_a_nested_list_count_once_as_in_text() -> None:
    alternatives = "".join(f"<li>{t}</li>" for t in ("Kafka", "Pulsar", "Kinesis", "RabbitMQ"))
    for lead in ("two or more of:", "at least one of the following:", "one of:"):
        html = page(
            f"<li>Hands-on experience with {lead}<ul>{alternatives}</ul></li>"
            "<li>Three years of SQL</li><li>English at C1</li>"
        )
        text = main_text(html).text
        assert analyze(text).must_haves == 3, (lead, text)


def test_required_sub_items_still_count() -> None:
    # A nested list that is not a choice keeps its items: the nesting must not hide them.
    html = page(
        "<li>Three years of SQL</li><li>English at C1</li>"
        "<li>Solid engineering practice:<ul><li>Git and code review</li>"
        "<li>Automated tests for every pipeline</li></ul></li>"
    )
    flat = page(
        "<li>Three years of SQL</li><li>English at C1</li><li>Solid engineering practice:</li>"
        "<li>Git and code review</li><li>Automated tests for every pipeline</li>"
    )
    nested_count = analyze(main_text(html).text).must_haves
    assert nested_count is not None and nested_count >= 4
    assert abs(nested_count - (analyze(main_text(flat).text).must_haves or 0)) <= 1


WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


def _nested_list(depth: int) -> st.SearchStrategy[str]:
    leaf = st.lists(WORD, min_size=1, max_size=3).map(lambda ws: html_lib.escape(" ".join(ws)))
    if depth == 0:
        item = leaf.map(lambda t: f"<li>{t}</li>")
    else:
        item = st.one_of(
            leaf.map(lambda t: f"<li>{t}</li>"),
            st.tuples(leaf, _nested_list(depth - 1)).map(lambda t: f"<li>{t[0]}{t[1]}</li>"),
        )
    return st.tuples(st.sampled_from(["ul", "ol"]), st.lists(item, min_size=1, max_size=3)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
    )


def _depths(html: str) -> list[int]:
    """The depth of every <li> in document order, read from the markup itself (the generated
    lists are always inside an item, below the top one)."""
    out, depth, i = [], -1, 0
    while i < len(html):
        if html.startswith(("<ul>", "<ol>"), i):
            depth += 1
        elif html.startswith(("</ul>", "</ol>"), i):
            depth -= 1
        elif html.startswith("<li>", i):
            out.append(depth)
        i += 1
    return out


@settings(max_examples=200, deadline=None)
@given(_nested_list(3))
def test_generated_nested_lists_indent_by_depth_in_both_extractions(lst: str) -> None:
    html = f"<main><h1>Ad</h1>{FILL}{lst}{FILL}</main>"
    new, old = main_text(html).text, ref.main_text(html).text
    assert new == old
    bullets = [ln for ln in new.splitlines() if ln.lstrip().startswith("- ")]
    assert [(len(b) - len(b.lstrip(" "))) // 2 for b in bullets] == _depths(lst)
