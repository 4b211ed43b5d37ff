"""Items of a US federal list that the list readers cut wrong: glued bullets, clarifications.

The USAJOBS hand labels (tests/data/text/usajobs/README.md) count each basic requirement of a
federal ad once, and "a clarification inside an item is no item of its own". Two shapes of
the source break that:
- middle-dot bullets whose line breaks were lost ("· U.S. citizen· English language
  proficiency· Physical standards - …"): several items read as one; `split_dots` cuts them;
- the enumeration that explains one requirement ("Degree of doctor of medicine … Approved
  schools are: Schools of medicine … Schools of osteopathic medicine … For residents,
  graduation …"; "Approved residencies are: Those approved by …"): the schools or programs an
  item accepts, read as items of their own; `without_clarifications` leaves them out, with the
  boilerplate that closes a qualifications part ("Experience refers to paid and unpaid
  experience …"), which asks nothing.
`without_clarifications` also leaves out an item that says how the one before is read or
credited ("For example, …", "For the purpose of meeting this requirement, …", "To be
creditable, …"), and `without_pointers` one that only points at the requirements below it
("… you must also meet the qualification requirements listed below:") where an item follows.
req_usa.federal_items calls them, on ads with a federal signal only.
"""

from __future__ import annotations

import re
from itertools import pairwise

# A middle dot glued inside an item, before the next item's capital: "citizen· English",
# "required ·Graduate" (a lost line break leaves no blank on one side). Not at the item's start
# (its own marker), and not " · " with blanks on both sides, which also sets off alternatives
# inside one item ("GS-10 · Education Substitution: …; or · Degree and Experience: …").
_DOT = re.compile(r"(?<=[^\s·])·[ \t]*(?=[A-Z(])|[ \t]*·(?=[A-Z(])")

# The lead of an enumeration that explains an item: "Approved schools are:", "Approved
# residencies are:", "Approved schools include:", "Exceptions include:" (a colon, or an item
# number right after).
# The VA standards' grandfathering provision leads its own enumeration the same way ("For
# employees who do not meet all the basic requirements …, the following provisions apply: (1)
# …"): what current employees are spared, no requirement (as the labels' #553 treats waivers).
_ENUM_LEAD = re.compile(
    r"\b(?:(?:approved[ \t]+(?:\w+[ \t]+)?(?:schools|residencies|residency|programs|institutions)"
    r"|exceptions)[ \t]+(?:are|include)|the[ \t]+following[ \t]+provisions[ \t]+apply)\b"
    r"[ \t]*(?::|(?=\(?\d[.)]))",
    re.IGNORECASE,
)
# The grandfathering provision's lead where it stands between two items, outside both (the
# list readers took "(1) …" for the first item): its enumeration starts there. (The schools'
# leads are read inside items only: where the readers cut before them, the basic requirements
# around were not read either, and the schools stand for them in the count.)
_PROVISIONS_LEAD = re.compile(r"\bthe[ \t]+following[ \t]+provisions[ \t]+apply\b", re.IGNORECASE)
# How far before an item that lead may stand, between it and the item before.
_LEAD_REACH = 400
# An item that names a requirement of its own, which ends such an enumeration: a basic
# requirement's label at the item's start ("Residency Training.", "· First-Year Residency
# (Internship) -", "English Language Proficiency:", "Licensure and Registration –").
_OWN_ITEM = re.compile(
    r"[^\w(]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)][ \t]*)?"
    r"(?:(?:First-Year[ \t]+)?Residency|Licens|Registration|Citizen"
    r"|U\.S\.[ \t]+[Cc]itizen|United[ \t]+States[ \t]+[Cc]itizen|English|Physical|Education"
    r"|Degree|Certification|Board|Completion|Current|Must|Proficien)",
)
# The boilerplate after a federal ad's qualifications (as requirements._BOILERPLATE reads it
# at a section's start): what experience means and how it is credited.
_BOILERPLATE = re.compile(
    r"[^\w\"“]*[\"“]?experience[\"”]?[ \t]*:?[ \t]*refers[ \t]+to|[^\w]*you[ \t]+will[ \t]+receive"
    r"[ \t]+credit",
    re.IGNORECASE,
)


