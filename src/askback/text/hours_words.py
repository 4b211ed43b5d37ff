"""The words and patterns of the working-time check (text/hours.py): the five kinds, their stems
in English and German, and the cues read around a stated condition.

Every pattern is kept here as its source and compiled on first need by `patterns()`, so that
importing askback.text costs nothing for them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple


class Kind(NamedTuple):
    key: str
    tokens: frozenset[str]  # words of which one must stand in the ad for the English stems
    stems: tuple[str, ...]  # English stems, looked for when one of `tokens` stands
    stems_de: tuple[str, ...]  # German stems, looked for when one of its German words stands
    duty_de: tuple[str, ...]  # German words (compound heads) whose forms gate `stems_de`
    term: str  # the condition itself, matched in the sentence (compiled by `patterns()`)
    title: str
    why: str
    ask: str
    tags: tuple[str, ...]


_W = r"[\w'’*-]+"
# A no before the term: "no on-call", "keine Rufbereitschaft", "without weekend work".
NEG = (
    rf"(?:\b(?:no|without|never|zero|free\s+of|free\s+from|kein|keine|keinen|keiner|ohne|frei\s+von)"
    rf"\s+(?:{_W}\s+){{0,2}}|\bnot?\s+(?:required|expected|needed)\s+(?:to\s+)?(?:{_W}\s+){{0,2}})$"
)
# "weekends off", "Wochenenden frei" (not "every other weekend off": that one is worked).
OFF = r"^s?\s+(?:off|frei)\b"
EVERY_OTHER = (
    r"\b(?:every\s+other|alternate|one\s+in\s+\w+|(?:start|kick|round|top|finish)\w*\s+"
    r"(?:\w+\s+){0,2})\s*$"
)
# "..., no weekends", "Rufbereitschaft: nein", "on-call is not required".
NEG_AFTER = (
    r"^[\w\s/-]{0,25}?(?:\s*[:=]\s*(?:no|none|nein|keine?)\b|\s+(?:is|are|will\s+be)\s+not\s+"
    r"(?:required|expected|needed|part)|\s+(?:gibt\s+es|fällt|fallen)\s+"
    r"(?:bei\s+uns\s+)?(?:nicht|keine?|weg)|\s+(?:ist|sind)\s+(?:nicht|kein)\s+(?:nötig|"
    r"erforderlich|vorgesehen|teil))"
)
# Someone else's duty: the reader plans it, the firm sells to it, clients cut it.
OTHERS_BEFORE = (
    r"\b(?:plan|plans|planning|organi[sz]e|organi[sz]es|organi[sz]ing|manage|manages|managing|"
    r"coordinate|coordinates|coordinating|co-ordinate|co-ordinating|schedule|scheduling|"
    r"maintain|maintaining|administer|administering|book|booking|books|arrange|arranging|"
    r"process|processing|approve|approving|authori[sz]e|monitor|monitoring|track|tracking|"
    r"reduce|reducing|cut|cutting|minimi[sz]e|minimi[sz]ing|control|controlling|calculate|"
    r"calculating|excluding|credit\s+(?:is\s+)?given\s+for|help\s+(?:our\s+)?clients|"
    r"helping\s+(?:our\s+)?clients|liaise\s+with|"
    r"contact|contacting|escalate\s+to|planen|planst|plant|organisieren|organisierst|"
    r"organisiert|koordinieren|koordinierst|koordiniert|erstellen|erstellst|verwalten|"
    r"verwaltest|abrechnen|abrechnung|reduzieren|senken|buchen|buchst|"
    r"disposition|einsatzplanung|dienstplanung)"
    # (not a noun that says what the job holds: "a schedule which may include nights")
    r"(?!\s+(?:(?:which|that)\s+)?(?:will|may|might|can|could|would|should|is|are|includes?|"
    r"involves?|requires?)\b)"
    r"\s+(?:[\w'’/-]+\s+){0,4}$"
)
# The items of a list of duties before a term: "Sie planen Spätdienste, Sonntagsdienste und ...",
# "organising shifts, on-call rotas": the verb before the list holds for every item (an item
# is a duty word and at most one word after it: "night shifts", "weekend cover").
DUTY_ITEMS = (
    r"(?:[\w'’/-]*(?:dienst|schicht|pikett|bereitschaft|rota|shift|call|weekend|evening|night|"
    r"overtime|überstunden|wochenend|travel)[\w'’/-]*(?:\s+[\w'’/-]+)?\s*(?:,|/|&|\band\b|"
    r"\bor\b|\bund\b|"
    r"\boder\b|\bsowie\b)\s*)+$"
)
OTHERS_AFTER = (
    r"^[\w-]*\s+(?:industry|industries|agency|agencies|agent|agents|company|companies|sector|"
    r"management|booking|bookings|arrangements|insurance|retail|tech|platform|provider|"
    r"providers|brand|brands|clients|customers|products?|branche|unternehmen|portal|doctor|"
    r"doctors|physician|physicians|registrar|registrars|consultant|consultants|team|teams|"
    r"manager|managers|staff|centre|center|costs?|budget|budgets|spend|data|reports?|"
    r"records?|planning|plan|plans|rota\s+for(?!\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:platforms?|systems?|services?|products?|applications?|apps?|infrastructure|networks?|"
    r"pipelines?|clusters?|apis?|databases?|estate)\b)|schedules?\s+for)\b|"
    r"^[\w\s-]{0,30}?\b(?:(?:is|are)\s+)?provided\s+by\b"
)
# Unpaid or unlimited: a concern.
UNPAID = (
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
PAID = (
    r"\b(?:(?:is|are|will\s+be|gets?|get)\s+(?:(?:\w+\s+){1,3}(?:and|&)\s+)?(?:fully\s+)?"
    r"(?:paid|"
    r"compensated|remunerated|"
    r"reimbursed)|paid\s+overtime|overtime\s+(?:pay|premium|rate|is\s+paid|paid)|time\s+and\s+"
    r"a\s+half|double\s+time|enhanced\s+rates?|opportunit\w*\s+(?:for|of|to)\s+(?:\w+\s+)?"
    r"overtime|offer\s+of\s+[\w\s,]{0,40}overtime|earn\s+more|time\s+off\s+in\s+"
    r"lieu|toil|time\s+off|(?:werden|wird)\s+(?:\w+\s+){0,3}(?:vergütet|bezahlt|ausgeglichen|"
    r"ausbezahlt|erfasst|kompensiert)|freizeitausgleich|überstundenausgleich|zeitausgleich|"
    r"(?:vergütung|ausgleich|bezahlung)\s+(?:von|der|aller)\s+überstunden)"
)
# Overtime as a condition of the job, not just the word.
EXPECTED = (
    r"\b(?:expected|required|requires?|may|might|will|must|occasional(?:ly)?|regular(?:ly)?|"
    r"frequent(?:ly)?|willing(?:ness)?|able|ability|prepared|readiness|flexib\w*|necessary|"
    r"needed|as\s+needed|when\s+needed|when\s+required|periods?|peaks?|part\s+of|involves?|"
    r"included|includes?|covered|exempt|unpaid|work(?:ing)?|hours?|bereitschaft|gelegentlich\w*|"
    r"regelmäßig\w*|erforderlich|notwendig|erwartet|abgegolten|anfallend\w*|anfallen|leisten|"
    r"möglich|spitzen|phasen|gehören|gehört|sind|ist|vergütet|unbezahlt)\b"
)
# Evening or weekend hours as working time: work, duty, availability, cover.
AT_WORK = (
    r"\b(?:work|works|working|worked|shifts?|rota|rotas|duty|duties|availability|available|"
    r"cover|covering|required|expected|willing(?:ness)?|flexib\w*|able\s+to|must|"
    r"including|includes?|on\s+call|support|arbeit\w*|\w+arbeit|dienst\w*|\w+dienst\w*|"
    r"einsatz\w*|einsätze|bereitschaft|erforderlich|notwendig|erwartet|flexibilität|"
    r"erreichbar\w*|arbeitszeit\w*|\w*termine?n?)\b"
)
# A pay item for the time, not a statement of the time worked (left2): a premium, allowance or
# supplement right after the term ("Sunday Premium Pay", "weekend allowance", "night shift
# differential") or before it ("a premium for Sunday work", "Zuschläge für Sonntagsarbeit"), or a
# German compound of one ("Sonntagszuschlag", "Nachtdienstzulage").
PAY_AFTER = (
    r"^s?(?:[ \t]*[-/][ \t]*|[ \t]+)(?:(?:work(?:ing)?|duty|duties|shifts?|hours?|working[ \t]+"
    r"hours)[ \t]+)?(?:premiums?|allowances?|differentials?|enhancements?|uplifts?|supplements?|"
    r"pay\b|payments?\b|rates?\b|bonus(?:es)?\b|zuschl[äa]g\w*|zulagen?\b|pauschalen?\b)"
)
PAY_BEFORE = (
    r"\b(?:premiums?|allowances?|differentials?|enhancements?|enhanced[ \t]+(?:pay|rates?)|"
    r"uplifts?|supplements?|extra[ \t]+pay|additional[ \t]+pay|zuschl[äa]ge?n?|zulagen?)[ \t]+"
    r"(?:for|on|at|für|bei|an)[ \t]+(?:[\w&-]+,?[ \t]+){0,5}$"
)
PAY_IN = r"zuschl[äa]g|zulage|pauschale"
ABBREV = r"(?:\bca|\bapprox|\bz\.b|\bbzw|\bu\.a|\bggf|\binkl|\bincl|\be\.g|\bi\.e|\bmin)$"
# A sentence ends at '!', '?', ';', a bullet, or a full stop before a space.
END = r"[!?;•]|\.(?=\s)"

# A shift "pattern" that is an office week: Monday to Friday, by day (see hours._office_week).
WEEKDAYS = (
    r"\b(?:mon(?:day)?s?|montags?|mo)\.?\s*(?:-|–|—|to|through|thru|until|till|bis)\s*"
    r"(?:fri(?:day)?s?|freitags?|fr)\b"
)
NOT_OFFICE = (
    r"night|weekend|saturday|sunday|evening|rotat|\brota\b|\bearly|\blate\b|on[\s-]call|24/7|"
    r"\bnacht|wochenend|samstag|sonntag|abend|wechsel|früh|spät|bereitschaft|pikett|turnus"
)
HOURS_SPAN = (
    r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\b\.?|p\.?m\b\.?|uhr|h\b)?\s*(?:-|–|—|to|until|till|bis)"
    r"\s*(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\b\.?|p\.?m\b\.?)?(?!\d)"
)

# How much of the time the job travels: "up to 25% travel", "2-3 days a month".
_ABOUT = (
    r"(?:(up\s+to|as\s+much\s+as|max(?:imum|imal)?\.?|bis\s+(?:zu|max\.?)|höchstens|ca\.?|"
    r"circa|approx(?:imately|\.)?|about|around|roughly|etwa|rund|ungefähr)\s+)?"
)
_COUNT = (
    r"(\d{1,2}(?:\s*(?:-|–|to|bis)\s*\d{1,2})?|one|two|three|four|five|six|a\s+few|several|"
    r"eine[mnr]?|ein|zwei|drei|vier|fünf|sechs|einige[mn]?|mehrere[mn]?)"
)
SHARE = (
    r"(once|twice|three\s+times|einmal|zweimal|dreimal|viermal)\s+(?:a|per|each|every|pro|im|je|"
    r"in\s+the)\s+(week|month|year|quarter|woche|monat|jahr|quartal)\b|"
    rf"{_ABOUT}(\d{{1,3}}(?:\s*(?:-|–|to|bis)\s*\d{{1,3}})?)\s?(?:%|percent\b|prozent\b)|"
    # (a count of travel days: "30 travel days a year", "20 Reisetage pro Kalenderjahr"; left2)
    rf"{_ABOUT}{_COUNT}\s+(?:travel\s+|reise)?(days?|nights?|weeks?|tage?n?|nächte?n?|wochen?)\s+"
    r"(?:a|an|per|each|every|pro|im|je|in\s+the|in\s+der|in\s+dem)\s+(week|month|year|quarter|"
    r"woche|monat|jahr|quartal|kalenderjahr|calendar\s+year)\b"
)
_FREQ = (
    r"(?:up\s+to\s+|about\s+|around\s+|roughly\s+)?(?:\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?|one|"
    r"two|three|four|five|a\s+few|several)\s+(?:days?|nights?|weeks?)\s+(?:a|per|each|every|"
    r"in\s+the)\s+(?:week|month|year|quarter)"
)

# German words of a duty end in one of these (Spätdienst, Spätdienste, Spätdiensten, ...), or
# go on in a compound (Nachtdienstzulage, Bereitschaftsdienstwoche): every form of a word in
# `Kind.duty_de` is one of its German gate words (`de_gate()`).
_FORMS = ("", "e", "en", "es", "s", "n")
_COMPOUND_TAILS = (
    "zulage", "zulagen", "plan", "pläne", "woche", "wochen", "zeit", "zeiten", "pauschale",
    "entschädigung", "einsatz", "einsätze", "einsätzen", "regelung",
)  # fmt: skip

_ON_CALL = Kind(
    "on-call",
    frozenset({"call", "oncall"}),
    ("on-call", "on call", "oncall"),
    ("rufbereitschaft", "bereitschaftsdienst", "rufdienst", "pikett", "hintergrunddienst",
     "notdienst", "notfalldienst"),
    ("rufbereitschaft", "rufbereitschaftsdienst", "bereitschaftsdienst", "rufdienst", "pikett",
     "pikettdienst", "hintergrunddienst", "notdienst", "notfalldienst", "bereitschaft"),
    r"\bon[\s-]?call(?!s|\s+(?:centre|center|us|me|him|her|them)\b|\s+with\s+(?:the\s+|our\s+|"
    r"your\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+)?(?:clients?|customers?|suppliers?|vendors?|"
    r"partners?|stakeholders?|colleagues|candidates?|users?|investors?|agenc(?:y|ies)|us|me)\b)"
    r"\b|"
    r"rufbereitschaft\w*|bereitschaftsdienst\w*|\brufdienst\w*|\bpikett\w*|"
    r"\bhintergrunddienst\w*|\bnot(?:fall)?dienst\w*",
    "On-call duty is part of the job",
    "Being on call takes evenings, nights or weekends even when nothing happens: how often "
    "your turn comes, how it is paid and what rest follows a call-out decide what it costs you.",
    "How many weeks a year would I be on call, how is it paid, and what rest follows a night "
    "call-out?",
    ("on-call", "working-hours"),
)  # fmt: skip
_OVERTIME = Kind(
    "overtime",
    frozenset({"overtime"}),
    ("overtime",),
    ("überstunden", "mehrarbeit", "überzeit"),
    ("überstunden", "überstundenausgleich", "mehrarbeit", "überzeit"),
    r"\bovertime\b|überstunden\w*|\bmehrarbeit\b|\büberzeit\w*",
    "The ad expects overtime",
    "The ad says the hours can run past the contract. How often, how it is recorded and whether "
    "it is paid or given back as time off decide your real hourly pay and your evenings.",
    "How many hours does a normal week really take, how is overtime recorded, and is it paid or "
    "taken as time off?",
    ("overtime", "working-hours"),
)
_EVENINGS = Kind(
    "evenings-weekends",
    frozenset({
        "weekend", "weekends", "evening", "evenings", "night", "nights", "outside", "saturday",
        "saturdays", "sunday", "sundays",
    }),
    (
        "weekend",
        "evening",
        "saturday",
        "sunday",
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
        "nacht",
        "außerhalb der",
        "ausserhalb der",
        "sonn-",
        "sonntag",
        "samstag",
        "feiertag",
    ),
    (
        "wochenende", "wochenend", "wochenendarbeit", "wochenenddienst", "wochenendeinsatz",
        "wochenendeinsätze", "abends", "abend", "abendstunden", "abenddienst", "abendarbeit",
        "nachtarbeit", "nachtdienst", "nachteinsatz", "nachteinsätze", "außerhalb", "ausserhalb",
        "sonn", "sonntagsdienst", "sonntagsarbeit", "samstagsdienst", "samstagsarbeit",
        "feiertagsarbeit", "feiertagsdienst", "samstag", "sonntag", "abendtermin",
        "wochenendtermin",
        # pay items for the time (left2): read as paid, see PAY_IN
        "sonntagszuschlag", "sonntagszuschläge", "sonntagszuschlägen", "samstagszuschlag",
        "samstagszuschläge", "feiertagszuschlag", "feiertagszuschläge", "nachtzuschlag",
        "nachtzuschläge", "nachtzulage", "nachtzulagen", "wochenendzuschlag",
        "wochenendzuschläge", "wochenendzulage", "wochenendzulagen", "sonntagszulage",
    ),
    # (a weekday not in a name or a date: "The Sunday Times", "Sunday, 31 December 2017")
    r"\b(?:saturday|sunday)s?\b(?!\s+times\b|,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|"
    r"february|march|april|may\s+\d|june|july|august|september|october|november|december)\b)|"
    r"\b(?:evenings?|weekends?|nights?|"
    r"out[\s-]of[\s-]hours|outside\s+(?:of\s+)?(?:normal|regular|standard|usual|core|office|"
    r"business)\s+(?:working\s+|office\s+|business\s+)?hours)\b|"
    r"wochenend\w*|\babends?\b|abend-|\babendtermin\w*|\b(?:samstag|sonntag)(?:s|e|en)?\b|"
    r"\b(?:nacht|abend|sonntags|samstags|feiertags)(?:arbeit|dienst|einsatz|einsätz)\w*|"
    r"\b(?:nacht|sonntags|samstags|feiertags)(?:zuschl[äa]g|zulage)\w*|"
    r"\b(?:sonn|samstags?|sonntags?)-?,?\s+(?:und|oder|/)\s+(?:sonn-\s+und\s+)?feiertag\w*|"
    r"au(?:ß|ss)erhalb\s+der\s+(?:regulären|üblichen|normalen|regelmäßigen|"
    r"gewöhnlichen)\s+(?:arbeits|dienst|geschäfts|büro)zeit\w*",
    "Evening, night or weekend work is part of the job",
    "Work outside the usual day takes the time that family, rest and friends need. How often "
    "it comes, how far ahead you know, and whether it is paid or given back decide its cost.",
    "How often would I work evenings, nights or weekends, how far ahead is it planned, and how is "
    "it paid or given back?",
    ("working-hours", "availability"),
)  # fmt: skip
_SHIFTS = Kind(
    "shifts",
    frozenset({"shift", "shifts"}),
    ("shift",),
    ("schicht", "frühdienst", "spätdienst", "turnusdienst"),
    (
        "schicht", "schichtdienst", "schichtarbeit", "schichtbetrieb", "schichtsystem",
        "schichtmodell", "schichtplan", "wechselschicht", "wechselschichtdienst",
        "zweischichtbetrieb", "dreischichtbetrieb", "zweischichtsystem", "dreischichtsystem",
        "zweischicht", "dreischicht", "frühschicht", "spätschicht", "nachtschicht", "tagschicht",
        "frühdienst", "spätdienst", "turnusdienst",
    ),
    r"\b(?:shift\s+(?:work|working|pattern|patterns|system|rota|rotas|basis|rotation)|"
    r"(?:rotating|rotational|alternating|rotating\s+day|night|early|late|day\s+and\s+night|"
    r"\d{1,2}[\s-]?(?:hour|hr|h))\s+shifts?|shifts?\s+(?:including|of\s+\d)|"
    r"work(?:ing)?\s+(?:in\s+)?shifts)\b|"
    r"\b(?:früh|spät|nacht|tag|wechsel)?schicht(?:dienst|arbeit|betrieb|system|modell|plan)\w*|"
    r"\b(?:früh|spät|nacht|wechsel)schicht\w*|\b(?:zwei|drei|vier)schicht\w*|"
    r"\b(?:früh|spät|wechsel|turnus)dienst\w*|\bfrüh-\s*(?:und|oder|/|,)\s*spät\w*|"
    r"\bin\s+schichten\b|\bschicht-\s+und\b",
    "Shift work is part of the job",
    "Shifts set when you sleep, see family and can plan anything. The pattern, the notice you "
    "get and your say over it matter as much as the pay.",
    "What is the shift pattern, how far ahead is the rota set, and how much say do staff have "
    "over it?",
    ("working-hours", "flexibility"),
)  # fmt: skip
_TRAVEL = Kind(
    "travel",
    frozenset({"travel", "travelling", "traveling", "road", "away"}),
    ("travel", "on the road", "away from home", "nights away"),
    ("reisebereitschaft", "reisetätigkeit", "dienstreise", "reisen", "reisetag"),
    (
        "reisebereitschaft",
        "reisetätigkeit",
        "reisetätigkeiten",
        "dienstreise",
        "reisen",
        "reisetag",
        "reisetage",
        "reisetagen",
    ),
    r"\b(?:up\s+to\s+|approximately\s+|approx\.?\s+|about\s+|around\s+|ca\.?\s+)?"
    r"\d{1,3}\s?%\s+(?:of\s+(?:the\s+)?time\s+)?(?:travel|travelling|traveling)\b|"
    r"\b(?:travel|travelling|traveling)(?:\s+(?:of\s+|is\s+|will\s+be\s+)?|\s*[:–-]\s*)(?:up\s+to\s+|"
    r"approximately\s+|approx\.?\s+|about\s+|around\s+|ca\.?\s+)?\d{1,3}\s?%|"
    rf"\b{_FREQ}\s+(?:on\s+the\s+road|away(?:\s+from\s+home)?|travell?ing)\b|"
    r"\b(?:occasional|regular|frequent|some|the\s+odd)\s+nights?\s+away\b|"
    rf"\b(?:on\s+the\s+road|travell?ing)\s+(?:for\s+)?{_FREQ}\b|"
    r"\b(?:willing(?:ness)?|able|ability|prepared|readiness|expected|required|requires?|"
    r"need|must|requirement)\s+(?:to\s+)?(?:\w+\s+)?(?:travel|for\s+travel)\b|"
    r"\b(?:may|will|you'll|often|regularly|frequently)\s+(?:involve\s+|require\s+|include\s+)?"
    r"travel\b|"
    r"\b(?:frequent|extensive|regular|significant|considerable|substantial|overnight)\s+"
    r"(?:and\s+\w+\s+)?(?:travel|travelling|traveling)\b(?!\s+(?:industry|agency|costs?|"
    r"expenses|insurance|sector|management|policy|bookings?|arrangements?))|"
    r"\b(?:international|nationwide|national|domestic|global|worldwide|business|occasional|"
    r"some|regional)\s+(?:and\s+\w+\s+)?(?:travel|travelling|traveling)\s+(?:is\s+|will\s+"
    r"be\s+|could\s+be\s+|may\s+be\s+|of\s+)?(?:required|expected|necessary|involved|"
    r"essential|up\s+to|\d)|\b(?:involves?|requires?|includes?|including|with|and)\s+"
    r"(?:some\s+)?(?:international|nationwide|national|domestic|global|worldwide|business|"
    r"occasional|regional)\s+(?:travel|travelling|traveling)\b|"
    r"\b(?:travel|travelling|traveling)\s+(?:(?:to|between|across|within|around)\s+"
    r"(?:[\w'’-]+\s+){1,4})?(?:is\s+|will\s+be\s+|may\s+be\s+)?(?:required|expected|"
    r"necessary|involved|essential)\b|"
    # A count of travel days: "around 30 travel days a year", "20 Reisetage im Jahr" (left2).
    rf"\b\d{{1,3}}(?:\s*(?:-|–|to|bis)\s*\d{{1,3}})?\s+(?:travel\s+days?|reisetage?n?)\s+(?:a|per|"
    r"each|every|in\s+the|pro|im|je|in\s+der|in\s+dem)\s+(?:week|month|year|quarter|calendar\s+"
    r"year|woche|monat|jahr|kalenderjahr|quartal)\b|"
    r"reisebereitschaft\w*|reisetätigkeit\w*|dienstreise\w*|\breisen\s+(?:im\s+umfang|von\s+"
    r"bis\s+zu|zu\s+kunden|ins\s+ausland|in\s+(?:ganz|die)\s+\w+)",
    "The job involves travel",
    "Travel takes nights away and time on the road that often counts neither as working time "
    "nor as your own. The share, the notice and whether travel time is paid decide its cost.",
    "How many days a month would I travel, with how much notice, and does travel time count as "
    "working time?",
    ("travel", "working-hours"),
)

KINDS = (_ON_CALL, _OVERTIME, _EVENINGS, _SHIFTS, _TRAVEL)


class Patterns(NamedTuple):
    """The compiled patterns (a named tuple: cheaper to define at import than a dataclass)."""

    terms: dict[str, re.Pattern[str]]  # by kind key
    neg: re.Pattern[str]
    off: re.Pattern[str]
    every_other: re.Pattern[str]
    neg_after: re.Pattern[str]
    others_before: re.Pattern[str]
    duty_items: re.Pattern[str]
    others_after: re.Pattern[str]
    unpaid: re.Pattern[str]
    paid: re.Pattern[str]
    expected: re.Pattern[str]
    at_work: re.Pattern[str]
    abbrev: re.Pattern[str]
    end: re.Pattern[str]
    weekdays: re.Pattern[str]
    not_office: re.Pattern[str]
    hours_span: re.Pattern[str]
    share: re.Pattern[str]
    pay_after: re.Pattern[str]
    pay_before: re.Pattern[str]
    pay_in: re.Pattern[str]


@cache
def patterns() -> Patterns:
    """The check's patterns, compiled once, on the first ad that holds a stem."""
    c = re.compile
    return Patterns(
        {k.key: c(k.term) for k in KINDS},
        c(NEG),
        c(OFF),
        c(EVERY_OTHER),
        c(NEG_AFTER),
        c(OTHERS_BEFORE),
        c(DUTY_ITEMS),
        c(OTHERS_AFTER),
        c(UNPAID),
        c(PAID),
        c(EXPECTED),
        c(AT_WORK),
        c(ABBREV),
        c(END),
        c(WEEKDAYS),
        c(NOT_OFFICE),
        c(HOURS_SPAN),
        c(SHARE),
        c(PAY_AFTER),
        c(PAY_BEFORE),
        c(PAY_IN),
    )


@cache
def de_gate() -> tuple[frozenset[str], dict[str, str]]:
    """The German gate words of all kinds, and the kind each one opens: every form of a kind's
    duty words (see _FORMS). One intersection with the ad's words opens them all."""
    kind_of: dict[str, str] = {}
    for kind in KINDS:
        for word in kind.duty_de:
            forms = [word + end for end in _FORMS]
            if word.endswith(("dienst", "schicht", "bereitschaft", "arbeit")):
                forms += [word + link + tail for link in ("", "s") for tail in _COMPOUND_TAILS]
            kind_of.update(dict.fromkeys(forms, kind.key))
    return frozenset(kind_of), kind_of
