"""Tap targets for a reviewed help-line contact: call, text and web links.

Every link is read out of the contact text of ``data/hotlines.yaml`` itself ("Call or text 988",
"text SHOUT to 85258", "chat at 988lifeline.org"), so a link can only ever dial a number a
reviewer approved, and a contact changed in the file changes its links with it. Numbers are
dialled as the file writes them (national form): the app serves one region, and short codes
and freephone numbers (988, 116 123, 1800 ...) have no international form that works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number as the file writes it: "911", "116 123", "1-800-222-1222", "01 809 2166", "13 11 14".
_NUMBER = r"(?:\d{1,4}(?:[ -]\d{2,4})+|\d{3,})(?![ -]?[A-Za-z]+-|\d)"
_CALL_OR_TEXT = re.compile(rf"\b(?:call or text|llame o env[ií]e un mensaje de texto al) ({_NUMBER})", re.IGNORECASE)
_TEXT_TO = re.compile(
    rf"\b(?:text|env[ií]e) (?:([A-Z]{{2,}}) (?:to|al) )?({_NUMBER})|\bmensaje de texto al ({_NUMBER})", re.IGNORECASE
)
_ANY_NUMBER = re.compile(rf"(?<![\d/:.-])({_NUMBER})(?![/:]|am\b|pm\b)")
_TTY = re.compile(r"\bTTY\s*$")
_SITE = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:org|gov|ca|com|ie|uk|au|net))\b", re.IGNORECASE)
_ORDER = {"call": 0, "text": 1, "web": 2}
_LABELS = {
    "en": {"call": "Call {n}", "tty": "TTY {n}", "text": "Text {n}", "text_word": "Text {w} to {n}"},
    "es": {"call": "Llamar al {n}", "tty": "TTY {n}", "text": "Enviar texto al {n}", "text_word": "Enviar {w} al {n}"},
}


@dataclass(frozen=True)
class ContactLink:
    kind: str  # call | text | web
    label: str  # what the button says
    href: str


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def contact_links(contact: str, lang: str = "en") -> list[ContactLink]:
    """The call, text and web links the contact text names, in the order it names them."""
    say = _LABELS.get(lang, _LABELS["en"])
    found: list[tuple[int, ContactLink]] = []
    both = [m.span(1) for m in _CALL_OR_TEXT.finditer(contact)]
    text_only: set[tuple[int, int]] = set()
    for start, end in both:
        number = contact[start:end]
        found.append((start, ContactLink("text", say["text"].format(n=number), f"sms:{_digits(number)}")))
    for match in _TEXT_TO.finditer(contact):
        word, group = match.group(1), 2 if match.group(2) else 3
        number = match.group(group)
        if match.span(group) not in both:
            text_only.add(match.span(group))
        body = f"?&body={word.upper()}" if word else ""
        label = say["text_word"].format(w=word.upper(), n=number) if word else say["text"].format(n=number)
        found.append((match.start(group), ContactLink("text", label, f"sms:{_digits(number)}{body}")))
    for match in _ANY_NUMBER.finditer(contact):
        if match.span(1) in text_only:
            continue
        number = match.group(1)
        label = say["tty" if _TTY.search(contact[: match.start()]) else "call"].format(n=number)
        found.append((match.start(), ContactLink("call", label, f"tel:{_digits(number)}")))
    for match in _SITE.finditer(contact):
        site = match.group(1)
        found.append((match.start(), ContactLink("web", site, f"https://{site.lower()}")))
    found.sort(key=lambda pair: (pair[0], _ORDER[pair[1].kind]))
    links: list[ContactLink] = []
    for _, link in found:
        if link not in links:
            links.append(link)
    return links
