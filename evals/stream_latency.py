"""What streaming buys in the language-model mode: time to the first verified sentence shown,
against time to the whole answer, on answerable questions from the release suite.

Needs a model (KLONOPIN_GUIDE_LLM); `make local-model` serves one. Usage:
    .venv/bin/python -m evals.stream_latency --questions 20
"""

from __future__ import annotations

import argparse
import statistics
import time

from assistant.config import Settings
from assistant.core import Assistant
from evals.cases import load_cases
from evals.runner import default_case_files


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args(argv)
    settings = Settings()
    if not settings.llm:
        print("No model configured: set KLONOPIN_GUIDE_LLM (see docs/llm.md).")
        return 2
    assistant = Assistant.load(settings)
    cases = [c for path in default_case_files() for c in load_cases(path) if c.expect == "answer" and not c.history]
    first_shown, whole = [], []
    streamed: list[tuple[float, float]] = []
    for case in cases[: args.questions]:
        started = time.perf_counter()
        replies = assistant.ask_stream(case.question)
        shown = next(replies)
        first_shown.append(time.perf_counter() - started)
        *_, final = [shown, *replies]
        whole.append(time.perf_counter() - started)
        if final.reason.startswith("answered:generated"):
            streamed.append((first_shown[-1], whole[-1]))
    print(f"{len(whole)} questions, model {settings.llm}; {len(streamed)} answered by the model, the rest fell back")
    print("| figure | p50 | p95 |\n| --- | --- | --- |")
    print(f"| first sentence shown | {statistics.median(first_shown):.1f} s | {_p95(first_shown):.1f} s |")
    print(f"| whole answer | {statistics.median(whole):.1f} s | {_p95(whole):.1f} s |")
    if streamed:
        firsts, wholes = [f for f, _ in streamed], [w for _, w in streamed]
        print(f"| first sentence, model-made answers | {statistics.median(firsts):.1f} s | {_p95(firsts):.1f} s |")
        print(f"| whole answer, model-made answers | {statistics.median(wholes):.1f} s | {_p95(wholes):.1f} s |")
        ratio = statistics.median(firsts) / statistics.median(wholes)
        print(f"model-made answers: first sentence at {ratio:.2f}x of the whole answer's time (p50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
