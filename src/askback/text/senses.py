"""Which sense of a coded word a hit is: trait or culture wording, or a task, title or thing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Nouns that make a coded word part of a job title when it is capitalised next to them:
# "Lead Data Scientist", "Team Lead", "Principal Engineer".
ROLE_NOUNS = frozenset(
    [
        "scientist", "scientists", "engineer", "engineers", "analyst", "analysts", "developer",
        "developers", "manager", "managers", "designer", "architect", "consultant", "specialist",
        "researcher", "data", "analytics", "product", "team", "tech", "technical", "officer",
        "director", "bi", "ml", "ai", "engineering", "science", "software", "platform",
        "solutions", "business", "marketing", "sales", "account", "project", "programme",
        "program", "research", "design", "qa", "devops", "backend", "frontend", "partner",
    ]
)  # fmt: skip
# Words after a coded word that make it describe pay: "competitive base salary", "wages".
PAY_WORDS = frozenset(
    [
        "salary", "salaries", "pay", "wage", "wages", "compensation", "package", "packages",
        "benefits", "remuneration", "rates", "rate", "base", "bonus", "bonuses", "equity",
        "rewards", "reward", "pension", "terms", "stipend", "allowance", "perks", "rewarding",
        "budget", "budgets",
    ]
)  # fmt: skip
_END = ".;:!?)\n"


@dataclass(frozen=True, slots=True)
class Rule:
    """The context in which a word is (or is not) used in the sense the research counted."""

    not_prev: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    only_prev: frozenset[str] = frozenset()
    only_next: frozenset[str] = frozenset()
    not_near: frozenset[str] = frozenset()
    only_near: frozenset[str] = frozenset()
    never: str = ""

    @classmethod
    def parse(cls, spec: Any) -> Rule:
        spec = spec or {}

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in spec.get(key) or ())

        return cls(
            words("not_prev"),
            words("not_next"),
            words("only_prev"),
            words("only_next"),
            words("not_near"),
            words("only_near"),
            str(spec.get("never") or ""),
        )


def _is_word(c: str) -> bool:
    return c.isalnum() or c in "'’&-"


def prev_word(lower: str, pos: int) -> str:
    """The word before `pos` ('' at the start; a punctuation mark when one comes first)."""
    i = pos - 1
    while i >= 0 and lower[i] in " \t":
        i -= 1
    if i < 0:
        return ""
    if not _is_word(lower[i]):
        return lower[i]
    j = i
    while j >= 0 and _is_word(lower[j]):
        j -= 1
    return lower[j + 1 : i + 1].strip("-'’")


def next_words(lower: str, end: int, n: int = 3) -> list[str]:
    """Up to n words after `end`; a clause end shows as '.', a comma as ','."""
    out: list[str] = []
    i, size = end, len(lower)
    while len(out) < n:
        while i < size and lower[i] in " \t":
            i += 1
        if i >= size or lower[i] in _END:
            out.append(".")
            break
        if lower[i] == ",":
            out.append(",")
            i += 1
            continue
        j = i
        while j < size and _is_word(lower[j]):
            j += 1
        if j == i:
            out.append(lower[i])
            i += 1
            continue
        out.append(lower[i:j].strip("-'’"))
        i = j
    return out


_JOINS = frozenset(["and", "or", ",", "&", "und", "oder"])


def counts(
    text: str, lower: str, start: int, end: int, rule: Rule | None, *, titles: bool = True
) -> bool:
    """Whether the hit [start, end) is trait or culture wording, by the words around it.

    `titles` applies the job-title rule (a capitalised word next to a role noun); it is off for
    German, which capitalises every noun."""
    before = lower[start - 2 : start] if start >= 2 else ""
    # Glued to another word by a hyphen: "insight-led", "market-leading", "decision-making".
    if before[-1:] == "-" and before[:1].isalpha():
        return False
    if lower[end : end + 1] == "-" and lower[end + 1 : end + 2].isalpha():
        return False
    prev = prev_word(lower, start)
    nxt = next_words(lower, end, 4)
    first = nxt[0] if nxt else "."
    # Part of a job title: "Lead Data Scientist", "Team Lead", "Principal Engineer".
    if titles and text[start].isupper() and (first in ROLE_NOUNS or prev in ROLE_NOUNS):
        return False
    # Describes the pay, not the person: "competitive base salary", "competitive wages".
    if any(w in PAY_WORDS for w in nxt):
        return False
    if rule is None:
        return True
    # "analytical and interpersonal skills": past a conjunction, the next word decides too.
    heads = {first, nxt[1]} if first in _JOINS and len(nxt) > 1 else {first}
    near = set(nxt[:3])
    if rule.never or prev in rule.not_prev or heads & rule.not_next or near & rule.not_near:
        return False
    if rule.only_prev or rule.only_next or rule.only_near:
        return prev in rule.only_prev or bool(heads & rule.only_next or near & rule.only_near)
    return True
