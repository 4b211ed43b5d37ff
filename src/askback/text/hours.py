"""Working-time conditions the ad states: on-call duty, overtime, evening and weekend work,
shift work and a share of travel.

Each is a condition of the job that shapes the week more than most perks, so a stated one is
an info finding with the question to ask; it is a concern only where the ad says the extra
time is not paid ("overtime is included in the salary", "Überstunden sind mit dem Gehalt
abgegolten", an exempt position with overtime expected). The ad ruling one out ("no on-call",
"keine Rufbereitschaft") or paying for it ("overtime is paid or taken as time off") is a
positive finding. A duty that is about others is not the reader's ("plan the on-call rota for
the ward", "the travel industry", "we help clients reduce overtime").

Cost: each kind is looked for only where one of its stems stands in the text (one `str.find`
each), and its patterns run on the sentence around that place, never on the whole ad.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from askback.text.doc import Doc
from askback.text.hours_words import KINDS, Kind, Patterns, de_gate, patterns
from askback.text.report import Area, Finding, Level, Span

# The patterns read a sentence of the lower-cased text, with the stem's place in it; they are
# compiled on the first ad that holds a stem (hours_words.patterns).


def _sentence(p: Patterns, lower: str, i: int) -> tuple[int, int]:
    """The sentence (or line) around offset i: cut at a line break, at '.', '!', '?', ';' or a
    bullet (not the full stop of "ca." or "e.g."), and at most 220 characters either side."""
    lo = max(lower.rfind("\n", 0, i) + 1, i - 220)
    hi = lower.find("\n", i)
    hi = min(len(lower) if hi < 0 else hi, i + 220)
    for m in p.end.finditer(lower, lo, i):
        j = m.start()
        if lower[j] != "." or not p.abbrev.search(lower, max(lo, j - 7), j):
            lo = j + 1
    for m in p.end.finditer(lower, i, hi):
        j = m.start()
        if lower[j] != "." or not p.abbrev.search(lower, max(lo, j - 7), j):
            hi = j
            break
    return lo, hi


class Hit(NamedTuple):
    kind: Kind
    start: int
    end: int
    sentence: tuple[int, int]
    level: Level
    paid: bool = False  # a pay item for the time ("Sunday premium pay"), read as paid (left2)


def _read(
    p: Patterns, lower: str, kind: Kind, lo: int, hi: int, i: int, seen: dict[object, bool]
) -> Hit | None:
    """The first stated condition of `kind` at the stem at i, in the sentence lower[lo:hi], or
    None. The term is looked for near the stem only (a few words either side), not in the whole
    sentence: the patterns are long alternations, costly at every place of a sentence. `seen`
    holds what was read in this sentence already (terms refused, the sentence's own cues), so
    that stems close together (a sentence of many) do not read the same term again."""
    for m in p.terms[kind.key].finditer(lower, max(lo, i - 45), min(hi, i + 70)):
        if m.end() <= i or m.span() in seen:
            continue  # a term before the stem is read at its own stem
        hit = _judge(p, lower, kind, lo, hi, m, seen)
        if hit is not None:
            return hit
        seen[m.span()] = False
    return None


_WEEKDAYS = ("saturday", "sunday", "samstag", "sonntag")
_JOINED = (",", "/", "&", " and", " or", " und", " oder", " sowie")


def _others(p: Patterns, before: str) -> bool:
    """Whether the words before a term make it someone else's duty: "plan the on-call rota",
    also over a list of duties ("Sie planen Spätdienste, Sonntagsdienste und ...")."""
    if p.others_before.search(before):
        return True
    if not before.rstrip().endswith(_JOINED):
        return False
    items = p.duty_items.search(before)
    return items is not None and p.others_before.search(before, 0, items.start()) is not None


def _cue(seen: dict[object, bool], key: str, rx: re.Pattern[str], sentence: str) -> bool:
    """Whether rx finds its cue in the sentence, read once a sentence."""
    found = seen.get(key)
    if found is None:
        found = seen[key] = rx.search(sentence) is not None
    return found


def _judge(
    p: Patterns,
    lower: str,
    kind: Kind,
    lo: int,
    hi: int,
    m: re.Match[str],
    seen: dict[object, bool],
) -> Hit | None:
    """The hit the term m states in the sentence lower[lo:hi], or None."""
    before = lower[max(lo, m.start() - 80) : m.start()]
    after = lower[m.end() : min(hi, m.end() + 60)]
    if _others(p, before) or p.others_after.match(after):
        return None
    sentence = lower[lo:hi]
    if kind.key in ("evenings-weekends", "shifts") and (
        p.pay_after.match(after) or p.pay_before.search(before) or p.pay_in.search(m[0])
    ):
        # A premium or allowance for the time: such hours come and are paid extra. Read as the
        # paid reading, which a stated duty elsewhere in the ad outranks (see check).
        if p.neg.search(before):
            return None  # "no weekend allowance": says nothing of the hours
        return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE, paid=True)
    off = p.off.match(after) and not p.every_other.search(before)
    if p.neg.search(before) or p.neg_after.match(after) or off:
        if kind.key in ("on-call", "overtime", "evenings-weekends", "shifts"):
            return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
        return None
    # The sentence, or the one before on the same line: "Exempt role; overtime expected."
    unpaid = kind.key in ("overtime", "on-call") and p.unpaid.search(
        lower, max(lo - 100, lower.rfind("\n", 0, lo) + 1), hi
    )
    if kind.key == "overtime" and not unpaid and _cue(seen, "paid", p.paid, sentence):
        return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
    if kind.key == "overtime" and not unpaid and not _cue(seen, "expected", p.expected, sentence):
        return None  # "overtime" named with no expectation: a policy or a benefit line
    if kind.key == "evenings-weekends":
        if not _cue(seen, "at work", p.at_work, sentence):
            return None  # "drinks on Friday evenings", "a weekend retreat": not working time
        # A weekday needs the word of work near it: "timesheets close on Sunday" is no work.
        near = (max(lo, m.start() - 90), min(hi, m.end() + 90))
        if m[0].startswith(_WEEKDAYS) and not p.at_work.search(lower, *near):
            return None
    if kind.key == "shifts" and _office_week(p, lower, lo, hi, m.end()):
        return None  # "Shift pattern: Monday to Friday, 9am to 5pm": office hours, no shifts
    level = Level.CONCERN if unpaid else Level.INFO
    return Hit(kind, m.start(), m.end(), (lo, hi), level)


def _office_week(p: Patterns, lower: str, lo: int, hi: int, end: int) -> bool:
    """Whether the shift pattern the sentence lower[lo:hi] describes (its term ends at `end`)
    is a regular office week: Monday to Friday, every time range given by day (07:00 to 18:30),
    and no night, weekend, evening, rota, early or late named (unless after a no). A term with
    nothing after it but a colon ("Schichtmodell:") is described by the next line."""
    text = lower[lo:hi]
    if not lower[end:hi].strip(" :-–\t") and lower.startswith("\n", hi):
        start = len(lower) - len(lower[hi:].lstrip())
        stop = lower.find("\n", start)
        text += " " + lower[start : min(start + 200, len(lower) if stop < 0 else stop)]
    if not p.weekdays.search(text):
        return False
    for m in p.not_office.finditer(text):
        if not p.neg.search(text, max(0, m.start() - 40), m.start()):
            return False  # ("no weekends" keeps the office week)
    return all(_by_day(span) for span in p.hours_span.finditer(text))


def _by_day(span: re.Match[str]) -> bool:
    """A time range ("9am to 5pm", "8 bis 17 Uhr", "07:30-16:00") that lies within the day."""
    h1, m1, ap1, h2, m2, ap2 = span.groups()
    start, stop = int(h1) + int(m1 or 0) / 60, int(h2) + int(m2 or 0) / 60
    am1, am2 = (ap1 or " ")[0], (ap2 or " ")[0]
    if am2 == "p" and stop < 12:
        stop += 12
    if am1 == "p" and start < 12:
        start += 12
    elif am1 == " " and am2 == "p" and start + 12 < stop:
        start += 12  # "1-5pm"
    if am1 == am2 == " " and stop <= start:
        stop += 12  # "9-5"
    return 7 <= start < stop <= 18.5


def check(doc: Doc) -> list[Hit]:
    """One hit a kind at most: the first place the ad states it."""
    lower = doc.lower
    vocab = doc.vocab
    opened: set[str] = set()
    if "de" in doc.shares:
        words, kind_of = de_gate()
        opened = {kind_of[w] for w in vocab.intersection(words)}
    out: list[Hit] = []
    for kind in KINDS:
        stems = () if vocab.isdisjoint(kind.tokens) else kind.stems
        if kind.key in opened:
            stems += kind.stems_de
        if not stems:
            continue
        p = patterns()
        lo = hi = -1
        seen: dict[object, bool] = {}
        found: Hit | None = None
        paid: Hit | None = None  # a pay item for the time: kept unless a duty is stated
        for stem in stems:
            i = lower.find(stem)
            while i >= 0 and found is None:
                if not lo <= i < hi:
                    lo, hi = _sentence(p, lower, i)
                    seen.clear()
                found = _read(p, lower, kind, lo, hi, i, seen)
                if found is not None and found.paid:
                    paid = paid or found
                    seen[found.start, found.end] = False
                    found = None
                i = lower.find(stem, i + len(stem))
            if found is not None:
                break
        if found is not None or paid is not None:
            out.append(found or paid)  # type: ignore[arg-type]
    return out


_ABOUT = {"up": "up to", "as": "up to", "ma": "up to", "bi": "up to", "hö": "up to"}
_NUMBERS = {
    "ein": "1", "eine": "1", "einen": "1", "einem": "1", "einer": "1", "zwei": "2", "drei": "3",
    "vier": "4", "fünf": "5", "sechs": "6", "einige": "a few", "einigen": "a few",
    "mehrere": "several", "mehreren": "several",
}  # fmt: skip
_TIMES = {"einmal": "once", "zweimal": "twice", "dreimal": "three times", "viermal": "four times"}
_UNITS = {"d": "day", "t": "day", "n": "night", "w": "week"}
_PERIODS = {
    "w": "week", "m": "month", "j": "year", "y": "year", "q": "quarter",
    "k": "year", "c": "year",  # "Kalenderjahr", "calendar year" (left2)
}  # fmt: skip


def _travel_share(lower: str, hit: Hit) -> str | None:
    """The share of time the travel takes, as the ad states it near the term, in English words:
    "up to 25 % of the time", "2–3 days a month", "once a quarter"; None if not stated."""
    lo, hi = hit.sentence
    near = [
        m
        for m in patterns().share.finditer(lower, lo, hi)
        if m.start() - 50 <= hit.end and hit.start <= m.end() + 50
    ]
    if not near:
        return None
    m = min(near, key=lambda m: abs(m.start() - hit.start))
    times, every, about, share, about2, count, unit, period = m.groups()
    if times is not None:
        return f"{_TIMES.get(times, ' '.join(times.split()))} a {_PERIODS[every[0]]}"
    about = about or about2
    lead = "" if not about else _ABOUT.get(about[:2], "about") + " "
    if share is not None:
        return f"{lead}{_span(share)} % of the time"
    n = _NUMBERS.get(count, _span(count))
    plural = "" if n in ("1", "one") else "s"
    return f"{lead}{n} {_UNITS[unit[0]]}{plural} a {_PERIODS[period[0]]}"


def _span(figures: str) -> str:
    """ "2-3", "2 to 3", "2 bis 3" as "2–3"."""
    return re.sub(r"\s*(?:-|–|to|bis)\s*", "–", figures)


def findings(doc: Doc) -> list[Finding]:
    out = []
    for hit in check(doc):
        k = hit.kind
        lo, hi = hit.sentence
        said = doc.text[lo:hi].strip()
        if hit.paid:
            title = {
                "evenings-weekends": "Evening, night or weekend work is paid extra",
                "shifts": "Shift work is paid extra",
            }.get(k.key, k.title)
            why = (
                "The ad names a premium or allowance for these hours: they come at least now and "
                "then, and are paid above the normal rate. Ask how often they come and check the "
                "rate in the contract."
            )
        elif hit.level is Level.POSITIVE:
            title = {
                "on-call": "The ad rules out on-call duty, or says it is paid",
                "overtime": "The ad rules out overtime, or says it is paid or given back",
                "evenings-weekends": "The ad rules out evening or weekend work",
                "shifts": "The ad rules out shift work",
            }.get(k.key, k.title)
            why = (
                "A working-time condition the ad settles in your favour; check that the contract "
                "says so."
            )
        elif hit.level is Level.CONCERN:
            title = f"{k.title}: the ad says the extra time is unpaid or covered by the salary"
            why = (
                f"{k.why} Here the ad says the extra time is covered by the salary or not paid, "
                "so every extra hour lowers your real hourly pay."
            )
        else:
            title, why = k.title, k.why
        data = {"kind": k.key}
        share = _travel_share(doc.lower, hit) if k.key == "travel" else None
        if share:
            title = f"{title}: {share}"
            data["share"] = share
        out.append(
            Finding(
                check="working-time",
                area=Area.COMMITMENTS,
                level=hit.level,
                title=title,
                why=why,
                ask=k.ask,
                spans=[Span(hit.start, hit.end, k.key, doc.text[hit.start : hit.end])],
                context=said,
                dimension=(
                    "compensation-contract" if hit.level is Level.CONCERN else "work-life-remote"
                ),
                question_tags=k.tags + (("contract",) if hit.level is Level.CONCERN else ()),
                data=data,
            )
        )
    return out
