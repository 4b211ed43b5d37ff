"""The answer analyzer: tells a concrete measure from a vague intention, in English or German.

It counts concrete evidence (numbers, dates, named programmes, owners, past actions, outcomes)
against vague signs (intentions, value talk, hedging, deflection, absence) and suggests a rating
from 1 to 5 with the spans it relied on. The user always decides: this is a suggestion.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from askback.errors import InputError
from askback.text import answers_de, answers_outcomes, answers_stops, lexicon, redflags
from askback.text import lang as langs
from askback.text.doc import lowered, token_rx
from askback.text.normalize import normalize
from askback.text.report import Span

MAX_NOTES = 100_000
CONCRETE = (
    "number",
    "date",
    "programme",
    "owner",
    "past-action",
    "outcome",
    "practice",
    "in-place",
    "gate",
)
VAGUE = ("intent", "future", "values", "culture-talk", "hedge", "deflection", "absence", "failure")
RATING_WORDS = {1: "red flag", 2: "weak", 3: "adequate", 4: "good", 5: "exemplary"}
_LABELS = {
    "number": "a number",
    "date": "a date",
    "programme": "a named programme or policy",
    "owner": "an owner",
    "past-action": "something they did",
    "outcome": "an outcome",
    "practice": "a practice with its cadence",
    "in-place": "a practice in place since a date",
    "gate": "a rule applied to every case",
    "intent": "an intention",
    "future": "a plan not yet carried out",
    "values": "value talk",
    "culture-talk": "talk about the culture instead of a practice",
    "failure": "something that stopped with nothing after it",
    "formality": "a rule said to be a formality",
    "hedge": "hedging",
    "deflection": "deflection",
    "absence": "an admitted absence",
}


# "We are 300 people across 4 offices", "a team of 12", "gegründet 1998", "seit 1990 am Markt",
# "120 Mitarbeitende an drei Standorten": the size or age of the company, not a measure. A share
# ("12 of 40 people"), a count after a deed ("we hired 14 people") or a turnout ("about 200
# people attended") is not a size: only a headcount after "we are / we have / there are", a
# count of places, or a founding year.
_SIZE = re.compile(
    r"(?i)\b(?:we're|we are|are|have|has|'ve got|have got|employ|employs|there are|sind|"
    r"haben|hat|beschäftigen|beschäftigt|zählen|es gibt|with|mit)\s+"
    r"(?:about |around |roughly |some |almost |nearly |over |approximately |rund |etwa |knapp |"
    r"über |ca\. |only |just |nur |erst )?"
    r"(?P<n>[\w.,]+)\s+(?:people|employees|staff|colleagues|ftes?|"
    r"mitarbeitende\w*|mitarbeiter(?:innen)?|leute|menschen|beschäftigte\w*|köpfe|"
    r"kolleg(?:inn)?en|teams|products|departments|business units|brands|abteilungen|produkte|"
    r"marken)\b"
    r"(?!\s+(?:on|through|who|that|were|have|had|took|got|joined|attended|completed|went|"
    r"received|in (?:the|our|this|that))\b)"
    r"|\b(?:across|in|at|with|over|an|mit|auf)\s+(?P<p>[\w.,]+)\s+(?:offices|locations|sites|"
    r"countries|standorten?|niederlassungen|ländern|büros)\b"
    r"|\b(?:team|company|firm|start-?up|business) of (?:about |around |some |roughly )?"
    r"(?P<t>\d[\d.,]*)\b"
    # "ein Team von 12 Personen", "eine Firma mit rund 40 Leuten": the same size in German.
    r"|\b(?:team|firma|unternehmen|betrieb|start-?up|abteilung) (?:von|mit) "
    r"(?:rund |etwa |ca\. |knapp |gut |über |nur |erst )?(?P<t2>\d[\d.,]*)\b"
    r"|\b(?:founded|established|gegründet|gründung)\s+(?:in\s+|im jahr\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b"
    r"|\b(?:been around|in business|existed|gibt es uns|existieren wir|bestehen wir)\s+"
    r"(?P<y2>(?:since|seit)\s+(?:19|20)\d{2})\b"
    r"|\b(?P<y3>(?:since|seit)\s+(?:19|20)\d{2})\s+(?:am markt|in business|on the market)"
    r"|\b(?P<a>(?:seit|since|for)\s+(?:über |over |gut |rund |about |almost |fast )?[\w.,]+\s+"
    r"(?:jahren|years))\s+(?:ein |eine |a |an )?(?:familienunternehmen|unternehmen|firma|am markt|"
    r"in business|on the market|family business|family-owned)"
    r"|\b(?:been around|in business|existed|gibt es uns|existieren wir|bestehen wir)\s+"
    r"(?P<a2>(?:for|seit)\s+(?:over |about |almost |über |fast )?[\w.,]+\s+(?:years|jahren))"
    # The speaker's own time here: "I've only been here three months".
    r"|\bbeen (?:here|with (?:the company|us|them)) (?:for )?(?:only |just |about )?"
    r"(?P<h>[\w.,]+ (?:days|weeks|months|years))\b"
    r"|\bbin (?:erst |seit |erst seit )+(?P<h2>[\w.,]+ (?:tagen|wochen|monaten|jahren))"
)


# "25 nationalities", "Menschen aus 30 Nationen": who works there, not a result (looked for only
# in notes that name nations).
_NATIONS = re.compile(
    r"(?i)\b(\d[\d.,]*|\w+)\s+(?:different\s+|verschiedenen?\s+)?(?:nationalities"
    r"|nationalitäten|nationen)\b"
)


_MORE = re.compile(
    r"(?i),?\s+(?:and\s+|und\s+|sowie\s+)?(\d[\d.,]*|two|three|four|five|six|seven|eight|nine|"
    r"ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:offices|locations|sites|"
    r"countries|teams|products|departments|brands|standorten?|ländern|abteilungen|produkten?|"
    r"marken|people|employees|staff|mitarbeitende\w*|beschäftigte\w*)\b"
)
# A part of that headcount and where it works, right after it: "We are 40 people, about a third
# in engineering", "Wir sind 40 Leute, rund ein Drittel davon in der Entwicklung", "80 staff,
# 12 of them in sales". The company's make-up, no result (round mop).
_PART = re.compile(
    r"(?i),?\s*(?:and\s+|und\s+|with\s+|mit\s+|of\s+whom\s+|von\s+denen\s+|davon\s+)?"
    r"(?:about |around |roughly |some |almost |nearly |over |just over |just under |rund |etwa "
    r"|ca\. |knapp |gut |über |fast |unter )?"
    r"(?P<s>\d[\d.,]*\s?(?:%|percent|prozent)?|half|a half|a third|a quarter|two thirds"
    r"|three quarters|a fifth|(?:ein|zwei)\s+drittel|die hälfte|gut die hälfte|ein viertel"
    r"|drei viertel|ein fünftel)"
    r"(?:\s+(?:of them|of us|of those|davon|von uns|von ihnen))?"
    r"\s+(?:are\s+|sind\s+|work\s+|arbeiten\s+|sit\s+|sitzen\s+|based\s+)?"
    r"(?:in|im|at|bei|on)\s+(?:the\s+|der\s+|den\s+|dem\s+|our\s+|unserer?\s+|unserem\s+)?"
    r"[a-zäöüß&-]{3,}(?![a-zäöüß&-])(?!\s+(?:since|seit|after|nach|last|letzt\w*|this|dieses|are|is|were|was|sind|ist|waren|war)\b)"
)
# How far after a headcount its clause's last verb is looked for, in characters.
_VERB_REACH = 120
_CLAUSE_END = re.compile(r"[.;:!?,()\n–—](?!\d)|$")


def _size_spans(notes: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "nation" in notes.lower():
        out.extend(m.span(1) for m in _NATIONS.finditer(notes))
    for m in _SIZE.finditer(notes):
        if m.group("n"):
            # "Wir haben 35 Mitarbeiterinnen befördert": the verb comes last, and it is a deed.
            # Within a few words: a clause without punctuation is not read to the end of the notes.
            end = _CLAUSE_END.search(notes, m.end(), m.end() + _VERB_REACH)
            rest = notes[m.end() : end.start() if end else m.end() + _VERB_REACH]
            if answers_de.participles(rest):
                continue
        out.extend(m.span(g) for g, found in m.groupdict().items() if found)
        if m.group("n"):
            at = m.end()
            while part := _PART.match(notes, at):
                out.append(part.span("s"))
                at = part.end()
        if m.group("n") or m.group("p"):
            # "12 teams, 8 products and 3 offices": the list goes on with the same kind of count.
            at = m.end()
            while more := _MORE.match(notes, at):
                out.append(more.span(1))
                at = more.end()
    return out


class _Overlaps:
    """Which ranges overlap one of `spans`: by the spans in order of start and the furthest end
    among them so far, so that a text of many spans is not read pair by pair. With `touching`,
    ranges that only meet at an end count as well."""

    def __init__(self, spans: list[tuple[int, int]], touching: bool = False) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.furthest = list(accumulate((b for _, b in ordered), max))
        self.touching = touching

    def __call__(self, start: int, end: int) -> bool:
        if self.touching:
            i = bisect_right(self.starts, end)
            return i > 0 and self.furthest[i - 1] >= start
        i = bisect_left(self.starts, end)
        return i > 0 and self.furthest[i - 1] > start


_PRONOUN_ONE = re.compile(r"(?i)\s*(?:for|of|that|who|which|is|was|[,;.]|$)")
# An owner tied to the measure ("owned by", "verantwortet", "Frau Schneider"), not a role named.
_LINK = re.compile(
    r"(?i)\b(?:owned|led|run|sponsored|chaired|reviewed|approved|checked|geleitet|freigegeben)"
    r" (?:by|von)\b|reports? to|verantwort|zuständig|\bleitet|\bowns?\b|own it|signs? off|"
    r"unter leitung|prüf|genehmigt|\bruns\b|\bchairs\b|kümmer|liegt bei|\b(?:frau|herrn?) "
)
# "Mentoring stopped in 2021, but we replaced it with sponsorship ...": what came in its place.
_REPLACED = re.compile(
    r"(?i)(?<!nothing )(?<!never )(?<!not )(?<!n't )(?<!nie )(?<!nicht )(?<!nichts )"
    r"\b(?:replaced|instead|in its place|succeeded by|ersetzt|stattdessen"
    r"|an (?:seine|ihre|dessen) stelle)"
)
# "Since then", "seitdem": only time, unless a measure of its own follows (a named programme, or
# one in place since a date). "Mentoring stopped; since then we promoted 14 women" is a result
# after a stop, not a measure put in its place.
_SINCE = re.compile(r"(?i)\b(?:since then|seitdem|seither|seit (?:19|20)\d{2} gibt es)\b")


_NOTHING = re.compile(r"(?i)\b(?:nothing|never|nobody|no one|nichts|nie|niemand|keine?n?)\b")
# "It was not replaced", "wurde nie ersetzt": told outright that nothing came in its place.
_NOT_REPLACED = re.compile(
    r"(?i)(?:\b(?:not|never|nicht|nie)\b|n't\b)[^.;:!?]{0,20}?\b(?:replaced|ersetzt|nachbesetzt)\b"
)


def _replaced(notes: str, spans: list[Span]) -> bool:
    """After the last stop, something put in its place and done, with a figure it produced."""
    fails = [s.end for s in spans if s.label == "failure"]
    if not fails:
        return False
    end = max(fails)
    after = {s.label for s in spans if s.start >= end}
    return (
        bool(after & {"past-action", "in-place"})
        and bool(after & {"number", "outcome"})
        and not after & {"absence", "deflection", "intent", "future"}
        and (
            bool(_REPLACED.search(notes, end))
            or (bool(_SINCE.search(notes, end)) and bool(after & {"programme", "in-place"}))
        )
        and not _NOTHING.search(notes, end)
        and not _NOT_REPLACED.search(notes)
    )


# A number that is a share: "40 %", "12 of 40", "neun von zehn", "3 out of 5", "2/3".
_SHARE_MARK = re.compile(r"(?i)%|percent|prozent")
_SHARE_NEXT = re.compile(r"(?i)\s*(?:(?:of|von|out of|aus|in)\b|/)\s*(?:\d|\w)")


def _share(notes: str, span: Span) -> bool:
    return bool(_SHARE_MARK.search(span.text)) or bool(_SHARE_NEXT.match(notes, span.end))


# The owner cues that are verbs of owning or checking rather than a role or a person.
_OWNING = re.compile(
    r"(?i)(?:owned by|led by|run by|sponsored by|chaired by|reports? to|geleitet von"
    r"|verantwortlich ist|zuständig ist|leitet|verantwortet|owns|own it|signs? off|reviewed by"
    r"|approved by|checked by|unter leitung|prüf|genehmigt|freigegeben|runs |chairs |kümmer"
    r"|liegt bei|verantwortlich dafür|dafür zuständig|ist (?:dafür )?(?:verantwortlich|zuständig))"
)
_PLEDGE = re.compile(r"(?i)\b(?:signed|unterzeichnet|unterschrieben|joined|beigetreten)\b")


# A count of inputs, not of results: meetings held, workshops run, bodies set up, rooms, times
# it was mentioned, people who came to an event ("10 all-hands meetings", "3 ERGs and 2
# councils", "5 times in her town hall", "100 people attended", "4 Workshops", "3 Netzwerke").
_INPUT_NOUN = (
    r"(?:meetings?|workshops?|events?|sessions?|trainings?|talks?|webinars?|floors?|rooms?"
    r"|channels?|times|ergs?|networks?|councils?|committees?|groups?|newsletters?|posters?"
    r"|champions?|ambassadors?|botschafter(?:innen)?"
    r"|emails?|town ?halls?|all-hands|panels?|offsites?|lunches|veranstaltungen|netzwerke?"
    r"|sitzungen|schulungen|räume|etagen|stockwerke|mal|gremien|kanäle|vorträge"
    r"|treffen|runden|ausschüsse|beiräte|arbeitsgruppen|aktionstage"
    r"|lunch-and-learns?|hackathons?|seminars?|courses?|lectures?|conferences?|meetups?|surveys?"
    r"|members|mitglieder|kurse|seminare|umfragen|stellenanzeigen|job ads"
    r"|jobs|postings|ads"
    # Hours of training, boards an ad went to, sign-ups, and people put in a role ("je 3
    # Stunden", "14 diversity job boards", "40 sign-ups", "1 DEI lead", "3 Diversity-Beauftragte").
    r"|hours|stunden|boards|sign-?ups?|registrations?|anmeldungen|leads|lead|officers?"
    r"|[\w-]*beauftragte[rn]?"
    # German plurals of the English nouns ("4 Webinare", "ein Aktionstag").
    r"|webinare|aktionstag|hackathons|meetups)"
)
_INPUT_COUNT = re.compile(
    r"(?i)\s+(?:(?:[\w'’-]+\s+){0,2}?" + _INPUT_NOUN + r"\b"
    r"|(?:people|staff|employees|colleagues|personen|leute|mitarbeitende)\s+"
    r"(?:\w+\s+)?(?:attended|came|joined|showed up|took part|nahmen teil|kamen)"
    # The members of a body: "12 people on our diversity council", "8 Personen im Beirat".
    r"|(?:people|members|staff|colleagues|personen|leute|mitglieder|kolleg(?:inn)?en)\s+"
    r"(?:on|in|im|sit on|in (?:the|our)|on (?:the|our)|in (?:unserem|unserer|dem|der))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:council|committee|board|network|group|erg|panel|task ?force"
    r"|beirat|gremium|netzwerk|arbeitskreis|ausschuss|team))"
)
# Putting something on rather than getting a result from it: running sessions, sending a
# survey, training people, posting ads. "We ran 6 sessions on inclusive hiring", "we trained
# 150 managers", "Wir haben 5 Schulungen organisiert": what was put in, with no outcome told.
_INPUT_VERB = re.compile(
    r"(?i)\b(?:ran|run|held|hosted|organi[sz]ed|conducted|delivered|offered|sent(?: out)?|gave"
    r"|did|put on|trained|posted|spent|invested|rolled out|durchgeführt|organisiert|veranstaltet"
    r"|angeboten|abgehalten|gegeben|verschickt|versendet|verteilt|geschult|ausgegeben|gehalten"
    r"|investiert|gegründet|geschaltet|gemacht)\b"
)
# Who a training or a mailing reached: "for 120 managers", "to all 400 employees", "80
# Führungskräfte": people reached by an input, not people it changed.
_PEOPLE = (
    r"(?:managers|leaders|leads|supervisors|people|staff|employees|colleagues|engineers|recruiters|interviewers"
    r"|führungskräfte|mitarbeitende\w*|mitarbeiter(?:innen)?|personen|beschäftigte\w*"
    r"|kolleg(?:inn)?en|recruiter(?:innen)?)"
)
_REACHED = re.compile(r"(?i)\s+(?:[\w'’-]+\s+)??" + _PEOPLE + r"\b")
_PUT_ON = re.compile(r"(?i)\b(?:" + _INPUT_NOUN + "|" + _PEOPLE + r")\b|\b(?:trained|geschult)\b")
_OBJECT_REACH = 100


def _input_clause(notes: str, start: int, end: int) -> str:
    """The clause around notes[start:end], to the clause's end (a few words at most)."""
    lo = max(0, start - _OBJECT_REACH)
    a = max(max(notes.rfind(ch, lo, start) for ch in ".;:!?\n") + 1, lo)
    stop = _CLAUSE_END.search(notes, end, end + _OBJECT_REACH)
    return notes[a : stop.start() if stop else end + _OBJECT_REACH]


