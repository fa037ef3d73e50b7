"""SetFit over the shipped MiniLM (contrastive fine-tuning plus a logistic head), for the
comparison in ``evals.safety_sources``. Optional: ``make safety-compare`` installs setfit."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence

import numpy as np

from ingest.embedding import model_path
from safety.model import LABELS

ITERATIONS = 1  # contrastive pairs drawn per example (5 took ~25 min per fold on 2 cores)
EPOCHS = 1
SEED = 13


class SetFitClassifier:
    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        from datasets import Dataset
        from setfit import SetFitModel, Trainer, TrainingArguments

        self.model = SetFitModel.from_pretrained(model_path(), device="cpu")
        self.model.model_body.max_seq_length = 128
        data = Dataset.from_dict({"text": list(texts), "label": [LABELS.index(label) for label in labels]})
        with tempfile.TemporaryDirectory() as checkpoints:  # never leave a 260 MB checkpoint in the tree
            arguments = TrainingArguments(
                output_dir=checkpoints,
                batch_size=32,
                num_iterations=ITERATIONS,
                num_epochs=EPOCHS,
                seed=SEED,
                show_progress_bar=False,
            )
            Trainer(model=self.model, args=arguments, train_dataset=data).train()
        self.classes = [int(c) for c in self.model.model_head.classes_]

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        raw = np.asarray(self.model.predict_proba(list(texts), as_numpy=True))
        out = np.zeros((len(texts), len(LABELS)))
        for j, label in enumerate(self.classes):
            out[:, label] = raw[:, j]
        return out
