"""Seniority: the level a job ad names, from its title and level words as whole words."""

from __future__ import annotations

import re
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc, tokenize


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
        "apprenticeship",
        "einstiegsposition",
        "einstiegsstelle",
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
        "under",
        "beside",
        "like",
        "von",
    ]
)
_ARTICLES = frozenset(["a", "an", "one", "ein", "eine", "einen", "einem", "einer"])


@cache
def _level_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every level word as one trie regex (whole words), and the level of each."""
    levels: dict[str, str] = {}
    for level, single, multi in _seniority_words():
        for w in (*single, *multi):
            levels.setdefault(w, level)
    words = lexicon.alternation(levels)
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])"), levels


@cache
def _by_first_token() -> dict[str, tuple[str, ...]]:
    """The level words by their first word as the Doc tokenises it ("entry" of "entry-level"):
    a text whose words hold none of these first words names no level."""
    out: dict[str, list[str]] = {}
    for _, single, multi in _seniority_words():
        for w in (*single, *multi):
            out.setdefault(tokenize(w)[0], []).append(w)
    return {first: tuple(words) for first, words in out.items()}


def _level_hits(scope: str) -> list[tuple[int, str, str]]:
    """(offset, word, level) of each whole level word in `scope`, not inside a hyphenated word
    ("late-stage" is no internship) except a level compound ("entry-level", "senior-level")."""
    rx, levels = _level_rx()
    out = []
    for m in rx.finditer(scope):
        at, w = m.start(), m.group()
        before = scope[at - 1] if at else " "
        after = scope[m.end() : m.end() + 7]
        glued = (
            after[:1] == "-"
            and after[1:2].isalpha()
            and not after.startswith("-level")
            and not (w not in _AMBIGUOUS and _role_tail(scope, at, m.end() + 1))
        )
        if (before == "-" and scope[at - 2 : at - 1].isalpha()) or glued:
            continue
        out.append((at, w, levels[w]))
    return out


# The ends of role names a level word may be hyphened to: "Junior-Entwickler",
# "Senior-Softwareentwicklerin", "Junior-Consultant".
_ROLE_ENDS = (
    "entwickler", "entwicklerin", "berater", "beraterin", "referent", "referentin", "ingenieur",
    "ingenieurin", "consultant", "analyst", "analystin", "engineer", "developer", "manager",
    "managerin", "designer", "designerin", "architekt", "architektin", "controller",
    "controllerin", "buchhalter", "buchhalterin", "sachbearbeiter", "sachbearbeiterin",
    "projektleiter", "projektleiterin", "scientist", "programmierer", "programmiererin",
)  # fmt: skip


def _role_tail(scope: str, start: int, at: int) -> bool:
    """The word from `at` (after the level word at `start` and its hyphen) names a role:
    "-Entwickler"; not in a link or a file name ("/o/senior-data-engineer-2")."""
    if scope[start - 1 : start] in ("/", "=", "_", ".", "?", "&", "#"):
        return False
    line = scope[scope.rfind("\n", 0, start) + 1 : start]
    if "http" in line or "www." in line or "url:" in line:
        return False
    end = at
    while end < len(scope) and scope[end].isalpha():
        end += 1
    tail = scope[at:end]
    return tail in _ROLE_NOUNS or tail.endswith(_ROLE_ENDS)


# Level words with another everyday sense: "the stage is set", "staff benefits", "expert
# insight", "lead the migration", "principal investigator's team".
_AMBIGUOUS = frozenset(["stage", "staff", "expert", "lead", "principal"])
# Words after which "stage" names an internship (French): "offre de stage", "stage en data".
_STAGE_BEFORE = frozenset(["de", "en", "un", "du", "votre", "ce", "d'un", "d’un"])
_STAGE_AFTER = frozenset(["-", "–", ":", "en", "de", "d'", "|", "("])
# Words after "lead" that make it a sales lead ("lead generation", "Lead-Gen", "lead scoring").
# Not words a level title may go on with: "Lead Management and Program Analyst", "Lead
# Acquisition Specialist", "Lead Qualification Engineer", "Lead Pipeline Engineer" are leads.
_SALES_LEAD = frozenset(
    ["generation", "gen", "generator", "scoring", "score", "nurturing", "nurture", "routing",
     "conversion", "magnet", "magnets", "funnel", "enrichment", "generierung", "qualifizierung"]
)  # fmt: skip
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "our", "your", "and", "or", "of", "to", "for", "in", "on", "with", "at",
     "by", "is", "are", "der", "die", "das", "und", "mit", "für", "von", "zu"]
)  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]*([^\s]+)")
# Words after a level word that make it part of another name: the sector of older people's
# housing and care ("Senior Living", "Senior Citizens"), the academic rank "Junior Professor".
_NOT_A_LEVEL_BEFORE = {
    "senior": frozenset(
        ["living", "citizen", "citizens", "housing", "residence", "residences", "apartments",
         "centre", "center", "centres", "centers", "daycare", "day-care"]
    ),
    "junior": frozenset(["professor", "professorin", "professur", "professorship", "-professur"]),
}  # fmt: skip


def _names_a_role(text: str, lower: str, at: int, w: str, strict: bool) -> bool:
    """The level word at `at` of a title line names the role's level: for a word with another
    sense (or on a line that may be prose), a role noun or a capitalised name follows it, or it
    ends the title ("Data Engineer - Lead")."""
    if w in _NOT_A_LEVEL_BEFORE:
        # "Senior Living Coordinator" (housing for older people), "Junior Professor" (a tenure
        # track post): the word names a sector or a rank of its own, not the role's level (rt37).
        n = _NEXT_WORD.match(lower, at + len(w))
        if n is not None and n[1].strip(",.;:()") in _NOT_A_LEVEL_BEFORE[w]:
            return False
    if w not in _AMBIGUOUS and not strict:
        return True
    m = _NEXT_WORD.match(lower, at + len(w))
    eol = lower.find("\n", at)
    raw = "" if m is None or 0 <= eol < m.start(1) else m[1]
    if w == "stage":
        # "Stage - Data Analyst", "Offre de stage": French; "late stage", "Stage Manager" not.
        prev = lower[max(0, at - 8) : at].split()
        first = not lower[lower.rfind("\n", 0, at) + 1 : at].strip(" \t#*_")
        nxt = raw.strip(",.;:()")
        # A mark after it ("Stage – Data Analyst") only on the title's own line: a later
        # "Stage: Series B" names the company's stage.
        return (bool(prev) and prev[-1] in _STAGE_BEFORE) or (
            first
            and ((raw in _STAGE_AFTER and not strict) or (nxt in _ROLE_NOUNS and nxt != "manager"))
        )
    if strict:
        # A later short line may be prose: "mentored by a senior engineer", "your
        # training/internship(s)".
        before = lower[lower.rfind("\n", 0, at) + 1 : at].split()[-2:]
        if before and before[-1] in _ARTICLES:
            before = before[:-1]
        if before and before[-1] in _NOT_BEFORE_TITLE:
            return False
        if w in _ROLE_ON_ITS_OWN:
            return _names_this_role(lower, at, w, raw.split())
    # The title ends with the word or goes on after a mark: "Data Team Lead (m/w/d)",
    # "Analytics Engineering Lead - Berlin".
    nxt = raw.strip(",.;:()") if raw[:1].isalpha() else ""
    if w == "staff":
        # "Staff Data Engineer"; a "Staff Nurse" or "Staff Accountant" is no staff-level role.
        return nxt in _ROLE_NOUNS
    if w == "lead" and nxt in _SALES_LEAD:
        # "Lead Generation Specialist", "Lead Scoring Analyst": a sales lead, not a level.
        return False
    if not nxt or nxt in _ROLE_NOUNS:
        return True
    assert m is not None
    return nxt not in _FUNCTION_WORDS and text[m.start(1)].isupper()


@cache
def _title_label_rx() -> re.Pattern[str]:
    return re.compile(
        r"[#*_ \t]*(?:job title|title|position|role|stellenbezeichnung|stelle|poste|seniority "
        r"level|seniority|management level|experience level|career level|level|karrierestufe)"
        r"[*_ \t]*:",
    )


def _title_lines(lower: str) -> list[tuple[int, int, bool]]:
    """The title: a 'Title:' or 'Position:' line near the top, else the first line that is not
    a link or a source note (scraped ads start with '**URL:** ...'). Each with whether it is a
    later short line, which may be prose ("Expert insight for clinicians") as well as a title."""
    labelled: list[tuple[int, int, bool]] = []
    out: list[tuple[int, int, bool]] = []
    label = _title_label_rx().match
    pos = 0
    plain = 0
    for raw in lower[:800].split("\n"):
        lo = pos
        pos += len(raw) + 1
        if ":" in raw and label(raw):
            labelled.append((lo, lo + min(len(raw), 200), False))
            continue
        if plain == 3 or not raw.strip() or "url:" in raw or "http" in raw:
            continue
        # A title is a name, not a sentence: cut at the first full stop; past the first line,
        # only short lines without one count ("Netcompany logo" above "Lead BI Engineer").
        stop = raw.find(". ", 0, 200)
        line = raw[: 200 if stop < 0 else stop]
        if plain == 0 or (stop < 0 and len(line.split()) <= 8 and not line.rstrip().endswith(".")):
            out.append((lo, lo + min(len(line), 90), plain > 0))
        plain += 1
    return labelled + out


def title_lines(doc: Doc) -> list[tuple[int, int, bool]]:
    """_title_lines of the ad, read once an ad (seniority, the data-work and the in-person
    tests all ask)."""
    found = doc.memo.get("title_lines")
    if not isinstance(found, list):
        found = doc.memo["title_lines"] = _title_lines(doc.lower)
    return found


def title_span(doc: Doc) -> tuple[int, int] | None:
    """Where the ad's title is (a 'Title:' line near the top, else its first line)."""
    lines = title_lines(doc)
    return (lines[0][0], lines[0][1]) if lines else None


