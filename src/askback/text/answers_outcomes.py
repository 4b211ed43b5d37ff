"""Completion and retention told as results, for the answer analyzer (English and German).

"All 12 managers completed the training in March", "eight of the ten stayed on after two years",
"sechs von acht sind geblieben": who finished a measure, or who stayed, is what the measure
achieved. It counts as an outcome when the sentence also gives a number, a date or an owner
(`spans` checks that), and not when it is hoped for or planned ("we hope everyone will
complete it"), denied ("nobody completed it"), asked ("did they stay?", "ob sie geblieben
sind") or a condition ("once everyone has completed it").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from askback.text.answers_de import CLAUSE
from askback.text.report import Span

_NUMBER_WORD = (
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|all|half|most)"
)
# Finished a measure, or stayed: the verb told as done. The nouns ("retention", "Verbleibquote")
# need a figure in their own clause; the verbs only one in their sentence.
_VERB = re.compile(
    r"\b(?:completed|graduated|"
    # "finished the year with 3 open roles" is a time gone by, not a course finished.
    r"finished(?! (?:the |last |this )?(?:year|quarter|month|week|day|season|first|second|third|"
    r"last)\b)|"
    r"passed(?= (?:the |their |its |a |an )?(?:[\w-]+ ){0,2}(?:exams?|tests?|courses?|"
    r"assessments?|certifications?|training|modules?|probation\w*))|"
    r"stayed(?= on\b| with\b| at\b| in\b| beyond\b| past\b| for\b| after\b| longer\b| over\b|"
    r" until\b| through\b| more\b|\s*[,.;:!?)]|\s*$)|"
    r"remained(?= with\b| at\b| in (?:the|our|their) (?:company|team|firm|role|roles|post|job)\b|"
    r" employed\b| in post\b| on (?:the|our) team\b| after\b| for\b| beyond\b)|"
    r"retained|kept(?= (?:on )?" + _NUMBER_WORD + r"\b)|"
    r"(?:are|is|were) still (?:with us|here|at the company|with the company|on the team|"
    r"in the team|in post|employed|working here|in (?:their|her|his) roles?)|"
    r"still work(?:s|ing)? (?:here|for us|with us)|"
    # A note's fragment: "12 of 14 mentees still here", "11 noch da".
    r"still (?:here|with us|on board|employed)(?=\s*[,.;:!?)]|\s*$)|"
    r"abgeschlossen|absolviert|bestanden|durchlaufen|"
    # "es ist alles beim Alten geblieben": nothing changed, nobody stayed.
    r"(?<!alten )(?<!gleich )(?<!unverändert )(?<!stehen )(?<!liegen )(?<!hängen )(?<!übrig )"
    r"(?<!weg )(?<!aus )(?<!so )geblieben|"
    r"(?:sind|ist|waren|war) (?:[\wäöüß-]+ ){0,4}noch (?:bei uns|im unternehmen|im team|an bord|"
    r"dabei|hier|in der firma|im haus|da(?=\s*[,.;:!?)]|\s*$)))\b"
)
_NOUN = re.compile(
    r"\b(?:retention|completion rate|completion|verbleibquote|haltequote|bindungsquote|"
    r"abschlussquote|verbleib)\b"
)
_FIGURE = re.compile(r"\d")
# Told as not done: "nobody completed it", "hat niemand abgeschlossen", "not one stayed".
_DENIED = re.compile(
    r"\b(?:no|not|never|nobody|none|nothing|neither|nor|hardly|barely|nicht|nie|niemals|niemand|"
    r"kein|keine|keinen|keiner|keines|kaum)\b|\bno one\b|n't\b"
)
# Nobody did it: "nobody completed it", "keiner ist geblieben", "hardly anyone stayed".
_NOBODY = re.compile(
    r"\b(?:nobody|no one|noone|none|not one|not a single|hardly anyone|hardly anybody|"
    r"niemand|keiner|keine|kaum jemand|nicht einer|nicht eine)\b"
)
# Hoped, planned or wanted, anywhere before it in its sentence: "we hope everyone will
# complete it", "Ziel ist, dass alle abgeschlossen haben".
_HOPED = re.compile(
    r"\b(?:hope|hopes|hoped|hopefully|hoping|want|wants|wanted|plan|plans|planned|planning|goal|"
    r"target|aim|aims|intend|intends|expect|expects|expected|wish|ideally|"
    r"hoffen|hoffe|hofft|hoffentlich|wollen|möchten|möchte|sollen|soll|sollte|sollten|ziel|"
    r"geplant|planen|plant|wünschen|idealerweise)\b"
)
# A future, a modal or a condition in its own clause: "once all have completed it", "sobald
# alle abgeschlossen haben", "ob sie geblieben sind", "bis dahin wird jeder abgeschlossen haben".
_NOT_YET = re.compile(
    r"\b(?:should|would|could|might|will|shall|going to|must|need to|needs to|once|if|whether|"
    r"unless|werden|wird|würde|würden|müssen|muss|sobald|wenn|falls|ob)\b|'ll\b|'d\b"
)
_SENTENCE = re.compile(r"(?:[^.;!?\n]|(?<=\d)[.,](?=\d))+")


def _positions(rx: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in rx.finditer(text)]


def _any_in(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def completions(notes: str) -> list[tuple[int, int, int, int, str]]:
    """Completion or retention told: (start, end, sentence start, sentence end, label).

    "outcome" when told as done: the caller counts it when its sentence also holds a number, a
    date or an owner. "absence" when told that nobody did it ("nobody completed it"). Each
    pattern is searched once over the notes, so long notes are read in linear time.
    """
    lower = notes.lower()
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(lower)]
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(lower)]
    sentence_starts = [s for s, _ in sentences]
    clause_starts = [s for s, _ in clauses]
    denied = _positions(_DENIED, lower)
    nobody = _positions(_NOBODY, lower)
    hoped = _positions(_HOPED, lower)
    not_yet = _positions(_NOT_YET, lower)
    figures = _positions(_FIGURE, lower)
    found = [(m.start(), m.end(), True) for m in _VERB.finditer(lower)]
    found += [(m.start(), m.end(), False) for m in _NOUN.finditer(lower)]
    out: list[tuple[int, int, int, int, str]] = []
    for start, end, verb in sorted(found):
        i = bisect_right(sentence_starts, start) - 1
        j = bisect_right(clause_starts, start) - 1
        if i < 0 or j < 0:
            continue
        s_start, s_end = sentences[i]
        c_start, c_end = clauses[j]
        if lower.startswith("?", s_end):
            continue  # asked, not told: "did they stay?"
        if _any_in(not_yet, c_start, c_end):
            continue
        if _any_in(denied, c_start, c_end):
            if verb and _any_in(nobody, c_start, c_end):
                out.append((start, end, s_start, s_end, "absence"))
            continue
        if _any_in(hoped, s_start, start) or _any_in(hoped, c_start, c_end):
            continue
        if not verb and not _any_in(figures, c_start, c_end):
            continue  # "retention is something we care about": the word, not a figure
        out.append((start, end, s_start, s_end, "outcome"))
    return out


def spans(notes: str, kept: list[Span]) -> list[Span]:
    """Who completed a measure or stayed, told as done beside a number, a date or an owner in
    the same sentence (`kept`: the analyzer's spans so far): an outcome, unless the sentence
    already tells one. Told that nobody did ("nobody completed it"): an absence."""
    evidence = sorted(k.start for k in kept if k.label in ("number", "date", "owner"))
    told = sorted(k.start for k in kept if k.label == "outcome")
    added: set[int] = set()  # sentences given an outcome here
    out = []
    for start, end, s_start, s_end, label in completions(notes):
        if label == "outcome":
            if s_start in added or _any_in(told, s_start, s_end):
                continue
            if not _any_in(evidence, s_start, s_end):
                continue
            added.add(s_start)
        out.append(Span(start, end, label, notes[start:end]))
    return out
