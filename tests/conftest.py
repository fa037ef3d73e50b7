"""Shared fixtures: the real model and a real Chroma index built in a temp dir, once per session."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.config import PROJECT_ROOT, Settings
from assistant.core import Assistant
from ingest.embedding import Embedder
from ingest.pipeline import ingest
from ingest.store import IndexStore, make_client

CORPUS = PROJECT_ROOT / "corpus"
SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
REHAB_PHONE_DIGITS = "7605484032"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder(threads=1)


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    path = tmp_path_factory.mktemp("index")
    ingest(CORPUS, IndexStore(make_client(path), embedder), embedder, show_progress=False)
    return path


@pytest.fixture(scope="session")
def store(index_dir: Path, embedder: Embedder) -> IndexStore:
    return IndexStore(make_client(index_dir), embedder)


@pytest.fixture(scope="session")
def assistant(store: IndexStore, embedder: Embedder, index_dir: Path) -> Assistant:
    return Assistant(store, embedder, Settings(index_dir=index_dir, corpus_dir=CORPUS))


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def stored_passage(store: IndexStore, chunk_id: str) -> str:
    active = store.active()
    assert active is not None
    got = store.collection(active.chunks).get(ids=[chunk_id], include=["documents"])
    assert got["ids"] == [chunk_id], f"{chunk_id} is not in the active index"
    return got["documents"][0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_in_thread(app, port: int) -> tuple[uvicorn.Server, threading.Thread]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    return server, thread


REVIEWER = ("ann", "correct-horse")
served_apps: dict[str, object] = {}  # url → the app object behind it, for tests that read its routes


@pytest.fixture()
def served(assistant, index_dir: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log_path = tmp_path / "review.db"
    settings = Settings(index_dir=index_dir, corpus_dir=CORPUS, log_path=log_path, reviewers=":".join(REVIEWER))
    port = free_port()
    from app import create_app

    app = create_app(settings, assistant)
    server, thread = serve_in_thread(app, port)
    url = f"http://127.0.0.1:{port}"
    served_apps[url] = app
    yield url, log_path
    served_apps.pop(url, None)
    server.should_exit = True
    thread.join(timeout=10)