_NOT_THE_ROLE_AFTER = (
    "program", "scheme", "provider", "partner", "platform", "market", "agenc", "compan",
    "fair", "board", "portal", "coordinator", "office", "school", "universit", "marketplace",
)  # fmt: skip
_SCHEME_BEFORE = frozenset(["from", "of", "with", "alongside", "among", "aus", "von", "mit"])


def _names_this_role(top: str, at: int, w: str, nxt: list[str]) -> bool:
    """ "a six-month internship" names the role; "our internship programme" (a scheme the
    employer runs) and "training/internship(s), experience" (one thing in a list) do not."""
    if nxt and nxt[0].startswith(_NOT_THE_ROLE_AFTER):
        # "our internship programme", "internship providers", "the internship platform": a
        # scheme, or firms and tools around internships, not the role on offer.
        return False
    # "students from our summer internship", "with interns of our internship": a scheme the
    # employer runs, named after a preposition, is not the role on offer.
    if _SCHEME_BEFORE.intersection(top[max(0, at - 30) : at].split()[-3:]):
        return False
    after = top[at + len(w) : at + len(w) + 3]
    # A gendered plural ("unsere Praktikant:innen", "Werkstudent*innen"): people the role works
    # with, not the role itself ("Praktikant:in Data Science" is the role).
    if top.startswith(_GENDER_PLURALS, at + len(w)):
        return False
    return top[at - 1 : at] not in ("/", ",") and not after.startswith(("(s", "/", ",", "s "))


