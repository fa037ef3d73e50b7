"""The first chat, driven through Gradio's own API on loopback."""

from __future__ import annotations

import socket

from gradio_client import Client

from app import build


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_chat_answers_with_numbered_sources(assistant) -> None:
    demo = build(assistant)
    port = _free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        text = client.predict("What are the withdrawal symptoms of Klonopin?", api_name="/ask")
        assert "[1]" in text and "**Sources**" in text and "1. *" in text
        assert "not medical advice" in text
        empty = client.predict("   ", api_name="/ask")
        assert "Please type a question" in empty
        crisis = client.predict("I don't want to be alive anymore", api_name="/ask")
        assert "988" in crisis and "911" in crisis
    finally:
        demo.close()
