"""Corpus to Chroma: validate, chunk, embed only what changed, switch atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.chunking import CHUNKER_VERSION, Chunk, chunk_document
from ingest.claim_screen import CONFIRMED, REJECTED_CLAIMS, ClaimFlag, load_claims, load_confirmations, screen_corpus
from ingest.documents import Document, load_corpus
from ingest.embedding import MODEL_NAME, Embedder
from ingest.sentences import sentence_units
from ingest.store import ActiveIndex, IndexStore, collection_names

EMBED_BATCH = 64


@dataclass(frozen=True)
class Record:
    """One row of a collection: a passage or a sentence unit of one."""

    id: str
    text: str
    embedding_text: str
    metadata: dict[str, Any]

    @property
    def embedded_sha(self) -> str:
        """What the stored vector was computed from; a vector is reused only when this matches."""
        return hashlib.sha256(f"{MODEL_NAME}\0{self.embedding_text}".encode()).hexdigest()[:20]


def _record(id: str, text: str, embedding_text: str, metadata: dict[str, Any]) -> Record:
    row = Record(id, text, embedding_text, metadata)
    row.metadata["embedded_sha"] = row.embedded_sha
    return row


@dataclass
class Plan:
    documents: list[Document]
    chunks: list[Record]
    units: list[Record]
    manifest: dict[str, Any]

    @property
    def corpus_version(self) -> str:
        return str(self.manifest["corpus_version"])


@dataclass
class IngestReport:
    corpus_version: str
    up_to_date: bool
    documents: int
    skipped_documents: list[str]
    chunks: int
    units: int
    embedded: int = 0
    reused: int = 0
    removed_chunks: int = 0
    seconds: float = 0.0
    dropped_collections: list[str] = field(default_factory=list)
    # Sentences close to a rejected claim that no reviewer has cleared (ingest/claim_screen.py).
    claim_flags: list[ClaimFlag] = field(default_factory=list)

    def summary(self) -> str:
        if self.up_to_date:
            return (
                f"Index is up to date (corpus {self.corpus_version[:12]}: "
                f"{self.documents} documents, {self.chunks} passages) in {self.seconds:.2f} s."
            )
        return (
            f"Indexed corpus {self.corpus_version[:12]}: {self.documents} documents, "
            f"{self.chunks} passages, {self.units} sentence units; embedded {self.embedded}, "
            f"reused {self.reused}, removed {self.removed_chunks} passages; {self.seconds:.1f} s."
        )


def _chunk_records(document: Document, chunks: list[Chunk]) -> tuple[list[Record], list[Record]]:
    chunk_rows, unit_rows = [], []
    for chunk in chunks:
        chunk_rows.append(
            _record(
                id=chunk.id,
                text=chunk.text,
                embedding_text=chunk.embedding_text,
                metadata={
                    "doc_id": document.id,
                    "title": document.title,
                    "publisher": document.publisher,
                    "source_kind": document.source_kind,
                    "url": document.url,
                    "section": chunk.section,
                    "ordinal": chunk.ordinal,
                },
            )
        )
        for i, span in enumerate(sentence_units(chunk.text)):
            text = span.of(chunk.text)
            unit_rows.append(
                _record(
                    id=f"{chunk.id}:{i}:{hashlib.sha256(text.encode()).hexdigest()[:8]}",
                    text=text,
                    # "This process involves: ..." means little without its section heading.
                    embedding_text=f"{chunk.section}\n{text}" if chunk.section else text,
                    metadata={
                        "chunk_id": chunk.id,
                        "doc_id": document.id,
                        "start": span.start,
                        "end": span.end,
                        "position": i,
                    },
                )
            )
    return chunk_rows, unit_rows


def plan_corpus(corpus_dir: Path) -> Plan:
    """Everything ingest would store, and the corpus version it makes; loads no model."""
    documents = load_corpus(corpus_dir)
    # The review's claim files are checked with the documents, before anything is embedded, and
    # are part of the version: a reviewer's new confirmation or claim is screened at the next ingest.
    load_claims(corpus_dir)
    load_confirmations(corpus_dir)
    review_files = {
        str(name): hashlib.sha256(path.read_bytes()).hexdigest()
        for name in (REJECTED_CLAIMS, CONFIRMED)
        if (path := Path(corpus_dir) / name).exists()
    }
    chunks: list[Record] = []
    units: list[Record] = []
    manifest_documents = []
    for document in documents:
        entry: dict[str, Any] = {
            "id": document.id,
            "title": document.title,
            "publisher": document.publisher,
            "source_kind": document.source_kind,
            "file": document.path.name,
            "seed": document.seed,
            "status": document.review.status,
            "reviewer": document.review.reviewer,
            "review_date": document.review.date,
            "sha256": document.sha256,
            "excluded_passages": len(document.excluded),
            "chunk_ids": [],
        }
        if document.approved:
            chunk_rows, unit_rows = _chunk_records(document, chunk_document(document))
            chunks.extend(chunk_rows)
            units.extend(unit_rows)
            entry["chunk_ids"] = [row.id for row in chunk_rows]
        entry["chunks"] = len(entry["chunk_ids"])
        manifest_documents.append(entry)
    stored = hashlib.sha256()
    for row in (*chunks, *units):
        # Everything written to Chroma: a change in unit splitting or metadata is a new version.
        stored.update(json.dumps([row.id, row.text, row.embedding_text, row.metadata], sort_keys=True).encode())
    identity = {
        "chunker": CHUNKER_VERSION,
        "model": MODEL_NAME,
        "documents": [(d["id"], d["sha256"], d["status"], d["chunk_ids"]) for d in manifest_documents],
        "stored": stored.hexdigest(),
        "review_files": review_files,
    }
    version = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()
    manifest = {
        "corpus_version": version,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "chunker": CHUNKER_VERSION,
        "embedding_model": MODEL_NAME,
        "documents": manifest_documents,
        "counts": {
            "documents": len(documents),
            "approved_documents": sum(d.approved for d in documents),
            "chunks": len(chunks),
            "units": len(units),
            "excluded_passages": sum(len(d.excluded) for d in documents if d.approved),
        },
    }
    return Plan(documents, chunks, units, manifest)


def _reusable(store: IndexStore, name: str, rows: list[Record]) -> dict[str, list[float]]:
    """Vectors stored under ``name`` that were computed from exactly these rows' text."""
    if not name or not rows or not store.has_collection(name):
        return {}
    wanted = {row.id: row.embedded_sha for row in rows}
    got = store.collection(name).get(ids=list(wanted), include=["embeddings", "metadatas"])
    return {
        i: list(e)
        for i, e, meta in zip(got["ids"], got["embeddings"], got["metadatas"], strict=True)
        if meta.get("embedded_sha") == wanted[i]
    }


