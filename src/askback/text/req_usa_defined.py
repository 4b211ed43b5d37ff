"""The numbered parts of a specialized-experience definition in a US federal ad (USAJOBS).

The USAJOBS hand labels (tests/data/text/usajobs/README.md) count "the numbered parts of a
one-grade specialized-experience definition (*experience: 1) …; 2) …*)" as items (#379, #384,
#424), also beside a basic requirement offered as alternatives (#642). The source lost the line
breaks, so the parts run on in the sentence that defines the experience ("Specialized
experience is defined as: 1) Experience gathering data …; and 2) Experience determining …",
"One year of specialized experience which includes: (1) …; (2) …"), and the list readers take
the whole for one definition. `definition_parts` reads the parts, one item each.

Not read: examples (*Examples of specialized experience include (1) …*), parts offered as
alternatives (*… OR 2) …*), a definition that is one alternative of the qualification path
(*… OR Education: …*, the labels' #408), and definitions given grade by grade (a part that
defines the experience twice, or one inside a grade's block), which the labels do not count.
"""

from __future__ import annotations

import re

# The lead: "specialized experience" and, in the same sentence, the word that opens its
# definition ("is defined as:", "which includes:", "for this position includes:", "to
# include:"), right before part 1.
_LEAD = re.compile(
    r"\b(?:specialized|such)[ \t]+experience\b(?P<mid>[^.:;\n]{0,160}?)"
    r"\b(?:defined[ \t]+as(?:[ \t]+experience[ \t]+which[ \t]+includes?)?|includes?|including)"
    r"[ \t]*:?[ \t]*(?=\(?1(?:\.?\)|\.[ \t]*[A-Za-z]))",
    re.IGNORECASE,
)
# The lead of dashed or bulleted parts: "Specialized experience for this position includes: -
# Supervising …; and- Monitoring …", "… includes ALL of the following: • Serving …; AND•
# Providing …", "Specialized experience must demonstrate the following:- Experience …"; also
# after the label "Specialized Experience:", whose sentence runs longer ("Specialized Experience:
# One year of experience at the GS-13 level, or equivalent, that has equipped the applicant with
# … the duties of this position which include:- Applying …; AND– …").
_DASH_LEAD = re.compile(
    r"\bspecialized[ \t]+experience\b(?:[ \t]*:)?(?P<mid>[^.:;\n]{0,240}?)"
    r"\b(?:(?:must[ \t]+)?includes?(?:[ \t]+all[ \t]+of[ \t]+the[ \t]+following)?|including"
    r"|(?:must[ \t]+)?demonstrate[ \t]+the[ \t]+following)"
    r"[ \t]*:[ \t]*(?=[-–•][ \t]*[A-Za-z])",
    re.IGNORECASE,
)
# A dash or bullet that opens a part: at the run's start, after a stop, a semicolon, a line
# break or a blank, also glued to "AND"/"and" ("…; AND- Experience", "…; and- Monitoring").
_DASH = re.compile(r"(?:(?<=[\s.;:])|(?<=\bAND)|(?<=\band))[-–•](?=[ \t]*[A-Za-z])")
# Any definition of the experience, numbered or not: two in one part are one for each grade.
_ANY_DEFINITION = re.compile(
    r"\bspecialized[ \t]+experience\b[^.:;\n]{0,160}?\b(?:defined[ \t]+as|includes?|including)\b",
    re.IGNORECASE,
)
# In the lead's sentence: examples, a choice or what is typical, not what is asked.
_NOT_ASKED = re.compile(
    r"\b(?:examples?|such[ \t]+as|may|not[ \t]+limited|one[ \t]+of|typical(?:ly)?)\b",
    re.IGNORECASE,
)
# Right before a part: "or", which makes the parts alternatives of one requirement.
_OR_BEFORE = re.compile(r"\b(?:OR|or)[\s,;:–-]*$")
# Where the last part ends: its sentence's stop before a capital, or its line's end.
_STOP = re.compile(r"(?<=[\w)\]])\.+(?=[ \t]*(?:[A-Z]|$))|\n", re.MULTILINE)
# After the definition: "OR" on its own, which opens the other paths (education, a combination).
_OR_AFTER = re.compile(r"(?<![A-Za-z])[-~]?OR[-~]?(?![a-z]|[A-Z]{2})")
# Before the definition, in its paragraph: the experience offered as one path beside education
# ("Must have 1 year of specialized experience … OR Education – 1 year of graduate education.
# … Specialized experience … is defined as: (1) …").
_EDUCATION_INSTEAD = re.compile(
    r"(?<![A-Za-z])[-~]?OR[-~]?[ \t:–-]*(?:an?[ \t]+)?(?:[Ee]ducation|[Cc]ombination)\b"
)
# How far apart two parts stand at most, and how far from the definition "OR" is looked for.
_PART_REACH = 700
_OR_REACH = 250
_PATH_REACH = 400


