"""The shipped MiniLM fine-tuned on this corpus's question→passage pairs, to pick what answers.

No PyPI package ships cross-encoder or reranker weights, so the shipped all-MiniLM-L6-v2 is
tuned here on `assistant/data/relevance_pairs.jsonl`: questions written by helpers who saw only
the passages, each labelled with its passage and the sentences that answer it. Training is
deterministic (fixed seed, order and threads) and kept on disk under a key of everything it
was trained from, so a start after the first loads it in about a second. Only answer selection
uses it; the safety classifier and the topic gate keep the shipped model they were fitted on.

`python -m assistant.answer_encoder` builds it (the `make` step) and prints where it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.embedding import DIMENSIONS, MODEL_NAME, model_path

logger = logging.getLogger("klonopin_guide")

PAIRS = Path(__file__).parent / "data" / "relevance_pairs.jsonl"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# Questions of this domain (the topic gate's on-topic examples): a unit close to most of them
# ("Klonopin carries a high risk for dependence") fits any question, so it answers none in particular.
DOMAIN_QUESTIONS = Path(__file__).parent / "data" / "topic_questions.jsonl"
# How much a unit's closeness to the domain's questions at large counts against it (1.0 raised the
# answering unit ranked first 0.400->0.441 and 0.486->0.497, by held-out pairs writer).
TYPICALITY_WEIGHT = 1.0
# Chosen by training on one pairs writer's documents and measuring on the other's (README).
EPOCHS = 2
BATCH = 16
LEARNING_RATE = 3e-5
SCALE = 20.0  # in-batch softmax temperature, as sentence-transformers' MultipleNegativesRankingLoss
SEED = 0
TRAIN_THREADS = 2
# Raise when the training code changes what it produces; the cached model is then retrained.
RECIPE_VERSION = 1
COMPLETE = "complete.json"


@dataclass(frozen=True)
class Example:
    question: str
    text: str
    passage_id: str


def training_examples(
    pairs: Iterable[dict[str, Any]], passages: dict[str, str], units: dict[str, list[str]]
) -> list[Example]:
    """(question, passage) for every pair the corpus still answers, and (question, unit) for each
    unit of that passage holding an answering sentence. ``passages``: passage id → its embedding
    text; ``units``: passage id → its units' embedding texts. A pair whose answer is no longer
    indexed (a review excluded it) teaches nothing and is skipped."""
    examples: list[Example] = []
    for pair in pairs:
        pid = answering_passage(pair, passages)
        if pid is None:
            continue
        examples.append(Example(pair["question"], passages[pid], pid))
        answering = [s for s in pair.get("answering_sentences", []) if s]
        examples.extend(Example(pair["question"], u, pid) for u in units.get(pid, []) if any(s in u for s in answering))
    return examples


def answering_passage(pair: dict[str, Any], passages: dict[str, str]) -> str | None:
    """The passage that answers ``pair`` in the corpus as it is now, or None.

    A passage's id changes when a review excludes one of its sentences, so a pair whose
    passage is gone is matched to the passage of the same document that holds an answering
    sentence; when none does, the corpus no longer answers the question."""
    if not pair.get("answers"):
        return None
    pid = str(pair.get("passage_id", ""))
    answering = [s for s in pair.get("answering_sentences", []) if s]

    def holds(text: str) -> bool:
        return not answering or any(s in text for s in answering)

    if pid in passages and holds(passages[pid]):
        return pid
    if not answering:
        return None
    document = pid.rsplit("-", 1)[0]
    same_document = (other for other in passages if other.rsplit("-", 1)[0] == document)
    return next((other for other in same_document if holds(passages[other])), None)


# Pairs that train the coverage gate (assistant/coverage.py) and not this model. Writers E and F
# (2026-12-05) raised the gate's uncovered questions caught by held-out writer, but trained in here
# they lowered the answering unit ranked first by held-out document (docs A 0.519 -> 0.488,
# docs B 0.504 -> 0.504; in the first three 0.798 -> 0.752 and 0.820 -> 0.797;
# `python -m evals.relevance_training encoder`).
COVERAGE_ONLY_SOURCES = frozenset({"pairs_writer_e", "pairs_writer_f"})


def encoder_pairs(pairs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in pairs if p.get("source") not in COVERAGE_ONLY_SOURCES]


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def current_passages(corpus_dir: Path = CORPUS) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Passage id → embedding text, and passage id → its units' embedding texts, of the corpus
    the pairs were written against as it is indexed now (its exclusions applied)."""
    from ingest.pipeline import plan_corpus

    plan = plan_corpus(corpus_dir)
    passages = {row.id: row.embedding_text for row in plan.chunks}
    units: dict[str, list[str]] = {}
    for row in plan.units:
        units.setdefault(str(row.metadata["chunk_id"]), []).append(row.embedding_text)
    return passages, units