def _fill(
    store: IndexStore,
    name: str,
    rows: list[Record],
    previous: str,
    embedder: Embedder,
    bar: Any,
) -> tuple[int, int]:
    """Make collection ``name`` hold exactly ``rows``; returns (embedded, reused)."""
    collection = store.collection(name, create=True)
    ids = [row.id for row in rows]
    already = set(collection.get(ids=ids, include=[])["ids"]) if ids else set()
    todo = [row for row in rows if row.id not in already]
    reusable = _reusable(store, previous, todo)
    batch_size = min(EMBED_BATCH * 8, store.client.get_max_batch_size())

    def add(batch: list[Record], vectors: list[list[float]]) -> None:
        collection.add(
            ids=[row.id for row in batch],
            embeddings=vectors,
            documents=[row.text for row in batch],
            metadatas=[row.metadata for row in batch],
        )

    copied = [row for row in todo if row.id in reusable]
    for start in range(0, len(copied), batch_size):
        batch = copied[start : start + batch_size]
        add(batch, [reusable[row.id] for row in batch])
    # Batches of similar length waste less padding (encode sorts only within one call).
    fresh = sorted((row for row in todo if row.id not in reusable), key=lambda row: len(row.embedding_text))
    bar.total += len(fresh)
    bar.refresh()
    for start in range(0, len(fresh), EMBED_BATCH):
        batch = fresh[start : start + EMBED_BATCH]
        vectors = embedder.encode([row.embedding_text for row in batch], batch_size=EMBED_BATCH)
        add(batch, [list(map(float, v)) for v in vectors])
        bar.update(len(batch))
    stray = sorted(set(collection.get(include=[])["ids"]) - set(ids))
    if stray:
        collection.delete(ids=stray)
    if collection.count() != len(rows):
        raise RuntimeError(f"collection {name} holds {collection.count()} rows, expected {len(rows)}")
    return len(fresh), len(copied) + len(already)


def ingest(
    corpus_dir: Path,
    store: IndexStore,
    embedder: Embedder,
    *,
    show_progress: bool | None = None,
) -> IngestReport:
    """Build or update the index; a no-op (no model load) when nothing changed."""
    started = time.perf_counter()
    plan = plan_corpus(corpus_dir)
    active = store.active()
    chunks_name, units_name = collection_names(plan.corpus_version)
    report = IngestReport(
        corpus_version=plan.corpus_version,
        up_to_date=False,
        documents=len(plan.documents),
        skipped_documents=[d.id for d in plan.documents if not d.approved],
        chunks=len(plan.chunks),
        units=len(plan.units),
    )
    if (
        active is not None
        and active.corpus_version == plan.corpus_version
        and store.has_collection(active.chunks)
        and store.has_collection(active.units)
        and store.collection(active.chunks).count() == len(plan.chunks)
    ):
        report.up_to_date = True
        report.seconds = time.perf_counter() - started
        return report

    from tqdm import tqdm

    report.claim_flags = screen_corpus(corpus_dir, plan.units, embedder)
    plan.manifest["claim_screen"] = {
        "unconfirmed": [
            {"doc_id": f.doc_id, "unit_id": f.unit_id, "claim": f.claim_id, "similarity": f.similarity}
            for f in report.claim_flags
        ]
    }
    # None lets tqdm decide: a bar on a terminal, silence in logs and CI.
    disable = True if show_progress is False else (False if show_progress else None)
    with tqdm(total=0, desc="Embedding", unit="text", file=sys.stderr, disable=disable) as bar:
        embedded_chunks, reused_chunks = _fill(
            store, chunks_name, plan.chunks, active.chunks if active else "", embedder, bar
        )
        embedded_units, reused_units = _fill(
            store, units_name, plan.units, active.units if active else "", embedder, bar
        )
    store.save_manifest(plan.manifest)
    store.switch_to(
        ActiveIndex(
            corpus_version=plan.corpus_version,
            chunks=chunks_name,
            units=units_name,
            previous_chunks=active.chunks if active and active.chunks != chunks_name else "",
            previous_units=active.units if active and active.units != units_name else "",
        )
    )
    # The previous pair stays one generation so readers that loaded it can finish.
    keep = {chunks_name, units_name}
    if active and active.chunks != chunks_name:
        keep |= {active.chunks, active.units}
    report.dropped_collections = store.drop_collections_except(keep)
    if active is not None and store.has_collection(active.chunks) and active.chunks != chunks_name:
        old_ids = set(store.collection(active.chunks).get(include=[])["ids"])
        report.removed_chunks = len(old_ids - {row.id for row in plan.chunks})
    report.embedded = embedded_chunks + embedded_units
    report.reused = reused_chunks + reused_units
    report.seconds = time.perf_counter() - started
    return report
