"""Personal details out of what a person typed, before it is stored.

E-mail addresses (also written ``jane dot doe at example dot com``, ``jane[at]example.org``,
with a full-width ＠ or as ``%40``), phone numbers (the shapes people type, extensions, a
letter O for a zero, and the formats of every region the hotline file serves, found by
``safety.phones``, the output check's finder), and full
dates (a date of birth is one). Names and street addresses are not found: a named-entity
recognizer was measured for them and not adopted (SECURITY.md).

Every pattern runs in linear time: a match can only start where a word starts, and every
repetition is bounded, so an attempt does a bounded amount of work. Text is cut before it
is matched.
"""

from __future__ import annotations

import re
import unicodedata

from safety.phones import UNIT_AFTER, find_numbers

MAX_NOTE = 2000
# Text is cut before it is matched; the slack keeps a detail cut at the limit whole for the match.
_MATCH_SLACK = 256

_PIECE = r"[\w+-]{1,64}"
_SPELLED_DOT = r"(?:\s{0,2}[\[(]\s?dot\s?[\])]\s{0,2}|\s{1,3}dot\s{1,3})"
_TLD = (
    r"(?:com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|pt|br|mx|ar|cl|pe|"
    r"ve|ec|uy|py|bo|cr|gt|hn|sv|ni|pa|do|pr|cu|me|eu|ch|se|no|dk|fi|pl|jp|cn|in|ru)"
)
EMAIL = re.compile(
    # local part, an @ (or %40, [at], (at)), and a dotted domain ([dot] and " dot " count as dots)
    rf"(?<![\w.+-])[\w.+-]{{1,64}}\s{{0,2}}(?:@|%40|[\[(]\s?at\s?[\])])\s{{0,2}}[\w-]{{1,63}}"
    rf"(?:(?:\.|{_SPELLED_DOT})[\w-]{{1,63}}){{1,4}}",
    re.IGNORECASE,
)
SPELLED_EMAIL = re.compile(
    # "jane dot doe at example dot com": the word "at" only counts before a dotted domain ending in a TLD
    rf"(?<![\w.+-]){_PIECE}(?:(?:\.|{_SPELLED_DOT}){_PIECE}){{0,3}}\s{{1,3}}at\s{{1,3}}[\w-]{{1,63}}"
    rf"(?:(?:\.|{_SPELLED_DOT})[\w-]{{1,63}}){{0,3}}(?:\.|{_SPELLED_DOT}){_TLD}\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"se(?:p)?tiembre|octubre|noviembre|diciembre)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
DATE = re.compile(
    rf"(?<![\d/.-])(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{_YEAR}|\d{{2}})|{_YEAR}[/.-]\d{{1,2}}[/.-]\d{{1,2}})(?![\d/.-])"
    rf"|\b{_MONTH}\.?\s{{1,3}}{_DAY},?\s{{1,3}}{_YEAR}\b"
    rf"|\b{_DAY}\s{{1,3}}(?:of\s{{1,3}}|de\s{{1,3}})?{_MONTH}\.?,?\s{{1,3}}(?:de\s{{1,3}})?{_YEAR}\b",
    re.IGNORECASE,
)
# A letter O typed for a zero inside a number; replaced in a same-length copy used only for matching.
_O_FOR_ZERO = re.compile(r"(?<=\d)[oO]|[oO](?=\d)")


def redact(text: str, limit: int = MAX_NOTE) -> str:
    """The text with e-mail addresses, phone numbers and dates replaced; at most ``limit`` characters."""
    text = unicodedata.normalize("NFKC", text[: limit + _MATCH_SLACK])[: limit + _MATCH_SLACK]
    text = EMAIL.sub("[email removed]", text)
    text = SPELLED_EMAIL.sub("[email removed]", text)
    text = DATE.sub(_unless_a_quantity("[date removed]"), text)
    view = _O_FOR_ZERO.sub("0", text)  # same length as text: spans found in it apply to text
    # The same finder as the output check's, over every region the hotline file serves.
    for found in reversed(find_numbers(view)):
        text = text[: found.start] + "[phone removed]" + text[found.end :]
    return text[:limit]


def _unless_a_quantity(replacement: str):  # a re.sub callback that keeps "1-2-10 mg"
    def replace(match: re.Match[str]) -> str:
        return match.group(0) if UNIT_AFTER.match(match.string, match.end()) else replacement

    return replace
