"""Lead-in sentences that open a requirement list: 'We are looking for:', 'Are you…'.

Many ads (the NHS ones most of all) introduce the list of what they ask with a sentence, not a
heading: "As well as a degree, we are looking for:", "The post would appeal to someone who:",
"What we'd like from you:". Such a line counts as a must-have heading when bullets follow it
and its words ask for a person, not a duty or a benefit.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from askback.text import lexicon, rx_first
from askback.text.doc import Doc

# A bullet line: a bullet sign, or a dash or star followed by a space ("-- " rules are not).
_BULLET = r"(?:[•·▪◦●■►✓✔]|[-*–](?=[^\S\n]))"
_BULLET_SIGNS = frozenset("•·▪◦●■►✓✔-*–")
# Where one sentence of a line ends and the next starts: its last sentence is split(line)[-1].
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


@cache
def _bullet_run_rx() -> re.Pattern[str]:
    """A run of bullet lines, one right under the other: only its first can follow a lead-in."""
    return re.compile(rf"\n[^\S\n]*{_BULLET}[^\n]*(?:\n[^\S\n]*{_BULLET}[^\n]*)*")


def _apostrophes(pattern: str) -> str:
    """Pages write the apostrophe either way: "you'll need", "you’ll need"."""
    return pattern.replace("'", "['’]")


@cache
def _cue_rx() -> re.Pattern[str]:
    # Words that ask for a person: who is wanted, what they must have or be.
    cues = (
        r"you will|you'll|you should|you must|you need|you have|you bring|you are"
        r"|do you need|do you have|are you|from you|looking for|seeking|someone who|people who"
        r"|individuals? (?:who|with)|candidates?|applicants?|ideal|successful"
        r"|the following (?:skills|qualities|attributes|experience|qualifications|criteria"
        # "Possess and maintain the following certificates:" over the certificates asked.
        r"|certificates|certifications|licen[cs]es|credentials)"
        r"|essential|requirements?|criteria|person specification|must have|must be"
        r"|we need|we want|we require|required|qualifications|skills and"
        # "In order to apply you must:", "Please apply if you:"; pages glue words ("youmust").
        r"|must|(?:you|applicants?|candidates?)\s*must|apply if you|to apply for"
        # "StaffBank requires you to have:", "Interested individuals should have:"
        r"|requires? (?:you|applicants|candidates)|should (?:have|hold|possess)"
        r"|sie bringen|du bringst|du hast|sie haben|wir suchen|wir wünschen"
    )
    return re.compile(rf"(?<![a-z])(?:{_apostrophes(cues)})(?![a-z])")


# What the role holds, not what it asks: "key elements of the role include:", "The role of the
# successful candidate will include:" ("Requirements for the role include:" still asks).
ROLE_HOLDS = (
    r"(?:elements|aspects|parts|areas) of (?:the|this) (?:role|post|job)"
    r"|(?<!for )(?<!of )(?<!in )(?<!to )(?:the|this) (?:role|post|job)(?: of [a-z ]{1,40})?"
    r" (?:will |would |also )?includ\w*"
)

# What the first months bring, not what is asked: "In your first few months, you'll have:" over
# milestones ("Learned how the team works", "Shipped your first model").
FIRST_MONTHS = (
    r"(?:in|within|during|by the end of|after) your first (?:\w+ ){0,2}(?:days|weeks|months|year)"
    r"|in (?:den|deinen|ihren) ersten (?:\w+ ){0,2}(?:tagen|wochen|monaten)"
)


@cache
def _not_person_rx() -> re.Pattern[str]:
    # Duties, benefits and services: "The role will involve:", "What we'd like to give you:",
    # "you will be responsible for:", "a provider of services to:".
    words = (
        r"responsib\w*|involve\w*|duties|duty|functions|tasks?|give you|offer\w*|benefits?"
        r"|in return|interview\w*|tested|assessed|selection|reasons?|why you should|why join"
        r"|rewards?|perks|provid\w*|services?|you will be doing|you'll be doing|day to day"
        r"|aufgaben|bieten|vorteile|you will get|you'll get|receive|entitled"
        # what joining brings: "By joining this team you will:"
        r"|by joining|when you join|once you join"
        # "The post holder will be required to:" leads into duties ("... required to have:"
        # into requirements).
        r"|(?:required|expected) to(?=\W*$)"
        rf"|{ROLE_HOLDS}|{FIRST_MONTHS}"
    )
    return re.compile(rf"(?<![a-z])(?:{_apostrophes(words)})(?![a-z])")


def _is_intro(line: str) -> bool:
    return _lead_in(line) == _INTRO


# What _lead_in makes of a line: a lead-in (_is_intro), else one that either way may be
# (_either_way), else neither.
_INTRO, _EITHER, _NEITHER = 2, 1, 0


def _lead_in(line: str) -> int:
    """_INTRO where _is_intro(line), else _EITHER where _either_way(line), else _NEITHER: the
    two read the same line with the same patterns, each read once here."""
    s = line.strip().rstrip("*_ ")
    if not s:
        return _NEITHER
    cues: list[str] | None = None
    away: bool | None = None  # _not_person_rx or _NICE at the end: the line leads elsewhere
    # It introduces what follows: ends with ':' or '…', asks, or is a short line left open.
    if len(s) <= 300:
        if s.endswith(";"):
            # "To succeed as a staff nurse you will;": a semicolon in place of the colon, only
            # with words that ask for something ("As a staff nurse you will;" leads into the
            # role). (No either-way line ends with a semicolon.)
            last = SENTENCE_BREAK.split(s)[-1]
            return _INTRO if asks(last) and not _leads_away(s) else _NEITHER
        opens = s.endswith((":", "…", "...", "?", ":-", ": -")) or (
            len(s) < 160 and not s.endswith((".", "!", ";", ","))
        )
        if opens:
            cues = [m.group() for m in _cue_rx().finditer(s)]
            if not (_only_you_will(s, cues) or _requirements_as_topic(s, cues)) and cues:
                away = _leads_away(s)
                if not away:
                    return _INTRO
    # _either_way: a lead-in that may open duties or requirements ("You will:", "The post
    # holder will:"): its items decide.
    if not s.endswith((":", "…", "...", ":-", ": -")) or len(s) > 160:
        return _NEITHER
    if away is None:
        away = _leads_away(s)
    if away:
        return _NEITHER
    if _HOLDER_WILL.search(s) is not None:
        return _EITHER
    if cues is None:
        cues = [m.group() for m in _cue_rx().finditer(s)]
    return _EITHER if _only_you_will(s, cues) else _NEITHER


def _leads_away(s: str) -> bool:
    """The lead-in `s` names duties, benefits or services, or its last clause a plus."""
    return _not_person_rx().search(s) is not None or _nice_at_end(s)


def _nice_at_end(s: str) -> bool:
    """_NICE finds a word in the last clause of `s` (_last_clause). (_NICE has no look-around:
    what it finds in a part of `s` it finds in `s`, so a line without any is not split.)"""
    return _NICE.search(s) is not None and _NICE.search(_last_clause(s)) is not None


# "Requirements" joined to another topic in a title: "Product Discovery & Requirements".
_TOPIC_AND_REQUIREMENTS = re.compile(r"\w[^\S\n]+(?:&|and|und)[^\S\n]+requirements?\W*$")


def _requirements_as_topic(s: str, cues: list[str]) -> bool:
    """A title that names requirements as a topic of the work beside another, open at its end
    ("1. Product Discovery & Requirements" over duties): requirements gathered, not asked of
    the candidate. (Heading words first, "Skills & Requirements", are headings of their own.)"""
    return (
        bool(cues)
        and all(c in ("requirements", "requirement") for c in cues)
        and not s.endswith(":")
        and _TOPIC_AND_REQUIREMENTS.search(s) is not None
    )


def _only_you_will(s: str, cues: list[str]) -> bool:
    """ "You will" alone leads into the role as often as into what is asked: "In this role
    you'll:", "you'll work in the following areas:". It asks when a word that asks follows
    ("you will need", "you'll have", "you will be:") or the line frames it ("To apply for this
    post, you will:")."""
    if not cues or not all(c.replace("’", "'") in ("you will", "you'll") for c in cues):
        return False
    return _you_will_asks_rx().search(s) is None and _FRAME.search(s) is None


_HOLDER_WILL = re.compile(r"(?:post ?holder|jobholder|job holder) will\W*$")


def _either_way(line: str) -> bool:
    """A lead-in that may open duties or requirements ("You will:", "The post holder will:"):
    its items decide. (Of a line that is no lead-in (_is_intro); see _lead_in.)"""
    s = line.strip().rstrip("*_ ")
    if not s.endswith((":", "…", "...", ":-", ": -")) or len(s) > 160:
        return False
    if _leads_away(s):
        return False
    return _HOLDER_WILL.search(s) is not None or _only_you_will(
        s, [m.group() for m in _cue_rx().finditer(s)]
    )


# First words of items that state what the candidate has or is, not what they will do.
_ASKING_FIRST = frozenset(
    [
        "have", "has", "be", "hold", "possess", "demonstrate", "show", "a", "an", "experience",
        "knowledge", "ability", "excellent", "good", "strong", "proven", "registered",
        "registration", "evidence", "qualified", "degree", "previous", "must",
    ]
)  # fmt: skip


def _lines(lower: str, pos: int, reach: int) -> Iterator[str]:
    """The lines of lower[pos : pos + reach], as splitting it at each line break gives them, cut
    one at a time: the readers stop after a few lines, where splitting the whole reach cost more
    than what they read."""
    end = min(len(lower), pos + reach)
    while (eol := lower.find("\n", pos, end)) >= 0:
        yield lower[pos:eol]
        pos = eol + 1
    yield lower[pos:end]


def _items_ask(lower: str, pos: int) -> bool:
    """At least two of the first three bullet items from `pos` start like requirements."""
    items: list[str] = []
    for raw in _lines(lower, pos, 2000):
        line = raw.strip()
        if not line:
            continue
        if line[0] not in _BULLET_SIGNS:
            break
        items.append(line.lstrip("".join(_BULLET_SIGNS) + " \t"))
        if len(items) == 3:
            break
    first = [i.split(maxsplit=1)[0] if i else "" for i in items]
    return len(items) >= 2 and sum(w in _ASKING_FIRST for w in first) >= 2


# First words of plain item lines (no bullet) that state what the candidate has or is.
PLAIN_ASKING_FIRST = _ASKING_FIRST | frozenset(
    ["able", "willing", "understanding", "commitment", "current", "full", "expertise", "advanced",
     "solid", "demonstrable", "demonstrated", "significant", "extensive", "thorough", "sound",
     "familiarity", "proficiency", "proficient", "fluent", "competent", "confident",
     "comfortable", "hands-on"]
)  # fmt: skip
# Words a line that wraps mid-sentence ends with: "...clear clinical reasoning and".
_WRAPPED_END = frozenset(
    ["and", "or", "of", "to", "the", "a", "an", "with", "in", "for", "be", "their", "your"]
)


@cache
def _asking_line_rx() -> re.Pattern[str]:
    # A line (no bullet) that starts with a word of an item that asks: "Have...", "Be able...".
    # Searched for after a newline, a literal, the search jumps from line to line.
    # The words as a trie: the engine reads a line's first letters once, not once a word.
    return re.compile(rf"\n[^\S\n]*(?:{lexicon.alternation(PLAIN_ASKING_FIRST)})(?![a-z])")


@cache
def _line_starts_rx() -> re.Pattern[str]:
    """_bullet_run_rx and _asking_line_rx as one pattern, so that the text is read once for both:
    the group "run" holds a run of bullets. At a line break at most one of the two matches (a
    bullet is no letter), and neither match holds the line break of a line the other one could
    start at, so the matches are those of the two patterns, merged in order."""
    run = _bullet_run_rx().pattern.removeprefix(r"\n")
    asking = _asking_line_rx().pattern.removeprefix(r"\n")
    # Gated (rx_first.line_start_gate): only a line that starts with a blank, a bullet sign or
    # the first letter of an asking word is read further; blank lines and most others are not.
    marks = rx_first.BLANKS + "".join(re.escape(c) for c in sorted(_BULLET_SIGNS))
    gate = rx_first.line_start_gate(marks, [lexicon.alternation(PLAIN_ASKING_FIRST)])
    return re.compile(rf"\n{gate}(?:(?P<run>{run})|{asking})")


def _plain_intro(line: str, lower: str, items: int) -> bool:
    """`line` is a lead-in and the plain lines from `items` on are its items."""
    first = line.lstrip()[:1]
    if not first or first in _BULLET_SIGNS or not _plain_lead_in(line):
        return False
    # The lead-in's patterns first: fewer lines pass them (about one in six, against one in
    # three whose lines below read as items), and they cost less than reading those lines.
    return _lead_in(line) != _NEITHER and _plain_items_ask(lower, items)


def _plain_lead_in(line: str) -> bool:
    """A line that may lead into plain items: it ends with a colon, a semicolon or a question
    mark, or is a line of a heading's length left open that is neither an item itself ("Must
    have a car", "Advanced SQL skills and experience with CI/CD and Azure DevOps") nor the first
    part of a sentence that wraps onto the next line ("...clear clinical reasoning and")."""
    s = line.strip().rstrip("*_ ")
    if s.endswith((":", "?", "…", ":-", ";")):
        return True
    if len(s) > 50:
        return False  # before splitting: most lines read here are longer
    words = s.split()
    return bool(words) and words[0] not in PLAIN_ASKING_FIRST and words[-1] not in _WRAPPED_END


# A line of a sentence's length that ends on what follows it, with no stop: "… if you have the
# following skills, knowledge and experience".
_FOLLOWING_LINE = re.compile(
    r"^(?P<line>[^\n\-•·*–][^\n]{0,200}?\bthe following(?:[ \t]+[a-z][a-z ,&/'’-]{0,60})?)[ \t]*$",
    re.MULTILINE,
)


def _following_lines(lower: str) -> Iterator[re.Match[str]]:
    """_FOLLOWING_LINE.finditer(lower), read only at the starts of the lines that hold "the
    following": its matches are whole lines, one at most a line, and it tried every offset."""
    line_end = -1
    at = lower.find("the following")
    while at >= 0:
        if at > line_end:
            start = lower.rfind("\n", 0, at) + 1
            m = _FOLLOWING_LINE.match(lower, start)
            if m is not None:
                yield m
            line_end = lower.find("\n", at)
            if line_end < 0:
                return
        at = lower.find("the following", at + 1)


def _plain_items(lower: str, pos: int) -> list[str]:
    """The first plain items (no bullet, one sentence or phrase each, not a lead-in) in the
    lines from `pos` on, up to three."""
    items: list[str] = []
    for raw in _lines(lower, pos, 1500):
        line = raw.strip()
        if not line:
            continue
        if line[0] in _BULLET_SIGNS or len(line) > 220 or line.endswith((":", "?")):
            # A bullet, prose, another lead-in or a question ("Are you interested in...?").
            break
        if ". " in line.rstrip(". ") or "? " in line or "! " in line:
            break
        items.append(line)
        if len(items) == 3:
            break
    return items


def _plain_items_ask(lower: str, pos: int) -> bool:
    """The lines from `pos` on hold two or more plain items (no bullet, one sentence each) and
    at least two of the first three start like requirements ("Have...", "Be able to...")."""
    items = _plain_items(lower, pos)
    first = [i.split(maxsplit=1)[0].strip(",;") for i in items]
    return len(items) >= 2 and sum(w in PLAIN_ASKING_FIRST for w in first) >= 2


_FRAME = re.compile(
    r"apply|succe|to join|consider|eligib|ideal|essential|qualif|requir|excel|thrive|do well"
)


@cache
def _you_will_asks_rx() -> re.Pattern[str]:
    asks = (
        r"need|have|bring|possess|hold|demonstrate|show|ideally|already|be able"
        r"|be(?=\W*$|\s+(?:a|an)\b)"
    )
    return re.compile(rf"you(?:['’]ll| will)(?:\s+also)?\s+(?:{asks})\b")


@cache
def _asks_rx() -> re.Pattern[str]:
    words = (
        r"succe\w*|you will need|you'll need|you will have|you'll have|you should|you must"
        r"|you need|looking for|essential|requirements?|criteria|qualifications|required|skills"
        # Whoever is asked: "The job holder will have;", "Applicants should possess:".
        r"|(?:will|should|must) (?:have|need|hold|possess)"
    )
    return re.compile(rf"(?<![a-z])(?:{_apostrophes(words)})(?![a-z])")


def asks(line: str) -> bool:
    """The line (lower case) names what is asked of the candidate, not only who does what:
    "To succeed in this post you will have", "Essential requirements", "we are looking for"."""
    return _asks_rx().search(line) is not None


def intros(doc: Doc) -> list[int]:
    """Sorted line starts of the lead-in lines that open a must-have list."""
    memo = doc.memo.get("req_intros")
    if isinstance(memo, list):
        return memo
    lower = doc.lower
    out: list[int] = []
    runs: list[int] = []  # where each run of bullets starts (its line break)
    asking: list[int] = []  # where each line that starts like an item that asks starts
    for m in _line_starts_rx().finditer(lower):
        (runs if m.start("run") >= 0 else asking).append(m.start())
    seen = -1
    # The first bullet of each run: a bullet right under another has no lead-in above it.
    for run in runs:
        # The last non-blank line before the bullet, if it is not a bullet itself.
        end = run
        while end > 0 and lower[end - 1] in " \t\n\r":
            end -= 1
        start = lower.rfind("\n", 0, end) + 1
        if start == seen:
            continue
        seen = start
        line = lower[start:end]
        first = line.lstrip()[:1]
        if not first or first in _BULLET_SIGNS:
            continue
        kind = _lead_in(line)
        if kind == _INTRO or (kind == _EITHER and _items_ask(lower, run + 1)):
            out.append(start)
    # "The successful applicant will:", "Candidate requirements" with plain lines under it ("Be
    # able to demonstrate...", "Have an excellent record of..."): pages that lose the bullets.
    # Only when the lines under the lead-in read as what is asked.
    # Read from the items up: each line that starts like an item that asks, and the two lines
    # above it (the first item need not start so: "Masters degree", then "Excellent skills").
    tried = set(out)
    for at in asking:
        item = at + 1
        for _ in range(2):
            end = item - 1
            while end > 0 and lower[end - 1] in " \t\n\r":
                end -= 1
            start = lower.rfind("\n", 0, end) + 1
            if end <= 0 or end - start > 300:
                break
            if start not in tried:
                tried.add(start)
                if _plain_intro(lower[start:end], lower, item):
                    out.append(start)
                    break
            item = start
    # "You'll be a great addition if you have the following skills and experience" over plain
    # lines: a lead-in that names what follows, open at its end, needs no items that start
    # like requirements ("Strong SQL …", "Data modelling …").
    # (The line ends on "following" or goes on after a blank: "following" is a word of the ad.)
    if "following" in doc.vocab:
        for m in _following_lines(lower):
            line = m["line"]
            if (
                m.start("line") not in out
                and _is_intro(line)
                and len(_plain_items(lower, m.end())) >= 2
            ):
                out.append(m.start("line"))
    if "1" in doc.vocab and "2" in doc.vocab:
        # (Items numbered 1 and 2 under the paragraph: both numbers are words of the ad.)
        out.extend(_paragraph_lead_ins(lower, out))
    # "Band 5 Essential requirements:", "Nursing Essential Criteria:": a label whose heading
    # words come after a grade or a field, with the items (bullets or plain lines) below it.
    # The heading words come from the word index; only those right before a colon (at most
    # one word between) are read further.
    for word in QUALIFIED_WORDS.intersection(doc.vocab):
        for at in doc.positions(word):
            colon = lower.find(":", at + len(word), at + len(word) + 20)
            if colon < 0 or len(lower[at + len(word) : colon].split()) > 1:
                continue
            start = lower.rfind("\n", 0, at) + 1
            words = lower[start:at].split()
            eol = lower.find("\n", colon)
            rest = lower[colon + 1 : len(lower) if eol < 0 else eol].strip(" \t·•–-")
            line = lower[start : colon + 1]
            if (
                1 <= len(words) <= 3
                and not rest
                and not _NICE.search(line)
                and not _not_person_rx().search(line)
            ):
                out.append(start)
    if len(out) > 1:
        out = sorted(set(out))
    doc.memo["req_intros"] = out
    return out


# A line that ends with a colon, right above an item numbered 1 and, further on, item 2.
_COLON_OVER_NUMBERS = re.compile(
    r":[ \t]*\n(?:[^\S\n]*\n)*[^\S\n]*\(?1[.)][ \t][^\n]*\n(?:[^\S\n]*\n)*[^\S\n]*\(?2[.)][ \t]"
)
# Past this length a line is a paragraph: only its last sentence can lead into the items.
_PARAGRAPH = 300
# Where a VA ad's grade determinations start: the lists after them are read as such (req_inline).
_DETERMINATIONS = re.compile(r"grade determinations?\b")


def _paragraph_lead_ins(lower: str, found: list[int]) -> list[int]:
    """Starts of paragraphs too long to be a lead-in whose last sentence is one, over items
    numbered 1, 2, … ("… must be comparable to a four-year course. In addition, candidate must
    possess:" over "1. …", "2. …"): the paragraph opens the list. Not a paragraph that is an
    item itself ("- One year of … TARGET LEVEL: candidate must:"), nor one after a VA ad's
    grade determinations (one grade's KSAs, which req_inline reads)."""
    out: list[int] = []
    if ":" not in lower:
        return out
    determinations: int | None = None
    for m in _COLON_OVER_NUMBERS.finditer(lower):
        start = lower.rfind("\n", 0, m.start()) + 1
        line = lower[start : m.start() + 1]
        head = line.lstrip()[:2]
        if len(line) <= _PARAGRAPH or start in found or not head or head[0] in _BULLET_SIGNS:
            continue
        if head[0].isdigit() or head[0] == "(":
            continue
        last = SENTENCE_BREAK.split(line)[-1]
        if len(last) == len(line) or not _is_intro(last):
            continue
        if determinations is None:
            d = _DETERMINATIONS.search(lower)
            determinations = len(lower) if d is None else d.start()
        if determinations < start:
            continue
        out.append(start)
    return out


# Words of a nice-to-have lead-in: "Desired Qualifications", "Von Vorteil wäre:", "Optional".
_NICE = re.compile(
    r"desirab|desired|preferr|preferabl|nice|bonus|advantag|plus|beneficial|wünschenswert"
    r"|von vorteil|optional"
)


def nice_lead_in(line: str) -> bool:
    """A lead-in to the nice-to-haves: "It will be highly beneficial if you have:", "The
    following experience is desirable", "It would be an advantage if you also have:"."""
    s = line.strip().rstrip("*_ ")
    if not s or len(s) > 160 or s[0] in _BULLET_SIGNS:
        return False
    if not s.endswith((":", "…", "...", ":-")) and "the following" not in s:
        # "Must be a confident IT user (RiO would be an advantage)" is an item.
        return False
    if _NICE_LEAD.search(s) is None:
        # None in the line, none in its last clause (a clause starts after a blank or after
        # "however"/"but" and a non-letter, so the look-behind reads the same there).
        return False
    last = _last_clause(s)
    return _NICE_LEAD.search(last) is not None and (
        _cue_rx().search(last) is not None or _IF_YOU.search(last) is not None
    )


def _last_clause(s: str) -> str:
    """The part of a lead-in that leads into the items: its last sentence, after "however" or
    "but" ("Whilst X would be beneficial, it isn't essential. What is essential is that you
    are:", "A qualification would be advantageous however the successful candidate will
    have:")."""
    return _CLAUSE_BREAK.split(s)[-1]


# Not at "but not": "desirable but not essential" negates the must, it does not turn to one.
_CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<![a-z])(?:however|but)(?![a-z])(?![^\S\n]+not\b)")


# The words of a nice-to-have lead-in, whole ("a nice team" is none).
_NICE_LEAD = re.compile(
    r"(?<![a-z])(?:desirab\w*|desired|preferr\w*|preferabl\w*|nice[ -]to[ -]have|bonus"
    r"|advantag\w*|a plus|beneficial|optional)(?![a-z])"
)
_IF_YOU = re.compile(r"(?<![a-z])if you(?![a-z])")


# Heading words that may follow a grade or a field: "Band 5 Essential requirements:".
QUALIFIED_WORDS = frozenset(
    ["essential", "requirement", "requirements", "criteria", "qualifications", "specification"]
)


def next_intro(doc: Doc, pos: int) -> int:
    """The first lead-in line at or after `pos`, or -1."""
    found = intros(doc)
    i = bisect.bisect_left(found, pos)
    return found[i] if i < len(found) else -1
