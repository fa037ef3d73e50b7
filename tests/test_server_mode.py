"""Client/server mode against a real `chroma run` on loopback: ingest, ask, outage, recovery."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from assistant.config import Settings
from assistant.core import Assistant
from ingest.embedding import Embedder
from ingest.pipeline import ingest, plan_corpus
from ingest.store import IndexStore, make_client
from tests.conftest import free_port

CHROMA = Path(sys.executable).parent / "chroma"


class ChromaServer:
    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://{self.address}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("chroma run did not come up")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


@pytest.fixture()
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-data", free_port())
    server.start()
    yield server
    server.stop()


def test_ingest_and_ask_against_a_chroma_server(chroma_server: ChromaServer, embedder: Embedder, corpus_copy) -> None:
    store = IndexStore(make_client(server=chroma_server.address), embedder)
    report = ingest(corpus_copy, store, embedder, show_progress=False)
    assert report.chunks > 50
    assert ingest(corpus_copy, store, embedder, show_progress=False).up_to_date

    settings = Settings(corpus_dir=corpus_copy, chroma_server=chroma_server.address)
    assistant = Assistant(store, embedder, settings)
    response = assistant.ask("What are the withdrawal symptoms of Klonopin?")
    assert response.kind == "answer"
    active = store.active()
    assert active is not None
    stored = store.collection(active.chunks).get(ids=[response.citations[0].chunk_id], include=["documents"])
    assert stored["documents"][0] == response.citations[0].passage


def test_server_outage_is_said_plainly_and_recovers(
    chroma_server: ChromaServer, embedder: Embedder, corpus_copy
) -> None:
    store = IndexStore(make_client(server=chroma_server.address), embedder)
    ingest(corpus_copy, store, embedder, show_progress=False)
    assistant = Assistant(store, embedder, Settings(corpus_dir=corpus_copy, chroma_server=chroma_server.address))

    chroma_server.stop()
    down = assistant.ask("What happens in medical detox for klonopin?")
    assert down.kind == "no_answer" and down.reason == "service_unavailable"
    assert "temporarily unavailable" in down.text and "911" in down.text
    crisis = assistant.ask("I want to kill myself")
    assert crisis.kind == "crisis" and "988" in crisis.text, "crisis replies never depend on retrieval"
    assert assistant.ask("how much klonopin should I take?").kind == "refusal"

    chroma_server.start()
    assert assistant.ask("What happens in medical detox for klonopin?").kind == "answer"


class ServerKillingEmbedder(Embedder):
    """The real model; after some batches the Chroma server dies (kill -9) mid-ingest."""

    def __init__(self, inner: Embedder, server: ChromaServer, batches: int) -> None:
        super().__init__(threads=inner.threads)
        self._model = inner._load()
        self.server, self.batches_left = server, batches

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if self.batches_left == 0 and self.server.process is not None:
            self.server.process.kill()
            self.server.process.wait(timeout=30)
            self.server.process = None
        self.batches_left -= 1
        return super().encode(texts, batch_size=batch_size)


def test_server_killed_mid_ingest_keeps_the_previous_index(
    chroma_server: ChromaServer, embedder: Embedder, corpus_copy: Path
) -> None:
    new_doc = corpus_copy / "klonopin-addiction-and-abuse-guide.md"
    held_back = new_doc.read_text(encoding="utf-8")
    new_doc.unlink()
    store = IndexStore(make_client(server=chroma_server.address), embedder)
    ingest(corpus_copy, store, embedder, show_progress=False)
    old = store.active()
    assert old is not None

    new_doc.write_text(held_back, encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 - whatever the client raises when its server vanishes
        ingest(corpus_copy, store, ServerKillingEmbedder(embedder, chroma_server, batches=1), show_progress=False)

    chroma_server.start()
    store = IndexStore(make_client(server=chroma_server.address), embedder)
    assert store.active() == old, "the half-built generation never became active"
    settings = Settings(corpus_dir=corpus_copy, chroma_server=chroma_server.address)
    response = Assistant(store, embedder, settings).ask("What are Klonopin withdrawal symptoms?")
    assert response.kind == "answer" and response.corpus_version == old.corpus_version

    finished = ingest(corpus_copy, store, embedder, show_progress=False)
    assert finished.corpus_version == plan_corpus(corpus_copy).corpus_version
    assert store.active() != old


def test_app_starts_while_the_server_is_down_and_connects_when_it_is_up(
    chroma_server: ChromaServer, embedder: Embedder, corpus_copy: Path
) -> None:
    store = IndexStore(make_client(server=chroma_server.address), embedder)
    ingest(corpus_copy, store, embedder, show_progress=False)
    chroma_server.stop()

    settings = Settings(corpus_dir=corpus_copy, chroma_server=chroma_server.address)
    assistant = Assistant.load(settings)  # no exception: help must not wait for the index
    crisis = assistant.ask("I want to kill myself")
    assert crisis.kind == "crisis" and "988" in crisis.text
    assert assistant.ask("how much klonopin should I take?").kind == "refusal"
    down = assistant.ask("What happens in medical detox for klonopin?")
    assert down.reason == "service_unavailable" and "911" in down.text

    chroma_server.start()
    time.sleep(1.5)
    assert assistant.ask("What happens in medical detox for klonopin?").kind == "answer"
