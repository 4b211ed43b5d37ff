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
from dataclasses import dataclass

from askback.text.doc import Doc
from askback.text.report import Area, Finding, Level, Span

# The patterns read a sentence of the lower-cased text, with the stem's place in it.


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    tokens: frozenset[str]  # words of which one must stand in the ad for the English stems
    stems: tuple[str, ...]  # English stems, looked for when one of `tokens` stands
    stems_de: tuple[str, ...]  # German stems (compounds), looked for in German text only
    term: re.Pattern[str]  # the condition itself, matched in the sentence
    title: str
    why: str
    ask: str
    tags: tuple[str, ...]


_W = r"[\w'’-]+"
# A no before the term: "no on-call", "keine Rufbereitschaft", "without weekend work".
_NEG = re.compile(
    rf"(?:\b(?:no|without|never|zero|free\s+of|free\s+from|kein|keine|keinen|keiner|ohne|frei\s+von)"
    rf"\s+(?:{_W}\s+){{0,2}}|\bnot?\s+(?:required|expected|needed)\s+(?:to\s+)?(?:{_W}\s+){{0,2}})$"
)
# "..., no weekends", "Rufbereitschaft: nein", "on-call is not required", "weekends off".
# "weekends off", "Wochenenden frei" (not "every other weekend off": that one is worked).
_OFF = re.compile(r"^s?\s+(?:off|frei)\b")
_EVERY_OTHER = re.compile(
    r"\b(?:every\s+other|alternate|one\s+in\s+\w+|(?:start|kick|round|top|finish)\w*\s+"
    r"(?:\w+\s+){0,2})\s*$"
)
_NEG_AFTER = re.compile(
    r"^[\w\s/-]{0,25}?(?:\s*[:=]\s*(?:no|none|nein|keine?)\b|\s+(?:is|are|will\s+be)\s+not\s+"
    r"(?:required|expected|needed|part)|\s+(?:gibt\s+es|fällt|fallen)\s+"
    r"(?:bei\s+uns\s+)?(?:nicht|keine?|weg)|\s+(?:ist|sind)\s+(?:nicht|kein)\s+(?:nötig|"
    r"erforderlich|vorgesehen|teil))"
)
# Someone else's duty: the reader plans it, the firm sells to it, clients cut it.
_OTHERS_BEFORE = re.compile(
    r"\b(?:plan|plans|planning|organi[sz]e|organi[sz]es|organi[sz]ing|manage|manages|managing|"
    r"coordinate|coordinates|coordinating|co-ordinate|co-ordinating|schedule|scheduling|"
    r"maintain|maintaining|administer|administering|book|booking|books|arrange|arranging|"
    r"process|processing|approve|approving|authori[sz]e|monitor|monitoring|track|tracking|"
    r"reduce|reducing|cut|cutting|minimi[sz]e|minimi[sz]ing|control|controlling|calculate|"
    r"calculating|excluding|credit\s+(?:is\s+)?given\s+for|help\s+(?:our\s+)?clients|helping\s+(?:our\s+)?clients|liaise\s+with|"
    r"contact|contacting|escalate\s+to|planen|planst|plant|organisieren|organisierst|"
    r"organisiert|koordinieren|koordinierst|koordiniert|erstellen|erstellst|verwalten|"
    r"verwaltest|abrechnen|abrechnung|reduzieren|senken|buchen|buchst|"
    r"disposition|einsatzplanung|dienstplanung)\s+(?:[\w'’/-]+\s+){0,4}$"
)
_OTHERS_AFTER = re.compile(
    r"^[\w-]*\s+(?:industry|industries|agency|agencies|agent|agents|company|companies|sector|"
    r"management|booking|bookings|arrangements|insurance|retail|tech|platform|provider|"
    r"providers|brand|brands|clients|customers|products?|branche|unternehmen|portal|doctor|"
    r"doctors|physician|physicians|registrar|registrars|consultant|consultants|team|teams|"
    r"manager|managers|staff|centre|center|costs?|budget|budgets|spend|data|reports?|"
    r"records?|planning|plan|plans|rota\s+for|schedules?\s+for)\b|"
    r"^[\w\s-]{0,30}?\b(?:(?:is|are)\s+)?provided\s+by\b"
)
# Unpaid or unlimited: a concern.
_UNPAID = re.compile(
    r"\b(?:included\s+in\s+(?:the\s+|your\s+)?(?:base\s+)?(?:salary|pay|compensation)|"
    r"covered\s+by\s+(?:the\s+|your\s+)?(?:salary|pay)|compensated\s+(?:by|through)\s+"
    r"(?:the\s+|your\s+)?salary|unpaid|not\s+(?:be\s+)?(?:paid|compensated)|without\s+"
    r"(?:additional|extra)\s+(?:pay|compensation)|no\s+(?:overtime\s+)?(?:pay|compensation)|"
    r"exempt|(?:mit\s+dem|durch\s+das|im)\s+(?:\w+\s+)?(?:gehalt|entgelt|lohn)\s+"
    r"(?:\w+\s+)?abgegolten|abgegolten|pauschal\s+vergütet|unbezahlt|nicht\s+vergütet|"
    r"ohne\s+(?:zusätzliche\s+)?vergütung|unlimited|unbegrenzt|whatever\s+it\s+takes|"
    r"as\s+long\s+as\s+it\s+takes)"
)
# Paid or given back as time off: a positive reading.
_PAID = re.compile(
    r"\b(?:(?:is|are|will\s+be|gets?|get)\s+(?:fully\s+)?(?:paid|compensated|remunerated|"
    r"reimbursed)|paid\s+overtime|overtime\s+(?:pay|premium|rate|is\s+paid|paid)|time\s+and\s+"
    r"a\s+half|double\s+time|enhanced\s+rates?|opportunit\w*\s+(?:for|of|to)\s+(?:\w+\s+)?"
    r"overtime|offer\s+of\s+[\w\s,]{0,40}overtime|earn\s+more|time\s+off\s+in\s+"
    r"lieu|toil|time\s+off|(?:werden|wird)\s+(?:\w+\s+){0,3}(?:vergütet|bezahlt|ausgeglichen|"
    r"ausbezahlt|erfasst)|freizeitausgleich|überstundenausgleich|zeitausgleich|"
    r"(?:vergütung|ausgleich|bezahlung)\s+(?:von|der|aller)\s+überstunden)"
)

