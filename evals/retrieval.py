"""Dense vs hybrid retrieval on the labelled calibration questions, and the no_answer threshold.

    python -m evals.retrieval            # prints the tables and rewrites evals/retrieval_report.md

Numbers are measured on the real corpus with the real model and Chroma.
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.core import Assistant
from assistant.follow_up import search_text
from assistant.gloss import for_search
from assistant.retrieval import Retriever
from evals.cases import CALIBRATION, Case, load_cases

KS = (1, 3, 5)
DEPTH = 10
REPORT = Path(__file__).parent / "retrieval_report.md"


def retrieval_metrics(assistant: Assistant, cases: list[Case], mode: str) -> dict[str, float]:
    active = assistant.store.active()
    assert active is not None
    retriever = Retriever.open(assistant.store, active, mode)
    ranks: list[int | None] = []
    for case in cases:
        query = for_search(case.question, search_text(case.question, case.history))
        hits = retriever.search(assistant.embedder.encode_one(query), query, k=DEPTH)
        rank = next((i + 1 for i, hit in enumerate(hits) if case.cites_expected(hit.text)), None)
        ranks.append(rank)
    metrics = {f"hit@{k}": sum(r is not None and r <= k for r in ranks) / len(ranks) for k in KS}
    metrics[f"mrr@{DEPTH}"] = sum(1.0 / r for r in ranks if r) / len(ranks)
    return metrics


def answer_metrics(assistant: Assistant, cases: list[Case]) -> dict[str, float]:
    answerable = [c for c in cases if c.expect == "answer"]
    uncovered = [c for c in cases if c.expect == "no_answer"]
    cited = answered = 0
    for case in answerable:
        response = assistant.ask(case.question, case.history)
        if response.kind == "answer":
            answered += 1
            cited += any(case.cites_expected(c.quote) or case.cites_expected(c.passage) for c in response.citations)
    refused = sum(assistant.ask(c.question, c.history).kind == "no_answer" for c in uncovered)
    return {
        "answered": answered / len(answerable),
        "cited_expected": cited / len(answerable),
        "no_answer_recall": refused / len(uncovered) if uncovered else 0.0,
    }


def similarity_profile(assistant: Assistant, cases: list[Case]) -> dict[str, list[float]]:
    """Best cosine similarity among the passages considered, per case, for choosing the no_answer threshold."""
    profile: dict[str, list[float]] = {"answer": [], "no_answer": []}
    for case in cases:
        query = search_text(case.question, case.history)
        hits = assistant.retriever.search(assistant.embedder.encode_one(query), query, k=4)
        profile.setdefault(case.expect, []).append(max((h.similarity for h in hits), default=0.0))
    return profile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CALIBRATION)
    parser.add_argument("--write", action="store_true", help="rewrite evals/retrieval_report.md")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    answerable = [c for c in cases if c.expect == "answer"]
    assistant = Assistant.load(Settings())
    results = {}
    for mode in ("dense", "hybrid"):
        results[mode] = retrieval_metrics(assistant, answerable, mode)
        moded = Assistant(assistant.store, assistant.embedder, replace(assistant.settings, retrieval=mode))
        results[mode].update(answer_metrics(moded, cases))
    profile = similarity_profile(assistant, cases)
    lines = [
        "| mode | " + " | ".join(results["dense"]) + " |",
        "| --- | " + " | ".join("---" for _ in results["dense"]) + " |",
    ]
    for mode, metrics in results.items():
        lines.append(f"| {mode} | " + " | ".join(f"{v:.3f}" for v in metrics.values()) + " |")
    table = "\n".join(lines)
    sims = {
        kind: {
            "min": min(v),
            "p10": statistics.quantiles(v, n=10)[0] if len(v) > 1 else v[0],
            "median": statistics.median(v),
            "max": max(v),
        }
        for kind, v in profile.items()
        if v
    }
    print(table)
    print(json.dumps(sims, indent=2))
    print(f"{len(answerable)} answerable and {len(cases) - len(answerable)} uncovered cases from {args.cases}")
    if args.write:
        (Path(__file__).parent / "retrieval_results.json").write_text(
            json.dumps({"cases": str(args.cases.name), "results": results, "top_similarity": sims}, indent=2) + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
