"""Money paid beside the salary: allowances, supplements, weightings, premiums, uplifts.

An NHS ad states the salary and then its High Cost Area Supplement ("15% of basic salary, with a
minimum of £3,784 and a maximum of £4,822"); a London ad adds "£2,000 London weighting", a German
one "eine Schichtzulage von 150 €", a US one "locality pay of $12,300". These figures are paid on
top of the salary and are not it: `pay` reads none of them as pay, so none becomes the pay,
widens its range or lends it its period. A salary said to include one ("£31,000 inclusive of
HCAS", "Total pay including HCAS: £36,480") is the pay.
"""

from __future__ import annotations

import re
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc

_LETTER = "a-zß-öø-ÿ"
# A name stands as a whole word: no word character (a letter or digit, as the word list splits
# them) on either side, so the ad's word list holds it whenever the pattern finds it.
_WORD = "0-9a-zß-öø-ÿ"


# The languages whose own names are read beside the names every ad's are (`supplements`).
LANGS = ("de", "nl")


@cache
def _lists() -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """lexicons/pay.yaml: supplements (key "any"), supplements_de, supplements_nl; the kinds."""
    data = lexicon.read("pay")
    names = {"any": frozenset(str(w) for w in data["supplements"])}
    names |= {lang: frozenset(str(w) for w in data[f"supplements_{lang}"]) for lang in LANGS}
    return names, tuple(str(w) for w in data["supplement_kinds"])


@cache
def job_nouns() -> str:
    """A pattern for the nouns that end a job's name (lexicons/pay.yaml `job_nouns`)."""
    words = sorted((str(w) for w in lexicon.read("pay")["job_nouns"]), key=len, reverse=True)
    return rf"(?:{'|'.join(map(re.escape, words))})s?(?![{_LETTER}])"


@cache
def _pattern(langs: tuple[str, ...]) -> str:
    names, kinds = _lists()
    nouns = frozenset().union(*(names[k] for k in ("any", *langs)))
    noun = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    # "on-call", "stand by", "out-of-hours": the words of a kind joined by a space or hyphen.
    kind = "|".join(r"[\s-]+".join(map(re.escape, k.split())) for k in kinds)
    # Not a word of a job's name: "Allowances Officer", "Locality Pay Analyst".
    job = rf"(?![\s-]+{job_nouns()})"
    return (
        rf"(?<![{_WORD}])(?:{noun})(?![{_WORD}]){job}"
        # "standby pay", "unsocial hours payment": a pay word that a kind makes a supplement.
        rf"|(?<![{_WORD}])(?:{kind})(?:[\s-]+hours?)?[\s-]+pay(?:ments?)?(?![{_WORD}]){job}"
    )


@cache
def supplement_rx(langs: tuple[str, ...] = LANGS) -> re.Pattern[str]:
    """A word that names a supplement, in lower-case text; German and Dutch names only for
    `langs` (all by default)."""
    return re.compile(_pattern(langs))


@cache
def _gate(langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The names' words for `langs` (whole names and the kinds' first words), and the kinds'."""
    names, kinds = _lists()
    firsts = frozenset(k.split()[0] for k in kinds)
    return firsts.union(*(names[k] for k in ("any", *langs))), firsts


_PAY_WORDS = ("pay", "payment", "payments")


def _read(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names' words the ad holds, and the languages (of LANGS) it has text in: once an ad."""
    got = doc.memo.get("pay_supplements")
    if isinstance(got, tuple):
        return got
    by_lang = doc.vocab_by_lang
    langs = tuple(k for k in LANGS if k in by_lang) if len(by_lang) > 1 or doc.lang in LANGS else ()
    names, firsts = _gate(langs)
    vocab = doc.vocab
    found: frozenset[str] = frozenset() if names.isdisjoint(vocab) else names.intersection(vocab)
    if found and found <= firsts and vocab.isdisjoint(_PAY_WORDS):
        found = frozenset()  # a kind ("on-call") names a supplement only before a pay word
    out = (tuple(found), langs)
    doc.memo["pay_supplements"] = out
    return out


def near(doc: Doc, lo: int, hi: int) -> bool:
    """A supplement can be named in doc.lower[lo:hi]: a strict necessary condition for `beside`
    and `added` there, cheap. Which of the names' words the ad holds is looked up once in its
    word list; only those are looked for in the stretch (most ads hold none)."""
    words = _read(doc)[0]
    if not words:
        return False
    find = doc.lower.find
    return any(find(w, lo, hi) >= 0 for w in words)


# A figure with a currency: "£3,784", "$ 12,300", "4.800 €". (A share, "15%", is none.)
_FIGURE = r"[£$€¥₹][ \t]?\d|\d(?:[\d.,'’ ]*\d)?[ \t]?(?:€|eur(?![a-z])|euro|chf|usd|gbp)"
_FIGURE_RX = re.compile(_FIGURE, re.IGNORECASE)


@cache
def _labels_rx(
    stems: tuple[str, ...], short: tuple[str, ...], langs: tuple[str, ...]
) -> re.Pattern[str]:
    """What names the amounts of a sentence, left to right: a salary word, a supplement, an
    "including" before one, a figure with a currency, and "20% of basic salary" (a salary named
    as the base a supplement is worked out on, not as the label of a figure)."""
    sal = "|".join(re.escape(s) for s in stems)
    sal += "".join(f"|(?<![{_LETTER}]){re.escape(s)}" for s in short)
    return re.compile(
        r"(?P<pct>(?:%|per[\s-]?cent)\s*(?:of\s+)?(?:the\s+)?(?:your\s+)?"
        r"(?:(?:basic|base|annual|gross|full[\s-]time)\s+)?(?:salary|pay)(?![a-z]))"
        rf"|(?P<sup>{_pattern(langs)})"
        r"|(?P<inc>(?<![a-z])(?:inc|incl|including|inclusive|includes|include|included|excl"
        # "with enhancements" says what a figure holds; "with a London weighting of" names one.
        r"|excluding|exclusive|excludes|with(?!\s+an?\s))(?![a-z]))"
        rf"|(?P<fig>{_FIGURE})"
        rf"|(?P<sal>{sal})"
    )


# Two figures joined as the ends of one statement: "a minimum of £3,784 to a maximum of £4,822".
_JOINED = re.compile(r"(?<![a-z])(?:and|to|or|max|maximum|und|bis)(?![a-z])|[-–]")
# "supplement of 20%", "HCAS at 15%", "Zulage von 150 €": the supplement's own amount follows.
_OF = re.compile(r"\s+(?:of|at|von|in\s+höhe\s+von)\s")
_SENTENCE = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])")
# A full stop that ends a short form, not a sentence: "Salary (inc. Outer London HCAS):".
_ABBREVIATIONS = (" inc", "(inc", " incl", "(incl", " excl", "(excl", " approx", " ca", "(ca")
REACH = 160  # how far before an amount its sentence is read for a name


