"""Requirement lists run together in a paragraph: 'Basic Requirements: - A.- B.- C.'

Pages that lost their line breaks (job boards' APIs, copied PDFs, US federal announcements)
write a list of requirements inside one paragraph: dash items without a line of their own
("U.S. citizenship.- Graduate of…"), numbered or lettered items ("1. Degree: … AND 2.
Licensure: …", "(a) … (b) …"), labelled items ("Degree: … Licensure: … Graduate Training:
…"), sentences glued at a lost line break ("…VA Policy.Graduate of…"), a semicolon series, or
sentences after an explicit "the following:". This module finds such a list after a lead-in
that says it is required (a requirements label or "must … the following:") and counts its
items:
- alternatives ("A OR B", "-OR-", "one of the following") count once;
- the list ends at what is not a must-have: preferred or desirable criteria, grade-by-grade
  requirements ("GS-09: …", "Grade Determinations:"), ranking factors ("highly qualified",
  "you will be evaluated on") and the boilerplate that follows a qualifications section.
It runs only where the line-based reader (requirements.sections) found no must-have items.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from askback.text import lexicon, req_table
from askback.text.doc import Doc, lowered

if TYPE_CHECKING:
    from ahocorasick_rs import AhoCorasick

# Longest stretch read after a lead-in, in characters.
_REACH = 6000
# All the stretches read after one text's lead-ins, together, at most this many times the text
# (and two reaches more): the lead-ins that find no list are each read again up to _REACH
# characters on, so a text of little else ("Requirements: " line after line) made hundreds of
# reads of that stretch. Real ads stay well under it: of 6,440 ads of the EU, NHS and USAJOBS
# corpora, none spent more than a third of it (each read counted as its full stretch).
_READS_PER_CHAR = 10


class _Reads:
    """What is left of one text's reading budget (_READS_PER_CHAR)."""

    def __init__(self, text: str) -> None:
        self.left = _READS_PER_CHAR * len(text) + 2 * _REACH

    def take(self, text: str, at: int) -> bool:
        """Spend the stretch after offset `at`; False once the budget is spent."""
        self.left -= min(_REACH, len(text) - at)
        return self.left >= 0


@dataclass(frozen=True, slots=True)
class InlineList:
    """One run-together list: the lead-in's start, the list's end and its items' spans."""

    start: int
    end: int
    items: list[tuple[int, int]]
    choice: bool = False  # a choice among alternatives, counted as one requirement


@cache
def _cue_rx() -> re.Pattern[str]:
    """A lead-in that says the list is required, ending with its colon."""
    label = (
        r"(?:basic|minimum|mandatory|essential|general|specific|qualification|special)?"
        r"[ \t]*(?:requirements?(?:\(s\))?|qualifications?(?:\s+required)?|criteria)"
        r"(?:[ \t]+(?:for|of)[^:.\n]{0,60})?"
        r"|knowledge,?[ \t]+skills,?[ \t]+(?:and|&)[ \t]+abilities(?:[ \t]*\(ksas?\))?"
        r"|selective[ \t]+(?:placement[ \t]+)?factors?(?:[ \t]+for[^:.\n]{0,30})?"
        r"|(?:specialized[ \t]+)?experience[ \t]+(?:for[ \t]+this[ \t]+position[ \t]+)?"
        r"(?:includes|must[ \t]+include)"
        r"|possesses(?:[ \t]+and[ \t]+maintains)?[ \t]+the[ \t]+following[^.:\n]{0,40}"
        r"|general[ \t]+experience"
        # "Specialized experience for this position is defined by the demonstration of the
        # following: (1) …; (2) …": what the experience must show, named as "the following".
        r"|(?:specialized[ \t]+)?experience[^.:\n]{0,60}?[ \t](?:is|are)[ \t]+"
        r"(?:defined|demonstrated|shown|evidenced)[ \t]+by[^.:\n]{0,40}?the[ \t]+following"
        # A heading, capitalised: "REQUIRED CURRENT CERTIFICATIONS: … EMT Certification: …
        # Driver Operator: …" (not "one of the required certifications:" in a sentence).
        r"|(?-i:R(?:EQUIRED|equired))[ \t]+(?:current[ \t]+)?"
        r"(?:certifications|licen[cs]es|credentials)"
        # "Executive/ManagerialEssential1. Leading Change.": a heading word whose line break
        # before the numbered items was lost.
        r"|(?:essential|mandatory|required)(?=\(?1[.)][ \t]*[A-Z])"
    )
    must = (
        r"(?:must|required|requires|need to|shall)[^.:\n]{0,200}?"
        r"(?:the[ \t]+following|below|these[ \t]+(?:qualifications|requirements)|listed)"
        # "the following eligibility factors in order to be considered for the position as a
        # Crisis Negotiator: Must be …": after the noun that names what is asked, a longer
        # phrase of purpose may come before the colon, when the list goes on in the same
        # paragraph (not "requirements of the … Manual:", a source).
        # "must show possession of the following knowledge, skills and abilities needed to fully
        # perform the duties of the position: - …" names what is asked the same way.
        r"(?:[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:requirements?|qualifications|factors|criteria"
        r"|knowledge,?[ \t]+skills,?[ \t]+(?:and|&)[ \t]+abilities)"
        r"[ \t]+(?!(?:of|requirements?|qualifications)\b)[^.:\n]{0,120}?(?=:[ \t]*[^\s])"
        r"|[^.:\n]{0,80}?)"
        r"|(?:candidates|applicants|you)[ \t]+must(?:[ \t]+(?:have|possess|meet|be))?"
        r"|the[ \t]+following[^.:\n]{0,60}?(?:must[ \t]+be[ \t]+met|(?:is|are)[ \t]+required)"
        # A knock-out criterion, whatever its verb: "To meet the screen out element, applicants
        # should document experience or show the ability to do the following:".
        r"|(?:screen[ \t-]?out|knock[ \t-]?out)[^.:\n]{0,120}?the[ \t]+following[^.:\n]{0,40}?"
    )
    # Not physical, medical or security conditions ("Physical Requirements: Heavy lifting; …"),
    # nor nice-to-haves ("Desirable criteria:").
    return re.compile(
        r"(?:(?<!physical )(?<!medical )(?<!security )(?<!fitness )"
        r"(?<!desirable )(?<!preferred )(?<!desired )(?<!optional )"
        rf"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))(?:(?P<label>{label})|(?P<must>{must}))[ \t]*"
        # A colon; "… listed below."; or the end of a line that is nothing but the heading.
        r"(?::|\.-|:-|—|(?<=below)\.|(?P<eol>(?=\n))"
        # "… competencies listed;1) Attention to Detail": item 1 right after the lead-in.
        r"|;?(?=\(?1[.)][ \t]*[A-Z])))"
        # "All levels require applicants to be 18; speak English; pass a check; and …": a
        # sentence that requires a series of four clauses or more, without a colon.
        r"|(?<![\w-])(?P<series>(?:require|requires|must)(?![\w-])(?=(?:[^.:;\n]*;){3})"
        # "SPECIALIZED EXPERIENCE: Must have at least 24 months experience preparing orders;
        # scheduling projects; following up …": after a label, three clauses are enough (the
        # clauses themselves are checked in _required_series).
        r"|(?<=:[ \t])(?-i:Must)(?=[ \t]+have\b[^.:;\n]*?\b(?:months|years?)\b(?:[^.:;\n]*;){2}))"
        # "Your application should demonstrate that you possess the following knowledge,
        # skills and abilities (KSAs)." and the items after the instructions that follow it.
        r"|(?<=possess[ \t])(?P<ksa>the[ \t]+following[ \t]+(?:knowledge,?[ \t]+skills,?[ \t]+"
        r"(?:and|&)[ \t]+abilities|abilities|competencies)(?:[ \t]*\(ksas?\))?[ \t]*\.)",
        re.IGNORECASE,
    )


# A nice-to-have heading ("Preferred Experience:", "Desired skills:"): what stands under it is
# not asked. It ends a list (_stop_rx) and tells one grade's determinations apart.
_NICE_HEAD_WORDS = r"(?:preferred|desirable|desired)(?:\s+[\w/]+){0,2}\s*:"


@cache
def _stop_rx() -> re.Pattern[str]:
    """Where a must-have list ends: nice-to-haves, grade levels, ranking, boilerplate."""
    words = (
        rf"{_NICE_HEAD_WORDS}"
        # The same heading in capitals glued to its first dashed item: "DESIRED- Good judgement."
        r"|(?-i:PREFERRED|DESIRED|DESIRABLE)(?:[ \t]+(?-i:[A-Z]+)){0,2}[ \t]*[-–](?![\w-])"
        r"|highly\s+qualif(?:ied|ying)|best\s+qualified"
        r"|well[\s-]+qualified|will\s+be\s+(?:further\s+)?evaluated|ranking\s+factors?"
        # The selection: "At interview, you will be tested against the following behaviours".
        r"|at\s+interview|the\s+selection\s+(?:at|process|will)|shortlisting\s+will"
        r"|grade\s+determinations?|to\s+qualify\s+(?:at|for)\s+the\s+g[sp]-?\d"
        # The next grade's block: "For the GS-7 level, applicants must have …".
        r"|(?:(?<=[.;!?])|(?<=[.;!?][ \t]))(?-i:For|At)\s+the\s+g[sp]-?\d{1,2}(?:\s+grade)?"
        r"\s+level\s*,"
        # The career transition boilerplate after the qualifications ("Interagency Career
        # Transition Assistance Plan (ICTAP)- The ICTAP provides …").
        r"|(?:interagency\s+)?career\s+transition\s+assistance"
        r"|(?:(?-i:[A-Z])\w{0,30}(?:[ \t]+\w{1,30}){0,4}[ \t]+\(?)?i?ctap\b"
        r"|(?<![\w-])(?:gs|gp|gl|wg|ws|nf|na)-\d{1,2}(?:\s+level)?[ \t]*(?::|[-–][ \t])"
        # What experience means, also as a label ("Volunteer Experience: Refers to paid and
        # unpaid experience …", '"Experience" refers to …').
        r"|(?-i:[A-Z][\w/-]{0,30}[ \t]+)?[\"“]?experience[\"”]?[ \t]*:?[ \t]*refers\s+to"
        # (Not a pointer inside an item, "… approved schools. Additional information may also
        # be obtained from the NLNAC Website.": the item goes on, and the list after it.)
        r"|additional\s+(?:qualification\s+)?information(?!\s+may\s+(?:also\s+)?be\s+obtained)"
        r"|for\s+more\s+information|you\s+will\s+receive\s+credit"
        # How experience is credited, with the label it may stand under ("Part-Time or Unpaid
        # Experience: Credit will be given for …").
        r"|(?-i:[A-Z][\w/-]{0,30}(?:[ \t]+(?:or|and|[A-Z][\w/-]{0,30})){0,4}[ \t]*:[ \t]*)?"
        r"credit\s+(?:will\s+be|is)\s+given"
        r"|references?[ \t]*:|exceptions?\s+to\s+(?:the\s+)?qualification"
        r"|conditions\s+of\s+employment|grade\s+requirements?[ \t]*:"
        r"|national\s+service\s+experience|if\s+selected"
        # A section on physical demands ends the list; a pointer to one inside it does not
        # ("Physical Requirements. See Handbook 5019.", "Must meet the physical requirements as
        # outlined in the 'Physical Requirements' section", "Physical requirements outlined
        # below.").
        r"|(?<!['‘\"“])(?<!meet\s)(?<!meet\sthe\s)physical\s+(?:requirements|demands)(?!['’\"”])"
        r"(?![.:]?[ \t]*(?:see\b|(?:are[ \t]+|as[ \t]+)?(?:outlined|described)\b|must\b))"
        r"|salary/grade|designated\s+drug"
        r"|time\s+in\s+grade|selective\s+(?:placement\s+)?factors?"
        # A lead-in to what rules a candidate out: "Applicants are not eligible to apply if they
        # have:", "You must not already hold:".
        r"|(?:not\s+eligible|ineligible|cannot\s+apply|(?:must|should)\s+not\s+(?:have|hold"
        r"|already))[^.:\n]{0,80}:"
    )
    return re.compile(rf"(?<![\w-])(?:{words})", re.IGNORECASE)


