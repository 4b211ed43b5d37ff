"""Which sense of a coded word a hit is: trait or culture wording, or a task, title or thing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from askback.text.lexicon import alternation
from askback.text.lexicon import read as read_lexicon
from askback.text.rx_first import gate

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
        "budget", "budgets", "entitlement", "entitlements", "commission", "commissions",
        "incentive", "incentives",
        # US hourly pay on top of the base: "a competitive shift differential", "shift premiums"
        "differential", "differentials", "premium", "premiums",
        # German: "ein wettbewerbsfähiges Gehalt", "eine wettbewerbsorientierte Vergütung"
        "gehalt", "gehälter", "gehaltspaket", "grundgehalt", "jahresgehalt", "einstiegsgehalt",
        "festgehalt", "vergütung", "vergütungspaket", "bezahlung", "entlohnung", "lohn", "löhne",
        "konditionen", "sozialleistungen", "zusatzleistungen",
    ]
)  # fmt: skip
_END = ".;:!?)\n"
# Words before a capitalised coded word that make it the name of an organisation or body.
BODY_BEFORE = frozenset(
    ["the", "nhs", "foundation", "this", "our", "university", "hospitals", "hospital", "health"]
)


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
    # Words or phrases earlier in the same clause that make the hit describe someone else or a
    # stage of training: "until confident to work independently", "so that staff are confident".
    not_clause: tuple[str, ...] = ()
    # Words or phrases earlier in the same clause that make the person hired its subject, so that
    # the hit counts whatever not_next says: "you are committed to learning" (against "the Trust
    # is committed to safeguarding").
    keep_clause: tuple[str, ...] = ()
    # Words that, capitalised after "and" or "&", make a capitalised hit part of a name in Title
    # Case: a course, a qualification or a portfolio ("apprenticeships in Leadership and
    # Management", "Director of Nursing – Leadership and Quality").
    name_partners: frozenset[str] = frozenset()
    # Words right after the hit, with nothing between (not_next also looks past a comma or a
    # conjunction): "together we can", against "Respectfully and Together, we are looking".
    not_then: frozenset[str] = frozenset()
    # Whether any list needs the words after the hit (set from the lists, not given).
    reads_next: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        reads = bool(
            self.not_next or self.only_next or self.not_near or self.only_near or self.not_then
        )
        object.__setattr__(self, "reads_next", reads)

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
            tuple(sorted(words("not_clause"))),
            tuple(sorted(words("keep_clause"))),
            words("name_partners"),
            words("not_then"),
        )

    def merged(self, other: Rule) -> Rule:
        """This rule and another for the same word, their word lists joined."""
        return Rule(
            self.not_prev | other.not_prev,
            self.not_next | other.not_next,
            self.only_prev | other.only_prev,
            self.only_next | other.only_next,
            self.not_near | other.not_near,
            self.only_near | other.only_near,
            self.never or other.never,
            tuple(sorted(set(self.not_clause) | set(other.not_clause))),
            tuple(sorted(set(self.keep_clause) | set(other.keep_clause))),
            self.name_partners | other.name_partners,
            self.not_then | other.not_then,
        )


# Further sense tables by language, merged into the gender lexicon's own `senses` table.
EXTRA_TABLES = {"en": ("senses_en_public",)}


def extra_rules(lang: str) -> dict[str, Rule]:
    """The rules of the further sense tables of a language (lexicons/senses_*.yaml)."""
    out: dict[str, Rule] = {}
    for name in EXTRA_TABLES.get(lang, ()):
        data = read_lexicon(name).get("senses") or {}
        out = merge_tables(out, {str(k): Rule.parse(v) for k, v in data.items()})
    return out


def merge_tables(base: dict[str, Rule], extra: dict[str, Rule]) -> dict[str, Rule]:
    """Two rule tables as one: a word in both gets both rules' word lists."""
    out = dict(base)
    for key, rule in extra.items():
        out[key] = out[key].merged(rule) if key in out else rule
    return out


_WORDISH = "'’&-"


def prev_word(lower: str, pos: int) -> str:
    """The word before `pos` ('' at the start; a punctuation mark when one comes first),
    looking back at most 40 characters."""
    lo = max(0, pos - 40)
    i = pos
    while i > lo and lower[i - 1] in " \t":
        i -= 1
    if i == lo:
        return ""
    c = lower[i - 1]
    if not (c.isalnum() or c in _WORDISH):
        return c
    # The common case, a plain word after a space: one search instead of a loop per letter.
    k = lower.rfind(" ", lo, i)
    if k >= 0:
        word = lower[k + 1 : i]
        if word.isalnum():
            return word
    j = i - 1
    while j > lo and (lower[j - 1].isalnum() or lower[j - 1] in _WORDISH):
        j -= 1
    return lower[j:i].strip("-'’")


@cache
def _next3_rx() -> re.Pattern[str]:
    # The optional words as branches, "(?:X|)" for "(?:X)?": the same matches, but `re` runs an
    # optional group through a repeat whose context it allocates at every try, a branch without
    # (see requirements._opt).
    return re.compile(next3_pattern(branches=True))


def next3_pattern(branches: bool) -> str:
    """The pattern of the next three tokens, each optional part written as a branch (what
    _next3_rx runs) or as "(?:X)?" (the plain form the tests hold it to)."""
    tok = r"[ \t]*([\w'’&-]+|[^\w \t])"
    close = "|)" if branches else ")?"
    return f"{tok}(?:{tok}(?:{tok}{close}{close}"


def next_words(lower: str, end: int, n: int = 3) -> list[str]:
    """Up to three words after `end`; a clause end shows as '.' (and ends the list), a comma
    as ','. One regex match: this runs for most coded words of every ad."""
    m = _next3_rx().match(lower, end)
    if m is None:
        return ["."]
    g = m.groups()
    a, b, c = g
    # The common case, three words (no clause end among them): built at once.
    if n == 3 and c is not None and a[0].isalnum() and b[0].isalnum() and c[0].isalnum():
        return [a.strip("-'’"), b.strip("-'’"), c.strip("-'’")]
    out: list[str] = []
    for w in g[:n]:
        if w is None:
            out.append(".")
            break
        if w in _END:
            out.append(".")
            break
        out.append(w.strip("-'’") if w[0].isalnum() else w)
    return out


