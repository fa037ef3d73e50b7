"""The app over real HTTP: public chat through Gradio's API, the review log, the reviewer login."""

from __future__ import annotations

from pathlib import Path

import httpx
from gradio_client import Client

from app import create_app
from assistant.config import Settings
from assistant.core import Assistant
from assistant.review_log import ReviewLog
from tests.conftest import CORPUS, free_port, serve_in_thread


def _text(message: dict) -> str:
    """Gradio 6 sends message content as a list of parts."""
    content = message["content"]
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content


def _value(output: object) -> str:
    """An output as shown: the value of an update that also sets visibility."""
    return str(output.get("value") or "") if isinstance(output, dict) else str(output or "")


def test_chat_answers_with_linked_sources_and_logs_the_exchange(served) -> None:
    url, log_path = served
    client = Client(f"{url}/", verbose=False)
    chat, alert, _box = client.predict("What are the withdrawal symptoms of Klonopin?", [], api_name="/chat")
    answer = _text(chat[-1])
    assert "class='kg-ref'" in answer and "href='#src-" in answer and "not medical advice" in answer
    # The answer carries its own sources under it, so its markers keep working once it is not the latest.
    assert "Sources (" in answer and "<mark>" in answer and "Show the full passage" in answer
    assert "Back to the answer" in answer and not _value(alert)
    status, _note = client.predict(
        "wrong_citation", "quote [1] does not say this, mail me at a@b.org", api_name="/report"
    )
    assert status.startswith("Thank you")

    log = ReviewLog(log_path)
    [exchange] = log.exchanges()
    assert exchange["kind"] == "answer" and exchange["feedback"] == "wrong_citation"
    stored = b"".join(p.read_bytes() for p in log_path.parent.glob("review.db*"))
    assert b"a@b.org" not in stored and b"[email removed]" in stored, "e-mail addresses are redacted before storage"
    cited = log.citations(exchange["id"])
    assert cited and all(c["quote"] in c["passage"] for c in cited)


def test_crisis_reply_is_distinct_and_shows_resources(served) -> None:
    url, _ = served
    client = Client(f"{url}/", verbose=False)
    chat, alert, _ = client.predict("I don't want to be alive anymore", [], api_name="/chat")
    reply = _text(chat[-1])
    assert reply.startswith("I'm really sorry") and "988" in reply
    assert "kg-crisis" in _value(alert) and "911" in _value(alert)


def test_page_always_shows_help_from_the_hotline_file(served) -> None:
    url, _ = served
    config = httpx.get(f"{url}/config", timeout=30).text
    assert "Need help now?" in config and "1-800-222-1222" in config and "988" in config


def test_reviewer_view_needs_the_right_password(served) -> None:
    url, _ = served
    assert httpx.get(f"{url}/review/config", timeout=30).status_code == 401
    assert httpx.get(f"{url}/review/gradio_api/info", timeout=30).status_code == 401
    wrong = httpx.post(f"{url}/review/login", data={"username": "ann", "password": "nope"}, timeout=30)
    assert wrong.status_code >= 400
    with httpx.Client(timeout=30) as session:
        right = session.post(f"{url}/review/login", data={"username": "ann", "password": "correct-horse"})
        assert right.status_code == 200
        assert session.get(f"{url}/review/config").status_code == 200


def test_no_reviewer_view_without_credentials(assistant, index_dir: Path, tmp_path: Path) -> None:
    settings = Settings(index_dir=index_dir, corpus_dir=CORPUS, log_path=tmp_path / "r.db", reviewers="")
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, assistant), port)
    try:
        assert httpx.get(f"http://127.0.0.1:{port}/review/config", timeout=30).status_code != 200
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_logging_off_writes_nothing(assistant, index_dir: Path, tmp_path: Path) -> None:
    settings = Settings(index_dir=index_dir, corpus_dir=CORPUS, log_path=Path("off"), reviewers="ann:pw")
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, assistant), port)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict("What is Klonopin?", [], api_name="/chat")
        assert not Path("off").exists()
        assert httpx.get(f"http://127.0.0.1:{port}/review/config", timeout=30).status_code != 200
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_a_citation_from_an_older_corpus_shows_whether_its_passage_changed() -> None:
    from app import document_context
    from ingest.documents import load_corpus

    documents = {d.id: d for d in load_corpus(CORPUS)}
    doc = documents["facts-about-klonopin-addiction-treatment"]
    passage = doc.indexable_text.split("\n")[0]
    logged = {"doc_id": doc.id, "passage": passage, "quote": passage[:40], "corpus_version": "old-version-1"}
    unchanged = document_context(documents, logged, "new-version-2")
    assert "Unchanged since it was cited" in unchanged and "<mark>" in unchanged
    edited = document_context(documents, {**logged, "passage": passage + " (edited)"}, "new-version-2")
    assert "has changed since it was cited" in edited
    gone = document_context({}, logged, "new-version-2")
    assert "no longer in the corpus" in gone


def test_a_person_s_words_are_shown_as_text_and_read_back_unchanged(served) -> None:
    url, log_path = served
    client = Client(f"{url}/", verbose=False)
    said = "I want to die - (really) ![x](http://evil.example/t.png)"
    chat, _sources, _box = client.predict(said, [], api_name="/chat")
    shown = _text(chat[0])
    assert "![x](" not in shown and "\\!\\[x\\]" in shown, "markup in a person's message is escaped for display"
    # The next turn sends the shown conversation back; the crisis in it is still read as said.
    chat, _sources, _box = client.predict("ok", chat, api_name="/chat")
    assert "988" in _text(chat[-1])
    [later, first] = ReviewLog(log_path).exchanges()
    assert first["question"] == said
    assert later["kind"] == "crisis" or later["reason"].endswith("crisis_context"), later["reason"]


class _FailingAssistant(Assistant):
    """A real assistant whose answering breaks (the fault the error reply exists for)."""

    def ask_stream(self, question, history=None):  # type: ignore[override]
        raise RuntimeError("the index went away")
        yield


def test_when_answering_fails_the_emergency_number_is_the_configured_region_s(
    store, embedder, index_dir: Path, tmp_path: Path
) -> None:
    from safety.hotlines import directory

    settings = Settings(index_dir=index_dir, corpus_dir=CORPUS, log_path=Path("off"), reviewers="", region="UK")
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, _FailingAssistant(store, embedder, settings)), port)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        chat, _, _ = client.predict("What is Klonopin?", [], api_name="/chat")
        reply = _text(chat[-1])
        assert "went wrong" in reply and "Traceback" not in reply
        assert directory("UK").hotlines["emergency"].contact in reply and "911" not in reply
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_an_answer_is_read_back_as_worded_without_its_sources(assistant) -> None:
    from app import _as_said, render

    response = assistant.ask("What are the withdrawal symptoms of Klonopin?")
    shown = render(response, "abc123")
    said = _as_said({"role": "assistant", "content": shown})["content"]
    assert said == response.text, "the next turn reads the answer's words, not its source cards or links"
