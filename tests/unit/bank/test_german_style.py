"""The German bank follows docs/glossary-de.md: Sie, one gender rule, no Leute, fixed terms.

The term and word tables are read from the glossary itself, so the doc and the check agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from askback.bank import Bank, load
from askback.bank.loader import TRANSLATIONS_DIR

GLOSSARY = Path(__file__).parents[3] / "docs" / "glossary-de.md"

DU_FORMS = re.compile(
    r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|en|em|er|es)?|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?)\b"
)
# Kolleg*innen, Kolleg:innen, Kolleg_innen, KollegInnen.
# (?<!Linke): the brand "LinkedIn" is no capital-I form.
GENDER_MARKS = re.compile(r"\w[*:_]in(?:nen)?\b|(?<!Linke)[a-zäöüß]In(?:nen)?\b")
# English executive titles with a masculine article ("an den CEO"): say "die Geschäftsführung".
MASCULINE_TITLE = re.compile(
    r"\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]inen?)\s+(?:CEO|CTO|CFO|COO|CPO|CDO|VP)\b"
)
LEUTE = re.compile(r"\bLeuten?\b")
# Quotes are „…“ (rule 6); an English-style 'quote' or "quote" slipped through from the source.
ASCII_QUOTE = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]+\"")
PAID = re.compile(r"(?<![Uu]n)bezahlt", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# A pair form: "<feminine> und|oder [article/adjective ...] <masculine>".
# Words between may be hyphenated ("einen Data-Science-Mentor").
LINK = r"\s+(?:und|oder)\s+(?:[\w-]+\s+){0,2}(?:\w+-)*"


def _table(name: str) -> list[list[str]]:
    text = GLOSSARY.read_text(encoding="utf-8")
    block = text.split(f"<!-- {name}:", 1)[1].split(f"<!-- /{name} -->", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in block.splitlines()[1:]]
    return [[c.strip() for c in row] for row in rows if row and not set(row[0]) <= {"-", " "}][1:]


def _alternatives(cell: str) -> list[str]:
    return [w.strip() for w in cell.split("/") if w.strip()]


@cache
def terms() -> list[tuple[list[str], list[str], list[str]]]:
    """(English terms, German stems of which one must appear, German words that must not)."""
    return [
        (_alternatives(r[0]), _alternatives(r[2]), _alternatives(r[3])) for r in _table("terms")
    ]


@cache
def gendered() -> list[tuple[set[str], set[str]]]:
    """(masculine forms, feminine forms) of each person noun that needs the neutral or pair form."""
    return [(set(_alternatives(r[0])), set(_alternatives(r[1]))) for r in _table("gendered")]


def gender_problems(text: str) -> list[str]:
    """Generic masculine or feminine person nouns in a German text (pair forms pass)."""
    out: list[str] = []
    for m in WORD.finditer(text):
        word = m.group(0)
        for masc, fem in gendered():
            if word in masc:
                before = text[: m.start()]
                if not any(re.search(re.escape(f) + LINK + "$", before) for f in fem):
                    out.append(f"generic masculine {word!r}")
            elif word in fem:
                after = text[m.end() :]
                if not any(re.match(LINK + re.escape(w) + r"\b", after) for w in masc):
                    out.append(f"generic feminine {word!r}")
    return out


def style_problems(text: str) -> list[str]:
    """Every mechanically checkable glossary rule this German text breaks."""
    out = [f"informal {m.group(0)!r}" for m in DU_FORMS.finditer(text)]
    out += [f"gender mark {m.group(0)!r}" for m in GENDER_MARKS.finditer(text)]
    out += [f"generic masculine {m.group(0)!r}" for m in MASCULINE_TITLE.finditer(text)]
    out += [f"{m.group(0)!r} (see rule 3)" for m in LEUTE.finditer(text)]
    out += [f"ASCII quote {m.group(0)!r} (see rule 6)" for m in ASCII_QUOTE.finditer(text)]
    for sentence in SENTENCE.split(text):
        if "Elternzeit" in sentence and PAID.search(sentence):
            out.append("Elternzeit called paid (it is unpaid; the benefit is Elterngeld)")
    return out + gender_problems(text)


def strings(value: Any, field: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, f"{field}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{field}.{key}")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def test_glossary_tables_parse() -> None:
    assert len(terms()) >= 20 and len(gendered()) >= 20
    assert all(en for en, _, _ in terms())
    assert all(masc for masc, _ in gendered())


def test_every_german_field_follows_the_style_rules(bank: Bank) -> None:
    problems = [
        f"{q.id}.{field}: {p}"
        for q in bank.questions
        for field, text in strings(q.translations.get("de", {}), "de")
        for p in style_problems(text)
    ]
    assert problems == []


def test_resource_descriptions_follow_the_style_rules() -> None:
    data = yaml.safe_load((TRANSLATIONS_DIR / "de" / "resources.yaml").read_text("utf-8"))
    problems = [
        f"{rid}: {p}"
        for rid, entry in data.items()
        for p in style_problems(str(entry.get("description", "")))
    ]
    assert problems == []


def test_glossary_terms_are_used(bank: Bank) -> None:
    """Where the English uses a glossary term, its German uses the glossary's word for it."""
    problems: list[str] = []
    for q in bank.questions:
        german = q.translations.get("de", {})
        english = " ".join(t for name in german for _, t in strings(getattr(q, name), name))
        de_text = " ".join(t for _, t in strings(german, "de"))
        for en_terms, stems, never in terms():
            if not any(re.search(r"\b" + re.escape(t), english, re.I) for t in en_terms):
                continue
            if stems and not any(re.search(r"\b" + re.escape(s), de_text, re.I) for s in stems):
                problems.append(f"{q.id}: {en_terms[0]!r} without any of {stems}")
            problems += [
                f"{q.id}: {w!r} for {en_terms[0]!r}"
                for w in never
                if re.search(r"\b" + re.escape(w) + r"\b", de_text)
            ]
    assert problems == []


