"""klonopin-guide: answers about Klonopin from a vetted corpus, always with exact citations."""

from assistant.config import Settings
from assistant.core import Assistant
from assistant.response import Citation, Resource, Response

__all__ = ["Assistant", "Citation", "Resource", "Response", "Settings"]
