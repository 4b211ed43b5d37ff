"""Word lists shipped as data: loading, inflection into explicit forms, and exception lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from askback.errors import AskbackError

LEXICON_DIR = Path(__file__).parent / "lexicons"
VOWELS = set("aeiou")


class LexiconError(AskbackError):
    """A shipped lexicon file is broken: a packaging bug, named with its file and entry."""


def read(name: str) -> dict[str, Any]:
    """Parse lexicons/<name>.yaml (C loader when available)."""
    path = LEXICON_DIR / f"{name}.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read the lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon file must be a mapping")
    return data


def attach(lemma: str, suffix: str, orthography: str) -> str:
    """Add an inflectional suffix; English orthography drops a final e and turns y into i."""
    if not suffix or orthography != "english":
        return lemma + suffix
    if lemma.endswith("e") and suffix in ("ed", "ing") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + suffix
    if suffix == "s" and lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS and suffix in ("s", "ed", "ly"):
        return lemma[:-1] + ("ies" if suffix == "s" else "i" + suffix)
    if suffix == "ly":
        if lemma.endswith("ic"):
            return lemma + "ally"
        if lemma.endswith("le") and not lemma.endswith("ile"):
            return lemma[:-1] + "y"
    return lemma + suffix


@dataclass(frozen=True, slots=True)
class Word:
    """One coded word of a lexicon with every surface form that counts as a hit."""

    lemma: str
    coding: str  # masculine or feminine
    forms: frozenset[str]
    phrases: tuple[str, ...]
    alternative: str
    stem: str = ""
    source: str = ""


@dataclass(slots=True)
class GenderLexicon:
    """A language's gender-coded words, indexed by surface form."""

    lang: str
    citation: str
    doi: str
    words: list[Word]
    by_form: dict[str, Word] = field(default_factory=dict)
    by_phrase: dict[str, Word] = field(default_factory=dict)
    exception_words: dict[str, str] = field(default_factory=dict)
    exception_phrases: dict[str, str] = field(default_factory=dict)
    forms: frozenset[str] = frozenset()


def _expand(entry: dict[str, Any], rules: dict[str, list[str]], orth: str, where: str) -> set[str]:
    pos = entry.get("pos", "fixed")
    if pos not in rules:
        raise LexiconError(f"{where}: unknown part of speech {pos!r}; known: {sorted(rules)}")
    lemma = str(entry["lemma"]).lower()
    forms = {attach(lemma, s, orth) for s in rules[pos]}
    forms.update(str(f).lower() for f in entry.get("forms", ()))
    return forms


@cache
def gender(lang: str) -> GenderLexicon:
    """The gender lexicon for `lang` (en or de), expanded and checked against its exceptions."""
    data = read(f"gender_{lang}")
    name = f"gender_{lang}.yaml"
    infl = data.get("inflection") or {}
    rules: dict[str, list[str]] = {k: list(v) for k, v in (infl.get("rules") or {}).items()}
    orth = str(infl.get("orthography", "plain"))
    exc = data.get("exceptions") or {}
    exc_words = {str(k).lower(): str(v) for k, v in (exc.get("words") or {}).items()}
    exc_phrases = {str(k).lower(): str(v) for k, v in (exc.get("phrases") or {}).items()}
    src = data.get("source") or {}
    lex = GenderLexicon(
        lang=lang,
        citation=" ".join(str(src.get("citation", "")).split()),
        doi=str(src.get("doi", "")),
        words=[],
        exception_words=exc_words,
        exception_phrases=exc_phrases,
    )
    for coding in ("masculine", "feminine"):
        for i, entry in enumerate(data.get(coding) or []):
            where = f"{name}: {coding}[{i}] ({entry.get('lemma')})"
            if "lemma" not in entry:
                raise LexiconError(f"{where}: lemma is required")
            forms = _expand(entry, rules, orth, where) - set(exc_words)
            phrases = tuple(str(p).lower() for p in entry.get("phrases", ()))
            word = Word(
                lemma=str(entry["lemma"]),
                coding=coding,
                forms=frozenset(f for f in forms if " " not in f and "-" not in f),
                phrases=phrases,
                alternative=str(entry.get("alternative", "")),
                stem=str(entry.get("stem", "")),
                source=str(entry.get("source", "")),
            )
            lex.words.append(word)
            for form in word.forms:
                if form in lex.by_form and lex.by_form[form].coding != coding:
                    raise LexiconError(f"{where}: form {form!r} is both masculine and feminine")
                lex.by_form.setdefault(form, word)
            for phrase in phrases:
                lex.by_phrase[phrase] = word
    lex.forms = frozenset(lex.by_form)
    return lex


def word_alternation(data: dict[str, Any], *keys: str) -> str:
    """The "|"-joined word lists under `keys` of a lexicon's data as one alternation (see
    alternation). Pages write the apostrophe in several ways: "What you'll bring", "What you’ll
    bring", "What you´ll bring" (an acute accent typed for it); each matches all three."""
    words = [w.strip() for key in keys for w in str(data[key]).split("|") if w.strip()]
    return alternation(words).replace("'", "['’´]")


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of `words` literally, longest first, written as a trie.

    Python's `re` tries the branches of `a|b|c` one by one at every place; factored by common
    prefixes (`nice(?: to have)?|must(?:-have)?`) it reads each character once. Where two words
    share a prefix, the longer is tried first, as in an alternation sorted longest first.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_rx(trie)


def _trie_rx(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_rx(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    # The word may end here: try the longer words first, then stop.
    return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
