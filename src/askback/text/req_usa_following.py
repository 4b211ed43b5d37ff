"""Requirement sentences after an explicit *the following:* in a US federal ad (USAJOBS).

The USAJOBS hand labels count "sentences after an explicit *the following:*" as items of a list
(tests/data/text/usajobs/README.md: *Specialized experience must demonstrate the following: …*;
the National Guard *in each of the following tasks: …*; a Navy physician's *clinical privileges
requirements which includes the following: …*). The source lost the line breaks between them,
so they stand in one paragraph as sentences ("… the following tasks: Experience reading
manuals. Experience in supply procedures. …"), or with no stop at all as a run of knowledge,
skill and ability phrases ("… the following: Knowledge of basic child development Ability to
plan and organize work Ability to …"), and the list readers take them for prose.
`following_items` reads them, one item a sentence or a phrase, where no item read stands there.
The Library of Congress ads end the lead with a stop, not a colon ("… the following knowledge,
skills, and abilities to perform the duties of the position without more than normal
supervision.Knowledge of …**Ability to …"); where KSA phrases follow at once, they are read too.

Not read: alternatives (*one of the following*, *at least three of the following*, which the
labels count as one), examples (*such as the following*), a definition (*is defined as the
following*), a lead with fewer than two sentences after it, a grade's block of a grade-by-grade
list, and what comes after a preference or a new part (*Board certification is desired but not
required.*, *You will receive credit …*, *Additional qualification information …*).
"""

from __future__ import annotations

import re
from itertools import pairwise

from askback.text import req_usa_parts

