"""The learned part of the safety gate: a message's probability of each safety label.

Logistic regression over views of a message: the shipped MiniLM sentence embedding
(meaning, paraphrase), its nearness to each label's examples, word and character n-grams
(typos, slang, Spanish, words MiniLM splits).
It is trained at load from the labelled messages in ``data/labelled/*.jsonl`` (several
independent sources, each named in its lines), deterministically and in about a second;
the example vectors are cached on disk, keyed by the exact texts and the model.

Labels and what each means: ``data/categories.md``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from ingest.embedding import DIMENSIONS, MODEL_NAME, Embedder
from ingest.fitted_cache import load_or_fit

LABELLED = Path(__file__).parent / "data" / "labelled"
LABELS = (
    "benign",
    "dosing",
    "self_harm",
    "overdose",
    "medical_emergency",
    "withdrawal_emergency",
    "harm_to_others",
)
CRISIS_LABELS = LABELS[2:]
# The situation each crisis label sends a person to (messages.toml and hotlines.yaml use these).
SITUATION = {
    "self_harm": "suicide",
    "overdose": "overdose",
    "medical_emergency": "medical",
    "withdrawal_emergency": "withdrawal",
    "harm_to_others": "harm_others",
}


@dataclass(frozen=True)
class Labelled:
    text: str
    label: str
    source: str
    lang: str = "en"


def load_labelled(folder: Path = LABELLED) -> list[Labelled]:
    """Every labelled message; a file's name is its source unless a line names one."""
    found = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw["label"] not in LABELS:
                raise ValueError(f"{path.name}:{number}: unknown label {raw['label']!r}")
            found.append(
                Labelled(raw["text"], raw["label"], raw.get("source_group") or path.stem, raw.get("lang", "en"))
            )
    return found


def cached_vectors(embedder: Embedder, texts: Sequence[str], cache_dir: Path | None, name: str) -> np.ndarray:
    """Embed ``texts``, or load the vectors computed last time for exactly these texts."""
    key = hashlib.sha256(json.dumps([MODEL_NAME, list(texts)]).encode()).hexdigest()[:20]
    cached = cache_dir / f"{name}-{key}.npy" if cache_dir else None
    if cached is not None and cached.exists():
        try:
            matrix = np.load(cached)
            if matrix.shape == (len(texts), DIMENSIONS):
                return matrix
        except (OSError, ValueError):
            pass  # a damaged cache is recomputed below
    matrix = embedder.encode(list(texts), batch_size=64)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".tmp.npy")
            np.save(partial, matrix)
            partial.replace(cached)
        except OSError:
            pass  # caching is an optimization only
    return matrix


@dataclass(frozen=True)
class Settings:
    """Chosen by leave-one-source-out comparison (``python -m evals.safety_sources``)."""

    c: float = 4.0
    embedding_weight: float = 1.0
    prototype_weight: float = 3.0
    prototype_k: int = 3


class MessageClassifier:
    """P(label | message) for the labels of ``data/categories.md``.

    Four views of a message, side by side: character n-grams (typos, slang, Spanish), word
    uni- and bigrams, the MiniLM embedding, and, per label, how close the message sits to
    its nearest labelled examples of that label (mean of the top k cosine similarities).
    """

    def __init__(self, texts: Sequence[str], labels: Sequence[str], vectors: np.ndarray, settings: Settings) -> None:
        self.settings = settings
        self.characters = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True
        )
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        self.examples = np.asarray(vectors, dtype=np.float32)
        self.example_labels = np.array(labels)
        features = sparse.hstack(
            [
                self.characters.fit_transform(texts),
                self.words.fit_transform(texts),
                sparse.csr_matrix(self.examples * settings.embedding_weight),
                sparse.csr_matrix(self._prototypes(self.examples, leave_self_out=True)),
            ]
        ).tocsr()
        self.model = LogisticRegression(C=settings.c, max_iter=3000, class_weight="balanced")
        self.model.fit(features, list(labels))
        classes = list(self.model.classes_)
        self.columns = [classes.index(label) if label in classes else -1 for label in LABELS]

    @classmethod
    def train(
        cls,
        embedder: Embedder,
        examples: Iterable[Labelled] | None = None,
        cache_dir: Path | None = None,
        settings: Settings | None = None,
    ) -> MessageClassifier:
        examples = list(examples) if examples is not None else load_labelled()
        settings = settings or Settings()
        texts, labels = [e.text for e in examples], [e.label for e in examples]
        # Fitting takes seconds at every start; the fitted model is cached for exactly these
        # messages, settings and library versions (a cache of our own making, never shipped).
        key = hashlib.sha256(
            json.dumps([MODEL_NAME, texts, labels, repr(settings), sklearn.__version__, np.__version__]).encode()
        ).hexdigest()[:20]
        cached = cache_dir / f"safety-classifier-{key}.pkl" if cache_dir else None
        return load_or_fit(
            cached,
            cls,
            lambda: cls(texts, labels, cached_vectors(embedder, texts, cache_dir, "safety-labelled"), settings),
        )

    def _prototypes(self, vectors: np.ndarray, leave_self_out: bool = False) -> np.ndarray:
        similarities = vectors @ self.examples.T
        if leave_self_out:
            np.fill_diagonal(similarities, -1.0)
        k = self.settings.prototype_k
        out = np.zeros((len(vectors), len(LABELS)), dtype=np.float32)
        for j, label in enumerate(LABELS):
            columns = similarities[:, self.example_labels == label]
            if columns.shape[1]:
                top = -np.sort(-columns, axis=1)[:, :k]
                out[:, j] = top.mean(axis=1)
        return out * self.settings.prototype_weight

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """One row per text, one column per label of ``LABELS`` (0 for a label never trained)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        features = sparse.hstack(
            [
                self.characters.transform(texts),
                self.words.transform(texts),
                sparse.csr_matrix(vectors * self.settings.embedding_weight),
                sparse.csr_matrix(self._prototypes(vectors)),
            ]
        ).tocsr()
        raw = self.model.predict_proba(features)
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float64)
        for j, column in enumerate(self.columns):
            if column >= 0:
                out[:, j] = raw[:, column]
        return out
