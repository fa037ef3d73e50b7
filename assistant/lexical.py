"""Okapi BM25 over an inverted index: a query costs its terms' postings, not a scan of every passage.

Scores are exactly those of ``rank_bm25.BM25Okapi`` (k1 1.5, b 0.75, negative idf floored at a
quarter of the mean idf); a test holds the two equal, so swapping them changed no ranking.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

K1 = 1.5
B = 0.75
EPSILON = 0.25

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
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
        "if",
        "in",
        "is",
        "it",
        "its",
        "my",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
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
        "me",
        "we",
        "our",
    ]
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "ly", "s")
# Everyday words for the same thing as the corpus's words.
_SYNONYMS = {"benzo": "benzodiazepine", "benzos": "benzodiazepine", "kpin": "klonopin", "kpins": "klonopin"}


def _stem(word: str) -> str:
    """A light suffix strip so "taper", "tapering" and "tapered" meet; no dictionary needed."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def tokenize(text: str) -> list[str]:
    words = (_SYNONYMS.get(w, w) for w in _WORD.findall(text.lower()))
    return [_stem(w) for w in words if w not in _STOPWORDS]


class LexicalIndex:
    """Term → (passage numbers, BM25 term weights), built once from tokenized passages."""

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        self.size = len(documents)
        lengths = np.fromiter((len(d) for d in documents), dtype=np.float64, count=self.size)
        average = float(lengths.mean()) if self.size else 0.0
        norm = K1 * (1 - B + B * lengths / average) if average else np.full(self.size, K1)
        rows: dict[str, list[int]] = defaultdict(list)
        counts: dict[str, list[int]] = defaultdict(list)
        for number, doc in enumerate(documents):
            for term, tf in Counter(doc).items():
                rows[term].append(number)
                counts[term].append(tf)
        self.idf: dict[str, float] = {}
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        idf_sum = 0.0
        negative = []
        for term, numbers in rows.items():
            value = math.log(self.size - len(numbers) + 0.5) - math.log(len(numbers) + 0.5)
            self.idf[term] = value
            idf_sum += value
            if value < 0:
                negative.append(term)
            ids = np.asarray(numbers, dtype=np.int32)
            tf = np.asarray(counts[term], dtype=np.float64)
            self._postings[term] = (ids, tf * (K1 + 1) / (tf + norm[ids]))
        floor = EPSILON * idf_sum / len(self.idf) if self.idf else 0.0
        for term in negative:
            self.idf[term] = floor

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> LexicalIndex:
        return cls([tokenize(t) for t in texts])

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage; repeated query terms count again, as in BM25Okapi."""
        total = np.zeros(self.size)
        for term in terms:
            posting = self._postings.get(term)
            if posting is not None:
                ids, weights = posting
                total[ids] += self.idf[term] * weights
        return total

    def top(self, terms: Sequence[str], n: int) -> list[int]:
        """Numbers of the ``n`` best-scoring passages with a score above zero, best first."""
        total = self.scores(terms)
        picked = np.flatnonzero(total > 0)
        if picked.size > n:
            picked = picked[np.argpartition(-total[picked], n - 1)[:n]]
        # Ties break by passage number so every run ranks the same.
        return sorted(picked.tolist(), key=lambda i: (-total[i], i))