@cache
def _tokens_after_rx() -> re.Pattern[str]:
    return re.compile(r"[\w'’&-]+|[^\w \t]")


# How far after a coded word the noun it describes is looked for.
HEAD_REACH = 60


def tokens_after(lower: str, end: int) -> list[str]:
    """The tokens in the HEAD_REACH characters after `end` (words, and each other character
    but a space or tab), less a word cut at the end of that stretch."""
    stop = end + HEAD_REACH
    toks: list[str] = _tokens_after_rx().findall(lower, end, stop)
    if toks and stop < len(lower) and lower[stop - 1].isalnum() and lower[stop].isalnum():
        toks.pop()
    return toks


# The nouns of thing_heads that stand in a text and their offsets, sorted (see counts).
Heads = tuple[frozenset[str], list[int]]

_JOINS = frozenset(["and", "or", ",", "&", "und", "oder"])
_LABELS = frozenset(["objective", "objectives"])


def counts(
    text: str,
    lower: str,
    start: int,
    end: int,
    rule: Rule | None,
    titles: bool = True,
    pay_words: bool = True,
    heads: Heads | Callable[[], Heads] | None = None,
    who: People | None = None,
) -> bool:
    """Whether the hit [start, end) is trait or culture wording, by the words around it.

    `titles` applies the English rules of word shape: a capitalised word next to a role noun
    is part of a job title, an acronym before a capitalised word makes a name, and the noun a
    word describes is found by skipping the words shaped as adjectives; they are off for
    German, which capitalises every noun. Words around the hit are read only as far as a rule
    needs them: this runs for every coded word of every ad. `pay_words` False says that the
    text holds no word of PAY_WORDS (the caller knows its vocabulary), so none is looked for;
    `heads` are the nouns of thing_heads that stand in the text and their offsets, sorted, or
    a function that makes them when first needed (None: all the nouns, looked for after every
    hit). `who` (`people(lang)` of the text's language) turns on the test of whom the clause
    is about (`_about_others`); None leaves it off."""
    before = lower[start - 2 : start] if start >= 2 else ""
    # Glued to another word by a hyphen: "insight-led", "market-leading", "decision-making".
    if before[-1:] == "-" and before[:1].isalpha():
        return False
    if lower[end : end + 1] == "-" and lower[end + 1 : end + 2].isalpha():
        return False
    # A goal named as a field label: "Objective: to lead the data team".
    if lower[end : end + 1] == ":" and lower[start:end] in _LABELS:
        return False
    upper = titles and text[start].isupper()
    # The hit counts only if every test below passes; the word rules come first, as most hits
    # fail one of them and they need only the words on either side.
    first = ""
    nxt: list[str] | None = None
    if rule is not None:
        if rule.never:
            return False
        prev = prev_word(lower, start) if upper or rule.not_prev or rule.only_prev else ""
        if not rule.reads_next:
            # Only the word before decides ("make decisions", "a new challenge").
            if prev in rule.not_prev or (rule.only_prev and prev not in rule.only_prev):
                return False
        else:
            nxt = next_words(lower, end)
            first = nxt[0]
            # "analytical and interpersonal skills": past a conjunction, the next word decides.
            second = nxt[1] if first in _JOINS and len(nxt) > 1 else first
            if (
                prev in rule.not_prev
                or (
                    (first in rule.not_next or second in rule.not_next)
                    and not (rule.keep_clause and _said_of_applicant(lower, start, rule, nxt))
                )
                or not rule.not_near.isdisjoint(nxt[:3])
                or first in rule.not_then
            ) and not _describes_a_person_noun(lower, start, end, rule, titles):
                return False
            if (
                (rule.only_prev or rule.only_next or rule.only_near)
                and not (
                    prev in rule.only_prev
                    or first in rule.only_next
                    or second in rule.only_next
                    or not rule.only_near.isdisjoint(nxt[:3])
                )
                and not _describes_a_person_noun(lower, start, end, rule, titles)
            ):
                return False
    # Describes the pay, not the person: "competitive base salary", "competitive wages" (a pay
    # word in the same clause, within a few words).
    pay = _pay_rx().search(lower, end, end + 40) if pay_words else None
    if pay is not None and not any(c in lower[end : pay.start()] for c in _END):
        return False
    # A pay label before it: "Salary: Competitive"; or the pay as the subject: "our salaries
    # are highly competitive", "das Gehalt ist wettbewerbsfähig".
    colon = lower.rfind(":", max(0, start - 3), start)
    if colon >= 0 and _pay_label_rx().search(lower, max(0, start - 25), start) is not None:
        return False
    if (
        pay_words
        and lower.endswith(_PAY_SUBJECT_ENDS, max(0, start - 12), start)
        and _pay_subject(lower, start)
    ):
        return False
    if titles and not _describes_person(text, lower, start, end, heads):
        return False
    if who is not None and _about_others(lower, start, end, who, first):
        return False
    if upper:
        if nxt is None:
            nxt = next_words(lower, end)
            first = nxt[0]
        if rule is None:
            prev = prev_word(lower, start)
        # Part of a job title: "Lead Data Scientist", "Team Lead", "Principal Engineer"; or the
        # name of a body: "the Trust", "NHS Foundation Trust", "our Leadership Team".
        if first in ROLE_NOUNS or prev in ROLE_NOUNS or prev in BODY_BEFORE:
            return False
        if rule is not None and rule.name_partners and _partner_ahead(text, end, rule):
            # A name in Title Case with its partner word: "Leadership and Management".
            return False
        if prev[:1].isalpha() and _in_title_run(text, start):
            # Mid-sentence Title Case: the name of a document, programme or body ("as outlined
            # in Working Together to Safeguard Children").
            return False
        if prev in _NAME_JOINS and _capital_before(text, start):
            # The end of a name in Title Case: "a Position of Trust", "Department of Justice".
            return False
        if _title_join_ahead(text, end):
            # A capitalised word joined by "and", "&" or "of" to two more: the name of a
            # programme or a body, wherever it stands ("(Independent and Integrated Programs)").
            return False
        if _names_ahead(text, start, end):
            # Mid-sentence Title Case that goes on: the name of an award, a programme or a body
            # ("a degree with Superior Academic Achievement", "joins Active Duty Support").
            return False
        if _on_place_line(lower, start):
            # A place name on a line labelled as places: "Location: Superior, Wisconsin".
            return False
    return not (rule is not None and rule.not_clause and _clause_has(lower, start, rule.not_clause))