def _marker(k: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.(])\(?{k}(?:\.?\)|\.(?=[ \t]*[A-Za-z]))")


_MARKERS = tuple(_marker(k) for k in range(1, 10))


def _sentence_start(text: str, at: int, floor: int) -> int:
    return max(text.rfind(". ", floor, at) + 1, text.rfind("\n", floor, at) + 1, floor)


def _parts(text: str, at: int) -> list[tuple[int, int]]:
    """The numbered parts from part 1 at `at` on, in order, each to the next part's number; the
    last to its sentence's end. Empty when two parts are alternatives."""
    starts = [at]
    for rx in _MARKERS[1:]:
        m = rx.search(text, starts[-1] + 2, starts[-1] + _PART_REACH)
        if m is None or "\n" in text[starts[-1] : m.start()]:
            break
        if _OR_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
            return []
        starts.append(m.start())
    if len(starts) < 2:
        return []
    stop = _STOP.search(text, starts[-1] + 3, starts[-1] + _PART_REACH)
    end = stop.end() if stop is not None else min(len(text), starts[-1] + _PART_REACH)
    bounds = [*starts, end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _dash_parts(text: str, at: int) -> list[tuple[int, int]]:
    """The dashed or bulleted parts from the one at `at` on, each to the next dash; the last to
    its sentence's end. A stop followed by other text than a dash ends the run."""
    starts = [at]
    for m in _DASH.finditer(text, at + 1, at + 4 * _PART_REACH):
        gap = text[starts[-1] : m.start()]
        if m.start() - starts[-1] > _PART_REACH or re.search(r"\.[ \t]*\n?[ \t]*\w", gap):
            break
        if _OR_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
            return []
        starts.append(m.start())
    if len(starts) < 2:
        return []
    stop = _STOP.search(text, starts[-1] + 3, starts[-1] + _PART_REACH)
    end = stop.end() if stop is not None else min(len(text), starts[-1] + _PART_REACH)
    bounds = [*starts, end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def definition_parts(
    text: str, items: list[tuple[int, int]], grade_blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The numbered parts of the Qualifications part's one specialized-experience definition
    that no item holds, as items of their own (see the module docstring)."""
    q = text.find("Qualifications")
    if q < 0:
        return []
    lower_q = text[q:].lower()
    if "specialized" not in lower_q:
        return []
    leads = list(_LEAD.finditer(text, q))
    dashed = list(_DASH_LEAD.finditer(text, q))
    if len(leads) + len(dashed) != 1:
        return []
    lead = (leads or dashed)[0]
    sentence = _sentence_start(text, lead.start(), q)
    if lead[0][:4].lower() == "such":
        # "Specialized Experience is experience that … Such experience includes:1. …": "such"
        # points back to the sentence before, which must name the specialized experience.
        before = _sentence_start(text, max(q, sentence - 2), q)
        if "specialized experience" not in text[before:sentence].lower():
            return []
    defined = _ANY_DEFINITION.finditer(text, q)
    if any(not sentence <= m.start() < lead.end() for m in defined):
        return []  # a definition for each grade
    if any(a <= lead.start() < b for a, b in grade_blocks):
        return []
    if _NOT_ASKED.search(text, sentence, lead.end()) is not None:
        return []
    paragraph = max(text.rfind("\n", q, sentence) + 1, sentence - _PATH_REACH)
    if _EDUCATION_INSTEAD.search(text, paragraph, sentence) is not None:
        return []  # the experience is one path of several
    parts = _parts(text, lead.end()) if leads else _dash_parts(text, lead.end())
    if not parts:
        return []
    end = parts[-1][1]
    if _OR_AFTER.search(text, end, end + _OR_REACH) is not None:
        return []  # the definition is one path of several
    if any(a < end and lead.start() < b for a, b in items):
        return []  # an item read holds the definition already
    return parts
