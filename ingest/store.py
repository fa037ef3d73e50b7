"""The Chroma side of the index: collections per corpus version, an active pointer, manifests.

Each corpus version lives in its own pair of collections (passages and their sentence
units). Ingest fills a new pair and only then moves the ``active`` pointer, one write, so
a reader never sees a half-built index.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.embedding import DIMENSIONS, Embedder, chroma_embedding_function

META_COLLECTION = "kg_meta"
_ACTIVE_ID = "active"
_PLACEHOLDER = [1.0] + [0.0] * (DIMENSIONS - 1)


class IndexUnavailable(RuntimeError):
    """The index cannot be reached or has not been built."""


@dataclass(frozen=True)
class ActiveIndex:
    corpus_version: str
    chunks: str
    units: str
    previous_chunks: str = ""
    previous_units: str = ""


def collection_names(corpus_version: str) -> tuple[str, str]:
    short = corpus_version[:16]
    return f"kg_chunks_{short}", f"kg_units_{short}"


def make_client(index_dir: Path | None = None, server: str = "") -> Any:
    """An embedded Chroma at ``index_dir``, or a Chroma server at ``host:port``."""
    import chromadb
    from chromadb.config import Settings
    from chromadb.errors import ChromaError

    settings = Settings(anonymized_telemetry=False)
    try:
        if server:
            host, _, port = server.rpartition(":")
            return chromadb.HttpClient(host=host or "127.0.0.1", port=int(port), settings=settings)
        if index_dir is None:
            raise IndexUnavailable("no index directory configured")
        Path(index_dir).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=settings)
    except (ValueError, OSError) as exc:
        raise IndexUnavailable(f"cannot open the Chroma index: {exc}") from None
    except ChromaError as exc:
        raise IndexUnavailable(
            f"the index at {index_dir} cannot be read ({exc}). "
            "Rebuild it with `klonopin-guide ingest --rebuild` (the broken copy is kept beside it)."
        ) from None


def set_aside(index_dir: Path) -> Path | None:
    """Move an index directory out of the way (kept for inspection, never deleted); returns where it went."""
    index_dir = Path(index_dir)
    if not index_dir.exists():
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = index_dir.with_name(f"{index_dir.name}.broken-{stamp}")
    index_dir.rename(target)
    return target


class IndexStore:
    def __init__(self, client: Any, embedder: Embedder) -> None:
        self.client = client
        self._embedding_function = chroma_embedding_function(embedder)

    def collection(self, name: str, *, create: bool = False) -> Any:
        if create:
            return self.client.get_or_create_collection(
                name,
                embedding_function=self._embedding_function,
                configuration={"hnsw": {"space": "cosine"}},
            )
        return self.client.get_collection(name, embedding_function=self._embedding_function)

    def has_collection(self, name: str) -> bool:
        return name in {c.name for c in self.client.list_collections()}

    def _meta(self) -> Any:
        return self.collection(META_COLLECTION, create=True)

    def active(self) -> ActiveIndex | None:
        if not self.has_collection(META_COLLECTION):
            return None
        got = self._meta().get(ids=[_ACTIVE_ID], include=["metadatas"])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0]
        return ActiveIndex(
            corpus_version=str(meta["corpus_version"]),
            chunks=str(meta["chunks"]),
            units=str(meta["units"]),
            previous_chunks=str(meta.get("previous_chunks", "")),
            previous_units=str(meta.get("previous_units", "")),
        )

    def switch_to(self, active: ActiveIndex) -> None:
        """Point readers at a fully built pair of collections: a single upsert."""
        self._meta().upsert(
            ids=[_ACTIVE_ID],
            embeddings=[_PLACEHOLDER],
            documents=[active.corpus_version],
            metadatas=[
                {
                    "corpus_version": active.corpus_version,
                    "chunks": active.chunks,
                    "units": active.units,
                    "previous_chunks": active.previous_chunks,
                    "previous_units": active.previous_units,
                }
            ],
        )

    def save_manifest(self, manifest: dict[str, Any]) -> None:
        self._meta().upsert(
            ids=[f"manifest:{manifest['corpus_version']}"],
            embeddings=[_PLACEHOLDER],
            documents=[json.dumps(manifest, sort_keys=True)],
            metadatas=[{"kind": "manifest", "created_at": manifest["created_at"]}],
        )

    def manifest(self, corpus_version: str) -> dict[str, Any] | None:
        if not self.has_collection(META_COLLECTION):
            return None
        got = self._meta().get(ids=[f"manifest:{corpus_version}"], include=["documents"])
        return json.loads(got["documents"][0]) if got["ids"] else None

    def manifests(self) -> list[dict[str, Any]]:
        """Every corpus version ever indexed here, oldest first, so old citations still resolve."""
        if not self.has_collection(META_COLLECTION):
            return []
        got = self._meta().get(where={"kind": "manifest"}, include=["documents"])
        found = [json.loads(doc) for doc in got["documents"]]
        return sorted(found, key=lambda m: m["created_at"])

    def drop_collections_except(self, keep: set[str]) -> list[str]:
        dropped = []
        for info in self.client.list_collections():
            if info.name.startswith(("kg_chunks_", "kg_units_")) and info.name not in keep:
                self.client.delete_collection(info.name)
                dropped.append(info.name)
        return dropped
