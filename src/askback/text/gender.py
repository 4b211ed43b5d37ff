"""Gender-coded wording: whole-word hits from published lexicons, with context and alternatives."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc, find_word
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


@dataclass(frozen=True, slots=True)
class Hit:
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
def _phrase_heads(lang: str) -> list[tuple[str, str, lexicon.Word]]:
    """Each multi-word form with its first word, to test cheaply whether it can occur."""
    lex = lexicon.gender(lang)
    return [(p.replace("-", " ").split()[0], p, w) for p, w in lex.by_phrase.items()]


def _excepted(lower: str, form: str, pos: int, lang: str) -> bool:
    return any(
        lower.startswith(phrase, pos - at) for phrase, at in _exception_index(lang).get(form, ())
    )


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
    for lang in SUPPORTED:
        vocab = doc.vocab_by_lang.get(lang)
        if not vocab:
            continue
        checked.append(lang)
        lex = lexicon.gender(lang)
        candidates = [(form, lex.by_form[form]) for form in lex.forms.intersection(vocab)]
        candidates += [(p, w) for head, p, w in _phrase_heads(lang) if head in vocab]
        for form, word in candidates:
            for pos in doc.positions(form):
                if multi and doc.lang_at(pos) != lang:
                    continue
                if _excepted(doc.lower, form, pos, lang):
                    continue
                end = pos + len(form)
                hits.append(Hit(word, Span(pos, end, word.coding, doc.text[pos:end]), lang))
    hits = _longest(hits)
    m = sum(1 for h in hits if h.word.coding == "masculine")
    f = len(hits) - m
    return GenderResult(hits, m, f, verdict(m, f), tuple(checked))


def _longest(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of text: 'self-confident' wins over the 'confident' inside it."""
    hits.sort(key=lambda h: (h.span.start, -(h.span.end - h.span.start)))
    out: list[Hit] = []
    for h in hits:
        if out and h.span.start < out[-1].span.end:
            continue
        out.append(h)
    return out
