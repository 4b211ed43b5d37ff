"""The gates in front of the rare-shape reads hold them: whenever a gate says "skip", the
full read it guards finds nothing (req_unwrap, req_federal, req_shapes, alternatives,
seniority)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_federal, req_shapes, req_unwrap

# Lines of width-cut prose, of lists and of headings, and pieces of the edges the gates read:
# blanks of other kinds before a break, a bullet alone on its line, a numbered line.
_WRAP_LINE = st.sampled_from(
    [
        "Basic Requirements: U.S.",
        "Citizenship. Non-citizens may only be appointed when it is not",
        "possible to recruit qualified citizens, as policy allows. English",
        "Proficiency. Must be proficient in spoken and written English, and",
        "able to work. Duties include the",
        "review of files, as the",
        "of the",
        "- SQL",
        "-",
        "- ",
        "1. Degree",
        "12) Python",
        "# Heading",
        "élan and the",
        "ends a sentence here.  ",
        "and the\u00a0",
        "and the\r",
        "word,\r",
        "Licensure, as the ",
        "ⓐ circled",
        "e.g. Tableau, etc.Foo, the",
        "",
        " ",
        "x" * 150 + " the",
    ]
)
_GAP = st.sampled_from(["\n", "\n\n", " \n", "\n \n", "\t\n\t", "\n\n\n", "\n \n \n"])


@settings(max_examples=1500)
@given(st.lists(st.tuples(_WRAP_LINE, _GAP), max_size=16), _WRAP_LINE)
def test_unwrap_join_gate_holds_the_full_read(parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(line + gap for line, gap in parts) + tail
    assert req_unwrap._unwrap(text) is None or req_unwrap._may_join(text)


@settings(max_examples=1500)
@given(st.text(alphabet="aT,.e \t\n\r-#1)•\u00a0ⓐ", max_size=80))
def test_unwrap_join_gate_holds_on_any_text(text: str) -> None:
    assert req_unwrap._unwrap(text) is None or req_unwrap._may_join(text)


def test_wrapped_federal_texts_pass_the_join_gate() -> None:
    from tests.unit.text.test_req_usa4 import _WRAPPED

    for text, _ in _WRAPPED:
        assert req_unwrap._may_join(text)


_ITEM_TEXT = st.sampled_from(
    [
        "- Two years of experience on a ward",
        "- Two years of experience on a ward.",
        "1. Two years of experience on a ward",
        "(b) TWO years of experience, on a ward",
        "- Registered nurse license in any state",
        "- Degree.",
        "- SQL",
        "e) Ability to stand for long periods",
        "- Ability to stand for long periods",
        "Ability to lift 50 pounds when required",
        "- İstanbul office hires in turn",
        "- ß and ſ spelt out in words here",
        "",
    ]
)


@settings(max_examples=1500)
@given(st.lists(_ITEM_TEXT, min_size=4, max_size=12), st.sampled_from(["\n", "\n\n", " \n  "]))
def test_repeat_gate_holds_the_full_read(parts: list[str], sep: str) -> None:
    text, items, pos = "", [], 0
    for part in parts:
        items.append((pos, pos + len(part)))
        text += part + sep
        pos += len(part) + len(sep)
    full = req_federal._without_repeated_keys(items, req_federal._keys(text, items))
    assert req_federal._may_repeat(text, items) or full == items
    assert req_federal.without_repeats(text, items) == full


_LIST_LINE = st.sampled_from(
    [
        "- Strong SQL, for example:",
        "- BI tools such as:",
        "- Experience with at least one BI tool:",
        "  - window functions",
        "\t- CTEs",
        "\u00a0- Looker",
        "- Python",
        "- Fluent English",
        "Tools:",
        "",
    ]
)


@settings(max_examples=1500)
@given(st.lists(_LIST_LINE, min_size=1, max_size=10), st.sampled_from(["\n", "\n\n"]))
def test_fold_gate_holds_the_full_read(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    items, pos = [], 0
    for line in lines:
        # An item from its bullet (or its first letter), as the list reader cuts one.
        lead = len(line) - len(line.lstrip(" \t\u00a0"))
        if line.strip():
            items.append((pos + lead, pos + len(line)))
        pos += len(line) + len(sep)
    full = req_shapes._fold(text, text.lower(), items)
    assert req_shapes._any_indented(text, items) or full == items
    assert req_shapes.fold_examples(text, text.lower(), items) == full
    back = items[::-1]  # out of order: the look back starts over
    full_back = req_shapes._fold(text, text.lower(), back)
    assert req_shapes._any_indented(text, back) or full_back == back
