"""Passages for a query: dense (Chroma) or hybrid (dense + BM25, fused by reciprocal rank)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.lexical import LexicalIndex, tokenize
from ingest.store import ActiveIndex, IndexStore

__all__ = ["Hit", "Retriever", "Unit", "tokenize"]

RRF_K = 60
DISTINCTIVE_IDF = 1.0
CANDIDATES = 20
LEXICAL_PAGE = 5000


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
    def __init__(self, chunks: Any, units: Any, mode: str = "dense") -> None:
        """Retrieval over a pair of Chroma collections: passages and their quotable units."""
        if mode not in ("dense", "hybrid"):
            raise ValueError(f"retrieval mode must be dense or hybrid, not {mode!r}")
        self.mode = mode
        self.chunks = chunks
        self.units = units
        self.size = self.chunks.count()
        self._lexical: LexicalIndex | None = None
        self._lexical_ids: list[str] = []
        if mode == "hybrid":
            self._build_lexical()

    @classmethod
    def open(cls, store: IndexStore, active: ActiveIndex, mode: str = "dense") -> Retriever:
        return cls(store.collection(active.chunks), store.collection(active.units), mode)

    def _build_lexical(self) -> None:
        # Paged: one get() of a large collection exceeds SQLite's limit on bound variables.
        ids: list[str] = []
        texts: list[str] = []
        while True:
            page = self.chunks.get(include=["documents", "metadatas"], limit=LEXICAL_PAGE, offset=len(ids))
            if not page["ids"]:
                break
            ids.extend(page["ids"])
            texts.extend(
                f"{meta.get('section', '') if meta else ''} {doc}"
                for doc, meta in zip(page["documents"], page["metadatas"], strict=True)
            )
        self._lexical_ids = ids
        self._lexical = LexicalIndex.from_texts(texts)

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
        assert self._lexical is not None
        lexical = [self._lexical_ids[i] for i in self._lexical.top(tokenize(text), CANDIDATES)]
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
        if self._lexical is None:
            return []
        idf = self._lexical.idf
        return sorted({t for t in tokenize(text) if len(t) >= 4 and idf.get(t, 0.0) > DISTINCTIVE_IDF})

    def frequent_in_corpus(self, term: str) -> bool:
        """A stem in many passages ("klonopin"): the corpus's own subject, not a distinctive claim."""
        return self._lexical is not None and 0.0 < self._lexical.idf.get(term, 0.0) <= DISTINCTIVE_IDF

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
