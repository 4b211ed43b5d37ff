"""What an ad commits to: diversity measures, responsible AI, data maturity, benefits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from askback.text import phrases, seniority
from askback.text.doc import Doc
from askback.text.rx_first import gated

MATURITY_GROUPS = ("team", "mlops", "quality", "platform", "governance")


@dataclass(slots=True)
class Commitments:
    boilerplate: list[phrases.Match]
    measures: list[phrases.Match]
    responsible_ai: list[phrases.Match]
    ml_role: bool
    maturity: list[phrases.Match]
    benefits: list[phrases.Match]
    # The ad is for data work: an ML word, a data-work word or a data-maturity signal named.
    data_role: bool = True
    _level: str | None = None

    @property
    def diversity(self) -> str:
        """concrete when a measure is named, boilerplate for a statement alone, else none."""
        if self.measures:
            return "concrete"
        return "boilerplate" if self.boilerplate else "none"

    @property
    def maturity_level(self) -> str:
        """early (first hire, from scratch), established (3+ kinds of signal), some, or unclear."""
        if self._level is None:
            self._level = self._maturity_level()
        return self._level

    def _maturity_level(self) -> str:
        groups = {m.entry.get("group") for m in self.maturity}
        if "early" in groups:
            return "early"
        solid = groups & set(MATURITY_GROUPS)
        if len(solid) >= 3:
            return "established"
        return "some" if solid else "unclear"


@cache
def _lists() -> dict[str, phrases.Index]:
    names = (
        "diversity_boilerplate",
        "diversity_measures",
        "responsible_ai",
        "ml_role",
        "data_role",
        "data_maturity",
        "benefits",
    )
    return {name: phrases.load("commitments", name) for name in names}


def distinct(found: list[phrases.Match]) -> list[phrases.Match]:
    """The first match of each entry."""
    seen: dict[str, phrases.Match] = {}
    for m in found:
        seen.setdefault(m.entry.id, m)
    return list(seen.values())


# A measure or benefit said not to exist: a negation shortly before it in its clause ("we cannot
# offer job sharing", "No mentoring programme is in place", "Kein Jobsharing"), or "not
# available / possible / offered" shortly after it ("Flexible hours are not possible in this
# role", "Homeoffice ist nicht möglich"). Not "no matter", "not only", "nicht nur".
NEG_BEFORE = re.compile(
    r"\b(?:no|not|cannot|can't|unable\s+to|kein(?:e[nmrs]?)?|nicht|leider\s+kein\w*)\b"
    r"(?!\s+(?:matter|only|just|nur|zuletzt)\b)",
    re.IGNORECASE,
)
NEG_AFTER = re.compile(
    r"\b(?:not|nicht)\s+(?:\w+\s+)?(?:available|possible|offered|provided|supported|"
    r"an\s+option|möglich|angeboten|vorgesehen|verfügbar)\b|\bentfällt\b",
    re.IGNORECASE,
)
_REACH = 40


@cache
def _negations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """NEG_BEFORE and NEG_AFTER behind a look-ahead of their first letters (see rx_first):
    no place of the clause but the few that start with one is tried."""
    return gated(NEG_BEFORE), gated(NEG_AFTER)


# The first clause end in a stretch, and the last one (no other after it up to the stretch's
# end): one search each instead of a str.find or rfind per character.
_FIRST_END = re.compile(r"[.;!?\n]")
_LAST_END = re.compile(r"[.;!?\n][^.;!?\n]*\Z")


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `_REACH` characters either side of [start, end), cut at clause ends."""
    lo = max(0, start - _REACH)
    last = _LAST_END.search(text, lo, start)
    if last is not None:
        lo = last.start() + 1
    hi = min(len(text), end + _REACH)
    first = _FIRST_END.search(text, end, hi)
    if first is not None:
        hi = first.start()
    return lo, hi


def _denied(text: str, m: phrases.Match) -> bool:
    lo, hi = _clause_around(text, m.start, m.end)
    before, after = _negations()
    return bool(before.search(text, lo, m.start) or after.search(text, m.end, hi))


