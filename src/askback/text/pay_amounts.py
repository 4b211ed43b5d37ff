"""The parts of a pay figure that both ways of finding one share.

How an amount is written ('61,200', '4.653', '100-120k'), the pay period next to it, the words
around it that make it pay or something else, and the labels that start a pay line. `pay` finds
amounts written with a currency and `pay_bare` those written under a pay label without one; both
build on this module, which imports neither.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from askback.text import lexicon, pay_supplements
from askback.text.doc import Doc
from askback.text.rx_first import gate, gated

# Words that label a line as the pay for the job ("Salary:", "Pay range (USD):", "Rate:").
_LABELS = (
    r"salary|salaries|pay|pay range|pay rate|base|base pay|base salary|basic salary|compensation"
    r"|total compensation|hiring range|hiring rate"
    r"|remuneration|wage|wages|hourly|hourly rate|day rate|daily rate|rate|ote|gehalt|jahresgehalt"
    r"|gehaltsspanne|gehaltsrahmen|vergütung|verdienst|salaire|salaris"
    r"|lohn|stundenlohn|stundensatz|monatsgehalt|bruttomonatsgehalt|bruttojahresgehalt"
)


# The words a pay label is built on: a line is read as a pay line only if it holds one.
LABEL_WORDS = frozenset(
    [
        "salary",
        "salaries",
        "pay",
        "compensation",
        "remuneration",
        "wage",
        "wages",
        "rate",
        "hourly",
        "ote",
        # "Hiring range: 74,000 - 88,000" (US public employers and universities); a line is
        # read only when it starts with the whole label and a colon or dash.
        "hiring",
        "gehalt",
        "jahresgehalt",
        "gehaltsspanne",
        "gehaltsrahmen",
        "vergütung",
        "verdienst",
        "salaire",
        "salaris",
        # "Stundenlohn: 24,50 pro Stunde", "Monatsgehalt: 4.200": German labels of one period.
        "lohn",
        "stundenlohn",
        "stundensatz",
        "monatsgehalt",
        "bruttomonatsgehalt",
        "bruttojahresgehalt",
        # "Base: 130-150K"; only as the line's first word (see pay_bare.without_currency), so
        # "Customer base: 40,000 clients" is not a pay line.
        "base",
    ]
)


@cache
def _label_words() -> str:
    return lexicon.alternation(_LABELS.split("|"))


_SP = r"[ \t\u00a0\u2009\u202f]"


@cache
def label_rx() -> re.Pattern[str]:
    """A line that starts with a pay label and a colon or dash, up to the figure."""
    return re.compile(
        # Up to three words before the label, an abbreviation among them: "Min. pay:".
        # No-break and thin spaces count as spaces: "Salary\u00a0range:\u00a063,000".
        rf"[\W\d]{{0,6}}(?:[a-z]+\.?{_SP}){{0,3}}(?:{_label_words()})"
        rf"(?:{_SP}+(?:range|band|min(?:imum)?|max(?:imum)?|floor|ceiling)){{0,2}}"
        rf"{_SP}*(?:\([^)\n]{{0,20}}\))?{_SP}*\**{_SP}*(?:[:\-–]{_SP}*\**|(?=\d))",
    )


@cache
def _lists() -> dict[str, list[str]]:
    data = lexicon.read("pay")
    return {k: [str(w) for w in v] for k, v in data.items() if isinstance(v, list)}


@cache
def _not_pay() -> frozenset[str]:
    return frozenset(_lists()["not_pay"])


# Before "Monatslohn": an ordinal, which makes it an extra month's pay ("13. Monatsgehalt").
_NOT_NTH = (
    r"(?<!\d\.\s)(?<!\d\.)(?<!\dte\s)(?<!\dtes\s)(?<!zehnte\s)(?<!zehntes\s)(?<!zehnten\s)"
    # "13ten Monatsgehalts", "13-tes Monatsgehalt" (mop).
    r"(?<!\dten\s)(?<!-te\s)(?<!-tes\s)(?<!-ten\s)"
)
PERIODS: dict[str, str] = {
    "year": r"per\s+(?:year|annum)|a\s+year|annual(?:ly)?|yearly|p\.?\s?a\.?|p/a"
    r"|/\s?(?:year|yr|y|an|jahr|jaar|año)"
    r"|jährlich|pro\s+jahr|im\s+jahr|jahresgehalt|brutto(?:jahres)?gehalt\s+p\.a|par\s+an|annuel(?:le)?"
    r"|per\s+jaar|jaarsalaris|al\s+año|anual|all'anno|ral|k\s*€?\s*/\s*an"
    # Swedish, Danish, Norwegian: "per år", "om året", "i året", "pr. år", "årslön", "/år".
    r"|(?:per|pr\.?)\s+år|om\s+året|i\s+året|årslön|årsløn|årslønn|/\s?år"
    # German compounds with the year inside: "Bruttojahresgehalt", "Jahressalär", "Jahreslohn".
    r"|[a-zäöüß]*jahres(?:brutto)?(?:gehalt|lohn|salär|einkommen|vergütung|verdienst)(?:e?s)?",
    # "p.m." after a clock time ("8am-4pm", "4 p.m.") is the time of day, never per month.
    "month": r"per\s+month|a\s+month|monthly|/\s?(?:month|mo|mth|monat|mois|maand|mes)"
    r"|(?<!\d)(?<!\d\s)(?<!\d\.)p\.?\s?m\.?"
    r"|monatlich|pro\s+monat|im\s+monat|mtl\.?|par\s+mois|mensuel(?:le)?|per\s+maand"
    r"|maandsalaris|al\s+mes|mensual|bruto\s+per\s+maand"
    # "Bruttomonatsgehalt", "Monatslohn", "Monatssalär"; not a 13th or 14th one ("inkl. 13.
    # Monatslohn", "dreizehntes Monatsgehalt"): an extra salary, no period (rt36de).
    rf"|{_NOT_NTH}[a-zäöüß]*monats(?:brutto)?(?:gehalt|lohn|salär|einkommen|vergütung|verdienst)(?:e?s)?"
    # "per månad", "i månaden", "kr/mån", "månadslön"; Danish/Norwegian "pr. måned", "om
    # måneden", "kr./md.", "/mnd", "månedsløn(n)".
    r"|(?:per|pr\.?)\s+(?:månad|måned|mån\.?|md\.?|mnd\.?)|i\s+månaden|om\s+månaden"
    r"|i\s+måneden|om\s+måneden|månadslön|månedsløn|månedslønn"
    r"|/\s?(?:månad|mån|måned|md|mnd)\.?",
    # "pw", "p.w.", "per wk": the UK shorthand for per week ("£600 pw").
    "week": r"per\s+week|weekly|/\s?(?:week|wk|vecka|uge|uke)|pro\s+woche|p/w|p\.?\s?w\.?|per\s+wk"
    r"|(?:per|pr\.?)\s+(?:vecka|uge|uke)|i\s+veckan|om\s+ugen|i\s+uka|veckolön",
    # "per fortnight", "fortnightly", "/fortnight": Australian and New Zealand pay runs every two
    # weeks, and ads there quote the pay of one ("$3,400 per fortnight").
    "fortnight": r"per\s+fortnight|a\s+fortnight|fortnightly|/\s?(?:fortnight|fn)",
    "day": r"per\s+day|a\s+day|daily\s+rate|day\s+rate|/\s?(?:day|tag|jour|dag)|tagessatz"
    r"|pro\s+tag|par\s+jour|(?:per|pr\.?)\s+dag|om\s+dagen|i\s+dagen|dagslön|dagsløn"
    r"|tjm",
    # "p/h", "ph", "phr": the UK shorthand for per hour ("£8.80 ph", "£22.64 P/H", "£10phr").
    "hour": r"per\s+hour|an\s+hour|hourly|/\s?(?:hour|hr|h|std|stunde|heure|uur)|p/hr?|phr?"
    r"|pro\s+stunde"
    # "per timme", "i timmen", "kr/tim", "timlön"; Danish/Norwegian "pr. time", "i timen",
    # "timeløn(n)" ("per time" alone is English for "each time", so only with "pr.").
    r"|per\s+timme|pr\.?\s+time|pr\.?\s+timme|i\s+timmen|i\s+timen|/\s?(?:tim|timme|time)"
    r"|timlön|timløn|timeløn|timelønn"
    r"|[a-zäöüß]*stunden(?:lohn|satz)(?:e?s)?|de\s+l'heure|per\s+uur",
}
PLAUSIBLE = {
    "year": (8_000, 1_500_000),
    "month": (500, 60_000),
    "week": (150, 15_000),
    "fortnight": (300, 30_000),
    "day": (80, 5_000),
    "hour": (8, 700),
}


@cache
def period_rx() -> dict[str, re.Pattern[str]]:
    return {
        k: re.compile(rf"(?<![a-z])(?:{v})(?![a-z])", re.IGNORECASE) for k, v in PERIODS.items()
    }


@cache
def word_rx() -> re.Pattern[str]:
    return re.compile(r"[a-zß-öø-ÿ]+")


# The shapes parse_amount reads, compiled once (re's module functions look each up per call).
_NOT_NUMBER = re.compile(r"[^\d.,]")
_SEPARATOR = re.compile(r"[.,]")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_LAKHS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?")
_WITH_CENTS = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{1,2}|\d{1,3}(?:\.\d{3})+,\d{1,2}")
_PLAIN = re.compile(r"\d+(?:[.,]\d*)?|[.,]\d+")


def parse_amount(raw: str) -> float | None:
    """'61,200' -> 61200, '4.653' -> 4653, '2,5' -> 2.5, '60k' -> 60000, '1.2m' -> 1200000."""
    s = raw.strip().lower().replace("\u202f", " ").replace("\u00a0", " ")
    mult = 1.0
    for suffix, factor in (
        ("thousand", 1e3),
        ("tausend", 1e3),
        ("million", 1e6),
        ("tsd.", 1e3),
        ("tsd", 1e3),
        ("mio.", 1e6),
        ("mio", 1e6),
        ("k", 1e3),
        ("m", 1e6),
        ("t", 1e3),  # "85 T€"
    ):
        if s.endswith(suffix):
            s, mult = s[: -len(suffix)].strip(), factor
            break
    if s.endswith(("-", "–")):  # "120'000.-", "45.000,-": the dash for no cents
        s = s[:-1].rstrip(".,")
    digits = _NOT_NUMBER.sub("", s.replace(" ", "").replace("'", "").replace("’", ""))
    if not digits:
        return None
    if _GROUPED.fullmatch(digits):
        value = float(_SEPARATOR.sub("", digits))
    elif _LAKHS.fullmatch(digits):
        value = float(digits.replace(",", ""))  # "12,00,000": lakhs, in Indian grouping
    elif _WITH_CENTS.fullmatch(digits):
        whole, cents = digits[:-3], digits[-2:]
        if not cents[0].isdigit():  # one decimal digit: '1,234.5'
            whole, cents = digits[:-2], digits[-1:]
        value = float(_SEPARATOR.sub("", whole)) + float("0." + cents)
    elif _PLAIN.fullmatch(digits):
        value = float(digits.replace(",", "."))
    else:
        # Separators in no shape a number is written in ('72.168.00', '1,2,3', '.'): not an
        # amount we can read, so no amount rather than a guess or a crash.
        return None
    return value * mult


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    low: float
    high: float | None
    currency: str
    period: str | None
    score: int
    # What the ad does not write and was inferred: "period" (from the figure's size),
    # "currency" (from elsewhere in the ad).
    guessed: tuple[str, ...] = ()


def _period(text: str, start: int, end: int, *, look_back: bool = True) -> str | None:
    """The pay period written just after the amount (or, failing that, just before it; not with
    `look_back` false, for a figure after another one on its line, whose period words before it
    are the other figure's: "24.80 per hour (approx. 48,360 pro rata)")."""
    after = _first_period(text[end : end + 45])
    if (
        after is not None
        and after[0] > 4
        and pay_supplements.with_figure(text, end, end + after[0])
    ):
        # "£35,000 – £38,000 plus location allowance of £1,000 per month": the period is the
        # supplement's, said of its own figure; the salary's is not written.
        after = None
    if after is not None and _SENTENCE_END.search(text, end, end + after[0] + 1) is not None:
        # "NHS Band 3 (£24,071 - £25,674). Part time, 22.5 hours per week": a period word in the
        # next sentence is said of something else (the hours), never of this figure; so is one
        # that starts it, its capital read past the window ("CHF 92'000 und 13. Monatslohn").
        after = None
    # A period word past "and", "or" or a semicolon is the next figure's ("the hourly rate is
    # $30 and the yearly salary is $62,400"): then the words before the amount come first.
    # So is one inside a bracket that holds a figure of its own: "Stundensatz 25 € (ca. 52.000 €
    # im Jahr)" is an hourly rate with its yearly sum beside it.
    if (
        after is not None
        and _JOINT.search(text, end, end + after[0]) is None
        and _BRACKETED_FIGURE.search(text, end, end + after[0]) is None
        and _CLAUSE_FIGURE.search(text, end, end + after[0]) is None
        and not _labels_next(text, end, end + after[0])
    ):
        return after[1]
    before = text[max(0, start - 45) : start]
    # Only the amount's own sentence: "Shift: 8am-4pm. We offer $5,000" has no period.
    cut = max(_sentence_end(before), before.rfind("\n"), before.rfind("; "))
    own = _first_period(before[cut + 1 :]) if look_back else None
    if own is not None:
        return own[1]
    return None if after is None else after[1]


# The abbreviated hedges whose full stop ends no sentence: "Day rate c. £600", "approx. $80k",
# and the abbreviated bounds: "Bruttomonatsgehalt mind. EUR 3.450", "max. 60.000 €".
_HEDGE_DOT = re.compile(
    r"(?<![a-z])(?:c|ca|approx|appr|est|abt|mind|min|max|rd)\.\s\Z", re.IGNORECASE
)


def _sentence_end(before: str) -> int:
    """Where the last full stop before a space ends a sentence in `before`: -1 if none does."""
    cut = before.rfind(". ")
    while cut >= 0 and _HEDGE_DOT.search(before, max(0, cut - 6), cut + 2):
        cut = before.rfind(". ", 0, cut)
    return cut


def _first_period(window: str) -> tuple[int, str] | None:
    """The first pay period written in the window: (offset, period)."""
    m = _any_period_rx().search(window)
    return None if m is None else (m.start(), str(m.lastgroup))


@gate
def _any_period_rx() -> re.Pattern[str]:
    """All periods in one pattern, so a window is scanned once rather than once per period.

    The leftmost match wins, and at one place the first alternative: they are in the order of
    their names, the order `min` over (offset, period) gave when each had its own pattern.
    Gated (see rx_first): a window's places that start no period word are passed at once."""
    parts = (f"(?P<{k}>{PERIODS[k]})" for k in sorted(PERIODS))
    # A slash form may follow the word for gross or net directly: "4.200 € brutto/Monat".
    start = r"(?:(?<![a-z])|(?<=brutto)(?=/)|(?<=netto)(?=/)|(?<=gross)(?=/)|(?<=net)(?=/))"
    return re.compile(rf"{start}(?:{'|'.join(parts)})(?![a-z])", re.IGNORECASE)


_BRACKETED_FIGURE = re.compile(r"\([^)\d]{0,20}\d")
# Likewise a figure of its own after a comma: "Stundenlohn 21 €, das entspricht rund 43.000 €
# im Jahr" is an hourly rate; the comma of "43,000" is not a clause break.
_CLAUSE_FIGURE = re.compile(r",(?!\d)[^\d]{0,30}\d")
# A period word that opens the next clause and labels the figure after it: "Stundenlohn: 18,50 €,
# Jahresgehalt ca. 38.000 €" (the year is the second figure's; the first takes its own label).
_GAP_BREAK = re.compile(r"[,;]|\.\s")
_FIGURE_SOON = re.compile(r"[^\d\n]{0,40}\d")


def _labels_next(text: str, end: int, word: int) -> bool:
    """The period word at `word`, after the amount ending at `end`, stands past a clause break
    and before another figure: it names that figure's period, not this one's."""
    return (
        _GAP_BREAK.search(text, end, word) is not None
        and _FIGURE_SOON.match(text, word, word + 60) is not None
    )


_JOINT = re.compile(r";|(?<![a-z])(?:and|und|or|oder|while|whereas|but|aber)(?![a-z])", re.I)


def _words(text: str) -> set[str]:
    return set(word_rx().findall(text))


# Salary words are looked up as substrings: scraped ads glue words together ("OffSalary: Up to")
# and German compounds them ("Bruttomonatsgehalt", "Gehaltsrahmen").


# Stems short enough to sit inside other words ("referral", "general" hold "ral "; "remote",
# "quote" hold "ote"; "learn" holds "earn"): these count only at the start of a word.
_WORD_START_STEMS = frozenset(["ral ", "ote", "earn"])


@cache
def _plain_stems() -> tuple[str, ...]:
    return tuple(k for k in _lists()["salary_stems"] if k not in _WORD_START_STEMS)


@gate
def _short_stem_rx() -> re.Pattern[str]:
    """The short stems, only where a word starts (gated, see rx_first: the look-behind first
    would be tried at every place of the words before an amount)."""
    alts = "|".join(re.escape(k) for k in sorted(_WORD_START_STEMS))
    return re.compile(rf"(?<![a-z])(?:{alts})")


def _has_stem(text: str) -> bool:
    """A salary stem in `text` (substring tests first: most amounts are decided by them)."""
    return any(k in text for k in _plain_stems()) or _short_stem_rx().search(text) is not None


def _last_stem(text: str) -> int:
    """Where the last salary stem in `text` starts, or -1."""
    last = max(text.rfind(k) for k in _plain_stems())
    for m in _short_stem_rx().finditer(text):
        last = max(last, m.start())
    return last


# A line that names one end of a range: "Low:", "Minimum -", "**Max:**".
_END_LABEL = re.compile(r"[\W]{0,4}(?:low|high|min|max|minimum|maximum|from|to)[\W]{0,4}$")


# A kind of pay named right after the figure: "£40,000 basic", "£60,000 OTE", "$90k on target".
_KIND_AFTER = re.compile(r"[ \t(]*(?:basic|ote|on[ \t-]target)(?![a-z])")


def _context(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(salary words around the amount, words that make it something else) for one amount."""
    lower = doc.lower
    line_start = lower.rfind("\n", 0, start) + 1
    line_end = lower.find("\n", end)
    line_end = len(lower) if line_end < 0 else line_end
    head = lower[max(line_start, start - 90) : start]
    # A short label line just above ("**Salary**" then "€80k") counts as the amount's own line.
    above_start = lower.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = lower[above_start:line_start] if line_start - above_start < 40 else ""
    if above.endswith("pay\n") and _END_LABEL.match(lower, line_start, start):
        # "Hourly pay" / "Low: $25.10": the ends of a range under a label line that ends in
        # "pay" (the stem is "pay " so that "payment", "payroll" do not count).
        above = above[:-1] + " "
    tail = lower[end : min(line_end, end + 40)]
    salary = (
        _has_stem(head)
        or _has_stem(above)
        or any(k in tail for k in ("gross", "brutto", "salary", "base", "brut "))
        or _KIND_AFTER.match(tail) is not None
        or label_rx().match(lower, line_start, start) is not None
    )
    # Words in the same clause only: "€5,700 to €7,100 gross per month, excluding holiday
    # allowance" is pay.
    before = lower[max(line_start, start - 35) : start]
    after = lower[end : min(line_end, end + 45)]
    before = before[_last_break(before) + 1 :]
    after = after[: _first_break(after)]
    # The next sentence is not said of the amount: "$64,000 per year. Team lunch on Fridays."
    if (stop := _SENTENCE_END.search(doc.text, end, end + len(after))) is not None:
        after = after[: stop.start() - end]
    # What follows "plus" or "+" is added to the pay, not said of it: "£18,064 plus allowances".
    if (added := _ADDED_AFTER.search(after)) is not None:
        after = after[: added.start()]
    # The stretch a supplement's name is read in: its sentence before the amount, the clause after.
    supplements = pay_supplements.near(
        doc, max(line_start, start - pay_supplements.REACH), min(line_end, end + 45)
    )
    if supplements and (joint := pay_supplements.added(doc, end, after)) >= 0:
        # "€3,950 gross per month and a housing allowance of €420": what comes after "and" is
        # a supplement added beside the pay, not said of it.
        after = after[:joint]
    words = _words(before)
    if words & _not_pay():
        # The nearest word names the amount: "a budget of €1,000 and a salary of €55,000".
        near = _last_stem(before)
        if near > 0:
            before = before[near:]
            words = _words(before)
        elif _job_rx().search(before) is not None:
            # Words of a job's name: "Allowances Officer – £25,100", "Budget Analyst: $61,000".
            before = _job_rx().sub(" ", before)
            words = _words(before)
    other = bool((words | _words(after)) & _not_pay()) or _named_other(
        before, (named := _tail(after))[0]
    )
    if not other and supplements:
        # An allowance, supplement or weighting paid beside the salary: "HCAS of £4,000",
        # "£2,000 London weighting".
        other = pay_supplements.beside(doc, start, end, line_start, end + named[1], *_stems())
    if not other and _added_thing(lower, line_start, start):
        # "£20 ph plus unsocial hours (up to £40 ph)", "$60,000 plus relocation (up to
        # $5,000)": the amount of what is added to the pay, not the pay.
        other = True
    if (
        not other
        and above
        and _words(above) & _not_pay()
        and not (_has_stem(head) or _has_stem(above))
    ):
        # A label line just above that names something else: "Sign-on bonus" then "$5,000",
        # "Budget" then "From: $20,000".
        other = True
    return salary, other


# Words that may stand between "plus" and the amount of what is added without naming it:
# "plus (up to £40)", "plus an additional £2,000" name nothing, so the amount may be the pay's.
# fmt: off
_ADDED_FILLER = frozenset((
    "a", "an", "the", "of", "up", "to", "from", "max", "maximum", "approx", "approximately",
    "about", "around", "additional", "further", "extra", "another", "with", "per", "ph", "pa",
    "hour", "hours", "year", "annum", "month", "week", "fortnight", "day",
    "bis", "zu", "von", "rund", "etwa", "ca", "weitere", "zusätzlich", "zusätzliche",
))
# fmt: on
# Where the words between an added word and the amount stop being one item: a new sentence,
# a semicolon, a bar or a bullet.
_ADDED_STOP = re.compile(r"[;|•·]|\.\s")
# Substrings one of which every match of ADDED_AFTER holds ("including" holds "incl").
_ADDED_CUES = ("plus", "+", "incl", "inkl", "zzgl", "excl")
_DIGIT = re.compile(r"\d")


def _added_thing(lower: str, line_start: int, start: int) -> bool:
    """The amount at `start` follows an earlier figure on its line, "plus" (or "+", "zzgl.",
    "including", …) and the name of what is added: "£20 ph plus unsocial hours (up to £40 ph)",
    "€4.000 zzgl. Schichtzulage (bis zu 600 €)". Such an amount is the added thing's, not the
    pay. A salary word among the names keeps it ("plus commission (OTE $120,000)")."""
    # The last 120 characters of the line only: what is added is named close to its amount,
    # and the bound keeps a line of a thousand amounts linear.
    lead = lower[max(line_start, start - 120) : start]
    if not any(cue in lead for cue in _ADDED_CUES):
        return False  # most amounts: none of the added words on the line before them
    added = None
    for m in ADDED_AFTER.finditer(lead):
        added = m
    if added is None or _DIGIT.search(lead, 0, added.start()) is None:
        return False
    between = lead[added.end() :].removeprefix(".")  # the dot of "zzgl.", "incl."
    if _DIGIT.search(between) or _ADDED_STOP.search(between) or _has_stem(between):
        return False
    return any(w not in _ADDED_FILLER and len(w) > 2 for w in word_rx().findall(between))


# A clause break: a comma, semicolon, bracket or full stop, but not one between two digits,
# which belongs to a number ("£4,200", "£4.20"): "cost of £4.20 = deducted at £10.20" is one
# clause. After the amount, a spaced dash or a bar starts another item of a one-line list
# ("Salary: $85,000 - Sign-on bonus: $5,000"): a range's own dash is inside the amount's match.
_BREAK_BEFORE = re.compile(r"[;(]|[,.](?!(?<=\d[,.])\d)")
_BREAK_AFTER = re.compile(r"[;()|]|,(?!(?<=\d,)\d)|\s[-–—]\s")


def _last_break(text: str) -> int:
    """The offset of the last clause break in the words before an amount, or -1."""
    last = -1
    for m in _BREAK_BEFORE.finditer(text):
        last = m.start()
    return last


def _first_break(text: str) -> int:
    """The offset of the first clause break in the words after an amount, or its length."""
    m = _BREAK_AFTER.search(text)
    return len(text) if m is None else m.start()


# A full stop and a capital letter in the ad's own case: a new sentence ("per year. Team").
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÄÖÜ])")

ADDED_AFTER = re.compile(
    r"\+|(?<![a-z])(?:plus|incl?|including|inclusive|excl?|excluding|exclusive|zzgl|inkl)(?![a-z])"
)
# Gated (see rx_first): most places of the words after an amount start none of these.
_ADDED_AFTER = gated(ADDED_AFTER)
_ADDED = frozenset(["plus", "and", "with", "or", "per", "a", "an", "the", "in", "of", "including"])
_ADDED |= {
    "incl",
    "inclusive",
    "excluding",
    "exclusive",
    "und",
    "zzgl",
    "inkl",
    "sowie",
    "mit",
    "pro",
    "im",
    "+",
    "&",
}


def _named_other(before: str, tail: list[str]) -> bool:
    """A bonus, perk or budget named right next to the amount: '$5,000 sign-on bonus',
    'relocation assistance of up to $10,000'. Words after 'plus' or 'and' are added to the
    pay ('$120k base plus bonus'), so `tail` holds the words after the amount up to them."""
    near = _not_pay_near()
    if any(_is_near(w, near) for w in tail):
        return True
    head = _word_list(before)[-5:]
    salary = _lists()["salary_stems"]
    for i, w in enumerate(head):
        # The nearest label wins: "bonus of $5,000" is not pay, "bonus plus a salary of" is.
        if _is_near(w, near) and not any(k.strip() in " ".join(head[i:]) for k in salary):
            return True
    return False


_ITEM_BREAK = re.compile(r"[•|·+]")


def _tail(after: str) -> tuple[list[str], int]:
    """The words right after an amount that can name it: at most four, up to the first word
    that adds something to it ("plus", "and", "per"), past an "in" right after the amount;
    and where in `after` they end."""
    # A bullet or bar starts another item: "€70K – €140K • Offers Equity".
    after = _ITEM_BREAK.split(after, maxsplit=1)[0]
    out: list[str] = []
    stop = 0
    for i, m in enumerate(itertools.islice(word_rx().finditer(after), 4)):
        if i == 0 and m[0] == "in":
            continue  # "£40,000 in bonus", "$25,000 in commission": "in" names what the sum is
        if m[0] in _ADDED:
            break
        out.append(m[0])
        stop = m.end()
    return out, stop


@cache
def _job_rx() -> re.Pattern[str]:
    """A word and the job noun after it: "allowances officer", "budget analyst"."""
    return re.compile(rf"[a-z]+[\s-]+{pay_supplements.job_nouns()}")


@cache
def _stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The salary stems: those read as substrings, and the short ones read where a word starts."""
    return _plain_stems(), tuple(sorted(_WORD_START_STEMS))


def _word_list(text: str) -> list[str]:
    return word_rx().findall(text)


def _is_near(word: str, near: frozenset[str]) -> bool:
    return word in near or (
        len(word) > 8 and word.endswith(("prämie", "bonus", "zuschuss", "vergoeding", "pauschale"))
    )


@cache
def _not_pay_near() -> frozenset[str]:
    return frozenset(_lists()["not_pay_near"])
