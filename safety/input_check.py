"""Input that cannot be processed becomes an `invalid` response with a clear message."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

MAX_CHARS = 2000


@dataclass(frozen=True)
class InputProblem:
    reason: str
    message: str


def check_input(message: object) -> InputProblem | None:
    if isinstance(message, bytes):
        try:
            message = message.decode("utf-8")
        except UnicodeDecodeError:
            return InputProblem("undecodable_input", "Your message could not be read as text. Please type it again.")
    if not isinstance(message, str):
        return InputProblem("not_text", "Please send your question as text.")
    if not message.strip():
        return InputProblem(
            "empty_input", "Please type a question, for example: “What are the withdrawal symptoms of Klonopin?”"
        )
    if len(message) > MAX_CHARS:
        return InputProblem(
            "too_long",
            f"Your message is {len(message):,} characters long; please keep it under {MAX_CHARS:,} "
            "characters, or ask one question at a time.",
        )
    if "\ufffd" in message or any(0xD800 <= ord(c) <= 0xDFFF for c in message):
        return InputProblem(
            "undecodable_input", "Part of your message could not be read as text. Please type it again."
        )
    controls = [c for c in message if unicodedata.category(c) == "Cc" and c not in "\n\r\t"]
    if controls:
        return InputProblem(
            "control_characters", "Your message contains control characters. Please type it as plain text."
        )
    return None
