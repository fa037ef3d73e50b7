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

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.question_classifier import QuestionClassifier, fit_cached
from ingest.embedding import Embedder

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


class TopicGate:
    """P(on topic | question), and the bar under which a question is turned away."""

    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray) -> None:
        self.classifier = QuestionClassifier(texts, vectors, labels, ON_TOPIC_KEPT)
        self.bar = self.classifier.bar
        self.off_topic_caught = self.classifier.no_caught

    @classmethod
    def train(cls, embedder: Embedder, cache_dir: Path | None = None) -> TopicGate:
        examples = load_examples()
        texts = [e.text for e in examples]
        labels = np.array([e.on_topic for e in examples])
        return fit_cached(cls, cls, "topic-gate/2", texts, labels, embedder, cache_dir, ON_TOPIC_KEPT)

    def on_topic_probability(self, text: str, vector: np.ndarray) -> float:
        return self.classifier.probability(text, vector)

    def off_topic(self, text: str, vector: np.ndarray) -> bool:
        """Below the bar, and naming no benzodiazepine."""
        if NAMES_A_BENZODIAZEPINE.search(text):
            return False
        return self.on_topic_probability(text, vector) < self.bar