# Money spent: "we spend €50k a year on events", "$20,000 invested in training".
_MONEY_BEFORE = ("€", "$", "£")
_MONEY_AFTER = re.compile(r"(?i)\s?(?:€|eur\b|euro\b|usd\b|chf\b|gbp\b|dollars?\b|pounds\b)")
_SPEND = re.compile(
    r"(?i)\b(?:spend|spends|spent|spending|invest|invests|invested|ausgeben|ausgegeben"
    r"|investiert|investieren|budget|budgets|etat)\b"
)


def _input_count(notes: str, span: Span) -> bool:
    if _INPUT_COUNT.match(notes, span.end):
        return True
    money = (span.start > 0 and notes[span.start - 1] in _MONEY_BEFORE) or bool(
        _MONEY_AFTER.match(notes, span.end)
    )
    if money and _SPEND.search(_input_clause(notes, span.start, span.end)):
        return True
    # "We trained 150 managers", "sent a survey to all 400 employees": the people an input
    # reached, counted in a clause whose verb puts something on.
    return bool(_REACHED.match(notes, span.end)) and bool(
        _INPUT_VERB.search(_input_clause(notes, span.start, span.end))
    )


# A body set up: "we set up a DEI council in 2022", "Wir haben eine Arbeitsgruppe gegründet".
# That it exists says nothing of what it did: founding it is what was put in, like a workshop.
_SET_UP = re.compile(
    r"(?i)\b(?:set up|created|founded|established|formed|launched|started|kicked off|stood up"
    r"|gegründet|eingerichtet|ins leben gerufen|gebildet|geschaffen|aufgebaut|gestartet"
    r"|eingesetzt)\b"
)
_BODY = re.compile(
    r"(?i)\b(?:[\w&-]*(?:council|committee|working group|task ?force|steering group|advisory"
    r" board|network|ergs?|employee resource group|forum|guild|round ?table)s?"
    r"|[\wäöüß&-]*(?:arbeitsgruppe|arbeitskreis|beirat|gremium|ausschuss|komitee|kommission"
    r"|netzwerk|taskforce|task-force|steuerkreis|steuerungsgruppe|runder tisch|runden tisch))\b"
)

