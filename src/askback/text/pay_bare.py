"""Pay written without a currency under a pay label, and minimum and maximum on separate lines."""

from __future__ import annotations

import functools
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from askback.text import pay_amounts, pay_places
from askback.text.pay_amounts import LABEL_WORDS as LABEL_WORDS
from askback.text.pay_amounts import Candidate, _label_words, label_rx

if TYPE_CHECKING:
    from askback.text.doc import Doc


@cache
def _alone_rx() -> re.Pattern[str]:
    """A heading that is only a pay label: "Salary", "## Compensation"."""
    # Up to two words before it: "Annual Salary Range", "Hourly pay".
    return re.compile(
        rf"[\W]{{0,6}}(?:[a-z]+[ \t]){{0,2}}(?:{_label_words()})(?:[ \t]+range)?[\W]{{0,6}}"
    )


@cache
def _bare_rx() -> re.Pattern[str]:
    # "70 000": a space groups thousands too, when three digits and no more follow it.
    group = r"(?:[,.\u202f\u00a0’']| (?=\d{3}(?!\d)))"
    # "45,0000 to 50,000": a stray digit after the group of thousands, at the bottom of a range
    # (read as 45,000 when the range then rises, see _figure).
    stray = r"\d{1,3},\d{4}(?=[ \t]*(?:-|–|—|to)[ \t]*\d)"
    num = rf"{stray}|\d{{1,3}}(?:{group}\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?"
    amt = rf"(?:{num})(?:\s?(?:k|tsd\.?|thousand)(?![a-z]))?"
    # A range wrapped after its joint; no-break and thin spaces around it count as spaces.
    sep = r"[ \t\u00a0\u2009\u202f]*(?:-|–|—|to|bis|and|und|à)[ \t\u00a0\u2009\u202f]*(?:\n[ \t]*)?"
    return re.compile(
        # Not a count of hours: "Hourly: 37.5 hours a week", "Wage: 40 hrs".
        # "15.50/hr - 18.00/hr": the period may follow each end.
        rf"(?<![\d.,:])(?P<a>{amt})(?:(?:\s*/\s*(?:hr|hour|h|yr|year))?{sep}(?P<b>{amt}))?"
        r"(?![\d:]|\s?(?:am|pm|uhr|h|hours?|hrs?|stunden|std)\b)"
    )


_HIRING = ("hiring range", "hiring rate")
# A line that ends in a range's joint after a figure: the range is wrapped onto the next line.
_WRAPPED = re.compile(r"\d[ \t]*(?:-|–|—|to|bis|and|und|à)[ \t]*$")


def without_currency(doc: Doc) -> list[Candidate]:
    """'Salary: 90,000 - 110,000 per year', 'Compensation: 100-120k', '60K à 70K' under a
    pay label: the figures of a pay line that names no currency."""

    lower = doc.lower
    out: list[Candidate] = []
    rx = label_rx()
    seen: set[int] = set()
    extra: dict[int, list[Candidate]] = {}
    # The label words from the word index; only their lines are read as pay lines.
    spots = sorted(p for w in LABEL_WORDS.intersection(doc.vocab) for p in doc.positions(w))
    if "hiring" in doc.vocab:
        # "hiring" labels a pay line only as "Hiring range" or "Hiring rate" ("our hiring
        # manager", "we are hiring" are no pay words).
        hiring = set(doc.positions("hiring"))
        spots = [p for p in spots if p not in hiring or lower.startswith(_HIRING, p)]
    for spot in spots:
        pos = lower.rfind("\n", 0, spot) + 1
        if pos in seen:
            continue
        seen.add(pos)
        line_end = lower.find("\n", pos)
        line_end = len(lower) if line_end < 0 else line_end
        if _WRAPPED.search(lower, pos, line_end):
            # "Salary: 90,000 -" / "110,000 per year": the range goes on on the next line.
            nxt = lower.find("\n", line_end + 1)
            line_end = len(lower) if nxt < 0 else nxt
        m = rx.match(lower, pos, line_end) or _alone_rx().fullmatch(lower, pos, line_end)
        if m is None or _base_not_first(lower, pos, m.end()):
            continue
        found = _figure(doc, m.end(), line_end)
        if found is None and not lower[m.end() : line_end].strip(" *_#\t\r"):
            # The label alone on its line: the figure is on the next one.
            nxt = lower.find("\n", line_end + 1)
            nxt = len(lower) if nxt < 0 else nxt
            found = _figure(doc, line_end + 1, nxt)
            if found is not None and (top := _top_below(doc, found, nxt)) is not None:
                out.append(top)
        if found is not None:
            out.append(found)
            extra[found.start] = _conversions(doc, found)
    # "base" labels a pay line only at its start: not in mid-line or in a sentence ("our
    # customer base grew from 20,000 to 40,000").
    base = set(doc.positions("base")) if "base" in doc.vocab else set()
    spots = [p for p in spots if p not in base]
    if not out:
        out = _label_mid_line(doc, spots)
    if not out:
        ks = _k_tokens(doc.blanked())
        # A figure in a sentence that a pay word starts (few spots: cheap to read).
        if spots:
            out = _in_sentence(doc, spots)
        out = out or _k_ranges(doc, ks)
    out.sort(key=lambda c: c.start)
    # "Minimum salary: 90,000" and "Maximum salary: 130,000" on two lines are one range.
    best = merge_min_max(doc, out)[:1]
    return best + extra.get(best[0].start, []) if best else best


