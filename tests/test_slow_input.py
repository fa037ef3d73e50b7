"""Nothing a visitor sends can stall the server (issue 18, high 1): every pattern that reads
user text scales linearly, long text is cut before it is matched, and a crisis reply is not
held up by the worst problem report the public API accepts.

Timings are compared with a baseline measured in the same run (a ratio), never with a fixed
number of seconds, so a slow machine does not fail them and a quadratic pattern still does.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
import threading
import time

import pytest
from gradio_client import Client

from assistant.redaction import MAX_NOTE, redact

MODULES = (
    "safety.rules",
    "safety.gate",
    "safety.language",
    "safety.input_check",
    "safety.output_check",
    "safety.phones",
    "assistant.redaction",
    "assistant.review_log",
    "assistant.edge",
    "assistant.scope",
    "assistant.conversation",
    "assistant.contrast",
    "app",
)
ADVERSARIAL = {
    "letters": "a",
    "digits": "1",
    "spaced digits": "1 ",
    "dotted": "a.",
    "at signs": "a@",
    "spaces": " ",
    "newlines": "a\n",
    "first person": "i want to ",
    "amounts": "took 2 mg ",
    "pills": "pills and vodka ",
    "punctuation": "!?.-()",
    "question": "how many would ",
    "spanish": "me tomé dos ",
}
SMALL, LARGE = 10_000, 100_000  # 100 kB; ten times the text: ~10x the time if linear, ~100x if quadratic


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}

    def add(name: str, value: object) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(id(value), (name, value))
        elif isinstance(getattr(value, "pattern", None), re.Pattern):
            found.setdefault(id(value.pattern), (f"{name}.{getattr(value, 'name', '')}", value.pattern))

    for module_name in MODULES:
        for name, value in vars(importlib.import_module(module_name)).items():
            add(f"{module_name}.{name}", value)
            if isinstance(value, (tuple, list)):
                for item in value:
                    add(f"{module_name}.{name}", item)
                    for part in item if isinstance(item, tuple) else ():  # the edge's (method, route) pairs
                        add(f"{module_name}.{name}", part)
            elif isinstance(value, dict):
                for key, item in value.items():
                    add(f"{module_name}.{name}[{key}]", item)
    return list(found.values())


def _seconds(pattern: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - started


def test_every_pattern_that_reads_user_text_scales_linearly() -> None:
    patterns = _patterns()
    assert len(patterns) > 100, "the safety rules, redaction and the edge are among the patterns timed"
    figures = []
    for name, pattern in patterns:
        for kind, unit in ADVERSARIAL.items():
            small = _seconds(pattern, unit * (SMALL // len(unit)))
            large = _seconds(pattern, unit * (LARGE // len(unit)))
            figures.append((large, large / max(small, 1e-6), name, kind))
    figures.sort(reverse=True)
    print(
        "slowest on 100 kB (ratio to 10 kB):",
        ", ".join(f"{name} on {kind} {large * 1000:.0f} ms (x{ratio:.0f})" for large, ratio, name, kind in figures[:6]),
    )
    # Only a pattern slow enough to matter is judged: at microseconds the ratio is noise.
    superlinear = [(name, kind, round(ratio)) for large, ratio, name, kind in figures if large > 0.05 and ratio > 40]
    assert not superlinear


def test_a_huge_note_is_cut_before_it_is_matched_and_an_address_at_the_cut_is_not_kept() -> None:
    started = time.perf_counter()
    redact("a@" * (MAX_NOTE // 2))
    at_the_limit = time.perf_counter() - started
    started = time.perf_counter()
    assert len(redact("a@" * 500_000)) <= MAX_NOTE
    a_megabyte = time.perf_counter() - started
    print(f"redact: {at_the_limit * 1000:.1f} ms at the limit, {a_megabyte * 1000:.1f} ms on 1 MB")
    assert a_megabyte < 20 * at_the_limit + 0.05, "the note is cut before it is matched"
    cut = redact("x" * (MAX_NOTE - 12) + " jane.doe@example.org, call 415-555-0199")
    assert "jane" not in cut and "example" not in cut and len(cut) <= MAX_NOTE


def _text(reply: object) -> str:
    if isinstance(reply, str):
        return reply
    return "".join(p.get("text", "") for p in reply if isinstance(p, dict))  # type: ignore[union-attr]


CRISIS = "I am going to take all my pills tonight and end it"


@pytest.mark.parametrize("unit", ["a", "a@", "1 "], ids=["letters", "at signs", "spaced digits"])
def test_a_crisis_reply_is_not_held_up_by_the_worst_report(served, unit: str) -> None:
    url, log_path = served
    visitor = Client(f"{url}/", verbose=False)
    started = time.perf_counter()
    visitor.predict(CRISIS, [], api_name="/chat")
    alone = time.perf_counter() - started

    reporter = Client(f"{url}/", verbose=False)
    reporter.predict("What are the withdrawal symptoms of Klonopin?", [], api_name="/chat")
    note = unit * (900_000 // len(unit))  # near the edge's body limit
    finished = threading.Event()

    def send_report() -> None:
        reporter.predict("other", note, api_name="/report")
        finished.set()

    sender = threading.Thread(target=send_report)
    sender.start()
    time.sleep(0.05)
    started = time.perf_counter()
    chat, _sources, _ = Client(f"{url}/", verbose=False).predict(CRISIS, [], api_name="/chat")
    during = time.perf_counter() - started
    sender.join(timeout=120)
    print(f"crisis reply alone {alone * 1000:.0f} ms, beside a {len(note):,}-character report {during * 1000:.0f} ms")
    assert finished.is_set()
    assert "988" in _text(chat[-1]["content"])
    # Before the fix the report held every request for 13 s (a hundred times a reply).
    assert during < 5 * alone + 2.0
    with sqlite3.connect(log_path) as db:
        [(stored,)] = db.execute("SELECT length(note) FROM feedback").fetchall()
    assert 0 < stored <= MAX_NOTE
