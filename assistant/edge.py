"""The app's edge: every HTTP request passes here before Gradio sees it.

- **Routes are an allow-list.** Only what the chat page, its API and the reviewer page use
  answers; every other route Gradio has (uploads, deep links, the file route, monitoring,
  custom components, tokens, schema pages) gets 404, and so does any new one an upgrade adds.
- **Nothing cross-site.** A request whose ``Origin`` is neither this host nor a configured
  origin may not write (POST) or read the reviewer view. CORS answers only configured
  origins, never with credentials, and never for the reviewer view.
- **Bounded bodies.** A body longer than the route's limit is refused before it is parsed.
- **Reviewer sessions.** Login is throttled per account and per address; session cookies
  are ``SameSite=Strict``, scoped to the reviewer view and expire (server-side too).
- **Headers and errors.** Security headers on every response that passes here; the reviewer view cannot be
  framed. A server error or a rejected body gets a generic message with a reference id; the
  details stay in the server log, without the request's text.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request

from assistant.login_throttle import LoginThrottle

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("klonopin_guide.edge")

REVIEW = "/review"
_ASSETS = r"(?:assets|static|svelte)/[\w./@-]+"
_PAGE = rf"(?:|/|/config|/theme\.css|/favicon\.ico|/robots\.txt|/{_ASSETS}|/gradio_api/heartbeat/[\w-]+)"
_QUEUE_DATA = r"/gradio_api/queue/data"
_PUBLIC_CALLS = r"(?:chat|report|ask)"
# (method, path) pairs that answer; anything else is 404. The public API is what the contract
# and README offer: gradio_client's predict (queue/join + queue/data) and the REST call route.
PUBLIC_ROUTES: tuple[tuple[str, str], ...] = (
    ("GET", _PAGE),
    ("GET", _QUEUE_DATA),
    ("GET", r"/gradio_api/info"),
    ("GET", rf"/gradio_api/call/{_PUBLIC_CALLS}/[\w-]+"),
    ("POST", r"/gradio_api/queue/join"),
    ("POST", rf"/gradio_api/call/{_PUBLIC_CALLS}"),
)
REVIEW_ROUTES: tuple[tuple[str, str], ...] = (
    ("GET", _PAGE),
    ("GET", _QUEUE_DATA),
    ("GET", r"/gradio_api/info"),
    ("GET", r"/logout"),
    ("GET", r"/export/verdicts\.(?:csv|json)"),
    ("POST", r"/login/?"),
    ("POST", r"/gradio_api/queue/join"),
)
LOGIN = re.compile(rf"{REVIEW}/login/?")
# Longest body per POST route: a chat turn carries the history Gradio sends back (the app keeps
# its last 40 turns); a login is a name and a password.
BODY_LIMIT = 1_000_000
LOGIN_BODY_LIMIT = 4096
# Gradio's page needs inline script and eval (its HTML component compiles templates with
# `new Function`); what the policy still buys: no framing, no connection or form to another
# origin (a script injected despite the escaping could not send data away), no plugins.
REVIEW_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)


def _compile(routes: Iterable[tuple[str, str]], prefix: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(method, re.compile(f"{re.escape(prefix)}{path}")) for method, path in routes]


_ALLOWED = _compile(REVIEW_ROUTES, REVIEW) + _compile(PUBLIC_ROUTES, "")


def route_allowed(method: str, path: str) -> bool:
    method = "GET" if method == "HEAD" else method
    # fullmatch: "$" would also end before a trailing newline ("/gradio_api/info%0A")
    return any(method == m and pattern.fullmatch(path) for m, pattern in _ALLOWED)


def same_origin(origin: str, headers: dict[str, str]) -> bool:
    """The Origin names the host the request was sent to (as the browser or the proxy saw it)."""
    netloc = urlsplit(origin).netloc.lower()
    hosts = {headers.get("host", "").lower(), headers.get("x-forwarded-host", "").split(",")[0].strip().lower()}
    return bool(netloc) and netloc in hosts - {""}


@dataclass
class ReviewerSessions:
    """Login tokens the edge saw issued, and when; a token it did not see, or too old, is dropped."""

    ttl: float
    clock: Callable[[], float] = time.monotonic
    issued: dict[str, float] = field(default_factory=dict)

    def add(self, token: str) -> None:
        now = self.clock()
        self.issued = {t: at for t, at in self.issued.items() if now - at < self.ttl}
        self.issued[token] = now

    def valid(self, token: str) -> bool:
        at = self.issued.get(token)
        return at is not None and self.clock() - at < self.ttl


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _reference() -> str:
    return secrets.token_hex(4)


async def _respond(send: Send, status: int, body: dict[str, Any], extra: list[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *_SECURITY_HEADERS,
                *extra,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


_SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
_REVIEW_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", REVIEW_CSP.encode()),
    (b"cache-control", b"no-store"),
]
_GENERIC = {
    413: "The request is too large.",
    422: "The request was not understood.",
}


class EdgeGuard:
    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_origins: Iterable[str] = (),
        session_hours: float = 8.0,
        throttle: LoginThrottle | None = None,
        reviewer_names: Iterable[str] = (),
    ) -> None:
        self.app = app
        self.allowed_origins = {o.rstrip("/").lower() for o in allowed_origins if o}
        self.sessions = ReviewerSessions(ttl=session_hours * 3600)
        self.throttle = throttle or LoginThrottle()
        self.reviewer_names = set(reviewer_names)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        headers = _headers(scope)
        review = path == REVIEW or path.startswith(REVIEW + "/")
        origin = headers.get("origin")
        foreign = origin is not None and not same_origin(origin, headers)
        trusted = foreign and not review and origin.rstrip("/").lower() in self.allowed_origins
        # A foreign page may only GET public routes (and without CORS it cannot read the answer).
        extra = _REVIEW_HEADERS if review else []
        if foreign and not trusted and (method != "GET" or review):
            await _respond(send, 403, {"error": "Cross-site requests are not accepted."}, extra)
            return
        if method == "OPTIONS":
            # Only a configured origin's preflight for a route that answers reaches CORS.
            wanted = headers.get("access-control-request-method", "").upper()
            if trusted and route_allowed(wanted, path):
                await self.app(scope, receive, self._wrap_send(send, scope, review))
            else:
                await _respond(send, 404, {"detail": "Not Found"}, extra)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if not route_allowed(method, path) or "deep_link" in query:
            await _respond(send, 404, {"detail": "Not Found"}, extra)
            return
        if method == "POST":
            limit = LOGIN_BODY_LIMIT if LOGIN.fullmatch(path) else BODY_LIMIT
            length = headers.get("content-length", "")
            if not length.isdigit():
                await _respond(send, 411, {"error": "A request body needs a Content-Length."}, extra)
                return
            if int(length) > limit:
                await _respond(send, 413, {"error": _GENERIC[413]}, extra)
                return
        if review:
            self._drop_stale_tokens(scope, headers)
        raw_send, send = send, self._wrap_send(send, scope, review)
        try:
            if method == "POST" and LOGIN.fullmatch(path):
                await self._login(scope, receive, send, int(headers["content-length"]))
            else:
                await self.app(scope, receive, send)
        except Exception as exc:  # the visitor gets a reference; the log gets the class, never the request
            reference = _reference()
            log.warning("%s on %s %s (reference %s)", type(exc).__name__, method, _route_name(scope), reference)
            with contextlib.suppress(Exception):  # fails only if the response had already started
                # raw_send: the wrapped send would log this 500 again under a second reference
                body = {"error": "Something went wrong on our side.", "reference": reference}
                await _respond(raw_send, 500, body, extra)

    def _drop_stale_tokens(self, scope: Scope, headers: dict[str, str]) -> None:
        raw = headers.get("cookie")
        if not raw:
            return
        kept = []
        for part in raw.split(";"):
            name, _, value = part.strip().partition("=")
            if name.startswith("access-token") and not self.sessions.valid(value):
                continue
            kept.append(part.strip())
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k.lower() != b"cookie"]
        if kept:
            scope["headers"].append((b"cookie", "; ".join(kept).encode("latin-1")))

    async def _login(self, scope: Scope, receive: Receive, send: Send, length: int) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > length or not message.get("more_body"):
                break
        # The throttle must count the account Gradio checks: only a form with exactly one name and
        # one password is passed on (Gradio reads the last of repeated keys, and multipart too).
        account = await _one_username(scope, body)
        if account is None:
            await _respond(send, 400, {"detail": "Send one username and one password as a form."})
            return
        address = (scope.get("client") or ("unknown", 0))[0]
        wait = self.throttle.attempt(account, address)
        if wait > 0:
            minutes = max(1, round(wait / 60))
            await _respond(
                send,
                429,
                {"detail": f"Too many failed logins. Try again in {minutes} minute{'s' if minutes > 1 else ''}."},
                [(b"retry-after", str(int(wait) + 1).encode())],
            )
            return
        status: list[int] = []

        async def replay() -> Message:
            nonlocal body
            chunk, body = body, b""
            return {"type": "http.request", "body": chunk, "more_body": False}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, replay, watch)
        named = account if account in self.reviewer_names else "(not a reviewer name)"
        if status and status[0] == 200:
            self.throttle.succeeded(account, address)
        else:  # the attempt was counted before the app answered
            failures = self.throttle.failures(account)
            log.warning("reviewer login failed: account %s, address %s, %d in a row", named, address, failures)

    def _wrap_send(self, send: Send, scope: Scope, review: bool) -> Send:
        swallow = False
        scrub = _EventErrors(scope) if _QUEUE_DATA_PATH.fullmatch(scope["path"]) else None

        async def guarded(message: Message) -> None:
            nonlocal swallow
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if not self._drops(k, review)]
                headers = [self._cookie(k, v) if k.lower() == b"set-cookie" else (k, v) for k, v in headers]
                headers += _SECURITY_HEADERS + (_REVIEW_HEADERS if review else [])
                if status >= 500 or status in _GENERIC:
                    reference = _reference()
                    route = _route_name(scope)
                    log.warning("HTTP %d on %s %s (reference %s)", status, scope["method"], route, reference)
                    swallow = True
                    text = _GENERIC.get(status, "Something went wrong on our side.")
                    await _respond(send, status, {"error": text, "reference": reference}, headers_without_body(headers))
                    return
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and swallow:
                return
            elif message["type"] == "http.response.body" and scrub is not None:
                message = {**message, "body": scrub(message.get("body", b""), bool(message.get("more_body")))}
            await send(message)

        return guarded

    @staticmethod
    def _drops(name: bytes, review: bool) -> bool:
        return review and name.lower().startswith(b"access-control-")

    def _cookie(self, name: bytes, value: bytes) -> tuple[bytes, bytes]:
        text = value.decode("latin-1")
        if not text.startswith("access-token"):
            return name, value
        try:
            cookie = SimpleCookie(text)
        except CookieError:
            return name, value
        for morsel in cookie.values():
            morsel["samesite"] = "Strict"
            morsel["path"] = REVIEW
            if morsel["max-age"] == "" and morsel.value:
                morsel["max-age"] = str(int(self.sessions.ttl))
                self.sessions.add(morsel.value)
        return name, cookie.output(header="").strip().encode("latin-1")


_QUEUE_DATA_PATH = re.compile(rf"(?:{re.escape(REVIEW)})?{_QUEUE_DATA}")


class _EventErrors:
    """Gradio's event stream reports a failed call with its own error text, which can name
    handlers and repeat the input; each such error becomes the generic message and a reference,
    logged without the text. Events are rewritten whole ("data: {...}" ended by a blank line)."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.pending = b""

    def __call__(self, chunk: bytes, more: bool) -> bytes:
        *events, rest = (self.pending + chunk).split(b"\n\n")
        out = b"".join(self._event(event) + b"\n\n" for event in events)
        if more:
            self.pending = rest
            return out
        self.pending = b""
        return out + (self._event(rest) if rest else b"")

    def _event(self, event: bytes) -> bytes:
        if not event.startswith(b"data: ") or b'"error"' not in event:
            return event
        try:
            data = json.loads(event[len(b"data: ") :])
        except ValueError:
            return event
        output = data.get("output") if isinstance(data, dict) else None
        if not isinstance(output, dict) or not output.get("error"):
            return event
        reference = _reference()
        log.warning("event error on %s %s (reference %s)", self.scope["method"], _route_name(self.scope), reference)
        data["output"] = {"error": f"Something went wrong on our side (reference {reference}).", "visible": True}
        data["title"] = None
        return b"data: " + json.dumps(data).encode()


async def _one_username(scope: Scope, body: bytes) -> str | None:
    """The form's username, parsed as Gradio parses it (URL-encoded or multipart); None unless
    the form has exactly one username and one password."""
    content_type = _headers(scope).get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return None

    async def once() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(scope, once).form(max_files=0, max_fields=8)
    except Exception:  # a malformed body: refused like a missing field
        return None
    names, passwords = form.getlist("username"), form.getlist("password")
    if len(names) != 1 or len(passwords) != 1 or not all(isinstance(v, str) for v in (*names, *passwords)):
        return None
    return names[0].strip()


def headers_without_body(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The original response's headers minus those that described its body."""
    return [
        (k, v)
        for k, v in headers
        if k.lower() not in (b"content-type", b"content-length", b"transfer-encoding", b"content-encoding")
        and (k, v) not in _SECURITY_HEADERS
    ]


def _route_name(scope: Scope) -> str:
    """The allow-list entry a path matched, never the path itself: a path can carry a visitor's text."""
    path = scope["path"]
    for _method, pattern in _ALLOWED:
        if pattern.fullmatch(path):
            return pattern.pattern
    return "(unlisted route)"
