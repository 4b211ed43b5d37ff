"""A published public pay scale named without an amount: "Vergütung nach TVöD E13",
"Besoldungsgruppe A 13", "NHS Agenda for Change Band 6", "GS-12".

The tables of these scales are public, so the grade tells the pay; what the ad leaves open is the
step (Stufe, pay point) a new hire is placed on. askback's own list of scales: German collective
agreements of the public and church sector (TVöD, TV-L, TV-H, TV-Ärzte, TVAöD, AVR, KAVO),
German civil-service pay (Besoldung), Swiss cantonal pay classes (Lohnklasse), the NHS Agenda for
Change bands and the US federal General Schedule and Wage Grade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from functools import cache
from typing import TYPE_CHECKING

from askback.text.doc import blanked

if TYPE_CHECKING:
    from ahocorasick_rs import BytesAhoCorasick

# A scale's name (group "scale") or a grade that names its scale by itself (group "own").
_SCALES = (
    r"tvöd(?:[- ]?(?:bund|vka|sue|k|b|v)\b)?|tv-?l\b|tv-?h\b|tv[- ]hessen"
    r"|tv-?ärzte(?:\s?/\s?(?:vka|tdl))?"
    r"|tv-ä\b|tvaöd|avr(?:[- ](?:caritas|diakonie|dwbo|dd|k|j)\b)?|kavo"
    r"|(?:nhs\s+)?agenda\s+for\s+change|\bafc\b"
)
# The top of a range of grades after a grade: "9a bis 11", "9b–11", "E 10 bis E 12", "8 - 10",
# "9a/9b", "Band 6 to 7" (the grade's own letters may stand again before the top).
_UPTO = (
    r"(?:\s?(?:bis|to|-|–|—|/)\s?(?:entgeltgruppe|eg|e|band|a|ä|s)?\s?"
    r"\d{1,2}[a-d]?(?![\w,.]\d)(?!\w))?"
)
_BESOLDUNG = (
    r"besold(?:ung|et)(?:\s*:|\s+(?:erfolgt|wird|ist|nach|bis|ab|von|gemäß|in|zur?|der"
    r"|besoldungsgruppe|bes\.?\s?gr\.)){0,4}\s*"
)
_OWN = (
    r"(?:entgeltgruppe|vergütungsgruppe|besoldungsgruppe|besoldung\s+nach|lohnklasse|gehaltsklasse"
    rf"|lohnstufe|nhs\s+(?:pay\s+)?band)\s*[a-zä]?\s?\d{{1,2}}[a-d]?\b{_UPTO}"
    # rt36de: a civil servant's grade after "Besoldung" or "besoldet" and the words that bound
    # it ("Besoldung bis A 13", "Besoldung: A 12", "Besoldung von A 9 bis A 11", "besoldet wird
    # nach A 14"): the grade's letter (A, B, R, W) is written, as no other number follows here.
    rf"|{_BESOLDUNG}[abrw]\s?\d{{1,2}}\b{_UPTO}"
    r"|(?<![\w-])(?:gs|gg|wg)-(?:\d{4}-)?\d{1,2}(?:\s?/\s?\d{1,2})?\b"
    r"|general\s+schedule\s+(?:\(gs\)\s+)?grade\s+\d{1,2}\b"
)

# The fast pre-check: every match of _rx() starts a word (its look-behind: no word character
# or "-" before it), so it needs one of _WORDS, both "general" and "schedule", or one of the
# word starts of _STARTS in doc.blanked() (where every word stands after a space and "-" is a
# space too: "TV-L" is " tv l "). A set look-up in the ad's vocabulary and one automaton pass
# over the blanked text (~8 µs; a regex of the starts took ~17, fourteen substring searches
# ~40) turn most ads away before the pattern scans them (~100 µs an ad and more).
# tests/unit/text/test_pay_scale_keys.py holds every scale name and grade form to this test,
# tests/unit/text/test_sp_pay_gates.py the pattern.
_WORDS = frozenset(("agenda", "afc", "nhs", "besoldung", "besoldet", "gs", "gg", "wg"))
_STARTS = (
    " tvöd", " tvaöd", " tvärzte", " tvl ", " tvh ", " tv l ", " tv h ", " tv ä ", " tv hessen",
    " tv ärzte", " avr", " kavo", " entgeltgruppe", " vergütungsgruppe", " besoldungsgruppe",
    " lohnklasse", " lohnstufe", " gehaltsklasse",
)  # fmt: skip


@cache
def _starts() -> BytesAhoCorasick:
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    # The DFA: a few short patterns, and it scans ~30 % faster than the compact automaton.
    return BytesAhoCorasick(
        [s.encode("latin-1") for s in _STARTS], implementation=Implementation.DFA
    )


def _may_name(lower: str, blank: bytes | None = None, vocab: Set[str] | None = None) -> bool:
    """The fast pre-check (see above): False when the text names no scale.

    `blank` is blanked(lower) and `vocab` its words, when the caller has them (a Doc does)."""
    if blank is None:
        blank = blanked(lower)
    if vocab is None:
        vocab = set(blank.decode("latin-1").split())
    return (
        not _WORDS.isdisjoint(vocab)
        or ("general" in vocab and "schedule" in vocab)
        # Non-empty exactly when some start stands in the text (the first is always found).
        or bool(_starts().find_matches_as_indexes(blank))
    )


# "GS 12", "GS 12/13": the General Schedule's grade with a space; read as the pay only beside a
# pay word, since two letters and a number name other things too.
_SPACED = r"(?<![\w-])gs\s(?:\d{4}-)?\d{1,2}(?:\s?/\s?\d{1,2})?(?![\w.,]\d)(?!\w)"


@cache
def _rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:(?P<scale>{_SCALES})|(?P<own>{_OWN})|(?P<spaced>{_SPACED}))")


# The step already given: "Stufe 3", "Erfahrungsstufe 2", "step 4", "pay point 12"; then the
# finding does not ask for it.
_STEP = re.compile(
    r"(?<![\w-])(?:(?:erfahrungs|entwicklungs|grundentgelt)?stufe|step|pay\s+point|spine\s+point)"
    r"\s?\d{1,2}(?!\w)"
)


@cache
def _grade_rx() -> re.Pattern[str]:
    """A grade beside a scale's name: "E13", "EG 11", "Entgeltgruppe 12", "Ä1", "S 11b",
    "Band 6", "Band 8a"."""
    return re.compile(
        r"(?<![\w-])(?:entgeltgruppe|vergütungsgruppe|entgeltgr\.|eg|e|ä|s|p|kr|band|grade)"
        rf"\s?\d{{1,2}}[a-d]?(?![\w,.]\d)(?!\w){_UPTO}"
    )


# Pay words that say the scale is the job's pay; words that say it is a subject the job handles
# ("Erfahrung mit der Abrechnung nach TVöD", "experience with AVR microcontrollers").
_PAY = re.compile(
    r"vergüt|bezahl|eingruppier|entgelt|entlohn|besoldung|gehalt|\blohn|tarif|\bpay|salary"
    r"|\bpaid|compensat|\bgrade|\bband\b"
)
_VETO = re.compile(
    r"abrechnung|payroll|kenntnis|erfahrung|experience|knowledge|familiar|microcontroller|mikrocontroller"
    # rt36de: knowing one's way around it ("Du kennst dich mit TVöD aus", "vertraut mit TV-L")
    r"|\bkenn(?:st|en|t)\b|vertraut|\bumgang\b"
)
# The scale's name glued to a task or a field of law: "TVöD-Abrechnung", "TV-L-Kenntnisse",
# "Besoldungsrecht" (rt36de).
_VETO_AFTER = re.compile(r"-?(?:abrechnung|kenntnis|erfahrung|recht\b|rechts|reform)")
_STOPS = ".;!?\n"
_REACH = 120
# An ad names its pay scale a few times at most: the names past this many, none of them read as
# the pay, are not read (a page of repeated scale names stays fast).
_TRIES = 12


def _sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _REACH)
    for stop in _STOPS:
        cut = lower.rfind(stop, lo, start)
        lo = max(lo, cut + 1)
    hi = min(len(lower), end + _REACH)
    for stop in _STOPS:
        cut = lower.find(stop, end, hi)
        hi = cut if cut >= 0 else hi
    return lo, hi


def _clean(s: str) -> str:
    return " ".join(s.split())


@cache
def _word_starts() -> BytesAhoCorasick:
    """_STARTS and the words of _WORDS (and "general"), each as it stands in doc.blanked()."""
    from ahocorasick_rs import BytesAhoCorasick

    words = [f" {w} " for w in (*_WORDS, "general")]
    return BytesAhoCorasick([s.encode("latin-1") for s in (*_STARTS, *words)])


def _names(lower: str, blank: bytes) -> Iterator[re.Match[str]]:
    """_rx().finditer(lower), the pattern tried only where the pre-check's words start.

    Every match starts at such a word (see _may_name), and the pattern matched there finds what
    finditer finds there: the whole text is not scanned (~250 µs an ad) for a few places.
    Offset j of the blanked text is the space before the word at offset j of the text."""
    rx = _rx()
    found = _word_starts().find_matches_as_indexes(blank, overlapping=True)
    end = 0
    for at in sorted({start for _, start, _ in found}):
        if at < end:
            continue  # inside the last match: finditer goes on after it
        m = rx.match(lower, at)
        if m is not None:
            yield m
            end = m.end()


def find(
    text: str, lower: str, blank: bytes | None = None, vocab: Set[str] | None = None
) -> str | None:
    """The scale and grade the ad pays by ("TVöD E13", "Besoldungsgruppe A 13"), or None.

    `lower` is `text` lower-cased, of the same length; `blank` and `vocab`, where given, are
    blanked(lower) and its words (Doc.blanked(), Doc.vocab), made once per ad."""
    if blank is None:
        blank = blanked(lower)
    if vocab is None:
        vocab = set(blank.decode("latin-1").split())
    if not _may_name(lower, blank, vocab):
        return _grade_first(text, lower, vocab)
    for tries, m in enumerate(_names(lower, blank)):
        if tries >= _TRIES:
            break
        lo, hi = _sentence(lower, m.start(), m.end())
        clause = lower[lo:hi]
        if _VETO.search(lower, lo, m.start()) or _VETO_AFTER.match(lower, m.end()):
            continue
        if m["spaced"] and not _PAY.search(clause):
            continue
        step = _STEP.search(lower, lo, hi)
        label = _labelled(text, lower, m, lo, hi)
        if label is None:
            continue
        if step is not None and "grade not given" not in label:
            label += " " + _clean(text[step.start() : step.end()])
        return label
    return _grade_first(text, lower, vocab)


# A civil servant's grade written before the word that makes it pay: "mit A 13 besoldet", "nach
# A 13 BBesO", "A 12 LBesO", "Besoldungsordnung A 11" is the law's own order and read above
# (round mop). The grade's letter (A, B, R, W) is written; a range of grades may stand.
_GRADE_FIRST = re.compile(
    r"(?<![\w-])(?P<grade>[abrw]\s?\d{1,2}[a-d]?(?:\s?(?:bis|-|–|/)\s?[abrw]?\s?\d{1,2}[a-d]?)?)"
    r"(?![\w,.]\d)\s+(?:(?:der|nach|gemäß|gem\.)\s+)?"
    r"(?P<law>(?:bbeso|lbeso|bayBesO|besg|[a-zäöü]*besoldungsordnung|besoldungsgesetz)\b|(?:zu\s+)?besoldet\b)",
    re.IGNORECASE,
)
_LAW_WORDS = frozenset(("besoldet", "bbeso", "lbeso", "baybeso", "besg"))


def _grade_first(text: str, lower: str, vocab: Set[str]) -> str | None:
    """The grade written before "besoldet" or the name of a civil-service pay law: "Die Stelle
    wird nach A 13 besoldet", "bewertet nach A 11 BBesO" (round mop); None where none is."""
    if _LAW_WORDS.isdisjoint(vocab) and "besoldungsordnung" not in lower:
        return None
    for m in _GRADE_FIRST.finditer(lower):
        lo, _ = _sentence(lower, m.start(), m.end())
        if _VETO.search(lower, lo, m.start()):
            continue
        grade = _upto(lower, lo, m.start()) + _grades(text, m.start(), m.end("grade"))
        if m["law"].strip().endswith("besoldet"):
            return f"Besoldung {grade}"
        return f"{grade} {_clean(text[m.start('law') : m.end('law')])}"
    return None


