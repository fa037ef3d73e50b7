"""The language-model mode with LangChain's fake chat models scripted to answer well and badly.

The passages are real (the session index and the shipped MiniLM); only the model is scripted.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.core import Assistant
from assistant.generation import GroundedGenerator

QUESTION = "What are the withdrawal symptoms of Klonopin?"
GOOD = (
    "Klonopin withdrawal symptoms include insomnia, nausea and vomiting, and headaches [{n}]. "
    "Withdrawal from Klonopin can cause insomnia, headaches and panic attacks [{n}]. "
)


def scripted(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


class Refusing(GenericFakeChatModel):
    """A model that must never be called (it fails the test if it is)."""

    def invoke(self, *args, **kwargs):  # type: ignore[override]
        raise AssertionError("the model was called for a message the safety gate decides")


class Down(GenericFakeChatModel):
    def invoke(self, *args, **kwargs):  # type: ignore[override]
        raise ConnectionError("model server unreachable")


@pytest.fixture(scope="module")
def retrieved(assistant: Assistant):
    vector = assistant.embedder.encode_one(QUESTION)
    hits = assistant.retriever.search(vector, QUESTION, k=5)[:4]
    units = assistant.retriever.units_of([h.chunk_id for h in hits])
    symptoms = next(i for i, h in enumerate(hits, start=1) if "insomnia, nausea" in h.text)
    return hits, units, symptoms


def generate(assistant: Assistant, retrieved, *replies: str):
    hits, units, _ = retrieved
    return GroundedGenerator(scripted(*replies), assistant.embedder.encode_one).answer(QUESTION, hits, units)


def test_a_faithful_cited_answer_is_kept_with_exact_quotes(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(
        assistant,
        retrieved,
        GOOD.format(n=n).strip(),
    )
    assert result.outcome == "generated", result.verification
    assert len(result.citations) >= 1
    for citation in result.citations:
        assert citation.quote in citation.passage
    assert "[1]" in result.body


def test_an_uncited_answer_falls_back(assistant, retrieved) -> None:
    result = generate(assistant, retrieved, "Withdrawal brings insomnia and nausea. It can also bring headaches.")
    assert result.outcome == "fallback_unsupported"
    assert {c.problem for c in result.verification.removed} == {"no_citation"}


def test_a_wrongly_cited_sentence_is_removed(assistant, retrieved) -> None:
    n = retrieved[2]
    # The last sentence is true elsewhere in the corpus, but not in the passage it cites.
    counseling = f"Group counseling means sharing your story with others dealing with the same situation [{n}]."
    result = generate(assistant, retrieved, GOOD.format(n=n) + counseling)
    assert [c.problem for c in result.verification.removed] == ["not_supported"], result.verification
    assert result.outcome == "generated_trimmed" and "counseling" not in result.body


def test_markers_that_point_nowhere_are_removed(assistant, retrieved) -> None:
    result = generate(assistant, retrieved, "Klonopin withdrawal symptoms include insomnia and nausea [9].")
    assert result.outcome == "fallback_unsupported"
    assert result.verification.removed[0].problem == "marker_points_nowhere"


def test_invented_figures_are_removed(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(
        assistant,
        retrieved,
        GOOD.format(n=n) + f"Withdrawal symptoms last exactly 47 days for 93% of people [{n}].",
    )
    assert result.outcome == "generated_trimmed"
    assert [c.problem for c in result.verification.removed] == ["number_not_in_source"]
    assert "47" not in result.body


def test_a_dose_or_schedule_from_the_model_never_reaches_anyone(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(assistant, retrieved, f"To ease withdrawal, take 0.5 mg every 4 hours [{n}].")
    assert result.outcome == "fallback_output_check" and not result.body


def test_the_extractive_answer_stands_when_the_model_fails_or_falls_short(assistant: Assistant) -> None:
    extractive = assistant.ask(QUESTION)
    for model in (Down(messages=iter([])), scripted("I think withdrawal is probably fine.")):
        with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
        with_model.generator = GroundedGenerator(model, assistant.embedder.encode_one)
        response = with_model.ask(QUESTION)
        assert response.kind == "answer" and response.text == extractive.text
        assert response.reason.startswith("answered:fallback_")


def test_a_verified_answer_is_served_and_says_so(assistant: Assistant, retrieved) -> None:
    n = retrieved[2]
    hits = retrieved[0]
    with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
    reply = f"Klonopin withdrawal symptoms include insomnia, nausea and vomiting, and headaches [{n}]."
    with_model.generator = GroundedGenerator(scripted(reply), assistant.embedder.encode_one)
    response = with_model.ask(QUESTION)
    if response.reason == "answered:fallback_unsupported":
        pytest.fail(f"retrieval order differs from the fixture's: {[h.chunk_id for h in hits]}")
    assert response.kind == "answer" and response.reason == "answered:generated"
    assert "not medical advice" in response.text
    assert all(c.quote in c.passage for c in response.citations)


@pytest.mark.parametrize(
    "message, kind",
    [("I want to kill myself", "crisis"), ("how much klonopin should I take to sleep?", "refusal"), ("", "invalid")],
)
def test_safety_decisions_never_reach_the_model(assistant: Assistant, message: str, kind: str) -> None:
    with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
    with_model.generator = GroundedGenerator(Refusing(messages=iter([])), assistant.embedder.encode_one)
    assert with_model.ask(message).kind == kind


def test_a_bad_model_setting_is_a_clear_error() -> None:
    from assistant.llm import chat_model

    with pytest.raises(ValueError, match="openai:<model> or ollama:<model>"):
        chat_model("gpt4")


@pytest.mark.skipif(not os.environ.get("KLONOPIN_GUIDE_LLM"), reason="no model configured (KLONOPIN_GUIDE_LLM)")
def test_a_real_model_answers_or_falls_back_safely(assistant: Assistant) -> None:
    from assistant.config import Settings

    settings = replace(assistant.settings, llm=Settings().llm)
    real = Assistant(assistant.store, assistant.embedder, settings)
    response = real.ask(QUESTION)
    assert response.kind == "answer" and response.reason.startswith("answered:")
    assert all(c.quote in c.passage for c in response.citations)