# "48,360 pro rata": a share of a full-time yearly pay, as good as a written year.
_PRO_RATA = re.compile(r"[ \t,(]*(?:pro[ \t-]?rata|fte(?![a-z]))")


def _conversions(doc: Doc, first: Candidate) -> list[Candidate]:
    """The same pay in other periods, written after the first figure of a pay line: "Pay: 25.00
    per hour (approx. 52,000 per year)". Only figures whose period the line writes, each other
    than the first's (and the first's written too): a second figure of the same period is
    another rate, which the first stands for."""
    if "period" in first.guessed:
        return []
    lower = doc.lower
    end = lower.find("\n", first.end)
    end = len(lower) if end < 0 else end
    out: list[Candidate] = []
    periods = {first.period}
    # One sentence or clause: "; overtime paid at 25.00 per hour" is another rate.
    for stop in ("; ", "| "):
        cut = lower.find(stop, first.end, end)
        end = cut if cut >= 0 else end
    if (sentence := pay_amounts._SENTENCE_END.search(doc.text, first.end, end)) is not None:
        end = sentence.start()  # "ca. 52.000" ends no sentence
    at = first.end
    while (c := _figure(doc, at, end, look_back=False)) is not None:
        at = c.end
        written = "period" not in c.guessed or (
            c.period == "year" and _PRO_RATA.match(lower, c.end) is not None
        )
        if written and c.period not in periods:
            periods.add(c.period)
            out.append(c)
    return out


def _top_below(doc: Doc, bottom: Candidate, end: int) -> Candidate | None:
    """Under a pay label alone on its line, "Minimum: 70,000" and then "Maximum: 85,000" on the
    line below: the top of the range (merge_min_max joins the two). Only a bottom that its own
    line labels the minimum, and a single figure that its line labels the maximum."""
    lower = doc.lower
    if bottom.high is not None or _MIN.search(_label(lower, bottom)) is None or end >= len(lower):
        return None
    nxt = lower.find("\n", end + 1)
    top = _figure(doc, end + 1, len(lower) if nxt < 0 else nxt)
    if top is None or top.high is not None or _MAX.search(_label(lower, top)) is None:
        return None
    return top


_BASE_FIRST = re.compile(r"[\W\d]{0,6}base(?![a-z])")


def _base_not_first(lower: str, pos: int, end: int) -> bool:
    """The label is "base" after other words ("Customer base:", "Installed base:"): not pay.
    "Base:" and "Base salary:" start the line; a label with a pay word of its own is kept."""
    head = lower[pos:end]
    if any(w in head for w in LABEL_WORDS if w != "base"):
        return False
    return _BASE_FIRST.match(head) is None


# A break before a label in the middle of a line: "Hours 9am-5pm. Salary: 28,000",
# "Location: Leeds | Salary: 30,000", "Full time, salary: 41,000".
_MID_BREAKS = (". ", ", ", "; ", "| ", "|", "• ", " - ", " – ")


def _label_mid_line(doc: Doc, spots: list[int]) -> list[Candidate]:
    """A pay label with a colon after another item on its line, when no line starts with one.
    Only the first such figure; the label must end in a colon ("salary reviewed: yearly" has no
    figure and is not read)."""
    lower = doc.lower
    rx = label_rx()
    for spot in spots:
        pos = lower.rfind("\n", 0, spot) + 1
        if spot == pos or not lower.endswith(_MID_BREAKS, pos, spot):
            continue
        line_end = lower.find("\n", spot)
        line_end = len(lower) if line_end < 0 else line_end
        m = rx.match(lower, spot, line_end)
        if m is None or ":" not in m.group():
            continue
        end = line_end
        for stop in (". ", "; ", "| "):
            cut = lower.find(stop, m.end(), end)
            end = cut if cut >= 0 else end
        found = _figure(doc, m.end(), end)
        if found is not None:
            return [found]
    return []


