"""The language-model mode with LangChain's fake chat models scripted to answer well and badly.

The passages are real (the session index and the shipped MiniLM); only the model is scripted.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.core import Assistant
from assistant.verify import sentences

QUESTION = "What are the withdrawal symptoms of Klonopin?"
GOOD = (
    "Klonopin withdrawal symptoms include insomnia, nausea and vomiting, and headaches [{n}]. "
    "Withdrawal from Klonopin can cause insomnia, headaches and panic attacks [{n}]. "
)


def scripted(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


class Refusing(GenericFakeChatModel):
    """A model that must never be called (it fails the test if it is)."""

    def _generate(self, *args, **kwargs):  # type: ignore[override]
        raise AssertionError("the model was called for a message the safety gate decides")

    def _stream(self, *args, **kwargs):  # type: ignore[override]
        raise AssertionError("the model was called for a message the safety gate decides")


class Down(GenericFakeChatModel):
    def _generate(self, *args, **kwargs):  # type: ignore[override]
        raise ConnectionError("model server unreachable")

    def _stream(self, *args, **kwargs):  # type: ignore[override]
        raise ConnectionError("model server unreachable")


@pytest.fixture(scope="module")
def retrieved(assistant: Assistant):
    vector = assistant.embedder.encode_one(QUESTION)
    hits = assistant.retriever.search(vector, QUESTION, k=5)[:4]
    units = assistant.retriever.units_of([h.chunk_id for h in hits])
    symptoms = next(i for i, h in enumerate(hits, start=1) if "insomnia, nausea" in h.text)
    return hits, units, symptoms


def generate(assistant: Assistant, retrieved, *replies: str):
    hits, units, _ = retrieved
    return assistant.grounded(scripted(*replies)).answer(QUESTION, hits, units)


def test_a_faithful_cited_answer_is_kept_with_exact_quotes(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(
        assistant,
        retrieved,
        GOOD.format(n=n).strip(),
    )
    assert result.outcome == "generated", result.verification
    assert len(result.citations) >= 1
    for citation in result.citations:
        assert citation.quote in citation.passage
    assert "[1]" in result.body


def test_an_uncited_answer_falls_back(assistant, retrieved) -> None:
    result = generate(assistant, retrieved, "Withdrawal brings insomnia and nausea. It can also bring headaches.")
    assert result.outcome == "fallback_unsupported"
    assert {c.problem for c in result.verification.removed} == {"no_citation"}


def test_a_wrongly_cited_sentence_is_removed(assistant, retrieved) -> None:
    n = retrieved[2]
    # The last sentence is true elsewhere in the corpus, but not in the passage it cites.
    counseling = f"Group counseling means sharing your story with others dealing with the same situation [{n}]."
    result = generate(assistant, retrieved, GOOD.format(n=n) + counseling)
    assert [c.problem for c in result.verification.removed] == ["not_supported"], result.verification
    assert result.outcome == "generated_trimmed" and "counseling" not in result.body


def test_a_supported_sentence_that_does_not_answer_the_question_is_removed(assistant, retrieved) -> None:
    hits, units, n = retrieved
    # A sentence of a retrieved passage, copied word for word, that is about something else.
    off_question = min(
        (u for u in units if len(u.text) > 60 and "\n" not in u.text and u.text.endswith(".")),
        key=lambda u: assistant.answer_encoder.score_sentence(QUESTION, u.text),
    )
    cited = next(i for i, h in enumerate(hits, start=1) if h.chunk_id == off_question.chunk_id)
    result = generate(assistant, retrieved, GOOD.format(n=n) + f"{off_question.text[:-1]} [{cited}].")
    assert [c.problem for c in result.verification.removed] == ["does_not_address"], result.verification
    assert result.outcome == "generated_trimmed" and off_question.text[:-1] not in result.body


def test_markers_that_point_nowhere_are_removed(assistant, retrieved) -> None:
    result = generate(assistant, retrieved, "Klonopin withdrawal symptoms include insomnia and nausea [9].")
    assert result.outcome == "fallback_unsupported"
    assert result.verification.removed[0].problem == "marker_points_nowhere"


def test_invented_figures_are_removed(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(
        assistant,
        retrieved,
        GOOD.format(n=n) + f"Withdrawal symptoms last exactly 47 days for 93% of people [{n}].",
    )
    assert result.outcome == "generated_trimmed"
    assert [c.problem for c in result.verification.removed] == ["number_not_in_source"]
    assert "47" not in result.body


def test_a_dose_or_schedule_from_the_model_never_reaches_anyone(assistant, retrieved) -> None:
    n = retrieved[2]
    result = generate(assistant, retrieved, f"To ease withdrawal, take 0.5 mg every 4 hours [{n}].")
    assert result.outcome == "fallback_output_check" and not result.body


def test_the_extractive_answer_stands_when_the_model_fails_or_falls_short(assistant: Assistant) -> None:
    extractive = assistant.ask(QUESTION)
    for model in (Down(messages=iter([])), scripted("I think withdrawal is probably fine.")):
        with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
        with_model.generator = with_model.grounded(model)
        response = with_model.ask(QUESTION)
        assert response.kind == "answer" and response.text == extractive.text
        assert response.reason.startswith("answered:fallback_")


def test_a_verified_answer_is_served_and_says_so(assistant: Assistant, retrieved) -> None:
    n = retrieved[2]
    hits = retrieved[0]
    with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
    reply = f"Klonopin withdrawal symptoms include insomnia, nausea and vomiting, and headaches [{n}]."
    with_model.generator = with_model.grounded(scripted(reply))
    response = with_model.ask(QUESTION)
    if response.reason == "answered:fallback_unsupported":
        pytest.fail(f"retrieval order differs from the fixture's: {[h.chunk_id for h in hits]}")
    assert response.kind == "answer" and response.reason == "answered:generated"
    assert "not medical advice" in response.text
    assert all(c.quote in c.passage for c in response.citations)


@pytest.mark.parametrize(
    "message, kind",
    [("I want to kill myself", "crisis"), ("how much klonopin should I take to sleep?", "refusal"), ("", "invalid")],
)
def test_safety_decisions_never_reach_the_model(assistant: Assistant, message: str, kind: str) -> None:
    with_model = Assistant(assistant.store, assistant.embedder, assistant.settings)
    with_model.generator = with_model.grounded(Refusing(messages=iter([])))
    assert with_model.ask(message).kind == kind


def test_a_bad_model_setting_is_a_clear_error() -> None:
    from assistant.llm import chat_model

    with pytest.raises(ValueError, match="openai:<model> or ollama:<model>"):
        chat_model("gpt4")


REAL_MODEL_QUESTIONS = [
    QUESTION,
    "Why do doctors taper Klonopin instead of stopping suddenly?",
    "How can a family help someone addicted to Klonopin?",
    "What happens in medical detox?",
]


@pytest.mark.skipif(
    not os.environ.get("KLONOPIN_GUIDE_LLM"),
    reason="no model configured: set KLONOPIN_GUIDE_LLM (and _LLM_BASE_URL); `make local-model` serves one",
)
def test_a_real_model_answers_or_falls_back_safely(assistant: Assistant) -> None:
    """Against whatever model is configured: every draft and answer is verified, quoted word for
    word, and free of doses; a model that cites badly falls back instead of reaching anyone."""
    from assistant.config import Settings
    from safety.output_check import problems

    settings = replace(assistant.settings, llm=Settings().llm)
    real = Assistant(assistant.store, assistant.embedder, settings)
    outcomes = []
    for question in REAL_MODEL_QUESTIONS:
        *drafts, final = real.ask_stream(question)
        outcomes.append(final.reason)
        assert final.kind == "answer" and final.reason.startswith("answered:") and not final.is_draft
        for response in [*drafts, final]:
            body = response.text.split("\n\n")[0]
            assert all(c.quote in c.passage for c in response.citations)
            assert not problems(response.text, [c.passage for c in response.citations])
            if response.reason.startswith(("answered:generated", "answered:streaming")):
                for sentence in sentences(body):
                    assert re.search(r"\[\d+\]$", sentence), f"an uncited sentence was shown: {sentence!r}"
    print(f"real model outcomes: {outcomes}")


class CutOff(GenericFakeChatModel):
    """Streams the start of a reply, then the connection drops."""

    def _stream(self, *args, **kwargs):  # type: ignore[override]
        yield from list(super()._stream(*args, **kwargs))[:12]
        raise ConnectionError("connection reset mid-reply")


def with_model(assistant: Assistant, model) -> Assistant:
    answering = Assistant(assistant.store, assistant.embedder, assistant.settings)
    answering.generator = answering.grounded(model)
    return answering


def test_markers_written_after_the_full_stop_stay_with_their_sentence() -> None:
    from assistant.verify import sentences, split_finished

    assert sentences("Withdrawal can cause anxiety. [1] It can also cause seizures [2]. Ask a doctor. [1][3]") == [
        "Withdrawal can cause anxiety. [1]",
        "It can also cause seizures [2].",
        "Ask a doctor. [1][3]",
    ]
    # While the model is still writing, the last sentence may yet get its marker.
    assert split_finished("Withdrawal can cause anxiety. [") == ([], "Withdrawal can cause anxiety. [")


def test_a_streamed_answer_shows_only_verified_sentences_as_it_grows(assistant, retrieved) -> None:
    n = retrieved[2]
    counseling = f"Group counseling means sharing your story with others dealing with the same situation [{n}]. "
    first, second = GOOD.format(n=n).strip().split(". ", 1)
    reply = f"{first}. {counseling}{second}"
    drafts = list(with_model(assistant, scripted(reply)).ask_stream(QUESTION))
    *partial, final = drafts
    assert len(partial) == 2 and all(d.is_draft for d in partial), [d.reason for d in drafts]
    assert final.reason == "answered:generated_trimmed" and not final.is_draft
    bodies = [d.text.split("\n\n")[0] for d in drafts]
    assert all("counseling" not in body for body in bodies)
    assert bodies[1].startswith(bodies[0]) and bodies[2] == bodies[1], "each draft extends the one before"
    for draft in drafts:
        assert "not medical advice" in draft.text
        assert all(c.quote in c.passage for c in draft.citations)


def test_an_unsafe_sentence_late_in_the_stream_withdraws_the_whole_model_answer(assistant, retrieved) -> None:
    n = retrieved[2]
    extractive = assistant.ask(QUESTION)
    reply = GOOD.format(n=n) + f"To ease withdrawal, take 0.5 mg every 4 hours [{n}]."
    *partial, final = with_model(assistant, scripted(reply)).ask_stream(QUESTION)
    assert partial and all("0.5" not in d.text for d in partial)
    assert final.reason == "answered:fallback_output_check" and final.text == extractive.text


def test_a_reply_cut_off_midway_falls_back_to_the_extractive_answer(assistant, retrieved) -> None:
    n = retrieved[2]
    extractive = assistant.ask(QUESTION)
    final = with_model(assistant, CutOff(messages=iter([AIMessage(content=GOOD.format(n=n))]))).ask(QUESTION)
    assert final.reason == "answered:fallback_model_error_ConnectionError"
    assert final.text == extractive.text and final.citations == extractive.citations


def test_the_app_streams_verified_drafts_and_logs_only_the_final_answer(assistant, retrieved, tmp_path) -> None:
    from gradio_client import Client

    from app import create_app
    from assistant.config import Settings
    from assistant.review_log import ReviewLog
    from tests.conftest import CORPUS, free_port, serve_in_thread

    n = retrieved[2]
    counseling = f"Group counseling means sharing your story with others dealing with the same situation [{n}]. "
    first, second = GOOD.format(n=n).strip().split(". ", 1)
    answering = with_model(assistant, scripted(f"{first}. {counseling}{second}"))
    log_path = tmp_path / "review.db"
    settings = Settings(index_dir=assistant.settings.index_dir, corpus_dir=CORPUS, log_path=log_path)
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, answering), port)
    try:
        job = Client(f"http://127.0.0.1:{port}/", verbose=False).submit(QUESTION, [], api_name="/chat")
        final_chat, _alert, _ = job.result(timeout=60)
        outputs = job.outputs()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    shown = [str(chat[-1]["content"]) for chat, _alert, _box in outputs]
    assert "Writing an answer" in shown[0], "a model's seconds of work show as such"
    assert len(shown) >= 3, "the answer arrived in one piece: nothing was streamed"
    assert all("counseling" not in text for text in shown)
    final = str(final_chat[-1]["content"])
    assert "href='#src-" in final and "<mark>" in final
    [exchange] = ReviewLog(log_path).exchanges()
    assert exchange["reason"] == "answered:generated_trimmed"


@pytest.mark.parametrize(
    "labelled, most_slipped, least_recall",
    # Measured with the shipped checks on 2026-12-02 (`make support`): dev 3/30 slipped, 0.80 kept;
    # held out 3/20, 0.65; the real model's sentences 0/2, 0.80. Without the contrast and
    # uncommon-term checks: 17/30, 5/20, 2/2. After the 2026-12 clinical review excluded the source
    # sentences of 18 dev, 6 held-out and 1 model claims (left out): dev 2/21 slipped, 16/21 = 0.762
    # kept; held out 1/17, 10/17 = 0.588 (the same paraphrases missed as before, plus h01, whose
    # passage lost a sentence); model 0/1, 0.80.
    [("support.jsonl", 3, 0.75), ("support_heldout.jsonl", 3, 0.58), ("support_model.jsonl", 0, 0.80)],
)
def test_the_verifier_on_labelled_paraphrases_and_distortions(
    assistant: Assistant, labelled: str, most_slipped: int, least_recall: float
) -> None:
    from assistant.verify import SupportBar
    from evals.support import LABELLED, judge, load_labelled, tally

    judged = judge(assistant, load_labelled(LABELLED.parent / labelled), SupportBar())
    recall, slipped, _ = tally(judged)
    assert slipped <= most_slipped, [j.id for j in judged if j.accepted and not j.supports]
    assert recall >= least_recall
    assert not any(j.accepted for j in judged if j.kind in ("negated", "unsupported term") and j.id[0] in "sm")


def test_a_model_that_says_nothing_is_recorded_as_such(assistant, retrieved) -> None:
    # Seen with a real server whose streams ended after their first chunk.
    result = generate(assistant, retrieved, " ")
    assert result.outcome == "fallback_empty_reply" and not result.body
