"""Do the vetted sources answer questions of this kind? The coverage gate after the topic gate.

A question can be on the subject and still beyond five short educational pages: a drug test,
insurance, a named program, the drug's history, another medicine by name. Those got quotes that
merely share the subject ("Clonazepam is a generic medicine of the brand called Klonopin" as the
answer about customs, the DMV and birth control). This reads the question itself, the way the
topic gate does (assistant/question_classifier.py), trained on:

- "yes": the answerable questions of ``data/relevance_pairs.jsonl`` (written by helpers who saw
  only the passages, labelled with the passage that answers);
- "no": that file's near misses (a passage that sounds as if it answers, and does not) and
  ``data/uncovered_questions.jsonl``, two writers' on-subject questions that no passage answers,
  each checked against every passage.

The bar keeps 98% of answerable questions out of fold. A question under it is not turned away
outright (a personal preamble, "day four without it and I can't sleep", reads like the
uncovered kind): it is answered only from a sentence that clearly fits it
(``Thresholds.doubtful_min_relevance``), else it gets ``no_answer`` with reason
``not_covered``. A message in a conversation is not read here: alone it may say too little
("is any of those secular?").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answer_encoder import answering_passage, current_passages, load_pairs
from assistant.question_classifier import QuestionClassifier, fit_cached
from ingest.embedding import Embedder

DATA = Path(__file__).parent / "data"
ANSWERABLE_KEPT = 0.98


@dataclass(frozen=True)
class CoverageExample:
    text: str
    covered: bool
    source: str


def load_examples(folder: Path = DATA) -> list[CoverageExample]:
    """A pair whose answer a review has since excluded is left out: its question is still of a
    kind the sources answer (withdrawal, tolerance), only that one claim is gone, and the gate
    reads kinds of question, not facts."""
    passages, _ = current_passages()
    examples = []
    for pair in load_pairs(folder / "relevance_pairs.jsonl"):
        if pair["answers"] and answering_passage(pair, passages) is None:
            continue
        examples.append(CoverageExample(pair["question"], bool(pair["answers"]), pair["source"]))
    for line in (folder / "uncovered_questions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            examples.append(CoverageExample(raw["text"], False, raw["source"]))
    return examples


class CoverageGate:
    """P(the sources answer a question like this), and the bar under which they do not."""

    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray) -> None:
        self.classifier = QuestionClassifier(texts, vectors, labels, ANSWERABLE_KEPT)
        self.bar = self.classifier.bar
        self.uncovered_caught = self.classifier.no_caught

    @classmethod
    def train(cls, embedder: Embedder, cache_dir: Path | None = None) -> CoverageGate:
        examples = load_examples()
        texts = [e.text for e in examples]
        labels = np.array([e.covered for e in examples])
        return fit_cached(cls, cls, "coverage-gate/1", texts, labels, embedder, cache_dir, ANSWERABLE_KEPT)

    def covered_probability(self, text: str, vector: np.ndarray) -> float:
        return self.classifier.probability(text, vector)

    def not_covered(self, text: str, vector: np.ndarray) -> bool:
        return self.classifier.says_no(text, vector)