def corpus_examples(pairs: Iterable[dict[str, Any]] | None = None, corpus_dir: Path = CORPUS) -> list[Example]:
    """Training examples over the shipped corpus, the one the pairs were written against (a test's
    small corpus or a deployment's larger one uses the same model)."""
    passages, units = current_passages(corpus_dir)
    return training_examples(encoder_pairs(load_pairs()) if pairs is None else pairs, passages, units)


def _key(examples: list[Example]) -> str:
    import sentence_transformers
    import torch
    import transformers

    recipe = [
        MODEL_NAME,
        [(e.question, e.text, e.passage_id) for e in examples],
        [RECIPE_VERSION, EPOCHS, BATCH, LEARNING_RATE, SCALE, SEED, TRAIN_THREADS],
        [sentence_transformers.__version__, transformers.__version__, torch.__version__],
    ]
    return hashlib.sha256(json.dumps(recipe).encode()).hexdigest()[:16]


def fine_tune(examples: list[Example], pair_scores: Callable[[Any, list[str], list[str]], Any] | None = None) -> Any:
    """The shipped model after in-batch-negative training on ``examples``. Two texts of the same
    passage are never each other's negatives. ``pair_scores``: questions x texts similarities
    (the pooled vectors' cosines unless given)."""
    import torch
    from sentence_transformers import SentenceTransformer

    previous_threads = torch.get_num_threads()
    torch.set_num_threads(TRAIN_THREADS)
    try:
        torch.manual_seed(SEED)
        order = random.Random(SEED)
        model = SentenceTransformer(model_path(), device="cpu")
        optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE)
        model.train()
        examples = list(examples)
        for _ in range(EPOCHS):
            order.shuffle(examples)
            for start in range(0, len(examples), BATCH):
                batch = examples[start : start + BATCH]
                scores = (pair_scores or _pooled_pair_scores)(
                    model, [e.question for e in batch], [e.text for e in batch]
                ) * SCALE
                same_passage = torch.tensor(
                    [
                        [a.passage_id == b.passage_id and i != j for j, b in enumerate(batch)]
                        for i, a in enumerate(batch)
                    ]
                )
                scores = scores.masked_fill(same_passage, -1e4)
                loss = torch.nn.functional.cross_entropy(scores, torch.arange(len(batch)))
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
        model.eval()
        return model
    finally:
        torch.set_num_threads(previous_threads)


def _pooled_pair_scores(model: Any, questions: list[str], texts: list[str]) -> Any:
    return _embed(model, questions) @ _embed(model, texts).T


def _embed(model: Any, texts: list[str]) -> Any:
    import torch

    features = model.preprocess(texts)
    return torch.nn.functional.normalize(model(features)["sentence_embedding"], dim=-1)