def _offered(doc: Doc, found: list[phrases.Match]) -> list[phrases.Match]:
    """The matches not denied in their own clause (see NEG_BEFORE, NEG_AFTER)."""
    return [m for m in found if not _denied(doc.text, m)]


# "Bonus" as a plus, not pay: "Bonus points for dbt", "dbt is a bonus", "a bonus if you speak
# Dutch", "Kenntnisse in R wären ein Bonus", a heading "Preferred / Bonus". Only the bare word:
# "annual bonus", "bonus scheme" and "Jahresbonus" always name money, and so does a bonus with a
# figure before it ("a $750 bonus when certified").
_PLUS_AFTER = re.compile(
    r"[ \t-]*(?:points?|skills?|qualifications?|experience|knowledge|kenntnisse|punkte?)\b"
    r"|[ \t]*(?:if|but|when|though|wenn|falls|aber)\b",
    re.IGNORECASE,
)
_PLUS_BEFORE = re.compile(
    r"\b(?:is|are|be|was|'s|’s|as|ist|sind|wäre|wären|als)\s+(?:a\s+|an\s+|ein\s+)?"
    r"(?:[a-zäöüß]+\s+)?\Z",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z)")
# A short line that names a bonus beside a nice-to-have word: "Preferred / Bonus".
_PLUS_HEADING = re.compile(
    r"(?:preferred|nice[\s-]to[\s-]have|desirable|desired|wünschenswert"
    r"|von\s+vorteil)",
    re.IGNORECASE,
)
# On the bonus's own line: a figure that ends the line above ("- Sage 50" then "Bonus points if
# you have:") is another item's.
_FIGURE_BEFORE = re.compile(r"[\d$£€%]\S*[ \t]*\Z")


def _bonus_as_plus(text: str, m: phrases.Match) -> bool:
    """A bare "bonus" that means a plus among the skills, not money (see _PLUS_AFTER)."""
    if m.entry.id != "bonus" or text[m.start : m.end].lower() != "bonus":
        return False
    before = text[max(0, m.start - 30) : m.start]
    if _FIGURE_BEFORE.search(before) is not None:
        return False  # "$750 bonus", "10 % Bonus"
    if _PLUS_AFTER.match(text, m.end) is not None:
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start <= 40 and _PLUS_HEADING.search(text, line_start, line_end):
        return True
    return _PLUS_BEFORE.search(before) is not None and _CLAUSE_END.match(text, m.end) is not None


# Paid holiday at the legal floor is not a benefit. The EU floor is four weeks (Working Time
# Directive 2003/88/EC, Art. 7): 20 days on a five-day week, as in Germany's BUrlG (24 Werktage
# on six), the Netherlands and Switzerland. The UK floor is 5.6 weeks, 28 days on five, and may
# include the bank holidays (Working Time Regulations 1998, regs. 13 and 13A). As of 2026-12.
# "vacation" and "PTO" are US words, and the US has no floor: there any count is above it.
_LEAVE_DAYS = re.compile(
    r"(\d{2})\s*(?:working\s+)?(?:days?|urlaubstage|ferientage|tage|vakantiedagen)?", re.I
)
_FLOOR_WORD = re.compile(r"holiday|annual\s+leave|leave|urlaub|ferien|vakantiedagen", re.I)
_US_WORD = re.compile(r"vacation|\bpto\b", re.I)
_WITH_BANK_HOLIDAYS = re.compile(
    r"[\s(,;–-]*(?:includ(?:ing|es?)|incl\.?|inclusive\s+of)\s+(?:the\s+)?(?:\d+\s+)?(?:bank|public)\s+holidays",
    re.I,
)


def _holiday_at_floor(text: str, m: phrases.Match) -> bool:
    """A count of holiday days that is only what the law gives anyway: at most 20 days, or at
    most 28 when the count includes the bank holidays ("28 days including bank holidays")."""
    if m.entry.id != "vacation":
        return False
    span = text[m.start : m.end]
    days = _LEAVE_DAYS.search(span)
    if days is None or _US_WORD.search(span) or not _FLOOR_WORD.search(span):
        return False
    n = int(days.group(1))
    if n <= 20:
        return True
    # The bank holidays are in this count only when said right after it: in "25 days holiday
    # (33 days including bank holidays)" they are in the second count, not the first.
    return n <= 28 and _WITH_BANK_HOLIDAYS.match(text, m.end, m.end + 60) is not None


