"""US federal qualification parts (USAJOBS): must-haves the list readers merge or leave out.

The hand labels of the USAJOBS ads (tests/data/text/usajobs/README.md) count, in a federal
ad's Qualifications part, each basic requirement under a requirements heading as one item
(*Citizenship … Degree … License … Residency … English … Physical requirements*). The source
of these ads lost most line breaks, so two labelled basic items often run together in one
sentence run ("Proficiency in spoken and written English. Physical requirements outlined
below."; "… Handbook 5019.f. English Language Proficiency. …"), and the list readers take
them for one item. `federal_items` splits an item at such a glued label.

The labels also count the qualification path, experience or education, as one must-have
beside the basic requirements, selective factors or competencies ("you must meet at least one
of the following AND the Selective Factors", "In addition to the Basic Requirements, you must
also meet …", the 2210 competencies "beside the specialized experience"); the list readers see
it as prose. `federal_items` adds it once when no item holds it, and not when it is one grade's
block of a grade-by-grade list, a preference, one alternative among others, or a lead-in whose
parts are the items ("Specialized experience must demonstrate the following: 1) …").

Only ads with a federal signal are read (see `_federal`): the labels' counting rules are
about the federal templates, and other ads keep what the general readers found.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from askback.text import (
    req_federal,
    req_inline,
    req_usa_competencies,
    req_usa_defined,
    req_usa_following,
    req_usa_lettered,
    req_usa_mandatory,
    req_usa_parts,
    req_usa_ses,
)

if TYPE_CHECKING:
    from askback.text.doc import Doc
    from askback.text.requirements import Section

# Words of a federal Qualifications part. Any one suffices beside the heading; each is a
# substring test on the lowered text, so an ad without them costs a few scans.
_FEDERAL_WORDS = (
    "specialized experience",
    "specialized work experience",
    "basic requirement",
    "federal service",
    "va handbook",
    "selective factor",
    "next lower grade",
    "next lower pay band",
    "military spouse preference",
    "area of consideration",
    "executive core qualification",
    # A VA physician's basic requirements name none of the above, only the department
    # ("approved by the Secretary of Veterans Affairs", "Veterans Health Administration").
    "veterans affairs",
    "veterans health administration",
    # The OPM wording of the Library of Congress ads, which name none of the above: "… the
    # following knowledge, skills, and abilities to perform the duties of the position without
    # more than normal supervision".
    "without more than normal supervision",
)
_SES_WORDS = "executive core qualification"
# A word of each of those, looked up in the ad's vocabulary first: a set test, so that most
# ads that are no federal announcement are not scanned at all.
_FEDERAL_TOKENS = frozenset(
    (
        "specialized",
        "basic",
        "federal",
        "handbook",
        "selective",
        "lower",
        "spouse",
        "consideration",
        "veterans",
        "supervision",
    )
)

# A basic-requirement label glued after the end of the sentence before it, inside one item:
# "English.Physical requirements outlined below.", "… 10006. Licensure. Full, active …",
# "… certification.)Licensure. Hold …", "… 5019.f. English Language Proficiency. …", "…
# obtained. Education for Advanced Practice Nurse Positions: Graduate …". The
# sentence before ends in a small letter, a number or a bracket and a full stop (not "U.S.
# Citizenship", not an alternative's number "… or 2. Education. One year above …"), or in a
# bracket with no space ("(Reference …)Licensure."); the label is followed by its full stop
# or colon, or by "outlined below" (not "Waiver of Licensure", "Certification as a Nursing
# Assistant is preferred", "(BLS) Certification."). A sentence may also end on an agency's
# short name ("… to continue employment with VA. English Language Proficiency. RNs …"), and a
# line cut inside a label leaves blanks between its words ("English Language  Proficiency").
# The nurse standard's "Condition of Employment." heads its registration requirement.
_GLUED_LABEL = re.compile(
    r"(?:(?:(?<=[a-z)])|(?<=\d\d)|(?<=[ \t][A-Z]{2}))\.[ \t]*|\))(?:[a-h]\.[ \t]*)?"
    r"(?=(?:Physical[ \t]+(?:[Rr]equirements|[Ss]tandards)"
    r"|English[ \t]+Language[ \t]+Proficiency|Condition[ \t]+of[ \t]+Employment"
    r"|Licensure(?: and Registration)?|Education(?: for(?: [A-Z][a-z]+){1,4} Positions)?"
    r"|Citizenship|Residency Training|Registration"
    r"|Certification)(?:[ \t]*[.:]|[ \t]+outlined below))"
)

# Two basic items of the VA templates that carry no label, run into the next item: "U.S.
# citizenship. Graduate of a school of practical nursing …" (not "U.S. citizenship.
# Non-citizens may be appointed …", its own explanation), "Full unrestricted Licensure,
# Certification, or Registration required Graduate of a school …" (an item of its own, as the
# labels' #305 and #580 say).
_GLUED_UNLABELLED = re.compile(
    r"(?:U\.S\.|United States)[ \t]+[Cc]itizenship\.[ \t]*(?=(?!Non-?[Cc]itizens)[A-Z])"
    r"|(?i:licensure, certification,? or registration required)[ \t.]*(?=[A-Z])"
)

# The experience requirement of the qualification path: a duration of specialized experience
# ("one year of specialized experience equivalent to …", "at least one (1) year of specialized
# experience", "52 weeks of specialized experience", "1 year of specialized work experience").
_SPECIALIZED = re.compile(
    r"\b(?:one|1|two|2|three|3|\d{2})(?:[ \t]*\(\d\))?(?:[ \t]+or[ \t]+more)?(?:[ \t]+full)?"
    r"[ \t]+(?:years?|months?|weeks?)"
    r"[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?specialized[ \t]+(?:[\w-]+[ \t]+){0,2}?experience"
    r"|\bspecialized experience (?:for this position )?(?:is defined as|includes)\b",
    re.IGNORECASE,
)
# A further requirement glued into the item before it: "In addition to the Basic Requirements
# for this position, your resume must also demonstrate at least one year of specialized …".
_IN_ADDITION = re.compile(
    r"in addition,? to (?:meeting )?the basic requirement|additional qualification requirement",
    re.IGNORECASE,
)
# Before it: one alternative of several ("… OR One year of specialized experience", "AND/OR 1
# year"), a preference ("Preferred Experience: One to two years"), or a grade label glued to
# the line of a grade determination ("GS-4Experience. One year of specialized experience").
_NOT_OWN = re.compile(r"\bOR\b|\bor,|\bor$|prefer", re.IGNORECASE)
_GRADE_NEAR = re.compile(r"\b(?:GS|GL|WG)-?\d{1,2}(?:[ \t]*[-–:]|(?=[A-Z(]))|prefer", re.IGNORECASE)
# The last alternative of the path in the OPM wording: "… OR Combination of education and
# experience …", "OR- a combination of education and experience that is directly related …".
_COMBINATION = re.compile(
    r"\bOR\b-?[ \t]*(?:a[ \t]+)?combination[ \t]+of[ \t]+(?:graduate[ \t]+)?education[ \t]+and"
    r"[ \t]+(?:specialized[ \t]+)?experience",
    re.IGNORECASE,
)
# The four competencies of the OPM IT (2210) template, each opening its item.
_COMPETENCY = re.compile(
    r"(?:Attention to Detail|Customer Service|(?:Oral )?Communications?|Problem Solving)\b"
)
# The parts of a one-grade specialized experience in the IT template: "Specialized experience
# for this position includes: Skill Set 1 - …; AND Skill Set 2 - …; AND Skill Set 3 - …".
_SKILL_SET = re.compile(r"Skill[ \t]+Set[ \t]+(?P<n>\d)[ \t]*[-–—:]")
# Where the last part ends: a sentence's stop before a capital or the line's end.
_PART_END = re.compile(r"\.(?=[A-Z]|[ \t]+[A-Z]|[ \t]*$)", re.MULTILINE)
# Item 2 of a numbered list, and item 1 on the line before it, after its lead-in's colon.
_ITEM_TWO = re.compile(r"[ \t\n\-•·]*2[.)][ \t]*\S")
_ITEM_ONE_ON_LEAD = re.compile(r":[ \t]*(?P<item>1[.)][ \t]*[A-Z][^\n]*)\n[ \t\n]*$")
# A level of the VA nurse standard that opens its line in a grade determination.
_NURSE_LEVEL = re.compile(r"Nurse (?:I{1,3}|IV|V)(?:,? Level (?:I{1,3}|[1-3]))?[ \t]*[-–:]")
# Between it and the items after it: the items are the parts of the experience it asks for
# ("Specialized experience must demonstrate the following: 1) …", "… includes:-Coordinate").
_PARTS_LEAD = re.compile(r"(?:following|include[sd]?|defined as)\W{0,6}$", re.IGNORECASE)


def _parts_lead(text: str, start: int, end: int, item: int) -> bool:
    """Whether the sentence right before the item at `item` leads into parts of the experience
    ("Specialized experience must demonstrate the following: 1) …", "… includes:-Coordinate",
    "One year of specialized experience equivalent to the GS-11 grade level: 1. …")."""
    gap = text[end:item].rstrip()
    if gap.endswith(":") and ". " not in gap:
        return True
    lead = text[max(start, item - 250) : item]
    m = _PARTS_LEAD.search(lead)
    if m is None:
        return False
    cut = max(lead.rfind(". ", 0, m.start()), lead.rfind(".\n", 0, m.start()))
    return "experience" in lead[cut + 1 : m.start()].lower()


def _federal(doc: Doc) -> bool:
    """Whether the ad reads as a US federal announcement with a Qualifications part. An SES ad
    may hold no token of _FEDERAL_TOKENS: "executive" and "core" (of "executive core
    qualification") both let it through, "executive" alone would let through many other ads."""
    vocab = doc.vocab
    if vocab.isdisjoint(_FEDERAL_TOKENS):
        if "executive" not in vocab or "core" not in vocab:
            return False
        return "Qualifications" in doc.text and _SES_WORDS in doc.lower
    if "Qualifications" not in doc.text:
        return False
    lower = doc.lower
    return any(w in lower for w in _FEDERAL_WORDS)


def _split_glued(text: str, item: tuple[int, int]) -> list[tuple[int, int]]:
    """The item, cut before each basic-requirement label glued inside it."""
    a, b = item
    cuts = [m.end() for m in _GLUED_LABEL.finditer(text, a, b) if m.start() > a + 3]
    cuts += [m.end() for m in _GLUED_UNLABELLED.finditer(text, a, b) if m.end() < b - 3]
    cuts.sort()
    if not cuts:
        return [item]
    bounds = [a, *cuts, b]
    return [(x, y) for x, y in pairwise(bounds) if text[x:y].strip()]


def federal_items(
    doc: Doc, secs: list[Section], musts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`musts` read again by the federal counting rules (see the module docstring); two items
    that the federal rules leave as they are also with a run-together list before them
    (with_run_before), in any ad."""
    out = _federal_items(doc, secs, musts)
    if len(musts) == 2 and out == musts:
        return with_run_before(doc, musts)
    return out


def _federal_items(
    doc: Doc, secs: list[Section], musts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    if (mandatory := req_usa_mandatory.mandatory_items(doc.text)) is not None:
        return mandatory
    if not _federal(doc):
        return musts
    text = doc.text
    out: list[tuple[int, int]] = []
    examples = req_usa_parts.merge_examples(text, musts)
    merged = req_usa_parts.merge_alternatives(text, examples)
    for item in req_usa_parts.split_dots(text, merged):
        out.extend(_split_glued(text, item))
    out = req_usa_parts.without_potential_competencies(text, out)
    out = req_usa_parts.split_restarted_numbers(text, out)
    out = req_usa_parts.split_at_labels(text, req_usa_parts.without_clarifications(text, out))
    blocks = req_federal.grade_blocks(text)
    labelled = req_usa_parts.labelled_items(text, out, blocks)
    labelled += req_usa_lettered.lettered_items(text, sorted([*out, *labelled]), blocks)
    # Beside a list read; where none is, only a lead that asks plainly (see _NOT_ALONE there).
    alone = len(out) + len(labelled) < 2
    labelled += req_usa_following.following_items(text, out, blocks, alone=alone)
    labelled += req_usa_defined.definition_parts(text, sorted([*out, *labelled]), blocks)
    labelled += req_usa_parts.general_experience(text, sorted([*out, *labelled]))
    if labelled:
        out = sorted([*out, *labelled])
    out = req_usa_ses.executive_items(text, out)
    out = req_usa_parts.without_later_levels(text, out)
    out = _without_nurse_levels(text, out)
    out = _with_competencies(text, out)
    out = _with_privileges(text, out)
    out = _with_skill_sets(text, out)
    out = sorted([*out, *req_usa_competencies.competency_items(text, out, blocks)])
    if len(out) < 2 and not musts:
        return musts  # no list read, and no labelled list either
    if not out:
        return out  # the items read were all boilerplate or explanations: no list
    if len(out) == 1 and len(merged) < len(examples):
        return []  # the items read were alternatives of one requirement: no list
    first = _first_on_lead_in(text, out[0])
    if first is not None:
        out.insert(0, first)
    if len(out) >= 2:
        path = _experience_item(text, out)
        if path is None:
            path = _beside_competencies(text, doc.lower, out)
        for extra in (path, _one_nurse_level(text, out)):
            if extra is not None:
                out = sorted([*out, extra])
    return req_usa_parts.without_pointers(text, out)


# A run-together list is read only where the list readers found fewer than two items; this
# many items at least make it the ad's list beside a short one after it.
_RUN_ITEMS = 3


def with_run_before(doc: Doc, musts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The two items read, with the items of a run-together list of three or more that stands
    before them: a Qualifications part that opens with a series run into one paragraph ("All
    levels require incumbent to be at least 18 …; speak, read, and write English; …; and …")
    and ends with a short list on lines of its own ("SPECIAL REQUIREMENTS:" and two lines)
    asks both; the list readers read the two lines and so never look for the series (the
    USAJOBS labels count the series' clauses, README: *All levels require …*)."""
    first = min(a for a, _ in musts)
    runs = [
        f for f in req_inline.required_lists(doc) if f.end <= first and len(f.items) >= _RUN_ITEMS
    ]
    if not runs:
        return musts
    return sorted([*musts, *(it for f in runs for it in f.items)])


# A level of the VA nurse standard that opens an item, after the heading of the grade
# requirements where that stands on the item's line, after its bullet if it has one: "Nurse II:
# BSN with …", "- Nurse I Level II - An ADN …", "·Nurse I, Level 2 - Associate Degree …",
# "EDUCATION/EXPERIENCE REQUIREMENTS:Nurse I, Level III: Associate Degree …".
_NURSE_LEVEL_ITEM = re.compile(
    r"[ \t]*(?:[-–•·][ \t]*)?(?:[A-Z/ ]{5,40}:[ \t]*)?Nurse (?:I{1,3}|IV|V)"
    r"(?:,? Level (?:I{1,3}|[1-3]))?[ \t]*[-–:]"
)


def _without_nurse_levels(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without the VA nurse levels that open two items or more: the levels of a
    grade determination of several grades, which the labels do not count (one level alone is
    the position's own and counts, see _one_nurse_level)."""
    levels = [it for it in items if _NURSE_LEVEL_ITEM.match(text, it[0], it[1]) is not None]
    if len(levels) < 2:
        return items
    return [it for it in items if it not in levels]


# The IHS sentence that makes clinical privileges a condition of the post: "The selected
# individual is required to obtain and maintain medical staff clinical privileges, including
# any licensure requirements." (to its full stop).
_PRIVILEGES = re.compile(
    r"[^.\n]{0,80}\brequired[ \t]+to[ \t]+obtain[ \t]+and[ \t]+maintain[ \t]+(?:medical[ \t]+staff"
    r"[ \t]+)?clinical[ \t]+privileges\b[^.\n]*\.?",
    re.IGNORECASE,
)


def _with_privileges(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with the IHS privileges sentence as an item of its own, where a list was read
    and no item holds it: the labels count it as a must-have (#923, #940, #952, #1022), and the
    list readers leave it out, as it stands after the list in a paragraph of its own or glued to
    the last item's sentence."""
    if len(items) < 2 or "privileges" not in text:
        return items
    m = _PRIVILEGES.search(text)
    if m is None:
        return items
    start = m.start() + len(m[0]) - len(m[0].lstrip(" \t"))
    holder = next(((a, b) for a, b in items if a <= start < b), None)
    if holder is None:
        if any(start <= a < m.end() for a, _ in items):
            return items  # an item starts inside the sentence: it is read already
        return sorted([*items, (start, m.end())])
    a, b = holder
    if not text[a:start].strip() or text[a:start].rstrip()[-1:] not in ".)":
        return items  # the item is that sentence, or holds it inside a sentence of its own
    # Glued after the last item's full stop ("… distinguish basic colors. The selected
    # individual is required …"): an item of its own from there.
    return sorted([*(it for it in items if it != holder), (a, start), (start, b)])


# The competencies of the IT (2210) template, each at a sentence's or a line's start with its
# dash: "Attention to Detail- experience reviewing …", "Customer Service – …".
_COMPETENCY_HEAD = re.compile(
    r"(?:(?<=[.:;\n])|(?<=[.:;][ \t])|^)[ \t]*(?P<name>Attention to Detail|Customer Service"
    r"|(?:Oral )?Communications?|Problem Solving)[ \t]*[-–—:]",
    re.MULTILINE,
)
# The lead-in: "… demonstrating the following competencies:", "… these competencies:", "… the
# following IT-related competencies:".
_COMPETENCIES_LEAD = re.compile(r"(?:following|these)[ \t]+(?:IT(?:-related)?[ \t]+)?competencies")
# How far after the lead-in the competencies stand, at most.
_COMPETENCIES_REACH = 3000
# After the last competency: the education offered instead ("-OR- Meet the education detailed
# in the qualification standards"); the further requirement that follows it ("In addition to
# meeting the basic requirement, …"), where its line break was lost.
_EDUCATION_INSTEAD = re.compile(r"-OR-|\bOR\b[ \t\n]*(?:[Mm]eet|[Ee]ducation)")
_FURTHER = re.compile(r"(?<=[\w.)])[ \t]*(?=In addition\b)")


def _with_competencies(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with the four competencies of the IT (2210) template as items of their own,
    where the list readers stopped before them ("… demonstrating the following competencies
    … Your resume … will be evaluated …" ends the list they read at the lead-in): the labels
    count each competency (#668, #749), and the lead-in and its explanations are no items. As
    they are where an item holds a competency already, and where the competencies are one
    alternative of the basic requirement ("-OR- Meet the education …", #710)."""
    if "competencies" not in text:
        return items
    found = _COMPETENCIES_LEAD.search(text)
    if found is None or req_usa_parts.potential_lead(text, found.start()):
        return items
    lead = found.start()
    heads: list[re.Match[str]] = []
    for m in _COMPETENCY_HEAD.finditer(text, lead, lead + _COMPETENCIES_REACH):
        if any(h["name"].split()[-1] == m["name"].split()[-1] for h in heads):
            break  # a name again: a list of other competencies (supervisory ones) starts
        heads.append(m)
    if len({m["name"].split()[0] for m in heads}) < 3:
        return items
    start = max(text.rfind(c, 0, lead) for c in (". ", "\n", ":", ".")) + 1
    holders = [(a, b) for a, b in items if any(a <= m.start("name") < b for m in heads)]
    if any(a >= start for a, _ in holders):
        return items  # an item of the competencies' own is read already
    # An item before the lead-in that ran on into the competencies ("Skill Set 3 - Managing
    # releases.In addition to …, these competencies:Attention to Detail-…") ends at the lead-in.
    cut = [(a, min(b, start)) if (a, b) in holders else (a, b) for a, b in items]
    spans = []
    for k, m in enumerate(heads):
        end = text.find("\n", m.start("name"))
        end = len(text) if end < 0 else end
        if k + 1 < len(heads):
            end = min(end, heads[k + 1].start())
        spans.append((m.start("name"), end))
    a, b = spans[-1]
    if _EDUCATION_INSTEAD.search(text, a, b + 200) is not None:
        return items
    further = _FURTHER.search(text, a, b)
    if further is not None:
        spans[-1] = (a, further.start())
    kept = [(x, y) for x, y in cut if not start <= x < spans[-1][1]]
    return sorted([*kept, *spans])


def _with_skill_sets(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with the skill sets of a one-grade specialized experience (_SKILL_SET) as
    items of their own, where two or more stand in the text and not each starts an item: the
    labels count such parts of one grade's experience beside the IT competencies (#948, as
    #379). An item that holds skill sets is replaced by them (the experience's lead-in that
    ran on into them is counted by its parts)."""
    if len(items) < 2 or "Skill" not in text:
        return items
    heads = [m for m in _SKILL_SET.finditer(text) if not _in_grade_block(text, m.start())]
    if len({m["n"] for m in heads}) < 2 or len(heads) != len({m["n"] for m in heads}):
        return items
    starts = {a for a, _ in items}
    if all(m.start() in starts for m in heads):
        return items  # each skill set is an item already
    spans = []
    for k, m in enumerate(heads):
        if k + 1 < len(heads):
            end = heads[k + 1].start()
        else:
            stop = _PART_END.search(text, m.end())
            end = len(text) if stop is None else stop.end()
        spans.append((m.start(), end))
    kept = [(a, b) for a, b in items if not any(a <= x < b or x <= a < y for x, y in spans)]
    return sorted([*kept, *spans])


def _beside_competencies(
    text: str, lower: str, items: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The specialized experience of the IT (2210) template when the four competencies are the
    items: the labels count the four *beside the specialized experience*, the experience once
    (#668, #921), also where it is glued into the last competency's item."""
    at = lower.find("specialized experience", max(text.find("Qualifications"), 0))
    if at < 0:
        return None
    heads = sum(1 for a, b in items if _COMPETENCY.match(text[a:b].lstrip(" \t\n-•·0123456789.)")))
    if heads < 3 or any(a <= at < min(b, a + 60) for a, b in items):
        return None
    if any(_SKILL_SET.match(text, a, b) for a, b in items):
        return None  # the experience's parts are items already
    return (at, at + len("specialized experience"))


def _one_nurse_level(text: str, items: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a VA nurse ad's grade determination when it names one level only ("Grade
    Determinations: … Nurse IV - Master's degree … and approximately 4-5 years …"): the labels
    count the requirement of the one grade an ad fills (#286, #329), not those of several. The
    level's line must state the standard's degree, as the VA nurse standard writes each level;
    a line without one is read as a note, not a requirement."""
    at = text.find("Grade Determinations")
    if at < 0:
        return None
    levels = list(_NURSE_LEVEL.finditer(text, at))
    if not levels or len({m[0] for m in levels}) > 1:
        return None
    start = levels[0].start()
    if any(a <= start < b for a, b in items):
        return None
    end = text.find(".", levels[0].end())
    end = levels[0].end() if end < 0 else end + 1
    return (start, end) if "degree" in text[start:end].lower() else None


def _first_on_lead_in(text: str, item: tuple[int, int]) -> tuple[int, int] | None:
    """Item 1 of a numbered list left on its lead-in's line ("Candidates must: 1. Meet the age
    requirements …" and "2. …" on the next lines) when the first item read is item 2."""
    a, b = item
    if _ITEM_TWO.match(text, a, b) is None:
        return None
    m = _ITEM_ONE_ON_LEAD.search(text, max(0, a - 400), a)
    return None if m is None else (m.start("item"), m.end("item"))


def _experience_item(text: str, items: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the ad's experience-or-education requirement when no item counts it: the
    qualification path is one must-have beside the basic requirements and selective factors
    (the USAJOBS labels: *specialized experience* is "one further requirement" and "counts
    once" beside grade-by-grade ones; alternatives, *-OR-*, count as one). The path is found by
    its specialized experience, else by its *OR a combination of education and experience*.
    None when the path stands inside an item, in a grade-by-grade block, as a preference, or
    when the items after it are its own parts."""
    q = max(text.find("Qualifications"), 0)
    # Experience read above a combination, other than as one alternative of the path.
    read: list[int] = []
    for rx in (_SPECIALIZED, _COMBINATION):
        for m in rx.finditer(text, q):
            at = m.start()
            if rx is _COMBINATION and any(at - 800 < e < at for e in read):
                return None  # the last alternative of the experience path read above
            alternative = rx is _SPECIALIZED and _NOT_OWN.search(text, max(0, at - 40), at)
            if not alternative:
                read.append(at)
            inside = next(((a, b) for a, b in items if a <= at < b), None)
            if inside is not None and not _IN_ADDITION.search(text, inside[0], at):
                break  # the path is an item already
            if alternative:
                continue  # one alternative of the path: its combination, if any, stands for it
            after = [a for a, _ in items if a >= m.end()]
            if after and after[0] - m.end() < 600 and _parts_lead(text, at, m.end(), after[0]):
                break  # the items after it are its parts
            if _GRADE_NEAR.search(text, max(0, at - 40), at) or _in_grade_block(text, at):
                continue
            if any(_leads_to_path(text, a, b) for a, b in items if b <= at):
                break  # an item of its own says it: "In addition to the Basic Requirements, …"
            end = text.find(".", m.end())
            return (at, m.end() if end < 0 else end + 1)
    return None


def _leads_to_path(text: str, a: int, b: int) -> bool:
    """Whether the item at a..b is itself the lead-in to the qualification path."""
    m = _IN_ADDITION.search(text, a, min(b, a + 60))
    return m is not None and not text[a : m.start()].strip(" \t\n-•·,")


def _in_grade_block(text: str, at: int) -> bool:
    return any(a <= at < b for a, b in req_federal.grade_blocks(text))