class AnswerEncoder:
    """Embeds questions and passages' units with the tuned model (unit vectors, 384 dimensions)."""

    def __init__(self, model: Any, key: str, path: Path | None = None) -> None:
        self.model = model
        self.key = key
        self.path = path
        self._lock = threading.Lock()
        self._units: dict[str, tuple[np.ndarray, float]] = {}
        self._domain: tuple[np.ndarray, float] | None = None

    @classmethod
    def load_or_train(cls, examples: list[Example], models_dir: Path) -> AnswerEncoder:
        """The model trained on ``examples``, from ``models_dir`` if it was trained before."""
        from sentence_transformers import SentenceTransformer

        key = _key(examples)
        target = models_dir / f"answer-encoder-{key}"
        if (target / COMPLETE).exists():
            try:
                return cls(SentenceTransformer(str(target), device="cpu"), key, target)
            except Exception as exc:  # damaged: train again over it
                logger.warning("answer encoder at %s unreadable (%s); training again", target, exc.__class__.__name__)
        started = time.monotonic()
        logger.warning("training the answer encoder on %d examples (once per training data)", len(examples))
        model = fine_tune(examples)
        seconds = time.monotonic() - started
        try:
            partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
            shutil.rmtree(partial, ignore_errors=True)
            model.save(str(partial))
            (partial / COMPLETE).write_text(json.dumps({"key": key, "examples": len(examples), "seconds": seconds}))
            shutil.rmtree(target, ignore_errors=True)
            partial.replace(target)
        except OSError as exc:  # keeping it is an optimization only
            logger.warning("could not keep the answer encoder: %s", exc.__class__.__name__)
            return cls(model, key)
        return cls(model, key, target)

    def prepare(self) -> AnswerEncoder:
        """Compute (or load) what scoring needs now rather than on the first question."""
        self._domain_vectors()
        return self

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def scores(self, question: str, keyed_texts: dict[str, str]) -> dict[str, float]:
        """How well each unit answers ``question`` (unit id → score): closeness to the question,
        less the unit's closeness to this domain's questions at large."""
        asked = self.encode_one(question)
        units = self._unit_vectors(keyed_texts)
        return {
            uid: float(np.dot(asked, vector)) - TYPICALITY_WEIGHT * typical for uid, (vector, typical) in units.items()
        }

    def score_sentence(self, question: str, sentence: str) -> float:
        """The same score for a sentence of no passage (a language model's)."""
        domain, centre = self._domain_vectors()
        asked, written = self.encode([question, sentence])
        return float(np.dot(asked, written)) - TYPICALITY_WEIGHT * (float((domain @ written).mean()) - centre)

    def _unit_vectors(self, keyed_texts: dict[str, str]) -> dict[str, tuple[np.ndarray, float]]:
        """Vector and typicality of each unit by id, computed once (a unit's id names its text)."""
        with self._lock:
            missing = [uid for uid in keyed_texts if uid not in self._units]
        if missing:
            domain, centre = self._domain_vectors()
            vectors = self.encode([keyed_texts[uid] for uid in missing])
            typical = (domain @ vectors.T).mean(axis=0) - centre
            with self._lock:
                self._units.update((uid, (v, float(t))) for uid, v, t in zip(missing, vectors, typical, strict=True))
        with self._lock:
            return {uid: self._units[uid] for uid in keyed_texts}

    def _domain_vectors(self) -> tuple[np.ndarray, float]:
        """The domain questions' vectors, and the mean typicality of the shipped corpus's units
        (scores are centred on it), kept beside the model."""
        if self._domain is not None:
            return self._domain
        questions = [
            item["text"]
            for line in DOMAIN_QUESTIONS.read_text("utf-8").splitlines()
            if line.strip() and (item := json.loads(line)).get("on_topic")
        ]
        digest = hashlib.sha256(json.dumps(questions).encode()).hexdigest()[:12]
        kept = self.path / f"domain-{digest}.npz" if self.path is not None else None
        if kept is not None and kept.exists():
            try:
                with np.load(kept) as stored:
                    self._domain = (stored["vectors"], float(stored["centre"]))
                    return self._domain
            except (OSError, ValueError, KeyError):
                pass
        from ingest.pipeline import plan_corpus

        vectors = self.encode(questions)
        corpus_units = self.encode([row.embedding_text for row in plan_corpus(CORPUS).units])
        centre = float((vectors @ corpus_units.T).mean())
        if kept is not None:
            try:
                np.savez(kept.with_suffix(".tmp.npz"), vectors=vectors, centre=np.float32(centre))
                kept.with_suffix(".tmp.npz").replace(kept)
            except OSError:
                pass
        self._domain = (vectors, centre)
        return self._domain


def main() -> None:
    from assistant.config import Settings

    models_dir = Settings().models_dir
    examples = corpus_examples()
    started = time.monotonic()
    encoder = AnswerEncoder.load_or_train(examples, models_dir).prepare()
    print(
        f"answer encoder {encoder.key}: {len(examples)} examples from {PAIRS.name}; "
        f"ready in {time.monotonic() - started:.1f} s under {models_dir}"
    )


if __name__ == "__main__":
    main()