# A count in the clause other than a year: people who joined a body, members it has.
_COUNTED = re.compile(
    r"(?i)(?<![\w.])(?!(?:19|20)\d{2}\b)\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?|zwei|drei|vier|fünf|sechs"
    r"|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)\b"
)


def _input_deed(notes: str, span: Span) -> bool:
    """A past action that put something on (sessions run, people trained, a survey sent, a body
    set up), told with the thing it put on or the people it reached and no result."""
    clause = _input_clause(notes, span.start, span.end)
    if _SET_UP.search(clause) and _BODY.search(clause) and not _COUNTED.search(clause):
        # "We launched an ERG in Q3 and 40 people joined": who joined is what it drew.
        return True
    if not _INPUT_VERB.search(clause):
        return False
    return bool(_PUT_ON.search(clause))


@dataclass(slots=True)
class AnswerAnalysis:
    """How concrete an answer was, the suggested rating, and the spans behind both."""

    suggested_rating: int | None
    concreteness: float
    spans: list[Span] = field(default_factory=list)
    explanation: str = ""
    lang: str = "en"
    # True when the notes tell of a red flag: a measure that stopped, an answer rated 1, or a
    # bank red flag of the question echoed next to a vague or negative sign.
    red_flag: bool = False
    flags: list[str] = field(default_factory=list)  # the question's red flags it resembles

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.spans:
            out[s.label] = out.get(s.label, 0) + 1
        return out

    def to_dict(self) -> dict[str, object]:
        return {
            "suggested_rating": self.suggested_rating,
            "concreteness": self.concreteness,
            "spans": [
                {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
                for s in self.spans
            ],
            "explanation": self.explanation,
            "lang": self.lang,
            "red_flag": self.red_flag,
            "flags": list(self.flags),
        }


@cache
def _signals() -> list[tuple[str, str, float, re.Pattern[str]]]:
    data = lexicon.read("answers")
    out = []
    for side in ("concrete", "vague"):
        for label, spec in data[side].items():
            out.append((side, str(label), float(spec["weight"]), re.compile(str(spec["pattern"]))))
    return out


@cache
def _gated() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    """More patterns of a label (`more:` in the lexicon), each run only when one of its `needs`
    words stands in the notes: rarer shapes cost nothing on notes that cannot hold them."""
    data = lexicon.read("answers")
    out = []
    for side in ("concrete", "vague"):
        for label, spec in data[side].items():
            for more in spec.get("more") or ():
                needs = tuple(str(w) for w in more["needs"])
                out.append((str(label), needs, re.compile(str(more["pattern"]))))
    return out


# A deed denied: "it wasn't replaced", "we have not yet hired", "wurde nicht ersetzt" (one word
# may stand between; "not only hired" still tells a deed).
_NEGATED = re.compile(r"(?:n't|\bnot|\bnever|\bnicht|\bnie|\bno longer)\s+(?!only\b)(?:\w+\s+)?$")


def _find(notes: str) -> list[Span]:
    lower = lowered(notes)
    spans: list[Span] = []
    for _, label, _, rx in _signals():
        for m in rx.finditer(lower):
            if m.end() > m.start():
                spans.append(Span(m.start(), m.end(), label, notes[m.start() : m.end()]))
    # A gated pattern's match where the label's own pattern found one already is not counted
    # twice (one pattern of alternatives never gave two overlapping matches either).
    found: dict[str, list[tuple[int, int]]] = {}
    for label, needs, rx in _gated():
        if not any(w in lower for w in needs):
            continue
        for m in rx.finditer(lower):
            if m.end() <= m.start():
                continue
            if label not in found:
                found[label] = [(s.start, s.end) for s in spans if s.label == label]
            if any(a < m.end() and m.start() < b for a, b in found[label]):
                continue
            found[label].append(m.span())
            spans.append(Span(m.start(), m.end(), label, notes[m.start() : m.end()]))
    # German keeps a verb's parts apart and writes nouns with a capital: read from the notes.
    for start, end, label in answers_de.spans(notes):
        spans.append(Span(start, end, label, notes[start:end]))
    # A measure that stopped ("the review was dropped"), and a year still to come.
    for start, end, label in (
        answers_stops.stops(notes)
        + answers_stops.future_years(notes)
        + answers_stops.scheduled(notes)
        + answers_stops.lapsed(notes)
    ):
        spans.append(Span(start, end, label, notes[start:end]))
    # A number inside a date or an outcome is not counted twice.
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), s.label == "number"))
    kept: list[Span] = []
    # The furthest end of the spans kept so far, by label: each starts at or before the span at
    # hand (the order above), so it lies inside one of another label that ends at or after it.
    furthest: dict[str, int] = {}
    for s in spans:
        if s.label in ("number", "date") and any(
            e >= s.end for label, e in furthest.items() if label != s.label
        ):
            continue
        if s.label == "past-action" and _NEGATED.search(lower, max(0, s.start - 24), s.start):
            continue
        kept.append(s)
        furthest[s.label] = max(furthest.get(s.label, s.end), s.end)
    # "Mentoring stopped when the sponsor left": the stop is the failure, not a deed; the
    # "policy" of an "open-door policy" is culture talk, not a named policy.
    # "not sure who runs them": the owner is the one they cannot name.
    # "Modelle prüfen wir nicht formal": the check they name is the one they do not do; "das
    # wird in der Geschäftsführung besprochen": the body is where it is talked about.
    covers = {
        "failure": ("past-action", "outcome", "in-place"),
        # "hat sich der Chancengleichheit verschrieben": the perfect tense of a creed, no deed.
        "values": ("past-action",),
        "culture-talk": ("programme", "gate"),
        "hedge": ("owner",),
        # "the new rota is meant to cut pages by half": the result is what they hope for; "es
        # wurde beschlossen, dass … soll", "was discussed": the decision or talk is the intent.
        "intent": ("owner", "outcome", "past-action"),
        "absence": ("owner", "programme", "past-action", "practice", "gate"),
    }
    # "We are 300 people", "founded in 1998": the company's size or age, not a measure.
    sizes = _size_spans(notes)
    if sizes:
        in_size = _Overlaps(sizes)
        kept = [
            k
            for k in kept
            if k.label not in ("number", "date", "in-place") or not in_size(k.start, k.end)
        ]
    # "one for LGBTQ+ staff" is a pronoun, not a count.
    kept = [
        k
        for k in kept
        if not (
            k.label == "number" and k.text.lower() == "one" and _PRONOUN_ONE.match(notes, k.end)
        )
    ]
    kept += answers_outcomes.spans(notes, kept)
    for label, inside in covers.items():
        outer = [(k.start, k.end) for k in kept if k.label == label]
        if outer:
            # Spans that meet one of the label's spans, even at an end, looked up by position.
            meets = _Overlaps(outer, touching=True)
            kept = [k for k in kept if k.label not in inside or not meets(k.start, k.end)]
    return _unsure_outcomes(notes, kept)


