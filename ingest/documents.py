"""Corpus documents: Markdown files with YAML front matter, validated before anything is indexed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest.curation import CurationError, cut_passage, normalize_layout

STATUSES = ("approved", "flagged", "rejected")
# The kind of publisher, shown beside every citation so a reader can weigh the source.
SOURCE_KINDS = {
    "treatment_provider": "a treatment provider's website",
    "personal_article": "a personal article",
    "government_agency": "a government agency",
    "nonprofit": "a nonprofit organization",
    "clinical_reference": "a clinical reference",
    "unknown": "a source of unknown kind",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,80}[a-z0-9]$")
MAX_DOCUMENT_BYTES = 2_000_000


class CorpusError(ValueError):
    """A corpus file that cannot be indexed; the message names the file and the field."""

    def __init__(self, path: Path, field_name: str, problem: str) -> None:
        super().__init__(f"{path}: {field_name}: {problem}")
        self.path = path
        self.field_name = field_name


@dataclass(frozen=True)
class Passage:
    """A passage of the source that a reviewer removed or excluded, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Review:
    status: str
    reviewer: str
    date: str
    notes: str = ""
    removed: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    publisher: str
    seed: str
    review: Review
    body: str
    path: Path
    excluded: tuple[Passage, ...] = field(default_factory=tuple)
    url: str = ""
    source_kind: str = "unknown"

    @property
    def approved(self) -> bool:
        return self.review.status == "approved"

    @property
    def sha256(self) -> str:
        """Hash of everything that decides what gets indexed from this document."""
        digest = hashlib.sha256()
        for part in (self.id, self.title, self.publisher, self.source_kind, self.review.status, self.indexable_text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()

    @property
    def indexable_text(self) -> str:
        """The body with every excluded passage cut out: the only text that may be indexed."""
        text = self.body
        for passage in self.excluded:
            text = cut_passage(text, passage.text)
            while normalize_layout(passage.text).strip() in text:  # a claim repeated further down goes too
                text = cut_passage(text, passage.text)
        return normalize_layout(text)


def _split_front_matter(path: Path, raw: str) -> tuple[dict, str]:
    if not raw.startswith("---\n"):
        raise CorpusError(path, "front matter", "the file must start with a '---' line")
    end = raw.find("\n---\n", 4)
    if end < 0:
        raise CorpusError(path, "front matter", "no closing '---' line")
    try:
        meta = yaml.safe_load(raw[4:end])
    except yaml.YAMLError as exc:
        raise CorpusError(path, "front matter", f"not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise CorpusError(path, "front matter", "must be a mapping of fields")
    return meta, raw[end + 5 :]


def _text_field(path: Path, meta: dict, name: str, *, required: bool = True) -> str:
    value = meta.get(name.split(".")[-1])
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CorpusError(path, name, "missing")
        return ""
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise CorpusError(path, name, f"must be text, got {type(value).__name__}")
    return value.strip()


def _passages(path: Path, items: object, name: str) -> tuple[Passage, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise CorpusError(path, name, "must be a list of {text, reason}")
    passages = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise CorpusError(path, f"{name}[{i}]", "must be a mapping with text and reason")
        passages.append(
            Passage(
                text=_text_field(path, item, f"{name}[{i}].text"),
                reason=_text_field(path, item, f"{name}[{i}].reason"),
            )
        )
    return tuple(passages)


def parse_document(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, "file", f"cannot be read ({exc.strerror})") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CorpusError(path, "file", f"larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        raw = data.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise CorpusError(path, "file", "not UTF-8 text") from None
    if "\0" in raw:
        raise CorpusError(path, "file", "contains NUL bytes (binary file?)")

    meta, body = _split_front_matter(path, raw)
    doc_id = _text_field(path, meta, "id")
    if not _ID.match(doc_id):
        raise CorpusError(path, "id", "use 3-82 lowercase letters, digits and dashes")
    review_meta = meta.get("review")
    if not isinstance(review_meta, dict):
        raise CorpusError(path, "review", "missing (needs status, reviewer, date)")
    status = _text_field(path, review_meta, "review.status")
    if status not in STATUSES:
        raise CorpusError(path, "review.status", f"{status!r} is not one of {', '.join(STATUSES)}")
    date = _text_field(path, review_meta, "review.date")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise CorpusError(path, "review.date", f"{date!r} is not a date (YYYY-MM-DD)") from None
    review = Review(
        status=status,
        reviewer=_text_field(path, review_meta, "review.reviewer"),
        date=date,
        notes=_text_field(path, review_meta, "review.notes", required=False),
        removed=_passages(path, review_meta.get("removed"), "review.removed"),
    )
    source_kind = _text_field(path, meta, "source_kind")
    if source_kind not in SOURCE_KINDS:
        raise CorpusError(path, "source_kind", f"{source_kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    body = normalize_layout(body)
    if not body.strip():
        raise CorpusError(path, "body", "empty")
    document = Document(
        id=doc_id,
        title=_text_field(path, meta, "title"),
        publisher=_text_field(path, meta, "publisher"),
        seed=_text_field(path, meta, "seed"),
        url=_text_field(path, meta, "url", required=False),
        source_kind=source_kind,
        review=review,
        body=body,
        path=path,
        excluded=_passages(path, meta.get("excluded"), "excluded"),
    )
    for i, passage in enumerate(document.excluded):
        # An exclusion that no longer matches would silently let a flagged claim through.
        try:
            cut_passage(body, passage.text)
        except CurationError:
            raise CorpusError(path, f"excluded[{i}].text", "not found in the body") from None
    try:
        document.indexable_text  # noqa: B018 - overlapping exclusions fail here, with the file named
    except CurationError as exc:
        raise CorpusError(path, "excluded", str(exc)) from None
    for i, passage in enumerate(review.removed):
        if normalize_layout(passage.text).strip() in body:
            raise CorpusError(path, f"review.removed[{i}].text", "still present in the body")
    return document


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every document in ``corpus_dir`` (any status), validated; ids must be unique."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus", "directory not found")
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for path in sorted(corpus_dir.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        document = parse_document(path)
        if document.id in seen:
            raise CorpusError(path, "id", f"{document.id!r} is already used by {seen[document.id].name}")
        seen[document.id] = path
        documents.append(document)
    if not documents:
        raise CorpusError(corpus_dir, "corpus", "no documents (*.md) found")
    return documents
