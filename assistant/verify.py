"""Checks a generated answer sentence by sentence against the passages it was given.

A sentence is kept only when it carries markers, every marker points to a passage it was
shown, every number and uncommon term in it appears in a cited passage, and a cited passage
supports it: the
sentence is in the passage word for word, or one of the passage's sentences says nearly the
same (MiniLM similarity and shared content words, both above a bar) without flipping it
(``assistant/contrast.py``: negation, direction, certainty). Each kept sentence is
tied to the passage sentence that supports it best, which becomes the citation's exact quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.contrast import contrast
from assistant.lexical import tokenize
from assistant.retrieval import Hit, Unit

MARKER = re.compile(r"\[(\d{1,2})\]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A sentence ends at . ! or ? (with any markers written after it on its line) before a capital,
# or at a line break.
_BOUNDARY = re.compile(r"([.!?](?:[ \t]*\[\d{1,2}\])*)\s+(?=[A-Z\"“(])|\n+")


@dataclass(frozen=True)
class SupportBar:
    """How close a paraphrase must be to a passage sentence (see tests/test_generation.py)."""

    similarity: float = 0.62
    shared_words: float = 0.5

    def accepts(self, support: Support) -> bool:
        return support.similarity >= self.similarity and support.shared_words >= self.shared_words


@dataclass(frozen=True)
class Checked:
    text: str  # the sentence without its markers
    passages: tuple[int, ...]  # 1-based numbers of the passages it cites
    support: Unit | None = None
    problem: str = ""  # why it was removed; empty when kept


@dataclass
class Verification:
    kept: list[Checked] = field(default_factory=list)
    removed: list[Checked] = field(default_factory=list)

    def add(self, checked: Checked) -> None:
        (self.removed if checked.problem else self.kept).append(checked)

    @property
    def share_kept(self) -> float:
        total = len(self.kept) + len(self.removed)
        return len(self.kept) / total if total else 0.0


def split_finished(text: str) -> tuple[list[str], str]:
    """The sentences of ``text`` known to be finished, and the rest, which more text may extend."""
    done, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + len(match.group(1) or "")
        if text[start:end].strip():
            done.append(text[start:end].strip())
        start = match.end()
    return done, text[start:]


def sentences(text: str) -> list[str]:
    done, rest = split_finished(text)
    return done + ([rest.strip()] if rest.strip() else [])


def _shared_words(claim: str, source: str) -> float:
    words = set(tokenize(claim))
    return len(words & set(tokenize(source))) / len(words) if words else 0.0


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s%]", " ", text.lower())).strip()


def check_sentence(
    sentence: str,
    passages: list[Hit],
    units: list[Unit],
    encode: Callable[[str], Any],
    bar: SupportBar | None = None,
    distinctive: Callable[[str], list[str]] | None = None,
) -> Checked | None:
    """One generated sentence judged against the passages; None when it holds no words.
    ``distinctive`` gives the claim's uncommon terms (``Assistant.unfamiliar_terms``)."""
    bar = bar or SupportBar()
    numbers = tuple(int(n) for n in MARKER.findall(sentence))
    claim = MARKER.sub("", sentence).strip()
    claim = re.sub(r"\s+([.,;:!?])", r"\1", claim)
    if not claim or not re.search(r"\w", claim):
        return None
    if not numbers:
        return Checked(claim, (), problem="no_citation")
    if any(n < 1 or n > len(passages) for n in numbers):
        return Checked(claim, numbers, problem="marker_points_nowhere")
    cited = [passages[n - 1] for n in dict.fromkeys(numbers)]
    cited_text = " ".join(hit.text for hit in cited)
    if any(number not in cited_text for number in NUMBER.findall(claim)):
        return Checked(claim, numbers, problem="number_not_in_source")
    # An uncommon term the cited passages lack ("EMDR") is a claim about something they do not discuss.
    if distinctive is not None and set(distinctive(claim)) - set(tokenize(cited_text)):
        return Checked(claim, numbers, problem="term_not_in_source")
    candidates = [u for u in units if u.chunk_id in {hit.chunk_id for hit in cited}]
    if not candidates:
        return Checked(claim, numbers, problem="no_source_sentences")
    support = closest_support(claim, cited_text, candidates, encode)
    if support.verbatim:
        return Checked(claim, numbers, support=support.unit)
    if not bar.accepts(support):
        return Checked(claim, numbers, support=support.unit, problem="not_supported")
    differs = contrast(claim, support.unit.text)
    if differs:
        return Checked(claim, numbers, support=support.unit, problem=f"not_supported_{differs}")
    return Checked(claim, numbers, support=support.unit)


@dataclass(frozen=True)
class Support:
    """How well the closest passage sentence supports a claim."""

    unit: Unit
    similarity: float  # MiniLM cosine between the claim and that sentence
    shared_words: float  # share of the claim's content words that the sentence has
    verbatim: bool  # the claim is in the cited passages word for word


def closest_support(claim: str, cited_text: str, candidates: list[Unit], encode: Callable[[str], Any]) -> Support:
    vector = encode(claim)
    scores = [float(np.dot(vector, u.vector)) for u in candidates]
    best = int(np.argmax(scores))
    return Support(
        candidates[best],
        scores[best],
        _shared_words(claim, candidates[best].text),
        _normal(claim) in _normal(cited_text),
    )


def verify(
    answer: str,
    passages: list[Hit],
    units: list[Unit],
    encode: Callable[[str], Any],
    bar: SupportBar | None = None,
    distinctive: Callable[[str], list[str]] | None = None,
) -> Verification:
    result = Verification()
    for sentence in sentences(answer):
        checked = check_sentence(sentence, passages, units, encode, bar, distinctive)
        if checked is not None:
            result.add(checked)
    return result
