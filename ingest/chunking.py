"""Documents to chunks on section and sentence boundaries, with ids stable across runs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ingest.documents import Document
from ingest.sentences import Span, is_heading, is_list_item, line_spans, sentence_spans

CHUNKER_VERSION = "sections-v3"  # bump when chunk or unit text, or what is embedded, changes
MAX_CHARS = 700
MIN_CHARS = 200


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    ordinal: int
    section: str
    text: str

    @property
    def embedding_text(self) -> str:
        """What gets embedded: the section heading gives a passage its topic."""
        if self.section and not self.text.startswith(self.section):
            return f"{self.section}\n{self.text}"
        return self.text


def chunk_id(doc_id: str, text: str) -> str:
    digest = hashlib.sha256(f"{doc_id}\0{text}".encode()).hexdigest()
    return f"{doc_id}-{digest[:16]}"


@dataclass
class _Block:
    span: Span
    is_list: bool = False
    lead_in: bool = False


def _sections(text: str) -> list[tuple[str, list[_Block]]]:
    """(heading, blocks) in order; a list joins the paragraph that introduces it."""
    sections: list[tuple[str, list[_Block]]] = [("", [])]
    for line in line_spans(text):
        content = line.of(text)
        if not content.strip():
            continue
        blocks = sections[-1][1]
        if is_list_item(content):
            if blocks and (blocks[-1].lead_in or blocks[-1].is_list):
                blocks[-1] = _Block(Span(blocks[-1].span.start, line.end), is_list=True)
            else:
                blocks.append(_Block(line, is_list=True))
        elif is_heading(content):
            if len(blocks) == 1 and is_heading(blocks[0].span.of(text)):
                # "4. Treatment" straight before "4.1 Detox": one section under the inner heading.
                sections[-1] = (content.strip(), [_Block(Span(blocks[0].span.start, line.end))])
            else:
                sections.append((content.strip(), [_Block(line)]))
        else:
            blocks.append(_Block(line, lead_in=content.rstrip().endswith(":")))
    return [(heading, blocks) for heading, blocks in sections if blocks]


def _split_long(text: str, block: _Block) -> list[Span]:
    """A paragraph longer than MAX_CHARS, cut between sentences into near-equal pieces."""
    if block.span.end - block.span.start <= MAX_CHARS or block.is_list:
        return [block.span]
    sentences = sentence_spans(text, block.span.start, block.span.end)
    total = block.span.end - block.span.start
    pieces = -(-total // MAX_CHARS)
    target = total / pieces
    out: list[Span] = []
    start = sentences[0].start
    for sentence in sentences:
        if sentence.end - start >= target and len(out) < pieces - 1:
            out.append(Span(start, sentence.end))
            start = sentence.end
    out.append(Span(start, block.span.end))
    return out


def _pack(text: str, spans: list[Span]) -> list[Span]:
    packed: list[Span] = []
    for span in spans:
        if packed and span.end - packed[-1].start <= MAX_CHARS:
            packed[-1] = Span(packed[-1].start, span.end)
        else:
            packed.append(span)
    tail_is_short = len(packed) > 1 and packed[-1].end - packed[-1].start < MIN_CHARS
    if tail_is_short and packed[-1].end - packed[-2].start <= MAX_CHARS * 1.3:
        packed[-2:] = [Span(packed[-2].start, packed[-1].end)]
    return packed


def chunk_document(document: Document) -> list[Chunk]:
    text = document.indexable_text
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for heading, blocks in _sections(text):
        spans: list[Span] = []
        for block in blocks:
            spans.extend(_split_long(text, block))
        # A lone heading is packed with what follows it rather than stored on its own.
        for span in _pack(text, spans):
            body = text[span.start : span.end].strip()
            cid = chunk_id(document.id, body)
            if cid in seen:
                continue
            seen.add(cid)
            chunks.append(Chunk(cid, document.id, len(chunks), heading, body))
    return chunks