_ON_CALL = Kind(
    "on-call",
    frozenset({"call", "oncall"}),
    ("on-call", "on call", "oncall"),
    ("rufbereitschaft", "bereitschaftsdienst", "rufdienst"),
    re.compile(
        r"\bon[\s-]?call(?!s|\s+(?:centre|center|us|me|him|her|them))\b|"
        r"rufbereitschaft\w*|bereitschaftsdienst\w*|\brufdienst\w*"
    ),
    "On-call duty is part of the job",
    "Being on call takes evenings, nights or weekends even when nothing happens: how often "
    "your turn comes, how it is paid and what rest follows a call-out decide what it costs you.",
    "How many weeks a year would I be on call, how is it paid, and what rest follows a night "
    "call-out?",
    ("on-call", "working-hours"),
)
_OVERTIME = Kind(
    "overtime",
    frozenset({"overtime"}),
    ("overtime",),
    ("überstunden", "mehrarbeit"),
    re.compile(r"\bovertime\b|überstunden\w*|\bmehrarbeit\b"),
    "The ad expects overtime",
    "The ad says the hours can run past the contract. How often, how it is recorded and whether "
    "it is paid or given back as time off decide your real hourly pay and your evenings.",
    "How many hours does a normal week really take, how is overtime recorded, and is it paid or "
    "taken as time off?",
    ("overtime", "working-hours"),
)
_EVENINGS = Kind(
    "evenings-weekends",
    frozenset({"weekend", "weekends", "evening", "evenings", "night", "nights", "outside"}),
    (
        "weekend",
        "evening",
        "nights",
        "night work",
        "out of hours",
        "out-of-hours",
        "outside of normal",
        "outside normal",
        "outside regular",
        "outside of regular",
        "outside office",
        "outside business",
        "outside of office",
        "outside of business",
    ),
    (
        "wochenend",
        "abend",
        "nachtarbeit",
        "nachtdienst",
        "außerhalb der",
        "sonn- und",
        "feiertagsarbeit",
        "feiertagsdienst",
    ),
    re.compile(
        r"\b(?:evenings?|weekends?|nights?|"
        r"out[\s-]of[\s-]hours|outside\s+(?:of\s+)?(?:normal|regular|standard|usual|core|office|"
        r"business)\s+(?:working\s+|office\s+|business\s+)?hours)\b|"
        r"wochenend\w*|\babends?\b|abend-|\bnacht(?:arbeit|dienst\w*)|sonn-\s+und\s+feiertag\w*|"
        r"feiertags(?:arbeit|dienst)\w*|außerhalb\s+der\s+(?:regulären|üblichen|normalen|regelmäßigen|"
        r"gewöhnlichen)\s+(?:arbeits|dienst|geschäfts|büro)zeit\w*"
    ),
    "Evening, night or weekend work is part of the job",
    "Work outside the usual day takes the time that family, rest and friends need. How often "
    "it comes, how far ahead you know, and whether it is paid or given back decide its cost.",
    "How often would I work evenings, nights or weekends, how far ahead is it planned, and how is "
    "it paid or given back?",
    ("working-hours", "availability"),
)
_SHIFTS = Kind(
    "shifts",
    frozenset({"shift", "shifts"}),
    ("shift",),
    ("schicht",),
    re.compile(
        r"\b(?:shift\s+(?:work|working|pattern|patterns|system|rota|rotas|basis|rotation)|"
        r"(?:rotating|rotational|alternating|rotating\s+day|night|early|late|day\s+and\s+night|"
        r"\d{1,2}[\s-]?(?:hour|hr|h))\s+shifts?|shifts?\s+(?:including|of\s+\d)|"
        r"work(?:ing)?\s+(?:in\s+)?shifts)\b|"
        r"\b(?:früh|spät|nacht|tag|wechsel)?schicht(?:dienst|arbeit|betrieb|system|modell|plan)\w*|"
        r"\bwechselschicht\w*|\b(?:zwei|drei|vier)schicht\w*|"
        r"\bin\s+schichten\b|\bschicht-\s+und\b"
    ),
    "Shift work is part of the job",
    "Shifts set when you sleep, see family and can plan anything. The pattern, the notice you "
    "get and your say over it matter as much as the pay.",
    "What is the shift pattern, how far ahead is the rota set, and how much say do staff have "
    "over it?",
    ("working-hours", "flexibility"),
)
_TRAVEL = Kind(
    "travel",
    frozenset({"travel", "travelling", "traveling"}),
    ("travel",),
    ("reisebereitschaft", "reisetätigkeit", "dienstreise", "reisen"),
    re.compile(
        r"\b(?:up\s+to\s+|approximately\s+|approx\.?\s+|about\s+|around\s+|ca\.?\s+)?"
        r"\d{1,3}\s?%\s+(?:of\s+(?:the\s+)?time\s+)?(?:travel|travelling|traveling)\b|"
        r"\b(?:travel|travelling|traveling)\s+(?:of\s+|is\s+|will\s+be\s+)?(?:up\s+to\s+|"
        r"approximately\s+|approx\.?\s+|about\s+|around\s+|ca\.?\s+)?\d{1,3}\s?%|"
        r"\b(?:willing(?:ness)?|able|ability|prepared|readiness|expected|required|requires?|"
        r"need|must|requirement)\s+(?:to\s+)?(?:\w+\s+)?(?:travel|for\s+travel)\b|"
        r"\b(?:frequent|extensive|regular|significant|considerable|substantial|overnight)\s+"
        r"(?:and\s+\w+\s+)?(?:travel|travelling|traveling)\b(?!\s+(?:industry|agency|costs?|"
        r"expenses|insurance|sector|management|policy|bookings?|arrangements?))|"
        r"\b(?:international|nationwide|national|domestic|global|worldwide|business|occasional|"
        r"some|regional)\s+(?:and\s+\w+\s+)?(?:travel|travelling|traveling)\s+(?:is\s+|will\s+"
        r"be\s+|could\s+be\s+|may\s+be\s+|of\s+)?(?:required|expected|necessary|involved|"
        r"essential|up\s+to|\d)|\b(?:involves?|requires?|includes?|including|with|and)\s+"
        r"(?:some\s+)?(?:international|nationwide|national|domestic|global|worldwide|business|"
        r"occasional|regional)\s+(?:travel|travelling|traveling)\b|"
        r"\b(?:travel|travelling|traveling)\s+(?:is\s+|will\s+be\s+)?(?:required|expected|"
        r"necessary|involved|essential)\b|"
        r"reisebereitschaft\w*|reisetätigkeit\w*|dienstreise\w*|\breisen\s+(?:im\s+umfang|von\s+"
        r"bis\s+zu|zu\s+kunden|ins\s+ausland|in\s+(?:ganz|die)\s+\w+)"
    ),
    "The job involves travel",
    "Travel takes nights away and time on the road that often counts neither as working time "
    "nor as your own. The share, the notice and whether travel time is paid decide its cost.",
    "How many days a month would I travel, with how much notice, and does travel time count as "
    "working time?",
    ("travel", "working-hours"),
)

