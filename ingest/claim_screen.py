"""Does an indexed sentence say a rejected claim again, in other words?

The clinical reviews reject claims, not only sentences (``corpus/rejected-claims.yaml``: the
claim, why, the reference, the corpus sentences that made it, paraphrases). Excluding those
sentences does not stop the same claim arriving in a neighbour or a new document. This screen
compares every indexable sentence unit with each claim's statement, examples and paraphrases
(the shipped MiniLM, cosine) and flags it when it sits as close as a new wording of the claim
would: the bar is the similarity that catches ``RECALL`` of the claims' own sentences, each
compared with the rest of its claim (leave one out).

Similarity does not read stance ("dependence is not addiction" sits next to "dependence means
addiction"), so a flag is a question for a reviewer, not a verdict. A reviewer who reads a
flagged sentence and finds it does not make the claim records that in
``corpus/reviews/claim-screen-confirmed.yaml``; a sentence that does make it gets an
``excluded`` entry in its document. Ingest reports every flag nobody has confirmed, and the
test suite holds the shipped corpus to none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml

from ingest.documents import CorpusError

REJECTED_CLAIMS = "rejected-claims.yaml"
CONFIRMED = Path("reviews") / "claim-screen-confirmed.yaml"
# Share of each claim's own sentences (statement, examples, paraphrases) the bar catches when
# each is compared with the rest of its claim: a new wording of a claim is caught this often.
RECALL = 0.80


class Encoder(Protocol):
    def encode(self, texts: list[str], *, batch_size: int = ...) -> np.ndarray: ...


@dataclass(frozen=True)
class RejectedClaim:
    id: str
    claim: str
    why: str
    reference: str
    examples: tuple[str, ...]
    paraphrases: tuple[str, ...]

    @property
    def wordings(self) -> tuple[str, ...]:
        return (self.claim, *self.examples, *self.paraphrases)


@dataclass(frozen=True)
class Confirmation:
    """A reviewer read ``text`` against ``claims`` and found it makes none of them."""

    text: str
    claims: frozenset[str]
    reviewer: str
    date: str
    note: str = ""  # set when the reader kept the sentence with a doubt for the clinical reviewer


@dataclass(frozen=True)
class ClaimFlag:
    unit_id: str
    doc_id: str
    text: str
    claim_id: str
    similarity: float


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CorpusError(path, "file", f"unreadable: {exc.__class__.__name__}") from None


def load_claims(corpus_dir: Path) -> list[RejectedClaim]:
    """The rejected claims of ``corpus_dir`` (none when it keeps no list)."""
    path = Path(corpus_dir) / REJECTED_CLAIMS
    if not path.exists():
        return []
    raw = _read_yaml(path) or []
    if not isinstance(raw, list):
        raise CorpusError(path, "claims", "expected a list of claims")
    claims = []
    for number, item in enumerate(raw, start=1):
        where = f"claim {number}"
        if not isinstance(item, dict):
            raise CorpusError(path, where, "expected a mapping")
        for field_name in ("id", "claim", "why", "reference"):
            if not isinstance(item.get(field_name), str) or not item[field_name].strip():
                raise CorpusError(path, f"{where}.{field_name}", "missing or empty")
        lists = {name: item.get(name) or [] for name in ("examples", "paraphrases")}
        for name, values in lists.items():
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise CorpusError(path, f"{where}.{name}", "expected a list of sentences")
        claims.append(
            RejectedClaim(
                item["id"],
                item["claim"],
                item["why"],
                item["reference"],
                tuple(lists["examples"]),
                tuple(lists["paraphrases"]),
            )
        )
    if len({c.id for c in claims}) != len(claims):
        raise CorpusError(path, "id", "two claims share an id")
    return claims


def load_confirmations(corpus_dir: Path) -> list[Confirmation]:
    path = Path(corpus_dir) / CONFIRMED
    if not path.exists():
        return []
    raw = _read_yaml(path) or []
    if not isinstance(raw, list):
        raise CorpusError(path, "confirmations", "expected a list")
    found = []
    for number, item in enumerate(raw, start=1):
        where = f"confirmation {number}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise CorpusError(path, f"{where}.text", "missing")
        reviewer, date = str(item.get("reviewer", "")).strip(), str(item.get("date", "")).strip()
        if not reviewer or reviewer.lower() == "pending" or not date:
            raise CorpusError(path, f"{where}.reviewer", "a confirmation names who read it and when")
        claims = item.get("does_not_make") or []
        if not isinstance(claims, list) or not claims:
            raise CorpusError(path, f"{where}.does_not_make", "list the claim ids the sentence was read against")
        note = str(item.get("note") or "").strip()
        found.append(Confirmation(item["text"], frozenset(map(str, claims)), reviewer, date, note))
    return found


class ClaimScreen:
    """Flags sentences as close to a rejected claim as the claim's own wordings are to each other."""

    def __init__(self, claims: Sequence[RejectedClaim], encoder: Encoder, recall: float = RECALL) -> None:
        self.claims = list(claims)
        self.encoder = encoder
        texts = [w for c in self.claims for w in c.wordings]
        self.owner = np.array([i for i, c in enumerate(self.claims) for _ in c.wordings])
        self.vectors = encoder.encode(texts, batch_size=64) if texts else np.zeros((0, 384), dtype=np.float32)
        self.bar, self.recall = self._calibrate(recall)

    def _calibrate(self, recall: float) -> tuple[float, float]:
        """The highest bar that catches ``recall`` of the wordings, each read without itself."""
        if len(self.vectors) < 2:
            return 1.0, 0.0
        similarity = self.vectors @ self.vectors.T
        np.fill_diagonal(similarity, -1.0)
        held_out = []
        for row, claim in enumerate(self.owner):
            others = self.owner == claim
            others[row] = False
            if others.any():
                held_out.append(float(similarity[row, others].max()))
        bar = float(np.quantile(held_out, 1.0 - recall))
        return bar, float(np.mean(np.array(held_out) >= bar))

    def similarities(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per claim: the closest of the claim's wordings."""
        if not texts or not self.claims:
            return np.zeros((len(texts), len(self.claims)))
        vectors = self.encoder.encode(list(texts), batch_size=64)
        similarity = vectors @ self.vectors.T
        return np.column_stack([similarity[:, self.owner == i].max(axis=1) for i in range(len(self.claims))])

    def flags(self, units: Sequence[Any]) -> list[ClaimFlag]:
        """Every (unit, claim) at or over the bar; ``units`` are ingest's sentence-unit rows."""
        units = list(units)
        scores = self.similarities([u.text for u in units])
        return [
            ClaimFlag(
                unit.id, str(unit.metadata["doc_id"]), unit.text, self.claims[j].id, round(float(scores[i, j]), 3)
            )
            for i, unit in enumerate(units)
            for j in np.flatnonzero(scores[i] >= self.bar)
        ]


def unconfirmed(flags: Sequence[ClaimFlag], confirmations: Sequence[Confirmation]) -> list[ClaimFlag]:
    """The flags no reviewer has read and cleared (a confirmation is for its exact text)."""
    cleared: dict[str, set[str]] = {}
    for confirmation in confirmations:
        cleared.setdefault(confirmation.text, set()).update(confirmation.claims)
    return [flag for flag in flags if flag.claim_id not in cleared.get(flag.text, set())]


def screen_corpus(corpus_dir: Path, units: Sequence[Any], encoder: Encoder) -> list[ClaimFlag]:
    """The unconfirmed flags on ``units`` (ingest's rows) against ``corpus_dir``'s rejected claims."""
    claims = load_claims(corpus_dir)
    if not claims:
        return []
    return unconfirmed(ClaimScreen(claims, encoder).flags(units), load_confirmations(corpus_dir))


REVIEW_COLUMNS = ("status", "document", "sentence", "rejected claim", "detail")


def review_rows(corpus_dir: Path, units: Sequence[Any], flags: Sequence[dict[str, Any]] | None) -> list[list[str]]:
    """What the claim screen leaves for reviewers, one row per sentence, for the reviewer's corpus view.

    ``flags`` are the index manifest's unconfirmed flags (None when no index could be read);
    ``units`` are the corpus's sentence units (ingest's rows), to show each flagged sentence in full.
    Sentences a reader confirmed with a doubt (a ``note``) follow, waiting on the clinical reviewer.
    """
    claims = {c.id: c.claim for c in load_claims(corpus_dir)}
    text_of = {u.id: u.text for u in units}
    doc_of_text = {u.text: u.metadata.get("doc_id", "") for u in units}
    rows: list[list[str]] = []
    if flags is None:
        rows.append(["index not readable", "", "", "", "the flags are written at ingest; run `klonopin-guide ingest`"])
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for flag in flags or []:
        by_unit.setdefault(str(flag.get("unit_id", "")), []).append(flag)
    for unit_id, found in by_unit.items():
        found.sort(key=lambda f: -float(f.get("similarity", 0.0)))
        rows.append(
            [
                "unconfirmed: confirm it or exclude it",
                str(found[0].get("doc_id", "")),
                text_of.get(unit_id, unit_id),
                "; ".join(f"{f.get('claim')}: {claims.get(str(f.get('claim')), '')}" for f in found),
                ", ".join(f"similarity {float(f.get('similarity', 0.0)):.2f}" for f in found),
            ]
        )
    for confirmation in load_confirmations(corpus_dir):
        if confirmation.note and confirmation.text in doc_of_text:
            rows.append(
                [
                    "kept with a doubt: for the clinical reviewer",
                    doc_of_text[confirmation.text],
                    confirmation.text,
                    "",
                    f"{confirmation.note} ({confirmation.reviewer}, {confirmation.date})",
                ]
            )
    return rows
