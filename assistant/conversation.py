"""Turn a question and its conversation into the text that retrieval searches for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_TOPIC_WORDS = re.compile(
    r"klonopin|clonazepam|benzo|withdraw|depend|addict|taper|detox|rehab|overdose|seizure|"
    r"relapse|therapy|treatment|tolerance|symptom|abuse|misuse|aftercare|counsel|craving|"
    r"support group|family",
    re.IGNORECASE,
)
_REFERRING = re.compile(
    r"\b(that|this|it|its|those|these|they|them|there|he|she|him|her|one|ones)\b|"
    r"^\s*(and|also|what about|how about|why|so|then|but)\b",
    re.IGNORECASE,
)
MAX_FOLLOW_UP_WORDS = 14
MAX_HISTORY_CHARS = 600


MAX_TURNS = 20
MAX_TURN_CHARS = 2000


def recent_turns(history: object) -> list[Any]:
    """The last turns of a history, if it is a list of turns at all; anything else is no history."""
    if not isinstance(history, list | tuple):
        return []
    return list(history)[-MAX_TURNS:]


def turn_text(turn: object) -> str | None:
    """The text of one OpenAI-style turn, or None when it is malformed."""
    if not isinstance(turn, dict):
        return None
    content = turn.get("content")
    if isinstance(content, list):  # Gradio 6 sends [{"type": "text", "text": ...}]
        content = " ".join(
            part.get("text", "") for part in content if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return content if isinstance(content, str) else None


def previous_user_messages(history: Sequence[Any] | None) -> list[str]:
    """User turns of an OpenAI-style history, oldest first; malformed entries are skipped."""
    found: list[str] = []
    for turn in recent_turns(history):
        if not isinstance(turn, dict) or turn.get("role") != "user":
            continue
        content = turn_text(turn)
        if content is not None and content.strip():
            found.append(content[:MAX_TURN_CHARS])
    return found


def is_follow_up(question: str) -> bool:
    words = question.split()
    if len(words) > MAX_FOLLOW_UP_WORDS:
        return False
    return bool(_REFERRING.search(question)) or not _TOPIC_WORDS.search(question)


def retrieval_query(question: str, history: Sequence[Any] | None) -> str:
    """The question alone, or, for a follow-up, the last on-topic user turn followed by it.

    "How long does that last?" after "What are the withdrawal symptoms?" searches for both,
    so the follow-up lands on withdrawal passages.
    """
    earlier = previous_user_messages(history)
    if not earlier or not is_follow_up(question):
        return question
    for message in reversed(earlier):
        if _TOPIC_WORDS.search(message):
            return f"{message[-MAX_HISTORY_CHARS:]} {question}"
    return f"{earlier[-1][-MAX_HISTORY_CHARS:]} {question}"