# Where a clause starts: after a sentence mark, a semicolon or a line break.
_CLAUSE_MARK = re.compile(r"[.;!?\n]")


def _unsure_outcomes(notes: str, kept: list[Span]) -> list[Span]:
    """An outcome told unsure ("retention went up a bit, I think" is not one, but "ist glaub
    ich etwas gesunken", "improved, I guess" and "ist irgendwie gestiegen" are): a hedge inside
    the outcome or before it in its clause (at most 40 characters back) takes the result away."""
    hedges = sorted(k.start for k in kept if k.label == "hedge")
    if not hedges:
        return kept
    out = []
    for k in kept:
        if k.label == "outcome":
            lo = max(0, k.start - 40)
            marks = [m.end() for m in _CLAUSE_MARK.finditer(notes, lo, k.start)]
            start = marks[-1] if marks else lo
            i = bisect_left(hedges, start)
            if i < len(hedges) and hedges[i] < k.end:
                continue
        out.append(k)
    return out


def _deeds(counts: dict[str, int]) -> int:
    """What was done: past actions and outcomes; a practice on a cadence only with a figure it
    produced ("we track attrition each quarter; it was 8 %"), else it is a thin fact. Signing a
    charter is a pledge, not a deed."""
    measured = counts.get("practice", 0) if counts.get("number") else 0
    done = counts.get("past-action", 0) + counts.get("outcome", 0) + counts.get("in-place", 0)
    # A share with the time it was measured ("last quarter, 38% of new hires came through the
    # bootcamp") is a result, unless it is what a plan aims for ("by 2027, 40% women").
    if (
        counts.get("share")
        and counts.get("date")
        and not (counts.get("intent") or counts.get("future"))
    ):
        done += 1
    return done + measured - counts.get("pledge", 0)


