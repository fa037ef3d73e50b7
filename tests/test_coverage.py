"""Questions on the subject that the vetted sources do not answer get no_answer, never quotes;
questions they answer still get answered, personal framing and all."""

from __future__ import annotations

import pytest

from assistant.core import Assistant

# Written for this test (not in any training file): practical matters, the drug's facts the
# pages do not give, other medicines by name, a specific program; English and Spanish.
NOT_IN_THE_SOURCES = [
    "does blue shield pay for a benzo detox in california?",
    "can I take clonazepam on a long-haul flight to australia, any customs forms?",
    "¿cuánto cuesta un mes de rehabilitación para benzodiacepinas en México?",
    "is it ok to give my cat a bit of clonazepam when she's stressed at the vet?",
    # A near miss the coverage gate has caught since it trained on four uncovered writers (2026-12-05).
    "what did the 2019 cochrane review find about benzo tapering?",
    # Near misses: a passage sounds as if it answers. Known gap (evals/relevance/README.md): the
    # generic-medicine sentence and the tapering passages still answer these. Strict: a fix shows.
    pytest.param(
        "who manufactures the generic clonazepam my pharmacy stocks?",
        marks=pytest.mark.xfail(strict=True, reason="near miss answered from a passage that sounds close"),
    ),
]

IN_THE_SOURCES = [
    "ugh day four without it and I can't sleep at all. what withdrawal symptoms are normal?",
    "my son says he can quit on his own, why is supervised detox recommended instead?",
    "what kinds of support groups are there for people recovering from benzo addiction?",
    "how does klonopin affect the brain?",
]


@pytest.mark.parametrize("question", NOT_IN_THE_SOURCES)
def test_what_the_sources_do_not_answer_gets_no_answer(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer", (response.reason, response.text[:300])
    assert not response.citations


@pytest.mark.parametrize("question", IN_THE_SOURCES)
def test_what_the_sources_answer_is_answered(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "answer", (response.reason, response.text[:300])
    assert response.citations