KINDS = (_ON_CALL, _OVERTIME, _EVENINGS, _SHIFTS, _TRAVEL)
_ABBREV = re.compile(
    r"(?:\bca|\bapprox|\bz\.b|\bbzw|\bu\.a|\bggf|\binkl|\bincl|\be\.g|\bi\.e|\bmin)$"
)


# A sentence ends at '!', '?', ';', a bullet, or a full stop before a space.
_END = re.compile(r"[!?;•]|\.(?=\s)")


def _sentence(lower: str, i: int) -> tuple[int, int]:
    """The sentence (or line) around offset i: cut at a line break, at '.', '!', '?', ';' or a
    bullet (not the full stop of "ca." or "e.g."), and at most 220 characters either side."""
    lo = max(lower.rfind("\n", 0, i) + 1, i - 220)
    hi = lower.find("\n", i)
    hi = min(len(lower) if hi < 0 else hi, i + 220)
    for m in _END.finditer(lower, lo, i):
        j = m.start()
        if lower[j] != "." or not _ABBREV.search(lower, max(lo, j - 7), j):
            lo = j + 1
    for m in _END.finditer(lower, i, hi):
        j = m.start()
        if lower[j] != "." or not _ABBREV.search(lower, max(lo, j - 7), j):
            hi = j
            break
    return lo, hi


