"""Fast pre-checks hold the same results as the full reads they skip (req_unwrap, req_federal)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_federal, req_unwrap

_LINE = st.sampled_from(
    [
        "Basic Requirements: U.S.",
        "Citizenship. Non-citizens may only be appointed when it is not",
        "possible to recruit qualified citizens, as policy allows. English",
        "Proficiency. Must be proficient in spoken and written English, and",
        "of the",
        "- SQL",
        "GS-09: one year of experience",
        "GS-11: two years",
        "GS 12 or above:",
        "WG-10 (or equivalent):",
        "Licensure, as the",
        "élan and the",
        "",
        "Übersicht der",
        "ends a sentence here.  ",
        "and the   ",
        "with a trailing blank ",
        "(see below)",
        "élan; ",
        "Licensure, as the ",
    ]
)


@settings(max_examples=300)
@given(st.lists(_LINE, max_size=14), st.sampled_from(["\n", "\n\n", " \n", "\n \n"]))
def test_unwrap_pre_check_changes_nothing(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    assert req_unwrap.unwrapped_view(text) == req_unwrap._unwrap(text)


# The grade label as first written, with its look-behind in front (req_federal moved it).
_GRADE_LABEL_AS_WRITTEN = re.compile(
    req_federal._GRADE_LABEL.pattern.replace(
        "(?:GS|GP|GL|WG|WS|WL|NA|NL|NS|NF)(?<![\\w-]..)",
        "(?<![\\w-])(?:GS|GP|GL|WG|WS|WL|NA|NL|NS|NF)",
    )
)


@settings(max_examples=500)
@given(st.text(alphabet="GSWNALP-: \t0123456789xaor()quivlentbh\n", max_size=40))
def test_grade_label_matches_as_written(text: str) -> None:
    assert _GRADE_LABEL_AS_WRITTEN.pattern != req_federal._GRADE_LABEL.pattern
    spans = [m.span() for m in req_federal._GRADE_LABEL.finditer(text)]
    assert spans == [m.span() for m in _GRADE_LABEL_AS_WRITTEN.finditer(text)]


def test_wrapped_federal_texts_pass_the_pre_check_and_join() -> None:
    # The pre-check must let through the shapes the full read joins (test_req_usa4's texts).
    from tests.unit.text.test_req_usa4 import _WRAPPED

    for text, _ in _WRAPPED:
        assert req_unwrap._may_hold(text)
        assert req_unwrap.unwrapped_view(text) == req_unwrap._unwrap(text) is not None
    assert req_federal.grade_blocks("GS-09: one year\nGS-11: two years") != []


_ITEM = st.text(alphabet="aB1.-()_ \t\u00e9\u00c9;:,", max_size=25)


@settings(max_examples=300)
@given(st.lists(_ITEM, min_size=1, max_size=8))
def test_keys_in_one_pass_are_the_words_of_each_item(parts: list[str]) -> None:
    text, items, pos = "", [], 0
    for part in parts:
        items.append((pos, pos + len(part)))
        text += part + "\n"
        pos += len(part) + 1
    assert req_federal._keys(text, items) == [req_federal._words(text[a:b]) for a, b in items]
