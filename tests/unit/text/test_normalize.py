"""Invisible and compatibility characters from Word, PDFs and web pages hide no finding.

The analyzers read the text through askback.text.normalize: NFC, no format characters (soft
hyphen, zero-width space and joiners, word joiner, BOM, bidi marks), full-width forms and Latin
ligatures folded. An ad or an answer that carries them reads as its plain form, and every span
of the report points into the text the report holds.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from askback.cli.ad import print_answer
from askback.errors import InputError
from askback.text import answers
from askback.text.jobad import analyze
from askback.text.normalize import FOLDED, FORMAT, normalize
from askback.text.render import answer_markdown

SHY, ZWSP, WJ, BOM, LRM = "\u00ad", "\u200b", "\u2060", "\ufeff", "\u200e"
COMBINING_DIAERESIS = "\u0308"

# What pasted text holds: ASCII, umlauts, combining accents, format characters, full-width
# forms, ligatures, and characters that must stay as they are (™, ², …, ´, NBSP, emoji).
PASTED = st.text(
    alphabet=st.sampled_from(
        "aeiou AEIOU09.,$€-\nüöäßé"
        + COMBINING_DIAERESIS
        + "\u0301"
        + SHY
        + ZWSP
        + "\u200c\u200d"
        + WJ
        + BOM
        + LRM
        + "\u202e"
        + "\uff04\uff10\uff19\uff33\uff41\u3000\ufb01\ufb02\uffe1"
        + "™²…´\u00a0😀\U000e0041"
    ),
    max_size=60,
)


def _is_folded(ch: str) -> bool:
    return any(a <= ord(ch) <= b for a, b in FOLDED)


@given(PASTED)
@example("Bu\u0308ro")
@example(f"u{SHY}{COMBINING_DIAERESIS}")  # the accent composes once the soft hyphen is gone
@example("\uff55\u0308")  # a full-width letter with an accent: folded, then composed
def test_normalized_text_is_plain_and_stable(text: str) -> None:
    out = normalize(text)
    assert normalize(out) == out
    assert unicodedata.is_normalized("NFC", out)
    assert not [c for c in out if unicodedata.category(c) == "Cf"]
    assert not [c for c in out if _is_folded(c)]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_is_returned_as_the_same_object(text: str) -> None:
    assert normalize(text) is text


@pytest.mark.parametrize(
    "text",
    [
        "Python™ and SQL, 10² records, more…",  # NFKC would give "PythonTM", "102", "..."
        "caf\u00e9 \u2019quotes\u2019 \u2013 52\u00a0000\u202f€",  # NBSP and narrow NBSP stay
        "Emoji stay whole: 😀 🚀",
    ],
)
def test_other_compatibility_characters_stay(text: str) -> None:
    assert normalize(text) == text


def _windows_1252() -> list[str]:
    """The 251 characters of the Windows-1252 code page (five of its bytes are unassigned)."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            continue
    return chars


WINDOWS_1252 = [c for c in _windows_1252() if c != SHY]


def test_windows_1252_text_needs_nothing_but_the_soft_hyphen_removed() -> None:
    """normalize returns such text as it is, without its search: check that the search and the
    NFC step would change none of it. NFC composes only neighbours, so every pair is tried."""
    assert len(WINDOWS_1252) == 250
    assert not [c for c in WINDOWS_1252 if unicodedata.category(c) == "Cf" or _is_folded(c)]
    assert not [c for c in WINDOWS_1252 if ord(c) > 0xFFFF or unicodedata.combining(c)]
    pairs = [a + b for a in WINDOWS_1252 for b in WINDOWS_1252]
    assert [p for p in pairs if not unicodedata.is_normalized("NFC", p)] == []


@given(st.text(alphabet=st.sampled_from(WINDOWS_1252)))
@example("Gehalt: 52.000 € – “sehr gut” • Büro…")
def test_windows_1252_text_is_returned_as_the_same_object(text: str) -> None:
    assert normalize(text) is text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (f"jun{SHY}ges Team, 52.000 € – “sofort”", "junges Team, 52.000 € – “sofort”"),
        (f"Bu{COMBINING_DIAERESIS}ro – 3 Tage", "Büro – 3 Tage"),  # not Windows-1252: composed
        (f"U.S.{ZWSP} citizen – “required”", "U.S. citizen – “required”"),
    ],
)
def test_typographic_marks_do_not_hide_what_normalize_fixes(text: str, plain: str) -> None:
    assert normalize(text) == plain