@dataclass(slots=True)
class Hit:
    kind: Kind
    start: int
    end: int
    sentence: tuple[int, int]
    level: Level


def _read(lower: str, kind: Kind, lo: int, hi: int, i: int) -> Hit | None:
    """The first stated condition of `kind` at the stem at i, in the sentence lower[lo:hi], or
    None. The term is looked for near the stem only (a few words either side), not in the whole
    sentence: the patterns are long alternations, costly at every place of a sentence."""
    for m in kind.term.finditer(lower, max(lo, i - 45), min(hi, i + 70)):
        if m.end() <= i:
            continue  # a term before the stem: read at its own stem
        before = lower[max(lo, m.start() - 80) : m.start()]
        after = lower[m.end() : min(hi, m.end() + 60)]
        if _OTHERS_BEFORE.search(before) or _OTHERS_AFTER.match(after):
            continue
        sentence = lower[lo:hi]
        off = _OFF.match(after) and not _EVERY_OTHER.search(before)
        if _NEG.search(before) or _NEG_AFTER.match(after) or off:
            if kind.key in ("on-call", "overtime", "evenings-weekends", "shifts"):
                return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
            continue
        # The sentence, or the one before on the same line: "Exempt role; overtime expected."
        unpaid = kind.key in ("overtime", "on-call") and _UNPAID.search(
            lower, max(lo - 100, lower.rfind("\n", 0, lo) + 1), hi
        )
        if kind.key == "overtime" and not unpaid and _PAID.search(sentence):
            return Hit(kind, m.start(), m.end(), (lo, hi), Level.POSITIVE)
        if kind.key == "overtime" and not unpaid and not _EXPECTED.search(sentence):
            continue  # "overtime" named with no expectation: a policy or a benefit line
        if kind.key == "evenings-weekends" and not _AT_WORK.search(sentence):
            continue  # "drinks on Friday evenings", "a weekend retreat": not working time
        level = Level.CONCERN if unpaid else Level.INFO
        return Hit(kind, m.start(), m.end(), (lo, hi), level)
    return None