# The lead: "the following" and at most a few words to its colon ("each of the following
# tasks:", "includes the following:", "must demonstrate the following:").
_LEAD = re.compile(r"\bthe[ \t]+following\b[^.:;\n]{0,40}:", re.IGNORECASE)
# The same lead ended by a stop, not a colon, where the KSAs follow at once, run together (the
# Library of Congress template: "… the following knowledge, skills, and abilities to perform
# the duties of the position without more than normal supervision.Knowledge of agricultural
# policy**Ability to analyze …presentationsAbility to work …").
_KSA_LEAD = re.compile(
    r"\bthe[ \t]+following[ \t]+knowledge,?[ \t]+skills?,?[ \t]+and[ \t]+abilities\b[^.:;\n]{0,120}"
    r"\.(?=[ \t]*(?:\*\*)?[ \t]*(?-i:Knowledge|Ability|Abilities|Skills?)[ \t]+(?:of|to|in)\b)",
    re.IGNORECASE,
)
# Where the KSAs of such a run part without a blank: after the "**" that marks one, or where a
# KSA phrase is glued to a small letter ("… presentationsAbility to …").
_KSA_GLUED = re.compile(
    r"(?<=[a-z.])[ \t]*\*\*"
    r"|(?<=[a-z])(?=(?:Knowledge|Ability|Abilities|Skills?)[ \t]+(?:of|to|in)\b)"
)
# Before the lead, in its sentence: a choice, examples or a definition, not a list of musts.
_CHOICE = re.compile(
    r"\b(?:one|any|some|two|three|four|five|majority|most|least|either|more|combination)[ \t]+of"
    r"[ \t]*$|\bor\b[^.]{0,60}$",
    re.IGNORECASE,
)
# The lead's sentence asks for what follows: "must demonstrate", "Do you possess …", "clinical
# privileges requirements which includes".
_ASKS = re.compile(r"\b(?:must|possess|requirements?|required)\b", re.IGNORECASE)
# The part of a VA ad that sets the grade (its KSAs are read by the grade-determination rules).
_DETERMINATION = re.compile(r"grade[ \t]+determination", re.IGNORECASE)
# An alternative inside the run: its sentences are options, which count as one.
_OPTION = re.compile(r"\bOR\b|;[ \t]*or\b")
# Also who is taken to meet a requirement ("The following meet these requirements: Persons
# employed …"), exceptions, not what is asked.
_NOT_MUSTS = re.compile(
    r"\b(?:such[ \t]+as|defined[ \t]+as|examples?|may[ \t]+include|include[ \t]+but)\b"
    r"|\bfollowing[ \t]+meets?\b"
    r"|\b(?:websites?|links?|documents?|forms?|address)\b",
    re.IGNORECASE,
)
# A sentence that ends the run: a preference, the credit boilerplate, a new part ("*You must
# also …", "SELECTIVE PLACEMENT FACTOR:", "Additional qualification information …").
_END = re.compile(
    r"\b(?:desired|preferred|desirable|not[ \t]+required)\b"
    r"|^[ \t]*(?:\*|[A-Z][A-Z /&()-]{3,}:|Additional\b|Note\b|NOTE\b|References?\b"
    r"|In[ \t]+addition\b)",
    re.IGNORECASE,
)
# "In addition to …" glued to the last phrase of a run without stops opens a new part too.
_GLUED_PART = re.compile(r"(?<=[a-z])[ \t]+(?=In[ \t]+addition\b)")
# The boilerplate that closes a federal qualifications part, also glued to the last phrase of a
# run without stops ("… as a member of a team You will receive credit for …").
_CLOSING = re.compile(
    r"\byou[ \t]+will[ \t]+receive[ \t]+credit|\bexperience[ \t]+refers[ \t]+to\b", re.IGNORECASE
)
# Where one sentence of the run ends and the next begins: a stop after a small letter or a
# bracket (also with no blank after it, "… privileges.Board certification …"), or, in a run
# without stops, a knowledge, skill or ability phrase that opens after a
# small letter ("… development Ability to implement …").
_NEXT = re.compile(
    r"(?<=[a-z)\]])\.(?:[ \t]+(?=[A-Z*])|(?=[A-Z][a-z]))"
    r"|(?<=[a-z])[ \t]+(?=(?:Knowledge|Ability|Skill|Skills)[ \t]+(?:of|to|in)\b)"
)
# Where no list was read beside and the lead names no experience, the clauses of a run that lost
# its line breaks also part at a semicolon or at ", AND" ("… the following certifications:
# Lifeguard; CPR for the Professional Rescuer; First Aid", "… all of the following: a high
# school diploma, AND ability to communicate in English, AND …"), and before "PLEASE NOTE".
_SERIES = re.compile(
    r";[ \t]*(?=[A-Za-z\"“(])|,?[ \t]+AND[ \t]+(?=[A-Za-z])|[ \t]+(?=PLEASE[ \t]+NOTE\b)"
)
# Where no list was read beside, a lead that asks for months of experience "in the following:"
# and a run without stops: each phrase opens with a capital after a small letter or a bracket
# (the National Guard template, "… applications Planning the sequence … assignment Guidelines
# or precedents …").
_PHRASE = re.compile(r"(?<=[a-z)])[ \t]+(?=[A-Z][a-z])")
# A clause that ends in an abbreviation's stop ("… or equivalent i.e. Ellis …"): no end.
_ABBREVIATION = re.compile(r"\b(?:i\.e|e\.g|etc)\.[ \t]*$", re.IGNORECASE)
# A sentence that continues the one before ("This includes …", "For example, …").
_CONTINUES = re.compile(r"[ \t]*(?:This|These|Such|For[ \t]+example|E\.g\.|I\.e\.)\b")
# A sentence that opens as a clause of prose, not as the noun phrase of an item ("In accordance
# with …, federal employees are assumed …", "The documentation must …", "When the state …"):
# the items of these lists name what is asked ("Experience in supply procedures.", "Completion
# of a residency …", "Ability to plan and organize work"). A run with such a sentence is prose.
_PROSE = re.compile(
    r"[ \t]*(?:The|A|An|It|In|If|When|Where|For|You|Your|Applicants?|Candidates?|This|These"
    r"|Those|There|Federal|All|Any|Each|Please|To|As|We|Our|They|He|She)\b"
)
# Where no list was read, the lead must ask plainly: not what is rated or ranked ("will be
# evaluated on the following job elements", "the following competencies"), not "1 of the
# following", and name no grade ("Selective Factor for GS-07: … the following"); and its run
# names no grade ("WG-08 - Must have …"), screen-out element or definition: those are prose or
# rating factors.
_GRADE = r"(?:GS|GL|GP|WG|WL|WS|NA|NF|NL)[ \t-]?\d+"
_NOT_ALONE_LEAD = re.compile(
    rf"\b(?:rated|rating|evaluated|ranked|elements?|factors?|competenc\w*|\d+[ \t]+of|{_GRADE})\b",
    re.IGNORECASE,
)
_NOT_ALONE_RUN = re.compile(rf"\b(?:screen[ \t-]*out|defined[ \t]+as|{_GRADE})\b", re.IGNORECASE)
# "Possesses and maintains the following certifications:" asks too, where no list was read.
_POSSESSES = re.compile(r"\bpossess(?:es)?\b", re.IGNORECASE)
# A lead and its run reach this far at most (one paragraph of a federal ad).
_REACH = 2000
# The run is a list of this many sentences at least.
_MIN_ITEMS = 2
# A sentence of the run holds this many words at least.
_MIN_WORDS = 3