# "Basic requirements:" (the eligibility conditions of a post): its sentences are items.
_BASIC = re.compile(r"(?:basic|minimum)\s+requirements?", re.IGNORECASE)
# Item markers inside a paragraph. A dash or a middle dot at a sentence start, glued or not.
_DASH = re.compile(
    r"(?:(?<=[.;:!?)\]])|(?<=[.;:!?)\]][ \t])|(?<=^)|(?<=\n))"
    r"[ \t]*(?:--?|–|·|•)[ \t]*(?=[A-Z0-9(\"“])"
    # A bullet glyph marks an item wherever it stands, as no sentence holds one ("Requirements:
    # • 3+ years with Go • Kubernetes • Terraform"). (Not the middle dot "·", which joins the
    # parts of a name or a heading as often, nor a dash glued to the word before it.)
    r"|[ \t]*[•▪●][ \t]*(?=[A-Za-z0-9(\"“])"
)
# Numbers and letters: "1. ", "2) ", "(3) ", "a. ", "(b) ", glued or not ("And2.").
_NUMBER = re.compile(
    r"(?<![\d$/-])(?<!\d[.,])\(?(\d{1,2}|(?<![A-Za-z])[a-hA-H])[.)](?!\d)[ \t]*(?=[A-Z\"“(\[])"
)
# A labelled item: "Degree:", "Graduate Training:", "LICENSURE:" at a sentence start.
_LABEL = re.compile(
    r"(?:(?<=[.;:)\]])|(?<=[.;:)\]][ \t])|(?<=^)|(?<=\n))[ \t]*"
    r"((?:[A-Z][A-Za-z/&'’-]*)"
    r"(?:[ \t]+(?:of|and/or|and|&|or|in|for|[A-Z][A-Za-z/&'’-]*)){0,4})[ \t]*:"
    r"(?=[ \t]*[A-Za-z0-9(\"“])"
)
# A lost line break: a sentence end glued to the next sentence's capital ("Policy.Graduate").
_GLUED = re.compile(
    r"(?<=[a-z)\]])[.](?=[A-Z](?:[a-z]|[ \t][a-z]))"
    # No stop at all: "… or as an X-ray technicianBe proficient in English" (a word of four
    # lower-case letters or more glued to a capitalised one, unlike "McDonald" or "iPhone").
    r"|(?<=[a-z]{4})(?=[A-Z][a-z]+[ \t])"
    # A closing bracket glued to the next sentence: "… (see Handbook 5005, Appendix G6)Current,
    # full and unrestricted licence …".
    r"|(?<=[\w.]\))(?=[A-Z][a-z]+[ \t,])"
)
# The opening words of three basic requirements of the VA nurse qualification standard (VA
# Handbook 5005, Appendix G6), and of the six of the physician standard (Appendix G2), where a
# template ran them into one paragraph after a sentence or after "… Registration required":
# each starts an item, as a lost line break would.
_STANDARD_ITEM = re.compile(
    r"(?:(?<=[a-z)\].])|(?<=\brequired))[ \t]*(?=Graduate of a school of (?:professional|practical)"
    r" nursing\b|Current, full, active,? and unrestricted (?:registration|licensure)\b"
    r"|Full unrestricted Licensure, Certification,? or Registration required\b)"
    # The physician standard (Appendix G2), after a stop only: "… District of
    # Columbia.Physicians must have completed residency …", "… have been met.Current, full and
    # unrestricted license …".
    r"|(?<=[.)\]])[ \t]*(?=Degree of doctor of medicine\b"
    r"|Current, full,? and unrestricted license to practice\b"
    r"|Completion of (?:a )?(?:first-year ?)?residency\b|Physicians[ \t\n]+must have completed"
    r" residency\b|Proficiency in spoken and written English\b"
    r"|Physical requirements outlined below\b)"
)
_STANDARD_WORDS = ("nursing", "nrestricted", "medicine", "esidency", "English", "outlined below")
# A requirement's name alone before its full stop: "Licensure.", "License and Registration.".
_LABEL_BEFORE = re.compile(r"(?:^|[.:;)][ \t]*)[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?\.$")
# A sentence starts with a capital, but not with an initial or the rest of an abbreviation
# ("Ph. D. or equivalent", "Ph.D., Pharm.D."): a capital, a full stop, then a word in lower
# case or a comma.
_ASIDE = re.compile(r"(?<=[.!?])[ \t]*\([^()\n]{1,160}\)[ \t]+(?=[A-Z][a-z])")
_SENTENCE = re.compile(
    r"(?<=[a-z)\]])(?<!\bi\.e)(?<!\be\.g)(?<!\betc)(?<!\bvs)(?<!\bno)[.!?]"
    r"(?:[ \t]+|(?=[A-Z]))(?=[A-Z])(?![A-Z]\.(?:[ \t]*[a-z]|[,;]))"
)
# "AND" in capitals between items, glued or not: "…old. ANDMust be enrolled…", "; AND-Serving".
_AND = re.compile(
    r"(?<![A-Za-z])AND(?:[ \t]*[-–])?[ \t]*(?=[A-Z][a-z])|(?<=[a-z.;])AND(?=[A-Z][a-z])"
)
# A capital AND that starts a sentence of its own: "… rating. AND Possess a licence …".
_AND_SENTENCE = re.compile(r"(?<=[a-z)][.!?])[ \t]+AND[ \t]+(?=[A-Z][a-z])")
# … and asks something of the candidate: "AND Hold a licence", "AND Pass a test".
_AND_VERB = re.compile(r"(?:hold|possess|have|be|pass|complete)\b", re.IGNORECASE)
# "OR" in capitals may be glued to the next item at a lost line break ("…school;OREducation:
# …", "ORGS-05 Education: …", "OR(2) …"), unlike a word in capitals ("ORGANIZATION").
_OR_START = re.compile(
    r"[ \t\-–·•]*(?:(?:or|-or-)\b|(?-i:OR(?=[A-Z][a-z]|[A-Z]{2}-\d|\()))", re.IGNORECASE
)
# "… OR,": a comma may follow the last "or" of an item.
# "… OR:" too.
_OR_END = re.compile(r"(?:\b(?:or|-or-)|;[ \t]*or)[ \t\-–·•.,:]*$", re.IGNORECASE)
_ONE_OF = re.compile(
    # Not "all three of the following", "each of the following": every one is asked for.
    r"(?<!\ball[ \t])(?<!\beach[ \t])(?<!\bany[ \t]and[ \t]all[ \t])"
    r"(?:(?:at[ \t]+least|any|only)[ \t]+)?(?:one|two|three|four|five|\d)[ \t]+"
    r"(?:or[ \t]+(?:more|a[ \t]+combination)[ \t]+)?of[ \t]+(?:the[ \t]+)?following"
    # "the majority of the following duties": a choice as "at least 3 of following" is.
    r"|(?:either|any|some|majority)[ \t]+of[ \t]+(?:the[ \t]+)?following"
    r"|\b[A-D][ \t]+or[ \t]+[B-E][ \t]+below"
    r"|\b(?:mindestens[ \t]+\w+|einem|einer|eines|eine)[ \t]+der[ \t]+(?:nach)?folgenden",
    re.IGNORECASE,
)
_OPTIONS = re.compile(r"\b(?:OR|or|-OR-)[ \t]*\(?B[.)][ \t]")
# "OR" in capitals after a sentence's end or at a line's start, before the next numbered
# option of one requirement: "… (1) Experience. … OR, (2) Education. …" (not "a diploma OR one
# year of …" inside one sentence).
_OPTION_OR = re.compile(r"(?:(?<=[.;:)\]\n])|(?<=[.;:)\]\n][ \t]))[ \t]*OR\b[\s,:]*\(?[2-9][.)]")

# "OR" in capitals that opens the next option of one requirement after a sentence's end or at
# a line's start, glued to it or not: "… business law.ORCombination of education and
# experience: …", "… GS-07.\n\n-OR-\n\nEducation: …", "… OR You may qualify with a degree".
_OR_AT_START = re.compile(
    r"(?:(?<=[.;:)\]\n])|(?<=[.;:)\]\n][ \t]))[ \t]*(?:-OR-|OR(?![A-Za-z]))[ \t,:]*(?=\n|[A-Z(])"
    r"|(?:(?<=[.;:)\]])|(?<=[.;:)\]][ \t]))OR(?=[A-Z][a-z])"
)


def _offers_options(text: str, a: int, b: int) -> bool:
    """The item is one requirement offered as alternatives: numbered options ("(1) … OR, (2)
    …"), or an option that "OR" opens after a sentence's end or on a line of its own ("Degree:
    … OR Combination of …", "… GS-07.\n\n-OR-\n\nEducation: …")."""
    return _OPTION_OR.search(text, a, b) is not None or _OR_AT_START.search(text, a, b) is not None


# An item that is a nice-to-have, or that says nothing is asked ("Certification. None required.").
_NICE_ITEM = re.compile(
    r"preferred|desirable|desired|is[ \t]+a[ \t]+plus|nice[ \t]+to|\bnone[ \t]+required\b", re.I
)
# Labels that are no requirement of their own: notes and references.
_NOT_LABELS = frozenset(
    ["note", "notes", "reference", "references", "example", "examples", "e.g", "i.e", "nte"]
)


# The words a lead-in can start with: the full pattern is tried only where one starts (trying it
# at every offset of a long ad costs more than all other checks together). _anchors finds the
# same matches faster; this pattern is the reference its test holds it to.
# Factored by first letter (the engine tries fewer branches at each offset); "special" also
# stands for "specialized", as it matched first in the plain list of words.
_ANCHOR = re.compile(
    r"b(?:asic)|m(?:inimum|andatory|ust)|e(?:ssential|xperience)|general"
    r"|s(?:pecific|pecial|elective|hall)|qualification|require(?:ment|d|s)?|criteria|knowledge"
    r"|possesses|need[ \t]+to|the[ \t]+following|screen|knock"
)


# The anchors as plain words, found in one automaton pass: several times faster than the
# alternation above, which the engine tries at every offset that starts with one of its first
# letters. At most one anchor word matches at any offset, so the automaton's leftmost-first
# matches are _ANCHOR.finditer's, each with the text it matched. "need to" and "the following"
# allow more than one blank between their words: those two are searched by pattern, and only
# where their last word occurs.
_ANCHOR_WORDS = (
    "basic", "minimum", "mandatory", "must", "essential", "experience", "general", "specific",
    "special", "selective", "shall", "qualification", "requirement", "required", "requires",
    "criteria", "knowledge", "possesses", "require", "screen", "knock",
)  # fmt: skip
_ANCHOR_PHRASES = (
    ("to", re.compile(r"need[ \t]+to")),
    ("following", re.compile(r"the[ \t]+following")),
)


@cache
def _anchor_matcher() -> AhoCorasick:
    from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

    return AhoCorasick(
        list(_ANCHOR_WORDS), matchkind=MatchKind.LeftmostFirst, implementation=Implementation.DFA
    )


def _anchors(lower: str) -> list[tuple[int, str]]:
    """(offset, matched text) of every _ANCHOR match in `lower`, in order."""
    found = [
        (start, _ANCHOR_WORDS[i])
        for i, start, _ in _anchor_matcher().find_matches_as_indexes(lower, overlapping=False)
    ]
    phrases = [
        (m.start(), m[0])
        for last, rx in _ANCHOR_PHRASES
        if last in lower
        for m in rx.finditer(lower)
    ]
    if not phrases:
        return found
    # No anchor word holds the start of a phrase or a phrase that of a word; dropping what
    # starts inside an earlier match keeps the merged list right even if one ever did.
    found.extend(phrases)
    found.sort()
    out: list[tuple[int, str]] = []
    end = 0
    for at, word in found:
        if at >= end:
            out.append((at, word))
            end = at + len(word)
    return out


# Anchors that open a lead-in only as "must … the following:" (or "Required1." glued to item 1).
_MUST_WORDS = frozenset(["must", "required", "requires", "require", "shall"])
# The words before "must" that open a lead-in of their own ("Applicants must:").
_WHO_MUST = frozenset(["candidates", "applicants", "you"])
_CLAUSE_END = re.compile(r"[.:\n]")


# "Required certifications:": a heading of its own (_cue_rx's label).
_REQUIRED_HEAD = re.compile(
    r"required[ \t]+(?:current[ \t]+)?(?:certifications|licen[cs]es|credentials)"
)


def _may_lead_in(lower: str, at: int, word: str) -> bool:
    """Whether "must … the following" (the one lead-in that starts with `word`) can match at
    `at`: one of its closing words comes before the clause ends. A cheap test that spares the
    full pattern's 200-character lazy scan at most uses of "must" and "required"."""
    if word == "required" and (
        lower.startswith(("1.", "1)", "(1"), at + 8) or _REQUIRED_HEAD.match(lower, at) is not None
    ):
        return True
    end = _CLAUSE_END.search(lower, at + len(word), at + 600)
    clause = lower[at : end.start() if end is not None else at + 600]
    # (Or a series of four clauses or more follows: "require …; …; …; and …"; of three, after
    # a label's colon: "SPECIALIZED EXPERIENCE: Must have …; …; …".)
    semicolons = clause.count(";")
    return (
        semicolons >= 3
        or (semicolons == 2 and ":" in lower[max(0, at - 2) : at])
        or any(w in clause for w in ("following", "below", "these", "listed"))
    )