# "Healthcare" and "wellbeing" alone most often name the sector or the patients' good, not a
# benefit: "Healthcare Assistant", "a 450-bed health care facility", "VA Health Care System",
# "assess patients' health and wellbeing", "Psychological Wellbeing Practitioner". Such a word
# names a benefit only in a benefit's shape: a word before it that says who pays or whom it is
# for ("private healthcare", "staff wellbeing"), a word after it that names the cover or the
# offer ("healthcare cash plan", "wellbeing days"), another benefit or a benefit word in the same
# sentence ("Competitive PTO and healthcare", "Private Healthcare, Pension"), or the head of a
# short list item ("- Wellbeing events", "• Healthcare").
_LOOSE = {
    "health": frozenset({"healthcare", "health care", "health-care"}),
    "wellbeing": frozenset({"wellbeing", "well-being", "well being", "wellness"}),
}
# Whom it is for: "staff wellbeing", "your well-being", "employee health and wellbeing".
_FOR_STAFF_BEFORE = re.compile(
    r"\b(?:staff|employees?|colleagues?|your|free|(?:staff|employee|colleague|your)\s+health"
    r"\s+(?:and|&)|your\s+(?:own\s+)?[a-z]+\s+(?:and|&)|your\s+(?:own\s+)?(?:physical|mental|emotional|financial)"
    r"(?:\s+(?:and|&)\s+(?:physical|mental|emotional|financial))?)\s+\Z",
    re.IGNORECASE,
)
# "the health and wellbeing of our staff", "the wellbeing of all our employees".
_FOR_STAFF_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:all[ \t]+)?(?:(?:our|its|your)[ \t]+(?:own[ \t]+)?(?:people|team)"
    r"|(?:(?:our|its|your)[ \t]+)?(?:staff|employees|colleagues|workforce|team[ \t]+members))\b",
    re.IGNORECASE,
)
_PAID_BEFORE = re.compile(
    r"\b(?:private|free|company[\s-](?:paid|funded)|employer[\s-](?:paid|funded)|comprehensive"
    r"|subsidi[sz]ed|premium|paid|full|generous|excellent|extensive|family|medical\s+and"
    r"|dental\s+and)\s+\Z",
    re.IGNORECASE,
)
_COVER = (
    r"insurance|plans?|benefits?|coverage|cover|scheme|package|allowance|contributions?"
    r"|subsid(?:y|ies)|stipend|reimbursement|discounts?"
)
_COVER_AFTER = {
    "health": re.compile(rf"[ \t]+(?:cash\s+)?(?:{_COVER})\b", re.IGNORECASE),
    "wellbeing": re.compile(
        rf"[ \t-]+(?:{_COVER}|budget|days?|support|events?|programmes?|programs?|platform|apps?"
        r"|centre|center|activities|initiatives|offer(?:ing)?|zone|portal|screening|schemes"
        r"|courses|sessions|choices|opportunities|memberships?|workshops?)\b",
        re.IGNORECASE,
    ),
}
# A job, a place or an employer after the word: "Healthcare Assistants", "Wellbeing
# Practitioner", "a private healthcare provider", "the Private Healthcare sector".
_ROLE = (
    r"workers?|assistants?|professionals?|practitioners?|scientists?|officers?|services?"
    r"|settings?|systems?|providers?|facilit(?:y|ies)|hubs?|teams?|staff|sector|industry"
    r"|organi[sz]ations?|units?|group|limited|ltd|company|trusts?|promotion|delivery|science"
)
_ROLE_AFTER = {
    "health": re.compile(
        rf"[ \t]+(?:[A-Za-z]+[ \t]+)?(?:{_ROLE}|centres?|centers?|support|platforms?)\b",
        re.IGNORECASE,
    ),
    "wellbeing": re.compile(rf"[ \t]+(?:[A-Za-z]+[ \t]+)?(?:{_ROLE})\b", re.IGNORECASE),
}
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# Benefit words the benefit lexicon leaves out on purpose (too loose alone) that still mark a
# sentence as one about benefits: "Competitive PTO and healthcare", "benefits: healthcare".
_BENEFIT_CUE = re.compile(
    r"\b(?:benefits?(?!\s+(?:of|for|to)\b)|perks?|pto|paid\s+time\s+off|vacation|401\(?k\)?"
    r"|vision|insurance|allowances?|stipends?|budgets?\s+for"
    r"|(?:annual|yearly|monthly|personal|learning|wellbeing|wellness)\s+budgets?)\b",
    re.IGNORECASE,
)
_LIST_HEAD = re.compile(r"[ \t]*[-•*·–][ \t]*(?:[A-Za-z&/]+[ \t]+){0,2}\Z")