# Items that explain a requirement rather than ask one: its waiver or exceptions (the labels'
# #553: "*Exceptions* and *Waiver* paragraphs … are no requirements"), an appointment pending
# it, the definition of a kind of training ("An internship program involves …") and the note on
# degrees from abroad (the labels' #465, #550: "*Degree from Foreign Nursing School* note is a
# clarification, no item").
_EXPLAINS = re.compile(
    r"[^\w]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)][ \t]*)?"
    r"(?:Waiver\b|Exceptions?\b|Appointments?[ \t]+[Pp]ending\b"
    r"|(?i:grandfathering[ \t]+provisions?)\b"
    r"|An?[ \t]+[\w-]+[ \t]+program[ \t]+(?:involves|is)\b"
    r"|(?:Degrees?|Graduates?|Education)[ \t]+(?:from|of)[ \t]+(?:an?[ \t]+)?[Ff]oreign\b"
    # Who does not meet the item before ("Graduates of schools … in candidacy status do not
    # meet this requirement until …"), and what grades above the one filled need of it ("For
    # grade levels above the full performance level, the candidate must be licensed").
    r"|[^.\n]{0,160}?\bdo(?:es)?[ \t]+not[ \t]+meet[ \t]+(?:this|the|these)[ \t]+requirements?\b"
    r"|For[ \t]+(?:grades?|grade[ \t]+levels?)[ \t]+above\b"
    # How the standard sorts posts ("Clinical and Training Programs: Within Federal clinical
    # and training programs, a distinction is made between general practice and specialist
    # positions."): a description of the standard, whose grade-by-grade needs follow it.
    r"|[^.\n]{0,120}?\ba[ \t]+distinction[ \t]+is[ \t]+made[ \t]+between\b"
    # One grade's heading or note in a standard that goes grade by grade ("Basic Requirements
    # for the GS-5 (or equivalent) Grade Level", "At the GS-9 and above grade level, many
    # positions may require …"): the grade-by-grade rule counts none of them.
    r"|(?:Basic[ \t]+)?Requirements?[ \t]+for[ \t]+(?:the[ \t]+)?(?:GS|GP|GL|WG)-?\d"
    r"|At[ \t]+the[ \t]+(?:GS|GP|GL|WG)-?\d)"
)


# An item that only points at the requirements below it ("Qualification Requirements: In
# addition to meeting the basic requirement above, to qualify for this position you must also
# meet the qualification requirements listed below:", "In addition to the basic requirements
# stated above the following is required:"): the requirement is what follows, and the pointer
# with it is one item (the labels' #493, #605 count the nurse template's qualification path
# once). A pointer at grade levels ("… the following minimum requirements for the grade level
# you wish …") stands in for grade blocks that are not read, and stays.
_POINTER = re.compile(
    r"[^\w]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)][ \t]*)?(?:[A-Za-z][A-Za-z /]{2,40}:[ \t]*)?"
    r"In[ \t]+addition,?[ \t]+to\b(?:(?!grade)[^.:\n]){0,220}?"
    r"\b(?:(?:listed|stated|described|shown)[ \t]+below"
    r"|the[ \t]+following(?:[ \t]+is[ \t]+required)?)"
    r"[ \t]*[:\-–]?\s*\Z",
    re.IGNORECASE,
)