def _labelled(text: str, lower: str, m: re.Match[str], lo: int, hi: int) -> str | None:
    """The scale and grade of one scale name, or None where it is not the job's pay."""
    clause = lower[lo:hi]
    if m["own"] or m["spaced"]:
        # The grade names the scale; a scale's name after it completes the label.
        label = _upto(lower, lo, m.start()) + _grades(text, m.start(), m.end())
        after = _rx().search(lower, m.end(), hi)
        if after and after["scale"]:
            label += " " + _clean(text[after.start() : after.end()])
        return label
    grade = _grade_rx().search(lower, m.end(), min(hi, m.end() + 40))
    if grade is None:
        grade = _grade_rx().search(lower, max(lo, m.start() - 30), m.start())
    if grade is None and not _PAY.search(clause):
        return None
    label = _clean(text[m.start() : m.end()])
    if grade is not None:
        g = _upto(lower, lo, grade.start()) + _grades(text, grade.start(), grade.end())
        label = f"{g} {label}" if grade.start() < m.start() else f"{label} {g}"
    return label if grade is not None else label + " (grade not given)"


# "bis EG 11", "bis zur Entgeltgruppe 13", "up to Band 7": the grade is the highest one.
# "ab A 10", "from Band 6", "mindestens EG 9": the lowest one, the top left open (round mop).
_UPTO_BEFORE = re.compile(
    r"(?<![\w-])(?:bis(?:\s+zur?)?|maximal|max\.|höchstens|up\s+to|ab|from|mindestens"
    r"|at\s+least)\s*\Z"
)
_GRADE_RANGE = re.compile(
    r"(?<!\d)(\d{1,2})[a-d]?(\s?(?:bis|to|-|–|—|/)\s?(?:entgeltgruppe|eg|e|band|a|ä|s)?\s?"
    r"(\d{1,2})[a-d]?)\Z",
    re.IGNORECASE,
)


