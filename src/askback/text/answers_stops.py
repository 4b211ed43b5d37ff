"""Measures that stopped, and plans dated in the future, for the answer analyzer (EN and DE).

"Three launches were stopped" is a review doing its job; "the ethics review was dropped" is the
measure itself ending. The verb is the same, so what stopped decides: a measure (a programme,
a review, a network, mentoring, a report) is a failure, a model or a launch is a deed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from askback.text.answers_de import CLAUSE

# What a measure is called, in either language (German compounds match inside the word).
_MEASURE = re.compile(
    r"(?:programme|program|scheme|initiative|network|\berg\b|resource group|council|board|"
    r"committee|review|audit|check|survey|training|mentoring|mentorship|sponsorship|coaching|"
    r"workshop|returnship|report|bands?\b|policy|group|circle|guild|forum|sessions?\b|"
    r"meetings?\b|calibration|panel|process|office hours|pay gap|meetup|lunch|club|community|"
    r"stammtisch|treff|austausch|zirkel|analys[ei]s?|auswertung|screening|quota|quote|anonymi[sz]|"
    r"programm|netzwerk|prüfung|schulung|umfrage|befragung|bericht|beirat|arbeitskreis|"
    r"gremium|runde|kreis|bänder|richtlinie|stelle|beauftragte|sprechstunde|treffen|"
    r"veröffentlich|publish|tracking|measuring|doing (?:it|that|this|so)|"
    # Working conditions that are measures too: "flexible hours were scrapped", "die
    # Gleitzeit wurde abgeschafft", "the four-day week was dropped".
    r"flexib|remote work|hybrid|home ?office|four-day week|4-day week|job ?shar|"
    r"(?:parental|maternity|paternity|shared parental|carer'?s'?) leave|childcare|"
    r"gleitzeit|elternzeit|teilzeit|kita|vier-tage-woche|4-tage-woche|viertagewoche|"
    r"vertrauensarbeitszeit|sabbatical|"
    r"\bit\b(?= (?:after|when|once|because|last|in \d))|\bthat\b(?= (?:after|when|once)))"
)
# What a review stops when it works: the thing stopped is not the measure.
_REVIEWED = re.compile(
    r"(?:model|launch|release|deploy|feature|product|project|use case|use-case|campaign|"
    r"rollout|roll-out|pipeline|experiment|dataset|system|tool|vendor|contract|deal|"
    r"modell|projekt|produkt|einsatz|anwendung|system|werkzeug|datensatz)"
)
_STOP_EN = re.compile(
    r"\b(?:stopped|dropped|cancell?ed|discontinued|disbanded|scrapped|abandoned|shelved|axed|"
    r"paused|ended|killed|abolished|defunded|deprioriti[sz]ed|wound down|shut down|"
    r"put on hold|mothballed|gave up(?: on)?|folded|dissolved|sunset|sunsetted|lapsed|"
    # Stopped without anyone stopping it: "the pay audit stalled when our HR lead left".
    r"stalled|petered out|fizzled(?: out)?|ground to a halt|fell apart|fell through|"
    r"fell by the wayside|died (?:out|off|down)|ran out of steam|"
    # Cut as a whole, said in the passive: "the top-up was cut in the budget round"; not a
    # figure cut down ("the gap was cut by half", "cut in half").
    r"(?:(?<=was )|(?<=were )|(?<=got )|(?<=been ))cut(?!\s+(?:by|in\s+half|down|to|from)\b))\b"
)
# After an intransitive or passive stop comes a time or a reason, not an object.
_NO_OBJECT = re.compile(
    r"\s*(?:$|[^\w\s]|w/|(?:19|20)\d{2}\b|(?:when|after|once|because|as|in|last|at|during|with|due|following|since|before|"
    r"and|but|so|then|for good|indefinitely|quietly|eventually|completely|altogether|again|"
    r"(?:\w+ ){0,2}(?:years?|months?|weeks?) ago)\b)"
)
# Told as gone: "used to", "no longer", "never replaced", "hasn't met since".
_EN_GONE = re.compile(
    r"\b(?:used to (?:have|be|run|do|hold|publish|offer|meet)|(?:there )?(?:was|were) once|"
    r"no longer|any ?more|(?:nobody|no one|noone) (?:uses|runs|owns|reads|attends|organi[sz]es)|"
    r"(?:been|is|are|sits|remains|stayed|stays|went) (?:\w+ )?(?:vacant|unfilled|empty|unstaffed)|"
    r"(?:never|not) (?:been )?(?:filled|replaced|restarted|"
    r"resumed|revived|refilled|renewed|updated|refreshed|republished|picked up again)|"
    r"left (?:vacant|unfilled|empty)|"
    r"(?:hasn't|has not|haven't|have not|hadn't) (?:met|run|happened|been (?:run|held|used|"
    r"updated|done|published|renewed))(?: \w+){0,2} (?:since|in)|"
    r"(?:didn't|did not|never) (?:survive|last|outlive)|went away|was let go|died|"
    r"(?:went|is|are|has been|have been|fell) (?:now |largely |mostly )?(?:dormant|inactive)|"
    r"(?:has|have) gone quiet|(?:hasn't|has not|haven't|have not|never|didn't|did not) "
    r"(?:come|came) back|(?:was|were) never (?:brought back|revived|restarted)|"
    r"now there(?:'s| is) nothing|there(?:'s| is) nothing (?:now|left|any ?more|since)|"
    # In note form: "mentoring stopped w/ sponsor leaving, nothing since".
    r"nothing (?:since|after(?:wards)?|in its place))\b"
)
_STOP_DE = frozenset(
    {
        "abgeschafft",
        "beendet",
        "gestrichen",
        "aufgelöst",
        "aufgegeben",
        "gestoppt",
        "abgebrochen",
        "ausgesetzt",
        "pausiert",
        "abgesagt",
        "eingefroren",
        "zurückgefahren",
        "abgewickelt",
        "eingestampft",
        "gekippt",
        "gekürzt",
    }
)
_DE_GONE = re.compile(
    r"\b(?:früher gab es|gab es (?:mal|früher|einmal)|gab es bis|(?:nie|nicht) (?:mehr )?"
    r"(?:nachbesetzt|wiederbelebt|neu aufgelegt|wieder aufgenommen|wieder eingeführt|"
    r"zurückgekommen|wiedergekommen|ersetzt)|(?:ist|bleibt|blieb) "
    r"(?:[\w-]+ ){0,4}(?:unbesetzt|vakant|verwaist)|nicht mehr (?:\w+ ){0,3}"
    r"(?:getroffen|stattgefunden|gemacht|gemessen|veröffentlicht|durchgeführt|angeboten|"
    r"gegeben)|(?:trifft|treffen|tagt|tagen) (?:sich )?(?:seit (?:\w+ ){1,2})?nicht mehr|"
    r"(?:ist|sind) weg(?:gefallen)?\b|gibt es (?:[\w-]+ ){0,3}nicht mehr|"
    r"existier\w+ (?:[\w-]+ ){0,3}nicht mehr|ausgelaufen|(?:ruht|ruhen)\b|"
    r"passiert (?:[\w-]+ ){0,3}nichts mehr)"
)
# A pilot or a trial may end as planned; one that "never came back" is a measure gone.
_GONE_WHAT = re.compile(
    _MEASURE.pattern + r"|\b(?:role|position|post|seat|job|rolle|pilot|trial)\b"
)
# "We had Pride events until 2021": a measure or an event that ran until a year gone by.
_UNTIL = re.compile(
    r"\b(?:had|ran|held|offered|published|did) (?:[\w'-]+ ){0,5}until (?:19|20)\d{2}\b"
)
_EVENT = re.compile(r"\bevents?\b|veranstaltung")
_PRONOUN = re.compile(r"\s*(?:it|them|that|this)\b")
_TRIED = re.compile(r"\b(?:tried|trialled|trialed|piloted|tested|for a while|at first|initially)\b")
_DE_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]*")
_DE_PREPOSITIONS = frozenset(
    {
        *("nach", "wegen", "mit", "in", "im", "bei", "beim", "aus", "für", "von", "vom", "seit"),
        *("zum", "zur", "zu", "an", "am", "auf", "über", "unter", "vor", "während", "durch"),
        *("gegen", "ohne", "um", "bis", "trotz"),
    }
)
_DE_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"wir", "es", "sie"}
)
_YEAR = re.compile(r"\b(20\d{2})\b")
_DE_AUX = frozenset({"wurde", "wurden", "worden", "haben", "hat", "hatten"})
# "but it stopped when …", "they were dropped": a pronoun stands for what stopped.
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they|that|this)\s+(?:(?:was|were|has|have|had|got|been|just|quietly|then"
    r"|eventually|simply|kind of)\s+){0,2}$"
)
# What was there before, when it is a problem, is gone for the better: "used to have a pay gap".
_PROBLEM_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|some|lots of|many|high|big|huge|serious|real|large|bad|constant)\s+){0,3}"
    r"(?:[\w-]+\s+)?(?:gap|problem|issue|overtime|attrition|turnover|churn|complaints?|bias"
    r"|backlog|crunch|burnout)s?\b"
)
# Who stops a measure, said as the subject of an active clause (the nouns are lower case).
_AGENT = re.compile(
    r"(?:beauftragte\w*|leiter\w*|leitung|betriebsrat|personalrat|vorstand|geschäftsführ\w*"
    r"|chef\w*|personalabteilung|kommission|ausschuss|ceo|cfo|coo|cto|cpo|management|inhaber\w*"
    r"|gründer\w*|eigentümer\w*|konzern\w*|chefetage)$"
)


# How far back, in characters, a pronoun's noun is looked for.
_BEFORE_REACH = 120


def _de_arguments(clause: str) -> list[str]:
    """The nouns of a German clause that can be what stopped: not those after a preposition
    ("nach der Mitarbeiterbefragung", "aus allen Datenstellen" say when or where)."""
    out: list[str] = []
    after_preposition = False
    for w in _DE_WORD.finditer(clause):
        word = w.group()
        low = word.lower()
        if low in _DE_PREPOSITIONS:
            after_preposition = True
        elif word[0].isupper() and low not in _DE_ARTICLES:
            if not after_preposition:
                out.append(low)
            after_preposition = False
    return out


# A semicolon joins clauses of one sentence: the subject of the first carries over ("The ERG was
# active until 2022; nobody runs it now").
_SENTENCE_MARK = re.compile(r"[.!?] |\n")


class _Sentences:
    """The sentence around a position: it starts just after the last ". ", "! ", "? " or
    line break that ends before the position (0 when none) and ends at the next one. The marks
    are found once per text, and what a pattern finds in a sentence is searched once per
    sentence, so a long sentence of many clauses is not read again for each clause."""

    def __init__(self, text: str) -> None:
        self.text = text
        marks = [(m.start(), m.end()) for m in _SENTENCE_MARK.finditer(text)]
        self.ends = [e for _, e in marks]
        self.starts = [s for s, _ in marks]
        self.first: dict[tuple[re.Pattern[str], int, int], re.Match[str] | None] = {}

    def start(self, at: int) -> int:
        # A mark counts when its first character lies before `at`: a clause that starts at the
        # space of ". " belongs to the new sentence, not the one the mark ends.
        i = bisect_left(self.starts, at)
        return self.starts[i - 1] + 1 if i else 0

    def has(self, rx: re.Pattern[str], at: int, end: int) -> bool:
        """Whether `rx` matches within text[sentence start : end], for a clause at `at`; `end` is
        the clause's end or the start of a word in it, where a match ends the same way whether
        or not the text goes on."""
        start = self.start(at)
        i = bisect_right(self.starts, at)
        stop = max(self.starts[i] if i < len(self.starts) else len(self.text), end)
        key = (rx, start, stop)
        if key not in self.first:
            self.first[key] = rx.search(self.text, start, stop)
        m = self.first[key]
        if m is None or m.start() >= end:
            return False
        # A match that runs past `end` may have a shorter one inside: ask the exact question.
        return m.end() <= end or rx.search(self.text, start, end) is not None


def stops(notes: str) -> list[tuple[int, int, str]]:
    """Spans where a measure stopped, ended or went away: (start, end, "failure").

    A stop whose subject or object is a model, launch or project is a review's deed and is
    left to the deed patterns.
    """
    lower = notes.lower()
    sentences = _Sentences(lower)
    out: list[tuple[int, int, str]] = []
    for c in CLAUSE.finditer(lower):
        clause = c.group()
        for m in _STOP_EN.finditer(clause):
            after = clause[m.end() : m.end() + 40]
            pronoun = _PRONOUN.match(after)
            at = c.start() + m.start()
            if _NO_OBJECT.match(after):
                # "the ethics review was dropped after …"
                what = lower[max(c.start(), at - 60) : at]
                if not what.strip() and c.start() and lower[c.start() - 1] in ":–—":
                    # In note form, what stopped is the label before it: "ERG: stopped".
                    what = lower[max(sentences.start(c.start()), at - 60) : at]
                if _PRONOUN_SUBJECT.search(what):
                    # "We had an ERG, but it stopped when the founder left": what "it" was is
                    # earlier in the sentence.
                    if sentences.has(_REVIEWED, c.start(), at):
                        continue
                    if sentences.has(_MEASURE, c.start(), at):
                        out.append((at, c.start() + m.end(), "failure"))
                        break
                if _TRIED.search(what) or sentences.has(_TRIED, c.start(), at):
                    # "We tried blind CV screening but gave up after two months": what was
                    # tried and given up was a measure.
                    what += " doing it"
            elif pronoun and _NO_OBJECT.match(after, pronoun.end()):
                # "we tried blind screening for a while, then abandoned it": what "it" was is
                # earlier in the sentence (searched once per sentence, not sliced per stop).
                if sentences.has(_REVIEWED, c.start(), at):
                    continue
                if sentences.has(_TRIED, c.start(), at) or sentences.has(_MEASURE, c.start(), at):
                    out.append((at, c.start() + m.end(), "failure"))
                    break
                continue
            else:
                what = after  # "we scrapped the returnship", "the board stopped two models"
            if _REVIEWED.search(what) or not _MEASURE.search(what):
                continue
            out.append((c.start() + m.start(), c.start() + m.end(), "failure"))
            break
        # "We no longer ask for salary history" is a change for the better: only a measure,
        # or a role, that went away is a failure.
        if sentences.has(_GONE_WHAT, c.start(), c.end()) and not sentences.has(
            _REVIEWED, c.start(), c.end()
        ):
            for rx in (_EN_GONE, _DE_GONE):
                for m in rx.finditer(clause):
                    if _PROBLEM_AFTER.match(clause, m.end()):
                        continue  # "we used to have a pay gap of 14%": the problem is gone
                    out.append((c.start() + m.start(), c.start() + m.end(), "failure"))
        until = _UNTIL.search(clause)
        if (
            until
            and (_GONE_WHAT.search(clause) or _EVENT.search(clause))
            and not _REVIEWED.search(clause)
        ):
            out.append((c.start() + until.start(), c.start() + until.end(), "failure"))
        words = list(re.finditer(r"[a-zäöüß]+", clause))
        lows = {w.group() for w in words}
        nouns = _de_arguments(notes[c.start() : c.end()]) if lows & _STOP_DE else []
        if lows & _STOP_DE and not nouns and lows.isdisjoint(_DE_AUX):
            # "Wir haben die Vier-Tage-Woche getestet, aber … wieder abgeschafft": the
            # auxiliary and the object stand in the clause before, in the same sentence.
            head = notes[sentences.start(c.start()) : c.start()]
            lows = lows | set(re.findall(r"[a-zäöüß]+", head.lower()))
            nouns = _de_arguments(head)
        if lows & _STOP_DE and lows & _DE_AUX:
            if lows.isdisjoint({"wurde", "wurden", "worden", "sich"}):
                # Active voice: the first person or body named is who stopped it, not what
                # stopped ("Die Gleichstellungsbeauftragte hat zwei Verfahren gestoppt"); a
                # second is the object ("die Geschäftsführung hat die Beauftragte gestrichen").
                agent = next((i for i, n in enumerate(nouns) if _AGENT.search(n)), None)
                if agent is not None:
                    nouns = nouns[:agent] + nouns[agent + 1 :]
                    if not nouns:
                        # "Früher hatten wir Gehaltsbänder, die hat der neue CEO abgeschafft":
                        # the object is a pronoun for a noun of the clause before.
                        # (The clause before, not a whole sentence of clauses read again.)
                        lo = max(sentences.start(c.start()), c.start() - _BEFORE_REACH)
                        nouns = _de_arguments(notes[lo : c.start()])
            if any(_MEASURE.search(n) for n in nouns) and not any(
                _REVIEWED.search(n) for n in nouns
            ):
                w = next(w for w in words if w.group() in _STOP_DE)
                out.append((c.start() + w.start(), c.start() + w.end(), "failure"))
    return out


def future_years(notes: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Years after this one ("in 2031", "ab 2031"): whatever the tense, a plan, not a result."""
    this_year = (today or date.today()).year
    return [
        (m.start(), m.end(), "future") for m in _YEAR.finditer(notes) if int(m.group(1)) > this_year
    ]


