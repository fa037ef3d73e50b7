"""The optional language-model answerer: fluent sentences, each verified against the passages.

The model (a LangChain chat model, see ``assistant/llm.py``) sees only the retrieved passages,
numbered, and the question. Safety decisions are made before it is called. Every sentence
it writes is verified (``assistant/verify.py``) as soon as it is finished, before anyone sees
it; unsupported ones are removed, and when too little is left, or anything trips the output
check, the caller keeps the extractive answer.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.compose import citation_for, render_unit
from assistant.response import Citation
from assistant.retrieval import Hit, Unit
from assistant.verify import Checked, SupportBar, Verification, check_sentence, split_finished
from safety.output_check import problems

PROMPT: dict[str, str] = tomllib.loads((Path(__file__).parent / "prompts" / "grounded_answer.toml").read_text("utf-8"))
MIN_SHARE_KEPT = 0.5


@dataclass(frozen=True)
class Generated:
    """What happened: ``body`` and ``citations`` are set when the verified answer is used."""

    outcome: str  # streaming (a verified draft) | generated | generated_trimmed | fallback_<why>
    body: str = ""
    citations: tuple[Citation, ...] = ()
    verification: Verification | None = None


def _numbered(passages: list[Hit]) -> str:
    return "\n\n".join(f"[{i}] {hit.text}" for i, hit in enumerate(passages, start=1))


def _text(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    return content if isinstance(content, str) else ""


class _Draft:
    """The verified answer so far: sentences kept, each with its citation to an exact quote."""

    def __init__(self, passages: list[Hit]) -> None:
        self.passages = passages
        self.verification = Verification()
        self.citations: dict[str, Citation] = {}
        self.parts: list[tuple[str, bool]] = []  # (Markdown, whether it is a list item)

    def add(self, checked: Checked) -> bool:
        """Keep a supported sentence if it and its cited passage pass the output check."""
        self.verification.add(checked)
        if checked.problem:
            return False
        unit = checked.support
        assert unit is not None
        hit = next(h for h in self.passages if h.chunk_id == unit.chunk_id)
        citation = self.citations.get(unit.id) or citation_for(hit, unit, len(self.citations) + 1)
        part = f"{render_unit(checked.text)} [{citation.n}]"
        # The app shows each cited passage whole, so the passages pass the output check too.
        if problems(part, [citation.quote, citation.passage]):
            raise _Unsafe
        self.citations[unit.id] = citation
        # A line without a full stop is a list item the model wrote: it stays one.
        self.parts.append((part, not re.search(r"[.!?:;]$", checked.text)))
        return True

    def as_generated(self, outcome: str) -> Generated:
        body = ""
        for i, (part, item) in enumerate(self.parts):
            after_item = i > 0 and self.parts[i - 1][1]
            if item:
                body += ("\n" if i else "") + f"- {part}"
            else:
                body += ("\n\n" if after_item else " " if i else "") + part
        return Generated(outcome, body, tuple(self.citations.values()), self.verification)


class _Unsafe(Exception):
    """The model wrote a dose, a schedule or an unreviewed phone number: none of its answer is used."""


class GroundedGenerator:
    def __init__(
        self,
        model: Any,
        encode: Callable[[str], Any],
        bar: SupportBar | None = None,
        distinctive: Callable[[str], list[str]] | None = None,
        addresses: Callable[[str, str], bool] | None = None,
    ) -> None:
        """``addresses(question, sentence)``: whether a supported sentence answers the question;
        one that does not is removed like an unsupported one ("Yes, this may lead to..." beside
        a question about going to several doctors)."""
        self.model = model
        self.encode = encode
        self.bar = bar or SupportBar()
        self.distinctive = distinctive
        self.addresses = addresses

    def messages(self, question: str, passages: list[Hit]) -> list[tuple[str, str]]:
        return [
            ("system", PROMPT["system"]),
            ("human", PROMPT["user"].format(passages=_numbered(passages), question=question)),
        ]

    def answer(self, question: str, passages: list[Hit], units: list[Unit]) -> Generated:
        *_drafts, result = self.stream(question, passages, units)
        return result

    def stream(self, question: str, passages: list[Hit], units: list[Unit]) -> Iterator[Generated]:
        """Verified drafts as the model writes (outcome ``streaming``), each a sentence longer than
        the one before, then the outcome. A sentence is shown only once it is finished and verified;
        a model that does not stream gives one draft per reply."""
        draft = _Draft(passages)
        written = ""

        def judge(sentence: str) -> bool:
            if problems(sentence, []):
                raise _Unsafe
            checked = check_sentence(sentence, passages, units, self.encode, self.bar, self.distinctive)
            if checked is None:
                return False
            if not checked.problem and self.addresses is not None and not self.addresses(question, checked.text):
                checked = replace(checked, problem="does_not_address")
            return draft.add(checked)

        try:
            for chunk in self.model.stream(self.messages(question, passages)):
                written += _text(chunk)
                finished, written = split_finished(written)
                kept = [judge(sentence) for sentence in finished]
                if any(kept):
                    yield draft.as_generated("streaming")
            if written.strip() and judge(written.strip()):
                yield draft.as_generated("streaming")
        except _Unsafe:
            yield Generated("fallback_output_check", verification=draft.verification)
            return
        except Exception as exc:  # the model server is down, slow or cut off: the extractive answer stands
            yield Generated(f"fallback_model_error_{exc.__class__.__name__}", verification=draft.verification)
            return
        checked = draft.verification
        if not checked.kept and not checked.removed:
            yield Generated("fallback_empty_reply", verification=checked)
            return
        if not checked.kept or checked.share_kept < MIN_SHARE_KEPT:
            yield Generated("fallback_unsupported", verification=checked)
            return
        yield draft.as_generated("generated" if not checked.removed else "generated_trimmed")