def _upto(lower: str, lo: int, start: int) -> str:
    """ "bis " (or "up to ") when those words stand right before the grade at `start`."""
    m = _UPTO_BEFORE.search(lower, max(lo, start - 20), start)
    return "" if m is None else _clean(m[0]) + " "


def _grades(text: str, start: int, end: int) -> str:
    """The grade (or range of grades: "EG 9a bis 11") at text[start:end]; a top that is no
    higher grade than the bottom, or none a scale has ("EG 9 - 40 Stunden"), is cut off."""
    grade = text[start:end]
    m = _GRADE_RANGE.search(grade)
    if m is not None and not int(m[1]) <= int(m[3]) <= 20:
        grade = grade[: m.start(2)]
    return _clean(grade)


def grade_open(label: str) -> bool:
    """Whether a label from `find` leaves the grade open: a range of grades ("EG 9a bis 11"),
    only the highest ("bis EG 11") or only the lowest ("ab A 10")."""
    lower = label.lower()
    return _GRADE_RANGE.search(lower) is not None or _UPTO_LABEL.search(lower) is not None


_UPTO_LABEL = re.compile(
    r"(?<![\w-])(?:bis|maximal|max\.|höchstens|up\s+to|ab|from|mindestens|at\s+least)\s"
)


def step_given(label: str) -> bool:
    """Whether a label from `find` names the step too ("TV-L E13 Stufe 3")."""
    return _STEP.search(label.lower()) is not None