# A start told in the present beside a date is a schedule: "we're launching an ERG in Q3",
# "im Herbst führen wir Gehaltsbänder ein", "our first pay audit is in September".
_START_NOW = re.compile(
    r"\b(?:launching|introducing|rolling out|starting|setting up|kicking off|bringing in|piloting|"
    r"starts|begins|launches|kicks off|goes live|opens|comes|"
    r"first [\w -]{1,30} (?:is|takes place|happens|runs)|"
    r"starten|startet|beginnt|beginnen|kommt|kommen|geht [\w -]{0,20}(?:live|los|an den start)|"
    r"(?:führen|führt|bauen|baut|richten|richtet|setzen|setzt|rollen|rollt|legen|legt) "
    r"[\w -]{0,40}\b(?:ein|auf|aus|los))\b"
)
_WHEN = re.compile(
    r"\b(?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|januar|februar|märz|mai|juni|juli|oktober|dezember|spring|summer|autumn|fall|"
    r"winter|frühjahr|frühling|sommer|herbst|quartal|quarter|halbjahr)\b"
)
_PAST = re.compile(
    r"\b(?:last|ago|since|seit|letzte\w*|vergangene\w*|vorige\w*|haben|hat|hatte\w*|wurde\w*|"
    r"was|were|did|had|every|each|jede\w*|jährlich|annually|already|bereits|schon)\b"
)