def _checkable(counts: dict[str, int]) -> bool:
    """A number, date, cadence or rule the candidate could check."""
    return any(counts.get(k) for k in ("number", "date", "practice", "gate", "in-place"))


def _weights() -> dict[str, float]:
    return {label: w for _, label, w, _ in _signals()}


def suggest(concrete: float, vague: float, counts: dict[str, int]) -> int | None:
    """A rating from the balance of evidence: deflection and admitted absence weigh heaviest."""
    if concrete == 0 and vague == 0:
        return None
    negative = 2.5 * counts.get("deflection", 0) + 2.0 * counts.get("absence", 0)
    if negative >= 2 and concrete < 2:
        return 1
    net = concrete - vague
    if net <= -2:
        return 2
    if net < 1.5:
        return 3 if concrete >= 1 else 2
    deeds = _deeds(counts)
    if net >= 6 and deeds >= 1 and vague == 0:
        return 5
    # Good needs something done, something to check, or someone answerable for it: a role or a
    # body only named ("a works council", "an equality officer") is not yet an owner of a measure.
    answerable = _checkable(counts) or counts.get("owner-link", 0) > 0
    return 4 if deeds or (net >= 2.5 and answerable) else 3


def _cap(rating: int | None, counts: dict[str, int]) -> int | None:
    """Limits that hold whatever the balance: words about plans, culture or bodies are not
    measures, and a measure that stopped is a red flag."""
    if rating is None:
        return None
    deeds = _deeds(counts)
    owner = counts.get("owner", 0)
    if counts.get("failure"):
        # Told as a failure with nothing done since: a red flag; with a later deed, weak; with
        # a measure put in its place that has a figure to show, it is judged like that measure.
        # ("Since 2023" beside a stop dates the stop, not a practice.)
        if counts.get("replaced"):
            return min(rating, 4)
        return 2 if counts.get("past-action") or counts.get("outcome") else 1
    if counts.get("formality"):
        # "Every promotion goes through a panel. Later the engineer said the VP decides alone":
        # the rule is told and then undone by someone who lives it, so it is at most fair.
        rating = min(rating, 3)
    if not deeds and (counts.get("intent") or counts.get("future")):
        # "We hope to hire two more women next year": the numbers are the plan's, not results.
        rating = min(rating, 3 if owner and not counts.get("hedge") else 2)
    # "24 Slack channels and a great culture", "drei Kaffeeküchen, das Miteinander ist super":
    # a bare count beside culture talk is still culture talk; a share ("5 of our 8 leads"), or
    # a number with a date, a cadence, a rule or an owner beside it, is something to check.
    measured = counts.get("share") or (
        counts.get("number")
        and any(counts.get(k) for k in ("date", "gate", "practice", "in-place", "owner-link"))
    )
    if not deeds and counts.get("culture-talk") and not measured:
        rating = min(rating, 2)
    if (
        not deeds
        and counts.get("number")
        and counts.get("input-count", 0) >= counts.get("number", 0)
        and not any(counts.get(k) for k in ("share", "owner-link", "gate", "practice", "in-place"))
    ):
        # "We had 2 workshops and people liked them", "3 ERGs and 2 councils", "100 people
        # attended our Pride event": every number counts what was put in, not what came of it.
        rating = min(rating, 2)
    if (
        counts.get("input-deed")
        and counts.get("input-deed", 0) >= counts.get("past-action", 0)
        and not any(
            counts.get(k)
            for k in ("outcome", "share", "owner-apart", "gate", "practice", "in-place", "replaced")
        )
        and counts.get("input-count", 0) >= counts.get("number", 0)
    ):
        # "We ran 6 sessions on inclusive hiring last spring", "we trained 150 managers": what
        # was done is what was put in; with no result, owner or rule told, it is weak.
        rating = min(rating, 2)
    if (
        counts.get("body")
        and counts.get("body") == counts.get("programme")
        and counts.get("past-action", 0) <= counts.get("input-deed", 0)
        and not any(
            counts.get(k)
            for k in ("outcome", "share", "gate", "practice", "owner-link", "number", "replaced")
        )
    ):
        # "We established a DEI council in 2022", "there has been a council since 2022": a
        # body, when it was set up, and nothing it did, decided or drew. The date is the
        # body's, not a result's.
        rating = min(rating, 2)
    if not deeds and counts.get("values") and not _checkable(counts):
        # "The management finds the topic very important": who holds the view, not a measure.
        rating = min(rating, 2)
    # A role beside a cadence ("twice a year, the head of HR chairs it") runs the practice.
    linked = counts.get("owner-link", 0) or (owner and counts.get("practice", 0))
    if not deeds and not linked and not any(counts.get(k) for k in ("number", "date", "gate")):
        # Bodies and policies named, with no outcome, owner, number, date or rule they apply to
        # every case: that they exist says nothing about what they do, so it is weak. A role
        # only named ("there is an equality officer") is one more body, not an owner of it.
        rating = min(rating, 2 if counts.get("programme") else 3)
    only_date = counts.get("date") and not any(
        counts.get(k)
        for k in ("owner", "number", "programme", "practice", "gate", "in-place", "share")
    )
    if counts.get("hedge") and only_date and not deeds:
        # Only a date, said unsure ("there were some changes last year, I think"): nothing the
        # candidate could check.
        rating = min(rating, 2)
    owned = ("programme", "number", "date", "practice", "gate", "in-place")
    roles_only = owner and counts.get("role", 0) == owner
    if roles_only and not deeds and not any(counts.get(k) for k in owned):
        # A role with nothing it owns ("our CEO is passionate about it", "the head of people is
        # looking into it"): it says who, not what was done or what could be checked. Owners
        # read from a verb ("prüfen wir", "owns it") say what is done, and are left alone.
        rating = min(rating, 2)
    checkable = ("number", "date", "owner", "share", "outcome", "gate", "practice", "in-place")
    if counts.get("hedge") and not any(counts.get(k) for k in (*checkable, "programme")):
        # A deed said unsure, with nothing named to check ("we did a survey once, I think it
        # was positive"): no date, number, owner, outcome or programme behind it.
        rating = min(rating, 2)
    if counts.get("hedge", 0) >= 2 and not deeds and not owner:
        # Unsure twice over ("I think there are some initiatives, but I'm not sure who runs
        # them"): nothing the candidate could check.
        rating = min(rating, 2)
    return rating


