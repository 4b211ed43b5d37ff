"""Whose money a figure is when the ad does not write it beside the figure, read from the rest of
the ad: a currency code it writes by a figure elsewhere, and the places it names.

Two questions use it. A figure under a pay label with no currency ("Salary: 17,265.85") takes the
currency of the one country whose places the ad names (East Sussex: pounds). A bare "$" is
read as US dollars, except where the ad shows it is another country's: a dollar code written by
a figure elsewhere ("All figures in AUD"), or places of one other dollar country and none of the
US ("Sydney, NSW"). Where the ad names places of more than one dollar country ("Remote (US or
Canada)"), the dollars stay US dollars and the report says whose is not clear.
"""

from __future__ import annotations

import re
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc

# The countries that write their currency "$".
DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})


@cache
def _places() -> dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]:
    """lexicons/places.yaml `places`: per currency, its one-word places and its longer ones.
    A file of its own: the pay check's other readers of pay.yaml do not parse it."""
    data = lexicon.read("places").get("places")
    if not isinstance(data, dict) or any(not isinstance(v, list) for v in data.values()):
        raise lexicon.LexiconError("places.yaml: places must map currency codes to lists of names")
    out = {}
    for code, names in data.items():
        words = [str(n).lower().split() for n in names]
        out[str(code)] = (
            frozenset(w[0] for w in words if len(w) == 1),
            tuple(tuple(w) for w in words if len(w) > 1),
        )
    return out


@cache
def _phrase_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"[\s,.-]+".join(re.escape(w) for w in words) + r"(?![a-z])")


def _count(lower: str, words: tuple[str, ...]) -> int:
    """How often the name stands in `lower` as whole words: str.find for its first word, then
    the name's pattern there (a pattern that starts with a look-behind is tried at every place)."""
    rx = _phrase_rx(words)
    first = words[0]
    n = 0
    at = lower.find(first)
    while at >= 0:
        if (at == 0 or not lower[at - 1].isalpha()) and rx.match(lower, at) is not None:
            n += 1
        at = lower.find(first, at + 1)
    return n


def named(doc: Doc) -> dict[str, set[str]]:
    """The places of each currency's countries that the ad names, by currency code.

    One-word names come from the ad's vocabulary (a set look-up each); a longer name is searched
    for only where all its words are in it. A name written only inside a longer name of another
    country counts for that one alone ("Wales" in "New South Wales", "England" in "New
    England"). Read once an ad (the bare reader and the "$" reader both ask)."""
    found = doc.memo.get("places_named")
    if not isinstance(found, dict):
        found = doc.memo["places_named"] = _named(doc)
    return found


def _named(doc: Doc) -> dict[str, set[str]]:
    """named() without its memo."""
    vocab = doc.vocab
    lower = doc.lower
    hits: dict[str, set[str]] = {}
    long: list[tuple[str, tuple[str, ...], int]] = []
    for code, (words, phrases) in _places().items():
        found = set(words & vocab)
        for phrase in phrases:
            if vocab.issuperset(phrase):  # all(w in vocab for w in phrase), in C
                n = _count(lower, phrase)
                if n:
                    found.add(" ".join(phrase))
                    long.append((code, phrase, n))
        if found:
            hits[code] = found
    _drop_elsewhere(doc.text, lower, hits)
    for code, phrase, n in long:
        for other, found in hits.items():
            if other == code:
                continue
            for name in list(found):
                inner = tuple(name.split())
                # Every time the shorter name stands, it stands inside the longer one.
                if (
                    len(inner) < len(phrase)
                    and _inside(inner, phrase)
                    and _count(lower, inner) <= n
                ):
                    found.discard(name)
    return {code: found for code, found in hits.items() if found}


# What follows a name after a comma: "Vancouver, Washington", "Perth, ON".
_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*([A-Za-z][A-Za-z.]*(?:[ \t]+[A-Za-z]+)?)")


def _after_comma(text: str, lower: str, name: str) -> list[str]:
    """The words after a comma after each whole-word `name` in the text ("" where none).
    `lower` is `text` lower-cased, of the same length."""
    out = []
    at = lower.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not lower[at - 1].isalpha()) and not lower[end : end + 1].isalpha():
            m = _AFTER_COMMA.match(text, end)
            out.append("" if m is None else m[1])
        at = lower.find(name, at + 1)
    return out


def _drop_elsewhere(text: str, lower: str, hits: dict[str, set[str]]) -> None:
    """A one-word place that the ad writes each time with another country's state or province
    after a comma is a town of that country: "Vancouver, Washington" is no Canadian place,
    "Sydney, Nova Scotia" no Australian one."""
    places = _places()
    capitals = _comma_capitals()
    for code, found in hits.items():
        for name in [n for n in found if " " not in n]:
            after = _after_comma(text, lower, name)
            if after and all(a and _elsewhere(a, code, places, capitals) for a in after):
                found.discard(name)


def _elsewhere(
    after: str,
    code: str,
    places: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]],
    capitals: dict[str, re.Pattern[str]],
) -> bool:
    """Whether `after` (the words after a place and a comma) names a place of another country."""
    words = tuple(after.lower().split())
    for other, (single, longer) in places.items():
        if other == code:
            continue
        if (words[:1] and words[0] in single) or any(words[: len(p)] == p for p in longer):
            return True
        rx = capitals.get(other)
        if rx is not None and rx.match(", " + after.split()[0]) is not None:
            return True
    return False