def _loose(text: str, m: phrases.Match) -> bool:
    words = _LOOSE.get(m.entry.id)
    return words is not None and text[m.start : m.end].lower() in words


def _list_label(text: str, line_start: int, line_end: int) -> bool:
    """A list item that opens with a short label and a colon: "- Health & Wellbeing: ..."."""
    colon = text.find(":", line_start, line_end)
    return colon >= 0 and len(text[line_start:colon].split()) <= 5


def _not_a_benefit_sense(text: str, m: phrases.Match, others: list[phrases.Match]) -> bool:
    """A bare "healthcare" or "wellbeing" that names the sector or the patients' good, not a
    benefit (see _LOOSE): none of a benefit's shapes around it."""
    if not _loose(text, m):
        return False
    kind = m.entry.id
    if _FOR_STAFF_BEFORE.search(text, max(0, m.start - 30), m.start) is not None:
        return False
    if _FOR_STAFF_AFTER.match(text, m.end) is not None:
        return False
    if _ROLE_AFTER[kind].match(text, m.end) is not None:
        return True
    if _PAID_BEFORE.search(text, max(0, m.start - 30), m.start) is not None:
        return False
    if _COVER_AFTER[kind].match(text, m.end) is not None:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    if _LIST_HEAD.match(text, line_start, m.start) and (
        len(text[line_start:line_end].split()) <= 10 or _list_label(text, line_start, line_end)
    ):
        return False
    before = _SENTENCE_BREAK.split(text[max(0, m.start - 80) : m.start])[-1]
    after = _SENTENCE_BREAK.split(text[m.end : m.end + 80])[0]
    if _BENEFIT_CUE.search(before) or _BENEFIT_CUE.search(after):
        return False
    for o in others:
        if o is m or _loose(text, o):
            continue
        lo, hi = min(o.end, m.end), max(o.start, m.start)
        if abs(hi - lo) <= 80 and _SENTENCE_BREAK.search(text, min(lo, hi), max(lo, hi)) is None:
            return False
    return True


# "Equity" is also fairness: "diversity, equity and inclusion", "internal equity" in a pay
# statement, "health equity", "equity issues". Near such words it is no stake in the company.
_FAIRNESS_NEAR = re.compile(
    r"\b(?:diversity|inclusion|inclusive|equality|equal|belonging|disparit(?:y|ies)|dei|deib)\b",
    re.IGNORECASE,
)
_FAIRNESS_BEFORE = re.compile(
    r"\b(?:internal|pay|health|social|racial|gender|private)\s+\Z", re.IGNORECASE
)
_FAIRNESS_AFTER = re.compile(
    r"\s+(?:issues?\b|of\s+(?:access|support|care|opportunit|treatment|outcome))", re.IGNORECASE
)


def _equity_as_fairness(text: str, m: phrases.Match) -> bool:
    """A bare "equity" that means fairness or a sector, not shares (see _FAIRNESS_NEAR)."""
    if m.entry.id != "equity" or text[m.start : m.end].lower() != "equity":
        return False
    if _FAIRNESS_BEFORE.search(text, max(0, m.start - 20), m.start) is not None:
        return True
    if _FAIRNESS_AFTER.match(text, m.end) is not None:
        return True
    before = _SENTENCE_BREAK.split(text[max(0, m.start - 40) : m.start])[-1]
    after = _SENTENCE_BREAK.split(text[m.end : m.end + 40])[0]
    return bool(_FAIRNESS_NEAR.search(before) or _FAIRNESS_NEAR.search(after))


