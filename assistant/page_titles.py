"""A ``<title>`` in the page itself, before any script runs.

Gradio sets the document title from the app's settings once its scripts have loaded them; its
reviewer sign-in page never gets them, so it has no title at all (screen readers announce the
page as untitled, WCAG 2.4.2). This middleware writes the title into the HTML of the pages it
is given, when the page has none.
"""

from __future__ import annotations

import html
from typing import Any

from assistant.edge import ASGIApp, Message, Receive, Scope, Send


class PageTitles:
    def __init__(self, app: ASGIApp, titles: dict[str, str]) -> None:
        self.app = app
        self.titles = titles

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        title = self.titles.get(scope.get("path", "")) if scope["type"] == "http" else None
        if title is None or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if not _is_html(message):
                    start = None
                    await send(message)
                return
            if start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                body = _titled(b"".join(chunks), title)
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


def _is_html(start: Message) -> bool:
    headers: Any = dict((k.lower(), v) for k, v in start.get("headers", []))
    return headers.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in headers


def _titled(body: bytes, title: str) -> bytes:
    if b"<title" in body.lower():
        return body
    tag = f"<title>{html.escape(title)}</title>".encode()
    head = body.find(b"<head>")
    return body[: head + 6] + tag + body[head + 6 :] if head >= 0 else body
