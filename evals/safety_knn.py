"""The gate's earlier classifier, kept as a baseline: its k nearest labelled examples vote.

A message's probability of a label is the similarity-weighted share of its k nearest
examples with that label (examples below ``floor`` similarity do not vote, so a message
near nothing stays benign). Same interface as ``safety.model.MessageClassifier``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from safety.model import LABELS


class NearestExamples:
    def __init__(self, labels: Sequence[str], vectors: np.ndarray, k: int = 5, floor: float = 0.45) -> None:
        self.matrix = vectors
        self.labels = np.array([LABELS.index(label) for label in labels])
        self.k = k
        self.floor = floor

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        out = np.zeros((len(vectors), len(LABELS)))
        for row, vector in enumerate(vectors):
            sims = self.matrix @ vector
            order = np.argsort(-sims)[: self.k]
            weights = np.where(sims[order] >= self.floor, sims[order], 0.0)
            if weights.sum() <= 0:
                out[row, LABELS.index("benign")] = 1.0
                continue
            np.add.at(out[row], self.labels[order], weights)
            out[row] /= out[row].sum()
        return out
