"""Risk lint: a sentence that points at a person and at their health, traits or discipline.

A candidate who asks "who on the team was off sick?" asks for special-category data about an
identifiable colleague (GDPR Art. 9). The lint flags any sentence a candidate would say or rate
against (text, summary, flags, rubric, follow-ups, in every language) that combines
person-identifying phrasing with a health, protected-characteristic or disciplinary term.
Questions should ask about counts and processes instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from askback.bank.schema import Question


def _words(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the phrases as whole words."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


# Phrasing that singles out one person or a countable few in a team.
PERSON = _words(
    # English
    r"who (?:on|in|from|of) (?:the|your|this|my|our) (?:team|group|department|company)",
    r"who (?:has|have|had|was|were) (?:been|left|gone|taken|had|off|on)",
    r"who (?:left|quit|took|went|got)",
    # "who is pregnant?", but not "who is responsible for ...", a role rather than a person
    r"who (?:is|are)(?! (?:responsible|accountable|in charge|the owner|allowed|eligible|involved"
    r"|entitled|able|expected|supposed))",
    r"any(?:one|body) (?:on|in|from|at) (?:the|your|this|my|our) (?:team|group|department|office)",
    r"(?:the|your|my) (?:predecessor|previous (?:holder|person)|last person)",
    r"(?:manager|boss|colleague|lead|predecessor|ceo|founder|interviewer|recruiter)['’]s",
    r"some(?:one|body)",
    r"any(?:one|body) who",
    r"which (?:person|people|colleagues?|employees?|team members?|candidates?|manager)",
    r"(?:a|the|that|this|one) (?:colleague|co-?worker|team member|employee|person|candidate)",
    r"colleague who",
    r"the (?:runner-up|runner up|other finalists?|accused|complainant)",
    r"the only (?:one|person|woman|man|\w+ (?:woman|man|person|colleague))",
    r"(?:one|two|three|both|some|none) of (?:us|them)",
    r"both (?:women|men)",
    r"(?:he|she|him|his|her|hers|himself|herself)",
    r"(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.? [A-ZÄÖÜ][a-zäöüß]+",
    # German
    r"wer (?:im|in Ihrem|in diesem|aus dem|von Ihnen|aus Ihrem) (?:Team|Unternehmen|Abteilung)",
    r"wer (?:war|ist|hat|wurde) ",
    r"(?:irgend)?jemand(?:en|em|es)?",
    r"welche(?:r|n)? (?:Person|Kollegin|Kollege|Kollegen|Mitarbeiterin|Mitarbeiter|Mitarbeitenden)",
    r"(?:ein|eine|einer|die|der|diese|dieser) "
    r"(?:Kollegin|Kollege|Person|Mitarbeiterin|Mitarbeiter)",
    r"die beschuldigte Person|der Beschuldigte|die Beschuldigte",
    r"(?:der|die) (?:Einzige|einzige \w+)",
    r"(?:Ihr|Ihre|Ihren|Ihrem|der|die|dem|den) (?:Vorgänger|Vorgängerin)",
    r"(?:einer|eine|zwei|drei|beide) von (?:uns|ihnen)",
)

# A short list of given names, so that rubric quotes such as "Anna was off for months" are caught.
GIVEN_NAMES = _words(
    "Anna|Maria|Julia|Laura|Lena|Sarah|Sara|Lisa|Hanna|Hannah|Emma|Mia|Sophie|Katharina|Claudia",
    "Sabine|Petra|Andrea|Nicole|Susanne|Emily|Jessica|Jennifer|Olivia|Priya|Fatima|Aisha|Mei",
    "Thomas|Michael|Stefan|Andreas|Markus|Daniel|Alexander|Jan|Felix|Lukas|Jonas|Tobias|Peter",
    "John|James|David|Robert|Paul|Mark|Tom|Ben|Max|Ali|Mohammed|Ahmed|Raj|Carlos|Wei|Kim|Alex",
    "Tim|Nina|Jana|Kevin|Florian|Sebastian|Christian|Martin|Simon|Leon|Elena|Sofia|Ana|Dana",
)

SENSITIVE: dict[str, re.Pattern[str]] = {
    "health": _words(
        r"sick(?:ness)?(?: leave| days?)?",
        r"ill(?:ness)?",
        r"diagnos(?:is|ed|es)",
        r"burn(?:ed|t)?[- ]?out",
        r"exhaust(?:ion|ed)",
        r"mental health",
        r"depress(?:ion|ed)",
        r"anxiety",
        r"therap(?:y|ist)",
        r"medical",
        r"medication",
        r"chronic",
        r"cancer",
        r"surgery",
        r"hospital(?:ised|ized)?",
        r"health (?:condition|issues?|problems?|reasons)",
        r"ADHD",
        r"autis(?:m|tic)",
        r"dyslexi(?:a|c)",
        r"neurodivergen(?:t|ce)",
        r"krank\w*",
        r"Krankheit\w*",
        r"Diagnose\w*",
        r"Burn-?out",
        r"Erschöpfung",
        r"psychisch\w*",
        r"Depression\w*",
        r"Therapie\w*",
        r"ADHS",
        r"Autismus",
        r"autistisch\w*",
        r"Legasthenie",
        r"neurodivergent\w*",
    ),
    "protected characteristic": _words(
        r"gender",
        r"wom[ae]n",
        r"female",
        r"male",
        r"trans(?:gender)?",
        r"non-binary",
        r"ethnic(?:ity)?",
        r"race|racial",
        r"religio(?:n|us)",
        r"Muslim|Jewish|Christian|Hindu",
        r"faith",
        r"(?:his|her|their) age",
        r"older|elderly",
        r"disab(?:led|ility|ilities)",
        r"pregnan(?:t|cy)",
        r"maternity",
        r"sexual orientation",
        r"gay|lesbian|bisexual|queer|LGBTQ?\+?",
        r"nationality|national origin",
        r"migra(?:nt|tion) background",
        r"skin colou?r",
        r"(?:ethnic|cultural|social|migration|religious|family) background",
        r"whose background",
        r"Geschlecht\w*",
        r"Frau(?:en)?",
        r"weiblich\w*|männlich\w*",
        r"ethnisch\w*",
        r"Herkunft",
        r"Religion\w*|religiös\w*",
        r"Weltanschauung",
        r"(?:sein|ihr)em? Alter",
        r"Behinderung\w*|behindert\w*|schwerbehindert\w*",
        r"schwanger\w*|Schwangerschaft\w*",
        r"Mutterschutz",
        r"sexuelle\w* (?:Orientierung|Identität)",
        r"schwul\w*|lesbisch\w*",
        r"Migrationshintergrund\w*",
        r"Hautfarbe",
        r"Nationalität",
    ),
    "disciplinary": _words(
        r"fired",
        r"dismiss(?:ed|al)",
        r"terminated",
        r"let go",
        r"disciplin(?:ary|ed)",
        r"reprimand(?:ed)?",
        r"formal warning",
        r"written up",
        r"performance improvement plan|PIP",
        r"misconduct",
        r"accused",
        r"harass(?:ment|ed)",
        r"investigated",
        r"sanction(?:s|ed)?",
        r"gekündigt|Kündigung\w*|entlassen\w*",
        r"Abmahnung\w*|abgemahnt",
        r"Disziplinar\w*",
        r"Fehlverhalten",
        r"beschuldigt\w*",
        r"Belästigung\w*",
    ),
}

_SENTENCE = re.compile(r"(?<=[.?!;:])\s+|\n+")


@dataclass(frozen=True)
class RiskFinding:
    """One sentence that points at a person and at a sensitive matter."""

    question_id: str
    field: str
    sentence: str
    person: str
    category: str
    term: str

    def __str__(self) -> str:
        return (
            f"{self.question_id} {self.field}: {self.person!r} with {self.category} term "
            f"{self.term!r} in: {self.sentence}"
        )


def sentence_risk(sentence: str) -> tuple[str, str, str] | None:
    """(person phrase, category, sensitive term) when one sentence combines both, else None."""
    person = PERSON.search(sentence) or GIVEN_NAMES.search(sentence)
    if person is None:
        return None
    for category, pattern in SENSITIVE.items():
        # The person phrase itself ("the only woman") must not count as its own sensitive term.
        rest = sentence[: person.start()] + " " + sentence[person.end() :]
        term = pattern.search(rest) or (pattern.search(person.group(0)) if person else None)
        if term is not None:
            return person.group(0), category, term.group(0)
    return None


def text_risks(text: str) -> Iterator[tuple[str, str, str, str]]:
    """(sentence, person, category, term) for each risky sentence of a text."""
    for sentence in _SENTENCE.split(text):
        hit = sentence_risk(sentence)
        if hit is not None:
            yield sentence.strip(), *hit


def spoken_fields(q: Question) -> Iterator[tuple[str, str]]:
    """(field, text) for everything a candidate says aloud or rates an answer against."""
    yield "text", q.text
    if q.spoken:
        yield "spoken", q.spoken
    yield "summary", q.summary
    for i, flag in enumerate(q.green_flags):
        yield f"green_flags[{i}]", flag
    for i, flag in enumerate(q.red_flags):
        yield f"red_flags[{i}]", flag
    yield "rubric.1", q.rubric.one
    yield "rubric.3", q.rubric.three
    yield "rubric.5", q.rubric.five
    for i, follow in enumerate(q.follow_ups):
        yield f"follow_ups[{i}]", follow
    for lang, fields in sorted(q.translations.items()):
        for name, value in sorted(fields.items()):
            if name != "why":
                yield from _walk(f"{lang}.{name}", value)


def _walk(field: str, value: Any) -> Iterator[tuple[str, str]]:
    """Strings inside a translated field, which may be a string, a list or a mapping."""
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(f"{field}[{i}]", item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(f"{field}.{key}", item)


def lint_questions(questions: Iterable[Question]) -> list[RiskFinding]:
    """Every risky sentence in the questions, in bank order."""
    out: list[RiskFinding] = []
    for q in questions:
        for field, text in spoken_fields(q):
            for sentence, person, category, term in text_risks(text):
                out.append(RiskFinding(q.id, field, sentence, person, category, term))
    return out
