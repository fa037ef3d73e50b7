"""An experiment for issue 19: late interaction (MaxSim over MiniLM's token vectors, as ColBERT
scores) against the answer encoder's pooled cosine, held out by document.

`python -m evals.late_interaction` (about 40 minutes on 2 cores): for each half of the documents
of the first pairs writers (as `python -m evals.relevance_training encoder`), rank all the
corpus's units for the held-out questions with the shipped model and with a model tuned on the
other documents' pairs, pooled and MaxSim, and print how often the answering unit comes first and
in the first three. MaxSim: for each question token, its best cosine with any of the unit's tokens,
averaged over the question's tokens ([CLS] and [SEP] left out); tuned with the same in-batch
negatives, epochs, batch and learning rate as the answer encoder. Not used by the product yet.
"""

from __future__ import annotations

import random
import time
from typing import Any

import numpy as np

from assistant.answer_encoder import (
    BATCH,
    CORPUS,
    EPOCHS,
    LEARNING_RATE,
    SCALE,
    SEED,
    TRAIN_THREADS,
    answering_passage,
    corpus_examples,
    encoder_pairs,
    fine_tune,
    load_pairs,
)
from evals.relevance_training import FIRST_WRITERS, _document
from ingest.embedding import model_path
from ingest.pipeline import plan_corpus


def token_vectors(model: Any, texts: list[str], grad: bool = False) -> tuple[Any, Any]:
    """Normalized token vectors and a mask of the tokens that count (no padding, [CLS] or [SEP])."""
    import torch

    features = model.preprocess(texts)
    with torch.set_grad_enabled(grad):
        out = model[0](features)
    vectors = torch.nn.functional.normalize(out["token_embeddings"], dim=-1)
    mask = features["attention_mask"].clone().bool()
    mask[:, 0] = False
    mask[torch.arange(len(texts)), features["attention_mask"].sum(dim=1) - 1] = False
    return vectors, mask


def maxsim(questions: Any, question_mask: Any, units: Any, unit_mask: Any) -> Any:
    """Questions x units: each question token's best match in the unit, averaged."""
    import torch

    similarity = torch.einsum("qlh,umh->qulm", questions, units)
    similarity = similarity.masked_fill(~unit_mask[None, :, None, :], -1e4)
    best = similarity.max(dim=-1).values.masked_fill(~question_mask[:, None, :], 0.0)
    return best.sum(-1) / question_mask.sum(-1, keepdim=True).clamp(min=1)


def tune_maxsim(examples: list[Any]) -> Any:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(TRAIN_THREADS)
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
            scores = maxsim(
                *token_vectors(model, [e.question for e in batch], grad=True),
                *token_vectors(model, [e.text for e in batch], grad=True),
            )
            same_passage = torch.tensor(
                [[a.passage_id == b.passage_id and i != j for j, b in enumerate(batch)] for i, a in enumerate(batch)]
            )
            scores = (scores * SCALE).masked_fill(same_passage, -1e4)
            loss = torch.nn.functional.cross_entropy(scores, torch.arange(len(batch)))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    return model


def maxsim_scores(model: Any, questions: list[str], texts: list[str]) -> np.ndarray:
    units = token_vectors(model, texts)
    rows = [maxsim(*token_vectors(model, questions[i : i + 32]), *units).numpy() for i in range(0, len(questions), 32)]
    return np.concatenate(rows)


def pooled_scores(model: Any, questions: list[str], texts: list[str]) -> np.ndarray:
    return model.encode(questions, normalize_embeddings=True) @ model.encode(texts, normalize_embeddings=True).T


def ranks(scores: np.ndarray, units: list[Any], test: list[dict[str, Any]]) -> str:
    first = three = counted = 0
    for row, pair in zip(scores, test, strict=True):
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


def main() -> None:
    from sentence_transformers import SentenceTransformer

    plan = plan_corpus(CORPUS)
    units = list(plan.units)
    texts = [u.embedding_text for u in units]
    passages = {row.id: row.text for row in plan.chunks}
    pairs = encoder_pairs(load_pairs())
    for held in FIRST_WRITERS:
        documents = {_document(p) for p in pairs if p["source"] == held}
        test = [
            {**p, "passage_id": pid}
            for p in pairs
            if p["source"] == held and (pid := answering_passage(p, passages)) is not None
        ]
        questions = [p["question"] for p in test]
        examples = corpus_examples([p for p in pairs if _document(p) not in documents])
        started = time.monotonic()
        shipped = SentenceTransformer(model_path(), device="cpu")
        print(f"held out {held}'s documents; training examples {len(examples)}", flush=True)
        print(f"  shipped, pooled: {ranks(pooled_scores(shipped, questions, texts), units, test)}", flush=True)
        print(f"  shipped, MaxSim: {ranks(maxsim_scores(shipped, questions, texts), units, test)}", flush=True)
        tuned = fine_tune(examples)
        print(f"  tuned, pooled: {ranks(pooled_scores(tuned, questions, texts), units, test)}", flush=True)
        late = tune_maxsim(examples)
        print(f"  tuned, MaxSim: {ranks(maxsim_scores(late, questions, texts), units, test)}", flush=True)
        print(f"  ({time.monotonic() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