def without_pointers(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without one that only points at the requirements below it (_POINTER) where
    an item follows it: the pointer and what it points at ask one thing. A pointer that is the
    last item stands for what it points at (read by no reader, or left out as alternatives)."""
    if len(items) < 2:
        return items
    keep = [
        (a, b)
        for i, (a, b) in enumerate(items)
        if i == len(items) - 1
        or text.find("ddition", a, min(b, a + 80)) < 0
        or _POINTER.match(text, a, b) is None
    ]
    return keep


# An item that says what the item before means or how it is credited: an example of it, the
# sense of its words, where to read more, what makes its experience or courses count ("For
# example, an applicant who …", "For the purpose of meeting this requirement, the term …
# refers to", "For information regarding foreign education …", "To be creditable, the
# experience must have …", "All science and mathematics courses must have been acceptable …"):
# the labels' rule on a clarification (#790: an item that "only qualifies the one before it").
# Read on the items handed over only (without_clarifications), not on the sentences of a
# "the following" run, whose readers weigh a run by its sentences.
_CLARIFIES = re.compile(
    r"[^\w]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)][ \t]*)?"
    r"(?:For[ \t]+(?:example|instance|(?:the[ \t]+)?purposes?[ \t]+of"
    r"|information[ \t]+(?:regarding|on|about))\b"
    r"|To[ \t]+be[ \t]+creditable\b"
    r"|All[ \t]+(?:[\w-]+[ \t]+){0,4}courses[ \t]+must[ \t]+have[ \t]+been\b)"
)


def explains(text: str, a: int, b: int) -> bool:
    """Whether the item at a..b explains a requirement rather than asks one (_EXPLAINS)."""
    return _EXPLAINS.match(text, a, b) is not None


def split_dots(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items, each cut before a middle-dot bullet glued inside it."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if text.find("·", a + 1, b) < 0:
            out.append((a, b))
            continue
        start = a
        for m in _DOT.finditer(text, a + 1, b):
            if text[start : m.start()].strip(" \t\n·"):
                out.append((start, m.start()))
                start = m.start()
        out.append((start, b))
    return [(x, y) for x, y in out if text[x:y].strip(" \t\n·")]


def without_clarifications(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without the enumerations that explain an item (see the module docstring) and
    without the closing boilerplate. An enumeration starts at its lead (an item that opens with
    it is left out too) and ends at the next item that opens with a requirement of its own."""
    out: list[tuple[int, int]] = []
    listing = False
    before = 0
    for a, b in items:
        if _PROVISIONS_LEAD.search(text, max(before, a - _LEAD_REACH), a) is not None:
            listing = True  # the lead stands between the items ("… apply:\n\n(1) …")
        before = b
        if _BOILERPLATE.match(text, a, b) is not None or _EXPLAINS.match(text, a, b) is not None:
            continue
        if _CLARIFIES.match(text, a, b) is not None:
            continue
        lead = _ENUM_LEAD.search(text, a, b)
        if (
            listing
            and _OWN_ITEM.match(text, a, b) is not None
            and (lead is None or lead.start() > a + 3)
        ):
            listing = False
        if lead is not None:
            own = text[a : lead.start()].strip(" \t\n-–·•:;.0123456789()")
            listing = True
            if own:
                out.append((a, b))
            continue
        if not listing:
            out.append((a, b))
    return out


# A basic requirement's label at a line's or a sentence's start, with its colon: "Degree:",
# "Graduate Training:", "LICENSING:", "United States Citizenship:", "c. Licensure and
# Registration:". The labels' names are those of the federal qualification standards'
# basic requirements (the README's "labelled items under a requirements heading").
_BASIC_LABEL = re.compile(
    r"(?:(?<=[.;:)\]])|(?<=[.;:)\]][ \t])|(?<=^)|(?<=\n))[ \t]*(?:[-–·•*][ \t]*)?"
    r"(?:\(?(?:\d|[a-hA-H])[.)][ \t]*)?"
    r"(?P<label>(?i:u\.s\.[ \t]+citizenship|united[ \t]+states[ \t]+citizenship|citizenship"
    r"|english[ \t]+language[ \t]+proficiency|degree|education|graduate[ \t]+training"
    r"|licensure(?:[ \t]+and[ \t]+registration|/certification)?|licensing|registration"
    r"|certification"
    r"|residency(?:[ \t]+training)?|(?:physical|medical)[ \t]+(?:requirements?|standards)))[ \t]*:",
    re.MULTILINE,
)
# The same labels without their colon, in the OPM standards' layout: the label alone on its
# line, or before the first words of its sentence ("Education\n\nA graduate or higher level
# degree …", "Licensure For all grade levels and positions, applicants must …"); not a heading
# that a colon ends a few words on ("Education Substitution for Specialized Experience for
# GS-11:"). Read only after a requirements heading (_REQUIREMENTS_HEAD).
_BARE_LABEL = re.compile(
    r"(?:(?<=[.)\]])[ \t]+|(?<=^)|(?<=\n))"
    r"(?P<label>Education|Licensure|Certification|Registration)"
    r"(?:[ \t]*\n|[ \t]+(?=[A-Z][a-z]*[ \t]+[a-z][^:.\n]{0,60}[.,;\n]))",
    re.MULTILINE,
)
# The text of a medical label that asks it of the applicant ("Applicants must be able to
# distinguish basic colors", "All applicants must …", "Must have normal color vision").
_ASKS_APPLICANT = re.compile(
    r"[ \t]*(?:(?:all[ \t]+)?(?:applicants?|candidates?)[ \t]+|you[ \t]+)?must\b", re.IGNORECASE
)
_REQUIREMENTS_HEAD = re.compile(r"BASIC[ \t]+REQUIREMENTS?|Basic[ \t]+[Rr]equirements?")
# Before a label or in its item: one alternative of several ("A. Degree: … OR B. Combination
# of education and experience"; "OR Education: …").
_ALTERNATIVE_BEFORE = re.compile(r"\bOR\b\W*$|\bor[ \t]*$", re.IGNORECASE)
_ALTERNATIVE_AFTER = re.compile(r"\bOR\b\W*(?:\(?B[.)]|[Cc]ombination|Education|Experience)")
# How far a labelled item reaches at most, when no line break or next label ends it first.
_LABEL_REACH = 600
# A heading of another part that ends a labelled item inside its line: a sentence after the
# item's stop that ends in a colon within a few words ("… spoken and written English.
# Preferred Experience: …", "… English. Grade Determinations for GS-13: …").
_NEXT_HEAD = re.compile(r"(?<=[.)])[ \t]+[A-Z][^.:;\n]{0,60}:")


# A paragraph of its own inside an item that asks a requirement of its own: "… in the District
# of Columbia.\n\nMust have completed a first-year residency …", "… United States. In
# addition,\n\nmust be licensed in the clinical specialty …".
_MUST_PARAGRAPH = re.compile(
    r"(?<=[.)])[ \t]*(?:In[ \t]+addition,)?[ \t]*\n[ \t]*\n[ \t]*"
    r"(?=(?:Must|(?<=,[ \t\n])must|(?<=,\n\n)must)[ \t]+(?:be|have|possess|hold)\b)"
)


def split_at_labels(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items, each cut before a basic-requirement label that opens a line of its own inside
    it ("Degree: … ]\n\nAND\n\nGraduate Training: …" read as one item): each labelled
    requirement is one item. (A label inside a line may be a heading or an alternative of a
    grade's block, "GS-7: … EDUCATION: …", and is left to the list readers.)"""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if text.find("\n", a, b) < 0:
            # No line opens inside the item: the full read would cut off blanks at most.
            out.append((a, b))
            continue
        out.extend(cut_at_labels(text, a, b))
    return out


def cut_at_labels(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """split_at_labels on one item, without its shortcut: the item's pieces."""
    cuts = [
        m.start()
        for m in _BASIC_LABEL.finditer(text, a, b)
        if m.start() > a + 3 and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ]
    # A label without its colon alone on its line ("…obtained.\n\nLicensure\n\nFor all grade
    # levels …") opens a basic item as well.
    cuts += [
        m.start("label")
        for m in _BARE_LABEL.finditer(text, a, b)
        if m.start("label") > a + 3 and text[m.end("label") : m.end()].strip(" \t") == "\n"
    ]
    cuts = sorted({*cuts, *(m.end() for m in _MUST_PARAGRAPH.finditer(text, a, b))})
    bounds = [a, *cuts, b]
    return [(x, y) for x, y in pairwise(bounds) if text[x:y].strip()]


def labelled_items(
    text: str, items: list[tuple[int, int]], grade_blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The basic-requirement labels of the Qualifications part (_BASIC_LABEL) that no item
    holds, as items of their own: each from its label to its line's end or the next label.
    None when fewer than two labels stand there (one label is no labelled list), and none that
    is one alternative of several or lies in a grade-by-grade block."""
    q = text.find("Qualifications")
    if q < 0:
        return []
    labels = list(_BASIC_LABEL.finditer(text, q))
    head = _REQUIREMENTS_HEAD.search(text, q)
    if head is not None:
        labels = sorted([*labels, *_BARE_LABEL.finditer(text, head.end())], key=lambda m: m.start())
    if len({m["label"].lower() for m in labels}) < 2:
        return []
    out = []
    seen: set[str] = set()
    for k, m in enumerate(labels):
        at = m.start("label")
        name = " ".join(m["label"].lower().split())
        if name in seen:
            continue  # "Licensure: For those grades that require licensure …": asked once
        seen.add(name)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if k + 1 < len(labels):
            end = min(end, labels[k + 1].start())
        end = min(end, m.end() + _LABEL_REACH)
        head = _NEXT_HEAD.search(text, m.end(), end)
        end = end if head is None else head.start()
        if any(a <= at < b or at <= a < end for a, b in items):
            continue  # an item holds it, or starts in it
        if any(a <= at < b for a, b in grade_blocks):
            continue
        if _ALTERNATIVE_BEFORE.search(text, max(0, at - 12), at) is not None:
            continue
        if _ALTERNATIVE_AFTER.search(text, m.end(), end) is not None:
            continue
        if not text[m.end() : end].strip():
            continue  # a label over an item on its own line, which the list readers read
        if name.startswith("medical") and _ASKS_APPLICANT.match(text, m.end(), end) is None:
            # "MEDICAL REQUIREMENTS: The duties of this position require arduous physical
            # exertion …": what the work is like, not what the applicant must meet.
            continue
        out.append((at, end))
    return out


# The general-experience part of a National Guard technician ad, before its specialized one:
# "GENERAL EXPERIENCE: … SPECIALIZED EXPERIENCE: Must have … in the following: …".
_GENERAL = re.compile(r"\bGENERAL[ \t]+EXPERIENCE[ \t]*:|\bGeneral[ \t]+Experience[ \t]*:")
_SPECIALIZED_HEAD = re.compile(
    r"\bSPECIALI[ZS]ED[ \t]+EXPERIENCE\b|\bSpeciali[zs]ed[ \t]+Experience\b"
)
# The lead of the specialized part's items: "… in the following:", "… in each of these areas".
# It stands between the heading and the first item, so that a heading of its own between them
# ("KNOWLEDGE, SKILLS, AND ABILITIES:") keeps its items apart.
_PARTS_LEAD = re.compile(
    r"\bthe[ \t]+following\b[^.]{0,40}:?[ \t]*$|\beach[ \t]+of[ \t]+these[ \t]+areas\b[^.]{0,10}$",
    re.IGNORECASE,
)
# A sentence's end inside the part: a stop after a small letter or a bracket, then a capital.
_STOP = re.compile(r"(?<=[a-z)])\.[ \t]*(?=[A-Z])")
# A sentence that continues the one before it, no requirement of its own: "Experience may
# have been gained in work such as …", "Knowledge is of the type gained from …" (the labels'
# "clauses that continue the one before … *Experiences may include …* are part of it").
_CONTINUES = re.compile(
    r"[ \t\n]*(?:Experiences?[ \t]+may|Knowledge[ \t]+is[ \t]+of[ \t]+the[ \t]+type|Such|This|These"
    r"|For[ \t]+example|Examples?)\b"
)
# The general part read as items is this long at most (a page of prose is no list).
_GENERAL_REACH = 1500


def general_experience(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a general-experience part, one item each, when the specialized part
    after it is read as a list and no item lies in the general part (the USAJOBS labels count
    the *GENERAL EXPERIENCE* sentences beside a specialized list "in the following" areas: 3 + 7,
    2 + 4). None when the ad has no such part, or its specialized part is no list."""
    if not items:
        return []
    g = _GENERAL.search(text)
    if g is None:
        return []
    sp = _SPECIALIZED_HEAD.search(text, g.end())
    if sp is None or sp.start() - g.end() > _GENERAL_REACH:
        return []
    if any(g.start() <= a < sp.start() for a, _ in items):
        return []
    first = min((a for a, _ in items if a >= sp.start()), default=-1)
    if first < 0 or _PARTS_LEAD.search(text, sp.start(), first) is None:
        return []  # the specialized part is prose: the items after it are other lists (KSAs)
    start, end = g.end(), sp.start()
    bounds = [start, *(m.end() for m in _STOP.finditer(text, start, end)), end]
    return [
        (a, b)
        for a, b in pairwise(bounds)
        if len(text[a:b].split()) >= 3 and _CONTINUES.match(text, a, b) is None
    ]


# A second numbered list that starts inside a numbered item, after a lead-in of its own that
# ends in a colon: "4. Knowledge of inventory. In addition, the candidate must demonstrate the
# following technical KSAs: 1.Ability to … 2.Knowledge of …" (a VA one-grade determination's
# two KSA lists run together). The labels count each KSA of both lists.
_NUMBERED_ITEM = re.compile(r"[ \t\n\-•·]*\(?\d{1,2}[.)]")
_RESTART = re.compile(r":[ \t]*(?=\(?1[.)][ \t]*[A-Z])")
# A grade named between the two lists ("… 5. Knowledge of … GS-10 Experience. At least 1 year
# … the candidate must demonstrate the following KSAs:1. …", "3. Demonstrate … You may qualify
# at the GS-13, if you …: 1. Supervise …"): the second list may be another grade's, which the
# labels do not count where an ad is open at several grades; the item is left as it is.
# An alternative path between them ("… recommendations.ORMust have one full year of graduate
# education … Superior Academic Achievement is based on:(1) Class Standing …") the same.
_OTHER_PATH = re.compile(r"\b(?:GS|GP|GL|WG)-?\d{1,2}\b|(?<![A-Za-z])OR(?![a-z]|[A-Z]{2})")


def split_restarted_numbers(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items, with a numbered list that starts again at 1 inside a numbered item (see
    _RESTART) cut into its own items: before its 1, and before each next number glued after a
    sentence's stop ("… technique. 2.Knowledge of …"), in order."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        m = _RESTART.search(text, a, b) if _NUMBERED_ITEM.match(text, a, b) else None
        if m is None or _OTHER_PATH.search(text, a, m.start()) is not None:
            out.append((a, b))
            continue
        cuts = [m.end()]
        number = 1
        while True:
            number += 1
            glued = re.compile(rf"(?<=[a-z)\]][.!?])[ \t]*\(?{number}[.)][ \t]*(?=[A-Z])")
            nxt = glued.search(text, cuts[-1], b)
            if nxt is None:
                break
            cuts.append(nxt.start())
        bounds = [a, *cuts, b]
        out.extend((x, y) for x, y in pairwise(bounds) if text[x:y].strip())
    return out


# The levels of a child-and-youth ad after its entry level, each opening the requirements of
# that level: "SKILL LEVEL REQUIREMENTS:", "Skill Level -3", "TARGET LEVEL REQUIREMENTS:",
# "INTERMEDIATE LEVEL:", "Target Level;". The labels count the entry-level list only (#587:
# "the level-by-level requirements … are counted as grade-by-grade ones").
_LEVEL_HEAD = re.compile(
    r"\b(?:SKILL|TARGET|INTERMEDIATE|FOUNDATION|Skill|Target|Intermediate|Foundation)[ \t]+"
    r"(?:LEVEL|Level)(?:[ \t]+(?:REQUIREMENTS|Requirements))?[ \t]*(?:-?[ \t]*\d[ \t]*)?(?:[:;]|\n)"
)
# Where the levels end: a heading in capitals on a line of its own ("SPECIAL REQUIREMENTS:"),
# or the specialized experience every level asks ("Specialized experience must demonstrate …").
_LEVELS_END = re.compile(
    r"\n[ \t]*(?!(?:SKILL|TARGET|INTERMEDIATE|FOUNDATION)\b)[A-Z][A-Z ,/&()-]{4,}:?[ \t]*\n"
    r"|\bSpeciali[zs]ed[ \t]+experience[ \t]+must\b"
)


def without_later_levels(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without those of the levels after the entry level (see _LEVEL_HEAD): from the
    first such level's heading to the end of the levels. Only where the ad names the entry level
    before, and two items at least stand before the first later level (the entry list)."""
    q = max(text.find("Qualifications"), 0)
    m = _LEVEL_HEAD.search(text, q)
    if m is None:
        return items
    if text.lower().find("entry", q, m.start()) < 0:
        return items
    if sum(1 for a, _ in items if a < m.start()) < 2:
        return items
    end_m = _LEVELS_END.search(text, m.end())
    end = len(text) if end_m is None else end_m.start()
    return [(a, b) for a, b in items if not m.start() <= a < end]


# Examples that run from their lead to the item's closing semicolon with no comma between
# ("… performing such duties as giving vaccines;", "… equipment, such as: radio;"): the
# semicolons after them part the examples of one requirement, not requirements.
_EXAMPLES_RUN = re.compile(
    r"\bsuch[ \t]+(?:duties[ \t]+)?as\b[ \t]*:?[^,;:\n]*;[ \t]*$", re.IGNORECASE
)
# A clause that names a requirement of its own ("knowledge of …", "experience in …").
_OWN_CLAUSE = re.compile(
    r"[ \t]*(?:and[ \t]+)?(?:(?:general|specialized)[ \t]+)?(?:experience|experienced|skills?"
    r"|knowledge|abilit(?:y|ies))\b",
    re.IGNORECASE,
)


def merge_examples(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with a run of examples merged into the item that leads into them: the labels
    count "One year of nursing experience …, performing such duties as A; B; C; and D" as one
    requirement (#561), where the list readers cut it at each semicolon. The run goes on while
    each item ends in a semicolon and starts on the line of the one before; it is left as read
    where two of its clauses name a requirement of their own ("…; knowledge of …; skill in …")."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(items):
        a, b = items[k]
        j = k
        if _EXAMPLES_RUN.search(text, a, b) is not None:
            while (
                j + 1 < len(items)
                and text[items[j][0] : items[j][1]].rstrip().endswith(";")
                and "\n" not in text[items[j][1] : items[j + 1][0]]
            ):
                j += 1
        run = items[k + 1 : j + 1]
        if len(run) >= 2 and sum(_OWN_CLAUSE.match(text, x, y) is not None for x, y in run) < 2:
            out.append((a, run[-1][1]))
            k = j + 1
            continue
        out.append((a, b))
        k += 1
    return out


# The end of an item that offers the next one as its alternative, with the next one's label
# that the list readers left between them: "…; or" + "Education. ", "…; OR" + "(2) ". The VA
# standards write the qualification path so ("Experience. Six months …; or Education. One year
# above high school; or Experience/Education Combination. Equivalent …"). A comma's "or" mostly
# ends a series inside one item ("… in a State, the District of Columbia, or Puerto Rico."),
# and a label there must name a path (not "…; or Puerto Rico.").
_OR_NEXT = re.compile(
    r"(?:;[ \t\n]*(?:or|OR)|\bOR)\b[ \t\n]*(?:\(?\d[.)][ \t\n]*)?"
    r"(?:(?:[A-Z][\w/]*[ \t]+){0,2}[A-Z]?[\w/]*(?i:experience|education|training|combination)"
    r"[\w/]*(?:[ \t]+[A-Z][\w/]*){0,2}[ \t]*[.:][ \t\n]*)?$"
)
# How far back from the next item's start the "; or" may stand: the item's last words and
# the label between.
_OR_REACH = 60


def merge_alternatives(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with each one that the item before offers as its alternative ("…; or") merged
    into it: the labels count "items offered as alternatives (*A or B*) … as one", where the
    list readers cut the path at each semicolon or label. The merged item reaches over the
    label between, which no other item holds."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out:
            pa, pb = out[-1]
            if pb <= a and _OR_NEXT.search(text, max(pa, pb - _OR_REACH), a) is not None:
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


# The lead of the supervisory competencies that some federal ads (the IHS nurse supervisor's)
# list after the basic requirements: "Candidates should possess proficiency, or the potential
# to develop proficiency, in these competencies prior to entry into a supervisory position."
# What it asks is soft twice over ("should", and the potential to develop suffices), so the
# competencies are no must-haves, as the labels leave out "preferred" or "desirable" criteria.
_POTENTIAL = re.compile(
    r"\bshould[ \t]+(?:possess|have)\b[^.;:]{0,40}?\bor[ \t]+(?:have[ \t]+)?(?:the[ \t]+)?"
    r"potential[ \t]+to[ \t]+develop\b",
    re.IGNORECASE,
)
# How far into its item the lead may start: after a heading of a few words at most
# ("SUPERVISORY OR MANAGERIAL ABILITIES: Candidates should …").
_POTENTIAL_REACH = 80
# A competency of the list after it: its name of a few capitalized words and a colon, then its
# description ("Accountability: Holds self …", "Integrity/Honesty: Behaves …", "Oral
# Communication: Makes …"); not a basic requirement's label ("Licensure: …").
_COMPETENCY_ITEM = re.compile(
    r"[^\w]*[A-Z][\w/&-]*(?:[ \t]+(?:[A-Z][\w/&-]*|and|of))?(?:[ \t]+[A-Z][\w/&-]*)?[ \t]*:[ \t]*"
    r"[A-Z]"
)


def without_potential_competencies(
    text: str, items: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The items without a competency list that candidates "should possess, or have the
    potential to develop" (see _POTENTIAL): its lead and the named competencies after it."""
    out: list[tuple[int, int]] = []
    dropping = False
    for a, b in items:
        m = _POTENTIAL.search(text, a, b)
        if m is not None and m.start() - a <= _POTENTIAL_REACH:
            dropping = True
            continue
        if dropping:
            if (
                _COMPETENCY_ITEM.match(text, a, b) is not None
                and _BASIC_LABEL.match(text, a, b) is None
            ):
                continue
            dropping = False
        out.append((a, b))
    return out


def potential_lead(text: str, at: int) -> bool:
    """Whether the lead-in at `at` ("… in these competencies") is in a sentence that asks them
    softly (see _POTENTIAL): its competencies are no must-haves."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - 300, 0)
    return _POTENTIAL.search(text, start, at) is not None
