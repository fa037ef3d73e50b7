"""The optional language-model answerer: fluent sentences, each verified against the passages.

The model (a LangChain chat model, see ``assistant/llm.py``) sees only the retrieved passages,
numbered, and the question. Safety decisions are made before it is called. Every sentence
it writes is verified (``assistant/verify.py``); unsupported ones are removed, and when too
little is left, or anything trips the output check, the caller keeps the extractive answer.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.compose import citation_for, render_unit
from assistant.response import Citation
from assistant.retrieval import Hit, Unit
from assistant.verify import SupportBar, Verification, verify
from safety.output_check import problems

PROMPT: dict[str, str] = tomllib.loads((Path(__file__).parent / "prompts" / "grounded_answer.toml").read_text("utf-8"))
MIN_SHARE_KEPT = 0.5


@dataclass(frozen=True)
class Generated:
    """What happened: ``body`` and ``citations`` are set when the verified answer is used."""

    outcome: str  # generated | generated_trimmed | fallback_<why>
    body: str = ""
    citations: tuple[Citation, ...] = ()
    verification: Verification | None = None


def _numbered(passages: list[Hit]) -> str:
    return "\n\n".join(f"[{i}] {hit.text}" for i, hit in enumerate(passages, start=1))


class GroundedGenerator:
    def __init__(self, model: Any, encode: Callable[[str], Any], bar: SupportBar | None = None) -> None:
        self.model = model
        self.encode = encode
        self.bar = bar or SupportBar()

    def messages(self, question: str, passages: list[Hit]) -> list[tuple[str, str]]:
        return [
            ("system", PROMPT["system"]),
            ("human", PROMPT["user"].format(passages=_numbered(passages), question=question)),
        ]

    def answer(self, question: str, passages: list[Hit], units: list[Unit]) -> Generated:
        try:
            reply = self.model.invoke(self.messages(question, passages))
        except Exception as exc:  # the model server is down or slow: the extractive answer stands
            return Generated(f"fallback_model_error_{exc.__class__.__name__}")
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        if problems(text, []):
            return Generated("fallback_output_check")
        checked = verify(text, passages, units, self.encode, self.bar)
        if not checked.kept or checked.share_kept < MIN_SHARE_KEPT:
            return Generated("fallback_unsupported", verification=checked)
        citations: dict[str, Citation] = {}
        parts = []
        for sentence in checked.kept:
            unit = sentence.support
            assert unit is not None
            hit = next(h for h in passages if h.chunk_id == unit.chunk_id)
            citation = citations.get(unit.id)
            if citation is None:
                citation = citation_for(hit, unit, len(citations) + 1)
                citations[unit.id] = citation
            parts.append(f"{render_unit(sentence.text)} [{citation.n}]")
        body = " ".join(parts)
        # The app shows each cited passage whole, so the passages pass the output check too.
        if problems(body, [t for c in citations.values() for t in (c.quote, c.passage)]):
            return Generated("fallback_output_check", verification=checked)
        outcome = "generated" if not checked.removed else "generated_trimmed"
        return Generated(outcome, body, tuple(citations.values()), checked)