def analyze(notes: str, lang: str | None = None, red_flags: Sequence[str] = ()) -> AnswerAnalysis:
    """Suggest a rating for the notes on one answer; the user always has the last word.

    `red_flags` are the question's red flags from the bank: one the notes echo is named in the
    result, and with a vague or negative sign beside it the suggestion is at most 2.
    """
    if lang is not None and lang not in ("en", "de"):
        raise InputError("lang must be 'en' or 'de' (or left out to detect it)")
    notes = normalize(notes)
    if not notes or not notes.strip():
        raise InputError("there is no answer to analyze: the notes are empty")
    if len(notes) > MAX_NOTES:
        raise InputError(f"the notes are {len(notes):,} characters, over the {MAX_NOTES:,} limit")
    found_lang = lang or langs.detect(token_rx().findall(notes.lower()), minimum=1)
    if found_lang not in ("en", "de"):
        found_lang = "en"
    spans = _find(notes)
    weights = _weights()
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.label] = counts.get(s.label, 0) + 1
    concrete = sum(weights[k] * n for k, n in counts.items() if k in CONCRETE)
    vague = sum(weights[k] * n for k, n in counts.items() if k in VAGUE)
    # Derived counts, not spans: owners tied to the measure, and deeds that are only pledges.
    counts["owner-link"] = sum(1 for s in spans if s.label == "owner" and _LINK.search(s.text))
    # Owners named as a role ("our CEO"), not as a verb of checking ("prüfen wir", "owns it").
    counts["role"] = sum(1 for s in spans if s.label == "owner" and not _OWNING.search(s.text))
    counts["replaced"] = int(_replaced(notes, spans))
    counts["pledge"] = sum(1 for s in spans if s.label == "past-action" and _PLEDGE.search(s.text))
    counts["share"] = sum(1 for s in spans if s.label == "number" and _share(notes, s))
    counts["input-count"] = sum(
        1 for s in spans if s.label == "number" and not _share(notes, s) and _input_count(notes, s)
    )
    # An owner that is not what a deed set up: "von der HR-Leitung nachgehalten" answers for
    # the measure; "wir haben 3 Diversity-Beauftragte ernannt" names what was put in.
    in_deed = _Overlaps([(s.start, s.end) for s in spans if s.label == "past-action"])
    counts["owner-apart"] = sum(
        1 for s in spans if s.label == "owner" and not in_deed(s.start, s.end)
    )
    counts["input-deed"] = sum(
        1 for s in spans if s.label == "past-action" and _input_deed(notes, s)
    )
    # Bodies among the named programmes: a council, a committee, a working group, a network.
    counts["body"] = sum(1 for s in spans if s.label == "programme" and _BODY.search(s.text))
    concreteness = round(concrete / (concrete + vague + 1.0), 3)
    rating = _cap(suggest(concrete, vague, counts), counts)
    flags = [m.flag for m in redflags.matching_flags(notes, red_flags)] if red_flags else []
    backed = _deeds(counts) > 0 or any(
        counts.get(k) for k in ("owner-link", "gate", "practice", "in-place", "outcome")
    )
    echoed = bool(flags) and (any(counts.get(k) for k in VAGUE) or not backed)
    if echoed:
        # The bank names this as a red flag, and the notes say it with a vague or negative sign
        # or with nothing done, owned or applied to every case against it.
        rating = 2 if rating is None else min(rating, 2)
    if not echoed:
        flags = []  # words shared with a flag, but the notes say the opposite of it
    # A stop with a measured replacement is judged like the replacement: no red flag of its own.
    red = (bool(counts.get("failure")) and not counts.get("replaced")) or rating == 1 or echoed
    return AnswerAnalysis(
        rating,
        concreteness,
        spans,
        _explain(rating, counts, flags),
        found_lang,
        red_flag=red,
        flags=flags,
    )


