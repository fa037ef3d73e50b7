"""The Response object of ../shared/CONTRACT.md: what `ask --json` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ingest.documents import SOURCE_KINDS

DRAFT_REASON = "answered:streaming"
Kind = Literal["answer", "refusal", "crisis", "no_answer", "invalid"]


@dataclass(frozen=True)
class Citation:
    n: int
    doc_id: str
    chunk_id: str
    title: str
    source: str
    quote: str
    passage: str
    section: str = ""
    source_kind: str = "unknown"  # one of ingest.documents.SOURCE_KINDS: who is speaking, for the reader to weigh

    @property
    def source_kind_label(self) -> str:
        """The kind of source in plain words ("a treatment provider's website")."""
        return SOURCE_KINDS.get(self.source_kind, SOURCE_KINDS["unknown"])


@dataclass(frozen=True)
class Resource:
    name: str
    contact: str


@dataclass
class Response:
    kind: Kind
    text: str
    citations: list[Citation] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    reason: str = ""
    corpus_version: str = ""

    @property
    def is_draft(self) -> bool:
        """A verified part of a language-model answer still being written (``Assistant.ask_stream``)."""
        return self.reason.startswith(DRAFT_REASON)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
