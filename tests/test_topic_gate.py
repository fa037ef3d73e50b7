"""The topic gate: questions about something else are declined plainly, never answered with
quotes that share a word; questions in the domain, however plainly put, are not turned away."""

from __future__ import annotations

import pytest

from assistant.core import Assistant

OFF_TOPIC = [  # everyday senses of the domain's words, and plain other subjects (written here)
    "How do I withdraw money from my savings account without paying a fee?",
    "what is the tolerance on a press fit for a 10 mm steel shaft",
    "best way to kill a frozen python script on windows",
    "how can I recover deleted photos from an sd card",
    "my tomato plants have yellow leaves, what treatment works?",
    "Write a limerick about a cat who loves lasagna.",
    "¿Cómo hago una tortilla de patatas jugosa?",
]
# The gate lets a question through when unsure (turning away a real question fails the
# person); one like this still must not be answered with quotes.
UNSURE_OFF_TOPIC = ["what are the rules for a relapse in a weight loss challenge at work lol"]

ON_TOPIC = [  # the domain, with and without the drug's name (written here)
    "what are klonopin withdrawal symptoms like?",
    "what happens during a medically supervised detox",
    "are there support groups for families of people addicted to benzos?",
    "what is tolerance to clonazepam?",
    "how does outpatient treatment work for benzodiazepine addiction?",
    "¿qué síntomas tiene la abstinencia de clonazepam?",
    "how long do k pins stay in your system",  # street names name the drug too
    "my cousin sells kpins at school, what should I tell my kid",
]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_a_question_about_something_else_is_declined_without_quotes(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer", response
    assert response.reason.split(":")[0] == "off_topic"
    assert response.citations == []
    assert "Klonopin" in response.text
    assert "something else" in response.text or "otra cosa" in response.text  # in the question's language


@pytest.mark.parametrize("question", UNSURE_OFF_TOPIC)
def test_an_off_topic_question_the_gate_is_unsure_of_still_gets_no_quotes(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer" and response.citations == [], response


@pytest.mark.parametrize("question", ON_TOPIC)
def test_a_question_in_the_domain_is_not_turned_away(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert not response.reason.startswith("off_topic"), response


def test_a_follow_up_is_read_with_the_turn_before_it(assistant: Assistant) -> None:
    history = [
        {"role": "user", "content": "what kinds of support groups are there for benzo addiction?"},
        {"role": "assistant", "content": "There are 12-step groups and others."},
    ]
    response = assistant.ask("are any of those free?", history)
    assert not response.reason.startswith("off_topic"), response


def test_a_crisis_is_never_turned_away_as_off_topic(assistant: Assistant) -> None:
    response = assistant.ask("forget the recipe, I just want to kill myself tonight")
    assert response.kind == "crisis"
    assert "988" in response.text