def _inside(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    k = len(inner)
    return any(outer[i : i + k] == inner for i in range(len(outer) - k + 1))


# The US federal government's own words: a General Schedule or Wage Grade ("GS-0802-07",
# "WG-10") or a call to US citizens.
_US_GRADE = re.compile(r"[GW][GS]-(?<![A-Za-z]..-)(?<=GS-|WG-|GG-)\d")
_US_CITIZEN = re.compile(r"U\.S\.[ \t]+[Cc]itizen")


# Places written in capitals, read from the ad's own case: a state or province after a comma
# ("Austin, TX", "Victoria, BC", "Parramatta, NSW"; "WA" is Washington and Western Australia
# alike, and is left out) and the country as "US", "U.S." or "USA".
_US_STATES = (
    r",[ \t]?(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN"
    r"|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)(?![A-Za-z])"
)
# Each pattern starts with a literal (",", "U", "N", "Q"), which `re` skips to directly; the
# look-behind of "US" comes after its "U".
_CAPITALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("USD", re.compile(_US_STATES)),
    ("USD", re.compile(r"U(?<![A-Za-z.]U)\.?S\.?(?:A\.?)?(?![A-Za-z])")),
    ("CAD", re.compile(r",[ \t]?(?:ON|BC|AB|QC|MB|SK|NS|NB|NL|PE|PEI)(?![A-Za-z])")),
    ("AUD", re.compile(r",[ \t]?(?:NSW|VIC|QLD|TAS|ACT|SA)(?![A-Za-z])")),
    ("AUD", re.compile(r"NSW(?<![A-Za-z]NSW)(?![A-Za-z])")),
    ("AUD", re.compile(r"QLD(?<![A-Za-z]QLD)(?![A-Za-z])")),
)


@cache
def _comma_capitals() -> dict[str, re.Pattern[str]]:
    """The _CAPITALS patterns of a state or province after a comma, by currency."""
    return {code: rx for code, rx in _CAPITALS if rx.pattern.startswith(",")}


def _capitals(text: str) -> dict[str, int]:
    """How many places in capitals of each dollar country the text names (see _CAPITALS)."""
    out: dict[str, int] = {}
    for code, rx in _CAPITALS:
        if n := len(set(rx.findall(text))):
            out[code] = out.get(code, 0) + n
    return out


def country_currency(doc: Doc) -> str:
    """The currency of the one country whose places the ad names; "" for none or several."""
    codes = set(named(doc))
    return codes.pop() if len(codes) == 1 else ""


# A dollar code written by a figure or a dollar sign ("AUD 120,000", "95,000 CAD", "CA$"), or as
# the currency of the figures ("in AUD", "(NZD)"). In capitals only, and never alone: "CAD" is
# also computer-aided design, "SGD" stochastic gradient descent.
_CODE_BY_FIGURE = re.compile(
    r"(?<![A-Za-z])(?:(USD|CAD|AUD|NZD|SGD|HKD)[ \t]?\$?[ \t]?\d"
    r"|(?<=\d)[ \t]?(USD|CAD|AUD|NZD|SGD|HKD)(?![A-Za-z])"
    # "All figures in AUD", "(NZD)": only the codes that name nothing else ("proficient in
    # CAD", "computer-aided design (CAD)").
    r"|(?:in|\()[ \t]?(USD|AUD|NZD|HKD)(?![A-Za-z]))"
)
# Kept apart from the figures: "k" and cents before a code after the figure ("120k AUD").
_CODE_AFTER_K = re.compile(r"\d[kK][ \t]?(USD|CAD|AUD|NZD|SGD|HKD)(?![A-Za-z])")


def _codes(text: str) -> set[str]:
    """The dollar codes the ad writes by a figure or as its figures' currency."""
    if not any(code in text for code in DOLLAR_CODES):
        return set()  # most ads: six finds in C, and no pattern run
    found: set[str] = set()
    for code in DOLLAR_CODES:
        at = text.find(code)
        while at >= 0:
            # The patterns near the code only: a few characters either side of it.
            lo, hi = max(0, at - 4), min(len(text), at + len(code) + 6)
            near = text[lo:hi]
            if any(code in m.groups() for m in _CODE_BY_FIGURE.finditer(near)) or (
                code in _CODE_AFTER_K.findall(near)
            ):
                found.add(code)
                break
            at = text.find(code, at + 1)
    return found


def dollars(doc: Doc) -> tuple[str, str]:
    """Whose dollars a bare "$" in this ad is, and how sure: ("USD", "") by default; (code, "")
    when the ad writes one dollar code by a figure; (code, "places") when it names places of
    one dollar country only, and more than of any other; ("USD", "unclear") when it names places
    of several and none leads. Read once an ad (the amount reader and the bare reader ask)."""
    found = doc.memo.get("places_dollars")
    if not isinstance(found, tuple):
        found = doc.memo["places_dollars"] = _dollars(doc)
    return found


def _dollars(doc: Doc) -> tuple[str, str]:
    """dollars() without its memo."""
    codes = _codes(doc.text)
    if len(codes) == 1:
        return codes.pop(), ""
    text = doc.text
    if _US_GRADE.search(text) is not None or _US_CITIZEN.search(text) is not None:
        return "USD", ""  # a US federal grade or citizenship: the US government's own ad
    places = {code: len(p) for code, p in named(doc).items() if code in DOLLAR_CODES}
    for code, n in _capitals(doc.text).items():
        places[code] = places.get(code, 0) + n
    others = {code: n for code, n in places.items() if code != "USD"}
    if not others:
        return "USD", ""
    us = places.get("USD", 0)
    lead = max(others, key=lambda code: others[code])
    rest = max([us, *(n for code, n in others.items() if code != lead)])
    if rest == 0:
        return lead, "places"
    if us >= 2 * others[lead]:
        return "USD", ""
    return "USD", "unclear"
