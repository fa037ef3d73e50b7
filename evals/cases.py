"""Eval cases in the JSON Lines format of ../shared/CONTRACT.md; unknown fields are ignored."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CALIBRATION = Path(__file__).parent / "calibration" / "questions.jsonl"
_SPACE = re.compile(r"\s+")


def normalized(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    expect: str
    history: list[dict[str, Any]] = field(default_factory=list)
    must_cite_any: list[str] = field(default_factory=list)
    must_mention_any: list[str] = field(default_factory=list)
    category: str = ""
    lang: str = "en"

    def cites_expected(self, text: str) -> bool:
        """True when ``text`` (a quote or passage) contains one of the phrases that must be cited."""
        haystack = normalized(text)
        return any(normalized(phrase) in haystack for phrase in self.must_cite_any)


def load_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(
                Case(
                    id=str(raw["id"]),
                    question=raw["question"],
                    expect=str(raw["expect"]),
                    history=list(raw.get("history") or []),
                    must_cite_any=list(raw.get("must_cite_any") or []),
                    must_mention_any=list(raw.get("must_mention_any") or []),
                    category=str(raw.get("category") or raw["expect"]),
                    lang=str(raw.get("lang") or "en"),
                )
            )
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}:{number}: not a valid case ({exc})") from None
    return cases
