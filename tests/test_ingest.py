"""Ingest with the real model and a real Chroma: incremental, idempotent, atomic."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.core import Assistant
from ingest.embedding import Embedder
from ingest.pipeline import ingest, plan_corpus
from ingest.store import IndexStore, make_client

SMALL = ("facts-about-klonopin-addiction-treatment.md", "klonopin-dependence-and-recovery.md")


@pytest.fixture()
def small_corpus(corpus_copy: Path) -> Path:
    for path in corpus_copy.glob("*.md"):
        if path.name not in SMALL and path.name != "README.md":
            path.unlink()
    return corpus_copy


class InterruptingEmbedder(Embedder):
    """The real model, cut off after a number of batches, as a crash or Ctrl-C would."""

    def __init__(self, inner: Embedder, batches: int) -> None:
        super().__init__(threads=inner.threads)
        self._model = inner._load()
        self.batches_left = batches

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if self.batches_left <= 0:
            raise KeyboardInterrupt
        self.batches_left -= 1
        return super().encode(texts, batch_size=batch_size)


def _store(path: Path, embedder: Embedder) -> IndexStore:
    return IndexStore(make_client(path), embedder)


def _active_ids(store: IndexStore) -> set[str]:
    active = store.active()
    assert active is not None
    return set(store.collection(active.chunks).get(include=[])["ids"])


def test_second_run_is_a_no_op_and_ids_are_stable(tmp_path: Path, small_corpus: Path, embedder: Embedder) -> None:
    store = _store(tmp_path / "a", embedder)
    first = ingest(small_corpus, store, embedder, show_progress=False)
    assert not first.up_to_date and first.embedded == first.chunks + first.units
    again = ingest(small_corpus, store, embedder, show_progress=False)
    assert again.up_to_date and again.embedded == 0
    assert again.corpus_version == first.corpus_version

    fresh = _store(tmp_path / "b", embedder)
    ingest(small_corpus, fresh, embedder, show_progress=False)
    assert _active_ids(fresh) == _active_ids(store)
    manifest = store.manifest(first.corpus_version)
    assert manifest is not None
    assert sorted(c for d in manifest["documents"] for c in d["chunk_ids"]) == sorted(_active_ids(store))


def test_only_changed_passages_are_embedded_and_removed_ones_deleted(
    tmp_path: Path, small_corpus: Path, embedder: Embedder
) -> None:
    store = _store(tmp_path / "idx", embedder)
    ingest(small_corpus, store, embedder, show_progress=False)
    before = _active_ids(store)

    path = small_corpus / "klonopin-dependence-and-recovery.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("There are various types of counseling available. ", ""), encoding="utf-8")
    report = ingest(small_corpus, store, embedder, show_progress=False)
    after = _active_ids(store)
    assert 0 < report.embedded < 10, report
    assert report.reused > 20
    assert len(before - after) == 1 and len(after - before) == 1

    (small_corpus / "facts-about-klonopin-addiction-treatment.md").unlink()
    report = ingest(small_corpus, store, embedder, show_progress=False)
    assert report.embedded == 0
    assert not any(cid.startswith("facts-about") for cid in _active_ids(store))


def test_rejected_document_is_not_indexed(tmp_path: Path, small_corpus: Path, embedder: Embedder) -> None:
    path = small_corpus / "facts-about-klonopin-addiction-treatment.md"
    path.write_text(path.read_text(encoding="utf-8").replace("status: approved", "status: rejected"), "utf-8")
    store = _store(tmp_path / "idx", embedder)
    report = ingest(small_corpus, store, embedder, show_progress=False)
    assert report.skipped_documents == ["facts-about-klonopin-addiction-treatment"]
    assert all(cid.startswith("klonopin-dependence") for cid in _active_ids(store))


def test_interrupted_ingest_keeps_serving_the_previous_index(
    tmp_path: Path, small_corpus: Path, embedder: Embedder
) -> None:
    index = tmp_path / "idx"
    store = _store(index, embedder)
    ingest(small_corpus, store, embedder, show_progress=False)
    old = store.active()
    assert old is not None

    # A new document: its passages need fresh embeddings, and the run is cut off midway.
    shutil.copy(
        Path(__file__).parent.parent / "corpus" / "klonopin-addiction-and-abuse-guide.md",
        small_corpus / "klonopin-addiction-and-abuse-guide.md",
    )
    with pytest.raises(KeyboardInterrupt):
        ingest(small_corpus, store, InterruptingEmbedder(embedder, batches=1), show_progress=False)
    assert store.active() == old

    settings = Settings(index_dir=index, corpus_dir=small_corpus)
    response = Assistant(_store(index, embedder), embedder, settings).ask("What are Klonopin withdrawal symptoms?")
    assert response.kind == "answer"
    assert response.corpus_version == old.corpus_version

    resumed = ingest(small_corpus, store, embedder, show_progress=False)
    assert resumed.corpus_version == plan_corpus(small_corpus).corpus_version
    assert resumed.reused > 0  # the batch embedded before the interruption was kept
    assert any(cid.startswith("klonopin-addiction-and-abuse") for cid in _active_ids(store))


def test_a_running_assistant_follows_a_new_corpus_version(
    tmp_path: Path, small_corpus: Path, embedder: Embedder
) -> None:
    import time

    index = tmp_path / "idx"
    store = _store(index, embedder)
    ingest(small_corpus, store, embedder, show_progress=False)
    assistant = Assistant(_store(index, embedder), embedder, Settings(index_dir=index, corpus_dir=small_corpus))
    before = assistant.ask("What are Klonopin withdrawal symptoms?").corpus_version

    path = small_corpus / "facts-about-klonopin-addiction-treatment.md"
    path.unlink()
    ingest(small_corpus, store, embedder, show_progress=False)
    ingest(small_corpus, store, embedder, show_progress=False)
    time.sleep(5.2)  # the assistant looks at the active pointer every few seconds
    after = assistant.ask("What are Klonopin withdrawal symptoms?")
    assert after.corpus_version != before
    assert not any(c.doc_id.startswith("facts-about") for c in after.citations)
