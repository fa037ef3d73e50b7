"""A last check on every composed answer before anyone sees it.

An answer may not carry a phone number that is not in the reviewed hotline file (the corpus
once held a rehab's sales line), a dose amount, or a dosing schedule.
"""

from __future__ import annotations

import re

from safety.hotlines import allowed_number_digits

# Phone numbers in any common layout: 760.548.4032, (760) 548-4032, +1 760 548 4032, 1-800-...
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")
DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|mgs)\b", re.IGNORECASE)
SCHEDULE = re.compile(
    r"\b(?:reduc|cut|lower|decreas|drop|taper)\w*\b.{0,40}?\d+(?:[.,]\d+)?\s*(?:%|percent|mg)|"
    r"\bevery \d+ (?:days?|weeks?|hours?)\b|\b\d+ (?:times|x) (?:a|per) day\b",
    re.IGNORECASE,
)


def phone_numbers(text: str) -> list[str]:
    return PHONE.findall(text)


def unreviewed_numbers(text: str) -> list[str]:
    allowed = allowed_number_digits()
    return [n for n in phone_numbers(text) if re.sub(r"\D", "", n) not in allowed]


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
