"""The four competencies of the federal IT (2210) template in the shapes req_usa reads not.

The USAJOBS hand labels (tests/data/text/usajobs/README.md) count the four competencies of the
2210 IT template (Attention to Detail, Customer Service, Oral Communication, Problem Solving)
as items beside the specialized experience (#668, #724, #749, #921), and none where they are one
alternative of the basic requirement (*-OR- Meet the education*, #710, #1041).
req_usa._with_competencies reads them after "the following competencies" with each name
opening its sentence or line. Agencies write the same requirement in other words: "IT-related
experience demonstrating each of the four competencies: (1)Attention to Detail - …", "each of
the following four competencies: 1) Attention to Detail …", "applicants must also show
proficiency in 1) attention to detail, 2) customer service, 3) oral communication, and 4)
problem solving", "skill in the following areas: attention to detail, …". `competency_items`
reads those, one item a competency.
"""

from __future__ import annotations

import re

# The lead: a sentence that asks for the competencies.
_LEAD = re.compile(
    r"\b(?:(?:each|all)[ \t]+(?:\(?\w+\)?[ \t]+)?of[ \t]+the[ \t]+(?:following[ \t]+)?"
    r"(?:(?:four|4|\(4\))[ \t]+)?competencies|following[ \t]+(?:(?:four|4)[ \t]+)?competencies"
    r"|(?:proficiency|skill)[ \t]+in(?:[ \t]+the[ \t]+following[ \t]+areas[ \t]*:)?"
    r"|following[ \t]+characteristics)",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"attention[ \t]+to[ \t]+detail|customer[ \t]+service|oral[ \t]+communications?"
    r"|problem[ \t]+solving",
    re.IGNORECASE,
)
# Before the lead, in its sentence or right before it: "OR", which makes the competencies one
# alternative of the basic requirement; after the last: the education offered instead.
_OR = re.compile(r"(?<![A-Za-z])[-~]*OR[-~]*(?![A-Za-z])")
_OR_LINE = re.compile(r"^[ \t]*[-~(]*OR[-~),]*[ \t]*$", re.MULTILINE)
# Right before a name that opens an item: a stop, colon, semicolon, comma, bracket, line break,
# bullet, item number or "and".
_ITEM_BEFORE = re.compile(r"(?:[.:;,)\n•·\-–]|\d|\band)[ \t]*$")
_EDUCATION_INSTEAD = re.compile(r"-OR-|~OR~|\bOR\b[ \t\n]*(?:[Mm]eet|[Ee]ducation)")
# A lead that rates rather than asks ("You will be evaluated on … the following areas").
_RATED = re.compile(r"\b(?:evaluated|rated|ranked|desired|preferred)\b", re.IGNORECASE)
# How far after the lead the first name stands at most, and the four at most.
_FIRST_REACH = 300
_REACH = 3000
_OR_BACK = 150
_AFTER = 200


def _sentence_start(text: str, at: int, floor: int) -> int:
    return max(text.rfind(". ", floor, at) + 1, text.rfind("\n", floor, at) + 1, floor)


def _end_of(text: str, at: int, limit: int) -> int:
    """Where the last competency's item ends: its sentence's stop, its line's end or `limit`."""
    stop = re.compile(r"\.(?=[ \t]*(?:\n|[A-Z]|$))|\n").search(text, at, limit)
    return limit if stop is None else stop.end()


def competency_items(
    text: str, items: list[tuple[int, int]], grade_blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The four competencies after a lead that asks for them, one item each, when no item read
    holds one of them (see the module docstring); [] otherwise, and where the lead stands in a
    grade's block of a grade-by-grade part (each grade's experience, with its competencies, one
    path beside education)."""
    q = text.find("Qualifications")
    if q < 0 or "ustomer" not in text:
        return []
    for lead in _LEAD.finditer(text, q):
        sentence = _sentence_start(text, lead.start(), q)
        if _RATED.search(text, sentence, lead.end()) is not None:
            continue
        if any(a <= lead.start() < b for a, b in grade_blocks):
            return []
        names: list[re.Match[str]] = []
        for m in _NAME.finditer(text, lead.end(), lead.end() + _REACH):
            if _ITEM_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
                continue  # a name inside a description ("… providing customer service")
            key = m[0].split()[0].lower()
            if any(n[0].split()[0].lower() == key for n in names):
                break  # a name again: the competencies are over
            names.append(m)
            if len(names) == 4:
                break
        if (
            len(names) < 4
            or names[0][0].lower().split()[0] != "attention"
            or names[0].start() - lead.end() > _FIRST_REACH
        ):
            continue  # not the four of the template, in its order
        if _OR.search(text, max(q, sentence - _OR_BACK), lead.start()) is not None:
            return []  # one alternative of the basic requirement
        if _OR_LINE.search(text, q, lead.start()) is not None:
            return []  # on one of several paths ("OR" on a line of its own before)
        starts = [m.start() for m in names]
        limit = min(len(text), names[-1].end() + _REACH // 3)
        end = _end_of(text, names[-1].end(), limit)
        if _EDUCATION_INSTEAD.search(text, names[-1].end(), end + _AFTER) is not None:
            return []
        if any(a <= m.start() < b for a, b in items for m in names):
            return []  # an item read holds them already
        bounds = [*starts, end]
        return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]
    return []
