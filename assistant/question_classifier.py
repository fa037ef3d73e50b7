"""A yes/no reading of a question: logistic regression over its MiniLM embedding and its
character n-grams (Spanish, drug names and typos, which MiniLM reads poorly), with a bar set
out of fold so that a chosen share of the "yes" questions stays above it. The topic gate and
the coverage gate are two such readings."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from ingest.embedding import MODEL_NAME, Embedder
from ingest.fitted_cache import load_or_fit
from safety.model import cached_vectors

T = TypeVar("T")
C = 10.0
CHARACTER_WEIGHT = 1.0
FOLDS = 5


class _Model:
    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray) -> None:
        self.characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
        grams = self.characters.fit_transform(texts)
        self.model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        self.model.fit(sparse.hstack([sparse.csr_matrix(vectors), grams * CHARACTER_WEIGHT]).tocsr(), labels)
        self.yes = list(self.model.classes_).index(True)

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        grams = self.characters.transform(texts)
        features = sparse.hstack([sparse.csr_matrix(vectors), grams * CHARACTER_WEIGHT]).tocsr()
        return self.model.predict_proba(features)[:, self.yes]


class QuestionClassifier:
    """P(yes | question), and the bar under which the answer is no: out of fold, ``kept`` of the
    "yes" questions score at or above it."""

    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray, kept: float) -> None:
        vectors = np.asarray(vectors, dtype=np.float64)
        labels = np.asarray(labels, dtype=bool)
        self.model = _Model(texts, vectors, labels)
        out_of_fold = np.zeros(len(labels))
        for train, held in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(vectors, labels):
            fold = _Model([texts[i] for i in train], vectors[train], labels[train])
            out_of_fold[held] = fold.probabilities([texts[i] for i in held], vectors[held])
        yes = np.sort(out_of_fold[labels])
        self.bar = float(yes[int(np.floor((1 - kept) * len(yes)))])
        self.no_caught = float(np.mean(out_of_fold[~labels] < self.bar))

    def probability(self, text: str, vector: np.ndarray) -> float:
        return float(self.model.probabilities([text], np.asarray(vector, dtype=np.float64)[None, :])[0])

    def says_no(self, text: str, vector: np.ndarray) -> bool:
        return self.probability(text, vector) < self.bar


def fit_cached(
    make: Callable[[list[str], np.ndarray, np.ndarray], T],
    kind: type[T],
    name: str,
    texts: list[str],
    labels: np.ndarray,
    embedder: Embedder,
    cache_dir: Path | None,
    kept: float,
) -> T:
    """``make(texts, vectors, labels)``, or the one fitted before on exactly these inputs."""
    recipe = [name, MODEL_NAME, texts, labels.tolist(), C, CHARACTER_WEIGHT, FOLDS, kept, sklearn.__version__]
    key = hashlib.sha256(json.dumps(recipe).encode()).hexdigest()[:20]
    cached = cache_dir / f"{name.split('/')[0]}-{key}.pkl" if cache_dir else None
    return load_or_fit(
        cached, kind, lambda: make(texts, cached_vectors(embedder, texts, cache_dir, name.split("/")[0]), labels)
    )