# "Conferences" are a learning benefit when the employer sends you to them ("attend
# conferences", "training, conferences, online courses"), not when the job runs, hosts or speaks
# at them ("case conferences", "scheduling meetings and conferences", "represent the company at
# conferences").
_CONFERENCE_DUTY = re.compile(
    r"\b(?:case|proposal|command\s+level|attorney|web|video-?|organi[sz]\w*|schedul\w*"
    r"|coordinat\w*|host\w*|represent\w*|present\w*|speak\w*|participat\w*|catering)\b",
    re.IGNORECASE,
)
_CONFERENCE_OFFER = re.compile(
    r"\b(?:attend\w*|budget|allowance|access|external|study|courses?|training|learning"
    r"|development|cpd|certifications?|sponsor\w*|paid|go\s+to|opportunit\w*)\b",
    re.IGNORECASE,
)


def _conference_as_duty(text: str, m: phrases.Match) -> bool:
    """A bare "conferences" that the job runs or speaks at, or that nothing offers."""
    if m.entry.id != "learning" or text[m.start : m.end].lower() != "conferences":
        return False
    before = _SENTENCE_BREAK.split(text[max(0, m.start - 80) : m.start])[-1]
    after = _SENTENCE_BREAK.split(text[m.end : m.end + 60])[0]
    if _CONFERENCE_DUTY.search(before):
        return True
    return not (_CONFERENCE_OFFER.search(before) or _CONFERENCE_OFFER.search(after))


# A benefit word inside an employer's name is no benefit: "Pension Insurance Corporation",
# "Smile Dental Care, Leeds", "Bupa Dental Care Ltd". The name is a run of capitalised words
# that ends in a word for a firm: a legal form on its own, or a word for a practice after a
# capitalised word before the benefit's ("Smile Dental Care", not a list's "Dental Care").
_NAME_WORD = re.compile(r"[A-Z][\w'’&.-]*")
_FIRM_FORMS = frozenset(
    ["Corporation", "Corp", "Ltd", "Limited", "plc", "PLC", "Plc", "Inc", "LLC", "LLP"]
)
# (Not "Centre": a fitness or wellbeing centre is itself a benefit, "Online Wellbeing Centre".)
_FIRM_KINDS = frozenset(
    ["Care", "Practice", "Clinic", "Clinics", "Surgery", "Associates", "Partners", "Studio",
     "Studios", "Lab", "Labs"]
)  # fmt: skip


