"""The answer encoder: trained from committed pairs, the same every time, kept on disk by key."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.answer_encoder import (
    COMPLETE,
    AnswerEncoder,
    answering_passage,
    corpus_examples,
    current_passages,
    load_pairs,
    training_examples,
)

QUESTIONS = ["can I stop klonopin on my own?", "what support groups are there?"]


@pytest.fixture(scope="module")
def few_examples() -> list:
    passages, _ = current_passages()
    pairs = [p for p in load_pairs() if answering_passage(p, passages) is not None][:12]
    return corpus_examples(pairs)


def test_examples_pair_each_question_with_its_passage_and_the_units_that_answer() -> None:
    passages = {"p1": "Detox\nWithdrawal is managed with a taper.", "p2": "Support groups meet weekly."}
    units = {"p1": ["Detox\nWithdrawal is managed with a taper.", "Detox\nIt takes weeks."], "p2": []}
    pairs = [
        {"question": "how is withdrawal managed?", "passage_id": "p1", "answers": True,
         "answering_sentences": ["Withdrawal is managed with a taper."]},
        {"question": "is it covered by insurance?", "passage_id": "p2", "answers": False, "answering_sentences": []},
        {"question": "a passage no longer in the corpus", "passage_id": "gone", "answers": True,
         "answering_sentences": ["x"]},
    ]  # fmt: skip
    examples = training_examples(pairs, passages, units)
    assert [(e.question, e.text) for e in examples] == [
        ("how is withdrawal managed?", passages["p1"]),
        ("how is withdrawal managed?", "Detox\nWithdrawal is managed with a taper."),
    ]


def test_training_is_deterministic_and_kept_under_its_key(few_examples: list, tmp_path: Path) -> None:
    first = AnswerEncoder.load_or_train(few_examples, tmp_path / "a")
    second = AnswerEncoder.load_or_train(few_examples, tmp_path / "b")
    assert first.key == second.key
    assert np.allclose(first.encode(QUESTIONS), second.encode(QUESTIONS), atol=1e-5)
    kept = tmp_path / "a" / f"answer-encoder-{first.key}"
    assert (kept / COMPLETE).exists()
    again = AnswerEncoder.load_or_train(few_examples, tmp_path / "a")
    assert np.allclose(again.encode(QUESTIONS), first.encode(QUESTIONS), atol=1e-5)


def test_other_training_data_is_another_model(few_examples: list, tmp_path: Path) -> None:
    one = AnswerEncoder.load_or_train(few_examples, tmp_path)
    other = AnswerEncoder.load_or_train(few_examples[:-1], tmp_path)
    assert one.key != other.key
    assert len(list(tmp_path.glob("answer-encoder-*"))) == 2


def test_a_damaged_model_is_trained_again(few_examples: list, tmp_path: Path) -> None:
    first = AnswerEncoder.load_or_train(few_examples, tmp_path)
    kept = tmp_path / f"answer-encoder-{first.key}"
    for weights in kept.glob("*.safetensors"):
        weights.write_bytes(b"not a model")
    again = AnswerEncoder.load_or_train(few_examples, tmp_path)
    assert np.allclose(again.encode(QUESTIONS), first.encode(QUESTIONS), atol=1e-5)


def test_tuning_moves_a_question_toward_its_answer(few_examples: list, tmp_path: Path) -> None:
    from sentence_transformers import SentenceTransformer

    from ingest.embedding import model_path

    tuned = AnswerEncoder.load_or_train(few_examples, tmp_path)
    shipped = SentenceTransformer(model_path(), device="cpu")
    questions = [e.question for e in few_examples]
    texts = [e.text for e in few_examples]

    def margin(encode: object) -> float:
        """How much closer a question is to its own passage or unit than to the others'."""
        q = np.asarray(encode(questions, normalize_embeddings=True))  # type: ignore[operator]
        t = np.asarray(encode(texts, normalize_embeddings=True))  # type: ignore[operator]
        scores = q @ t.T
        own = np.diag(scores)
        return float(np.mean(own - (scores.sum(axis=1) - own) / (len(texts) - 1)))

    assert margin(tuned.model.encode) > margin(shipped.encode)
