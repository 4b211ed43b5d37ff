"""Pay transparency: is a salary or range stated, in which currency, for which period."""

from __future__ import annotations

import re
from functools import cache

from askback.text import pay_bare, pay_places, pay_scale, rx_first
from askback.text.doc import Doc
from askback.text.pay_amounts import (
    PLAUSIBLE,
    Candidate,
    _any_period_rx,
    _context,
    _lists,
    _period,
    parse_amount,
)
from askback.text.pay_crowns import crowns
from askback.text.report import Pay, PayFigure, Span

CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR", "zł": "PLN"}


# Indian pay is quoted in lakhs (100,000) and crores (10,000,000) of rupees, the year's pay often
# as "LPA" (lakhs per annum): "CTC: 12-18 LPA", "₹8-10 lakhs per annum", "Rs. 1.2 crore".
_INDIAN_UNITS = {
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "lpa": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}


def _indian_unit(m: re.Match[str]) -> tuple[float, bool]:
    """The lakh or crore multiplier a match writes beside its figures (1.0 if none), and whether
    it is written "LPA", which says per year too."""
    for g in ("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"):
        raw = (m[g] or "").lower()
        if raw in _INDIAN_UNITS:
            return _INDIAN_UNITS[raw], raw == "lpa"
    return 1.0, False


# Currencies whose everyday salaries run into the millions: no upper plausibility bound.
@cache
def _triggers() -> frozenset[str]:
    return frozenset(_lists()["currency_codes"]) | {"kr", "rs"} | _INDIAN_UNITS.keys()


def index_words() -> frozenset[str]:
    """The words this check asks a Doc for by position (for the word index)."""
    return _triggers() | pay_bare.LABEL_WORDS


@cache
def _mentions() -> frozenset[str]:
    return frozenset(_lists()["mentions"])


BIG_UNIT = {"JPY", "VND", "HUF", "INR", "PHP", "CZK", "ISK", "KRW", "IDR"}
# Crowns run about ten to the euro: a monthly salary of 64,000 SEK is an everyday figure, so the
# ceilings of PLAUSIBLE (set in euros, pounds and dollars) are ten times higher for them.
MID_UNIT = {"SEK", "DKK", "NOK"}
# "45 to 55 dollars": the dollar written out is read as the US dollar, as "$" is.
_CODE_ALIASES = {
    "TEUR": "EUR",
    "EURO": "EUR",
    "EUROS": "EUR",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "ZŁ": "PLN",
    # "£30,000 sterling", "30,000 pounds sterling"; "Rs. 35,000", "35,000 rupees" (India).
    "STERLING": "GBP",
    "POUNDS STERLING": "GBP",
    "RS": "INR",
    "RUPEES": "INR",
    **{unit.upper(): "INR" for unit in _INDIAN_UNITS},
}
# A bare "kr" stays "KR" here; candidates() asks pay_crowns whose crowns they are.

# Words that mark an amount as something other than pay (budgets, perks, company figures).


@cache
def money_rx() -> re.Pattern[str]:
    """An amount with its currency (see _money_rx), each currency behind a look-ahead of its
    first characters."""
    return _money_rx(gated=True)