def _in_sentence(doc: Doc, spots: list[int]) -> list[Candidate]:
    """'The salary band is 85,000 to 100,000 (DOE).': a range of yearly-sized figures in the
    sentence that a pay word starts, with no label and no currency. A single figure there is
    not read ('salary reviews for 20,000 staff'): only a range is this sure to be the pay."""
    lower = doc.lower
    for spot in spots:
        end = min(len(lower), spot + 70)
        for stop in ("\n", ". ", "; "):
            cut = lower.find(stop, spot, end)
            end = cut if cut >= 0 else end
        if _DIGIT.search(lower, spot, end) is None:
            continue  # every figure holds a digit: none in the sentence, none to read
        found = _figure(doc, spot, end, ranges_only=True)
        if found is None and (said := _stated_rx().match(lower, spot, end)):
            # "The salary is 50k": one figure said to be the pay, right after the verb.
            found = _figure(doc, said.end(), end)
            at = found.end if found is not None else 0
            # Not a share: "locality pay of 26.73%".
            share = lower.startswith(("%", " %", " percent", " prozent"), at)
            found = found if found is not None and found.start == said.end() and not share else None
        if found is not None:
            return [found]
    return []


@cache
def _stated_rx() -> re.Pattern[str]:
    """A pay word and the verb that says what it is: "salary is ", "Gehalt beträgt "."""
    return re.compile(
        r"\w+\s+(?:is|will\s+be|of|beträgt|liegt\s+bei|(?:start|begin)s?\s+(?:at|from)|starting\s+at)"
        r"\s+(?:around\s+|about\s+|rund\s+|ca\.\s*)?"
    )


def _currency_elsewhere(doc: Doc) -> str:
    """A currency the ad writes somewhere else, for a pay line that names none."""
    text = doc.text
    for sign, code in (("$", "USD"), ("£", "GBP"), ("€", "EUR")):
        if sign in text:
            # Whose dollars a "$" is, the ad's codes and places say (US dollars by default).
            return pay_places.dollars(doc)[0] if sign == "$" else code
        if code.lower() in doc.vocab:
            return code
    # No sign anywhere: the country the ad names, when it names one currency's countries only
    # ("East Sussex": pounds; "Ontario" and "London": none).
    return pay_places.country_currency(doc)


_DIGIT = re.compile(r"\d")
_STRAY = re.compile(r"\d{1,3},\d{4}")


def _figure(
    doc: Doc, lo: int, hi: int, *, ranges_only: bool = False, look_back: bool = True
) -> Candidate | None:
    text = doc.text
    if _DIGIT.search(doc.lower, lo, hi) is None:
        return None  # a figure starts with a digit: a look for one is cheaper than _bare_rx's
    for m in _bare_rx().finditer(doc.lower, lo, hi):
        if ranges_only and m["b"] is None:
            continue
        stray = _STRAY.fullmatch(m["a"]) is not None
        low = pay_amounts.parse_amount(m["a"][:-1] if stray else m["a"])
        high = pay_amounts.parse_amount(m["b"]) if m["b"] else None
        if low is None or (stray and (high is None or not low < high <= 2 * low)):
            continue  # a stray digit read away only where the top then makes a near range
        if high is not None and low < 1000 <= high and low * 1000 <= high:
            low *= 1000  # "100-120k": the multiplier written once applies to both ends
        if high is not None and high < low:
            low, high = (high, low) if 3 * high >= low else (low, None)
        if high is not None and high > 3 * low:
            continue
        period = pay_amounts._period(text, m.start(), m.end(), look_back=look_back)
        top = high or low
        guess = period or ("year" if top >= 15_000 else None)
        if guess is None or (high is None and period is None and top < 15_000):
            continue
        floor, ceiling = pay_amounts.PLAUSIBLE[guess]
        if not floor <= top <= ceiling:
            continue
        _, other = pay_amounts._context(doc, m.start(), m.end())
        if other:
            continue
        cur = _currency_elsewhere(doc)
        # Under a pay label: scored as an amount with salary words around it (see pay).
        guessed: tuple[str, ...] = ("currency",) if cur else ()
        guessed += () if period is not None else ("period",)
        guessed += ("stray-digit",) if stray else ()
        return Candidate(
            m.start(), m.end(), low, high, cur, guess, 2 + (period is not None), guessed
        )
    return None