def _sentences(
    text: str,
    start: int,
    end: int,
    series: bool = False,
    phrases: bool = False,
    ksa: bool = False,
) -> list[tuple[int, int]]:
    """The run's sentences from `start`, up to `end` or the sentence that ends the run; `series`:
    also its clauses split by semicolons or by ", AND" (_SERIES), a clause cut after "i.e." or
    "e.g." joined to the next, and an instruction in capitals left out; `phrases`: also its
    phrases that open with a capital after a small letter (_PHRASE); `ksa`: also its KSA
    phrases glued to the one before (_KSA_GLUED), the "**" marks left with the phrase before."""
    closing = _CLOSING.search(text, start, end)
    end = end if closing is None else closing.start()
    rxs = (_NEXT, _GLUED_PART, _SERIES) if series else (_NEXT, _GLUED_PART)
    if phrases:
        rxs = (*rxs, _PHRASE)
    if ksa:
        rxs = (*rxs, _KSA_GLUED)
    cuts = [m.end() for rx in rxs for m in rx.finditer(text, start, end)]
    bounds = [start, *sorted(set(cuts)), end]
    out: list[tuple[int, int]] = []
    glued = False
    for a, b in pairwise(bounds):
        piece = text[a:b]
        if ksa and not piece.strip(" \t*"):
            continue  # the "**" mark of the phrase before, cut off by its stop
        if _END.search(piece) is not None:
            break
        if out and (glued or _CONTINUES.match(piece) is not None):
            out[-1] = (out[-1][0], b)
            glued = series and _ABBREVIATION.search(piece) is not None
            continue
        glued = series and _ABBREVIATION.search(piece) is not None
        if series and piece.isupper():
            continue  # "CERTIFICATIONS MUST BE UPLOADED AT THE TIME OF APPLICATION"
        if len(piece.split()) >= _MIN_WORDS and not req_usa_parts.explains(text, a, b):
            out.append((a, b))
    return out


def following_items(
    text: str,
    items: list[tuple[int, int]],
    grade_blocks: list[tuple[int, int]],
    alone: bool = False,
) -> list[tuple[int, int]]:
    """The sentences after each *the following:* lead of the Qualifications part that no item
    holds, as items of their own (see the module docstring). `alone`: no list was read beside,
    so the lead and its run must also pass _NOT_ALONE."""
    q = text.find("Qualifications")
    if q < 0:
        return []
    determination = _DETERMINATION.search(text, q)
    stop = len(text) if determination is None else determination.start()
    out: list[tuple[int, int]] = []
    leads = sorted(
        [*_LEAD.finditer(text, q, stop), *_KSA_LEAD.finditer(text, q, stop)],
        key=lambda m: m.start(),
    )
    for k, m in enumerate(leads):
        if out and m.start() < out[-1][1]:
            continue  # a lead inside the run of the one before
        sentence = max(text.rfind(". ", q, m.start()), text.rfind("\n", q, m.start()), q)
        if _CHOICE.search(text[sentence : m.start()]) or _NOT_MUSTS.search(text, sentence, m.end()):
            continue
        if _ASKS.search(text, sentence, m.end()) is None and not (
            alone and _POSSESSES.search(text, sentence, m.end())
        ):
            continue
        if any(a <= m.start() < b for a, b in grade_blocks):
            continue
        if m.re is _KSA_LEAD and _NOT_ALONE_LEAD.search(text, sentence, m.end()) is not None:
            # "… will be evaluated … on … the following knowledge, skills and abilities (KSAs)
            # associated with the position.": ranking factors, beside a list read or not.
            continue
        end = text.find("\n", m.end())
        end = min(len(text) if end < 0 else end, m.end() + _REACH)
        if k + 1 < len(leads):
            # The next lead opens a list of its own: its sentence is no item of this one.
            nxt = leads[k + 1].start()
            end = min(end, max(text.rfind(". ", m.end(), nxt) + 1, m.end()) if nxt < end else end)
        if not text[m.end() : end].strip():
            continue  # the items stand on lines of their own: the list readers read those
        if any(m.start() <= a < end or a <= m.end() < b for a, b in items):
            continue
        # A definition of experience in clauses is one requirement (the labels' #466): its
        # clauses are no series of items.
        lead_text = text[sentence : m.end()].lower()
        series = alone and "experience" not in lead_text
        # "Must have 36 months of the following Specialized Experience: Techniques … Planning
        # the sequence … Preparing documentation …": phrases run together without stops.
        phrases = alone and "month" in lead_text and ". " not in text[m.end() : end]
        run = _sentences(text, m.end(), end, series, phrases, m.re is _KSA_LEAD)
        if run and _OPTION.search(text, run[0][0], run[-1][1]) is not None:
            continue
        if any(_PROSE.match(text, a, b) is not None for a, b in run):
            continue
        if alone and (
            _NOT_ALONE_LEAD.search(text, sentence, m.end())
            or (run and _NOT_ALONE_RUN.search(text, run[0][0], run[-1][1]))
        ):
            continue
        if len(run) >= _MIN_ITEMS:
            out.extend(run)
    return out
