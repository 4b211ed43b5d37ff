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

from typing import NamedTuple

from askback.text.doc import Doc
from askback.text.hours_words import DE_TOKENS, KINDS, Kind, Patterns, patterns
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


def _read(p: Patterns, lower: str, kind: Kind, lo: int, hi: int, i: int) -> Hit | None:
    """The first stated condition of `kind` at the stem at i, in the sentence lower[lo:hi], or
    None. The term is looked for near the stem only (a few words either side), not in the whole
    sentence: the patterns are long alternations, costly at every place of a sentence."""
    for m in p.terms[kind.key].finditer(lower, max(lo, i - 45), min(hi, i + 70)):
        if m.end() <= i:
            continue  # a term before the stem: read at its own stem
        before = lower[max(lo, m.start() - 80) : m.start()]
        after = lower[m.end() : min(hi, m.end() + 60)]
        if p.others_before.search(before) or p.others_after.match(after):
            continue
        sentence = lower[lo:hi]
        off = p.off.match(after) and not p.every_other.search(before)
        if p.neg.search(before) or p.neg_after.match(after) or off:
            if kind.key in ("on-call", "overtime", "evenings-weekends", "shifts"):
                return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
            continue
        # The sentence, or the one before on the same line: "Exempt role; overtime expected."
        unpaid = kind.key in ("overtime", "on-call") and p.unpaid.search(
            lower, max(lo - 100, lower.rfind("\n", 0, lo) + 1), hi
        )
        if kind.key == "overtime" and not unpaid and p.paid.search(sentence):
            return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
        if kind.key == "overtime" and not unpaid and not p.expected.search(sentence):
            continue  # "overtime" named with no expectation: a policy or a benefit line
        if kind.key == "evenings-weekends" and not p.at_work.search(sentence):
            continue  # "drinks on Friday evenings", "a weekend retreat": not working time
        level = Level.CONCERN if unpaid else Level.INFO
        return Hit(kind, m.start(), m.end(), (lo, hi), level)
    return None


def check(doc: Doc) -> list[Hit]:
    """One hit a kind at most: the first place the ad states it."""
    lower = doc.lower
    vocab = doc.vocab
    german = "de" in doc.shares
    out: list[Hit] = []
    for kind in KINDS:
        stems = () if vocab.isdisjoint(kind.tokens) else kind.stems
        if german and not vocab.isdisjoint(DE_TOKENS[kind.key]):
            stems += kind.stems_de
        if not stems:
            continue
        p = patterns()
        lo = hi = -1
        found: Hit | None = None
        for stem in stems:
            i = lower.find(stem)
            while i >= 0 and found is None:
                if not lo <= i < hi:
                    lo, hi = _sentence(p, lower, i)
                found = _read(p, lower, kind, lo, hi, i)
                i = lower.find(stem, i + len(stem))
            if found is not None:
                break
        if found is not None:
            out.append(found)
    return out


def findings(doc: Doc) -> list[Finding]:
    out = []
    for hit in check(doc):
        k = hit.kind
        lo, hi = hit.sentence
        said = doc.text[lo:hi].strip()
        if hit.level is Level.POSITIVE:
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
                data={"kind": k.key},
            )
        )
    return out
