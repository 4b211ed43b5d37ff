"""Pay transparency: is a salary or range stated, in which currency, for which period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from askback.text import lexicon, pay_bare
from askback.text.doc import Doc
from askback.text.report import Pay, PayFigure, Span

CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR", "zł": "PLN"}


# Currencies whose everyday salaries run into the millions: no upper plausibility bound.
@cache
def _lists() -> dict[str, list[str]]:
    data = lexicon.read("pay")
    return {k: [str(w) for w in v] for k, v in data.items() if isinstance(v, list)}


@cache
def _not_pay() -> frozenset[str]:
    return frozenset(_lists()["not_pay"])


@cache
def _triggers() -> frozenset[str]:
    return frozenset(_lists()["currency_codes"]) | {"kr"}


def index_words() -> frozenset[str]:
    """The words this check asks a Doc for by position (for the word index)."""
    return _triggers() | pay_bare.LABEL_WORDS


@cache
def _mentions() -> frozenset[str]:
    return frozenset(_lists()["mentions"])


BIG_UNIT = {"JPY", "VND", "HUF", "INR", "PHP", "CZK", "ISK", "KRW", "IDR"}
_CODE_ALIASES = {"TEUR": "EUR", "EURO": "EUR", "EUROS": "EUR", "ZŁ": "PLN", "KR": "SEK"}

# Words that mark an amount as something other than pay (budgets, perks, company figures).

PERIODS: dict[str, str] = {
    "year": r"per\s+(?:year|annum)|a\s+year|annual(?:ly)?|yearly|p\.?\s?a\.?"
    r"|/\s?(?:year|yr|y|an|jahr|jaar|año)"
    r"|jährlich|pro\s+jahr|im\s+jahr|jahresgehalt|brutto(?:jahres)?gehalt\s+p\.a|par\s+an|annuel(?:le)?"
    r"|per\s+jaar|jaarsalaris|al\s+año|anual|all'anno|ral|k\s*€?\s*/\s*an",
    # "p.m." after a clock time ("8am-4pm", "4 p.m.") is the time of day, never per month.
    "month": r"per\s+month|a\s+month|monthly|/\s?(?:month|mo|mth|monat|mois|maand|mes)"
    r"|(?<!\d)(?<!\d\s)(?<!\d\.)p\.?\s?m\.?"
    r"|monatlich|pro\s+monat|im\s+monat|monatsgehalt|mtl\.?|par\s+mois|mensuel(?:le)?|per\s+maand"
    r"|maandsalaris|al\s+mes|mensual|bruto\s+per\s+maand",
    "week": r"per\s+week|weekly|/\s?(?:week|wk)|pro\s+woche",
    "day": r"per\s+day|a\s+day|daily\s+rate|day\s+rate|/\s?(?:day|tag|jour|dag)|tagessatz"
    r"|pro\s+tag|par\s+jour"
    r"|tjm",
    "hour": r"per\s+hour|an\s+hour|hourly|/\s?(?:hour|hr|h|std|stunde|heure|uur)|pro\s+stunde"
    r"|stundenlohn|de\s+l'heure|per\s+uur",
}
PLAUSIBLE = {
    "year": (8_000, 1_500_000),
    "month": (500, 60_000),
    "week": (150, 15_000),
    "day": (80, 5_000),
    "hour": (8, 700),
}


@cache
def money_rx() -> re.Pattern[str]:
    num = r"\d{1,3}(?:[,.\u202f\u00a0 ’']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
    mult = r"(?:\s?(?:k|tsd\.?|thousand|m|mio\.?|million)(?![a-zß-öø-ÿ]))?"
    codes = "|".join(_lists()["currency_codes"])
    cur = rf"(?:€|£|\$|¥|₹|zł|(?<![a-z])(?:{codes}|kr)(?![a-z]))"
    amt = rf"(?:{num}){mult}"
    sep = r"[ \t]*(?:-|–|—|/|to|bis|à|a|tot|and|und|en|y|e|til|till|until)[ \t]*"
    lead = rf"(?P<c1>{cur})\s?(?P<a1>{amt})(?:\s?(?P<c2>{cur}))?"
    # A sign followed by a digit leads the next amount: "Band 7 £38,890" is not "7 £".
    both = rf"(?P<a3>{amt}){sep}(?P<a4>{amt})\s?(?P<c6>{cur})(?!\s?\d)"
    trail = rf"(?P<a2>{amt})\s?(?P<c3>{cur})(?!\s?\d)"
    tail = rf"(?:{sep}(?:(?P<c4>{cur})\s?)?(?P<b>{amt})(?:\s?(?P<c5>{cur}))?)?"
    return re.compile(rf"(?:{lead}|{both}|{trail}){tail}", re.IGNORECASE)


@cache
def period_rx() -> dict[str, re.Pattern[str]]:
    return {
        k: re.compile(rf"(?<![a-z])(?:{v})(?![a-z])", re.IGNORECASE) for k, v in PERIODS.items()
    }


@cache
def word_rx() -> re.Pattern[str]:
    return re.compile(r"[a-zß-öø-ÿ]+")


def parse_amount(raw: str) -> float | None:
    """'61,200' -> 61200, '4.653' -> 4653, '2,5' -> 2.5, '60k' -> 60000, '1.2m' -> 1200000."""
    s = raw.strip().lower().replace("\u202f", " ").replace("\u00a0", " ")
    mult = 1.0
    for suffix, factor in (
        ("thousand", 1e3),
        ("million", 1e6),
        ("tsd.", 1e3),
        ("tsd", 1e3),
        ("mio.", 1e6),
        ("mio", 1e6),
        ("k", 1e3),
        ("m", 1e6),
    ):
        if s.endswith(suffix):
            s, mult = s[: -len(suffix)].strip(), factor
            break
    digits = re.sub(r"[^\d.,]", "", s.replace(" ", "").replace("'", "").replace("’", ""))
    if not digits:
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        value = float(re.sub(r"[.,]", "", digits))
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}|\d{1,3}(?:\.\d{3})+,\d{1,2}", digits):
        value = float(re.sub(r"[.,]", "", digits[:-3])) + float("0." + digits[-2:].lstrip(".,"))
    else:
        value = float(digits.replace(",", "."))
    return value * mult


def currency_of(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    if raw in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[raw]
    up = raw.upper()
    return _CODE_ALIASES.get(up, up)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    low: float
    high: float | None
    currency: str
    period: str | None
    score: int


# An amount written to the penny or cent ("19.38", "8,72"): an exact sum, never thousands.
_PENCE = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{2}(?![\d.,])")


def _period(text: str, start: int, end: int) -> str | None:
    """The pay period written just after the amount (or, failing that, just before it)."""
    before = text[max(0, start - 45) : start]
    # Only the amount's own sentence: "Shift: 8am-4pm. We offer $5,000" has no period.
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    for window in (text[end : end + 45], before[cut + 1 :]):
        hits = [(m.start(), key) for key, rx in period_rx().items() if (m := rx.search(window))]
        if hits:
            return min(hits)[1]
    return None


def _words(text: str) -> set[str]:
    return set(word_rx().findall(text))


# Salary words are looked up as substrings: scraped ads glue words together ("OffSalary: Up to")
# and German compounds them ("Bruttomonatsgehalt", "Gehaltsrahmen").


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
    tail = lower[end : min(line_end, end + 40)]
    salary = (
        any(k in head or k in above for k in _lists()["salary_stems"])
        or any(k in tail for k in ("gross", "brutto", "salary", "base", "brut "))
        or pay_bare.label_rx().match(lower, line_start, start) is not None
    )
    # Words in the same clause only: "€5,700 to €7,100 gross per month, excluding holiday
    # allowance" is pay.
    before = lower[max(line_start, start - 35) : start]
    after = lower[end : min(line_end, end + 45)]
    before = before[max(before.rfind(c) for c in ",;(.") + 1 :]
    cut = [i for i in (after.find(c) for c in ",;()") if i >= 0]
    after = after[: min(cut)] if cut else after
    # What follows "plus" or "+" is added to the pay, not said of it: "£18,064 plus allowances".
    if (added := _ADDED_AFTER.search(after)) is not None:
        after = after[: added.start()]
    other = bool((_words(before) | _words(after)) & _not_pay()) or _named_other(before, after)
    return salary, other


_ADDED_AFTER = re.compile(
    r"\+|(?<![a-z])(?:plus|incl?|including|excl?|excluding|zzgl|inkl)(?![a-z])"
)
_ADDED = frozenset(["plus", "and", "with", "or", "per", "a", "an", "the", "in", "of", "including"])
_ADDED |= {"incl", "excluding", "und", "zzgl", "inkl", "sowie", "mit", "pro", "im", "+", "&"}


def _named_other(before: str, after: str) -> bool:
    """A bonus, perk or budget named right next to the amount: '$5,000 sign-on bonus',
    'relocation assistance of up to $10,000'. Words after 'plus' or 'and' are added to the
    pay ('$120k base plus bonus'), so the words after the amount are read only up to them."""
    near = _not_pay_near()
    # A bullet or bar starts another item: "€70K – €140K • Offers Equity".
    after = re.split(r"[•|·+]", after, maxsplit=1)[0]
    tail = _word_list(after)[:4]
    for w in tail:
        if w in _ADDED:
            break
        if _is_near(w, near):
            return True
    head = _word_list(before)[-5:]
    salary = _lists()["salary_stems"]
    for i, w in enumerate(head):
        # The nearest label wins: "bonus of $5,000" is not pay, "bonus plus a salary of" is.
        if _is_near(w, near) and not any(k.strip() in " ".join(head[i:]) for k in salary):
            return True
    return False


def _word_list(text: str) -> list[str]:
    return word_rx().findall(text)


def _is_near(word: str, near: frozenset[str]) -> bool:
    return word in near or (
        len(word) > 8 and word.endswith(("prämie", "bonus", "zuschuss", "vergoeding", "pauschale"))
    )


@cache
def _not_pay_near() -> frozenset[str]:
    return frozenset(_lists()["not_pay_near"])


def _accept(c: Candidate, salary: bool, bounded: bool) -> bool:
    """Decide from the context whether an amount with a currency is the pay for this job."""
    top = c.high or c.low
    lo_ok, hi_ok = PLAUSIBLE[c.period or "year"]
    if top < lo_ok or (top > hi_ok and c.currency not in BIG_UNIT):
        # "EUR 3.954,00 (14x jährlich)": a period word that does not fit the figure is ignored.
        c.period = "year" if top >= 15_000 else "month"
        lo_ok, hi_ok = PLAUSIBLE[c.period]
        if not salary or top < lo_ok or (top > hi_ok and c.currency not in BIG_UNIT):
            return False
    if salary:
        return True
    if c.score > 0:  # a written period and nothing that makes it a budget or a company figure
        return True
    yearly = c.period == "year" and c.low >= 15_000
    if c.high is not None:  # a bare range of annual-sized figures: "£85,000 - £90,000"
        return yearly and c.high <= 3 * c.low
    return yearly and bounded  # "Up to £60,000", "from €55,000"


def _windows(doc: Doc) -> list[tuple[int, int]]:
    """Stretches of text around each currency sign or code, merged; amounts sit next to them."""
    text = doc.text
    spots: list[int] = []
    for sym in ("€", "£", "$", "¥", "₹", "zł"):
        i = text.find(sym)
        while i >= 0:
            spots.append(i)
            i = text.find(sym, i + 1)
    for code in _triggers().intersection(doc.vocab):
        spots.extend(doc.positions(code))
    out: list[tuple[int, int]] = []
    n = len(text)
    for spot in sorted(spots):
        lo = max(0, spot - 60)
        line_end = text.find("\n", spot + 60)
        hi = min(n, spot + 200) if line_end < 0 else min(line_end, spot + 200)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@cache
def _lead_reach() -> int:
    """How far before its first digit an amount can start: the longest currency and a space."""
    return max(len(c) for c in [*_lists()["currency_codes"], "kr", "zł"]) + 1


@cache
def _digit_rx() -> re.Pattern[str]:
    return re.compile(r"\d")


def money_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """money_rx().finditer(text, lo, hi), trying only the places an amount can start.

    Every amount holds a digit and starts at most _lead_reach() characters before its first
    one, so the regex is tried just before each digit instead of at every character.
    """
    rx = money_rx()
    digit = _digit_rx().search
    reach = _lead_reach()
    out: list[re.Match[str]] = []
    pos = lo
    while (d := digit(text, pos, hi)) is not None:
        at = d.start()
        for start in range(max(pos, at - reach), at + 1):
            m = rx.match(text, start, hi)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
        else:
            pos = at + 1
    return out


def _money_matches(doc: Doc) -> list[re.Match[str]]:
    return [m for lo, hi in _windows(doc) for m in money_in(doc.text, lo, hi)]


def candidates(doc: Doc) -> list[Candidate]:
    """Every amount with a currency that reads as pay, best first."""
    text = doc.text
    windows = _money_matches(doc)
    if not windows:
        return pay_bare.without_currency(doc)
    out: list[Candidate] = []
    for m in windows:
        cur = currency_of(m["c1"] or m["c2"] or m["c3"] or m["c4"] or m["c5"] or m["c6"])
        low = parse_amount(m["a1"] or m["a2"] or m["a3"] or "")
        raw_high = m["a4"] or m["b"]
        high = parse_amount(raw_high) if raw_high else None
        if not cur or low is None:
            continue
        if high is not None and low < 1000 <= high and low * 1000 <= high:
            low *= 1000  # "€70–140k": the multiplier written once applies to both ends
        if high is not None and high < low:
            # "$120,000 - $95,000": a range written high to low; anything else is two figures.
            low, high = (high, low) if 3 * high >= low else (low, None)
        salary, other = _context(doc, m.start(), m.end())
        if other:
            continue
        period = _period(text, m.start(), m.end())
        top = high or low
        pence = _PENCE.search(m.group()) is not None
        if salary and top < 1000 and period in (None, "year") and not pence:
            low, high, top = low * 1000, high * 1000 if high else None, top * 1000  # "48 à 55 €"
        elif pence and salary and top <= 200 and period in (None, "year"):
            # "£19.38 - £27.15": pounds and pence under 200 are an hourly rate, not thousands.
            period = "hour"
        guess = period or ("year" if top >= 15_000 else "month" if top >= 1_000 else None)
        if guess is None:
            continue
        before = doc.lower[max(0, m.start() - 20) : m.start()]
        bounded = bool(_up_to().search(before) or _from().search(before))
        c = Candidate(m.start(), m.end(), low, high, cur, guess, 2 * salary + (period is not None))
        if _accept(c, salary, bounded):
            out.append(c)
    if not out:
        out = pay_bare.without_currency(doc)
    out.sort(key=lambda k: (-k.score, k.start))
    return out


def mentioned(doc: Doc) -> bool:
    """Pay is talked about without a figure ('competitive salary', 'attraktive Vergütung')."""
    return bool(_mentions() & doc.vocab)


def _bounds(doc: Doc, best: Candidate) -> tuple[float | None, float | None]:
    """'up to €60k' gives a maximum only; 'from €4,500' a minimum only; a range gives both."""
    if best.high is not None:
        return best.low, best.high
    before = doc.lower[max(0, best.start - 20) : best.start]
    if _up_to().search(before):
        return None, best.low
    return best.low, None if _from().search(before) else best.low


@cache
def _up_to() -> re.Pattern[str]:
    return re.compile(r"(?:up to|upto|max(?:imum)?\.?|bis zu|jusqu'à|fino a|tot|hasta)\s*:?\s*$")


@cache
def _from() -> re.Pattern[str]:
    return re.compile(
        r"(?:from|starting(?: at| from)?|ab|minimum|min\.?|à partir de|vanaf|desde)\s*:?\s*$"
    )


def check(doc: Doc) -> Pay:
    """What the ad says about pay."""
    found = pay_bare.merge_min_max(doc, candidates(doc))
    if not found:
        return Pay(stated=False, mentioned=mentioned(doc))
    best = found[0]
    low, high = _bounds(doc, best)
    figures = []
    seen: set[tuple[float, float | None, str | None]] = set()
    for c in sorted(found, key=lambda k: k.start):
        lo, hi = _bounds(doc, c)
        if (c.low, c.high, c.period) in seen:
            continue
        seen.add((c.low, c.high, c.period))
        span = Span(c.start, c.end, "salary", doc.text[c.start : c.end])
        figures.append(PayFigure(lo, hi, c.currency or None, c.period, span))
    return Pay(
        stated=True,
        minimum=low,
        maximum=high,
        currency=best.currency or None,
        period=best.period,
        mentioned=True,
        span=Span(best.start, best.end, "salary", doc.text[best.start : best.end]),
        figures=figures,
    )