def _nearest(doc: Doc, start: int, line_start: int, rx: re.Pattern[str]) -> tuple[str, bool]:
    """What names the amount at `start` from before it in its sentence: "supplement", "salary"
    or "" (nothing), and whether a figure of its own stands between (then the name is that
    figure's too: "a minimum of £3,784 to a maximum of £4,822")."""
    lo = max(line_start, start - REACH)
    for m in _SENTENCE.finditer(doc.text, lo, start):
        if not doc.lower.endswith(_ABBREVIATIONS, lo, m.start()):
            lo = m.end()
    # Read up to one character past `start`, so that a name glued to the amount ("hcas4,000")
    # is read as the word index splits it, not cut at the amount.
    marks = [m for m in rx.finditer(doc.lower, lo, start + 1) if m.end() <= start]
    crossed = False
    after = start  # where the stretch after the mark being read ends
    i = len(marks) - 1
    while i >= 0:
        m = marks[i]
        kind = m.lastgroup
        if kind == "sup":
            prev = marks[i - 1] if i else None
            if (
                prev is not None
                and prev.lastgroup == "inc"
                and m.start() - prev.end() <= 25
                and _OF.match(doc.lower, m.end()) is None
            ):
                # "including HCAS", "inc. Outer London weighting": said of the pay, not a name
                # ("will include the supplement of 20% ..., minimum £4,473" names one).
                after = prev.start()
                i -= 2
                continue
            return "supplement", crossed
        if kind == "sal":
            return "salary", crossed
        if kind == "fig":
            if _JOINED.search(doc.lower, m.end(), after) is None:
                return "", True  # another figure's own words
            crossed = True
        after = m.start()
        i -= 1
    return "", crossed


def _named(doc: Doc, lo: int, hi: int) -> bool:
    """A supplement is named inside doc.lower[lo:hi], read with the characters around the
    stretch (so a name glued to a figure, "hcas4", is no name, as the word index reads it)."""
    lower = doc.lower
    rx = supplement_rx(_read(doc)[1])
    return any(m.end() <= hi for m in rx.finditer(lower, lo, min(len(lower), hi + 30)))


def beside(
    doc: Doc,
    start: int,
    end: int,
    line_start: int,
    tail_end: int,
    stems: tuple[str, ...],
    short: tuple[str, ...],
) -> bool:
    """The amount at doc.lower[start:end] is a supplement paid beside the salary.

    It is one when the nearest name before it in its sentence is a supplement ("HCAS of £4,000",
    "subject to a minimum payment of £1,034" after "High Cost Area Supplement of 5% of basic
    salary"), or when the words right after it, up to `tail_end`, name one ("£4,250 HCAS",
    "£2,000 London weighting") and no salary word labels it from right before ("Salary: £32,478
    - £51,069 London Weighting" is the salary). `stems` and `short` are the salary stems (the
    short ones count only where a word starts).
    """
    kind, crossed = _nearest(doc, start, line_start, _labels_rx(stems, short, _read(doc)[1]))
    if kind == "supplement":
        return True
    if kind == "salary" and not crossed:
        return False
    return _named(doc, end, tail_end)


_AND = re.compile(r"(?<![a-z])(?:and|und|with|mit)\s")


def added(doc: Doc, end: int, after: str) -> int:
    """Where "and" (or "with") starts a supplement added beside the amount ending at `end`, in
    `after`, the lower-case words after it ("and a housing allowance of €420"); or -1."""
    joint = _AND.search(after)
    if joint is None:
        return -1
    return joint.start() if _named(doc, end + joint.end(), end + len(after)) else -1


def with_figure(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] holds a figure with a currency and names a supplement: "plus location
    allowance of £1,000" (a period word after it is that figure's)."""
    return (
        _FIGURE_RX.search(text, lo, hi) is not None
        and supplement_rx().search(text[lo:hi].lower()) is not None
    )
