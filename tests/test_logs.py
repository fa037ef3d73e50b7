"""What the running server prints at its default level holds no user message and no secret."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from gradio_client import Client

from tests.conftest import CORPUS, free_port

QUESTION_MARKER = "quokka-question-5521"
NOTE_MARKER = "quokka-note-9183"
PASSWORD = "quokka-password-7740"
WRONG_PASSWORD = "quokka-wrong-3317"


def test_server_output_holds_no_user_text_or_secret(index_dir: Path, tmp_path: Path) -> None:
    port = free_port()
    output = tmp_path / "server.out"
    env = {
        **os.environ,
        "KLONOPIN_GUIDE_INDEX": str(index_dir),
        "KLONOPIN_GUIDE_CORPUS": str(CORPUS),
        "KLONOPIN_GUIDE_LOG": str(tmp_path / "review.db"),
        "KLONOPIN_GUIDE_REVIEWERS": f"ann:{PASSWORD}",
        "KLONOPIN_GUIDE_PORT": str(port),
    }
    with output.open("wb") as sink:
        server = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve"], env=env, stdout=sink, stderr=subprocess.STDOUT
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    if httpx.get(url, timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.5)
            client = Client(f"{url}/", verbose=False)
            client.predict(f"{QUESTION_MARKER} what are withdrawal symptoms?", [], api_name="/chat")
            client.predict(f"I want to die {QUESTION_MARKER}", [], api_name="/chat")
            client.predict("other", NOTE_MARKER, api_name="/report")
            httpx.post(f"{url}/review/login", data={"username": "ann", "password": WRONG_PASSWORD}, timeout=30)
            httpx.post(f"{url}/review/login", data={"username": "ann", "password": PASSWORD}, timeout=30)
            # Malformed API calls, whose errors Gradio reports on the server side.
            for body in ({"data": [{"x": QUESTION_MARKER}, 7, None]}, {"data": [QUESTION_MARKER]}):
                httpx.post(f"{url}/gradio_api/call/chat", json=body, timeout=30)
                httpx.post(f"{url}/gradio_api/call/report", json=body, timeout=30)
        finally:
            server.terminate()
            server.wait(timeout=30)
    printed = output.read_text(encoding="utf-8", errors="replace")
    assert "details withheld" in printed, "the malformed calls failed, and said so without their contents"
    for secret in (QUESTION_MARKER, NOTE_MARKER, PASSWORD, WRONG_PASSWORD):
        assert secret not in printed, f"{secret} was printed by the server:\n{printed[-3000:]}"