def _explain(rating: int | None, counts: dict[str, int], flags: Sequence[str] = ()) -> str:
    # What stopped was replaced: "with nothing after it" would say the opposite.
    names = {**_LABELS, "failure": "a measure that stopped"} if counts.get("replaced") else _LABELS

    def listed(labels: tuple[str, ...]) -> str:
        parts = [
            f"{names[k]}" + (f" ×{counts[k]}" if counts[k] > 1 else "")
            for k in labels
            if counts.get(k)
        ]
        return ", ".join(parts)

    good, bad = listed(CONCRETE), listed(VAGUE)
    if rating is None:
        return (
            "No concrete evidence and no vague signs found: too little to suggest a rating. "
            "Rate it yourself, or add what was said."
        )
    lines = [f"Suggested {rating} ({RATING_WORDS[rating]})."]
    if good:
        lines.append(f"Concrete: {good}.")
    if bad:
        lines.append(f"Vague: {bad}.")
    if counts.get("failure") and counts.get("replaced"):
        lines.append("A measure stopped; what replaced it is what counted.")
    elif counts.get("failure"):
        lines.append("A measure that stopped with nothing in its place is a red flag.")
    if flags:
        lines.append(f"It resembles this question's red flag: “{flags[0]}”.")
    if rating <= 2 and not good:
        lines.append("Nothing checkable was said; ask for an example, a number or who owns it.")
    elif rating >= 4 and "outcome" not in counts:
        lines.append("Ask what changed as a result, to confirm it.")
    lines.append("A suggestion only: you decide the rating.")
    return " ".join(lines)
