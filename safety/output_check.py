"""A last check on every answer before anyone sees it."""

from __future__ import annotations

import re

# Phone numbers in any common layout: 760.548.4032, (760) 548-4032, +1 760 548 4032, 1-800-...
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")


def phone_numbers(text: str) -> list[str]:
    return PHONE.findall(text)


def problems(text: str, quotes: list[str]) -> list[str]:
    """Reasons this answer must not be shown; empty when it may be."""
    found = []
    if phone_numbers(text) or any(phone_numbers(q) for q in quotes):
        found.append("phone_number")
    return found