@cache
def _money_rx(gated: bool) -> re.Pattern[str]:
    """An amount with its currency; `gated` puts a look-ahead of the characters a currency can
    start with (rx_first) in front of each place one is tried: the pattern tries one after the
    figures of every way it reads them (a digit, a blank, a dash there fail at one class test
    instead of some forty branches). The tests hold it to the pattern without (gated=False)."""
    # "12,00,000": Indian digit grouping (lakhs and crores), before the groups of three.
    num = (
        r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?![\d,])"
        r"|\d{1,3}(?:[,.\u202f\u00a0 ’']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
    )
    # "70 – 85 T€": thousands of euros, the T glued to the sign.
    mult = r"(?:\s?(?:k|tsd\.?|thousand|tausend|m|mio\.?|million)(?![a-zß-öø-ÿ])|\s?t(?=€))?"
    codes = "|".join(_lists()["currency_codes"])
    # "kr. 45.000": Danish and Norwegian write the crowns with a point.
    # "CA$", "AU$", "A$": the letters glued before a dollar sign name whose dollars they are.
    # (The class first: most places tried hold no such letter and fail at one test.)
    # "CAD $72,000", "NZD $28.50": a dollar code and a space before the sign name them too.
    dollar = (
        r"(?:(?=[acnuhs])(?<![a-z])(?:(?:cad|aud|nzd|usd|hkd|sgd)[ \t]?|ca|au|nz|us|hk|sg|[acs])"
        r"(?=\$))?\$"
    )
    # "Rs. 35,000": the rupee's abbreviation, with a point like "kr."; "pounds sterling" whole.
    cur = (
        rf"(?:€|£|{dollar}|¥|₹|zł|(?<![a-z])(?:{codes}|kr\.?|rs\.?|pounds[ \t]+sterling"
        r"|lakhs?|lacs?|lpa|crores?)"
        r"(?![a-z]))"
    )
    if gated:
        cur = rx_first.lookahead(re.compile(cur, re.IGNORECASE)) + cur
    # "CHF 120'000.-", "kr. 45.000,-": the dash for no cents ends the amount.
    # "100,000+ USD": a plus for "or more" between the amount and its currency.
    amt = rf"(?:{num})(?:[.,][-–](?!\d))?{mult}(?:\+(?!\s?\d))?"
    # A range wrapped after its joining word ("zwischen 52.000 und" / "60.000 Euro", "CHF 95 000 –"
    # / "110 000"): one line break right after the joint, never before it (a bullet's dash).
    joint = r"(?:-|–|—|/|to|bis|à|a|tot|and|und|en|y|e|til|till|until)"
    if gated:
        joint = rx_first.lookahead(re.compile(joint, re.IGNORECASE)) + joint
    # "62.000 €" / "bis 71.000 €": a range whose joining word starts the next line (rt37); a
    # word only, as a dash there is a bullet's.
    sep = rf"[ \t]*(?:{joint}[ \t]*(?:\n[ \t]*)?|\n[ \t]*(?:to|bis|until|till)[ \t]+)"
    lead = rf"(?P<c1>{cur})\s?(?P<a1>{amt})(?:\s?(?P<c2>{cur}))?"
    # A sign followed by a digit leads the next amount: "Band 7 £38,890" is not "7 £".
    # A code in brackets after the figures is theirs: "38,000 - 44,000 (Euro)", "45,000 (EUR)".
    both = rf"(?P<a3>{amt}){sep}(?P<a4>{amt})\s?(?:(?P<c6>{cur})|\((?P<c7>{cur})\))(?!\s?\d)"
    trail = rf"(?P<a2>{amt})\s?(?:(?P<c3>{cur})|\((?P<c8>{cur})\))(?!\s?\d)"
    # Not an ordinal: "58.000 € und 13tes Monatsgehalt", "and 13th month salary" name an extra
    # month's pay, never the top of a range (mop).
    tail = rf"(?:{sep}(?:(?P<c4>{cur})\s?)?(?P<b>{amt})(?!{_ORDINAL})(?:\s?(?P<c5>{cur}))?)?"
    return re.compile(rf"(?:{lead}|{both}|{trail}){tail}", re.IGNORECASE)


# An ordinal's ending after a number: "13tes", "13-te", "14ten", "13th"; or its dot before a
# month's salary ("13. Monatsgehalt", "14.Monatslohn").
_ORDINAL = (
    # Only after a number of one or two digits: "60.000. Gehaltsbänder …" ends a sentence.
    r"(?<![\d.,]\d\d)(?<![\d.,]\d\d\d)(?:-?(?:te[nrs]?|th|st|nd|rd)(?![a-z])"
    r"|\.\s?[a-zäöüß]*(?:monats|gehalt|gehält|lohn|löhne|salär))"
)


# Dollars of other countries, named by a code after the figures ("$78,000 - $92,000 CAD") or by
# letters glued before the sign ("CA$70,000", "AU$38.20", "A$", "C$", "NZ$").
_DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})
_PREFIX_CODES = {"CA": "CAD", "C": "CAD", "AU": "AUD", "A": "AUD", "NZ": "NZD", "US": "USD"}
_PREFIX_CODES |= {"HK": "HKD", "SG": "SGD", "S": "SGD"}


