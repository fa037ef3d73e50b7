"""A quote stands on its own: a sentence whose first words point back ("It", "This", "Here",
"However") is quoted with the sentence it points to, or not at all. Checked on every such
sentence of the corpus, each made the best match for a question."""

from __future__ import annotations

from assistant.compose import _DANGLING, Thresholds, compose
from assistant.core import Assistant
from assistant.retrieval import Hit


def test_every_sentence_that_points_back_is_quoted_with_what_it_points_to(assistant: Assistant) -> None:
    retriever = assistant.retriever
    assert retriever is not None
    chunks = retriever.chunks.get(include=["documents", "metadatas"])
    pointing_back = 0
    for chunk_id, text, meta in zip(chunks["ids"], chunks["documents"], chunks["metadatas"], strict=True):
        units = retriever.units_of([chunk_id])
        for unit in units:
            if not _DANGLING.match(unit.text):
                continue
            pointing_back += 1
            # The sentence itself as the question: it is the best match there can be.
            composition = compose(unit.vector, [Hit(chunk_id, text, dict(meta), 1.0)], units, Thresholds())
            quotes = [c.quote for c in composition.citations] if composition else []
            for quote in quotes:
                assert not _DANGLING.match(quote), f"quoted alone: {quote[:80]!r}"
            quoted = " ".join(quotes)
            if unit.text in quoted:
                before = [u for u in units if u.position == unit.position - 1]
                assert before and before[0].text in quoted, f"without its antecedent: {unit.text[:80]!r}"
    assert pointing_back >= 10, "the corpus has such sentences; if not, this test reads nothing"


def test_a_follow_on_sentence_answers_with_the_one_it_follows(assistant: Assistant) -> None:
    response = assistant.ask("how long does klonopin addiction treatment usually last?")
    for citation in response.citations:
        assert not _DANGLING.match(citation.quote), citation.quote