def _cues(text: str, lower: str) -> Iterator[re.Match[str]]:
    """The lead-ins of the text, in order, not overlapping (as _cue_rx().finditer would give).
    `lower` is the text in lower case, offsets aligned (the anchors are looked up there: a
    pattern of plain words without flags lets the engine skip ahead fast)."""
    rx = _cue_rx()
    pos = 0
    for at, word in _anchors(lower):
        if at < pos or (
            at > 0
            and (lower[at - 1].isalnum() or lower[at - 1] in "_-")
            # "ManagerialEssential": a capital glued to a word starts a heading that lost its
            # line break.
            and not (text[at].isupper() and text[at - 1].islower())
        ):
            continue
        starts = [at]
        if word in _MUST_WORDS and not _may_lead_in(lower, at, word):
            # "must … the following" cannot start here: only "Applicants must" can, before it.
            starts = []
        if word == "must":
            # "Applicants must", "You must": the word before opens the lead-in.
            j = at
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            k = j
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            if k < j and k >= pos and lower[k:j] in _WHO_MUST:
                starts.insert(0, k)
        for start in starts:
            m = rx.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break


# "The following meet these requirements:": the lead-in names who counts as meeting them.
_WHO_MEETS = re.compile(r"\bmeets?[ \t]+(?:these|the[ \t]+above)[ \t]+$", re.IGNORECASE)
# The same lead-in inside a list read after a label.
_MET_BY = re.compile(
    r"\bmeets?[ \t]+(?:these|the[ \t]+above)[ \t]+requirements?[ \t]*:", re.IGNORECASE
)
# "… they must (1) have …": the first numbered part of what a sentence asks.
# The "1" may be typed as a letter "l" ("they must (l) have …").
_MUST_PARTS = re.compile(r"\bmust[ \t]+(?=\([1l]\)[ \t]*[a-z])", re.IGNORECASE)
# How far before such a lead-in the sentence that asks may start.
_PARTS_REACH = 700


def _parts_before(text: str, at: int) -> InlineList | None:
    """The parts numbered (1), (2), … in lower case of the sentence that asks, before a lead-in
    that names who meets them ("Essentially, they must (1) have completed a program … and (2) be
    certified …."): each part one item. None where no such sentence stands before it."""
    lo = max(0, at - _PARTS_REACH)
    found = list(_MUST_PARTS.finditer(text, lo, at))
    if not found:
        return None
    must = found[-1]
    cuts = [must.end()]
    for m in _LOWER_NUMBER.finditer(text, must.end() + 3, at):
        if m[1] == str(len(cuts) + 1):
            cuts.append(m.start())
    if len(cuts) < 2:
        return None
    stop = _SENTENCE.search(text, cuts[-1], at)
    end = stop.start() + 1 if stop is not None else at
    bounds = [*cuts, end]
    return InlineList(must.start(), end, list(itertools.pairwise(bounds)))


# The words before a label used as a noun inside a sentence: "… must meet the basic requirements".
_NOUN_IN_SENTENCE = re.compile(r"(?<![\w-])(?:the|these|all|both|meet|of)[ \t]+$", re.IGNORECASE)


def lists(doc: Doc) -> list[InlineList]:
    """The run-together requirement lists of the text, in order."""
    text = doc.text
    out: list[InlineList] = []
    pos = 0
    lower = getattr(doc, "lower", None)
    cues = list(_cues(text, lower if isinstance(lower, str) else lowered(text)))
    reads = _Reads(text)
    for n, m in enumerate(cues):
        if m.start() < pos:
            continue
        if m["eol"] is not None and (
            m["label"] is None or text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        ):
            # Without a colon only a heading line of its own opens a list ("Basic Requirements").
            continue
        if _RATED.search(m[0]) is not None:
            # What the application should describe or how it is rated: ranking factors.
            continue
        if (
            m["label"] is not None
            and not m[0].rstrip().endswith((":", "-", "—"))
            and _NOUN_IN_SENTENCE.search(text, max(0, m.start() - 20), m.start()) is not None
        ):
            # "you must meet the basic requirements (1) Education AND (2) Experience described
            # below": the label is a noun of a sentence and its numbers name the parts given
            # later, not a list of its own.
            continue
        if m["label"] is not None and _WHO_MEETS.search(text, max(0, m.start() - 40), m.start()):
            # "… they must (1) have completed … and (2) be certified …. The following meet
            # these requirements: (1) Persons employed …": who is taken to meet them
            # (exceptions), not what is asked; what is asked are the parts before.
            parts = _parts_before(text, m.start())
            if parts is not None:
                out.append(parts)
                pos = m.end()
            continue
        if _DEFINITION_LEAD.search(m[0]) is not None:
            # "Specialized experience requirements for the GS-07 level are defined as: (1) …
            # (4) …": the parts of one definition, one requirement.
            continue
        if m["label"] is not None and _POINTS.match(text, m.end()) is not None:
            # "Basic Requirement for Architect: Please refer to the standards …": a pointer.
            continue
        if not reads.take(text, m.end()):
            break
        if m["ksa"] is not None:
            first = _first_ksa(text, m.end())
            if first >= 0:
                found = _list_after(text, m, first)
                if found is not None:
                    out.append(found)
                    pos = found.end
            continue
        found = _list_after(text, m)
        if found is not None and _MET_BY.search(text, m.end(), found.end) is not None:
            # "Basic Requirement for …: … they must (1) have … and (2) be certified …. The
            # following meet these requirements: (1) Persons employed …": the items read run
            # into who is taken to meet them; that lead-in's own cue reads the parts asked.
            continue
        if (
            found is None
            and m["label"] is not None
            and _BASIC.match(m["label"].lstrip()) is not None
            and m[0].rstrip().endswith(":")
        ):
            # "BASIC REQUIREMENTS: U.S. citizenship. Non-citizens may be appointed …" and the
            # other requirements in the next paragraph: the list goes on there.
            found = _list_after(text, m, more=1)
            if found is not None and found.end <= _region(text, m.end())[1]:
                # The list read already ran past that paragraph (its lead-in ends its line):
                # a shorter read is no further one.
                found = None
        if found is None and m["must"] is not None and m[0].rstrip().endswith("below."):
            # "…the requirements described below. Experience refers to paid and unpaid
            # experience… Degree: … Licensure: …": boilerplate between the lead-in and its
            # labelled items; the list starts at the first requirement label.
            field = _FIELD.search(text, m.end(), m.end() + _FIELD_REACH)
            if field is not None and field.start() >= pos and reads.take(text, field.start()):
                found = _list_after(text, m, field.start())
                if (
                    found is not None
                    and sum(_LABEL.match(text, a) is not None for a, _ in found.items) < 2
                ):
                    # Only labelled items make this list ("Education: Ph.D or …" alone is one).
                    found = None
        if found is not None:
            if not m[0].rstrip().endswith(":"):
                found = _inner_list(text, found, cues[n + 1 :], reads)
            else:
                found = _following_in_label(text, found, reads)
            out.append(found)
            pos = found.end
    return out


# Where the items after "… possess the following KSAs." start, past the instructions on how to
# show them ("Do not provide a separate narrative. Rather, you must describe …"): an item
# number, or a sentence that names a knowledge, skill or ability, at a sentence's start.
_KSA_ITEM = re.compile(
    r"(?:(?<=[.!?:])|(?<=[.!?:][ \t]))[ \t]*(?:\(?1[.)][ \t]*)?"
    r"(?-i:Knowledge|Skills?|Ability|Abilities)[ \t]+(?:of|in|to)\b"
)
_KSA_REACH = 1000


def _first_ksa(text: str, at: int) -> int:
    """The start of the first item after a "possess the following KSAs." lead-in, or -1 (none
    before the reach or the next heading): the instructions before it are no items."""
    end = min(len(text), at + _KSA_REACH)
    heading = _HEADING_LINE.search(text, at, end)
    m = _KSA_ITEM.search(text, at, end if heading is None else heading.start())
    return -1 if m is None else m.start()


# An application instruction before the list: "2. Your resume must show …", "3. Attach
# transcripts …", "It must be documented with dates": how to apply, nothing asked of the person.
_INSTRUCTION = re.compile(
    r"[\s\d.)\-•]*(?:(?:your|an?|the|each|applicants?['’]?s?)\s+)*(?:resumes?|applications?"
    r"|transcripts?)\b|[\s\d.)\-•]*(?:attach|submit|upload|it\s+must\s+be\s+documented)\b",
    re.IGNORECASE,
)
# An amount of experience or study: "Your resume must demonstrate at least one year of …" asks
# for it, where "Your resume must have complete information" only says how to apply.
_AMOUNT = re.compile(
    r"\b(?:at\s+least|minimum|(?:one|two|three|four|five|six|\d+)\s*(?:\(\d+\)\s*)?"
    r"(?:full\s+)?(?:years?|months?|semester|quarter))\b",
    re.IGNORECASE,
)
# A sentence that asks nothing of the candidate: a request on how to apply ("Please be clear
# and specific …", "You must address each ECQ separately …") or a definition ("One year of
# full-time study is defined as …", "Specialized experience is experience in …").
_NOT_ASKED = re.compile(
    r"[\s\d.)\-–•]*+(?:please\b"
    r"|(?:all\s+)?(?:you|applicants?|candidates?)\s+(?:must|should|are\s+required\s+to"
    r"|will\s+need\s+to)\s+(?:address|respond|describe|submit|attach|upload|answer"
    r"|include\s+a)\b"
    r"|[^.;:]{0,80}?\b(?:is|are)\s+defined\s+as\b"
    r"|(?:\w+\s+){0,2}experience\s+is\s+(?:experience|that|work)\b)",
    re.IGNORECASE,
)
_INNER_OR = re.compile(r"(?<![A-Za-z])(?:OR|Or)(?![A-Za-z])")
# A lead-in whose "the following" is the second of lettered alternatives: "… or (b) meet the
# following provisions".
_OR_LETTER_LEAD = re.compile(
    r"\bor[ \t]+\(?[b-h]\)[^.:\n]{0,60}?\bthe[ \t]+following", re.IGNORECASE
)
# A lead-in that defines one requirement: "… are defined as:".
_DEFINITION_LEAD = re.compile(r"\bdefined[ \t]+as[ \t]*:?[ \t]*$", re.IGNORECASE)
# A labelled item that only points elsewhere: "Basic Requirement for Architect: Please refer to
# the qualification standards for …".
_POINTS = re.compile(r"[ \t]*please[ \t]+(?:refer|see|review|consult|visit|go)\b", re.IGNORECASE)


def _pointer(text: str, item: tuple[int, int]) -> bool:
    """The labelled item asks nothing itself: its text refers the reader elsewhere."""
    label = _LABEL.match(text, item[0], item[1])
    return label is not None and _POINTS.match(text, label.end(), item[1]) is not None


def _inner_list(
    text: str, found: InlineList, later: list[re.Match[str]], reads: _Reads
) -> InlineList:
    """The list with what a lead-in inside it opens: "Please advise: 1. … 4. … Must have 36
    months of experience in each of the following: 1. … 7." (application instructions, then the
    list), "Basic Requirements: - A - B. Specialized experience must show the following: 1) …".
    Past such a lead-in its own items count, when it finds more than the outer split did there."""
    for c in later:
        if c.start() >= found.end:
            break
        lead = c[0].rstrip()
        if (
            not lead.endswith(":")
            or "following" not in lead.lower()
            or _RATED.search(lead) is not None
            or _INNER_OR.search(text, max(0, c.start() - 30), c.end()) is not None
        ):
            # Only "… the following:" opens a list of its own inside one; after "OR" it is an
            # alternative to what came before.
            continue
        if not reads.take(text, c.end()):
            break
        inner = _list_after(text, c)
        if inner is None or inner.choice:
            continue
        before = [
            it
            for it in found.items
            if it[1] <= c.start() and _INSTRUCTION.match(text, it[0], it[1]) is None
        ]
        if len(inner.items) > len(found.items) - len(before):
            return InlineList(found.start, max(found.end, inner.end), before + inner.items)
    return found


# Inside the last labelled item, a sentence that opens a further list of requirements:
# "Applicants must also satisfy the privileging requirements, which include the following:",
# "Specialized experience MUST include all of the following:". Not examples of one
# requirement ("This includes, but is not limited to, the following:").
_FOLLOWING_IN_LABEL = re.compile(
    r"(?:(?<=[.;])|(?<=[.;][ \t])|(?<=\n))[ \t]*"
    r"(?P<must>[^.:\n]{0,160}?\b(?:must|requirements?)\b[^.:\n]{0,160}?\bthe[ \t]+following)"
    r"[ \t]*:(?P<label>(?!))?(?P<series>(?!))?(?P<eol>(?!))?",
    re.IGNORECASE,
)
# Words that make a "the following" lead-in offer examples or a choice, not a list of
# must-haves, when they stand in it before "the following". Checked on each match, not in a
# lookahead: a lookahead that ran to the sentence's end from every ";" was cubic on a long
# sentence of semicolons (20,000 characters took 40 s).
_NOT_A_LIST_LEAD = re.compile(
    r"\b(?:not[ \t]+limited|such[ \t]+as|examples?|or|one|either|any)\b", re.IGNORECASE
)