def _dollars_of(m: re.Match[str]) -> str | None:
    """Whose dollars a "$" amount is when a code beside the figures says so ("$78,000 - $92,000
    CAD"); None when none does (then "$" is read as US dollars). Letters glued before the sign
    ("CA$") are read by currency_of."""
    for g in ("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"):
        raw = m[g]
        if raw and raw != "$" and (code := currency_of(raw)) in _DOLLAR_CODES:
            return code
    # "$85,000 - $95,000 (CAD)": the code in brackets right after the figures.
    after = _BRACKET_CODE.match(m.string, m.end())
    return None if after is None else after[1].upper()


_BRACKET_CODE = re.compile(r"[ \t]*\((cad|aud|nzd|sgd|hkd|usd)\)", re.IGNORECASE)


# A code in brackets after the pay label says whose dollars a bare "$" is: "Salary (AUD):
# $120,000", "Pay range [CAD]: 90,000 $", "Salary, NZD: $60/hr", "Salary (A$): 100,000".
_LABEL_DOLLARS = re.compile(
    r"(?:[(\[][ \t]*|,[ \t]*)(cad|aud|nzd|sgd|hkd|usd|(?:ca|au|nz|us|hk|sg|[acs])\$)[ \t]*[)\]]?"
    r"[ \t]*:?[^\n\d(\[,]{0,12}\Z",
    re.IGNORECASE,
)


def _label_dollars(text: str, at: int) -> str | None:
    """Whose dollars the pay label before text[at] names, on the same line; None if none."""
    lo = max(0, at - 60, text.rfind("\n", 0, at) + 1)
    m = _LABEL_DOLLARS.search(text, lo, at)
    if m is None:
        return None
    code = currency_of(m[1])
    return code if code in _DOLLAR_CODES else None


# The retirement scheme named beside a "$" figure says whose dollars it is: "$130,000 + super"
# (Australian superannuation), "$95,000 plus KiwiSaver" (New Zealand), "$3,400 per fortnight plus
# 11.5% super" (a period word may stand between).
_SCHEME_DOLLARS = re.compile(
    r"[^\n\d]{0,24}?(?:\+|&|(?<![a-z])(?:plus|incl\.?|including|inc\.?|and))[ \t]*"
    r"(?:\d{1,2}(?:\.\d+)?[ \t]*%[ \t]*)?(super(?:annuation)?|kiwisaver)(?![a-z])",
    re.IGNORECASE,
)


def _scheme_dollars(text: str, end: int) -> str | None:
    """AUD or NZD when the retirement scheme named right after the figure says so."""
    m = _SCHEME_DOLLARS.match(text, end, end + 60)
    if m is None:
        return None
    return "NZD" if m[1].lower() == "kiwisaver" else "AUD"


