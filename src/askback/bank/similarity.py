"""Near-duplicate detection: TF-IDF over word and character n-grams, compared by cosine.

Shared words alone miss rewordings ("stopped", "withdrawn", "redesigned"); character n-grams
catch shared stems and word bigrams catch shared phrases, so two questions that ask the same
thing in different words still score high.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from askback.bank.schema import Question
from askback.bank.search import STOPWORDS, fold

_WORD = re.compile(r"[a-z0-9]+")
# Reviewed on the shipped bank (see docs/bank-maintenance.md): every merged pair scored above it,
# the highest distinct pair below it.
NEAR_DUPLICATE = 0.40


@dataclass(frozen=True)
class SimilarPair:
    first: str
    second: str
    score: float


def _stem(word: str) -> str:
    """A crude English stem, enough to let 'stopped' meet 'stop' and 'models' meet 'model'."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _features(text: str) -> Counter[str]:
    words = [_stem(w) for w in _WORD.findall(fold(text)) if w not in STOPWORDS]
    grams: Counter[str] = Counter(f"w:{w}" for w in words)
    grams.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    for w in words:
        padded = f" {w} "
        for n in (3, 4, 5):
            grams.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return grams


def _tfidf(texts: Sequence[str]) -> NDArray[np.float64]:
    """Rows of L2-normalised sublinear TF-IDF, one per text."""
    feats = [_features(t) for t in texts]
    df: Counter[str] = Counter(g for f in feats for g in f)
    vocab = {g: i for i, g in enumerate(df)}
    n = len(texts)
    idf = np.zeros(len(vocab))
    for g, i in vocab.items():
        idf[i] = np.log((1 + n) / (1 + df[g])) + 1
    matrix = np.zeros((n, len(vocab)))
    for row, f in enumerate(feats):
        for g, count in f.items():
            matrix[row, vocab[g]] = 1 + np.log(count)
    matrix *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def question_text(q: Question) -> str:
    """What a question asks: its text and summary."""
    return f"{q.text} {q.summary}"


def similar_pairs(
    questions: Iterable[Question], *, threshold: float = NEAR_DUPLICATE, top: int | None = None
) -> list[SimilarPair]:
    """Pairs at or above the threshold (or the `top` most similar), most similar first."""
    qs = list(questions)
    if len(qs) < 2:
        return []
    vectors = _tfidf([question_text(q) for q in qs])
    sims = vectors @ vectors.T
    i, j = np.triu_indices(len(qs), k=1)
    scores = sims[i, j]
    order = np.argsort(-scores, kind="stable")
    out: list[SimilarPair] = []
    for k in order:
        score = float(scores[k])
        if (top is None and score < threshold) or (top is not None and len(out) >= top):
            break
        out.append(SimilarPair(qs[int(i[k])].id, qs[int(j[k])].id, round(score, 3)))
    return out
