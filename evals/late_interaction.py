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

import time
from typing import Any

import numpy as np

from assistant.answer_encoder import (
    CORPUS,
    corpus_examples,
    encoder_pairs,
    fine_tune,
    load_pairs,
)
from evals.relevance_training import FIRST_WRITERS, answering_unit_ranks, held_out_by_document
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


def maxsim_pair_scores(model: Any, questions: list[str], texts: list[str]) -> Any:
    return maxsim(*token_vectors(model, questions, grad=True), *token_vectors(model, texts, grad=True))


def maxsim_scores(model: Any, questions: list[str], texts: list[str]) -> np.ndarray:
    units = token_vectors(model, texts)
    rows = [maxsim(*token_vectors(model, questions[i : i + 32]), *units).numpy() for i in range(0, len(questions), 32)]
    return np.concatenate(rows)


def pooled_scores(model: Any, questions: list[str], texts: list[str]) -> np.ndarray:
    return model.encode(questions, normalize_embeddings=True) @ model.encode(texts, normalize_embeddings=True).T


def main() -> None:
    from sentence_transformers import SentenceTransformer

    plan = plan_corpus(CORPUS)
    units = list(plan.units)
    texts = [u.embedding_text for u in units]
    passages = {row.id: row.text for row in plan.chunks}
    pairs = encoder_pairs(load_pairs())
    for held in FIRST_WRITERS:
        _, test, train = held_out_by_document(held, pairs, passages)
        questions = [p["question"] for p in test]
        examples = corpus_examples(train)
        started = time.monotonic()
        print(f"held out {held}'s documents; training examples {len(examples)}", flush=True)
        shipped = SentenceTransformer(model_path(), device="cpu")
        tuned = fine_tune(examples)
        late = fine_tune(examples, maxsim_pair_scores)
        for name, model, scores in (
            ("shipped, pooled", shipped, pooled_scores),
            ("shipped, MaxSim", shipped, maxsim_scores),
            ("tuned, pooled", tuned, pooled_scores),
            ("tuned, MaxSim", late, maxsim_scores),
        ):
            print(f"  {name}: {answering_unit_ranks(scores(model, questions, texts), units, test)}", flush=True)
        print(f"  ({time.monotonic() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
