"""Gender-coded wording: whole-word hits from published lexicons, with context and alternatives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import NamedTuple

from askback.text import lexicon, senses
from askback.text.doc import Doc, find_word, tokenize
from askback.text.lang import SUPPORTED
from askback.text.report import Span

CAVEAT = (
    "Treat this as a note on how the ad is written, not a verdict on the employer. Lab studies "
    "found that masculine-coded ads lowered women's sense of belonging and the appeal of the job "
    "(Gaucher, Friesen & Kay 2011), and a German replication found the same for women's "
    "intention to apply (Hentschel, Braun, Peus & Frey 2021, Human Resource Management 60(4)). "
    "Field studies disagree: on real postings, Castilla & Rho (2023, Management Science 69(11)) "
    "found negligible effects of gendered wording on who applies, while He, Kang et al. (2025, "
    "PNAS) found that replacing masculine words raised application rates from women."
)


class Hit(NamedTuple):
    """One coded word in the text (a tuple: an ad has many, and they are made in a hot loop)."""

    word: lexicon.Word
    span: Span
    lang: str


@dataclass(frozen=True, slots=True)
class GenderResult:
    hits: list[Hit]
    masculine: int
    feminine: int
    verdict: str  # masculine-coded, feminine-coded, balanced, neutral
    checked: tuple[str, ...]  # languages whose lexicon ran


@cache
def _exception_index(lang: str) -> dict[str, list[tuple[str, int]]]:
    """For each coded form, the exception phrases that contain it and its offset inside them."""
    lex = lexicon.gender(lang)
    index: dict[str, list[tuple[str, int]]] = {}
    for phrase in lex.exception_phrases:
        for form in lex.forms:
            for at in find_word(phrase, form):
                index.setdefault(form, []).append((phrase, at))
    return index


@cache
def _phrase_heads(lang: str) -> dict[str, list[tuple[str, lexicon.Word, frozenset[str]]]]:
    """The multi-word forms by their first word, to test cheaply whether they can occur, each
    with its words as the text's tokens: where one of them is not in the text, neither is the
    form (a hyphenated form is not in the word index, and each look for it scans the ad)."""
    heads: dict[str, list[tuple[str, lexicon.Word, frozenset[str]]]] = {}
    for phrase, word in lexicon.gender(lang).by_phrase.items():
        heads.setdefault(phrase.replace("-", " ").split()[0], []).append(
            (phrase, word, frozenset(tokenize(phrase)))
        )
    return heads


@cache
def _head_words(lang: str) -> frozenset[str]:
    return frozenset(_phrase_heads(lang))


@cache
def _sense_rules(lang: str) -> dict[str, senses.Rule]:
    data = lexicon.read(f"gender_{lang}").get("senses") or {}
    table = {str(k): senses.Rule.parse(v) for k, v in data.items() if k != "source"}
    return senses.merge_tables(table, senses.extra_rules(lang))


def _rules(lang: str, form: str, lemma: str) -> senses.Rule | None:
    """The context rule for a form (or its singular), else for its lemma."""
    table = _sense_rules(lang)
    return table.get(form) or table.get(form.removesuffix("s")) or table.get(lemma)


@cache
def _form_rules(lang: str) -> dict[str, senses.Rule | None]:
    """_rules for every single-word form and every phrase of the lexicon, looked up once."""
    lex = lexicon.gender(lang)
    words = {**lex.by_form, **lex.by_phrase}
    return {form: _rules(lang, form, word.lemma) for form, word in words.items()}


def verdict(masculine: int, feminine: int) -> str:
    """The balance of coded words: a clear majority of two or more words decides."""
    if masculine == feminine == 0:
        return "neutral"
    if masculine - feminine >= 2 and masculine >= 1.5 * feminine:
        return "masculine-coded"
    if feminine - masculine >= 2 and feminine >= 1.5 * masculine:
        return "feminine-coded"
    return "balanced"


def check(doc: Doc) -> GenderResult:
    """Every coded word in the paragraphs written in English or German."""
    hits: list[Hit] = []
    checked: list[str] = []
    multi = len(doc.vocab_by_lang) > 1
    lower = doc.lower
    text = doc.text
    # A pay word stands in the text as one of its words, so a text without one needs no search.
    pay_words = not senses.PAY_WORDS.isdisjoint(doc.vocab)
    # Likewise the nouns that make a coded word describe a thing: only those in the text, and
    # only for English, whose rules of word shape read them (`titles` below).
    things: Callable[[], senses.Heads] | None = _things(doc) if "en" in doc.vocab_by_lang else None
    for lang in SUPPORTED:
        vocab = doc.vocab_by_lang.get(lang)
        if not vocab:
            continue
        checked.append(lang)
        lex = lexicon.gender(lang)
        by_form = lex.by_form
        # The forms found by the word index (a form left out has no positions, no hit).
        candidates = [(form, by_form[form]) for form in doc.standing(lex.forms, vocab)]
        heads = _head_words(lang).intersection(vocab)
        if heads:
            phrase_heads = _phrase_heads(lang)
            for head in heads:
                candidates += [(p, w) for p, w, words in phrase_heads[head] if words <= vocab]
        exceptions = _exception_index(lang)
        form_rules = _form_rules(lang)
        counts = senses.counts
        titles = lang == "en"
        who = senses.people(lang)
        for form, word in candidates:
            found = doc.positions(form)
            if not found:
                continue
            excepted = exceptions.get(form)
            n = len(form)
            coding = word.coding
            rules = form_rules[form] if form in form_rules else _rules(lang, form, word.lemma)
            if rules is not None and rules.never:
                continue  # "force", "child": never the sense the paper counted
            for pos in found:
                if multi and doc.lang_at(pos) != lang:
                    continue
                if excepted and _excepted(lower, pos, excepted):
                    continue
                if not counts(text, lower, pos, pos + n, rules, titles, pay_words, things, who):
                    continue
                hits.append(Hit(word, Span(pos, pos + n, coding, text[pos : pos + n]), lang))
    if len(hits) > 1:
        hits = _longest(hits)
    m = sum(1 for h in hits if h.word.coding == "masculine")
    f = len(hits) - m
    return GenderResult(hits, m, f, verdict(m, f), tuple(checked))


def _things(doc: Doc) -> Callable[[], senses.Heads]:
    """The nouns of thing_heads in the text and their offsets, sorted, made on the first call:
    only the hits that pass the other tests read them, and in a third of the ads none does."""
    made: list[senses.Heads] = []

    def get() -> senses.Heads:
        if not made:
            nouns = frozenset(doc.standing(senses.thing_heads()))
            made.append((nouns, sorted(chain.from_iterable(map(doc.positions, nouns)))))
        return made[0]

    return get


def _excepted(lower: str, pos: int, excepted: list[tuple[str, int]]) -> bool:
    """The hit at `pos` lies inside one of its exception phrases (a loop, not any() over a
    generator: this runs for most hits)."""
    for phrase, at in excepted:  # noqa: SIM110 (a generator costs more here)
        if lower.startswith(phrase, pos - at):
            return True
    return False


def _longest(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of text: 'self-confident' wins over the 'confident' inside it."""
    hits.sort(key=lambda h: (h.span.start, -(h.span.end - h.span.start)))
    out: list[Hit] = []
    for h in hits:
        if out and h.span.start < out[-1].span.end:
            continue
        out.append(h)
    return out