_GENDER_PLURALS = (":innen", "*innen", "_innen", "/innen", "/-innen", "innen", "(innen)")


# What a "Manager" of these manages is the work itself, not people: "Office Manager", "Account
# Manager", "Case Manager", "Product Manager" name a role of their own at any level, not a
# manager's seniority ("Senior Product Manager" is senior by its first word).
_MANAGED_THINGS = (
    "office", "account", "accounts", "case", "property", "product", "project", "programme",
    "program", "relationship", "brand", "category", "content", "community", "social media",
    "event", "events", "customer success", "client success", "campaign", "partner", "partnership",
    "partnerships",
)  # fmt: skip
_MANAGED_BEFORE = re.compile(rf"(?<![a-z])(?:{'|'.join(_MANAGED_THINGS)})[ \t-]+\Z")


def _manages_a_thing(lower: str, at: int) -> bool:
    """The "manager" at `at` follows a word for what it manages that is not people (and no
    word that makes it a supervisor's post: "Supervisory Program Manager")."""
    return (
        _MANAGED_BEFORE.search(lower, max(0, at - 25), at) is not None
        and "supervis" not in lower[max(0, at - 40) : at]
    )


def seniority(doc: Doc) -> tuple[str, tuple[int, int] | None]:
    """The level the title names (first line); else a level word that starts a job title near
    the top ("as a Senior Data Engineer"), never a word in another sense ("expert insight")."""
    if _by_first_token().keys().isdisjoint(doc.vocab):
        # No level word anywhere: the regex reads below would find none; only a sentence that
        # the role suits early-career people can name its level.
        audience = _early_career(doc)
        return ("junior", audience) if audience is not None else ("unspecified", None)
    return _read_level(doc)


def _read_level(doc: Doc) -> tuple[str, tuple[int, int] | None]:
    """seniority() without the word test that spares most of it."""
    lower = doc.lower
    text = doc.text
    order = [level for level, _, _ in _seniority_words()]
    for lo, hi, strict in title_lines(doc):
        hits = [
            h
            for h in _level_hits(lower[lo:hi])
            if _names_a_role(text, lower, lo + h[0], h[1], strict)
            and not (h[1] == "manager" and _manages_a_thing(lower, lo + h[0]))
        ]
        if hits:
            # The most junior level named in the title: "Junior to Senior" is asked of a junior.
            at, w, level = min(hits, key=lambda h: (order.index(h[2]), h[0]))
            return level, (lo + at, lo + at + len(w))
    audience = _early_career(doc)
    if audience is not None:
        return "junior", audience
    top = lower[: min(600, len(lower))]
    by_first = _by_first_token()
    if not any(w in top for first in by_first.keys() & doc.vocab for w in by_first[first]):
        # None of the level words whose first word the text holds stands near the top: the
        # pattern, which tries every offset, would find none.
        return "unspecified", None
    for at, w, level in _level_hits(top):
        if level == "manager":
            continue  # "Reporting to: the Engineering Manager" names someone else's role
        nxt = top[at + len(w) :].split(None, 3)[:2]
        before = top[max(0, at - 16) : at].split()
        if before and before[-1] in _ARTICLES:
            # "mentored by a senior engineer": the word before the article decides.
            before = before[:-1]
        # "as a Senior Data Engineer" names the role; "with senior data scientists" does not.
        titled = any(n.strip(",.:;()") in _ROLE_NOUNS for n in nxt) and (
            not before or before[-1] not in _NOT_BEFORE_TITLE
        )
        if titled and w in _AMBIGUOUS:
            titled = _names_a_role(text, lower, at, w, False)
        if titled or (w in _ROLE_ON_ITS_OWN and _names_this_role(top, at, w, nxt)):
            return level, (at, at + len(w))
    return "unspecified", None


