"""German word order and word forms for the answer analyzer.

A German clause keeps its verb parts apart ("2022 haben wir ein Mentoring eingeführt",
"…, nachdem wir es eingeführt haben") and splits separable verbs ("führen … durch"), so a deed
cannot be listed as fixed phrases the way "we introduced" can. This module reads a clause the
German way: an auxiliary (haben, wurde) and a past participle anywhere in the same clause.

German writes nouns with a capital letter and participles without one, so the notes' own case
tells a participle ("eingeführt") from a noun that looks like one ("Angebot", "Budget").
"""

from __future__ import annotations

import re

from askback.text.doc import lowered

# Clause ends: German sets off every subordinate clause with a comma.
# "80.000 Euro", "3,1 %": a separator between digits does not end a clause.
CLAUSE = re.compile(r"(?:[^.;:!?,()\n–—]|(?<=\d)[.,](?=\d))+")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")

# Auxiliaries of a finished action: the perfect (haben) and the past passive (wurde, worden).
_PERFECT = frozenset({"haben", "hat", "hatten", "hatte", "habe"})
_PASSIVE = frozenset({"wurde", "wurden", "worden"})
_AUX = _PERFECT | _PASSIVE
_NEGATION = frozenset({"nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "kaum"})

# Participles of talk, wishes and plans: "wir haben darüber gesprochen" is not a deed.
_NOT_DEEDS = frozenset(
    [
        "geplant",
        "gehofft",
        "gedacht",
        "überlegt",
        "vorgenommen",
        "gesprochen",
        "besprochen",
        "diskutiert",
        "gesagt",
        "gehört",
        "gewünscht",
        "versucht",
        "ergeben",
        "gegeben",
        "gewollt",
        "gemusst",
        "gekonnt",
        "gelassen",
        "gesehen",
        "vorgeschlagen",
        "angedacht",
        "angesprochen",
        "angekündigt",
        "versprochen",
        "gefragt",
        "erwähnt",
        "bemerkt",
        "gemerkt",
        "gewesen",
        "gehabt",
        "erlebt",
        "verstanden",
        "gelernt",
        "gefunden",
        "gemeint",
        "beobachtet",
        "bekommen",
        "erzählt",
        "erfahren",
        "überzeugt",
        "bewusst",
        "bekannt",
        "beliebt",
        "betont",
        "begrüßt",
        "erwartet",
        # a message about it is talk too: "hat eine Rundmail dazu geschickt"
        "geschickt",
        "verschickt",
        "gepostet",
        "gemailt",
        "kommuniziert",
        "verkündet",
    ]
)

# A past participle: ge-…-t/-en, a separable prefix before ge- (ein-ge-führt), or an
# inseparable prefix with no ge- (über-prüft, ver-öffentlicht, be-schlossen).
_PARTICIPLE = re.compile(
    r"(?:[a-zäöüß]{0,8}ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|über|unter|miss)[a-zäöüß]{2,}(?:t|en))"
)
# Infinitives and present forms that the pattern above would also take.
_NOT_PARTICIPLES = frozenset({"geben", "gehen", "gelten", "genießen", "gewinnen", "gestalten"})

# "eingestellt" is hired or stopped: a count or people in the clause make it a hire, unless
# they only stand after a preposition ("das Mentoring für Frauen wurde eingestellt").
_PEOPLE = re.compile(
    r"\b(?<!für )(?<!von )(?<!mit )(?<!an )(?<!bei )(?<!über )(?<!unter )(?<!zu )"
    r"(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|frau|frauen"
    r"|mann|männer|person|personen|leute|menschen|kolleg\w*|mitarbeit\w*|bewerber\w*|absolvent\w*"
    r"|quereinsteiger\w*|azubis?|auszubildende\w*|trainees?|werkstudent\w*|praktikant\w*"
    r"|\w*(?:entwickler|analyst|scientist|engineer|ingenieur|berater|manager)\w*|\w+innen)\b"
)

# "Jede Stellenanzeige", "bei jeder Einstellung", "jedes neue Modell": a rule applied to every
# case; the noun's capital letter tells it from "jeder ist willkommen".
_EVERY = re.compile(
    r"\b[Jj]ede[rnsm]? (?:neue[nrsm]? |einzelne[nrsm]? |geplante[nrsm]? )?([A-ZÄÖÜ][\wäöüß-]+)"
)
_EVERY_NOT = re.compile(
    r"(?:woche|monat|quartal|jahr|tag|sprint|mensch|mitarbeiter\w*|kolleg\w*|person|einzelne"
    r"|teammitglied|stimme|meinung|idee"
    # Where it is said, not a case a rule is applied to: "steht auf jeder Folie".
    r"|gelegenheit|folie|präsentation|rede|ansprache|website|webseite|broschüre|plakat|poster"
    r"|newsletter|mail|feier|party)$"
)

# "Frau Schneider", "Herr Dr. Weber": a named person in charge.
_NAMED = re.compile(r"\b(?:Frau|Herr|Herrn) (?:Dr\. |Prof\. )?[A-ZÄÖÜ][a-zäöüß]+")


def _participles(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of a clause that are past participles (lower case, not a word of talk)."""
    out = []
    for w in words:
        word = w.group()
        if word[0].isupper():
            continue  # a noun, not a participle
        low = word.lower()
        if low in _NOT_DEEDS or low in _NOT_PARTICIPLES or not _PARTICIPLE.fullmatch(low):
            continue
        out.append(w)
    return out


def participles(text: str) -> list[str]:
    """The past participles in a piece of a German clause ("befördert", "eingeführt")."""
    return [w.group() for w in _participles(list(_WORD.finditer(text)))]


def _clause_spans(notes: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The deed, stop or absence in notes[lo:hi], from its auxiliary to its participle."""
    clause = notes[lo:hi]
    words = list(_WORD.finditer(clause))
    lows = [w.group().lower() for w in words]
    if _AUX.isdisjoint(lows):
        return []
    parts = _participles(words)
    if not parts:
        return []
    aux = next(w for w, low in zip(words, lows, strict=True) if low in _AUX)
    first = min(aux.start(), parts[0].start())
    last = max(aux.end(), parts[-1].end())
    if _NEGATION.intersection(lows):
        return [(lo + first, lo + last, "absence")]
    out: list[tuple[int, int, str]] = []
    stopped = [p for p in parts if p.group().lower() == "eingestellt"]
    if stopped and not _PEOPLE.search(lowered(clause)):
        # "Das Mentoringprogramm wurde eingestellt": stopped, not hired.
        out.append((lo + first, lo + last, "failure"))
    else:
        out.append((lo + first, lo + last, "past-action"))
    return out


def spans(notes: str) -> list[tuple[int, int, str]]:
    """German deeds, stops, rules applied to every case and named owners: (start, end, label).

    Offsets are those of `notes`; a clause negated ("haben wir nicht gemessen") is an absence.
    """
    out: list[tuple[int, int, str]] = []
    for m in CLAUSE.finditer(notes):
        out.extend(_clause_spans(notes, m.start(), m.end()))
    for m in _EVERY.finditer(notes):
        if not _EVERY_NOT.search(m.group(1).lower()):
            out.append((m.start(), m.end(), "gate"))
    out.extend((m.start(), m.end(), "owner") for m in _NAMED.finditer(notes))
    return out
