"""What retrieval searches for a follow-up: what it follows, including the answer it follows.

``conversation.retrieval_query`` joins a follow-up to the last on-topic user turn. Here the
start of the answer that turn got goes between them, so "what is that exactly?" after an
answer that named motivational interviewing searches for that too. The answer is what a
client says this product said: it steers only which vetted passages are searched, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.conversation import recent_turns, retrieval_query

ANSWER_CHARS = 300
_MARKER = re.compile(r"\[\d+\]")


def last_assistant_message(history: Sequence[Any] | None) -> str:
    for turn in reversed(recent_turns(history)):
        if isinstance(turn, dict) and turn.get("role") == "assistant":
            content = turn.get("content")
            return _MARKER.sub("", content) if isinstance(content, str) else ""
    return ""


def search_text(question: str, history: Sequence[Any] | None) -> str:
    query = retrieval_query(question, history)
    answer = " ".join(last_assistant_message(history)[:ANSWER_CHARS].split())
    if query == question or not answer or not query.endswith(question):
        return query
    return f"{query[: len(query) - len(question)].rstrip()} {answer} {question}"
