"""Seniority: the level a job ad names, from its title and level words as whole words."""

from __future__ import annotations

import re
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc


@cache
def _data() -> dict[str, object]:
    return lexicon.read("requirements")


@cache
def _seniority_words() -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """Per level (most junior first): its one-word and its several-word names."""
    data = _data()["seniority"]
    assert isinstance(data, dict)
    out = []
    for level in ("intern", "junior", "mid", "senior", "lead", "manager"):
        words = [str(w).lower() for w in data[level]]
        single = frozenset(w for w in words if re.fullmatch(r"[a-zß-öø-ÿ]+", w))
        multi = tuple(w for w in words if w not in single)
        out.append((level, single, multi))
    return out


# Nouns that name a role: a level word right before one of them is part of a job title.
_ROLE_NOUNS = frozenset(
    [
        "engineer",
        "engineers",
        "scientist",
        "scientists",
        "analyst",
        "analysts",
        "developer",
        "developers",
        "manager",
        "designer",
        "architect",
        "consultant",
        "specialist",
        "researcher",
        "data",
        "analytics",
        "position",
        "role",
        "statistician",
        "programmer",
        "associate",
        "ml",
        "machine",
        "software",
        "product",
        "bi",
        "business",
        "backend",
        "frontend",
        "devops",
        "engineering",
        "science",
        "research",
        "analytics-engineer",
        "ai",
        "quant",
        "controller",
        "entwickler",
        "entwicklerin",
        "ingenieur",
        "ingenieurin",
        "berater",
        "beraterin",
        "referent",
        "referentin",
    ]
)
# Words that name a role on their own, wherever they stand: "a six-month internship".
_ROLE_ON_ITS_OWN = frozenset(
    [
        "internship",
        "praktikum",
        "werkstudent",
        "werkstudentin",
        "praktikant",
        "praktikantin",
        "trainee",
    ]
)
_NOT_BEFORE_TITLE = frozenset(
    [
        "with",
        "to",
        "the",
        "our",
        "other",
        "and",
        "alongside",
        "by",
        "from",
        "of",
        "your",
        "their",
        "fellow",
        "among",
        "including",
        "mit",
        "unseren",
        "unserem",
        "den",
        "dem",
        "der",
        "die",
    ]
)


@cache
def _level_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every level word as one trie regex (whole words), and the level of each."""
    levels: dict[str, str] = {}
    for level, single, multi in _seniority_words():
        for w in (*single, *multi):
            levels.setdefault(w, level)
    words = lexicon.alternation(levels)
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])"), levels


def _level_hits(scope: str) -> list[tuple[int, str, str]]:
    """(offset, word, level) of each whole level word in `scope`, not inside a hyphenated word
    ("late-stage" is no internship) except a level compound ("entry-level", "senior-level")."""
    rx, levels = _level_rx()
    out = []
    for m in rx.finditer(scope):
        at, w = m.start(), m.group()
        before = scope[at - 1] if at else " "
        after = scope[m.end() : m.end() + 7]
        glued = after[:1] == "-" and after[1:2].isalpha() and not after.startswith("-level")
        if (before == "-" and scope[at - 2 : at - 1].isalpha()) or glued:
            continue
        out.append((at, w, levels[w]))
    return out


@cache
def _title_label_rx() -> re.Pattern[str]:
    return re.compile(
        r"[#*_ \t]*(?:job title|title|position|role|stellenbezeichnung|stelle|poste|seniority "
        r"level|seniority|management level|experience level|career level|level|karrierestufe)"
        r"[*_ \t]*:",
    )


def _title_lines(lower: str) -> list[tuple[int, int]]:
    """The title: a 'Title:' or 'Position:' line near the top, else the first line that is not
    a link or a source note (scraped ads start with '**URL:** ...')."""
    labelled: list[tuple[int, int]] = []
    out: list[tuple[int, int]] = []
    label = _title_label_rx().match
    pos = 0
    plain = 0
    for raw in lower[:800].split("\n"):
        lo = pos
        pos += len(raw) + 1
        if ":" in raw and label(raw):
            labelled.append((lo, lo + min(len(raw), 200)))
            continue
        if plain == 3 or not raw.strip() or "url:" in raw or "http" in raw:
            continue
        # A title is a name, not a sentence: cut at the first full stop; past the first line,
        # only short lines without one count ("Netcompany logo" above "Lead BI Engineer").
        stop = raw.find(". ", 0, 200)
        line = raw[: 200 if stop < 0 else stop]
        if plain == 0 or (stop < 0 and len(line.split()) <= 8 and not line.rstrip().endswith(".")):
            out.append((lo, lo + min(len(line), 90)))
        plain += 1
    return labelled + out


def seniority(doc: Doc) -> tuple[str, tuple[int, int] | None]:
    """The level the title names (first line); else a level word that starts a job title near
    the top ("as a Senior Data Engineer"), never a word in another sense ("expert insight")."""
    lower = doc.lower
    order = [level for level, _, _ in _seniority_words()]
    for lo, hi in _title_lines(lower):
        hits = _level_hits(lower[lo:hi])
        if hits:
            # The most junior level named in the title: "Junior to Senior" is asked of a junior.
            at, w, level = min(hits, key=lambda h: (order.index(h[2]), h[0]))
            return level, (lo + at, lo + at + len(w))
    top = lower[: min(600, len(lower))]
    for at, w, level in _level_hits(top):
        if level == "manager":
            continue  # "Reporting to: the Engineering Manager" names someone else's role
        nxt = top[at + len(w) :].split(None, 3)[:2]
        before = top[max(0, at - 12) : at].split()
        # "as a Senior Data Engineer" names the role; "with senior data scientists" does not.
        titled = any(n.strip(",.:;()") in _ROLE_NOUNS for n in nxt) and (
            not before or before[-1] not in _NOT_BEFORE_TITLE
        )
        if titled or w in _ROLE_ON_ITS_OWN:
            return level, (at, at + len(w))
    return "unspecified", None


__all__ = ["seniority"]
