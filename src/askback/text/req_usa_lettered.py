"""Basic requirements lettered as the VA handbook letters them, in a federal ad (USAJOBS).

Some VA ads paste the qualification standard of VA Handbook 5005 word for word: "BASIC
REQUIREMENTS a. Citizenship. Citizen of the United States. … b. Education. Degree of doctor of
medicine … c. Licensure. Current, full and unrestricted license … e. English Language
Proficiency. …", the line breaks lost. The USAJOBS hand labels count each basic requirement
as an item (tests/data/text/usajobs/README.md: the VA physician template, *Citizenship … Degree
… License … English …*). The labels end in a stop, not a colon, so req_usa_parts.labelled_items
reads them not. `lettered_items` reads them, one item from each letter to the next.
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
        return []
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