def scheduled(notes: str) -> list[tuple[int, int, str]]:
    """A start in the present tense with a month, season or quarter and nothing past: a plan."""
    lower = notes.lower()
    out: list[tuple[int, int, str]] = []
    for c in CLAUSE.finditer(lower):
        clause = c.group()
        start = _START_NOW.search(clause)
        if start and _WHEN.search(clause) and not _PAST.search(clause):
            out.append((c.start() + start.start(), c.start() + start.end(), "future"))
    return out


# Done for the last time years ago: "our diversity report was last published in 2021", "the
# last pay audit was in 2019", "die Lohnanalyse wurde zuletzt 2020 gemacht". A measure that
# has not run for more than a year is one that stopped, told politely.
_LAST_DONE = re.compile(
    r"\blast (?:published|run|held|done|updated|conducted|carried out|reviewed|audited|met|"
    r"surveyed|refreshed|offered|renewed|ran|did|sent(?: out)?)(?: (?!in\b)[\w-]+){0,3}?"
    r"(?: (?:back )?in)? (?:(?:early|mid|late) )?"
    r"(?P<y>(?:19|20)\d{2})\b"
    r"|\bthe last (?:one|time|[\w-]+)(?: [\w-]+){0,5}? (?:was|happened|ran|took place) "
    r"(?:back )?(?:in )?(?P<y2>(?:19|20)\d{2})\b"
    r"|\bzuletzt (?:im jahr |in |anfang |mitte |ende )?(?P<y3>(?:19|20)\d{2}) "
    r"(?:[\wäöüß]+ )?(?:veröffentlicht|durchgeführt|gemacht|erhoben|aktualisiert|angeboten|"
    r"gemessen|geprüft|getroffen|abgehalten)\b"
    r"|\b(?:der|die|das) letzte (?:[\wäöüß-]+ )?(?:war|fand|lief) (?:[\wäöüß]+ )?(?:im jahr |in )?"
    r"(?P<y4>(?:19|20)\d{2})\b"
)


def lapsed(notes: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """A measure last done more than a year before this one: (start, end, "failure")."""
    lower = notes.lower()
    if "last" not in lower and "letzt" not in lower:
        return []
    this_year = (today or date.today()).year
    out: list[tuple[int, int, str]] = []
    for m in _LAST_DONE.finditer(lower):
        year = int(next(y for y in m.group("y", "y2", "y3", "y4") if y))
        if year < this_year - 1:
            out.append((m.start(), m.end(), "failure"))
    return out
