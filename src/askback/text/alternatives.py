"""Alternatives in a requirement list: "one or more of the following", "such as", "z. B."."""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from askback.text import lexicon
from askback.text.doc import Doc

if TYPE_CHECKING:
    from askback.text.requirements import Section


@cache
def _alternatives_rx() -> re.Pattern[str]:
    cues = [
        "one or more of", "one or more", "any of", "at least one of", "one of", "such as",
        "e.g.", "e. g.", "eg.", "for example", "for instance", "including", "or similar",
        "or equivalent", "or comparable", "z. b.", "z.b.", "wie", "beispielsweise", "etwa",
        "o. ä.", "o.ä.", "oder vergleichbar", "oder ähnlich", "einer der folgenden",
        "eine der folgenden", "eines der folgenden", "par exemple", "tels que", "comme",
        "einem der folgenden", "mindestens einem der", "mindestens zwei der", "mindestens drei der",
        "at least two of", "at least three of", "at least 2 of", "at least 3 of", "two or more of",
        "three or more of", "2 or more of", "3 or more of", "some of the following",
        "any two of", "any three of", "any 2 of", "any 3 of", "two of the following",
        "three of the following", "einem oder mehreren der", "einer oder mehreren der",
        "eines oder mehrerer der", "einer oder mehrerer der", "mindestens einer der",
        "mindestens eines der", "een of meer van", "één of meer van",
    ]  # fmt: skip
    return re.compile(rf"(?<![a-z])(?:{lexicon.alternation(cues)})(?![a-z])")


# Cues that offer a choice among what follows ("one or more of the following:"), as against
# cues that give examples of one requirement ("such as", "z. B."): only a choice's options may
# stand at the lead-in's own depth. Under an example cue, short items at the same depth are
# requirements of their own ("- Strong SQL, for example:" / "- Python" / "- Fluent English").
_CHOICE_CUES = (
    "one or more", "any of", "at least one of", "one of", "einer der folgenden",
    "eine der folgenden", "eines der folgenden", "einem der folgenden", "mindestens einem der",
    "mindestens zwei der", "mindestens drei der", "at least two of", "at least three of",
    "at least 2 of", "at least 3 of", "two or more of", "three or more of", "2 or more of",
    "3 or more of", "some of the following", "any two of", "any three of", "any 2 of",
    "any 3 of", "two of the following", "three of the following", "einem oder mehreren der",
    "einer oder mehreren der", "eines oder mehrerer der", "einer oder mehrerer der",
    "mindestens einer der", "mindestens eines der", "een of meer van", "één of meer van",
)  # fmt: skip
_OPTION_CHARS = 32  # an option is a name or two: "Python", "Power BI", "Google Cloud (GCP)"
_LONG_OPTION_CHARS = 80  # or a short phrase: "Stream processing with Kafka or Flink"
_LONG_OPTION_WORDS = 10

# Words of a requirement of its own, never of an option in a list: a count ("3+ years",
# "mindestens 3 Jahre"), a level ("strong SQL", "sehr gute Kenntnisse"), a degree or a duty.
_OWN_REQUIREMENT = re.compile(
    r"\d|(?<![a-zäöüß])(?:years?|jahre[n]?|degree|diploma|abschluss|studium|ability|able\s+to"
    r"|must|strong|excellent|solid|proven|fluent|fließend|sehr\s+gute?|gute[nr]?|fundierte?"
    r"|mindestens|at\s+least|you|du|sie)(?![a-zäöüß])"
)


def _option(lower: str, b0: int, b1: int, first: tuple[int, int] | None) -> bool:
    """A bullet that is one option of a flat list under a lead-in: a name or a short phrase,
    no sentence and no requirement words of its own. The options share a shape: after a first
    option that is only a name (three words at most), every option is a name."""
    item = lower[b0:b1].strip().lstrip("-*•·–").strip()
    if not item or item[-1:] in ".:" or _OWN_REQUIREMENT.search(item):
        return False
    short = len(item) <= _OPTION_CHARS and len(item.split()) <= 3
    if first is not None:
        head = lower[first[0] : first[1]].strip().lstrip("-*•·–").strip()
        if len(head) <= _OPTION_CHARS and len(head.split()) <= 3:
            return short
    return short or (len(item) <= _LONG_OPTION_CHARS and len(item.split()) <= _LONG_OPTION_WORDS)


def _blank_line(text: str, last: int, start: int) -> bool:
    """A blank line between the item that ended at `last` (-1 for none) and the next one."""
    return last >= 0 and "\n\n" in text[last:start].replace(" ", "").replace("\t", "")


def groups(
    doc: Doc, secs: list[Section], tool_at: list[int]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Stretches that list alternatives ("one or more of the following: Python, R, Julia"), and
    the indented items under such a line, which together make one requirement."""
    lower, text = doc.lower, doc.text
    groups: list[tuple[int, int]] = []
    sub_items: set[tuple[int, int]] = set()
    rx = _alternatives_rx()
    for sec in secs:
        intro = False
        choice = False  # the lead-in offers a choice (not examples): options may stand flat
        shape = ""  # how the options under the lead-in stand: "nested" or "flat"
        first: tuple[int, int] | None = None  # the first flat option
        last = -1
        for b0, b1 in sec.bullets:
            indented = text[b0 : b0 + 1] in (" ", "\t")
            # The options may also stand at the lead-in's own depth ("- one or more of the
            # following:" / "- Python" / "- Java"): items of one shape right after it, up to a
            # blank line or the first item that is a requirement of its own (see _option).
            # After nested options, an item at the lead-in's depth is the next requirement.
            before, last = last, b1
            if intro and shape != "flat" and indented:
                shape = "nested"
            elif (
                intro
                and choice
                and shape != "nested"
                and not indented
                and not _blank_line(text, before, b0)
                and _option(lower, b0, b1, first)
            ):
                shape = "flat"
                first = first or (b0, b1)
            else:
                intro, shape, first = False, "", None
            if intro:
                sub_items.add((b0, b1))
                groups[-1] = (groups[-1][0], b1)
                continue
            colon = lower.rfind(":", b0, b1)
            ends = colon >= 0 and not lower[colon + 1 : b1].strip()
            # Only a line that names two tools or introduces a list can hold alternatives.
            if not ends and bisect.bisect_left(tool_at, b1) - bisect.bisect_left(tool_at, b0) < 2:
                continue
            m = rx.search(lower, b0, b1)
            if m is not None:
                groups.append((m.end(), b1))
                intro = ends
                choice = m.group(0).startswith(_CHOICE_CUES)
    return groups, sub_items
