"""How the answer encoder and the coverage gate generalize, measured on data they did not train on.

`python -m evals.relevance_training coverage`: the coverage gate left one writer out (trained
without that writer's questions, its bar set out of fold on the rest): answerable questions kept,
uncovered questions caught. About a minute.

`python -m evals.relevance_training encoder`: the answer encoder held out by document: for each
half of the documents of the first pairs writers (`pairs_docs_a`, `pairs_docs_b`), train on the
pairs of the other documents only (whoever wrote them), then rank all the corpus's units for the
held-out questions: the answering unit first, and in the first three, shipped model against
tuned, with and without the typicality correction. About 5 minutes per fold on 2 cores.

Figures as of session 28 are in evals/relevance/README.md.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import numpy as np

from assistant.answer_encoder import (
    CORPUS,
    DOMAIN_QUESTIONS,
    answering_passage,
    corpus_examples,
    encoder_pairs,
    fine_tune,
    load_pairs,
)
from assistant.coverage import ANSWERABLE_KEPT, load_examples
from assistant.question_classifier import QuestionClassifier
from ingest.embedding import Embedder, model_path
from ingest.pipeline import plan_corpus

FIRST_WRITERS = ("pairs_docs_a", "pairs_docs_b")


def coverage_by_writer() -> list[str]:
    examples = load_examples()
    texts = [e.text for e in examples]
    covered = np.array([e.covered for e in examples])
    sources = np.array([e.source for e in examples])
    vectors = Embedder(threads=2).encode(texts)
    lines = []
    for held in sorted(set(sources)):
        train = sources != held
        gate = QuestionClassifier(
            [t for t, keep in zip(texts, train, strict=True) if keep], vectors[train], covered[train], ANSWERABLE_KEPT
        )
        test = ~train
        scores = gate.model.probabilities([t for t, keep in zip(texts, test, strict=True) if keep], vectors[test])
        yes = covered[test]
        line = f"held out {held}: bar {gate.bar:.3f}"
        if yes.any():
            line += f"; answerable kept {np.mean(scores[yes] >= gate.bar):.3f} of {int(yes.sum())}"
        if (~yes).any():
            line += f"; uncovered caught {np.mean(scores[~yes] < gate.bar):.3f} of {int((~yes).sum())}"
        lines.append(line)
    return lines


def _ranks(model: Any, units: list[Any], questions: list[dict[str, Any]], typicality_weight: float) -> str:
    unit_vectors = model.encode([u.embedding_text for u in units], normalize_embeddings=True)
    domain = [
        item["text"]
        for line in DOMAIN_QUESTIONS.read_text("utf-8").splitlines()
        if line.strip() and (item := json.loads(line)).get("on_topic")
    ]
    typical = (model.encode(domain, normalize_embeddings=True) @ unit_vectors.T).mean(axis=0)
    scores = model.encode([q["question"] for q in questions], normalize_embeddings=True) @ unit_vectors.T
    return answering_unit_ranks(scores - typicality_weight * (typical - typical.mean()), units, questions)


def answering_unit_ranks(scores: np.ndarray, units: list[Any], questions: list[dict[str, Any]]) -> str:
    """How often each question's answering unit is ranked first, and in the first three (scores:
    questions x units)."""
    first = three = counted = 0
    for row, pair in zip(scores, questions, strict=True):
        answering = [
            i
            for i, u in enumerate(units)
            if u.metadata["chunk_id"] == pair["passage_id"] and any(s in u.text for s in pair["answering_sentences"])
        ]
        if not answering:
            continue
        order = list(np.argsort(-row))
        rank = min(order.index(i) for i in answering)
        counted += 1
        first += rank == 0
        three += rank < 3
    return f"first {first / counted:.3f}, in the first three {three / counted:.3f} ({counted} questions)"


def _document(pair: dict[str, Any]) -> str:
    """The document of a pair's passage (a passage id is its document's id and a hash)."""
    return str(pair["passage_id"]).rsplit("-", 1)[0]


def held_out_by_document(
    held: str, pairs: list[dict[str, Any]], passages: dict[str, str]
) -> tuple[set[str], list[dict[str, Any]], list[dict[str, Any]]]:
    """``held``'s documents, its pairs there (to rank), and every pair on the other documents (to
    train on)."""
    documents = {_document(p) for p in pairs if p["source"] == held}
    # A review may have changed a passage's id: rank against the passage that answers now.
    test = [
        {**p, "passage_id": pid}
        for p in pairs
        if p["source"] == held and (pid := answering_passage(p, passages)) is not None
    ]
    return documents, test, [p for p in pairs if _document(p) not in documents]


def encoder_by_document() -> list[str]:
    from sentence_transformers import SentenceTransformer

    plan = plan_corpus(CORPUS)
    units = list(plan.units)
    passages = {row.id: row.text for row in plan.chunks}
    pairs = encoder_pairs(load_pairs())
    lines = []
    for held in FIRST_WRITERS:
        documents, test, train = held_out_by_document(held, pairs, passages)
        lines.append(f"held out {held}'s documents {sorted(documents)}; training pairs {len(train)}")
        shipped = SentenceTransformer(model_path(), device="cpu")
        lines.append(f"  shipped: {_ranks(shipped, units, test, 0.0)}")
        tuned = fine_tune(corpus_examples(train))
        lines.append(f"  tuned: {_ranks(tuned, units, test, 0.0)}")
        lines.append(f"  tuned, less typicality: {_ranks(tuned, units, test, 1.0)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", choices=["coverage", "encoder"])
    args = parser.parse_args()
    for line in coverage_by_writer() if args.which == "coverage" else encoder_by_document():
        print(line, flush=True)


if __name__ == "__main__":
    main()
