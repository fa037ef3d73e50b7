"""klonopin-guide: answers about Klonopin from a vetted corpus, always with exact citations.

The public API is loaded on first use, so `import safety.gate` (which uses assistant's small
modules) works in a fresh interpreter.
"""

from typing import Any

__all__ = ["Assistant", "Citation", "Resource", "Response", "Settings"]


def __getattr__(name: str) -> Any:
    if name == "Assistant":
        from assistant.core import Assistant

        return Assistant
    if name == "Settings":
        from assistant.config import Settings

        return Settings
    if name in ("Citation", "Resource", "Response"):
        from assistant import response

        return getattr(response, name)
    raise AttributeError(name)
