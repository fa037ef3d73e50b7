"""An English gloss of a Spanish question, word for word, for searching an English corpus.

The corpus, the retrieval model and the answer encoder read English; the shipped MiniLM places a
Spanish question poorly among English passages ("¿Qué terapias se usan para tratar la adicción a
las benzodiacepinas?" found nothing to quote). The gloss ("what therapies used for treat the
addiction to the benzodiazepines") is what those read; the gates that were trained on Spanish
questions read the question as asked. No translation model ships offline, so this is a reviewed
word list (data/spanish_glossary.toml), not a translator.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

from safety.language import detect

GLOSSARY = Path(__file__).parent / "data" / "spanish_glossary.toml"
_WORD = re.compile(r"[a-z0-9'-]+")
LONGEST = 4


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ñ", "n")


@cache
def _glossary() -> dict[str, str]:
    words = tomllib.loads(GLOSSARY.read_text("utf-8"))["words"]
    return {_plain(k): str(v) for k, v in words.items()}


def english_gloss(text: str) -> str:
    """Each listed Spanish word or phrase in ``text`` replaced by its English; others kept."""
    glossary = _glossary()
    words = _WORD.findall(_plain(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(LONGEST, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in glossary:
                if glossary[phrase]:
                    out.append(glossary[phrase])
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def for_search(question: str, query: str) -> str:
    """What the English corpus is searched with: ``query`` (the question, with what it leans on
    in a conversation), glossed when the question is in Spanish."""
    return english_gloss(query) if detect(question) == "es" else query
