"""A question in Spanish is searched in English (a word-for-word gloss) and answered with the
corpus's English quotes; what the sources do not cover is declined in Spanish as in English."""

from __future__ import annotations

import pytest

from assistant.core import Assistant
from assistant.gloss import english_gloss

# Written here, not copied from any eval set.
ANSWERED = [
    ("¿qué tipos de terapia ayudan a dejar la adicción al clonazepam?", ("therap",)),
    ("cuales son los sintomas de abstinencia del klonopin", ("withdrawal",)),
    ("¿cómo puede la familia apoyar a alguien en recuperación de benzodiacepinas?", ("famil", "support", "loved")),
    ("¿qué es la tolerancia al clonazepam?", ("toleran",)),
]
DECLINED = [
    "¿cuánto cuesta una clínica de rehabilitación en Guadalajara?",
    "¿mi seguro médico paga la desintoxicación de benzodiacepinas?",
]


@pytest.mark.parametrize(("question", "stems"), ANSWERED)
def test_a_spanish_question_the_sources_answer_gets_quotes_on_its_subject(
    assistant: Assistant, question: str, stems: tuple[str, ...]
) -> None:
    response = assistant.ask(question)
    assert response.kind == "answer", (response.reason, response.text[:300])
    quoted = " ".join(c.quote.lower() for c in response.citations)
    assert any(stem in quoted for stem in stems), quoted[:400]


@pytest.mark.parametrize("question", DECLINED)
def test_a_spanish_question_the_sources_do_not_cover_is_declined(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer", (response.reason, response.text[:300])
    assert not response.citations


def test_a_spanish_question_on_a_topic_the_review_lists_as_uncovered_gets_that_reply(assistant: Assistant) -> None:
    """The topic list is English; it reads the question's gloss too."""
    response = assistant.ask("¿es malo mezclar klonopin y cerveza?")
    assert response.reason == "topic_not_in_corpus:overdose_and_mixing", (response.reason, response.text[:300])
    assert response.resources, "the overdose help lines come with it"


def test_the_gloss_keeps_unlisted_words_and_reads_phrases_before_words() -> None:
    glossed = english_gloss("¿Cuánto tiempo dura la abstinencia de Klonopin?")
    assert glossed == "how long last the withdrawal of Klonopin"
    assert english_gloss("señales de xanax") == "signs of xanax"


# Written here: one question on each of several topics the review lists, asked in Spanish.
SPANISH_UNCOVERED = [
    ("drug_tests", "¿el klonopin sale en una prueba de orina del trabajo?"),
    ("driving", "¿es seguro conducir de noche si tomo clonazepam?"),
    ("weight_and_hair", "desde que tomo rivotril se me cae el pelo, ¿es por eso?"),
    ("manufacturer_and_history", "¿qué empresa fabrica el clonazepam original?"),
    ("older_adults", "mi papá de 78 años empezó con clonazepam, ¿le afecta más?"),
    ("pets", "¿el clonazepam es peligroso para los perros?"),
]


@pytest.mark.parametrize(("topic", "question"), SPANISH_UNCOVERED)
def test_a_spanish_question_on_an_uncovered_topic_is_declined_in_spanish(
    assistant: Assistant, topic: str, question: str
) -> None:
    response = assistant.ask(question)
    assert response.reason.startswith(f"topic_not_in_corpus:{topic}"), (response.reason, response.text[:300])
    assert not response.citations
    assert "no tratan" in response.text
    assert "médico" in response.text or "farmacéutico" in response.text
    assert "don't cover" not in response.text and "general education" not in response.text


def test_manejar_the_anxiety_is_not_driving(assistant: Assistant) -> None:
    response = assistant.ask("¿cómo puedo manejar la ansiedad mientras dejo el clonazepam con mi médico?")
    assert response.reason != "topic_not_in_corpus:driving"


def test_a_spanish_question_outside_the_domain_is_declined_in_spanish(assistant: Assistant) -> None:
    response = assistant.ask("¿cómo arreglo una fuga de agua debajo del fregadero?")
    assert response.kind == "no_answer"
    assert "Solo respondo preguntas sobre Klonopin" in response.text
    assert "I only answer" not in response.text
