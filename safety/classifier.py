"""Nearest labelled examples, with the shipped embedding model: catches what patterns miss.

The examples live in ``data/examples.jsonl`` (text, label, lang). A message's score for a
group of labels is the similarity-weighted share of its k nearest examples in that group,
and the similarity of the nearest one; thresholds are calibrated by ``python -m
safety.calibrate`` and stored in ``data/calibration.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.embedding import DIMENSIONS, MODEL_NAME, Embedder

EXAMPLES = Path(__file__).parent / "data" / "examples.jsonl"
CALIBRATION = Path(__file__).parent / "data" / "calibration.json"
CRISIS_LABELS = ("crisis_suicide", "crisis_overdose", "crisis_medical")
SITUATION = {"crisis_suicide": "suicide", "crisis_overdose": "overdose", "crisis_medical": "medical"}


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    lang: str


@dataclass(frozen=True)
class Neighbourhood:
    """How close a message sits to each kind of labelled example.

    A kind fires only when its nearest example is closer than the nearest benign one by at
    least the calibrated margin, so a general question about seizures stays with the general
    questions even when crisis examples about seizures are near.
    """

    crisis_share: float
    crisis_top: float
    crisis_label: str
    dosing_share: float
    dosing_top: float
    nearest_label: str
    nearest_similarity: float
    benign_top: float = 0.0


@dataclass(frozen=True)
class Thresholds:
    crisis_top: float = 0.70
    crisis_share: float = 0.5
    dosing_top: float = 0.70
    dosing_share: float = 0.5
    crisis_margin: float = 0.0
    dosing_margin: float = 0.0
    k: int = 5

    @classmethod
    def load(cls, path: Path = CALIBRATION) -> Thresholds:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**data["thresholds"])


def load_examples(path: Path = EXAMPLES) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            examples.append(Example(raw["text"], raw["label"], raw.get("lang", "en")))
    return examples


class ExampleClassifier:
    def __init__(
        self,
        embedder: Embedder,
        examples: list[Example] | None = None,
        k: int = 5,
        cache_dir: Path | None = None,
    ) -> None:
        self.examples = examples if examples is not None else load_examples()
        self.labels = np.array([e.label for e in self.examples])
        self.k = k
        self.matrix = self._embed(embedder, cache_dir)

    def _embed(self, embedder: Embedder, cache_dir: Path | None) -> np.ndarray:
        """Embed the examples, or load the vectors computed last time for exactly these texts."""
        texts = [e.text for e in self.examples]
        key = hashlib.sha256(json.dumps([MODEL_NAME, texts]).encode()).hexdigest()[:20]
        cached = cache_dir / f"safety-examples-{key}.npy" if cache_dir else None
        if cached is not None and cached.exists():
            try:
                matrix = np.load(cached)
                if matrix.shape == (len(texts), DIMENSIONS):
                    return matrix
            except (OSError, ValueError):
                pass  # a damaged cache is recomputed below
        matrix = embedder.encode(texts, batch_size=64)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                partial = cached.with_suffix(".tmp.npy")
                np.save(partial, matrix)
                partial.replace(cached)
            except OSError:
                pass  # caching is an optimization only
        return matrix

    def neighbourhood(self, vector: np.ndarray, exclude: int | None = None) -> Neighbourhood:
        sims = self.matrix @ vector
        if exclude is not None:
            sims = sims.copy()
            sims[exclude] = -1.0
        order = np.argsort(-sims)[: self.k]
        weights = np.clip(sims[order], 0.0, None)
        total = float(weights.sum()) or 1.0
        near_labels = self.labels[order]
        crisis = np.isin(near_labels, CRISIS_LABELS)
        dosing = near_labels == "dosing"
        crisis_sims = sims[np.isin(self.labels, CRISIS_LABELS)]
        dosing_sims = sims[self.labels == "dosing"]
        benign_sims = sims[self.labels == "benign"]
        crisis_votes: dict[str, float] = {}
        for label, weight in zip(near_labels[crisis], weights[crisis], strict=True):
            crisis_votes[str(label)] = crisis_votes.get(str(label), 0.0) + float(weight)
        return Neighbourhood(
            crisis_share=float(weights[crisis].sum()) / total,
            crisis_top=float(crisis_sims.max()) if crisis_sims.size else 0.0,
            crisis_label=max(crisis_votes, key=crisis_votes.__getitem__) if crisis_votes else "",
            dosing_share=float(weights[dosing].sum()) / total,
            dosing_top=float(dosing_sims.max()) if dosing_sims.size else 0.0,
            nearest_label=str(near_labels[0]),
            nearest_similarity=float(sims[order[0]]),
            benign_top=float(benign_sims.max()) if benign_sims.size else 0.0,
        )
