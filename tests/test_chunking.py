"""Chunks: exact slices of the indexable text, stable ids, quotable units."""

from __future__ import annotations

from ingest.chunking import MAX_CHARS, chunk_document, chunk_id
from ingest.documents import load_corpus
from ingest.sentences import sentence_units
from tests.conftest import CORPUS

DOCUMENTS = load_corpus(CORPUS)


def test_chunk_ids_are_stable_and_derived_from_content() -> None:
    first = [c.id for d in DOCUMENTS for c in chunk_document(d)]
    second = [c.id for d in load_corpus(CORPUS) for c in chunk_document(d)]
    assert first == second
    assert len(set(first)) == len(first)
    for document in DOCUMENTS:
        for chunk in chunk_document(document):
            assert chunk.id == chunk_id(document.id, chunk.text)


def test_chunks_are_exact_slices_within_size() -> None:
    for document in DOCUMENTS:
        text = document.indexable_text
        for chunk in chunk_document(document):
            assert chunk.text in text
            assert len(chunk.text) <= MAX_CHARS * 1.6, chunk.id


def test_units_are_exact_substrings_and_lists_keep_their_lead_in() -> None:
    for document in DOCUMENTS:
        for chunk in chunk_document(document):
            for unit in sentence_units(chunk.text):
                quote = unit.of(chunk.text)
                assert quote and quote in chunk.text
                assert not quote.rstrip().endswith(":"), f"lead-in without its list: {quote!r}"


def test_sentence_splitting_respects_abbreviations() -> None:
    text = "Support from others (e.g., family members) helps. It is common in the U.S. Many recover."
    units = [u.of(text) for u in sentence_units(text)]
    assert units == ["Support from others (e.g., family members) helps.", "It is common in the U.S. Many recover."]


def test_a_list_keeps_its_unit_wherever_it_ends() -> None:
    text = (
        "3.2 Common Withdrawal Symptoms\n\nWithdrawal can be dangerous. Common symptoms include:\n\n"
        "– Anxiety and panic attacks\n– Insomnia\n\nAnother paragraph follows. It ends here:\n\nA Heading"
    )
    units = [u.of(text) for u in sentence_units(text)]
    assert units == [
        "Withdrawal can be dangerous. Common symptoms include:\n\n– Anxiety and panic attacks\n– Insomnia",
        "Another paragraph follows.",
    ]
    # The same list as the passage's last line (it was dropped once, and 17 passages had no quotable unit).
    ending = text.split("\n\nAnother")[0]
    assert [u.of(ending) for u in sentence_units(ending)] == units[:1]


def test_every_passage_with_prose_has_a_quotable_unit() -> None:
    for document in load_corpus(CORPUS):
        for chunk in chunk_document(document):
            if any(len(line.split()) > 12 for line in chunk.text.split("\n")):
                assert sentence_units(chunk.text), f"{chunk.id} has no quotable unit"