def _in_a_name(text: str, m: phrases.Match) -> bool:
    """The benefit at m stands in an employer's name (see _FIRM_FORMS, _FIRM_KINDS)."""
    if not text[m.start : m.start + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    # The last word before it and the first four after it on its line (not every word of a
    # line that may be a whole paragraph, nor a copy of the rest of the text).
    before = text[line_start : m.start].rsplit(None, 1)[-1:]
    line_end = text.find("\n", m.end)
    after = text[m.end : line_end if line_end >= 0 else len(text)]
    tail: list[str] = []
    for w in after.split(None, 4)[:4]:
        word = w.rstrip(",.;:")
        if not _NAME_WORD.fullmatch(word):
            break
        tail.append(word)
        if word != w:
            break  # a comma or a stop ends the name
    lead = bool(before) and _NAME_WORD.fullmatch(before[-1]) is not None
    return any(word in _FIRM_FORMS or (word in _FIRM_KINDS and lead) for word in tail)


# A benefit word before a noun for a job names the job: "Dental Nurse", "Pension Administrator",
# "Fitness Instructor", "Childcare Practitioner", in the title or the text.
_JOB_AFTER = re.compile(
    r"[ \t-]+(?:nurse|officer|manager|clerk|administrator|assistant|adviser|advisor|analyst"
    r"|co-?ordinator|specialist|accountant|controller|supervisor|executive|technician"
    r"|instructor|consultant|practitioner|therapist|hygienist|receptionist|worker|engineer"
    r"|developer|scientist|underwriter|broker|surgeon|planner|trainer|lead|secretary)s?(?![\w-])",
    re.IGNORECASE,
)


def _names_a_job(text: str, m: phrases.Match) -> bool:
    return _JOB_AFTER.match(text, m.end) is not None


# A benefit word that names a team, a department or a product is no benefit: "the Pension
# Services department", "our Gym Equipment team", "the Fitness Tracker product", "Dental
# Products division", "Altersvorsorge-Team", "im Team Betriebliche Altersvorsorge", "Abteilung
# Weiterbildung". The unit noun follows the word, at most two capitalised words of the name
# between; in German it may also come first ("Team" after an article, as "Free Team lunch" and
# "Team Wellness Initiatives" are benefits). A unit said to serve the staff stays a benefit:
# "access to our Relocation team", "supported by our accommodation and relocation team", "the
# Wellbeing team is on hand to support you".
_UNIT = (
    r"(?i:team|teams|department|departments|dept|division|unit|directorate|squad|tribe|product"
    r"|products|business\s+unit|desk|abteilung|sparte)"
)
_UNIT_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z][\w&\x27’-]*){{0,2}}[ \t-]+{_UNIT}\b"
    r"(?![ \t-]+(?i:events?|activities|days?|building|lunch(?:es)?|budget|socials?|outings?"
    r"|trips?))"
)
_UNIT_BEFORE = re.compile(
    r"(?:\b(?i:abteilung|referat|sachgebiet|dezernat|fachbereich|geschäftsbereich|stabsstelle)"
    r"|\b(?:im|ins|zum|dem|das|unser(?:em|es)?|ihr(?:em|es)?)[ \t]+(?i:team))"
    r"[ \t]+(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){0,2}\Z"
)
_SERVED_BEFORE = re.compile(
    r"\b(?i:access\s+to|support\s+from|help\s+from|supported\s+by|helped\s+by)\s+"
    r"(?:[\w&-]+\s+){0,3}\Z"
)
_SERVES_AFTER = re.compile(
    r"[^.\n]{0,60}?\b(?:on\s+hand|(?:help|support|assist|guide)s?\s+(?:you|new|all|staff|employees)"
    r"|available\s+to\s+(?:you|all|staff|employees))",
    re.IGNORECASE,
)


def _in_a_unit_name(text: str, m: phrases.Match) -> bool:
    """The benefit at m names a team, a department or a product (see _UNIT_AFTER)."""
    after = _UNIT_AFTER.match(text, m.end)
    if after is None and _UNIT_BEFORE.search(text, max(0, m.start - 40), m.start) is None:
        return False
    if _SERVED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None:
        return False
    end = after.end() if after is not None else m.end
    return _SERVES_AFTER.match(text, end, end + 80) is None


def _benefits(doc: Doc, found: list[phrases.Match]) -> list[phrases.Match]:
    """The benefits offered: not denied, not "bonus" in the sense of a plus, not holiday at the
    legal floor, not a word of an employer's, a team's, a product's or a job's name, not
    "healthcare" or "wellbeing" in the sense of the sector, not "equity" as fairness, and not
    "conferences" the job runs."""
    offered = [
        m
        for m in _offered(doc, found)
        if not _bonus_as_plus(doc.text, m)
        and not _holiday_at_floor(doc.text, m)
        and not _in_a_name(doc.text, m)
        and not _in_a_unit_name(doc.text, m)
        and not _names_a_job(doc.text, m)
        and not _equity_as_fairness(doc.text, m)
        and not _conference_as_duty(doc.text, m)
    ]
    return [m for m in offered if not _not_a_benefit_sense(doc.text, m, offered)]


