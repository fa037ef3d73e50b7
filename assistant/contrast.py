"""Differences that flip a sentence's meaning while keeping its words: the verifier's second check.

MiniLM similarity and shared words cannot tell "carries a significant risk of addiction" from
"carries no risk of addiction": on the labelled claims in evals/calibration/support.jsonl, no
similarity bar let paraphrases through while stopping reversals (see `make support`). So a
claim close enough to its passage sentence is still rejected when, against that sentence, it
- turns negation or scarcity on or off (no, not, never, without, rarely, little, ...),
- points the other way (lower where the passage says higher, after where it says before,
  safe where it says dangerous, ...),
- or claims more certainty or reach than the passage (always, usually, only, should, ...).
Word lists (``contrast_words.toml``), not a model: they reject some faithful paraphrases, miss
reversals they do not name, and a reviewer can read them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

_WORDS = tomllib.loads((Path(__file__).parent / "contrast_words.toml").read_text("utf-8"))
NEGATION = frozenset(_WORDS["negation"].split())
CERTAINTY = frozenset(_WORDS["certainty"].split())
OPPOSITES = tuple((frozenset(one.split()), frozenset(other.split())) for one, other in _WORDS["opposites"])
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*(?:'[a-z]+)?")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("’", "'")))


def _negated(words: set[str]) -> bool:
    return bool(words & NEGATION) or any(w.endswith("n't") for w in words)


def contrast(claim: str, source: str) -> str:
    """Why ``claim`` says something other than ``source`` despite their shared words; empty if
    nothing in these lists tells them apart."""
    said, written = _words(claim), _words(source)
    if _negated(said) != _negated(written):
        return "negation_differs"
    for one, other in OPPOSITES:
        for side, opposite in ((one, other), (other, one)):
            if said & side and not written & side and written & opposite:
                return "direction_differs"
    if (said & CERTAINTY) - written:
        return "overstated"
    return ""