def test_the_format_ranges_are_every_format_character_of_the_bmp() -> None:
    listed = {c for a, b in FORMAT for c in range(a, b + 1)}
    actual = {c for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf"}
    assert listed == actual, "update FORMAT in askback.text.normalize for this Unicode version"


def test_format_characters_beyond_the_bmp_are_removed_too() -> None:
    astral = [chr(c) for c in range(0x10000, sys.maxunicode + 1)]
    cf = "".join(c for c in astral if unicodedata.category(c) == "Cf")
    assert cf
    assert normalize(f"a{cf}b") == "ab"


BASE_AD = (
    "Data Analyst (m/w/d). Wir suchen Verstärkung für unser Team in Köln. Sie bauen Berichte "
    "für unsere Kunden und arbeiten eng mit dem Vertrieb zusammen. Gehalt: 55.000 bis 62.000 "
    "Euro im Jahr. Applicants must be US citizens. You are confident and supportive."
)
INVISIBLE = st.sampled_from([SHY, ZWSP, WJ, BOM, LRM, "\u200d"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(BASE_AD)), INVISIBLE), max_size=8))
def test_spans_point_into_the_report_text(inserts: list[tuple[int, str]]) -> None:
    text = BASE_AD
    for pos, ch in sorted(inserts, reverse=True):
        text = text[:pos] + ch + text[pos:]
    report = analyze(text)
    assert report.text == normalize(text)
    for f in report.findings:
        for s in f.spans:
            assert 0 <= s.start <= s.end <= len(report.text)
            assert report.text[s.start : s.end] == s.text
    if report.pay.span is not None:
        assert report.text[report.pay.span.start : report.pay.span.end] == report.pay.span.text


FILLER = (
    " We build scheduling tools for clinics across the region, release every week and review "
    "each change in pairs. The team works closely with nurses and administrators."
)


@pytest.mark.parametrize(
    ("pasted", "check"),
    [
        # a soft hyphen inside an age-coded German word
        (
            f"Wir suchen Verstärkung für unser jun{SHY}ges Team in Leipzig. Sie entwickeln "
            "Datenprodukte mit Kolleginnen und Kollegen aus vielen Bereichen. Wir bieten "
            "flexible Arbeitszeiten und Weiterbildung. Bewerben Sie sich über unser Portal.",
            "age-coded",
        ),
        # a zero-width space inside a citizenship condition
        (
            f"Data Analyst. Candidates must be a U.S.{ZWSP} citizen to apply.{FILLER}",
            "nationality-coded",
        ),
        # a full-width dollar pay range
        (f"Data Analyst. Salary: \uff0490,000 - \uff04110,000 per year.{FILLER}", "salary"),
        # a ligature in a gender-coded word
        (f"Data Analyst. You are con\ufb01dent in your craft.{FILLER}", "gender-coded"),
        # a BOM at the start and a word joiner inside a word
        (f"{BOM}Data Analyst. You are self{WJ}-confident with clients.{FILLER}", "gender-coded"),
    ],
)
def test_an_ad_with_invisible_or_compatibility_characters_reads_as_its_plain_form(
    pasted: str, check: str
) -> None:
    plain = normalize(pasted)
    assert plain != pasted
    assert plain.isascii() or "ä" in plain
    found, expected = analyze(pasted), analyze(plain)
    assert found.to_dict() == expected.to_dict()
    assert found.text == plain
    # the finding the characters hid is there, so this is no comparison of two empty reports
    assert check in {f.check for f in found.findings if f.level.value != "gap"}


def test_a_full_width_pay_range_is_read_with_its_amounts() -> None:
    pay = analyze(f"Data Analyst. Salary: \uff0490,000 - \uff04110,000 per year.{FILLER}").pay
    assert (pay.minimum, pay.maximum, pay.currency, pay.period) == (90000, 110000, "USD", "year")