def currency_of(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip().removesuffix(".")
    if len(raw) > 1 and raw.endswith("$"):
        code = raw[:-1].strip().upper()
        return code if code in _DOLLAR_CODES else _PREFIX_CODES.get(code, "USD")
    if raw in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[raw]
    up = " ".join(raw.upper().split())
    return _CODE_ALIASES.get(up, up)


# An amount written to the penny or cent ("19.38", "8,72"): an exact sum, never thousands.
_PENCE = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{2}(?![\d.,])")


def _accept(c: Candidate, salary: bool, bounded: bool) -> bool:
    """Decide from the context whether an amount with a currency is the pay for this job."""
    top = c.high or c.low
    scale = 10 if c.currency in MID_UNIT else 1
    lo_ok, hi_ok = PLAUSIBLE[c.period or "year"]
    hi_ok *= scale
    if top < lo_ok or (top > hi_ok and c.currency not in BIG_UNIT):
        # "EUR 3.954,00 (14x jährlich)": a period word that does not fit the figure is ignored.
        c.period = _size_period(top / scale, c.currency) or "month"
        lo_ok, hi_ok = PLAUSIBLE[c.period]
        hi_ok *= scale
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
    return max(len(c) for c in [*_lists()["currency_codes"], "kr.", "zł"]) + 1


@cache
def _digit_rx() -> re.Pattern[str]:
    return re.compile(r"\d")


def money_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """money_rx().finditer(text, lo, hi), trying only the places an amount can start.

    Every amount holds a digit and starts at most _lead_reach() characters before its first
    one, so the regex is tried just before each digit instead of at every character. Before
    the digit only a currency can start one (see _may_lead).
    """
    rx = money_rx()
    digit = _digit_rx().search
    reach = _lead_reach()
    out: list[re.Match[str]] = []
    pos = lo
    while (d := digit(text, pos, hi)) is not None:
        at = d.start()
        for start in range(max(pos, at - reach), at + 1):
            if start < at and not _may_lead(text, start):
                continue
            m = rx.match(text, start, hi)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
        else:
            pos = at + 1
    return out


# The signs a currency starts with ("zł" has no look-behind: "z" may follow a letter).
_LEAD_SIGNS = frozenset("€£$¥₹zZ")


def _may_lead(text: str, at: int) -> bool:
    """A currency, the only start of an amount before its first digit, can start at text[at]:
    a sign, or a letter that no ASCII letter stands right before (the codes, "kr" and the
    letters of "CA$" are read only where a word starts). A cheap test that spares most tries
    of money_rx: a space, a bracket or a letter inside a word start none."""
    c = text[at]
    if c in _LEAD_SIGNS:
        return True
    if not c.isalpha():
        return False
    prev = text[at - 1] if at else " "
    return not (prev.isascii() and prev.isalpha())


def _money_matches(doc: Doc) -> list[re.Match[str]]:
    return [m for lo, hi in _windows(doc) for m in money_in(doc.text, lo, hi)]


def candidates(doc: Doc) -> list[Candidate]:
    """Every amount with a currency that reads as pay, best first."""
    text = doc.text
    windows = _money_matches(doc)
    if not windows:
        return pay_bare.without_currency(doc)
    out: list[Candidate] = []
    kr: tuple[str, bool] | None = None  # whose crowns a bare "kr" is, read once per ad
    for m in windows:
        raw = m["c1"] or m["c2"] or m["c3"] or m["c4"] or m["c5"] or m["c6"] or m["c7"] or m["c8"]
        cur = currency_of(raw)
        dollar_doubt = ""
        if cur == "USD" and "$" in m.group():
            named = (
                _dollars_of(m) or _label_dollars(text, m.start()) or _scheme_dollars(text, m.end())
            )
            if named:
                cur = named
            elif raw is not None and raw.strip() == "$":
                # A bare "$": whose dollars, the rest of the ad says (read once an ad).
                cur, dollar_doubt = pay_places.dollars(doc)
        kr_guessed = False
        if cur == "KR":
            kr = kr or crowns(doc)
            cur, kr_guessed = kr
        low = parse_amount(m["a1"] or m["a2"] or m["a3"] or "")
        raw_high = m["a4"] or m["b"]
        high = parse_amount(raw_high) if raw_high else None
        if not cur or low is None:
            continue
        unit, per_annum = _indian_unit(m)
        if unit != 1.0:
            low, high = low * unit, high * unit if high is not None else None
        if high is not None and low < 1000 <= high and low * 1000 <= high:
            low *= 1000  # "€70–140k": the multiplier written once applies to both ends
        if high is not None and high < low:
            # "$120,000 - $95,000": a range written high to low; anything else is two figures.
            low, high = (high, low) if 3 * high >= low else (low, None)
        salary, other = _context(doc, m.start(), m.end())
        if other:
            continue
        period = _period(text, m.start(), m.end()) or ("year" if per_annum else None)
        top = high or low
        if period is not None and not salary and not _fits(top, period, cur):
            # "£19.81 - £22.52 per hour (£38,000 - £44,200 pro-rata)": a period word before
            # the figure that does not fit it is the figure's before it; only one after counts.
            period = _period(text, m.start(), m.end(), look_back=False)
        written = period is not None
        pence = _PENCE.search(m.group()) is not None
        scaled = salary and top < 1000 and period in (None, "year") and not pence
        if scaled:
            low, high, top = low * 1000, high * 1000 if high else None, top * 1000  # "48 à 55 €"
        elif pence and salary and top <= 200 and period in (None, "year"):
            # "£19.38 - £27.15": pounds and pence under 200 are an hourly rate, not thousands.
            period = "hour"
        k = 10 if cur in MID_UNIT else 1
        pro_rata = top >= 1_000 * k and _PRO_RATA.match(doc.lower, m.end()) is not None
        guess = period or ("year" if pro_rata else _size_period(top / k, cur))
        if guess is None and out and _under(doc, out[-1], m.start(), cur):
            # "Low: $25.10" / "High: $31.40": the top of a range takes the period of its
            # bottom on the line above (closes_range then decides whether it is one).
            guess = out[-1].period
        if guess is None:
            continue
        before = doc.lower[max(0, m.start() - 20) : m.start()]
        bounded = bool(
            _up_to().search(before) or _from().search(before) or _alone(text, m.start(), m.end())
        )
        # Only a period the ad writes adds to the score; one guessed from the figure does not.
        guessed: tuple[str, ...] = ("crowns",) if kr_guessed else ()
        # "dollars-places": "$" read as the dollars of the places the ad names; "dollars-unclear":
        # as US dollars, though the ad names places of another dollar country too.
        guessed += (f"dollars-{dollar_doubt}",) if dollar_doubt else ()
        guessed += () if written else ("period",)
        # "Salaire : 48 à 55 €", "Salary: £12 per year": a figure under 1,000 read as
        # thousands, a shorthand the ad does not spell out (it may as well be a typo).
        guessed += ("thousands",) if scaled else ()
        c = Candidate(m.start(), m.end(), low, high, cur, guess, 2 * salary + written, guessed)
        accepted = _accept(c, salary, bounded)
        if accepted and written and c.period != period and _adjacent_period(text, m.end()):
            # "$85,000 per hour": the period written right after the figure does not fit it;
            # it was read by its size instead, and the report says so. (A period further on,
            # "Salary £34,750" / "37.5 hours per week", is another figure's and says nothing.)
            c.guessed += ("period-misfit",)
        elif accepted and not written and _UNREAD_PERIOD.match(doc.lower, m.end()):
            # "$75,000 per second", "$400 per shift": a period askback does not read.
            c.guessed += ("period-unread",)
        if accepted or (out and pay_bare.closes_range(doc, out[-1], c)):
            out.append(c)
    # A pay line written without a currency ("Salary: 80,000.00 to 105,000.00") is read beside
    # the amounts with one: it is often the ad's own statement of the pay.
    taken = [(c.start, c.end) for c in out]
    out += [
        b
        for b in pay_bare.without_currency(doc)
        if not any(b.start < end and start < b.end for start, end in taken)
    ]
    out.sort(key=lambda k: (-k.score, k.start))
    return out


# Pounds and dollars are quoted by the year: a figure of these without a period that is a
# plausible year's pay (8,000 up) is a (part-time) yearly pay ("Salary: £9,068.00" for a domestic
# assistant), where euros of that size are more often a month's.
_YEARLY_CURRENCIES = frozenset({"GBP", "USD"})
# "£12,500 pro rata": a share of a full-time yearly salary.
_PRO_RATA = re.compile(r"[\s,(]*(?:pro[\s\-]?rata|fte\b|full[\s\-]time equivalent)")


# "per second", "a quarter", "/shift": a unit of time or work after the amount that is none of
# the periods read (year, month, fortnight, week, day, hour).
_UNREAD_PERIOD = re.compile(
    r"[ \t]*(?:per|a|an|each|every|/)[ \t]*(?:second|sec|minute|min|quarter|decade"
    r"|century|shift|semester|term|session|visit|project|piece|task|hire)s?(?![a-z])"
)


# A figure that is a sentence of its own in a line of prose: "Central London. £45,000. You will
# …", "£30,000. We want …": nothing before it since the last sentence of its line, and a full
# stop after it that more of the line follows. Said so, an annual-sized figure is the pay (as
# "Up to £60,000" is). A figure alone on a line is not enough: pages list other jobs' pay so
# ("Paris, France" / "$60,000.00" / "- $80,000.00").
_ALONE_BEFORE = re.compile(r"(?:\A|\n|[.!?][ \t]+)[ \t]*\Z")
_ALONE_AFTER = re.compile(r"\.[ \t]+[A-Z]")


def _alone(text: str, start: int, end: int) -> bool:
    """The figure at [start, end) stands alone in its sentence (see _ALONE_BEFORE)."""
    return (
        _ALONE_BEFORE.search(text, max(0, start - 3), start) is not None
        and _ALONE_AFTER.match(text, end) is not None
    )


def _adjacent_period(text: str, end: int) -> bool:
    """A pay period is written right after the amount ending at `end`: "$85,000 per hour"."""
    gap = text[end : end + 3]
    return _any_period_rx().match(text, end + len(gap) - len(gap.lstrip(" \t"))) is not None


def _under(doc: Doc, prev: Candidate, start: int, cur: str | None) -> bool:
    """The amount at `start` is on the line right after `prev`, a single figure of its currency."""
    return (
        prev.high is None and prev.currency == cur and doc.lower.count("\n", prev.end, start) == 1
    )


def _fits(top: float, period: str, cur: str | None) -> bool:
    """Whether a figure of this size is a plausible pay for the period (see PLAUSIBLE)."""
    lo_ok, hi_ok = PLAUSIBLE[period]
    scale = 10 if cur in MID_UNIT else 1
    return lo_ok <= top and (top <= hi_ok * scale or cur in BIG_UNIT)


def _size_period(top: float, cur: str | None) -> str | None:
    """The period a figure's size suggests (in units of the currency's usual scale); None when
    it is too small to be a salary."""
    if top < 1_000:
        return None
    if top >= 15_000:
        return "year"
    return "year" if cur in _YEARLY_CURRENCIES and top >= PLAUSIBLE["year"][0] else "month"


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
    if "+" in doc.text[best.start : best.end]:
        return best.low, None  # "100,000+ USD": that much or more
    return best.low, None if _from().search(before) else best.low


# The minimum of a collective agreement named before a figure, in its sentence: "KV-
# Mindestgehalt von 3.412,50 €", "Das Mindestentgelt laut Kollektivvertrag beträgt EUR 2.980"
# (Austria, where the law asks ads for it, GlBG § 9 (2)). The figure stays the stated pay; the
# finding says it is a floor (areas_terms.pay).
_KV_FLOOR = re.compile(
    r"(?:mindest(?:brutto)?(?:gehalt|entgelt|lohn|bezug|grundgehalt)|kv-?minimum"
    r"|(?<![a-zäöü])kv-?(?:mindest|gehalt|lohn)|kollektivvertragliche[snm]?\s+(?:mindest|gehalt|entgelt|lohn))"
    r"(?:[^.;!?\n\d]|(?<=lt)\.|(?<=gem)\.|(?<=bzw)\.){0,45}$"
)


def collective_minimum(doc: Doc, start: int) -> bool:
    """A collective agreement's minimum pay is named right before the figure at `start`."""
    lo = max(0, start - 70)
    if "mindest" not in doc.lower[lo:start] and "kv" not in doc.lower[lo:start]:
        return False  # most figures: neither word before them (a cheap test)
    return _KV_FLOOR.search(doc.lower, lo, start) is not None


def _widened(
    doc: Doc, best: Candidate, found: list[Candidate]
) -> tuple[float | None, float | None]:
    """The bounds of the best figure, widened by the figures that belong with it.

    Figures of the same currency and period that follow it on its line, joined by nothing but
    words, slashes or "&", are points of one scale ("£24,214 / £26,220 / £30,112", "Day rate
    £22.64 p/h & Night rate £28.33 p/h"): the pay runs from the lowest to the highest. A colon
    or a bracket between them makes a table of separate rates ("Days: £8.72 Nights: £12.46",
    "£9.20 to £9.89 (Band 2) £10.09 to £10.81 (Band 3)"), and the first one stands.
    A single figure that is one end of a range stated elsewhere in the ad ("Salary: £8.80 ph",
    then "£8.50 - £8.80 p/h") is that range.
    """
    low, high = _bounds(doc, best)
    if low is None or high is None:
        return low, high  # "up to", "from": an open bound stays open
    lower = doc.lower
    same = sorted(
        (
            c
            for c in found
            if c is not best and (c.currency, c.period) == (best.currency, best.period)
        ),
        key=lambda c: c.start,
    )
    points = [low, high]
    end = best.end
    for c in same:
        if c.start < end:
            continue
        gap = lower[end : c.start]
        if (
            any(ch in gap for ch in "\n:()[]")
            # "Base €38,000, OTE €55,000": the second figure is another kind of pay (earnings
            # with commission or bonus, a total package), not the top of the base's range.
            or _OTHER_KIND.search(gap) is not None
            or _OTHER_AFTER.match(lower, c.end) is not None
            or not high <= 3 * c.low
            or (c.high or c.low) > 3 * high
        ):
            break
        points += [c.low, c.high or c.low]
        end = c.end
    if len(points) > 2:
        return min(points), max(points)
    if best.high is None:
        for c in same:
            if c.high is not None and best.low in (c.low, c.high):
                return c.low, c.high
    return low, high


# Words between two figures that make the second another kind of pay than the first.
_OTHER_KIND = re.compile(
    r"(?<![a-z])(?:ote|on[\s-]target|total|package|bonus|commission|provision|incl|inkl|including"
    r"|with[\s]+(?:bonus|commission)|gesamt\w*|variable|base|basic)(?![a-z])"
)

# The same said right after the second figure: "€75,000 with bonus", "£50,000 OTE".
_OTHER_AFTER = re.compile(
    r"[ \t(]*(?:ote|on[ \t-]target|total|with[ \t]+(?:bonus|commission)|incl\w*|inkl\w*|base"
    r"|basic)(?![a-z])"
)

# On-target earnings and a base salary named at a figure, in its own clause: "OTE £60,000",
# "£60,000 OTE", "on-target earnings of $150k"; "base £40,000", "£40,000 basic", "a base of".
_OTE_BEFORE = re.compile(
    r"(?<![a-z])(?:ote|on[ \t-]target(?:[ \t]+earnings)?)[ \t]*(?:of|:|=|-|–|at)?[ \t]*"
    r"(?:c\.|up[ \t]+to)?[ \t]*\Z"
)
_OTE_AFTER = re.compile(r"[ \t]*(?:\+[ \t]*)?(?:ote|on[ \t-]target)(?![a-z])")
_BASE_BEFORE = re.compile(
    r"(?<![a-z])(?:base|basic)(?:[ \t]+(?:salary|pay))?[ \t]*(?:of|:|=|-|–|at|is)?[ \t]*\Z"
)
_BASE_AFTER = re.compile(r"[ \t]*(?:base|basic)(?![a-z])")


def _kind_at(lower: str, c: Candidate) -> str:
    """ "ote" or "base" when the words at the figure name it so, else ""."""
    before = lower[max(0, c.start - 30) : c.start]
    if _OTE_BEFORE.search(before) or _OTE_AFTER.match(lower, c.end):
        return "ote"
    if _BASE_BEFORE.search(before) or _BASE_AFTER.match(lower, c.end):
        return "base"
    return ""


def _base_for(doc: Doc, best: Candidate, found: list[Candidate]) -> Candidate:
    """The base salary named beside on-target earnings: "OTE £60,000 (base £40,000)" states a
    pay of £40,000 with £60,000 on target; the base is the salary, not the earnings."""
    if _kind_at(doc.lower, best) != "ote":
        return best
    for c in found:
        if (
            c is not best
            and (c.currency, c.period) == (best.currency, best.period)
            and abs(c.start - best.start) < 160
            and _kind_at(doc.lower, c) == "base"
        ):
            return c
    return best


# The ends of a range named on their own lines: "Low end of range: $120,000", "Range high:".
_LOW_END = r"|low(?:er|est)?(?: end)?(?: of (?:the )?range)?|range low|bottom of (?:the )?range"
_HIGH_END = (
    r"|(?:high(?:er|est)?|upper)(?: end)?(?: of (?:the )?range)?|range high|top of (?:the )?range"
)


@cache
def _up_to() -> re.Pattern[str]:
    return re.compile(
        rf"(?:up to|upto|max(?:imum)?\.?|bis zu|jusqu'à|fino a|tot|hasta{_HIGH_END})[\s:|*]*$"
    )


@cache
def _from() -> re.Pattern[str]:
    return re.compile(
        r"(?:from|starting(?: at| from)?|(?:start|begin)s?(?: at| from)|ab|minimum|min\.?"
        # "beträgt mindestens 55.000 Euro", "mind. 3.450 €": the lowest it will be.
        r"|mindestens|mind\.|at least|à partir de|vanaf|desde"
        rf"{_LOW_END})[\s:|*]*$"
    )


def check(doc: Doc) -> Pay:
    """What the ad says about pay."""
    found = pay_bare.merge_min_max(doc, candidates(doc))
    if not found:
        scale = pay_scale.find(doc.text, doc.lower, doc.blanked(), doc.vocab)
        return Pay(stated=False, mentioned=mentioned(doc) or scale is not None, scale=scale)
    best = _base_for(doc, found[0], found)
    low, high = _widened(doc, best, found)
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
        guessed=list(best.guessed),
    )
