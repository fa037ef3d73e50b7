"""Curation removes, it never rewrites.

A corpus body is its seed text with the recorded removals cut out. ``apply_removals``
re-derives the body from the seed so anyone can check that nothing was reworded.
"""

from __future__ import annotations


class CurationError(ValueError):
    """A removal or exclusion does not match the text it claims to come from."""


def normalize_layout(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, no blank ends."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _remove_whole_lines(lines: list[str], block: list[str]) -> list[str] | None:
    width = len(block)
    for start in range(len(lines) - width + 1):
        if [line.rstrip() for line in lines[start : start + width]] == block:
            return lines[:start] + lines[start + width :]
    return None


def cut_passage(text: str, passage: str) -> str:
    """Cut one occurrence of ``passage`` from ``text``, tidying the space it leaves."""
    passage = normalize_layout(passage).strip()
    block = [line.rstrip() for line in passage.split("\n")]
    lines = text.split("\n")
    without_lines = _remove_whole_lines(lines, block)
    if without_lines is not None:
        return "\n".join(without_lines)
    index = text.find(passage)
    if index < 0:
        raise CurationError(f"text not found: {passage[:80]!r}")
    before, after = text[:index], text[index + len(passage) :]
    if before.endswith(" ") and (after.startswith(" ") or after.startswith("\n") or not after):
        before = before.rstrip(" ")
    elif after.startswith(" "):
        after = after.lstrip(" ")
    return before + after


def apply_removals(seed_text: str, removals: list[str]) -> str:
    """The seed with every removal cut out, in order, laid out normally."""
    text = normalize_layout(seed_text)
    for passage in removals:
        text = cut_passage(text, passage)
    return normalize_layout(text)
