"""Experiment: the shipped MiniLM fine-tuned on the labelled safety messages, against the
product's classifier (logistic regression over the shipped embeddings), by groups of sources.

    python -m evals.safety_finetune            # every group (about 16 minutes a group on 2 cores)
    python -m evals.safety_finetune --groups 0,1

Each group of sources is left out in turn: the encoder (cross-entropy over the seven labels,
a linear head on the normalized mean-pooled embedding, 2 epochs, batch 32, lr 4e-5, seed 0)
and the classifiers learn from the other groups only. Compared, the classifier alone (no
rules, no bars): the share of crisis messages over the bar that flags 2% or 5% of the
left-out benign messages, pooled and for the worst source of the group. Read-outs: the tuned
model's own head, the product's classifier over the tuned vectors, and each averaged with the
product's classifier. Results and their reading: evals/safety_sources.md.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence

import numpy as np

from assistant.config import Settings as AppSettings
from ingest.embedding import DIMENSIONS, Embedder, model_path
from safety.model import CRISIS_LABELS, LABELS, MessageClassifier, Settings, cached_vectors, load_labelled

GROUPS = [
    ["public_more", "writer_a", "writer_e", "retired_blind_2026_12", "retired_blind_2026_12d"],
    ["writer_f", "writer_b", "writer_g", "retired_blind_2026_12b", "public_xstest"],
    ["writer_j", "writer_c", "writer_h", "retired_blind_2026_12c"],
    ["team", "public_ailuminate", "writer_d", "writer_i", "retired_blind_2026_12e"],
]
EPOCHS, BATCH, LEARNING_RATE, HEAD_LEARNING_RATE, MAX_TOKENS, SCALE, SEED = 2, 32, 4e-5, 1e-3, 128, 10.0, 0


def _tuned(texts: Sequence[str], labels: Sequence[str]) -> tuple[object, object]:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(SEED)
    body = SentenceTransformer(model_path(), device="cpu")
    body.max_seq_length = MAX_TOKENS
    head = torch.nn.Linear(DIMENSIONS, len(LABELS))
    counts = np.bincount([LABELS.index(label) for label in labels], minlength=len(LABELS))
    weights = torch.tensor(len(labels) / (len(LABELS) * np.maximum(counts, 1)), dtype=torch.float32)
    optimizer = torch.optim.AdamW(
        [{"params": body.parameters(), "lr": LEARNING_RATE}, {"params": head.parameters(), "lr": HEAD_LEARNING_RATE}]
    )
    order, shuffler = list(range(len(texts))), random.Random(SEED)
    body.train()
    for _ in range(EPOCHS):
        shuffler.shuffle(order)
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            logits = head(_embed(body, [texts[i] for i in batch]) * SCALE)
            target = torch.tensor([LABELS.index(labels[i]) for i in batch])
            loss = torch.nn.functional.cross_entropy(logits, target, weight=weights)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    body.eval()
    return body, head


def _embed(body: object, texts: list[str]) -> object:
    import torch

    return torch.nn.functional.normalize(body(body.preprocess(texts))["sentence_embedding"], dim=-1)  # type: ignore[attr-defined, operator]


def _read(body: object, head: object, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    import torch

    probabilities, vectors = [], []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            embedded = _embed(body, texts[start : start + 64])
            vectors.append(embedded.numpy())  # type: ignore[attr-defined]
            probabilities.append(torch.softmax(head(embedded * SCALE), -1).numpy())  # type: ignore[operator]
    return np.vstack(probabilities), np.vstack(vectors)


def crisis_recall_at(probabilities: np.ndarray, labels: np.ndarray, sources: np.ndarray, share: float) -> tuple:
    """Crisis recall at the bar flagging ``share`` of benign messages: pooled, and the worst source."""
    crisis = probabilities[:, [LABELS.index(c) for c in CRISIS_LABELS]].sum(axis=1)
    is_crisis = np.isin(labels, CRISIS_LABELS)
    bar = np.quantile(crisis[labels == "benign"], 1 - share)
    per_source = {s: float(np.mean(crisis[is_crisis & (sources == s)] > bar)) for s in np.unique(sources[is_crisis])}
    worst = min(per_source, key=per_source.get)  # type: ignore[arg-type]
    return float(np.mean(crisis[is_crisis] > bar)), per_source[worst], worst


def main(argv: list[str] | None = None) -> int:
    import torch

    parser = argparse.ArgumentParser(prog="python -m evals.safety_finetune", description=__doc__.split("\n")[0])
    parser.add_argument("--groups", default=",".join(str(i) for i in range(len(GROUPS))))
    args = parser.parse_args(argv)
    torch.set_num_threads(2)
    examples = load_labelled()
    texts = [e.text for e in examples]
    labels, sources = np.array([e.label for e in examples]), np.array([e.source for e in examples])
    shipped = cached_vectors(Embedder(threads=1), texts, AppSettings().cache_dir, "safety-labelled")
    for group in (int(g) for g in args.groups.split(",")):
        held = np.isin(sources, GROUPS[group])
        train, test = np.flatnonzero(~held), np.flatnonzero(held)
        train_texts, test_texts = [texts[i] for i in train], [texts[i] for i in test]
        started = time.monotonic()
        product = MessageClassifier(train_texts, list(labels[train]), shipped[train], Settings())
        body, head = _tuned(train_texts, list(labels[train]))
        seconds = time.monotonic() - started
        head_probabilities, tuned_test = _read(body, head, test_texts)
        _, tuned_train = _read(body, head, train_texts)
        over_tuned = MessageClassifier(train_texts, list(labels[train]), tuned_train, Settings())
        readings = {"product": product.probabilities(test_texts, shipped[test])}
        readings["tuned head"] = head_probabilities
        readings["product's classifier on tuned vectors"] = over_tuned.probabilities(test_texts, tuned_test)
        readings["average: product + tuned head"] = (readings["product"] + head_probabilities) / 2
        readings["average: product + classifier on tuned vectors"] = (
            readings["product"] + readings["product's classifier on tuned vectors"]
        ) / 2
        print(f"group {group} ({', '.join(GROUPS[group])}): {len(test)} messages, trained in {seconds:.0f} s")
        for name, probabilities in readings.items():
            cells = []
            for share in (0.02, 0.05):
                pooled, worst, source = crisis_recall_at(probabilities, labels[test], sources[test], share)
                cells.append(f"at {share:.0%}: {pooled:.3f}, worst {worst:.3f} ({source})")
            print(f"  {name}: " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