@pytest.mark.parametrize(
    "text",
    [
        "Wie viele Mitarbeiter arbeiten remote?",
        "Was sagen Ihre Kollegen dazu?",
        "Wie wird eine Kandidatin bewertet?",
        "Was sagen die Kolleg:innen dazu?",
        "Wie viele Mitarbeiter*innen gibt es?",
        "Was sagen die KollegInnen?",
        "Was hast du zuletzt gelernt?",
        "Wie geht es deinem Team?",
        "Wie viele Leute sind im Team?",
        "Gibt es bezahlte Elternzeit?",
        "Zahlen Sie während der Elternzeit ein bezahltes Extra?",
        "Wer ist der Ansprechpartner für Fairness?",
        "Wie sprechen Sie mit einem neuen Kollegen oder einer neuen Kollegin?",
        "Was war die letzte Anfrage nach dem Motto 'Wir brauchen das bis morgen'?",
        "Die Leitung berichtet an den CEO.",
    ],
)
def test_rule_breaks_are_caught(text: str) -> None:
    assert style_problems(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Was sagen Ihre Kolleginnen und Kollegen dazu?",
        "Wie wird eine Bewerberin oder ein Bewerber bewertet?",
        "Wie viele Mitarbeitende arbeiten remote, und was zeigt die Mitarbeiterbefragung?",
        "Die Elternzeit ist unbezahlt; das Elterngeld zahlt der Staat.",
        "Wie oft führt die Führungskraft Gespräche mit dem Team?",
        "Welche Kundendaten nutzen Data Scientists, und wer gibt sie frei?",
        "Wie sprechen Sie mit einer neuen Kollegin oder einem neuen Kollegen?",
        "Sie finden eine Data-Science-Mentorin oder einen Data-Science-Mentor.",
    ],
)
def test_good_german_passes(text: str) -> None:
    assert style_problems(text) == []


@given(
    st.sampled_from(["Mitarbeiter", "Kollegen", "Bewerber", "Kunden", "Entwickler", "Nutzer"]),
    st.sampled_from(["Wie viele {} gibt es?", "Sprechen {} offen?", "Was bekommen die {}?"]),
)
def test_any_generic_masculine_from_the_list_is_caught(word: str, frame: str) -> None:
    assert any("generic masculine" in p for p in style_problems(frame.format(word)))


@given(
    st.sampled_from(["Kolleg", "Bewerber", "Entwickler", "Nutzer"]),
    st.sampled_from(["und", "oder"]),
)
def test_any_pair_form_passes(stem: str, link: str) -> None:
    fem, masc = f"{stem}innen", (f"{stem}en" if stem == "Kolleg" else stem)
    assert gender_problems(f"Wie viele {fem} {link} {masc} gibt es?") == []
