"""Is a question about this product's domain at all? The topic gate before retrieval.

The domain: Klonopin (clonazepam) and other benzodiazepines, tolerance, dependence,
withdrawal, addiction, and treatment or recovery (the people around someone included).
A question outside it gets ``no_answer`` with reason ``off_topic`` instead of quotes that
merely share a word with it: "withdrawal" from a bank account, a "taper" fade, killing a
stuck process.

Logistic regression over the shipped MiniLM embedding of the question and its character
n-grams (Spanish, drug names, typos: MiniLM reads English best). Word overlap alone is not
enough, since the domain's words are everyday words too. A follow-up is read together with
the earlier user turn (``Assistant._off_topic``), and it is on topic if either reading is. Trained at load,
deterministically and in about a second, from ``data/topic_questions.jsonl`` and the
questions of ``data/relevance_pairs.jsonl`` (all on-topic). The first holds two writers'
questions, neither of whom saw this code: ``topic_writer_1``, on- and off-topic with everyday
homonyms of the domain's words (its context-free follow-ups such as "are those free?" are
left out: only their earlier turn says what they are about), and ``topic_writer_2``,
on-topic questions that name no drug ("how do I taper off?"), since on this site a bare
question is about its subject: without them, every "taper" read as a haircut. The bar keeps 99%
of on-topic questions out of fold: a question is turned away only when the classifier is
sure, because turning away a real question fails the person.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from ingest.embedding import MODEL_NAME, Embedder
from ingest.fitted_cache import load_or_fit
from safety.model import cached_vectors

DATA = Path(__file__).parent / "data"
# A question that names this drug or another benzodiazepine, by name, brand or street name, is
# in the domain whatever else it says ("are pressed k-pins from a dealer safe?").
NAMES_A_BENZODIAZEPINE = re.compile(
    r"\b(?:klonopin|klonopins|klonipin|clonazepam|clonazepan|rivotril|k[- ]?pins?|klonnies|benzos?|"
    r"benzodiazepin(?:e|es|a|as)|benzodiacepinas?|xanax|alprazolam|valium|diazepam|ativan|lorazepam|"
    r"librium|chlordiazepoxide|restoril|temazepam|halcion|triazolam)\b",
    re.IGNORECASE,
)
ON_TOPIC_KEPT = 0.99  # out of fold, this share of on-topic questions stays above the bar
C = 10.0
CHARACTER_WEIGHT = 1.0
FOLDS = 5


@dataclass(frozen=True)
class TopicExample:
    text: str
    on_topic: bool
    source: str


def load_examples(folder: Path = DATA) -> list[TopicExample]:
    examples = []
    for line in (folder / "topic_questions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            if raw.get("kind") != "followup":
                examples.append(TopicExample(raw["text"], bool(raw["on_topic"]), raw["source"]))
    for line in (folder / "relevance_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            examples.append(TopicExample(raw["question"], True, raw["source"]))
    return examples


class _Model:
    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray) -> None:
        self.characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
        grams = self.characters.fit_transform(texts)
        self.model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        self.model.fit(sparse.hstack([sparse.csr_matrix(vectors), grams * CHARACTER_WEIGHT]).tocsr(), labels)
        self.on = list(self.model.classes_).index(True)

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        grams = self.characters.transform(texts)
        features = sparse.hstack([sparse.csr_matrix(vectors), grams * CHARACTER_WEIGHT]).tocsr()
        return self.model.predict_proba(features)[:, self.on]


class TopicGate:
    """P(on topic | question), and the bar under which a question is turned away."""

    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float64)
        self.model = _Model(texts, vectors, labels)
        out_of_fold = np.zeros(len(labels))
        for train, held in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(vectors, labels):
            fold = _Model([texts[i] for i in train], vectors[train], labels[train])
            out_of_fold[held] = fold.probabilities([texts[i] for i in held], vectors[held])
        on = np.sort(out_of_fold[labels])
        self.bar = float(on[int(np.floor((1 - ON_TOPIC_KEPT) * len(on)))])
        self.off_topic_caught = float(np.mean(out_of_fold[~labels] < self.bar))

    @classmethod
    def train(cls, embedder: Embedder, cache_dir: Path | None = None) -> TopicGate:
        examples = load_examples()
        texts = [e.text for e in examples]
        labels = np.array([e.on_topic for e in examples])
        key = hashlib.sha256(
            json.dumps(
                [MODEL_NAME, texts, labels.tolist(), C, CHARACTER_WEIGHT, FOLDS, ON_TOPIC_KEPT, sklearn.__version__]
            ).encode()
        ).hexdigest()[:20]
        cached = cache_dir / f"topic-gate-{key}.pkl" if cache_dir else None
        return load_or_fit(
            cached, cls, lambda: cls(texts, cached_vectors(embedder, texts, cache_dir, "topic-questions"), labels)
        )

    def on_topic_probability(self, text: str, vector: np.ndarray) -> float:
        return float(self.model.probabilities([text], np.asarray(vector, dtype=np.float64)[None, :])[0])

    def off_topic(self, text: str, vector: np.ndarray) -> bool:
        """Below the bar, and naming no benzodiazepine."""
        if NAMES_A_BENZODIAZEPINE.search(text):
            return False
        return self.on_topic_probability(text, vector) < self.bar
