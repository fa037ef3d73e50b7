"""Passages for a query: dense (Chroma) or hybrid (dense + BM25, fused by reciprocal rank)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from ingest.store import ActiveIndex, IndexStore

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
RRF_K = 60
DISTINCTIVE_IDF = 1.0
CANDIDATES = 20


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    """A light suffix strip so "taper", "tapering" and "tapered" meet; no dictionary needed."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Everyday words for the same thing as the corpus's words.
_SYNONYMS = {"benzo": "benzodiazepine", "benzos": "benzodiazepine", "kpin": "klonopin", "kpins": "klonopin"}


def tokenize(text: str) -> list[str]:
    words = (_SYNONYMS.get(w, w) for w in _WORD.findall(text.lower()))
    return [_stem(w) for w in words if w not in _STOPWORDS]


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    text: str
    metadata: dict[str, Any]
    similarity: float


@dataclass(frozen=True)
class Unit:
    """A quotable sentence unit of a passage, with its embedding."""

    id: str
    chunk_id: str
    start: int
    end: int
    position: int
    text: str
    vector: np.ndarray


class Retriever:
    def __init__(self, store: IndexStore, active: ActiveIndex, mode: str = "dense") -> None:
        if mode not in ("dense", "hybrid"):
            raise ValueError(f"retrieval mode must be dense or hybrid, not {mode!r}")
        self.mode = mode
        self._store = store
        self.chunks = store.collection(active.chunks)
        self.units = store.collection(active.units)
        self.size = self.chunks.count()
        self._bm25: Any = None
        self._bm25_ids: list[str] = []
        if mode == "hybrid":
            self._build_bm25()

    def _build_bm25(self) -> None:
        from rank_bm25 import BM25Okapi

        got = self.chunks.get(include=["documents", "metadatas"])
        corpus = [
            tokenize(f"{meta.get('section', '')} {doc}")
            for doc, meta in zip(got["documents"], got["metadatas"], strict=True)
        ]
        self._bm25_ids = list(got["ids"])
        self._bm25 = BM25Okapi(corpus)

    def _dense(self, vector: np.ndarray, n: int) -> list[Hit]:
        got = self.chunks.query(
            query_embeddings=[vector.tolist()],
            n_results=min(n, self.size),
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(cid, doc, dict(meta), 1.0 - float(dist))
            for cid, doc, meta, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True
            )
        ]

    def search(self, vector: np.ndarray, text: str, k: int = 5) -> list[Hit]:
        if self.size == 0:
            return []
        if self.mode == "dense":
            return self._dense(vector, k)
        dense = self._dense(vector, CANDIDATES)
        scores = self._bm25.get_scores(tokenize(text))
        lexical = [self._bm25_ids[i] for i in np.argsort(-scores)[:CANDIDATES] if scores[i] > 0]
        fused: dict[str, float] = {}
        for rank, hit in enumerate(dense):
            fused[hit.chunk_id] = fused.get(hit.chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        for rank, cid in enumerate(lexical):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda cid: -fused[cid])[:k]
        known = {hit.chunk_id: hit for hit in dense}
        missing = [cid for cid in order if cid not in known]
        if missing:
            got = self.chunks.get(ids=missing, include=["documents", "metadatas", "embeddings"])
            for cid, doc, meta, emb in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            ):
                known[cid] = Hit(cid, doc, dict(meta), float(np.dot(vector, np.asarray(emb))))
        return [known[cid] for cid in order]

    def distinctive_terms(self, text: str) -> list[str]:
        """Stems of ``text`` that occur in the corpus but in few passages (BM25 idf above 1)."""
        if self._bm25 is None:
            return []
        idf = self._bm25.idf
        return sorted({t for t in tokenize(text) if len(t) >= 4 and idf.get(t, 0.0) > DISTINCTIVE_IDF})

    def units_of(self, chunk_ids: list[str]) -> list[Unit]:
        if not chunk_ids:
            return []
        got = self.units.get(
            where={"chunk_id": {"$in": list(chunk_ids)}},
            include=["documents", "metadatas", "embeddings"],
        )
        return [
            Unit(
                id=uid,
                chunk_id=str(meta["chunk_id"]),
                start=int(meta["start"]),
                end=int(meta["end"]),
                position=int(meta["position"]),
                text=doc,
                vector=np.asarray(emb, dtype=np.float32),
            )
            for uid, doc, meta, emb in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            )
        ]