def _following_lead(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first _FOLLOWING_IN_LABEL lead-in in text[lo:hi] that names no example or choice."""
    for m in _FOLLOWING_IN_LABEL.finditer(text, lo, hi):
        if _NOT_A_LIST_LEAD.search(text, m.start("must"), m.end("must")) is None:
            return m
    return None


def _following_in_label(text: str, found: InlineList, reads: _Reads) -> InlineList:
    """A list ("Degree: … Licensure: … Residency: …", "- A degree … -AND- Experience: …") whose
    last item runs on into a sentence that opens a further list ("Applicants must also meet
    the privileging requirements, which include the following: A. B. C.", "Specialized
    experience MUST include all of the following: A. B. C."): the further list's items are
    must-haves beside the others, and the last item ends where that sentence starts."""
    if len(found.items) < 2 or found.choice:
        return found
    lo, hi = found.items[-1]
    # The lead-in may stand past where the list stopped, in the same paragraph ("… Selective
    # Placement Factor: BLS. Applicants must also meet … the following:").
    eol = text.find("\n", hi)
    lead = _following_lead(text, lo, len(text) if eol < 0 else eol)
    if lead is None or _INNER_OR.search(text, max(lo, lead.start() - 30), lead.end()) is not None:
        return found
    if not reads.take(text, lead.end()):
        return found
    inner = _list_after(text, lead)
    if inner is None:
        inner = _sentences_on_lines(text, lead.end())
    if inner is None or inner.choice or len(inner.items) < 2:
        return found
    items = [*found.items[:-1], (lo, lead.start()), *inner.items]
    return InlineList(found.start, max(found.end, inner.end), items)


def _sentences_on_lines(text: str, at: int) -> InlineList | None:
    """The requirement sentences of the paragraphs after a lead-in that ends its line, each
    paragraph and each sentence in it an item ("…the following:\n\nCompletion of a residency.
    \n\nNo health contraindications.Board certification is desired."): a paragraph's lost
    line break must not make one item of the sentences before it."""
    start, end = _region(text, at)
    if "\n" not in text[at:start]:
        return None
    ends = (rx.finditer(text, start, end) for rx in (_PARAGRAPH, _SENTENCE, _GLUED))
    cuts = sorted({0, *(m.end() - start for found in ends for m in found)} - {end - start})
    items = [
        it
        for it in _spans(text, start, end, cuts)
        if _ASKS.match(text, it[0]) is not None
        and _NICE_ITEM.search(text, it[0], it[1]) is None
        and _NOT_ASKED.match(text, it[0], it[1]) is None
    ]
    return InlineList(start, end, items) if len(items) >= 2 else None


# A requirement label at a sentence start ("Degree:", "Licensure:"), and how far after a
# "… described below." lead-in one is looked for.
_FIELD = re.compile(
    r"(?:(?<=[.;:)\]])|(?<=[.;:)\]][ \t])|(?<=\n))[ \t]*(?=(?:degree|education|licensure"
    r"|licen[cs]e|certification|registration|citizenship)[ \t]*:)",
    re.IGNORECASE,
)
_FIELD_REACH = 1500
# A lead-in about the application or its rating, not about what the candidate must have.
_RATED = re.compile(
    r"\b(?:describe|narratives?|questionnaire|will[ \t]+be[ \t]+(?:further[ \t]+)?evaluated)\b",
    re.IGNORECASE,
)
# The federal pay plans a grade is written with ("GS-11", "WG-10", "GL-7"), as a regex alternation.
_PAY_PLANS = "gs|gp|gl|wg|nf|na"
_GRADE = re.compile(r"(?<![\w-])(?:" + _PAY_PLANS + r")-?(\d{1,2})(?!\d)", re.IGNORECASE)


_DETERMINATIONS = re.compile(r"grade\s+determinations?\b", re.IGNORECASE)
# A grade-level block just before a lead-in: its list is what that grade asks.
_GRADE_BLOCK = re.compile(
    r"grade\s+determinations?|(?<![\w-])(?:" + _PAY_PLANS + r")-?\d{1,2}\b|\bnurse\s+i{1,3}\b"
    r"|\blevel\s+i{1,3}\b",
    re.IGNORECASE,
)


def determinations_at(text: str, lower: str | None = None) -> int:
    """Where a VA ad's "Grade Determinations" start (every list after them asks what one grade
    needs), or -1. `lower`, the text in lower case where the caller has it, spares a read."""
    if lower is not None and "eterminat" not in lower:
        # Neither wording of the test below is in the text (one read where it takes two).
        return -1
    # (The heading in capitals too: "GRADE DETERMINATIONS:".)
    m = _DETERMINATIONS.search(text) if "eterminat" in text or "ETERMINAT" in text else None
    return -1 if m is None else m.start()


# A grade that heads a block of the determinations: at a sentence or item start, after a
# marker ("GS-11 Staff Psychologist (Entry Level).", "(4) GS-6 Advanced MSA", "- Nurse I Level I").
_GRADE_HEAD = re.compile(
    r"(?:^|(?<=[.:;)\]\n])|(?<=[.:;)\]][ \t]))[ \t]*(?:(?:[-–·•]|\(?\d{1,2}[.)]|\(?[a-h][.)])"
    r"[ \t]*)?(?P<grade>(?:" + _PAY_PLANS + r")-?\d{1,2}(?!\d)"
    r"|(?:nurse|level)[ \t]+(?:i{1,3}|iv|v)\b)",
    re.IGNORECASE,
)


# A range of grades, each with or without its series ("GS-9 to GS-11", "VN-0603-09 to
# VN-0603-13", "GS-0301-07 through 09").
_GRADE_RANGE = re.compile(
    r"(?<![\w-])(?:gs|gp|gl|wg|nf|na|vn)-?(?:\d{4}-)?(?P<low>\d{1,2})(?!\d)[ \t]*"
    r"(?:to|through|thru)"
    r"[ \t]+(?:(?:gs|gp|gl|wg|nf|na|vn)-?(?:\d{4}-)?)?(?P<high>\d{1,2})(?![\d,.]\d)(?!\d)"
    # "GS-7 to 12 months": a span of time, not a grade.
    r"(?![ \t]*(?:months?|years?|weeks?|days?|hours?|percent|%))",
    re.IGNORECASE,
)


def one_grade_determinations(text: str, at: int) -> bool:
    """The "Grade Determinations" at `at` describe the one grade the ad fills: no block of
    theirs is headed by a grade ("Grade Determinations: (a) Experience. One year equivalent to
    the next lower grade. … must demonstrate the following KSAs: …"), or every block that is
    names the same grade ("(4) GS-6 Advanced MSA (a) Experience. … (c) … the KSAs below: …").
    What they ask is then the position's own; grade by grade ("GS-11 … GS-12 …", "Nurse I …
    Nurse II …") it is not. "Grade Determinations" is a heading of its own, so a nice-to-have
    heading before it ("Preferred Experience: Above full performance level Grade
    Determinations: …") has ended there."""
    heads = {_grade_key(m["grade"]) for m in _GRADE_HEAD.finditer(text, at, at + _REACH)}
    if len(heads) > 1:
        return False
    # "…may be selected … in the range of VN-0603-09 to VN-0603-13", "GS-9 to GS-11": a
    # range of grades after the determinations is grade by grade too.
    return not any(
        int(m["low"]) != int(m["high"]) for m in _GRADE_RANGE.finditer(text, at, at + 2 * _REACH)
    )


def _grade_key(grade: str) -> str:
    """One name per grade: "GS-6", "gs-06" and "GS6" are one grade, "Nurse II" another."""
    m = _GRADE.fullmatch(grade)
    return f"{grade[:2].lower()}{int(m[1])}" if m is not None else " ".join(grade.lower().split())


def grade_tied(text: str, starts: list[int], lower: str | None = None) -> list[bool]:
    """Which of the lists starting at `starts` are tied to grades ("Selective Factors for GS-04:
    …", "for GS-05: …", the KSAs after a grade determination) and so are grade-by-grade
    requirements, not the position's must-haves: those, when the ad names two grades or has a
    list of its own beside them. (`lower`: the text in lower case, if the caller has it.)"""
    if not starts:
        return []
    blocks = _grade_blocks(text, starts)
    if any(blocks):
        # "For the GS-9 level, applicants must have … the following: …. For the GS-11 level, …":
        # a list inside one grade's block, beside the block of another grade.
        return blocks
    # VA ads: every list after "Grade Determinations" asks what one grade needs.
    determinations = determinations_at(text, lower)
    # Determinations of one grade: their lists are the position's own, as one grade's list is.
    one_grade = determinations >= 0 and one_grade_determinations(text, determinations)
    if len(starts) < 2:
        # One list alone is the position's own, whatever grade it names; unless it is part of
        # determinations of several grades ("Grade Determinations: … criteria will determine
        # the grade: Clinical Competencies, Ethics, … the range of VN-09 to VN-13").
        return [0 <= determinations < starts[0] and not one_grade]
    grades: list[str | None] = []
    for at in starts:
        if 0 <= determinations < at:
            grades.append(None if one_grade else "block")
            continue
        if not _may_name_grade(text, max(0, at - 250), at + 80):
            # No digit and no grade word near the list (most lists): neither pattern below can
            # match, and each reads its window slowly (it ignores case).
            grades.append(None)
            continue
        m = _GRADE.search(text, max(0, at - 60), at + 80)
        block = _GRADE_BLOCK.search(text, max(0, at - 250), at + 60) if m is None else None
        if block is not None:
            # "GS-13: Your resume must show … Specialized experience must demonstrate the
            # following:": the grade the block names, when it names one, tells blocks apart.
            named_here = [g[1] for g in _GRADE.finditer(text, max(0, at - 250), at + 60)]
            grades.append(named_here[0] if named_here else "block")
            continue
        grades.append(m[1] if m else None)
    named = {g for g in grades if g is not None}
    if all(0 <= determinations < at for at in starts) and not one_grade:
        # Every list stands in determinations of several grades: grade by grade, as one such
        # list alone is (above).
        return [True] * len(starts)
    if not named or (len(named) < 2 and None not in grades):
        return [False] * len(starts)
    return [g is not None for g in grades]


# A grade's block opened in a sentence: "For the GS-9 level,", "At the GS-7 grade level,".
_LEVEL_BLOCK = re.compile(
    r"(?<![\w-])(?i:for|at)[ \t]+(?i:the)[ \t]+(?i:gs|gp|gl|wg|nf|na)-?(\d{1,2})"
    r"(?:[ \t]+(?i:grade))?[ \t]+level,",
)
# How far before a lead-in the sentence that opens its grade's block may start.
_BLOCK_REACH = 80


def _grade_blocks(text: str, starts: list[int]) -> list[bool]:
    """Which lead-ins stand in a grade's block ("For the GS-9 level, applicants must have …")
    where the text opens the blocks of two grades or more; all False otherwise."""
    reach = _BLOCK_REACH + 40
    if not any(text.find("level,", max(0, at - reach), at + reach) >= 0 for at in starts):
        # A block names its level before a comma ("For the GS-9 level,"): with none near any
        # lead-in (most ads), the whole text need not be read.
        return [False] * len(starts)
    found = list(_LEVEL_BLOCK.finditer(text))
    if len({m[1].lstrip("0") for m in found}) < 2:
        return [False] * len(starts)
    return [any(_in_block(text, m, at) for m in found) for at in starts]


def _in_block(text: str, block: re.Match[str], at: int) -> bool:
    """The lead-in at `at` is the sentence that opens `block`, or goes on with it: the two
    close, on one line, with no sentence end between them."""
    if block.start() >= at:
        between = text[at : block.start()]
    elif block.end() <= at:
        between = text[block.end() : at]
    else:
        return True
    return len(between) <= _BLOCK_REACH and "\n" not in between and ". " not in between


def _may_name_grade(text: str, lo: int, hi: int) -> bool:
    """False only where neither _GRADE nor _GRADE_BLOCK can match inside text[lo:hi]: each of
    their wordings holds a pay plan with a digit after it ("gs-7") or the word "grade", "nurse"
    or "level" (letters that ignoring case matches to no other letter than their capitals, save
    the s, which matches "ſ" too: "nur" stands for "nurse"). Most windows hold a digit (a date,
    a count), few a pay plan's."""
    window = text[lo:hi].lower()
    return (
        "grade" in window
        or "nur" in window
        or "level" in window
        or _PLAN_DIGIT.search(window) is not None
    )


# A pay plan (_PAY_PLANS, its "s" also as "ſ") with a digit after it, in lower case.
_PLAN_DIGIT = re.compile(r"(?:g[sſpl]|wg|n[fa])-?\d")


def _one_grade_each(text: str, found: list[InlineList]) -> list[InlineList]:
    """The lists that are not tied to grades (see grade_tied)."""
    tied = grade_tied(text, [f.start for f in found])
    return [f for f, t in zip(found, tied, strict=True) if not t]


def count(found: list[InlineList]) -> int:
    return sum(len(f.items) for f in found)


_HEADING_LINE = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]|\*\*[^\n*]+\*\*[ \t]*(?:\n|$))")


# Words no sentence ends with: a line that ends with one goes on in the next.
_NO_SENTENCE_END = frozenset([
    "and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "other", "by", "on", "from",
    "at", "into", "und",
])  # fmt: skip


def wraps_on(before: str, after: str, *, items: bool = False) -> bool:
    """The text `after` a line break goes on with the sentence `before` it, as text copied
    from a page with hard line breaks does ("… paid and unpaid experience," / "including
    volunteer work …"): `before` leaves a bracket open or ends with a word no sentence ends
    with ("… and other"), or stops mid-sentence and `after` starts in lower case. Where lines
    may be items of a list without bullets (`items`; they often start in lower case: "drafting
    plans" / "engaging stakeholders"), only a word that goes on with a sentence ("including",
    "which", "that") or a blank before the line counts."""
    last = before.rstrip()
    if last.count("(") > last.count(")"):
        return True
    if not last or last.endswith(STOPS):
        return False
    if last.rsplit(maxsplit=1)[-1].lower() in _NO_SENTENCE_END:
        return True
    rest = after.lstrip()
    if not rest[:1].islower():
        return False
    # A line that starts with a blank was broken around an inline element ("Experience with"
    # / " dbt" / " and a cloud warehouse"): it goes on too.
    return not items or after[:1].isspace() or rest.split()[0].rstrip(",.;:") in _GOES_ON


# Words that go on with the sentence before them, not start an item.
_GOES_ON = frozenset(
    ["including", "which", "that", "who", "whose", "where", "and", "or", "but", "than", "such"]
)


def _wrapped(line: str, after: str) -> bool:
    """A paragraph's last line that its sentence goes on after: wraps_on, or a long line
    (no heading) that stops mid-sentence ("… accredited by the National" / "League for …")."""
    last = line.rstrip()
    if "|" in last:
        # A table's row: the table reader reads it.
        return False
    return wraps_on(last, after) or (len(last) >= 60 and not last.endswith((*STOPS, ")")))


STOPS = (".", "!", "?", ";", ":")


@cache
def _other_heading_rx() -> re.Pattern[str]:
    """A line that is nothing but a heading of a part that asks nothing: duties, benefits, the
    company, how to apply (the requirement reader's own list of such headings)."""
    alt = lexicon.word_alternation(lexicon.read("requirements"), "other_headings")
    return re.compile(rf"^[ \t#*_]*(?:{alt})[ \t*_]*:?[ \t*_]*$", re.IGNORECASE | re.MULTILINE)


@cache
def _other_heading_after_break_rx() -> re.Pattern[str]:
    """_other_heading_rx after a line break, a literal: the search jumps from line to line,
    where "^" has it try every character."""
    return re.compile("\n" + _other_heading_rx().pattern.removeprefix("^"), re.I | re.M)


def other_heading(text: str, start: int, end: int) -> int:
    """Where _other_heading_rx().search(text, start, end) matches, or -1."""
    if start == 0 or text[start - 1 : start] == "\n":
        m = _other_heading_rx().match(text, start, end)
        if m is not None:
            return start
    m = _other_heading_after_break_rx().search(text, start, end)
    return -1 if m is None else m.start() + 1


def _region(text: str, start: int, *, more: int = 0) -> tuple[int, int]:
    """The stretch after a lead-in: to the next stop, the end of the paragraph (or of the next
    one, when the lead-in ends its own) or the reach; `more` paragraphs further on."""
    end = min(len(text), start + _REACH)
    eol = text.find("\n", start)
    for _ in range(more):
        if eol < 0:
            break
        nxt = eol
        while nxt < len(text) and text[nxt] in "\n \t":
            nxt += 1
        eol = text.find("\n", nxt)
    if eol >= 0:
        if not text[start:eol].strip():
            # "BASIC REQUIREMENTS:" at the end of its line: the list is in the next paragraphs.
            nxt = eol
            while nxt < len(text) and text[nxt] in "\n \t":
                nxt += 1
            start = nxt
            # The list runs over the next paragraphs, to the first stop (or the reach).
            eol = -1
        # Paragraphs that start with an item marker go on the list.
        while 0 <= eol < end:
            nxt = eol
            while nxt < len(text) and text[nxt] in "\n \t":
                nxt += 1
            if nxt >= len(text) or (
                text[nxt] not in "-–·•*"
                and not _NUMBER.match(text, nxt)
                and not _wrapped(text[text.rfind("\n", start, eol) + 1 : eol], text[nxt])
            ):
                break
            eol = text.find("\n", nxt)
        if 0 <= eol < end:
            end = eol
    stop = _stop_rx().search(text, start, end)
    if stop is not None:
        end = stop.start()
    # A line that is only the heading of another part ("Benefits:", "What we offer", "Deine
    # Aufgaben"): what stands under it is not asked of the candidate.
    other = other_heading(text, start, end)
    if other >= 0:
        end = other
    # A heading of its own (markdown "## Our Stack", a bold line) starts another section.
    heading = _HEADING_LINE.search(text, start, end)
    if heading is not None:
        end = heading.start()
    return start, end


# Before a series: examples of one requirement, not requirements ("… such as A; B; C").
_EXAMPLES = re.compile(r"\b(?:such[ \t]+as|including|e\.g\.|for[ \t]+example)\b", re.IGNORECASE)
_CONDITIONS = re.compile(r"\b(?:physical|medical)\b", re.IGNORECASE)
_EXPERIENCE = re.compile(r"\bexperience", re.IGNORECASE)


# The subject of "must" is the experience, work or education asked for, not the candidate:
# "The work must have …", "Such experience must …", "This education must …".
_THING_MUST = re.compile(
    r"\b(?:work|experience|education|training|study|program|coursework)[ \t]+$", re.IGNORECASE
)

# "… you must be:" and a participle that completes it ("Enrolled or accepted for …").
_BE_LEAD = re.compile(r"\bmust[ \t]+be[ \t]*:$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[ \t\n]*[A-Z][a-z]+ed\b")
_AND_HEAD = re.compile(r"^[ \t\n]*and[ \t]+")
# A clause that names an activity or asks again: "scheduling projects", "and following up",
# "Must have knowledge of …"; not what an activity covers ("including …", "involving …").
_ACTIVITY = re.compile(
    r"[ \t\n]*(?:and[ \t]+)?(?!(?:including|involving|according)\b)(?:[a-z]{3,}ing|must)\b",
    re.IGNORECASE,
)


# Sentences of the same paragraph before a series, from this many on, make it prose.
_PROSE_BEFORE = 2


def _amid_prose(text: str, cue: int) -> bool:
    """The series' sentence follows two sentences or more of its paragraph, and no label or
    lead-in with a colon opens it ("… in English. Must possess A; B; C.", not "… WG-10: Must
    have A; B; C" nor a series that opens its paragraph)."""
    para = text.rfind("\n", 0, cue) + 1
    ends = list(_SENTENCE.finditer(text, para, cue))
    if len(ends) < _PROSE_BEFORE:
        return False
    return ":" not in text[ends[-1].end() : cue]


def _required_series(text: str, cue: int, start: int, end: int) -> bool:
    """A series after "require …" / "must …" without a colon is a list of requirements, not
    examples of one ("must be able to care for fish, such as A; B; C; and D"), the parts of
    one experience requirement ("one year of experience that included A; B; C; and D"),
    alternatives
    ("accredited by A; B; C, or D") or working conditions ("Physical Requirements: Position
    requires heavy lifting; pushing; walking; …")."""
    series = text[start:end]
    first = series.find(";")
    if _EXAMPLES.search(series, 0, first) is not None:
        return False
    sentence = max(text.rfind(". ", 0, cue), text.rfind("\n", 0, cue), 0)
    if _CONDITIONS.search(text, sentence, cue) is not None:
        return False
    if _amid_prose(text, cue):
        # "Requires knowledge of A. Ability to B. … Must possess C; demonstrate D; and E.": one
        # sentence of a paragraph of requirement sentences, prose as the paragraph is.
        return False
    if _THING_MUST.search(text, sentence, cue) is not None:
        # "The work must have given the applicant knowledge of A; knowledge of B; …": what the
        # experience asked for must have covered, one requirement (as "experience that
        # included A; B; C" is).
        return False
    clauses = series.split(";")[1:]
    if (
        len(clauses) >= 2
        and sum(_DESCRIBES.match(_AND_HEAD.sub("", c)) is not None for c in clauses) >= 2
    ):
        # "Must have 18 months of experience repairing X; experience which gave Y; experience
        # applying Z": each clause names an experience of its own, a list of requirements.
        return True
    if (
        ":" in text[max(0, cue - 2) : cue]
        and len(clauses) >= 2
        and all(_ACTIVITY.match(c) is not None for c in clauses)
    ):
        # "SPECIALIZED EXPERIENCE: Must have 24 months experience preparing work orders;
        # scheduling projects; following up on progress": after a label, each clause names an
        # activity of its own (the National Guard one-grade series, counted clause by clause in
        # the labels, #823, #1003); not a definition's "…: Performs A; but must also have B;
        # performing C" (one requirement).
        return True
    if _EXPERIENCE.search(text, sentence, start + first) is not None:
        # "You must have one year of experience that included A; B; C; and D": what one
        # experience requirement covers, as prose (see _DESCRIBES).
        return False
    last = series[series.rfind(";") + 1 :]
    return not (re.search(r"\bor\b", last) and not last.lstrip().startswith("and "))


_SELECTIVE = re.compile(r"[ \t]*selective\b", re.IGNORECASE)
# A lead-in to rating elements ("the following job-related factors:"), and the mark of one that
# screens candidates out ("(SCREEN OUT)").
_FACTORS = re.compile(r"\bjob[ \t-]+related[ \t]+factors\b", re.IGNORECASE)
_SCREEN_MARK = re.compile(r"\b(?:screen|knock)[ \t-]?out\b", re.IGNORECASE)
_KNOCK_OUT = re.compile(r"(?:screen|knock)", re.IGNORECASE)
# A sentence that asks something of the person: "candidates must possess …", "must have …".
# "This position requires possession of a BLS certificate" asks it too; "Possession of the
# factor must be verifiable via your resume" says how it is checked.
_MUST_ASK = re.compile(
    r"\bmust[ \t]+(?:also[ \t]+)?(?:have|possess|hold|be(?![ \t]+verifi)|meet|obtain)\b"
    r"|\b(?:position|job)[ \t]+requires[ \t]+(?!that[ \t]+you[ \t]+(?:submit|provide))",
    re.I,
)


def _list_after(
    text: str, cue: re.Match[str], at: int | None = None, *, more: int = 0
) -> InlineList | None:
    start, end = _region(text, cue.end() if at is None else at, more=more)
    # The lead-ins of _FOLLOWING_IN_LABEL (a list inside a labelled item) have no KSA group.
    ksa = "ksa" in cue.re.groupindex and cue["ksa"] is not None
    knock_out = cue["must"] is not None and _KNOCK_OUT.match(cue[0]) is not None
    if cue["series"] is not None or knock_out:
        # The series is the one sentence: what follows it is no part of the list ("… the
        # following: A; B; and C. Work under close supervision …" after a knock-out lead-in).
        stop = _SENTENCE.search(text, start, end)
        end = end if stop is None else stop.start() + 1
        if cue["series"] is not None and not _required_series(text, cue.start(), start, end):
            return None
    if end - start < 20:
        return None
    head = text[max(0, cue.start() - 40) : cue.end()]
    alternatives_only = (
        not ksa
        and (
            _ONE_OF.search(head) is not None
            # "they must (a) obtain a licence before entering on duty, or (b) meet the following
            # provisions:": the list is one of two alternatives.
            or _OR_LETTER_LEAD.search(cue[0]) is not None
            or _ONE_OF.search(text[start : start + 100].split(":")[0]) is not None
        )
    )
    basic = _BASIC.search(text, max(0, cue.start() - 12), cue.end()) is not None
    # "SELECTIVE FACTOR: … candidates must possess a licence. … Applicants must have
    # certification …": the sentences that ask are the factors.
    selective = cue["label"] is not None and _SELECTIVE.match(cue[0]) is not None
    # "SPECIALIZED EXPERIENCE: Must have …; …; …": the label's colon leads the series in.
    labelled = cue["series"] is not None and ":" in text[max(0, cue.start() - 2) : cue.start()]
    sentences = cue["must"] is not None or basic or selective or ksa or labelled
    split = _lower_numbered(text, cue, start, end)
    if split is None:
        split = _split(text, start, end, following=sentences, paragraphs=more > 0)
    if split is None and knock_out:
        # "… show the ability to do the following: service engines, read manuals, and test
        # boats.": the knock-out's one sentence, a series by commas.
        split = _commas(text, start, end)
    if split is None:
        return None
    # "A. Degree: … OR B. Combination of …": options, whatever their own items.
    alternatives_only = alternatives_only or _OPTIONS.search(text, start, end) is not None
    items, plain = split
    items = _merge_alternatives(text, _merge_elaborations(text, items))
    if (cue["must"] is not None or ksa) and plain:
        # After "you must be:", a state completes the lead-in ("Enrolled in a school.").
        state = _BE_LEAD.search(cue[0]) is not None
        # What the resume or the application must show is how to apply, not a requirement
        # ("Your resume must have complete information: Please ensure …").
        items = [
            it
            for it in items
            if (
                _ASKS.match(text, it[0]) is not None
                or (state and _PARTICIPLE.match(text, it[0]) is not None)
            )
            and (
                _INSTRUCTION.match(text, it[0], it[1]) is None
                or _AMOUNT.search(text, it[0], it[1]) is not None
            )
            and _NOT_ASKED.match(text, it[0], it[1]) is None
        ]
    elif selective and plain:
        items = [it for it in items if _MUST_ASK.search(text, it[0], it[1]) is not None]
    elif plain and sum(_DESCRIBES.match(text, it[0]) is None for it in items) <= 1:
        # "Minimum Requirements: Experience … Experience which … SPECIALIZED EXPERIENCE: Must
        # have …. Experience …": sentences describing the experience, knowledge or skills asked
        # for (all but one at most), under a heading without "the following", are prose, not
        # items. Beside other requirements (citizenship, a licence) they are items.
        return None
    items = [
        it
        for it in items
        if not _NICE_ITEM.search(text, it[0], min(it[1], it[0] + 120))
        and _NOT_ASKED.match(text, it[0], it[1]) is None
        and not _pointer(text, it)
    ]
    if _FACTORS.search(cue[0]) is not None:
        # "… sufficient knowledge and ability in the following job-related factors: A (SCREEN
        # OUT) B. C.": rating elements; only those marked to screen out are must-haves.
        items = [it for it in items if _SCREEN_MARK.search(text, it[0], it[1]) is not None]
    if items and items[-1][1] == end and _cut_by_stop(text, items[-1]):
        # "… For vacancies below the full-performance level, the basic requirement | will be
        # evaluated on a developmental basis.": a stop inside the last sentence; what that
        # sentence says belongs to the stop (how candidates are rated), not to the list.
        items = items[:-1]
    if not plain and not ksa and items and _choice_before_items(text, start, items[0]):
        # "… must have one of the following: A. … B. …", "in at least two of the following
        # fields: (1) … (7) …" before the first marker: a choice among the items.
        alternatives_only = True
    if alternatives_only:
        # "you must meet one of the following: A OR B": one requirement, not a list.
        items = items[:1]
    if len(items) < 2 and not alternatives_only:
        return None
    return InlineList(cue.start(), end, items, alternatives_only)


# A marked option: "a) …", "(b) …", "[1] …", "2. …" after a space, a colon or a semicolon.
_OPTION_MARK = re.compile(r"(?<=[\s;:])[(\[]?(?:[a-hA-H]|[1-9])[.)\]][ \t]")


def _choice_before_items(text: str, start: int, first: tuple[int, int]) -> bool:
    """Whether "one of the following" before the end of the first item offers the list's items
    as a choice. Not where it stands inside the first item and that item goes on with a sentence
    after it: the choice is the item's own ("Graduate of a school … accredited by one of the
    following accrediting bodies: A or B. In cases of graduates of foreign schools …", the VA
    nurse standard run into one paragraph, whose items are its sentences)."""
    m = _ONE_OF.search(text, start, first[1])
    if m is None:
        return False
    if m.start() < first[0]:
        return True
    stop = _SENTENCE.search(text, m.end(), first[1])
    # Marked options after it ("… must meet one of the following requirements: a) … b) …") are
    # the list's own alternatives, whatever sentence follows them.
    return stop is None or _OPTION_MARK.search(text, m.end(), stop.start()) is not None


def _cut_by_stop(text: str, item: tuple[int, int]) -> bool:
    """The item is one sentence that a stop of the list (_stop_rx) cut in its middle, the stop
    going on in lower case ("… the basic requirement | will be evaluated …"), and what stands
    of it asks nothing: no word of _ASKS opens it, and it holds no label, clause or line of a
    requirement (no colon, semicolon or line break: "Licensure: … U.S. Applications … ;
    however, | if selected …" is a licence whose sentence end the reader does not see, "-
    Registered nurse.\n\nExperience would be | desirable …" a bullet and the line after it)."""
    a, b = item
    body = text[a:b].rstrip()
    if not body or body[-1] in ".!?;:)]" or "\n" in text[a + len(body) : b]:
        return False
    if (
        ":" in body
        or ";" in body
        or "\n" in body
        or not text[b : b + 1].islower()
        or _SENTENCE.search(text, a, b) is not None
    ):
        return False
    return _stop_rx().match(text, b) is not None and _ASKS.match(text, a) is None


# A number in brackets before a word in lower case: "1) experience in …", "(2) writing …".
_LOWER_NUMBER = re.compile(r"(?<![\w$/.-])\(?(\d{1,2})\)[ \t]*(?=[a-z])")


def _lower_numbered(
    text: str, cue: re.Match[str], start: int, end: int
) -> tuple[list[tuple[int, int]], bool] | None:
    """The parts numbered 1), 2), … in lower case right after "… the following:" ("Specialized
    experience must demonstrate the following: 1) experience in A; 2) writing B and 3)
    providing C"): items, as capitalised numbered ones are. Elsewhere numbers before lower
    case mark the parts of one sentence ("the program must: (1) lead to …; or (2) include …")."""
    lead = cue[0].rstrip()
    if not lead.endswith(":") or "following" not in lead.lower():
        return None
    chunk = text[start:end]
    first = _LOWER_NUMBER.match(chunk, len(chunk) - len(chunk.lstrip(" \t\n")))
    if first is None or first[1] != "1":
        return None
    cuts = [first.start()]
    for m in _LOWER_NUMBER.finditer(chunk, first.end()):
        if m[1] == str(len(cuts) + 1):
            cuts.append(m.start())
    return (_spans(text, start, end, cuts), False) if len(cuts) >= 2 else None


# A sentence's end at a paragraph break, and the next paragraph's start.
_PARAGRAPH = re.compile(r"(?<=[a-z)\]][.!?])[ \t]*\n\s*(?=[A-Z])")


def _split(
    text: str, start: int, end: int, *, following: bool, paragraphs: bool = False
) -> tuple[list[tuple[int, int]], bool] | None:
    """The items of [start, end) by the first marker kind that gives two or more; after "must
    … the following:", its sentences are items too. With the items: whether they are plain
    sentences."""
    chunk = text[start:end]
    graded = _graded_labels(chunk)
    if graded >= 0:
        end = start + graded
        chunk = chunk[:graded]
    if len(_LEVEL_LABEL.findall(chunk)) >= 2:
        # "ENTRY LEVEL: … INTERMEDIATE LEVEL: …", "Entry - … Target- …": level by level.
        return None
    first = _NUMBER.match(chunk.lstrip(" \t\n;"))
    # A list that starts with its item 1 is numbered, whatever dashes its items hold.
    numbered_first = first is not None and first[1].lower() in ("1", "a")
    numbered = _numbered_items(chunk)
    dashes = _cuts(_DASH, chunk)
    options = (0, 0)
    if not numbered_first and _options_only(text, start, end, numbered):
        # "Basic Requirements: Citizenship. … Education: (1) A degree … OR, (2) …": the numbers
        # mark the options of one requirement, not the list's items; so do "-OR-" dashes
        # between them, and no sentence from the first option to the last one's start.
        options = (numbered[0], _option_end(chunk, numbered[-1]))
        numbered = []
        dashes = [c for c in dashes if _OR_START.match(chunk, c) is None]

    def outside(cuts: list[int]) -> list[int]:
        return [c for c in cuts if not options[0] < c < options[1]]

    # Each reader runs only when the ones before it found no list: each reads the whole chunk.
    readers: tuple[Callable[[], list[int]], ...] = (
        lambda: _with_dashes_after(chunk, numbered, dashes) if numbered_first else [],
        lambda: dashes,
        lambda: [] if _options_in_label(chunk, numbered) else numbered,
        lambda: _labelled(chunk),
        lambda: _dash_labels(chunk),
        lambda: _named(chunk) if following else [],
        # Glued sentences make items only where sentences would (a heading such as
        # "QUALIFICATIONS REQUIRED: Skill to ….Ability to …" heads prose).
        lambda: _glued(chunk) if following else [],
        lambda: _cuts(_AND, chunk, after=True),
        lambda: _semicolons(chunk, led=following),
    )
    lone: list[int] = []
    for n, read in enumerate(readers):
        cuts = outside(read())
        if (
            n == 1
            and len(cuts) == 2
            and cuts[0] == 0
            and not numbered_first
            and _OR_START.match(chunk, cuts[1]) is None
        ):
            # One dash after text of its own ("… policy.Degree of … (Internship) - Completed a
            # residency …"): a dash inside a sentence, or one item after a paragraph; the list
            # is what a later reader finds, when it finds more.
            lone = cuts
            continue
        if len(cuts) > max(2, len(lone)) or (len(cuts) == 2 and not lone):
            return _spans(text, start, end, cuts), False
    if lone:
        return _spans(text, start, end, lone), False
    if following:
        cuts = _cuts(_SENTENCE, chunk, after=True)
        if paragraphs:
            # A list that goes on in the next paragraph: the paragraph break after a sentence
            # ends an item as well.
            cuts = sorted({*cuts, *(m.end() for m in _PARAGRAPH.finditer(chunk))})
        # "… transcript. (Reference Handbook 5005) Current licence …": an aside in brackets
        # that stands as a sentence of its own ends there.
        asides = [m.end() for m in _ASIDE.finditer(chunk)]
        # "… Registration required Graduate of a school of professional nursing …": the VA nurse
        # standard's requirement that follows one with no stop.
        asides += _standard_items(chunk)
        if asides:
            cuts = sorted({0, *cuts, *asides})
        cuts = outside(cuts)
        if len(cuts) >= 2:
            return _merge_short_labels(text, _spans(text, start, end, cuts)), True
    return None


# The name of a basic requirement, capitalised as a label is: "U.S. citizenship", "English
# language proficiency", "Physical standards", "Registration", "License and Registration".
_NAME = re.compile(
    r"(?:(?-i:U\.S\.[ \t]+c|United[ \t]+States[ \t]+c|C)itizenship"
    r"|(?-i:E)nglish[ \t]+language[ \t]+proficiency"
    r"|(?-i:P)hysical[ \t]+(?:standards|requirements)"
    r"|(?-i:E)ducation(?:al[ \t]+requirements)?"
    r"|(?-i:L)icen(?:[cs]e|sure)(?:[ \t]+and[ \t]+registration)?|(?-i:R)egistration"
    r"|(?-i:C)ertification)"
    # A label, not a sentence's subject ("License must be current"): the requirement's text
    # follows it after a dash or a bracket, or starts with a capital.
    r"(?![\w-])(?=[ \t]*(?:[-–—(]|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# Where a name starts an item: a sentence's end or a closing bracket before it, glued or not
# ("…nursing.License and Registration A nurse …", "(written and spoken) Physical standards").
_NAME_AFTER = re.compile(r"[.;)\]][ \t]*$")


def _named(chunk: str) -> list[int]:
    """Basic requirements run together by their names alone, without colons, as a federal
    template lost its line breaks: "U.S. citizenship English language proficiency (written and
    spoken) Physical standards - All applicants … Registration – Current …". The chunk starts
    with a name; a name starts an item after a sentence's end or a bracket, or right after
    the name before it. Three names or more make the list; labels with a colon among them are
    items too."""
    at = len(chunk) - len(chunk.lstrip(" \t\n"))
    first = _NAME.match(chunk, at)
    if first is None:
        return []
    cuts = [at]
    last_end = first.end()
    for m in _NAME.finditer(chunk, first.end()):
        before = chunk[max(0, m.start() - 3) : m.start()]
        if chunk[last_end : m.start()].strip(" \t") == "" or _NAME_AFTER.search(before):
            cuts.append(m.start())
            last_end = m.end()
    if len(cuts) < 3:
        return []
    # Labels with a colon among them are items of the same list ("… Certification - I hold a
    # licence. EDUCATION/EXPERIENCE REQUIREMENTS: I possess …").
    return sorted({*cuts, *_labels(chunk)})


def _with_dashes_after(chunk: str, numbered: list[int], dashes: list[int]) -> list[int]:
    """Numbered items, and dash items after the last of them that ask something of their own
    ("1. … 7. Skill in reading laws. -Must have a year as an attorney. -Must hold a licence."):
    the list goes on with another marker."""
    after = []
    for d in dashes:
        mark = _DASH.match(chunk, d) if numbered and d > numbered[-1] else None
        if (
            mark is not None
            # After a sentence's end, not after a label ("(2) Grade-Point Average - You must …")
            and chunk[:d].rstrip(" \t")[-1:] in (".", "!", "?", "\n")
            # Not after "OR": an alternative to the item before.
            and _INNER_OR.search(chunk, numbered[-1], d) is None
            and _ASKS.match(chunk, mark.end()) is not None
        ):
            after.append(d)
    return [*numbered, *after]


def _options_in_label(chunk: str, numbered: list[int]) -> bool:
    """Numbered options between two labels (none among them, an OR between two) are the options
    of one labelled item, not the list's items ("Citizenship: … Education: (1) A degree … OR,
    (2) … (3) … Certification: …"); so are numbered exceptions after an item ("Exceptions
    include: (1) …")."""
    if len(numbered) < 2:
        return False
    if numbered[0] > 0 and _EXCEPTIONS_LEAD.search(chunk, max(0, numbered[0] - 40), numbered[0]):
        # "Education. Graduate of an approved school. Exceptions include: (1) … (3) ….
        # Licensure. …": the exceptions to the item before, not the list's items.
        return True
    labels = _labels(chunk)
    return (
        any(c < numbered[0] for c in labels)
        and any(c > numbered[-1] for c in labels)
        and not any(numbered[0] < c < numbered[-1] for c in labels)
        and any(
            _OR_END.search(chunk[a:b].rstrip(" \t\n(")) is not None
            for a, b in itertools.pairwise(numbered)
        )
    )


_EXCEPTIONS_LEAD = re.compile(r"\bexceptions?[ \t]+(?:include|are)[ \t]*:[ \t]*$", re.IGNORECASE)


def _labelled(chunk: str) -> list[int]:
    """The labelled items' starts; under a label, a capital AND after a sentence's end starts a
    further requirement ("Flight Hours: Possess 250 hours. … AND Possess 75 hours of night
    flying."), not "AND NOTE: …", nor an AND before the next label."""
    labels = _labels(chunk)
    if len(labels) < 2:
        return labels
    if _and_before_first_label(chunk, labels[0]):
        # "A bachelor's degree in pharmacy. AND Licensure: … AND Medical Requirement: …" under a
        # heading that labels the first item: the text before the first label, joined to it by
        # a capital AND, is an item too.
        labels = [0, *labels]
    ands = [
        m.end()
        for m in _AND_SENTENCE.finditer(chunk)
        if (_ASKS.match(chunk, m.end()) or _AND_VERB.match(chunk, m.end()))
        and not any(m.start() <= c < m.end() for c in labels)
    ]
    return sorted({*labels, *ands})


def _and_before_first_label(chunk: str, first: int) -> bool:
    """The first label starts with a capital AND ("… Education. AND Licensure:" reads as the
    label "AND Licensure") after a sentence of three words or more in the same paragraph."""
    if not chunk.startswith(("AND ", "AND\t"), first):
        return False
    head = chunk[:first].strip(" \t\n")
    return head.endswith((".", ";")) and "\n" not in head and len(head.split()) >= 3


# A sentence that opens the lettered parts of the option before it: "The following
# educational/training substitutions are appropriate …: (a) …".
_SUBSTITUTIONS = re.compile(r"[ \t\n]*The[ \t]+following\b[^.:\n]{0,120}:[\s]*\(?a[.)]")


def _option_end(chunk: str, at: int) -> int:
    """Where the last option, starting at `at`, ends: after its first sentence of more than
    three words ("(3) Mix. An equal mix of the two." ends after "two."), or at the next
    labelled item ("… from 1961 through June 1974. English Language Proficiency: …", where a
    year before the stop hides the sentence's end)."""
    label = _LABEL.search(chunk, at)
    stop = len(chunk) if label is None else label.start()
    for m in _SENTENCE.finditer(chunk, at, stop):
        if len(_NUMBER.sub("", chunk[at : m.start()]).split()) > 3:
            if _SUBSTITUTIONS.match(chunk, m.end()) is not None:
                # "(3) Combination. … are qualifying. The following substitutions are
                # appropriate: (a) … (b) …": the lettered parts are the option's own.
                return stop
            return m.end()
    return stop


def _options_only(text: str, start: int, end: int, cuts: list[int]) -> bool:
    """The numbered items are alternatives to each other ("(1) … OR (2) … OR (3) …") after
    text that holds requirements of its own: together they are one requirement of the list."""
    if len(cuts) < 2:
        return False
    before = text[start : start + cuts[0]].strip()
    if _ONE_OF.search(before) is not None or (
        _SENTENCE.search(before) is None and _GLUED.search(before) is None
    ):
        # A lead-in to the options ("must have one of the following:", "Applicants must meet
        # these requirements:"), no sentence of its own: the options are what the list offers.
        return False
    return len(_merge_alternatives(text, _spans(text, start, end, cuts))) == 1


def _merge_short_labels(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence of three words at most ("Education and experience.", "English language.")
    labels the sentence after it: one item."""
    out: list[tuple[int, int]] = []
    glue = False
    for lo, hi in items:
        if glue and out:
            out[-1] = (out[-1][0], hi)
            glue = False
            continue
        out.append((lo, hi))
        glue = len(text[lo:hi].split()) <= 3
    return out


def _cuts(rx: re.Pattern[str], chunk: str, after: bool = False) -> list[int]:
    """Item starts: at each marker, plus the text before the first one when it says something."""
    marks = [m.end() if after else m.start() for m in rx.finditer(chunk)]
    if not marks:
        return []
    if after or chunk[: marks[0]].strip(" \t\n:-–·•"):
        marks = [0, *marks]
    return marks


def _standard_items(chunk: str) -> list[int]:
    """Where the VA nurse or physician standard's requirements start in the chunk
    (_STANDARD_ITEM); looked for only where one of its words stands there, so most chunks are
    not scanned."""
    if not any(w in chunk for w in _STANDARD_WORDS):
        return []
    return [
        m.end()
        for m in _STANDARD_ITEM.finditer(chunk)
        # Not right after a label of its own ("Licensure. Current, full, …"): its text.
        if _LABEL_BEFORE.search(chunk, max(0, m.start() - 40), m.start()) is None
    ]


def _glued(chunk: str) -> list[int]:
    """Item starts at sentences glued at a lost line break; none where the VA nurse standard's
    requirements run into one paragraph ("U.S. citizenship. Graduate of a school of professional
    nursing …"), which are cut at every sentence instead."""
    cuts = _cuts(_GLUED, chunk, after=True)
    if not set(_standard_items(chunk)) <= set(cuts):
        # A requirement of the standard that no glued stop starts: cut at every sentence
        # (below), as where no stop was glued, so that the first ("U.S. citizenship.") is not
        # left holding the next.
        return []
    return cuts


# "… and fulfilled each of the following criteria:(a) …": a lead-in to one item's own parts.
_SUB_LEAD = re.compile(r"(?:each|all|both) of the following[^.:\n]{0,40}:[ \t(]*$", re.IGNORECASE)


def _numbered_items(chunk: str) -> list[int]:
    """The numbered items of the list, unless they are the choices or parts inside one of its
    items: "Registration – … Education: Graduate of a school accredited by one of the following:
    a) … or b) …", "Education. A degree and each of the following criteria:(a) … (b) …" (text
    before them, and "one of the following" or "the following …:" just before the first)."""
    cuts = _numbered(chunk)
    nested = (
        len(cuts) >= 2
        and len(chunk[: cuts[0]].strip()) > 200
        and (
            _ONE_OF.search(chunk, max(0, cuts[0] - 120), cuts[0]) is not None
            or _SUB_LEAD.search(chunk, max(0, cuts[0] - 80), cuts[0]) is not None
        )
    )
    return [] if nested else cuts


def _marker_style(m: re.Match[str]) -> str:
    """How an item marker closes: "a." against "(a)" or "a)"."""
    return m.string[m.end(1)]


def _numbered(chunk: str) -> list[int]:
    """Starts of consecutively numbered (or lettered) items: 1, 2, 3… or a, b, c…"""
    best: list[int] = []
    # Each marker with its closing mark: "(d)" inside item "c." is a sub-item, not item "d."
    # (letters only: numbered runs mix "2." and "3)" where their text was copied together).
    found = [(m.start(), m[1].lower(), _marker_style(m)) for m in _NUMBER.finditer(chunk)]
    for i, (at, key, style) in enumerate(found):
        if key not in ("1", "a"):
            continue
        run = [at]
        want = 2 if key == "1" else ord("b")
        for at2, key2, style2 in found[i + 1 :]:
            if key2 == (str(want) if key == "1" else chr(want)) and (key == "1" or style2 == style):
                run.append(at2)
                want += 1
        if len(run) > len(best):
            best = run
    return best if len(best) >= 2 else []


# The levels of a career ladder as labels: "ENTRY LEVEL:", "Intermediate -", "Target-".
_LEVEL_LABEL = re.compile(
    r"(?<![\w-])(?:entry|intermediate|full[ \t]+performance|target|developmental|journeyman)"
    r"(?:[ \t]+level)?[ \t]*(?::|[-–](?-i:(?=[ \t]*[A-Z])))",
    re.IGNORECASE,
)
_GRADE_LABEL = re.compile(r"\blevel\b|^(?:" + _PAY_PLANS + r")-?\d")
# A label closed by a full stop, as federal templates write them: "Citizenship. Citizen of the
# United States.", "English Language Proficiency. MSAs must …", "Certification. None required.".
# Only capitalised words naming what is asked for (its last word a requirement noun), at a
# sentence start, before a sentence in capitals: "Good English." or "Note. Pay…" is none.
_PERIOD_LABEL = re.compile(
    r"(?:(?<=[.;:)\]])|(?<=[.;:)\]][ \t])|(?<=^)|(?<=\n))(?<![A-Z][.][ \t])(?<![A-Z][.])[ \t]*"
    r"((?:[A-Z][A-Za-z/'’-]*[ \t]+(?:(?:of|and|or|&)[ \t]+)?){0,3}"
    r"(?:Citizenship|Education|Experience|Certifications?|Licensure|Licen[cs]es?|Registration"
    r"|Degrees?|Residency|Training|Proficiency|Standards|Requirements?))[.](?=[ \t]+[A-Z(]|[A-Z])"
)


# A label and a dash at a sentence start, the text after it in capitals: "Attention to Detail -
# Is thorough when …", "Customer Service – Works with clients …" (competencies as OPM lists
# them).
_DASH_LABEL = re.compile(
    r"(?:(?<=[.;:])|(?<=[.;:][ \t])|(?<=^))[ \t]*"
    r"((?:[A-Z][A-Za-z/&'’]*)(?:[ \t]+(?:of|to|and|&|in|for|[A-Z][A-Za-z/&'’]*)){0,4})"
    r"[ \t]+[-–—][ \t]+(?=[A-Z][a-z])"
)


def _dash_labels(chunk: str) -> list[int]:
    """The starts of items labelled with a dash, two or more, not levels of a career ladder."""
    out = [m.start(1) for m in _DASH_LABEL.finditer(chunk)]
    return out if len(out) >= 2 else []


# A grade that opens a label's text: "…: GS-09", "…: WG-2610-13".
_GRADE_AFTER = re.compile(r":[ \t]*(?:gs|gp|gl|wg|ws|nf|na)-(?:\d{4}-)?(\d{1,2})\b", re.IGNORECASE)


def _graded_labels(chunk: str) -> int:
    """Where labels that each open with another grade start ("SPECIALIZED EXPERIENCE: WG-2610-13
    Must have … SPECIALIZED EXPERIENCE: WG-2610-12 Must have …"): the requirements from there
    on are grade by grade, no items of the list; -1 when there are none."""
    if ":" not in chunk:
        return -1
    graded = list(_GRADE_AFTER.finditer(chunk))
    if len({int(g[1]) for g in graded}) < 2:
        return -1
    colon = graded[0].start()
    # The label starts after the sentence before it.
    lead = max(chunk.rfind(c, 0, colon) for c in ".;)]\n") + 1
    return lead + len(chunk[lead:colon]) - len(chunk[lead:colon].lstrip())


# A basic requirement's name, capitalised, with its colon, glued to the lower-case end of the
# item before it: a label whose sentence stop was lost.
_GLUED_NAME_LABEL = re.compile(
    r"(?<=[a-z])[ \t]+((?:Physical[ \t]+(?:Standards|Requirements)|English[ \t]+Language"
    r"[ \t]+Proficiency|(?:U\.S\.[ \t]+|United[ \t]+States[ \t]+)?Citizenship|Licensure"
    r"|Education|Certification))[ \t]*:(?=[ \t]*[A-Z])"
)


def _labels(chunk: str) -> list[int]:
    out = []
    grades = 0
    found = [m for m in _LABEL.finditer(chunk) if m[1].lower().strip() not in _NOT_LABELS]
    period = list(_PERIOD_LABEL.finditer(chunk)) if len(found) >= 2 else []
    # Beside "Label:" items, the name of a basic requirement with its colon right after the
    # item before, whose stop was lost ("… written English Physical Standards: Pass …").
    glued = list(_GLUED_NAME_LABEL.finditer(chunk)) if len(found) >= 2 else []
    if period or glued:
        # Beside "Label:" items, "Label." ones are items of the same list (a template that mixes
        # the two: "United States Citizenship: … English Language Proficiency. MSAs must …").
        found = sorted([*found, *period, *glued], key=lambda m: m.start(1))
    for m in found:
        label = m[1].lower().strip()
        if label in _NOT_LABELS or len(label) > 50:
            continue
        out.append(m.start(1))
        grades += _GRADE_LABEL.search(label) is not None
    if grades >= 2:
        # "ENTRY LEVEL: … FULL PERFORMANCE LEVEL: …", "GS-07: … GS-09: …": grade by grade.
        return []
    # Text before the first label opens the list ("Applicants must possess:"): no item.
    return out


# One experience and what it covered: "experience which includes …", "experience that
# involved …".
_PARTS_OF = re.compile(
    r"\bexperience[^;.:]{0,40}?\b(?:which|that)[ \t]+(?:has[ \t]+)?(?:includes?|included"
    r"|involved?|involves|covered|covers|consisted)\b",
    re.IGNORECASE,
)


# The last part of a series by commas: ", and …" (not ", or …": alternatives).
_AND_LAST = re.compile(r",[ \t]+and[ \t]+")


def _commas(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool] | None:
    """Three or more parts of one sentence, separated by commas, the last after ", and" ("A, B,
    and C"), none holding a sentence of its own: the items of the series."""
    chunk = text[start:end]
    last = list(_AND_LAST.finditer(chunk))
    if len(last) != 1 or ";" in chunk:
        return None
    cuts = [0, *(i + 1 for i, c in enumerate(chunk[: last[0].start()]) if c == ","), last[0].end()]
    if (
        len(cuts) < 3
        or "(" in chunk
        or any(len(chunk[a:b].split()) > 12 for a, b in itertools.pairwise([*cuts, len(chunk)]))
    ):
        # Parts of more than twelve words, or brackets with commas inside: no plain series.
        return None
    return _spans(text, start, end, cuts), False


# The last clause of a semicolon series starts with "or": the clauses are alternatives.
_OR_LAST = re.compile(r"[ \t\n]*or[ \t]+(?![\w-]+[ \t]*:)", re.IGNORECASE)
# "…; and …" earlier in the same series: the "or" joins only the last two.
_OR_LAST_LIST = re.compile(r";[ \t\n]*and[ \t]", re.IGNORECASE)


def _semicolons(chunk: str, *, led: bool = False) -> list[int]:
    """A series of three or more clauses separated by semicolons, in its first sentence; `led`:
    the chunk follows a lead-in that asks for it ("… the following: A; B; and C"), where three
    clauses in lower case make a list as well."""
    m = _SENTENCE.search(chunk)
    first = chunk[: m.start()] if m else chunk
    marks = [i + 1 for i, c in enumerate(first) if c == ";"]
    if len(marks) < 2:
        return []
    if _PARTS_OF.search(first, 0, marks[0]) is not None and (
        sum(_DESCRIBES.match(_AND_HEAD.sub("", c)) is not None for c in first.split(";")[1:]) < 2
    ):
        # "One year of specialized experience which includes overseeing A; providing B;
        # knowledge of C; …": the parts of one experience requirement, not a list (unless the
        # clauses name experiences of their own: "…; experience which …; experience in …").
        return []
    if _OR_LAST.match(first, marks[-1]) is not None and not _OR_LAST_LIST.search(first):
        # "…: You must possess one year of experience; relating to A; developing B; or
        # providing C.": a series that ends in "or" offers alternatives, one requirement.
        return []
    capitals = all(first[i:].lstrip()[:1].isupper() for i in marks)
    if len(marks) < 3 and not capitals and not led:
        # "the ability to organize work; able to explain manuals; and to prepare reports": a
        # short series inside one sentence, not a list.
        return []
    return [0, *marks]


# A label whose text is only a bracket: a heading over the items after it.
_BRACKETED_HEADING = re.compile(r"[A-Z][\w/&' -]{0,40}:[ \t]*\([^()\n]{1,60}\)[ \t.]*")


def _spans(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    out = []
    bounds = [*cuts, end - start]
    for a, b in itertools.pairwise(bounds):
        lo, hi = start + a, start + b
        body = text[lo:hi].strip(" \t\n")
        if (
            body.strip(".;:-–·•*_#")
            and not (body.endswith(":") and len(body.split()) <= 4)
            and _BRACKETED_HEADING.fullmatch(body) is None
        ):
            # Not empty, and not a label whose text the list's end cut off ("Volunteer
            # Experience:" before "Experience refers to …"), nor a heading whose text is a
            # bracket ("EXPERIENCE: (Accounting Related)" over the next label).
            out.append((lo, hi))
    return out


# A sentence that only explains the item before it: "This includes …", "Examples are …".
_ELABORATES = re.compile(
    # ("This position requires a BLS certificate." asks something of its own.)
    r"[ \t\n]*(?!this[ \t]+(?:position|job)[ \t]+requires[ \t])"
    r"(?:this|these|it|such|that|those|includes?|examples?|e\.g|i\.e|the|non-\w+"
    r"|students|in[ \t]+(?:cases?|addition)|if|applicants[ \t]+who|candidates[ \t]+who|note|see"
    r"|by[ \t]+the|[^.]{0,80}\bclosing[ \t]+date\b"
    r"|[\w \t-]{0,40}?\b(?:includes|is[ \t]+defined[ \t]+as|means)"
    # A pointer to another section: "Physical requirements outlined below."
    r"|[\w \t-]{0,40}?\b(?:(?:are|is)[ \t]+)?(?:outlined|described)[ \t]+(?:below|above)"
    r"|experience[ \t]+(?:may|must|can)[ \t]+not"
    # How graduates of schools abroad meet the education item before: "Foreign Education.
    # Foreign graduates of … programs meet the requirements if …".
    r"|foreign[ \t]+(?:education|graduates?|degrees?|schools?)\b"
    # What makes the thing before acceptable, or a part of its amount: "To be acceptable, the
    # program must: (1) …" after a degree, "At least 15 of the 30 semester hours must …".
    r"|to[ \t]+be[ \t]+(?:acceptable|considered[ \t]+equivalent)"
    r"|at[ \t]+least[ \t]+\d+[ \t]+of[ \t]+the[ \t]+\d+"
    # What may be done or where to look, not what is asked: "Verification of approved programs
    # may be obtained from …", "A pharmacist who has had a licence revoked may be appointed only
    # …", "Education may be substituted for experience".
    r"|[^.]{0,160}?\b(?:may|can)[ \t]+(?:only[ \t]+|not[ \t]+)?be[ \t]+(?:obtained|found|appointed"
    r"|waived|verified|substituted|accepted|credited|considered|made)"
    # What a thing asked for must have been, not a person: "Programs completed after 1974 must
    # have been accredited by …" explains the degree above it.
    r"|(?!(?:applicants?|candidates?|you|incumbents?|employees?|individuals?|persons?)\b)"
    r"[^.]{0,120}?\bmust[ \t]+have[ \t]+been[ \t]+\w+ed"
    r")\b",
    re.IGNORECASE,
)
# A sentence that describes the experience, knowledge, skill or ability asked for ("Experience
# which demonstrates …", "Skill in …", "SPECIALIZED EXPERIENCE: Must have …"); not a label of
# its own ("Experience. Six months of office work.").
_DESCRIBES = re.compile(
    r"[ \t\n]*(?:(?:general|specialized|specialised|required)[ \t]+)?(?:experiences?|experienced"
    r"|skills?|knowledge|abilit(?:y|ies))(?:[ \t]+requirements?)?\b(?![ \t]*\.)",
    re.IGNORECASE,
)
# A sentence that asks something of the candidate (after "the following:" sentences are items
# only when they do).
_ASKS = re.compile(
    r"[ \t\n]*(?:[\w-]+[ \t]+){0,2}?(?:must|be|have|possess|ability|abilities|knowledge|skills?"
    r"|experience|a[ \t]+minimum"
    r"|minimum|at[ \t]+least|one[ \t]+year|\d+[ \t]+(?:months|years)|proficien|current|valid"
    r"|certified|licensed|demonstrated|successful|completion|graduat|degree|required)\b"
    r"|[^.]*\b(?:is|are)[ \t]+required\b"
    # The absence of a condition: "No health status contraindications to …", "No record of …".
    r"|[ \t\n]*no[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:contraindications?|record|history|convictions?)\b",
    re.IGNORECASE,
)


def _merge_elaborations(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in items:
        if out and _ELABORATES.match(text, lo) is not None:
            out[-1] = (out[-1][0], hi)
            continue
        out.append((lo, hi))
    return out


def _merge_alternatives(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'A OR B': an item that starts with 'or' (or follows one that ends with it) joins the one
    before."""
    out: list[tuple[int, int]] = []
    for lo, hi in items:
        if out and (
            _OR_START.match(text, lo) is not None
            or _OR_END.search(text[out[-1][0] : out[-1][1]].rstrip()) is not None
        ):
            out[-1] = (out[-1][0], hi)
            continue
        out.append((lo, hi))
    return out


_SEPARATOR_LINE = re.compile(
    r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
)


def _table_row(text: str, pos: int) -> bool:
    """The line that holds `pos` starts with a pipe, as a row of a Markdown table does, or is
    the header of a table without outer pipes (a `--- | ---` line under it)."""
    line = text.rfind("\n", 0, pos) + 1
    if text[line : line + 40].lstrip(" \t")[:1] == "|":
        return True
    eol = text.find("\n", pos)
    if eol < 0:
        eol = len(text)
    if "|" not in text[line:eol]:
        return False
    nxt = text.find("\n", eol + 1)
    if _SEPARATOR_LINE.match(text[eol + 1 : nxt if nxt >= 0 else len(text)]) is not None:
        return True
    # A body row of a table without outer pipes (the |---| line is above it).
    return any(t.start <= line <= t.end for t in req_table.tables(text, lambda _cells: False))


# A nice-to-have heading, and a clause under it that says it is required all the same.
_NICE_HEAD = re.compile(rf"(?<![\w-]){_NICE_HEAD_WORDS}", re.IGNORECASE)
_CLAUSE = re.compile(r"[^.;]+")
# A short clause that ends in "required" ("BLS/ACLS required") or starts with "must" without a
# subject ("must have received telemetry training"), not a sentence about experience that says
# "must" somewhere in it.
_REQUIRED_CLAUSE = re.compile(
    r"[ \t\n]*(?:(?:\S+[ \t\n]+){1,11}(?<!not[ \t])required[ \t\n]*$"
    r"|must[ \t\n]+(?:have|be|hold|possess|obtain)\b(?:[ \t\n]+\S+){0,14}[ \t\n]*$)",
    re.IGNORECASE,
)
_PREFERENCE = re.compile(r"prefer|desir|\bplus\b|not[ \t]+required", re.IGNORECASE)
# How far under such a heading its clauses are read, at most.
_PREFERRED_REACH = 600


def _required_in_preferred(text: str, after: int) -> list[InlineList]:
    """Clauses under a nice-to-have heading after a list that say they are required ("Preferred
    Experience: Two years in surgery is desired. BLS required; must have received telemetry
    training."): must-haves all the same, each one an item."""
    if "refer" not in text and "esir" not in text:
        return []
    out = []
    for head in _NICE_HEAD.finditer(text, after):
        start = head.end()
        stop = _stop_rx().search(text, start, start + _PREFERRED_REACH)
        end = stop.start() if stop is not None else min(len(text), start + _PREFERRED_REACH)
        items = [
            (m.start(), m.end())
            for m in _CLAUSE.finditer(text, start, end)
            if _REQUIRED_CLAUSE.match(m[0]) is not None and _PREFERENCE.search(m[0]) is None
        ]
        if items:
            out.append(InlineList(head.start(), end, items))
    return out


def required_lists(doc: Doc) -> list[InlineList]:
    """The run-together lists, when together they hold two or more items."""
    text = doc.text
    # A row of a table ("| Requirements: - SQL - Python |") is one item at most: the table
    # reader (requirements._table_sections) reads tables, row by row.
    found = _one_grade_each(
        text, [f for f in lists(doc) if f.items and not _table_row(text, f.start)]
    )
    if found:
        found.extend(_required_in_preferred(text, found[0].start))
    if count(found) <= 2 and (
        any(f.choice for f in found)
        or any(_offers_options(text, a, b) for f in found for a, b in f.items)
    ):
        # Only a choice among alternatives ("one of the following", or one item that offers
        # "(1) … OR, (2) …"), and at most one more requirement: no list.
        return []
    return found if count(found) >= 2 else []