def check(doc: Doc) -> Commitments:
    lists = _lists()
    text = doc.text
    top = seniority.title_span(doc)
    # The role's own title is no team beside it: "Senior Analytics Engineers / Mid Analytics
    # Engineers" names whom the ad hires, not a data engineering team already there.
    maturity = distinct(
        [
            m
            for m in phrases.find(doc, lists["data_maturity"])
            if not (
                m.entry.get("group") == "team" and top is not None and top[0] <= m.start < top[1]
            )
        ]
    )
    ml = [m for m in phrases.find(doc, lists["ml_role"]) if not _ml_aside(text, m, top)]
    # "LLM" is also the Master of Laws an attorney holds, "NLP" a front desk's Navy Lodging
    # Program: alone, such an acronym does not make an ML role; in the title or in data work
    # it does.
    ml_named = any(text[m.start : m.end].lower() not in _AMBIGUOUS_ML for m in ml)
    # The data-work words are read only where the answer turns on them: an ML phrase or a
    # maturity signal settles most data ads, so the list is not in phrases.CATALOG's one pass.
    data_words = phrases.find(doc, lists["data_role"]) if not (ml_named or maturity) else []
    ml_role = ml_named or bool(ml and (maturity or _data_work(doc, [*data_words, *ml])))
    return Commitments(
        boilerplate=distinct(phrases.find(doc, lists["diversity_boilerplate"])),
        measures=distinct(_offered(doc, phrases.find(doc, lists["diversity_measures"]))),
        responsible_ai=distinct(phrases.find(doc, lists["responsible_ai"])),
        ml_role=ml_role,
        maturity=maturity,
        benefits=distinct(_benefits(doc, phrases.find(doc, lists["benefits"]))),
        data_role=ml_role or bool(maturity) or _data_work(doc, data_words),
    )


_AMBIGUOUS_ML = frozenset({"llm", "nlp"})

# An ML word that is not the job's own work: a subject in a list of degrees ("a degree in
# Computer Science, Data Science or Mathematics"), the teams the role serves ("Data Science and
# Analytics teams", "Data-Science-Teams"), or the notice that AI tools help the hiring ("We may
# use artificial intelligence (AI) tools to support parts of the hiring process").
_DEGREE_BEFORE = re.compile(
    r"\b(?:degree|bachelor(?:'s|’s)?|master(?:'s|’s)?|b\.?sc|m\.?sc|ph\.?d|diploma|studium"
    r"|hochschulabschluss|education|educated)\b[^.;\n]{0,90}\Z",
    re.IGNORECASE,
)
_TEAMS_AFTER = re.compile(
    r"(?:[ \t]*(?:,|/|&|\band\b|\bor\b|\bund\b)[ \t]*(?:and[ \t]+)?[A-Za-z][\w-]*){0,4}"
    r"[ \t-]*(?:teams?|functions?|colleagues|community|communities)\b",
    re.IGNORECASE,
)
_HIRING_AFTER = re.compile(
    r"(?:[ \t]*\((?:ai|ki)\))?[ \t]+(?:tools?|systems?|technolog(?:y|ies)|software)\b[^.\n]{0,50}"
    r"\b(?:hiring|recruit\w*|application\s+process|applications|candidates)\b",
    re.IGNORECASE,
)


def _ml_aside(text: str, m: phrases.Match, title: tuple[int, int] | None) -> bool:
    """An ML word that names a degree subject, the teams served, or AI used in the hiring; never
    one in the title."""
    if title is not None and title[0] <= m.start < title[1]:
        return False
    if _DEGREE_BEFORE.search(text, max(0, m.start - 90), m.start) is not None:
        return True
    if _TEAMS_AFTER.match(text, m.end) is not None:
        return True
    return _HIRING_AFTER.match(text, m.end) is not None


def _data_work(doc: Doc, found: list[phrases.Match]) -> bool:
    """The ad is for data work: a data-work word in its title ("Information Analyst", "BI
    Developer"), or three different ones in its text. One or two ("data analysis" among a
    nurse's or an accountant's duties, a dashboard a consultant reviews) are part of another
    job."""
    if not found:
        return False
    text = doc.text
    top = seniority.title_span(doc)
    if top is not None and any(top[0] <= m.start < top[1] for m in found):
        return True
    return len({text[m.start : m.end].lower() for m in found}) >= 3