@cache
def _k_range_rx() -> re.Pattern[str]:
    k = r"\d{2,3}(?:[.,]\d)?\s?k"
    return re.compile(
        rf"(?<![\d.,])({k})[ \t]*(?:-|–|—|à|to|/|bis)[ \t]*({k})(?![a-z])", re.IGNORECASE
    )


@cache
def _k_token_rx() -> re.Pattern[bytes]:
    # Whole words that start with a digit and end in k, read backwards: in the reversed blanked
    # text (see doc.blanked) such a word is a space, "k", then any word characters up to a
    # digit before the next space. The regex starts with the one letter "k" (the space before
    # it is a look-behind), which `re` skips to directly: a two-character literal (" k") stops
    # it at every space, and forwards it would start at every space too.
    return re.compile(rb"(k(?<= k)[^ ]*[0-9])(?= )")


def _k_tokens(blank: bytes) -> set[str]:
    """The words of the blanked text that start with a digit and end in k ("85k", "120k")."""
    return {k[::-1].decode("latin-1") for k in _k_token_rx().findall(blank[::-1])}


def _k_ranges(doc: Doc, ks: set[str]) -> list[Candidate]:
    """'60K à 70K' with a salary word nearby: a range in thousands with no currency written.

    `ks` are the ad's words that start with a digit and end in k."""
    if not ks:
        return []
    spots = sorted({p for t in ks for p in doc.positions(t)})
    for spot in spots:
        for m in _k_range_rx().finditer(doc.text, max(0, spot - 20), min(len(doc.text), spot + 30)):
            salary, other = pay_amounts._context(doc, m.start(), m.end())
            low, high = pay_amounts.parse_amount(m[1]), pay_amounts.parse_amount(m[2])
            if salary and not other and low and high and 15_000 <= low <= high:
                return [Candidate(m.start(), m.end(), low, high, "", "year", 1, ("period",))]
    return []


# A label that opens a range ("Salary from", "Gehalt von") or closes it ("to", "bis").
_MIN = re.compile(
    r"\b(?:min(?:imum)?|minimal|from|starting|low(?:er|est)?|start|bottom|von|ab|floor)\b"
    r"|mindest|untergrenze"
)
_MAX = re.compile(
    r"\b(?:max(?:imum)?|maximal|up to|high(?:er|est)?|upper|top|end|ceiling|cap)\b"
    r"|höchst|obergrenze"
    r"|(?<![a-z])(?:to|bis)\W*$"
)


_LABEL_REACH = 80


def _label(lower: str, c: Candidate) -> str:
    """The words just before the amount on its line: at most _LABEL_REACH characters, so a long
    line of amounts is not read again for each of them."""
    lo = max(lower.rfind("\n", max(0, c.start - _LABEL_REACH), c.start) + 1, c.start - _LABEL_REACH)
    return lower[lo : c.start]


def closes_range(doc: Doc, first: Candidate, c: Candidate) -> bool:
    """`c` is the top of a range whose bottom, `first`, was read as pay on the line just above:
    "Salary" / "From: $55,000" / "To: $65,000". The second line names no pay word of its own,
    so the first must have one beside it or on the line above (its score counts it)."""
    lower = doc.lower
    if (
        first.score < 2
        or first.high is not None
        or c.high is not None
        or first.currency != c.currency
    ):
        return False
    if lower.count("\n", first.end, c.start) != 1 or c.low < first.low:
        return False
    return bool(_MIN.search(_label(lower, first)) and _MAX.search(_label(lower, c)))


def merge_min_max(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'Minimum salary: $90,000' and 'Maximum salary: $130,000' on their own lines: one range."""
    singles = [c for c in found if c.high is None]
    if len(singles) < 2:
        return found
    lower = doc.lower
    label = functools.partial(_label, lower)
    by_start = sorted(singles, key=lambda c: c.start)
    for a, b in itertools.pairwise(by_start):
        la, lb = label(a), label(b)
        if lower.count("\n", a.end, b.start) > 3 or a.currency != b.currency:
            continue
        if a.period != b.period:
            # "£9.50 an hour, rising to £24,000 a year": two figures, each with its period, not
            # the ends of one range (rt36en).
            continue
        if (_MIN.search(la) and _MAX.search(lb)) or (_MAX.search(la) and _MIN.search(lb)):
            low, high = sorted((a.low, b.low))
            guessed = tuple(dict.fromkeys(a.guessed + b.guessed))
            merged = Candidate(
                a.start, b.end, low, high, a.currency, a.period, a.score + 1, guessed
            )
            rest = [c for c in found if c is not a and c is not b]
            return [merged, *rest]
    return found
