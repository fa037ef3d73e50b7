"""Behaviour from question to response: citations that check out, no_answer, follow-ups, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core import MESSAGES, Assistant
from assistant.response import Response
from ingest.documents import load_corpus
from safety.output_check import phone_numbers, unreviewed_numbers
from tests.conftest import CORPUS, REHAB_PHONE_DIGITS, stored_passage

MARKER = re.compile(r"\[(\d+)\]")
ANSWERABLE = [
    "What are the withdrawal symptoms of Klonopin?",
    "why do doctors taper instead of stopping suddenly",
    "my brother is addicted to klonopin, how can our family help",
    "can you die from a klonopin overdose?",
    "how do rehabs manage detox from klonopin",
    "what is CBT and how does it help with addiction",
    "how long does treatment for klonopin addiction take",
    "What is clonazepam prescribed for?",
    "what are the dangers of long-term klonopin abuse?",
    "what are signs someone is addicted to klonopin",
]
EXCLUDED = [p.text for d in load_corpus(CORPUS) for p in d.excluded]
SOURCE_KIND_OF = {d.id: d.source_kind for d in load_corpus(CORPUS)}


def assert_citations_check_out(response: Response, store) -> None:
    assert response.kind == "answer", response
    markers = {int(n) for n in MARKER.findall(response.text)}
    numbers = [c.n for c in response.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert markers == set(numbers), "every marker has its citation and every citation is used"
    for citation in response.citations:
        assert citation.quote and citation.quote in citation.passage
        assert citation.passage == stored_passage(store, citation.chunk_id)
        assert citation.doc_id and citation.title and citation.source
        assert citation.source_kind == SOURCE_KIND_OF[citation.doc_id], "the kind of source travels with the quote"


@pytest.mark.parametrize("question", ANSWERABLE)
def test_answers_quote_their_passages_exactly(assistant: Assistant, store, question: str) -> None:
    response = assistant.ask(question)
    assert_citations_check_out(response, store)
    body = response.text.split(MESSAGES["disclaimer"])[0]
    sentences_with_markers = len(MARKER.findall(body))
    assert 1 <= sentences_with_markers <= 5
    assert response.text.rstrip().endswith(MESSAGES["disclaimer"])


def test_withdrawal_answer_cites_withdrawal_symptoms(assistant: Assistant) -> None:
    response = assistant.ask("What are the withdrawal symptoms of Klonopin?")
    cited = " ".join(c.quote.lower() for c in response.citations)
    assert "insomnia" in cited and "withdrawal" in cited


@pytest.mark.parametrize(
    "question",
    [
        "Can I just stop taking klonopin immediately?",
        "what is the fastest way to get off klonopin, can I quit cold turkey",
        "is klonopin the most addictive benzo?",
        "how long is klonopin normally prescribed for",
        "is klonopin addiction completely curable?",
        "is there a replacement medication like for opioids",
        "how do I find a rehab, can I just google it",
        "if I take it as prescribed is there little risk of overdose",
    ],
)
def test_flagged_passages_are_never_cited(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    for citation in response.citations:
        for excluded in EXCLUDED:
            assert excluded not in citation.passage
    assert "immediate cessation" not in response.text


@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number for Michael's House?",
        "how do I call a treatment center for klonopin",
        "who can I call to find a klonopin rehab program?",
        "tell me about inpatient programs that help you wean off klonopin",
    ],
)
def test_the_rehab_phone_number_never_appears(assistant: Assistant, question: str) -> None:
    response = assistant.ask(question)
    flat = json.dumps(response.to_dict())
    assert REHAB_PHONE_DIGITS not in re.sub(r"\D", "", flat)
    # Asking who to call gets the reviewed help lines; no other number ever shows.
    assert unreviewed_numbers(response.text) == []
    shown = phone_numbers(response.text)
    assert not shown or "help_lines" in response.reason


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What is the exact half-life of Klonopin in hours?", None),
        ("How much does Klonopin rehab cost per month?", None),
        ("Is Xanax stronger than Klonopin?", "other_drug"),
        ("What is the capital of France?", "off_topic"),
        ("what's a good recipe for banana bread", "off_topic"),
        ("How does gabapentin help with alcohol withdrawal?", None),
    ],
)
def test_uncovered_questions_get_no_answer(assistant: Assistant, question: str, reason: str | None) -> None:
    response = assistant.ask(question)
    assert response.kind == "no_answer", response.text
    assert response.citations == []
    if reason:
        assert response.reason == reason


def test_follow_up_uses_the_conversation(assistant: Assistant, store) -> None:
    history = [
        {"role": "user", "content": "What are the withdrawal symptoms of Klonopin?"},
        {"role": "assistant", "content": "Withdrawal symptoms include insomnia and anxiety. [1]"},
    ]
    response = assistant.ask("How long does that last?", history)
    assert_citations_check_out(response, store)
    assert any("withdraw" in c.passage.lower() for c in response.citations)
    assert assistant.last_decision is not None and "withdrawal" in assistant.last_decision.query.lower()


def test_follow_up_accepts_gradio_message_parts(assistant: Assistant) -> None:
    history = [{"role": "user", "content": [{"type": "text", "text": "Tell me about Klonopin detox"}]}]
    response = assistant.ask("what happens during it?", history)
    assert response.kind == "answer"
    assert any("detox" in c.passage.lower() for c in response.citations)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("", "empty_input"),
        ("   \n\t ", "empty_input"),
        ("why " * 2000, "too_long"),
        ("what is\x00 klonopin", "control_characters"),
        (b"\xff\xfe bad bytes", "undecodable_input"),
        (None, "not_text"),
    ],
)
def test_bad_input_is_invalid_with_a_clear_message(assistant: Assistant, message: object, reason: str) -> None:
    response = assistant.ask(message)
    assert response.kind == "invalid"
    assert response.reason == reason
    assert response.text and "Traceback" not in response.text


def test_cli_ask_json_prints_the_contract_response(index_dir: Path) -> None:
    env = {**os.environ, "KLONOPIN_GUIDE_INDEX": str(index_dir), "KLONOPIN_GUIDE_CORPUS": str(CORPUS)}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--json", "What are the withdrawal symptoms of Klonopin?"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "answer"
    assert set(data) >= {"kind", "text", "citations", "resources", "reason"}
    first = data["citations"][0]
    assert set(first) >= {"n", "doc_id", "chunk_id", "title", "source", "quote", "passage", "source_kind"}
    assert first["quote"] in first["passage"]
    assert all(c["source_kind"] == SOURCE_KIND_OF[c["doc_id"]] for c in data["citations"])


FOLLOWS_AN_ANSWER = [
    (
        "what happens in treatment for klonopin addiction?",
        "Programs often use motivational interviewing. [1]",
        "what is that exactly?",
    ),
    (
        "my son denies he has a klonopin problem, what can we do?",
        "Some programs use motivational interviewing. [1]",
        "how does it help?",
    ),
]


@pytest.mark.parametrize(("earlier", "answer", "question"), FOLLOWS_AN_ANSWER)
def test_a_follow_up_is_read_against_the_answer_it_follows(
    assistant: Assistant, store, earlier: str, answer: str, question: str
) -> None:
    """'What is that?' means what the previous answer named, not only what the user asked before."""
    history = [{"role": "user", "content": earlier}, {"role": "assistant", "content": answer}]
    response = assistant.ask(question, history)
    assert response.kind == "answer", response
    assert_citations_check_out(response, store)
    assert any("motivational interviewing" in c.passage.lower() for c in response.citations)
