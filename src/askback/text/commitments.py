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
    before = text[line_start : m.start].split()
    after = text[m.end : text.find("\n", m.end) if "\n" in text[m.end :] else len(text)]
    tail: list[str] = []
    for w in after.split()[:4]:
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


def _benefits(doc: Doc, found: list[phrases.Match]) -> list[phrases.Match]:
    """The benefits offered: not denied, not "bonus" in the sense of a plus, not holiday at the
    legal floor, and not a word of an employer's name or of a job's."""
    return [
        m
        for m in _offered(doc, found)
        if not _bonus_as_plus(doc.text, m)
        and not _holiday_at_floor(doc.text, m)
        and not _in_a_name(doc.text, m)
        and not _names_a_job(doc.text, m)
    ]


def check(doc: Doc) -> Commitments:
    lists = _lists()
    maturity = distinct(phrases.find(doc, lists["data_maturity"]))
    data_words = phrases.find(doc, lists["data_role"])
    text = doc.text
    ml = phrases.find(doc, lists["ml_role"])
    # "LLM" is also the Master of Laws an attorney holds, "NLP" a front desk's Navy Lodging
    # Program: alone, such an acronym does not make an ML role; in the title or in data work
    # it does.
    ml_role = any(text[m.start : m.end].lower() not in _AMBIGUOUS_ML for m in ml) or bool(
        ml and (maturity or _data_work(doc, [*data_words, *ml]))
    )
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
