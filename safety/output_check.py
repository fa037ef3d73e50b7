"""A last check on every composed answer before anyone sees it.

An answer may not carry a phone number that is not in the reviewed hotline file (the corpus
once held a rehab's sales line), a dose amount, or a dosing schedule.
"""

from __future__ import annotations

import re

from safety.hotlines import allowed_number_keys
from safety.phones import find_numbers, same_number_keys

DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|mgs)\b", re.IGNORECASE)
SCHEDULE = re.compile(
    r"\b(?:reduc|cut|lower|decreas|drop|taper)\w*\b.{0,40}?\d+(?:[.,]\d+)?\s*(?:%|percent|mg)|"
    r"\bevery \d+ (?:days?|weeks?|hours?)\b|\b\d+ (?:times|x) (?:a|per) day\b",
    re.IGNORECASE,
)


def phone_numbers(text: str) -> list[str]:
    """Phone numbers in any served region's formats (760.548.4032, 0300 123 6600, +44 20 ...)."""
    return [found.text for found in find_numbers(text)]


def unreviewed_numbers(text: str) -> list[str]:
    allowed = allowed_number_keys()
    return [n for n in phone_numbers(text) if not same_number_keys(n) & allowed]


def problems(text: str, quotes: list[str]) -> list[str]:
    """Reasons this answer must not be shown; empty when it may be."""
    everything = "\n".join([text, *quotes])
    found = []
    if unreviewed_numbers(everything):
        found.append("phone_number")
    if DOSE.search(everything):
        found.append("dose_amount")
    if SCHEDULE.search(everything):
        found.append("dosing_schedule")
    return found
