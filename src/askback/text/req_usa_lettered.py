"""Basic requirements lettered as the VA handbook letters them, in a federal ad (USAJOBS).

Some VA ads paste the qualification standard of VA Handbook 5005 word for word: "BASIC
REQUIREMENTS a. Citizenship. Citizen of the United States. … b. Education. Degree of doctor of
medicine … c. Licensure. Current, full and unrestricted license … e. English Language
Proficiency. …", the line breaks lost. The USAJOBS hand labels count each basic requirement
as an item (tests/data/text/usajobs/README.md: the VA physician template, *Citizenship … Degree
… License … English …*). The labels end in a stop, not a colon, so req_usa_parts.labelled_items
reads them not. `lettered_items` reads them, one item from each letter to the next. Other VA ads
give the same labels without letters ("Citizenship. Citizen of the United States. Education. …
Licensure. …", one a line or run together); where no list is read beside them, a run that opens
with *Citizenship.* is read the same way, less a label that says it asks nothing (*Certification
is not required for this occupation*).
"""

from __future__ import annotations

import re

# A letter and a basic-requirement label that its stop ends: "a. Citizenship.", "b. Education
# or Training.", "b. Education and/or Experience Combination", "d.Physical Standards.".
_LETTERED = re.compile(
    r"(?:(?<=[\s.;:)\]])|^)(?P<letter>[a-h])\.[ \t]*"
    r"(?P<label>Citizenship|Education(?:[ \t]+(?:and/or|or|and)[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+Combination)?)?|Licensure(?:[ \t]+and[ \t]+Registration)?|Licensing|Certification"
    r"|Registration|(?:First-Year[ \t]+)?Residency(?:[ \t]+(?:Training|\(Internship\)))?"
    r"|Physical[ \t]+(?:Standards|Requirements)|(?:English[ \t]+)?Language[ \t]+Proficiency)"
    r"(?=[ \t]*(?:[.:(]|\n))",
    re.MULTILINE,
)
# The same labels without letters, each at a line's start or after a stop (or a word whose stop
# the source lost), and each ended by a stop before its text ("Citizenship. Citizen of the United
# States.", "… VA Policy).Certification. Licensure …", "… to verify education Licensure. Persons
# hired …", "English Language Proficiency. Pharmacists must …"); not after a letter ("c.
# Citizenship."), which the lettered run reads or leaves.
_PLAIN = re.compile(
    r"(?:(?<=[.)\n])|(?<=[.)a-z][ \t])(?<!\band[ \t])(?<!\bor[ \t])|^)"
    r"(?<!\b[a-h]\.)(?<!\b[a-h]\.[ \t])[ \t]*(?P<label>Citizenship|Education|Licensure"
    r"(?:[ \t]+and[ \t]+Registration)?|Certification|Registration|Residency"
    r"|Physical[ \t]+(?:Standards|Requirements)|English[ \t]+Language[ \t]+Proficiency)"
    r"\.[ \t]*(?=[A-Z(])",
    re.MULTILINE,
)
# A grade's part ends a run of plain labels: "GS-9: Experience, Education and Licensure.".
_GRADE = re.compile(
    r"grade[ \t]+(?:determinations?|requirements)|\b(?:GS|VN|VM)-\d+[ \t]*:", re.IGNORECASE
)
# One plain label follows the one before within this reach, or the run ends.
_PLAIN_GAP = 1500
# An item that says the label asks nothing: "Certification. Licensure or Certification is not
# required for this occupation", "Education. There are no specific educational requirements".
_ASKS_NOTHING = re.compile(r"\bis[ \t]+not[ \t]+required\b|\bno[ \t]+specific\b", re.IGNORECASE)
# A lettered item reaches this far at most when no next letter ends it first.
_REACH = 2500
# The part that sets the grade ends the last item: its KSAs are read by other rules.
_END = re.compile(r"grade[ \t]+(?:determinations?|requirements)", re.IGNORECASE)


def lettered_items(
    text: str, items: list[tuple[int, int]], grade_blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The lettered basic requirements of the Qualifications part (a., b., c., … rising, two or
    more), one item each, when no item read holds one of them; [] otherwise."""
    q = text.find("Qualifications")
    if q < 0:
        return []
    run: list[re.Match[str]] = []
    for m in _LETTERED.finditer(text, q):
        # The letters rise, one or two at a time: a letter between may be a note that is no
        # label here ("c. Foreign Graduates.").
        step = ord(m["letter"]) - ord(run[-1]["letter"]) if run else None
        if (run and step in (1, 2)) or (not run and m["letter"] == "a"):
            run.append(m)
        elif m["letter"] == "a" and len(run) < 2:
            run = [m]  # a new run starts: the one before was too short
        elif len(run) >= 2:
            break
    if len(run) < 2:
        # Without letters the labels are read only where no list is read beside them.
        return _plain_items(text, q, items, grade_blocks) if len(items) < 2 else []
    starts = [m.start("letter") for m in run]
    if any(a <= s < b for a, b in [*items, *grade_blocks] for s in starts):
        return []
    last = run[-1].end()
    end = min(len(text), last + _REACH)
    stop = _END.search(text, last, end)
    end = end if stop is None else stop.start()
    line = text.find("\n\n", last, end)
    end = end if line < 0 else line
    bounds = [*starts, end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _plain_items(
    text: str, q: int, items: list[tuple[int, int]], grade_blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The basic requirements under the same labels without letters, a run that opens with
    *Citizenship.*, one item from each label to the next; [] where fewer than two ask something
    or an item read holds one of them. An item that says it asks nothing is no item."""
    run: list[re.Match[str]] = []
    for m in _PLAIN.finditer(text, q):
        if run and m.start() - run[-1].end() > _PLAIN_GAP:
            break
        if not run and m["label"] != "Citizenship":
            continue
        if run and _GRADE.search(text, run[-1].end(), m.start()) is not None:
            break
        run.append(m)
    if len(run) < 2:
        return []
    starts = [m.start("label") for m in run]
    if any(a <= s < b for a, b in [*items, *grade_blocks] for s in starts):
        return []
    last = run[-1].end()
    end = min(len(text), last + _REACH)
    stop = _END.search(text, last, end)
    end = end if stop is None else stop.start()
    line = text.find("\n\n", last, end)
    end = end if line < 0 else line
    bounds = [*starts, end]
    out = [(bounds[i], bounds[i + 1]) for i in range(len(starts))]
    out = [(a, b) for a, b in out if _ASKS_NOTHING.search(text, a, min(b, a + 200)) is None]
    return out if len(out) >= 2 else []
