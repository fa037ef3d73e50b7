"""What the corpus lacks: logged questions it could not answer well, grouped by topic.

Reviewers read this to decide which document to add next (``klonopin-guide log gaps`` and
the reviewer workspace's Gaps tab). A question counts when it got ``no_answer`` because the
corpus had nothing (not a crisis, a refusal, bad input or an outage), or when it got an
answer that a reader flagged or whose closest passage is only loosely related. Questions on a
listed uncovered topic (``uncovered_topics.toml``) are grouped under it; the rest are grouped
with the questions most like them. Each group shows its count, a few questions as logged
(already redacted) and the closest passage the corpus has.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from assistant.review_log import spreadsheet_safe
from assistant.scope import MAX_READ, UNCOVERED_TOPICS

GAP_REASONS = ("out_of_scope", "not_covered", "topic_not_in_corpus", "other_drug", "figure_not_in_corpus")
FLAGGED_FEEDBACK = {"thumbs_down", "wrong_citation", "unsupported_claim"}
LOOSE_PASSAGE = 0.45  # an answer whose closest passage is below this similarity is only loosely related
SAME_QUESTION = 0.6  # unlisted questions this similar to a group's first one join that group
EXAMPLES = 3


@dataclass
class Gap:
    topic: str
    label: str
    count: int = 0
    examples: list[str] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)
    closest_doc: str = ""
    closest_passage: str = ""
    closest_similarity: float = 0.0


def _is_gap(row: dict[str, Any]) -> bool:
    if row["kind"] == "no_answer":
        return row["reason"].split(":")[0] in GAP_REASONS
    if row["kind"] == "answer":
        return bool(FLAGGED_FEEDBACK & set((row.get("feedback") or "").split(",")))
    return False


def find_gaps(log: Any, assistant: Any, since: str = "", until: str = "") -> list[Gap]:
    """Groups of logged questions the corpus did not answer well, largest first."""
    rows = [r for r in log.exchanges(since=since, until=until, limit=1_000_000) if r["kind"] in ("no_answer", "answer")]
    if not rows:
        return []
    vectors = assistant.embedder.encode([r["question"] for r in rows])
    groups: dict[str, Gap] = {}
    centres: list[tuple[str, np.ndarray]] = []
    for row, vector in zip(rows, vectors, strict=True):
        [closest] = assistant.retriever.search(vector, row["question"], k=1) or [None]
        similarity = closest.similarity if closest is not None else 0.0
        if not (_is_gap(row) or (row["kind"] == "answer" and similarity < LOOSE_PASSAGE)):
            continue
        key, label = _topic_of(row["question"], vector, centres)
        gap = groups.setdefault(key, Gap(key, label))
        gap.count += 1
        if len(gap.examples) < EXAMPLES and row["question"] not in gap.examples:
            gap.examples.append(row["question"])
        reason = row["reason"].split(":")[0] if row["kind"] == "no_answer" else "answered_loosely"
        gap.reasons[reason] = gap.reasons.get(reason, 0) + 1
        if closest is not None and similarity > gap.closest_similarity:
            gap.closest_doc = str(closest.metadata.get("doc_id", ""))
            gap.closest_passage = closest.text
            gap.closest_similarity = round(float(similarity), 3)
    return sorted(groups.values(), key=lambda g: (-g.count, g.topic))


def _topic_of(question: str, vector: np.ndarray, centres: list[tuple[str, np.ndarray]]) -> tuple[str, str]:
    """A listed topic (covered since or not), else the group of the most similar earlier question."""
    topic = next((t for t in UNCOVERED_TOPICS if t.pattern.search(question[:MAX_READ])), None)
    if topic is not None:
        return topic.id, topic.name
    for key, centre in centres:
        if float(np.dot(vector, centre)) >= SAME_QUESTION:
            return key, ""
    key = f"unlisted-{len(centres) + 1}"
    centres.append((key, vector))
    return key, ""


def render(gaps: list[Gap], fmt: str) -> str:
    """The gaps as a table for a terminal, CSV for a spreadsheet, or JSON."""
    rows = [labelled(g) for g in gaps]
    if fmt == "json":
        return json.dumps([asdict(g) for g in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["topic", "label", "count", "reasons", "examples", "closest_doc", "closest_similarity"])
        for g in rows:
            label, examples = spreadsheet_safe(g.label), spreadsheet_safe(" | ".join(g.examples))
            writer.writerow([g.topic, label, g.count, _reasons(g), examples, g.closest_doc, g.closest_similarity])
        return out.getvalue()
    if not rows:
        return "No gaps: every logged question in this period was answered from a closely related passage.\n"
    lines = []
    for g in rows:
        lines.append(f"{g.count:>4}  {g.label}  [{g.topic}]  ({_reasons(g)})")
        lines += [f"        “{example}”" for example in g.examples]
        if g.closest_doc:
            closest = f"closest passage ({g.closest_doc}, {g.closest_similarity:.2f})"
            lines.append(f"        {closest}: {g.closest_passage[:140]}")
    return "\n".join(lines) + "\n"


def _reasons(gap: Gap) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in sorted(gap.reasons.items()))


def labelled(gap: Gap) -> Gap:
    """The gap with a label a reviewer can read, also for groups no listed topic names."""
    if gap.label:
        return gap
    return Gap(**{**asdict(gap), "label": f"not listed yet, like “{gap.examples[0][:80]}”"})
