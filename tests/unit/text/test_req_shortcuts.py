"""The requirement reader's shortcuts find what the reads they stand for find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_inline, req_intro, requirements
from askback.text.doc import lowered, prepare

_PIECE = st.sampled_from(
    [
        "the following",
        "the following skills",
        "if you have the following skills, knowledge and experience",
        "the follow",
        "ing",
        " ",
        "\t",
        "\n",
        "\n\n",
        "- ",
        "• ",
        "you",
        "x" * 120,
        ":",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECE, max_size=16))
def test_following_lines_as_the_pattern(pieces: list[str]) -> None:
    """_following_lines reads only the lines that hold "the following", and finds what
    _FOLLOWING_LINE.finditer finds over the whole text."""
    lower = "".join(pieces)
    want = [(m.start(), m.end(), m["line"]) for m in req_intro._FOLLOWING_LINE.finditer(lower)]
    got = [(m.start(), m.end(), m["line"]) for m in req_intro._following_lines(lower)]
    assert got == want


_BULLET_PIECE = st.sampled_from(
    ["o", "O", "o ", "o\t", "o\u00a0", " ", "\t", "\u00a0", "\n", "\n\n", "Python", "ö", "ó",
     "\u200b", "-", "•", "to", "oo", "o.", "(o)", "'o'", "\r"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_BULLET_PIECE, max_size=16))
def test_o_bullet_gate_skips_only_texts_without_them(pieces: list[str]) -> None:
    """Where the text has no word "o", the "o" bullet view finds no bullet to turn."""
    text = "".join(pieces)
    if not requirements._may_hold_o_bullets(prepare(text)):
        assert requirements._o_bullet_view(text) is None


_GRADE_PIECE = st.sampled_from(
    ["Grade Determinations", "GRADE DETERMINATIONS:", "grade determination", "dEtErMiNaTiOnS",
     "Grade", " ", "\n", "eterminat", "ETERMINAT", "İ", "ß", "GS-11", ": ", "x"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_GRADE_PIECE, max_size=10))
def test_determinations_with_lower_case_text_as_without(pieces: list[str]) -> None:
    """The lower-case text only spares determinations_at a read: its answer is the same."""
    text = "".join(pieces)
    lower = lowered(text)
    assert req_inline.determinations_at(text, lower) == req_inline.determinations_at(text)


_LEAD_PIECE = st.sampled_from(
    ["the following", "the followings", "following:", "the following skills", "x" * 310,
     "must possess:", ". In addition, candidate must possess:", ":", " ", "\t", "\n", "\n\n",
     "1. ", "(1) ", "1) ", "2. ", "2) ", "12. ", "1.5 ", "Have ", "the following\u00a0"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_LEAD_PIECE, max_size=14))
def test_lead_in_gates_skip_only_texts_without_them(pieces: list[str]) -> None:
    """Where the ad lacks the word "following" (or the numbers 1 and 2), the lead-ins that
    need it are not there to find."""
    lower = lowered("".join(pieces))
    vocab = prepare(lower).vocab
    if "following" not in vocab:
        assert list(req_intro._following_lines(lower)) == []
    if "1" not in vocab or "2" not in vocab:
        assert req_intro._paragraph_lead_ins(lower, []) == []


_HEAD_PIECE = st.sampled_from(
    ["\n", "\n\n", " ", "\t", "\xa0", "\r", "#", "**", "_", "1.", ")", '"', "“", "💡", "-",
     "the", "The 4", "our", "Key", "Unsere", "Requirements", "What you bring", "Nice to have",
     "nice-to-have", "Profile", "Ihr Profil", "Benefits", "Duties", "skills", "Qualifications",
     "Essential Functions", "Even better if you have", "x", ":", "SQL, Python", " & ", ",", "?"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_HEAD_PIECE, max_size=16))
def test_heading_lines_hold_every_line_kind_reads_as_a_heading(pieces: list[str]) -> None:
    """_sections_from asks _kind and inline_items only at the lines that start with heading
    words (_heading_line): every other line is no heading to either."""
    text = "".join(pieces) or "x"
    doc = prepare(text, "en")
    lower = doc.lower
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        assert requirements._next_heading(doc, pos) == requirements._first_heading(lower, pos)
        assert requirements._heading_line(lower, pos, end) == (
            requirements._first_heading(lower, pos) == pos
        )
        if not requirements._heading_line(lower, pos, end):
            head = lower[pos:end]
            assert requirements._kind(head, True) is None
            assert requirements._kind(head, False) is None
            assert requirements.inline_items(text, lower, pos, end) == ("", [])
        pos = end + 1


_OTHER_PIECES = st.sampled_from(
    ["\n", "\n\n", " ", "\t", "#", "**", "_", ":", "x", "Benefits", "BENEFITS", "About us",
     "What we offer", "Requirements", "- SQL", "benefits package", "\r"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_OTHER_PIECES, max_size=14).map("".join), st.data())
def test_other_heading_search_from_line_breaks_is_the_multiline_pattern(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = req_inline._other_heading_rx().search(text, start, end)
    assert req_inline.other_heading(text, start, end) == (-1 if m is None else m.start())
