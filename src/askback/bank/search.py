"""Ranked, typo-tolerant search over the bank, in English and German.

A small BM25 over weighted fields (dimension label and tags count most, then summary, text and
guidance) whose query terms expand to vocabulary terms by prefix and by edit similarity.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from askback.bank.synonyms import CONCEPT_PREFIX, Synonyms
from askback.i18n import languages

if TYPE_CHECKING:
    # The search snapshot (bank.rows) ranks with a TextIndex alone, without the schema.
    from askback.bank.schema import Dimension, Question

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words too common to rank by, in both languages.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "there",
        "this",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
        # Filler that candidates type but questions rarely contain.
        "any",
        "actually",
        "really",
        "possible",
        "recently",
        "they",
        "them",
        "my",
        "did",
        "would",
        "could",
        "should",
        "der",
        "die",
        "das",
        "und",
        "oder",
        "ist",
        "sind",
        "wie",
        "wer",
        "was",
        "wann",
        "wo",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "es",
        "ihr",
        "ihre",
        "sie",
        "wir",
        "bei",
        "mit",
        "von",
        "zu",
        "zum",
        "zur",
        "den",
        "dem",
        "des",
        "im",
        "in",
        "auf",
        "für",
        "an",
    ]
)
FIELD_WEIGHTS = {
    "dimension": 3.0,
    "other_dimensions": 1.0,
    "tags": 2.5,
    "summary": 2.0,
    "text": 1.5,
    "guidance": 0.5,
}
K1 = 1.2
# Up to this many documents a query is ranked in plain Python (no NumPy import); beyond, the
# postings a query touches are long enough for NumPy to win.
PLAIN_MAX = 5000
B = 0.5


def fold(text: str) -> str:
    """Lowercase and fold umlauts and accents so 'Fuhrung' finds 'Führung'."""
    text = text.lower().replace("ß", "ss")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(fold(text)) if t not in STOPWORDS and len(t) > 1]


@dataclass(frozen=True)
class SearchHit:
    question: Question
    score: float


def question_fields(q: Question) -> dict[str, str]:
    """The searchable text of a question, by field."""
    from askback.bank.schema import dimension_label

    def label(d: Dimension) -> str:
        names = " ".join(dimension_label(d, lang) for lang in languages())
        return f"{names} {d.value.replace('-', ' ')}"

    tr = " ".join(f"{t.get('text', '')}" for t in q.translations.values())
    tr_summary = " ".join(f"{t.get('summary', '')}" for t in q.translations.values())
    return {
        "dimension": label(q.dimension),
        "other_dimensions": " ".join(label(d) for d in q.dimensions[1:]),
        "tags": " ".join(t.replace("-", " ") for t in q.tags),
        "summary": f"{q.summary} {tr_summary}",
        "text": f"{q.text} {tr}",
        "guidance": " ".join([q.why, *q.green_flags, *q.red_flags, *q.follow_ups]),
    }


class TextIndex:
    """An inverted index over documents made of weighted text fields.

    With synonyms, every phrase of a group also indexes its concept token, and a query phrase
    matches the concept: "PTO" finds "holiday", "1:1" finds "one-on-one".
    """

    def __init__(
        self,
        docs: Sequence[dict[str, str]],
        weights: dict[str, float],
        synonyms: Synonyms | None = None,
    ) -> None:
        self.size = len(docs)
        self.synonyms = synonyms
        weighted: dict[str, dict[int, float]] = defaultdict(dict)
        lengths = [0.0] * self.size
        for i, doc in enumerate(docs):
            for name, text in doc.items():
                w = weights[name]
                concepts = synonyms.concepts(fold(text)) if synonyms is not None else []
                for tok in [*tokens(text), *concepts]:
                    weighted[tok][i] = weighted[tok].get(i, 0.0) + w
                    lengths[i] += w
        import numpy as np  # building only: a search read from the cache runs without NumPy

        avg = float(np.mean(lengths)) if lengths else 1.0
        norm = K1 * (1 - B + B * np.array(lengths) / max(avg, 1e-9))
        n = self.size
        # Concept tokens are matched only through synonyms, never by prefix or typo tolerance.
        self.vocab: list[str] = sorted(t for t in weighted if not t.startswith(CONCEPT_PREFIX))
        postings: dict[str, Posting] = {}
        self._idf: dict[str, float] = {}
        for term, per_doc in weighted.items():
            idx = np.fromiter(per_doc.keys(), dtype=np.intp, count=len(per_doc))
            tf = np.fromiter(per_doc.values(), dtype=np.float64, count=len(per_doc))
            idf = math.log(1 + (n - len(per_doc) + 0.5) / (len(per_doc) + 0.5))
            self._idf[term] = idf
            contrib = idf * tf * (K1 + 1) / (tf + norm[idx])
            postings[term] = (array("q", idx.tolist()), array("d", contrib.tolist()))
        self._postings: Mapping[str, Posting] = postings
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for term in self.vocab:
            self._by_prefix[term[:3]].append(term)

    def __getstate__(self) -> dict[str, object]:
        # Thousands of small arrays pickle and load slowly: store each kind as one array.
        terms = list(self._postings)
        idx, contrib = array("q"), array("d")
        for t in terms:
            idx.extend(self._postings[t][0])
            contrib.extend(self._postings[t][1])
        return {
            "size": self.size,
            "synonyms": self.synonyms,
            "vocab": self.vocab,
            "terms": terms,
            "sizes": array("q", (len(self._postings[t][0]) for t in terms)),
            "idx": idx,
            "contrib": contrib,
            "idf": array("d", (self._idf[t] for t in terms)),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.size = state["size"]
        self.synonyms = state["synonyms"]
        self.vocab = state["vocab"]
        terms: list[str] = state["terms"]
        idx, contrib = state["idx"], state["contrib"]
        self._postings = _Postings(terms, state["sizes"], idx, contrib)
        self._idf = dict(zip(terms, state["idf"].tolist(), strict=True))
        self._by_prefix = defaultdict(list)
        for term in self.vocab:
            self._by_prefix[term[:3]].append(term)

    def expand(self, token: str) -> list[tuple[str, float]]:
        """Vocabulary terms a query token stands for, with how much each counts."""
        out: dict[str, float] = {}
        exact = self._idf.get(token)
        if exact is not None:
            out[token] = 1.0
        # The same word in the singular or plural ('models' finds 'model', 'policy' 'policies').
        for form in _number_forms(token):
            if form in self._postings:
                out[form] = max(out.get(form, 0.0), 0.95)
        if len(token) >= 3:
            for term in self._by_prefix.get(token[:3], ()):
                if term not in out and term.startswith(token):
                    # A longer word is a guess at what was meant: never worth more than the word
                    # itself, however rare ('work' should not rank 'workation' over 'work').
                    rarer = 1.0 if exact is None else min(1.0, exact / self._idf[term])
                    out[term] = 0.8 * rarer
        if len(token) >= 4 and not out:
            # Typo tolerance: only when nothing matched exactly or by prefix (and only then
            # is rapidfuzz imported, which costs more than a search).
            from rapidfuzz import fuzz, process

            for term, score, _ in process.extract(
                token, self.vocab, scorer=fuzz.ratio, score_cutoff=75, limit=5
            ):
                out[term] = max(out.get(term, 0.0), 0.7 * score / 100)
            if not out:
                for term, score, _ in process.extract(
                    token, self.vocab, scorer=fuzz.partial_ratio, score_cutoff=90, limit=5
                ):
                    if len(term) >= len(token):
                        out[term] = max(out.get(term, 0.0), 0.5 * score / 100)
        return list(out.items())

    def _units(self, query: str) -> list[tuple[list[str], str | None]]:
        """The query as units to match: (words, concept token) per synonym phrase, then words."""
        folded = fold(query)
        units: list[tuple[list[str], str | None]] = []
        seen: set[str] = set()
        if self.synonyms is not None:
            rest = list(folded)
            for concept, start, end in self.synonyms.matches(folded):
                rest[start:end] = " " * (end - start)
                if concept not in seen:
                    seen.add(concept)
                    units.append((tokens(folded[start:end]), concept))
            folded = "".join(rest)
        for word in dict.fromkeys(tokens(folded)):
            if word not in seen:
                seen.add(word)
                units.append(([word], None))
        return units

    def _best(self, word: str) -> dict[int, float]:
        # A document scores by the best of the terms a query word expands to, not their sum.
        best: dict[int, float] = {}
        for term, factor in self.expand(word):
            idx, contrib = self._postings[term]
            for i, c in zip(idx, contrib, strict=True):
                value = factor * c
                if value > best.get(i, 0.0):
                    best[i] = value
        return best

    def rank(self, query: str, *, limit: int = 20) -> list[tuple[int, float]]:
        """(document index, score) pairs, best first, for documents that match."""
        units = self._units(query)
        if not units or not self.size:
            return []
        if self.size > PLAIN_MAX:
            return self._rank_numpy(units, limit)
        return self._rank_plain(units, limit)

    def _rank_plain(
        self, units: list[tuple[list[str], str | None]], limit: int
    ) -> list[tuple[int, float]]:
        # Sparse, in plain Python: a query on a bank of this size touches few postings, and a
        # command that searches need not import NumPy (which costs more than the search).
        scores: dict[int, float] = {}
        matched: dict[int, int] = {}
        for words, concept in units:
            best: dict[int, float] = {}
            for word in words:
                for i, value in self._best(word).items():
                    best[i] = best.get(i, 0.0) + value
            if concept is not None and concept in self._postings:
                # The phrase's own words or any phrase of its group, whichever scores higher.
                idx, contrib = self._postings[concept]
                for i, c in zip(idx, contrib, strict=True):
                    if c > best.get(i, 0.0):
                        best[i] = c
            for i, value in best.items():
                scores[i] = scores.get(i, 0.0) + value
                matched[i] = matched.get(i, 0) + (value > 0)
        # Questions that match every part of the query rank above those matching only some.
        n_units = len(units)
        final = {
            i: s * ((matched[i] / n_units) * (matched[i] / n_units)) for i, s in scores.items()
        }
        order = sorted((i for i, s in final.items() if s > 0), key=lambda i: (-final[i], i))
        return [(i, final[i]) for i in order[:limit]]

    def _rank_numpy(
        self, units: list[tuple[list[str], str | None]], limit: int
    ) -> list[tuple[int, float]]:
        # Vectorised, for large banks: the same scores, summed in the same order.
        import numpy as np

        def postings(term: str) -> tuple[Any, Any]:
            idx, contrib = self._postings[term]
            return np.frombuffer(idx, dtype=np.int64), np.frombuffer(contrib, dtype=np.float64)

        scores = np.zeros(self.size)
        matched = np.zeros(self.size)
        for words, concept in units:
            best = np.zeros(self.size)
            for word in words:
                one = np.zeros(self.size)
                for term, factor in self.expand(word):
                    idx, contrib = postings(term)
                    np.maximum.at(one, idx, factor * contrib)
                best += one
            if concept is not None and concept in self._postings:
                idx, contrib = postings(concept)
                np.maximum.at(best, idx, contrib)
            scores += best
            matched += best > 0
        scores *= (matched / len(units)) ** 2
        order = np.argsort(-scores, kind="stable")[:limit]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]


# A term's postings: the documents it occurs in, and what it adds to each one's score.
Posting = tuple["array[int]", "array[float]"]


class _Postings(Mapping[str, Posting]):
    """Postings over two shared arrays, sliced when a term is looked up (a query needs few)."""

    def __init__(
        self,
        terms: list[str],
        sizes: array[int],
        idx: array[int],
        contrib: array[float],
    ) -> None:
        ends = list(accumulate(sizes))
        self._spans = dict(zip(terms, zip([0, *ends[:-1]], ends, strict=True), strict=True))
        self._idx = idx
        self._contrib = contrib

    def __getitem__(self, term: str) -> Posting:
        a, b = self._spans[term]
        return self._idx[a:b], self._contrib[a:b]

    def __contains__(self, term: object) -> bool:
        return term in self._spans

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def _number_forms(token: str) -> list[str]:
    """English singular and plural forms of a word, as simple suffix rules give them."""
    if len(token) < 4:
        return []
    if token.endswith("ies"):
        return [token[:-3] + "y"]
    if token.endswith("s") and not token.endswith("ss"):
        return [token[:-1]]
    if token.endswith("y"):
        return [token[:-1] + "ies", token + "s"]
    return [token + "s"]


class SearchIndex:
    """Search over questions: text, summary, tags, dimension labels and translations."""

    def __init__(self, questions: Sequence[Question], index: TextIndex | None = None) -> None:
        """Index the questions, or reuse `index`, built earlier over the same questions."""
        self.questions = list(questions)
        if index is None:
            from askback.bank.synonyms import shipped

            index = TextIndex(
                [question_fields(q) for q in self.questions], FIELD_WEIGHTS, synonyms=shipped()
            )
        self.index = index

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        return [SearchHit(self.questions[i], s) for i, s in self.index.rank(query, limit=limit)]
