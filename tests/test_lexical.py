"""The inverted BM25 index scores exactly as rank_bm25's full scan did, so hybrid rankings are unchanged."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from assistant.lexical import LexicalIndex, tokenize
from ingest.store import IndexStore

QUESTIONS = [
    "What are the withdrawal symptoms of Klonopin?",
    "how long does clonazepam withdrawal last",
    "Can benzos cause seizures if I stop suddenly?",
    "what is a taper",
    "Is Klonopin addictive and how does rehab treat it?",
    "glaucoma",
    "",
]


def _passages(store: IndexStore) -> list[str]:
    got = store.collection(store.active().chunks).get(include=["documents", "metadatas"])
    return [f"{m.get('section', '')} {d}" for d, m in zip(got["documents"], got["metadatas"], strict=True)]


@pytest.mark.parametrize("question", QUESTIONS)
def test_scores_match_rank_bm25_on_the_corpus(store: IndexStore, question: str) -> None:
    docs = [tokenize(p) for p in _passages(store)]
    expected = BM25Okapi(docs).get_scores(tokenize(question))
    got = LexicalIndex(docs).scores(tokenize(question))
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)


def test_top_is_the_best_positive_scores_in_order(store: IndexStore) -> None:
    index = LexicalIndex.from_texts(_passages(store))
    terms = tokenize("withdrawal seizures after stopping klonopin abruptly")
    scores = index.scores(terms)
    top = index.top(terms, 5)
    assert len(top) == 5
    assert [scores[i] for i in top] == sorted((scores[i] for i in top), reverse=True)
    assert min(scores[i] for i in top) >= np.sort(scores)[-5]
    assert index.top(tokenize("zzzz qqqq"), 5) == []


words = st.sampled_from(["taper", "seizure", "klonopin", "sleep", "anxiety", "the", "dose", "rebound"])


@settings(max_examples=60, deadline=None)
@given(
    docs=st.lists(st.lists(words, min_size=0, max_size=12), min_size=1, max_size=30),
    query=st.lists(words, max_size=6),
)
def test_scores_match_rank_bm25_on_any_corpus(docs: list[list[str]], query: list[str]) -> None:
    if not any(docs):
        return  # BM25Okapi divides by the average length; an all-empty corpus has no ranking to match
    np.testing.assert_allclose(LexicalIndex(docs).scores(query), BM25Okapi(docs).get_scores(query), atol=1e-9)


def test_an_empty_index_ranks_nothing() -> None:
    index = LexicalIndex([])
    assert index.top(["taper"], 5) == []
    assert index.scores(["taper"]).shape == (0,)