# The words an early-career audience is named with; a text without any of them is not read.
_AUDIENCE_TOKENS = frozenset(
    ["early", "graduates", "grads", "grad", "berufseinsteiger", "berufseinsteigerin",
     "berufseinsteigerinnen", "berufseinsteiger:innen", "berufsanfänger", "berufsanfängerin",
     "berufsanfängerinnen", "absolventen", "absolventinnen", "hochschulabsolventen",
     "hochschulabsolvent", "absolvent"]
)  # fmt: skip


@cache
def _audience_rx() -> re.Pattern[str]:
    who = (
        r"(?:early[- ]career (?:talent|professionals?|candidates?|applicants?|people)|recent "
        r"(?:university |college )?graduates?|new (?:college )?grads?|(?:hochschul)?absolvent"
        r"(?:en|innen|\*innen|:innen)?|berufseinsteiger(?:innen|in|\*innen|:innen|\(innen\))?|"
        r"berufsanfänger(?:innen|in|\*innen|:innen)?)"
    )
    return re.compile(
        # Said to suit the role: "ideal for recent graduates", "auch für Berufseinsteiger
        # geeignet", "Berufseinsteiger sind willkommen".
        r"\b(?:ideal|perfect|suited|suitable|great|open|designed|aimed|intended|geeignet|perfekt|"
        r"richtet sich (?:\w+ )?an|wendet sich (?:\w+ )?an|(?:auch|gerne|gern|ebenso|explizit) "
        r"(?:\w+ )?(?:für|an))\b[^.;!?\n]{0,30}?\b" + who + r"(?![\w-])"
        r"|\b" + who + r"(?:[^.;!?\n]{0,20}?)\b(?:are |sind )?(?:welcome|willkommen|encouraged "
        r"to apply)\b"
        # Said of the role itself: "This is an early-career role".
        r"|\b(?:an?|this|our|unser\w*|eine?) early[- ]career (?:role|position|opportunity|"
        r"programme|program|job|stelle|position)\b"
    )


def _early_career(doc: Doc) -> tuple[int, int] | None:
    """Where the ad says the role suits early-career people (recent graduates, Berufseinsteiger),
    near its top or anywhere in a sentence about the role; None where it does not. A scheme
    named by its proper name ("the Recent Graduates program") is read as the words say."""
    if _AUDIENCE_TOKENS.isdisjoint(doc.vocab):
        return None
    m = audience_search(doc.lower)
    return (m.start(), m.end()) if m else None


# Every match of _audience_rx holds one of these pieces (its audience or "early career"), and
# none holds a sentence's stop or a line break (_AUDIENCE_STOP): a match stands inside one
# stretch between two stops, one that holds a piece.
_AUDIENCE_PIECE = re.compile("early|grad|absolvent|berufseinsteiger|berufsanfänger")
_AUDIENCE_STOP = ".;!?\n"


def audience_search(lower: str) -> re.Match[str] | None:
    """_audience_rx().search(lower), tried only in the stretches between two stops that hold
    one of its pieces (_AUDIENCE_PIECE), in order: the whole-text search starts at every
    offset, where a match can start only near such a piece (~1 ms on a long ad with
    "early" in it). The stops stand outside each stretch, so its edges read as in the text."""
    rx = _audience_rx()
    done = -1
    for piece in _AUDIENCE_PIECE.finditer(lower):
        at = piece.start()
        if at < done:
            continue
        lo = max(lower.rfind(c, 0, at) for c in _AUDIENCE_STOP) + 1
        ends = [e for c in _AUDIENCE_STOP if (e := lower.find(c, at)) >= 0]
        done = min(ends) if ends else len(lower)
        m = rx.search(lower, lo, done)
        if m is not None:
            return m
    return None


__all__ = ["seniority"]
