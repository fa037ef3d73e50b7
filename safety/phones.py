"""Phone numbers in text, in the formats of every region the hotline file serves.

One finder for two jobs: the output check (no number outside the reviewed hotline file may
reach a person) and the review log's redaction (no number a person typed is stored). It runs
``phonenumbers.PhoneNumberMatcher`` for each served region (a UK ``0300 123 6600``, an Irish
``01 809 2166``, an Australian ``1300 123 456``, a ``+44 20 7946 0958``) and a broad pattern
for the shapes people type (separators of any kind, a letter O for a zero is the caller's
business), and skips what only looks like a number: years, runs of doses with decimals, and
numbers followed by a unit ("30 45 60 days").

Every pattern runs in linear time: each repetition is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers

from safety.hotlines import regions as hotline_regions

_LIBRARY_REGION = {"UK": "GB"}  # the hotline file's region names → phonenumbers' (ISO 3166)
_EXTENSION = r"(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?"
BROAD = re.compile(rf"(?<![\w+])\+?\(?\d(?:[\s().-]{{0,2}}\d){{6,14}}{_EXTENSION}(?!\d)", re.IGNORECASE)
_YEARS = re.compile(r"^(?:(?:19|20)\d\d[\s,-]*)+$")
# Numbers a reviewer must still read: a run of doses or days ("2 1.5 1 0.5 mg", "30 45 60 days").
UNIT_AFTER = re.compile(
    r"\s{0,2}(?:mg|mcg|µg|μg|ml|milligrams?|micrograms?|tabs?|tablets?|pills?|days?|weeks?|months?|hours?|hrs?|"
    r"%|percent|d[ií]as|semanas|meses|horas|pastillas)\b",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"(?<![\d.])\d{1,2}[.,]\d{1,3}(?![\d.,])")


@dataclass(frozen=True)
class FoundNumber:
    start: int
    end: int
    text: str


@cache
def served_regions() -> tuple[str, ...]:
    """The phonenumbers regions of every region in the hotline file (US, CA, GB, IE, AU)."""
    return tuple(_LIBRARY_REGION.get(r, r) for r in hotline_regions())


def find_numbers(text: str, regions: tuple[str, ...] | None = None) -> list[FoundNumber]:
    """Every phone number in ``text``, overlapping finds merged, in order."""
    spans = []
    for match in BROAD.finditer(text):
        start, end = _closed(match)
        if end > start and _a_phone(text, text[start:end], end):
            spans.append((start, end))
    for region in regions or served_regions():
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
        spans += [
            (m.start, m.end) for m in matcher if _digits(m.raw_string) >= 6 and _a_phone(text, m.raw_string, m.end)
        ]
    return [FoundNumber(start, end, text[start:end]) for start, end in _merge(spans)]


def same_number_keys(number: str) -> frozenset[str]:
    """Ways of writing one number that must compare equal: its digits, and its country code
    with its national number in each served region ("+1 800 222 1222" and "1-800-222-1222")."""
    digits = re.sub(r"\D", "", number)
    keys = {digits}
    for region in served_regions():
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        keys.add(f"{parsed.country_code}{parsed.national_number}")
    return frozenset(k for k in keys if k)


def _digits(found: str) -> int:
    """How many digits: a street number or a year ("1609 Maple Ave") is too short to call; the
    shortest number in the file is six digits (116 123, 13 11 14)."""
    return sum(c.isdigit() for c in found)


def _closed(match: re.Match[str]) -> tuple[int, int]:
    """The match without a trailing "(" that opens something else: "01 809 2166 (8am" ends at 2166."""
    found = match.group(0)
    if found.count("(") > found.count(")"):
        found = found[: found.rindex("(")].rstrip(" -.")
        if _digits(found) < 7:
            return match.start(), match.start()
    return match.start(), match.start() + len(found)


def _a_phone(text: str, found: str, end: int) -> bool:
    """Not years, not a run of doses with decimals, not numbers followed by a unit."""
    return not (_YEARS.match(found.strip()) or _DECIMAL.search(found) or UNIT_AFTER.match(text, end))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