_CLAUSE_ENDS = ".;:!?\n"
# Endings of the coded adjectives that may describe a person noun further on (not participles in
# -ing or -ed, which are verbs as often, nor adverbs).
_ADJECTIVE_HIT_ENDS = ("ive", "ous", "al", "ful", "ic", "ent", "ant", "ble", "ate", "thy")
# Nouns of person_heads that name a quality or a way of thinking, not a person: the rules of each
# word decide those ("independent living skills" is the patients').
_QUALITY_NOUNS = frozenset(
    ["skills", "thinking", "mindset", "literacy", "mind", "culture", "leadership", "lead"]
)


@gate  # (see rx_first: "\b" first would try the alternation at every place)
def _person_rx() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(sorted(person_heads() - _QUALITY_NOUNS))})\b")


def _describes_a_person_noun(lower: str, start: int, end: int, rule: Rule, titles: bool) -> bool:
    """In English, a coded adjective before a noun for a person or a team (`_of_a_person`):
    it counts whatever the rule's word lists say of the words next to it."""
    return (
        titles
        and lower.endswith(_ADJECTIVE_HIT_ENDS, start, end)
        and _of_a_person(lower, start, end, rule)
    )


def _of_a_person(lower: str, start: int, end: int, rule: Rule) -> bool:
    """A coded adjective whose noun phrase, past adjectives and up to two modifying nouns,
    ends in a noun for a person or a team: "an analytical systems thinker", "a logical,
    structured analytics engineer". A noun the rule itself lists ("independent practitioner",
    "analytical team") keeps its rule, and so does one that modifies the person noun: the coded
    word then belongs to a set term ("an independent audit team", "an independent review team",
    "the Assertive Outreach Team"), whether or not that noun also names a thing."""
    if _person_rx().search(lower, end, end + HEAD_REACH) is None:
        return False  # the common case, no person noun ahead: one search
    toks = tokens_after(lower, end)
    people, nouns = person_heads(), 0
    for i, tok in enumerate(toks[:6]):
        if tok in people and tok not in _QUALITY_NOUNS:
            after = toks[i + 1] if i + 1 < len(toks) else "."
            ends = not after[0].isalnum() or after in _FUNCTION_WORDS
            return ends and tok not in rule.not_near and tok not in rule.not_next
        if tok in _HEAD_JOINS:
            if nouns:
                return False  # a list of nouns ("independent shops and café culture")
            continue
        adjective = "-" in tok or tok.endswith(_ADJ_ENDS)
        if tok in rule.not_next and (i == 0 or not adjective):
            # A set term, also where the noun right after ends like an adjective ("independent
            # assessment") or names a thing: "intellectual disability team", "Assertive
            # Outreach Team".
            return False
        if adjective:
            continue
        if not tok[0].isalnum() or tok in _FUNCTION_WORDS or nouns == 2:
            return False
        nouns += 1
    return False