def test_a_decomposed_umlaut_reads_as_the_composed_one() -> None:
    pasted = (
        f"Datenanalyst (m/w/d). Wir arbeiten hybrid: 3 Tage pro Woche im Bu{COMBINING_DIAERESIS}ro,"
        " sonst mobil. Sie entwickeln Berichte und Datenmodelle für unsere Kunden und arbeiten "
        "eng mit dem Vertrieb zusammen. Wir bieten Weiterbildung und ein gutes Team."
    )
    report = analyze(pasted)
    assert report.office_days == 3
    assert report.text == unicodedata.normalize("NFC", pasted)


NOTES = (
    f"We track pro{SHY}mo{SHY}tion rates by gender every quar{SHY}ter and the VP of "
    f"Engi{SHY}neering is accoun{SHY}table."
)


def test_an_answer_with_soft_hyphens_reads_as_its_plain_form() -> None:
    pasted, plain = answers.analyze(NOTES), answers.analyze(NOTES.replace(SHY, ""))
    assert pasted.to_dict() == plain.to_dict()
    assert pasted.suggested_rating == 4
    assert "practice" in pasted.counts()


def test_answer_quotes_and_highlights_are_the_analysed_words() -> None:
    result = answers.analyze(NOTES)
    markdown = answer_markdown(result, NOTES)
    for s in result.spans:
        assert f"“{s.text}”" in markdown
    out = Console(record=True, width=300, force_terminal=True, color_system="standard")
    print_answer(out, result, NOTES)
    shown = out.export_text(styles=True)
    for s in result.spans:
        assert f"\x1b[4;32m{s.text}\x1b[0m" in shown  # underlined: the analysed words exactly


@given(st.text(alphabet="\u00ad\u200b\u200c\u200d\u2060\ufeff \n\t", min_size=1, max_size=40))
def test_text_of_invisible_characters_only_is_empty_to_both_analyzers(text: str) -> None:
    # Nothing left to read once the invisible characters are gone: the same clear error as for
    # empty input, never an empty report.
    with pytest.raises(InputError, match="empty"):
        answers.analyze(text)
    with pytest.raises(InputError, match="empty"):
        analyze(text)


@pytest.mark.parametrize("notes", ["\u200b", "\u00ad\u200b\ufeff", " \u2060 \n"])
def test_notes_of_invisible_characters_only_get_no_suggestion(notes: str) -> None:
    # They are empty once normalised: the live hint says nothing rather than raising.
    from askback.app.answers import suggest

    assert suggest(notes) is None


def _encodes_in_windows_1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def test_windows_1252_test_reads_each_character_as_the_codec_does() -> None:
    """Every character of the Basic Multilingual Plane (the surrogates among them) and some
    beyond: only the characters beyond ASCII are encoded, with the same answer."""
    from askback.text.normalize import _windows_1252

    chars = [chr(c) for c in range(0x10000)] + ["\U0001d400", "\U000e0001"]
    assert [c for c in chars if _windows_1252(c) != _encodes_in_windows_1252(c)] == []


@given(st.text(alphabet="aZ9 .\n\x81\x9d\xa0\xad’–€•Œšäß\u0100\u2028\ud800\U0001d400"))
@example("Gehalt 52.000 € – Büro")
@example("x\ud800")
def test_windows_1252_test_on_mixed_text(text: str) -> None:
    from askback.text.normalize import _windows_1252, beyond_ascii

    assert _windows_1252(text) == _encodes_in_windows_1252(text)
    found = beyond_ascii(text)
    if found is not None:
        assert found == (text.encode("utf-8"), "".join(c for c in text if not c.isascii()))


def test_beyond_ascii_answers_for_the_text_it_is_given() -> None:
    """The kept answer is the last text's only: a new text is read again."""
    from askback.text.normalize import beyond_ascii

    a, b = "Büro", "".join(["Bü", "ro"])  # equal, but two strings
    assert beyond_ascii(a) == (a.encode(), "ü") and beyond_ascii("Café") == ("Café".encode(), "é")
    assert beyond_ascii(b) == (b.encode(), "ü") and beyond_ascii(a)[1] == "ü"
    # The last to ask lets the answer go: the next question reads the text again.
    assert beyond_ascii(a, keep=False) == (a.encode(), "ü")
    assert beyond_ascii(b, keep=False) == (b.encode(), "ü")
    assert beyond_ascii("Café", keep=False) == ("Café".encode(), "é")
