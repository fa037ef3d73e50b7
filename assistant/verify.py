"""Checks a generated answer sentence by sentence against the passages it was given.

A sentence is kept only when it carries markers, every marker points to a passage it was
shown, every number in it appears in a cited passage, and a cited passage supports it: the
sentence is in the passage word for word, or one of the passage's sentences says nearly the
same (MiniLM similarity and shared content words, both above a bar). Each kept sentence is
tied to the passage sentence that supports it best, which becomes the citation's exact quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.lexical import tokenize
from assistant.retrieval import Hit, Unit

MARKER = re.compile(r"\[(\d{1,2})\]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+")


@dataclass(frozen=True)
class SupportBar:
    """How close a paraphrase must be to a passage sentence (see tests/test_generation.py)."""

    similarity: float = 0.62
    shared_words: float = 0.5


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

    @property
    def share_kept(self) -> float:
        total = len(self.kept) + len(self.removed)
        return len(self.kept) / total if total else 0.0


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s and s.strip()]


def _shared_words(claim: str, source: str) -> float:
    words = set(tokenize(claim))
    return len(words & set(tokenize(source))) / len(words) if words else 0.0


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s%]", " ", text.lower())).strip()


def verify(
    answer: str,
    passages: list[Hit],
    units: list[Unit],
    encode: callable,  # type: ignore[valid-type]
    bar: SupportBar | None = None,
) -> Verification:
    bar = bar or SupportBar()
    result = Verification()
    for sentence in sentences(answer):
        numbers = tuple(int(n) for n in MARKER.findall(sentence))
        claim = MARKER.sub("", sentence).strip()
        claim = re.sub(r"\s+([.,;:!?])", r"\1", claim)
        if not claim or not re.search(r"\w", claim):
            continue
        if not numbers:
            result.removed.append(Checked(claim, (), problem="no_citation"))
            continue
        if any(n < 1 or n > len(passages) for n in numbers):
            result.removed.append(Checked(claim, numbers, problem="marker_points_nowhere"))
            continue
        cited = [passages[n - 1] for n in dict.fromkeys(numbers)]
        cited_text = " ".join(hit.text for hit in cited)
        if any(number not in cited_text for number in NUMBER.findall(claim)):
            result.removed.append(Checked(claim, numbers, problem="number_not_in_source"))
            continue
        candidates = [u for u in units if u.chunk_id in {hit.chunk_id for hit in cited}]
        if not candidates:
            result.removed.append(Checked(claim, numbers, problem="no_source_sentences"))
            continue
        vector = encode(claim)
        scores = [float(np.dot(vector, u.vector)) for u in candidates]
        best = candidates[int(np.argmax(scores))]
        verbatim = _normal(claim) in _normal(cited_text)
        close = max(scores) >= bar.similarity and _shared_words(claim, best.text) >= bar.shared_words
        if verbatim or close:
            result.kept.append(Checked(claim, numbers, support=best))
        else:
            result.removed.append(Checked(claim, numbers, support=best, problem="not_supported"))
    return result