def _clause_has(lower: str, start: int, words: tuple[str, ...]) -> bool:
    """One of `words` (whole words) comes earlier in the clause that holds `start`."""
    lo = max(0, start - 150)
    cut = max(lower.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    clause = f" {lower[max(lo, cut + 1) : start]} "
    for w in words:
        at = clause.find(w)
        while at >= 0:
            if not clause[at - 1].isalnum() and not clause[at + len(w)].isalnum():
                return True
            at = clause.find(w, at + 1)
    return False


def _last_at(clause: str, words: tuple[str, ...] | frozenset[str]) -> int:
    """Where the last of `words` (whole words) starts in `clause` (padded with spaces), or -1."""
    best = -1
    for w in words:
        at = clause.rfind(w)
        while at > best:
            if not clause[at - 1].isalnum() and not clause[at + len(w)].isalnum():
                best = at
                break
            at = clause.rfind(w, 0, at)
    return best


# Words right before a hit (after the subject) that only a third person takes: "X is committed".
_THIRD_PERSON = frozenset(["is", "has", "remains"])
# The singular nouns of the keep_clause lists (gender_en.yaml `&applicant`), which take "is".
_SINGULAR = frozenset(
    ["candidate", "applicant", "individual", "postholder", "post-holder", "post", "jobholder"]
)
# "You" as the subject of "be" just before a hit, with at most two words between ("you are
# truly committed"): the hit is said of the person hired.
_YOU_ARE_RX = re.compile(
    r"\byou(?:\s+are|['’]re|\s+will\s+be|['’]ll\s+be|\s+remain|\s+stay)\s+(?:[a-z]+\s+){0,2}$"
)
# Verbs after which "you" is an object, not the subject: "we help you grow and are committed to".
_TAKES_YOU = frozenset(
    ["help", "helps", "helping", "offer", "offers", "give", "gives", "support", "supports",
     "allow", "allows", "allowing", "enable", "enables", "encourage", "encourages", "provide",
     "provides", "value", "values", "welcome", "welcomes", "equip", "train", "trains", "invite"]
)  # fmt: skip


def _said_of_applicant(lower: str, start: int, rule: Rule, nxt: list[str]) -> bool:
    """The person hired is the subject the hit is said of: "your" right before it, or the
    nearest of the rule's `keep_clause` words and the employer's words (gender_en.yaml
    `employer_words`) earlier in the clause is one of the former ("you will be committed to",
    "the successful candidate will have a commitment to"; not "we are committed to your
    development", "the Trust's commitment to", "supports you and is committed to")."""
    if len(nxt) > 1 and nxt[1] in ("you", "your") and nxt[2:3] != ["own"]:
        # The employer's to the person hired: "a real commitment to your development"; unless
        # the person hired is the subject right before the hit ("you are committed to your
        # teammates", "you'll be deeply committed to your team").
        lo = max(0, start - 40)
        return _YOU_ARE_RX.search(lower[lo:start]) is not None
    prev = prev_word(lower, start)
    if prev == "your":
        return True
    if prev.endswith(("'s", "’s")):
        return False  # "the Trust's commitment to"
    lo = max(0, start - 150)
    cut = max(lower.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    clause = f" {lower[max(lo, cut + 1) : start]} "
    mine = _last_at(clause, rule.keep_clause)
    if mine < 0 or mine < _last_at(clause, employer_words()):
        return False
    words = clause[mine:].split()
    before = clause[:mine].split()
    if words[0] in ("you", "yourself") and before and before[-1] in _TAKES_YOU:
        return False  # "you" as an object: "to help you develop ... and are committed to"
    # "To all candidates - X respects ... and is committed to": "is" follows no plural subject
    return words[0] in _SINGULAR or not _THIRD_PERSON.intersection(words)


@cache
def employer_words() -> frozenset[str]:
    """Words for the employer, the team or a body, as the subject of a clause (gender_en.yaml)."""
    data = read_lexicon("gender_en").get("employer_words") or {}
    return frozenset(str(w).lower() for w in data.get("words") or ())


def _in_title_run(text: str, start: int) -> bool:
    """The word before `start` is capitalised and does not itself open a sentence or line."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in _WORDISH):
        j -= 1
    if j == i or not text[j].isupper():
        return False
    k = j
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    # At the start of the text, a line, a sentence or a list item the capital is no signal.
    return k > 0 and text[k - 1] not in ".!?:;\n\"“'‘(-•*"


_NAME_JOINS = frozenset(["of", "for"])


def _capital_before(text: str, start: int) -> bool:
    """The word before the joining word before `start` is capitalised, inside a sentence
    ("Position of Trust"): the hit ends a name."""
    head = text[max(0, start - 60) : start].rstrip()
    words = head.split()
    if len(words) < 2 or not words[-2][:1].isupper():
        return False
    k = head.rfind(words[-2])
    before = head[:k].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"“'‘(-•*/"


_PARTNER = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)\b")


def _partner_ahead(text: str, end: int, rule: Rule) -> bool:
    """Whether "and" or "&" follows `end`, then a capitalised word of the rule's `name_partners`."""
    m = _PARTNER.match(text, end)
    return m is not None and m.group(1).lower() in rule.name_partners


_TITLE_JOIN = re.compile(r"[ \t]+(?:and|&|of)[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+")


def _title_join_ahead(text: str, end: int) -> bool:
    return _TITLE_JOIN.match(text, end) is not None


def _names_ahead(text: str, start: int, end: int) -> bool:
    """A capitalised word at `start`, inside a sentence, with a capitalised word right after it
    (not "I"): part of a name written in Title Case."""
    nxt = text[end : end + 2]
    if len(nxt) < 2 or nxt[0] not in " \t" or not nxt[1].isupper():
        return False
    after = text[end + 1 : end + 3]
    if after[1:2] and not after[1:2].islower():
        return False  # "I", an acronym ("SQL") or a one-letter word: no Title Case run
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    # At the start of the text, a line, a sentence or a list item the capital is no signal.
    return k > 0 and text[k - 1] not in ".!?:;\n\"“'‘(-•*/"


# Labels of a line that lists places ("Location: Minneapolis, Minnesota; Superior, Wisconsin").
_PLACE_LABELS = ("location", "locations", "duty location", "duty locations", "location(s)")


def _on_place_line(lower: str, start: int) -> bool:
    """The hit stands on a line that opens with a place label and a colon."""
    lo = max(0, start - 200)
    nl = lower.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False  # a long line: no label within reach
    line = nl + 1
    colon = lower.find(":", line, start)
    return colon >= 0 and lower[line:colon].strip(" \t#*-") in _PLACE_LABELS


@cache
def _pay_label_rx() -> re.Pattern[str]:
    words = r"(?:salary|pay|wages?|compensation|remuneration|rate)"
    return re.compile(rf"(?<![\w-]){words}[ \t]*:[ \t]*$")


_PAY_VERBS = frozenset(["is", "are", "be", "remain", "remains", "ist", "sind", "bleibt", "bleiben"])
_PAY_ADVERBS = frozenset(["very", "highly", "extremely", "fully", "sehr", "äußerst", "absolut"])


def _pay_subject(lower: str, start: int) -> bool:
    """A pay word, then a verb of being, right before the hit: "our salaries are highly
    competitive", "salary will be competitive", "das Gehalt ist wettbewerbsfähig"."""
    words = lower[max(0, start - 40) : start].split()
    if words and words[-1] in _PAY_ADVERBS:
        words.pop()
    if len(words) < 2 or words[-1] not in _PAY_VERBS:
        return False
    words.pop()
    if words[-1] == "will" and len(words) > 1:
        words.pop()
    return words[-1] in PAY_WORDS


# What stands right before a hit that _pay_subject may accept (a cheap test that comes first).
_PAY_SUBJECT_ENDS = tuple(f" {w} " for w in sorted(_PAY_VERBS | _PAY_ADVERBS))


@gate
def _pay_rx() -> re.Pattern[str]:
    """Any pay word in a stretch of text (a cheap test before reading the words one by one).
    Gated (see rx_first): the look-behind first would be tried at every place."""
    return re.compile(rf"(?<![\w-])(?:{alternation(PAY_WORDS)})(?![\w-])")


# --- Sense classes that hold for every coded word (English) ---------------------------------
# Each is a shape of the sentence, not a word list for one coded word: what the word describes
# (the noun it stands before), whose quality it is (a client's possessive before it), a verb in
# the perfect tense, and a name (an acronym before a capitalised word).


@cache
def thing_heads() -> frozenset[str]:
    """Nouns that name places, subject matter, documents, units or outputs (gender_en.yaml)."""
    data = read_lexicon("gender_en").get("thing_heads") or {}
    return frozenset(
        str(w).lower() for key, words in data.items() if key != "source" for w in words or ()
    )


@cache
def credential_nouns() -> frozenset[str]:
    """Nouns that name a credential held: a licence, a certification, a clearance (part of
    thing_heads, gender_en.yaml)."""
    data = read_lexicon("gender_en").get("thing_heads") or {}
    return frozenset(str(w).lower() for w in data.get("credentials") or ())


@cache
def person_heads() -> frozenset[str]:
    """Nouns for people and teams that a listed thing noun may modify (gender_en.yaml)."""
    data = read_lexicon("gender_en").get("person_heads") or {}
    return frozenset(str(w).lower() for w in data.get("words") or ())


@cache
def _clients() -> frozenset[str]:
    data = read_lexicon("gender_en").get("others_possessive") or {}
    return frozenset(str(w).lower() for w in data.get("words") or ())


# Word endings of English adjectives (and of nouns used as modifiers, "-ing", "-al"): the words
# that may stand between a coded word and the noun it describes ("an honest, objective and vivid
# portrait" reaches "portrait", "a friendly and supportive nursing team" reaches "team").
_ADJ_ENDS = ("ive", "ous", "al", "ful", "ic", "ent", "ant", "ble", "id", "ate", "ing", "ed", "ly")
_HEAD_JOINS = frozenset([",", "and", "or", "&", "but"])
_PERFECT = frozenset(["has", "have", "had", "having"])
# Words that start a phrase of their own after a coded word: "opinions on subjects" is not a
# compound noun.
_FUNCTION_WORDS = frozenset(
    [
        "on", "in", "of", "at", "for", "to", "with", "by", "from", "about", "into", "onto",
        "over", "under", "as", "than", "the", "a", "an", "this", "that", "these", "those", "is",
        "are", "be", "was", "were", "will", "can", "may", "must", "who", "which", "whose",
        "where", "when",
    ]
)  # fmt: skip


def _head(toks: list[str], heads: frozenset[str]) -> str:
    """The noun that the word before `toks` stands before, past a list of adjectives; '' when
    the word ends its clause or is followed by something that is not a noun phrase."""
    joined = False
    for i, tok in enumerate(toks[:6]):
        if tok in _HEAD_JOINS:
            joined = True
            continue
        if not tok[0].isalnum():
            return ""
        if tok in heads and not joined:
            # A listed noun is the head even when it ends like an adjective: "an independent
            # assessment", "an objective judgement"; unless a noun for people follows, which it
            # modifies ("an independent data scientist", "a supportive data team").
            # ("a supportive data science community": past one more modifying noun).
            after = toks[i + 1] if i + 1 < len(toks) else ""
            if after in person_heads():
                return after
            then = toks[i + 2] if i + 2 < len(toks) and after[:1].isalnum() else ""
            return then if then in person_heads() else tok
        adjective = "-" in tok or tok.endswith(_ADJ_ENDS)
        if joined and not adjective:
            return ""  # a list of nouns ("dignity, independence and quality of life")
        joined = False
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if adjective:
            # "development-led", "vivid", "mental": a modifier; the noun comes later. A word
            # right after the hit that is not joined to it is the head itself when nothing
            # follows it ("a quiet road." stops at "road").
            if not nxt[:1].isalnum():
                return tok
            continue
        # A noun before a listed noun modifies it: "an active research unit" is a unit.
        if tok not in _FUNCTION_WORDS and nxt in heads:
            return nxt
        return tok
    return ""


def _describes_person(
    text: str,
    lower: str,
    start: int,
    end: int,
    heads: Heads | Callable[[], Heads] | None,
) -> bool:
    """False for the sense classes that make any coded word describe something else.

    `heads`: the nouns of thing_heads in the text and their offsets (a noun the head search
    returns is one of the text's words), so that the words after a hit are read only when one
    of them stands within reach. Cheap tests of a character or two come first: this runs for
    every coded word of every English ad."""
    if callable(heads):
        heads = heads()  # made on first use: most ads need them for none of their hits
    if heads is None:
        nouns, near = thing_heads(), True
    else:
        nouns, at = heads
        near = False
        if at:
            i = bisect_right(at, end)
            near = i < len(at) and at[i] < end + HEAD_REACH
    # Stands before a place, a matter, a document, a unit or an output: "a quiet road", "a
    # pleasant county", "sensitive topics", "challenging aspects", "an active trials unit", "an
    # honest, objective and vivid portrait", "superior quality".
    if near and lower[end : end + 1] in (" ", "\t", ",") and not _adverb_of_verb(lower, start, end):
        toks = tokens_after(lower, end)
        if (
            _head(toks, nouns) in nouns
            and not _verb_follows(lower, start, end, toks, nouns)
            and not _noun_in_a_list(lower, start, end, toks)
        ) or _credential_ahead(toks):
            return False
    elif near and lower[end : end + 1] == "\n" and _credential_ahead(tokens_after(lower, end)):
        return False  # the phrase wrapped right after the hit
    # A verb in the perfect tense with its object is an action: "the school has determined
    # that", "the board has committed the funds" (while "have leadership skills" is not a
    # tense, and "we have committed colleagues" may be the adjective).
    if (
        lower.endswith("ed", start, end)
        and next_words(lower, end, 1)[0] in _OBJECT_STARTS
        and prev_word(lower, start) in _PERFECT
    ):
        return False
    if (
        start >= 3
        and lower[start - 1] == " "
        and (lower[start - 2] in "'’" or lower[start - 3 : start - 1] in ("'s", "’s"))
    ):
        # prev_word strips a trailing apostrophe: "patients'" reads as "patients".
        prev = prev_word(lower, start)
        owner = prev[:-2] if prev.endswith(("'s", "’s")) else prev
        if owner in _clients() or owner in people("en").others:
            return False  # another person's quality: "the patient's confidence", "residents'"
    # An acronym before a capitalised word makes a name: "MSK Together", "NHS Confident".
    return not (text[start].isupper() and _acronym_before(text, start))


# Words that end the noun phrase of a coded word before a credential noun can close it: a
# verb of having or needing, a person ("active and hold a full licence", "independent, and you
# need a licence"), besides the function words.
_PHRASE_STOPS = _FUNCTION_WORDS | frozenset(
    [
        "have", "has", "hold", "holds", "holding", "possess", "possesses", "need", "needs",
        "require", "requires", "required", "you", "your", "we", "our", "they", "must", "should",
        "able", "willing", "ready", "enjoy", "enjoys", "love", "loves", "get", "gets", "obtain",
        "obtains", "gain", "gains", "keep", "keeps", "maintain", "maintains", "it", "its",
    ]
)  # fmt: skip
# Marks that may stand inside a credential's name: "ACLS/PALS", "BLS and ACLS", "Class A".
_CREDENTIAL_JOINS = frozenset([",", "and", "or", "&", "/", "(", ")", "+"])
# Words before a grade's letter inside a credential's name: "CDL Class A", "Grade B".
_GRADE_WORDS = frozenset(["class", "grade", "type", "category", "tier", "level", "part", "group"])


def _credential_ahead(toks: list[str]) -> bool:
    """The coded word stands inside the noun phrase of a credential held: a credential noun
    closes the phrase, past its nouns, adjectives and acronyms ("current and active Registered
    Medical Assistant certification", "an active CDL Class A license", "active BLS and ACLS
    certifications", "a valid and active state pharmacy technician license"). The word then
    names the credential's status or kind, not a trait of the person. The phrase ends at a
    function word, a verb of having or needing, or a mark of a clause ("active, and you need a
    licence" counts)."""
    creds = credential_nouns()
    prev = ""
    wrapped = False
    for i, tok in enumerate(toks[:9]):
        if tok in creds:
            return True
        if tok == "\n" and not wrapped and i + 1 < len(toks) and toks[i + 1][0].isalnum():
            # One line break inside the phrase, a wrapped line ("an active\nSecurity+
            # certification"); not a list's next item, which a marker starts.
            wrapped = True
            continue
        if tok in _CREDENTIAL_JOINS or (
            len(tok) == 1 and (prev in _GRADE_WORDS or toks[i + 1 : i + 2] == ["+"])
        ):
            prev = tok
            continue  # "Class A", "A+" are grades, not the article
        if not tok[0].isalnum() or tok in _PHRASE_STOPS:
            return False
        prev = tok
    return False


# Endings of coded nouns ("commitment", "confidence", "ambition", "leadership", "honesty").
_NOUN_HIT_ENDS = ("ment", "ence", "ance", "ship", "ion", "ity", "ty", "ness", "thy", "age")


def _noun_in_a_list(lower: str, start: int, end: int, toks: list[str]) -> bool:
    """The hit is a noun joined to the next word by "and" or a comma: a list of qualities
    ("your commitment and drive matter here"), not a modifier of a noun further on, which a
    noun is only right before it ("a commitment level")."""
    return bool(toks) and toks[0] in _HEAD_JOINS and lower.endswith(_NOUN_HIT_ENDS, start, end)


def _adverb_of_verb(lower: str, start: int, end: int) -> bool:
    """The hit is an adverb ("-ly", "together") before a word that is no participle in -ed:
    it qualifies the verb, never a noun ("you confidently present findings", "we work together
    across product"); "independently verified results" is left to the noun."""
    if not lower.endswith(_ADVERB_OF_WORK, start, end):
        return False
    nxt = next_words(lower, end, 1)[0]
    return not nxt.endswith("ed")


# Words before a coded word that make it predicative ("you are confident presenting results",
# "Is confident collaborating"): a word in -ing after it is then a verb with its object, not a
# modifier of a noun ("handle sensitive tracking data", "an independent monitoring system").
_PREDICATIVE_BEFORE = frozenset(
    [
        "is", "are", "am", "be", "being", "been", "was", "were", "feel", "feels", "remain",
        "remains", "stay", "stays", "become", "becomes", "you're", "you’re", "and", "very",
        "highly", "fully", "also", "always", "more", "most",
    ]
)  # fmt: skip


def _verb_follows(lower: str, start: int, end: int, toks: list[str], nouns: frozenset[str]) -> bool:
    """The word after the hit is a verb in -ing with its object, and the hit describes the
    person: "you are confident presenting results", "- Confident writing SQL code" (after a
    verb of being, or at the start of a clause or list item), "independently utilizing
    reference sources" (an adverb)."""
    first = toks[0] if toks else ""
    if not first.endswith("ing") or first in nouns:
        return False
    if lower.endswith("ly", start, end):
        return True  # an adverb qualifies the verb, never a noun
    prev = prev_word(lower, start)
    return not prev[:1].isalnum() or prev in _PREDICATIVE_BEFORE


_OBJECT_STARTS = frozenset(
    ["to", "that", "the", "a", "an", "this", "these", "those", "its", "their", "it", "them"]
)


def _acronym_before(text: str, start: int) -> bool:
    """The word right before `start` is an acronym of two or more capitals ("MSK", "NHS")."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == start:
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    return len(word) >= 2 and word.isupper()


# --- Whom the clause is about (English and German) -------------------------------------------
# A coded word may describe the person hired, the team, the workplace, or someone else: the
# people the post serves ("patients are actively involved in their care"), a third party named
# as the subject ("consultant microbiologists actively contribute") or whose quality it is ("the
# confidence of our users"). Cheap rules of word order, no parser: the subject is looked for by
# walking back from the hit over a short predicate ("are", "become more", "to live").


class People(NamedTuple):
    others: frozenset[str]
    selves: frozenset[str]
    professions: frozenset[str]
    thing_ends: tuple[str, ...]
    knowledge: frozenset[str]
    profession_ends: tuple[str, ...]


# Words that may stand between a subject and a coded word that describes it ("clients become
# more confident", "patients are actively involved", "children, who work together").
_PREDICATE = frozenset(
    [
        "are", "is", "be", "been", "being", "become", "becomes", "became", "becoming", "feel",
        "feels", "felt", "remain", "remains", "stay", "stays", "to", "live", "lives", "living",
        "work", "works", "learn", "learns", "grow", "grows", "more", "most", "as", "were", "was",
        "can", "will", "may", "should", "get", "gets", "who", "that", "very", "fully",
        "also", "play", "plays", "so", "make", "makes", "making", "take", "takes", "taking",
        "own", "encouraged", "supported", "helped", "enabled", "empowered", "taught", "allowed",
        "able", "achieve", "attain", "gain", "regain", "maintain", "reach", "maximum",
        "greater", "full", "largely", "completely", "increasingly", "highly", "quite", "really",
        "fairly", "relatively", "often", "usually", "generally", "mostly", "still", "now",
        "sind", "ist", "sein", "werden", "wird", "bleiben", "bleibt", "zu", "mehr",
        "möglichst", "so", "wie", "die", "der", "leben", "lebt", "arbeiten", "arbeitet",
        "können", "kann", "sich", "fühlen", "auch", "sehr", "weitgehend", "weitestgehend",
        "ganz", "völlig", "vollständig", "zunehmend", "besonders", "immer",
    ]
)  # fmt: skip
# Words that may stand right before the people noun when it is the subject of the clause (a
# clause end, which stops the walk back, does too): "the patients are", "our clients become",
# "help residents live". Anything else ("work with clients", "available to patients and carers
# and be responsive") leaves the hit to the person hired.
_SUBJECT_BEFORE = frozenset(
    [
        ".", ";", ":", "!", "?", "\n", "the", "our", "their", "all", "many", "most", "some",
        "these", "those", "where", "when", "while", "so", "help", "helps", "helping", "enable",
        "enables", "enabling", "support", "supports", "supporting", "empower", "empowers",
        "empowering", "encourage", "encourages", "encouraging", "business", "end",
        "die", "der", "unsere", "unser", "unseren", "alle", "viele", "wo", "wenn", "damit",
    ]
)  # fmt: skip
# Words after a coded noun that name whose quality it is: "the confidence of our users".
_OF = frozenset(["of", "der", "des", "unserer", "ihrer", "von"])
_QUOTES = ",()\"'“”‘’"
_LIST_JOINS = frozenset(["and", "or", "&", "und", "oder"])
_RELATIVE = frozenset(["who", "die", "der"])
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_THEIR = frozenset(["their", "ihre", "ihren", "ihrer"])
# Words that make "people" (or a listed noun) a group the post serves: "young people", "service
# users", "older adults".
_PEOPLE_MODIFIERS = frozenset(
    ["young", "older", "vulnerable", "elderly", "disabled", "homeless", "service", "end"]
)
# Verbs of helping that make "people" after them the people a post serves ("enable people to
# live as independently as possible"), not the staff.
_HELP_VERBS = frozenset(
    ["help", "helps", "helping", "enable", "enables", "enabling", "support", "supports",
     "supporting"]
)  # fmt: skip
_ADVERB_OF_WORK = ("ly", "together")
# Endings of German adjectives before a noun (and of nouns that end the same way).
_DE_ENDINGS = ("e", "er", "en", "em", "es")


@cache
def _next_word_rx() -> re.Pattern[str]:
    return re.compile(r"[ \t]*([\w'’&-]+)")


@cache
def people(lang: str) -> People:
    """The people words of a language (lexicons/gender_*.yaml: others, professions, thing_ends)."""
    data = read_lexicon(f"gender_{lang}")

    def words(key: str, sub: str = "words") -> frozenset[str]:
        return frozenset(str(w).lower() for w in (data.get(key) or {}).get(sub) or ())

    ends = tuple(sorted(words("thing_ends")))
    return People(
        words("others"),
        words("others", "self"),
        words("professions"),
        ends,
        words("knowledge_nouns"),
        tuple(sorted(words("professions", "ends"))),
    )


# Words before a German noun that make it the subject of its clause: a determiner or
# possessive in the nominative ("die Daten", "unsere Modelle"), a conjunction that opens a
# subordinate clause ("dass Daten"), or a finite verb before it in inverted order ("werden
# Daten"). After a noun at the start of its clause, a finite verb does ("Daten werden").
_DE_SUBJECT_BEFORE = frozenset(
    [
        "die", "der", "das", "unsere", "unser", "alle", "diese", "dieser", "dieses", "sämtliche",
        "viele", "dass", "damit", "sodass", "wenn", "weil", "ob", "wo", "werden", "wird", "sind",
        "ist", "bleiben", "bleibt", "laufen", "läuft",
    ]
)  # fmt: skip
_DE_FINITE = frozenset(
    [
        "ist", "sind", "wird", "werden", "bleibt", "bleiben", "läuft", "laufen", "liefert",
        "liefern", "kommt", "kommen", "funktioniert", "funktionieren", "steht", "stehen",
        "fließt", "fließen", "arbeitet",
    ]
)  # fmt: skip
_DE_CLAUSE_ENDS = ".;:!?,\n"


def _thing_subject(lower: str, start: int, p: People) -> bool:
    """In German, the clause before `start` has a thing (a noun ending in one of
    `p.thing_ends`) as its subject and names neither the person hired nor the team."""
    lo = max(0, start - 80)
    cut = max(lower.rfind(c, lo, start) for c in _DE_CLAUSE_ENDS)
    toks = [t.strip(_QUOTES) for t in lower[max(lo, cut + 1) : start].split()]
    if cut < 0 and lo > 0 and toks:
        toks.pop(0)  # a word cut at the start of the stretch
    for k, tok in enumerate(toks):
        # "Die Daten stellst du zuverlässig bereit": the person hired does it; not a
        # possessive of the thing ("unsere Modelle laufen zuverlässig").
        if tok in p.selves and not (k + 1 < len(toks) and toks[k + 1].endswith(p.thing_ends)):
            return False
    for i, tok in enumerate(toks):
        if not tok.endswith(p.thing_ends):
            continue
        if i > 0 and toks[i - 1] in _DE_SUBJECT_BEFORE:
            return True
        if i == 0 and i + 1 < len(toks) and toks[i + 1] in _DE_FINITE:
            return True
    return False


def _about_others(lower: str, start: int, end: int, p: People, nxt: str = "") -> bool:
    """The hit describes someone other than the person hired or the team, a field of knowledge,
    or (German) a thing. `p`: the people words of the hit's language; `nxt`: the word after
    the hit, when the caller has it. Cheap tests first: this runs for every hit that passed
    the others."""
    if not nxt:  # the next word, unless the caller has read it already
        m = _next_word_rx().match(lower, end)
        nxt = m.group(1) if m is not None else ""
    # A field of knowledge or a grade: "an analytical background", "a leadership
    # qualification".
    if nxt in p.knowledge:
        return True
    # Whose quality: "the confidence of our patients", "die Loyalität unserer Kunden".
    # Also a group named by a modifier and "people" or "users": "the independence of our
    # service users", "the confidence of young people".
    if nxt in _OF:
        after = next_words(lower, end)[1:3]
        if not p.others.isdisjoint(after) or not _PEOPLE_MODIFIERS.isdisjoint(after):
            return True
    # German compounds: "dominante Marktstellung", "logische Datenmodelle". An adjective
    # without an ending stands before no noun it describes: it is an adverb of the verb ("du
    # präsentierst selbstbewusst Ergebnisse", "arbeitest selbstständig Aufgaben ab").
    if p.thing_ends and nxt.endswith(p.thing_ends) and lower.endswith(_DE_ENDINGS, start, end):
        return True
    # German: an inflected adjective right before the others it describes ("unsere loyalen
    # Kundinnen", "engagierte Eltern"): their quality, not the applicant's.
    if p.thing_ends and nxt in p.others and lower.endswith(_DE_ENDINGS, start, end):
        return True
    # German: a data artefact as the subject of a bare coded adverb or predicate adjective, in
    # main-clause, inverted or subordinate order ("Die Daten werden zuverlässig geliefert",
    # "Unsere Modelle laufen stabil und zuverlässig", "dass Daten zuverlässig bereitgestellt
    # werden"): the thing is reliable, not a person.
    if (
        p.thing_ends
        and not lower.endswith(_DE_ENDINGS, start, end)
        and _thing_subject(lower, start, p)
    ):
        return True
    # A profession right before an adverb of the manner of work: "consultant microbiologists
    # actively contribute", "a dentist actively involved in treating" (not past a comma: "with
    # the specialist nurses, together, delivering care" is the team).
    adverb = lower.endswith(_ADVERB_OF_WORK, start, end)
    if adverb and start >= 2 and lower[start - 1] == " " and lower[start - 2].isalpha():
        prev = prev_word(lower, start)
        if prev in p.professions or prev.endswith(p.profession_ends):
            return True
    # Most hits follow a word that is neither a people noun nor part of a predicate ("a", "the",
    # "strong"): one split of a few characters rules them out before the words are read.
    near = lower[max(0, start - 16) : start].split()
    if not near or (
        near[-1] not in _PREDICATE and near[-1] not in p.others and _THEIR.isdisjoint(near)
    ):
        return False
    # The words of the clause before the hit, on this line (split, not a regex: this runs
    # for every hit that follows a predicate word).
    lo = max(0, start - 80)
    line = lower.rfind("\n", lo, start)
    toks = lower[max(lo, line + 1) : start].split()
    if line < 0 and lo > 0 and toks:
        toks.pop(0)  # a word cut at the start of the stretch
    # Their quality, when the clause names them first: "supporting them to achieve their goals
    # and ambitions", "help patients to regain their independence".
    for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
        if toks[k][-1] == ",":
            break  # the possessive phrase ended before the hit ("their families, being")
        if toks[k] in _THEIR:
            for tok in reversed(toks[:k]):
                w = tok.strip(_QUOTES)
                if w in p.selves or tok[-1] in _CLAUSE_ENDS:
                    break
                if w in p.others:
                    return True
            break
    # The subject, past a short predicate: "patients are actively involved", "Kunden sind
    # loyal"; the person hired or the team, when named first, keeps the hit. Only an adverb
    # may follow the subject at once ("users confidently answer").
    last = len(toks) - 1
    for i in range(last, max(-1, last - 6), -1):
        tok = toks[i]
        if tok[-1] in _CLAUSE_ENDS:
            return False
        w = tok.strip(_QUOTES)
        if w in p.selves:
            return False
        if w in p.others or (
            w == "people"
            and i > 0
            and (
                toks[i - 1] in _PEOPLE_MODIFIERS
                # the people a post helps: "enable people to be as independent as possible"
                or (toks[i - 1] in _HELP_VERBS and i < last and toks[i + 1] == "to")
            )
        ):
            if (i == last and not adverb) or tok[-1] == ",":
                # Right before a coded noun: a compound. Before a comma: the end of a phrase,
                # and what follows is said of the person hired ("the needs of the patient,
                # being sensitive to their culture").
                return False
            # Back to the head of a list of such people ("patients, carers and families are")
            # or of a compound ("young people", "service users").
            j = i
            while j > 0 and (
                toks[j - 1] in _LIST_JOINS
                or toks[j - 1].strip(_QUOTES) in p.others
                or toks[j - 1] in _PEOPLE_MODIFIERS
            ):
                j -= 1
            # The subject opens its clause or follows a determiner or a verb of helping:
            # "patients are", "our clients become", "help residents to live"; or it is the
            # subject of an infinitive ("for residents to be as independent as possible").
            if j == 0 or (i < last and toks[i + 1] in _RELATIVE):
                return True  # "patients and families who are making decisions"
            before = toks[j - 1]
            if before == "for":
                return i < last and toks[i + 1] == "to"
            # A possessive before them is theirs too: "the patient's family is supportive".
            return (
                before[-1] in _CLAUSE_ENDS
                or before.strip(_QUOTES) in _SUBJECT_BEFORE
                or before.endswith(_POSSESSIVE)
            )
        if w not in _PREDICATE:
            return False
    return False
