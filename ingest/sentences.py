"""Lines, headings and sentence units of corpus text, as exact character spans.

Every span is a slice of the text it was found in, so a quote built from spans is an exact
substring of its passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LIST_ITEM = re.compile(r"^\s*[–•*·-]\s+\S")
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "U.S.", "Dr.", "vs.", "etc.", "Mr.", "Mrs.", "Ms.", "St.", "No.")
_TERMINAL = tuple(".!?:;,)")
SHORT_LEAD_IN = 40


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def is_heading(line: str) -> bool:
    """A short title line: numbered ("1.2 Dosage") or unpunctuated ("Klonopin Withdrawal Symptoms")."""
    stripped = line.strip()
    if not stripped or is_list_item(stripped) or len(stripped) > 90:
        return False
    if _NUMBERED_HEADING.match(stripped):
        return True
    return not stripped.endswith(_TERMINAL) and len(stripped.split()) <= 12


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def line_spans(text: str) -> list[Span]:
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph line), as spans of ``text``."""
    end = len(text) if end is None else end
    segment = text[start:end]
    spans: list[Span] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(segment):
        candidate = segment[cursor : match.start()]
        if candidate.rstrip().endswith(_ABBREVIATIONS):
            continue
        spans.append(Span(start + cursor, start + match.start()))
        cursor = match.end()
    spans.append(Span(start + cursor, start + len(segment.rstrip())))
    return [s for s in spans if text[s.start : s.end].strip()]


def _strip_span(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def sentence_units(text: str) -> list[Span]:
    """The quotable units of a passage: sentences, with a list kept whole with its lead-in.

    Headings are not units. A line ending in ':' followed by list items becomes one unit
    from its last sentence to the end of the list, so "Common symptoms include:" never
    stands alone.
    """
    units: list[Span] = []
    lead_in_open = False
    list_attached = False  # the open lead-in already has its list: it is not dangling
    lead_in_line_start = -1
    for line in line_spans(text):
        content = line.of(text)
        if not content.strip():
            continue
        if is_list_item(content):
            if lead_in_open and units:
                start = units[-1].start
                # "Common symptoms include:" says little alone; keep the sentence before it.
                if (
                    not list_attached
                    and units[-1].end - units[-1].start < SHORT_LEAD_IN
                    and len(units) > 1
                    and units[-2].start >= lead_in_line_start
                ):
                    units.pop()
                    start = units[-1].start
                units[-1] = Span(start, _strip_span(text, line).end)
                list_attached = True
            else:
                units.append(_strip_span(text, line))
                lead_in_open = False
            continue
        if lead_in_open and units and not list_attached:
            units.pop()  # a lead-in whose list never came ("These include:" before headings)
        lead_in_open = list_attached = False
        if is_heading(content):
            continue
        sentences = sentence_spans(text, line.start, line.end)
        lead_in_line_start = line.start
        units.extend(_strip_span(text, s) for s in sentences)
        lead_in_open = content.rstrip().endswith(":")
    if lead_in_open and units and not list_attached:
        units.pop()
    return [u for u in units if u.end > u.start]