# Overtime as a condition of the job, not just the word.
_EXPECTED = re.compile(
    r"\b(?:expected|required|requires?|may|might|will|must|occasional(?:ly)?|regular(?:ly)?|"
    r"frequent(?:ly)?|willing(?:ness)?|able|ability|prepared|readiness|flexib\w*|necessary|"
    r"needed|as\s+needed|when\s+needed|when\s+required|periods?|peaks?|part\s+of|involves?|"
    r"included|includes?|covered|exempt|unpaid|work(?:ing)?|hours?|bereitschaft|gelegentlich\w*|"
    r"regelmäßig\w*|erforderlich|notwendig|erwartet|abgegolten|anfallend\w*|anfallen|leisten|"
    r"möglich|spitzen|phasen|gehören|gehört|sind|ist|vergütet|unbezahlt)\b"
)


# Evening or weekend hours as working time: work, duty, availability, cover.
_AT_WORK = re.compile(
    r"\b(?:work|works|working|worked|shifts?|rota|rotas|duty|duties|availability|available|"
    r"cover|covering|required|expected|willing(?:ness)?|flexib\w*|able\s+to|must|"
    r"including|includes?|on\s+call|support|arbeit\w*|\w+arbeit|dienst\w*|\w+dienst\w*|"
    r"einsatz\w*|einsätze|bereitschaft|erforderlich|notwendig|erwartet|flexibilität|"
    r"erreichbar\w*|arbeitszeit\w*)\b"
)


# The German words, one of which must stand in the ad before its German stems are looked for
# (a substring search for each compound stem in every German ad costs more than the check).
_DE_TOKENS: dict[str, frozenset[str]] = {
    "on-call": frozenset({
        "rufbereitschaft", "rufbereitschaften", "rufbereitschaftsdienst", "rufbereitschaftsdienste",
        "rufbereitschaftsdiensten", "bereitschaftsdienst", "bereitschaftsdienste",
        "bereitschaftsdiensten", "bereitschaftsdienstes", "rufdienst", "rufdienste", "rufdiensten",
        "rufbereitschaftszulage", "bereitschaft",
    }),
    "overtime": frozenset({"überstunden", "mehrarbeit", "überstundenausgleich"}),
    "evenings-weekends": frozenset({
        "wochenende", "wochenenden", "wochenendarbeit", "wochenenddienst", "wochenenddienste",
        "wochenenddiensten", "wochenendeinsätze", "wochenendeinsätzen", "wochenendeinsatz",
        "abends", "abend", "abendstunden", "abenddienst", "abenddienste", "nachtarbeit",
        "nachtdienst", "nachtdienste", "nachtdiensten", "außerhalb", "sonn", "feiertagsarbeit",
        "feiertagsdienst", "feiertagsdienste",
    }),
    "shifts": frozenset({
        "schicht", "schichten", "schichtdienst", "schichtarbeit", "schichtbetrieb", "schichtsystem",
        "schichtmodell", "schichtplan", "wechselschicht", "wechselschichtdienst",
        "wechselschichten", "zweischichtbetrieb", "dreischichtbetrieb", "zweischichtsystem",
        "dreischichtsystem", "zweischicht", "dreischicht", "frühschicht", "spätschicht",
        "nachtschicht", "nachtschichten", "schichtdienste", "schichtdiensten",
    }),
    "travel": frozenset({
        "reisebereitschaft", "reisetätigkeit", "reisetätigkeiten", "dienstreise", "dienstreisen",
        "reisen",
    }),
}  # fmt: skip


def check(doc: Doc) -> list[Hit]:
    """One hit a kind at most: the first place the ad states it."""
    lower = doc.lower
    vocab = doc.vocab
    german = "de" in doc.shares
    out: list[Hit] = []
    for kind in KINDS:
        stems = () if vocab.isdisjoint(kind.tokens) else kind.stems
        if german and not vocab.isdisjoint(_DE_TOKENS[kind.key]):
            stems += kind.stems_de
        lo = hi = -1
        found: Hit | None = None
        for stem in stems:
            i = lower.find(stem)
            while i >= 0 and found is None:
                if not lo <= i < hi:
                    lo, hi = _sentence(lower, i)
                found = _read(lower, kind, lo, hi, i)
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
