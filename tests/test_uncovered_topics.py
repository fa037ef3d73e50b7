"""Topics no reviewed document covers (the clinical review of December 2026): a plain reply that
says so and points to a prescriber, a pharmacist and the help lines, never a loosely related quote."""

from __future__ import annotations

import pytest

from assistant.core import Assistant

UNCOVERED = [  # the review's list, each in two phrasings written here
    ("overdose_and_mixing", "how would I know if somebody has overdosed on clonazepam?"),
    ("overdose_and_mixing", "why is alcohol together with clonazepam considered dangerous?"),
    ("overdose_and_mixing", "is it possible to die if you swallow too many klonopin?"),
    ("overdose_and_mixing", "what symptoms show up when people take too much klonopin?"),
    ("overdose_and_mixing", "why is taking klonopin with a few beers risky?"),
    ("overdose_and_mixing", "what happens if you take your kpins after a few drinks"),
    ("talking_to_a_prescriber_about_tapering", "what should I say to my psychiatrist to ask about coming off klonopin"),
    ("talking_to_a_prescriber_about_tapering", "my doctor won't taper me, how do I approach it with her"),
    ("dependence_versus_use_disorder", "is being dependent on klonopin the same as being addicted?"),
    ("dependence_versus_use_disorder", "what counts as a sedative use disorder"),
    ("withdrawal_timeline", "how many weeks does withdrawal from clonazepam usually last"),
    ("withdrawal_timeline", "what is protracted benzo withdrawal"),
    ("pregnancy_and_breastfeeding", "is clonazepam ok when breastfeeding"),
    ("pregnancy_and_breastfeeding", "we are trying to conceive and I'm on klonopin"),
    ("epilepsy", "my son takes klonopin for his seizures, does dependence apply to him"),
    ("epilepsy", "klonopin and epilepsy"),
    ("older_adults", "is klonopin risky for seniors"),
    ("older_adults", "is clonazepam riskier for elderly people"),
    ("driving", "am I allowed to drive after taking klonopin"),
    ("driving", "can I operate heavy machinery on clonazepam"),
    ("counterfeit_pills", "are pressed k-pins from a dealer safe"),
    ("counterfeit_pills", "how do I spot counterfeit klonopin"),
]


@pytest.mark.parametrize(("topic", "question"), UNCOVERED)
def test_an_uncovered_topic_gets_a_plain_reply_with_who_to_ask(assistant: Assistant, topic: str, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer", response
    assert response.reason.startswith(f"topic_not_in_corpus:{topic}")
    assert response.citations == [], "never a loosely related quote"
    assert "don't cover" in response.text
    assert "prescriber" in response.text or "pharmacist" in response.text
    assert response.resources, "the help lines go with it"
    assert all(r.contact.lower() in response.text.lower() for r in response.resources)


@pytest.mark.parametrize(
    "question",
    [
        "What are the withdrawal symptoms of Klonopin?",
        "this withdrawal is driving me crazy, what can help me cope?",
        "What does therapy for Klonopin addiction involve?",
        "Can someone become dependent on Klonopin even when they take it as prescribed?",
        "I worry too much and my doctor gave me klonopin. what happens if I take it every day for years?",
        # Near the review's topics without being them: what the drug is for, tolerance against
        # dependence, the signs of a use disorder (of addiction).
        "is clonazepam only an anxiety pill or do doctors use it for seizures too?",
        "how is tolerance different from dependence?",
        "signs of klonopin use disorder in a teenager",
    ],
)
def test_covered_questions_with_the_same_words_are_still_answered(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    assert response.kind == "answer", response
    assert not response.reason.startswith("topic_not_in_corpus")


def test_an_overdose_topic_reply_leads_with_emergency_help_in_the_configured_region(store, embedder, index_dir) -> None:
    from assistant.config import Settings
    from safety.hotlines import directory

    uk = Assistant(store, embedder, Settings(index_dir=index_dir, region="UK"))
    response = uk.ask("what does an overdose of klonopin look like")
    assert response.reason.startswith("topic_not_in_corpus:overdose_and_mixing")
    assert response.resources[0].contact == directory("UK").hotlines["emergency"].contact
    assert "911" not in response.text
