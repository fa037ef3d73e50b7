"""`klonopin-guide eval`: run cases through the same Assistant the app uses; write results,
a summary and an HTML report; exit 1 naming every release threshold that fails."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT, Settings
from assistant.core import Assistant
from evals.cases import Case, load_cases
from evals.metrics import CaseResult, check_case, summarize
from evals.report import render
from evals.retrieval import retrieval_metrics

EVALS = Path(__file__).parent
RELEASE = EVALS / "release.toml"
BASELINE = EVALS / "baseline"
DEFAULT_OUT = PROJECT_ROOT / "artifacts" / "eval"


def release_config(path: Path = RELEASE) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def default_case_files(fast: bool = False) -> list[Path]:
    suite = release_config()["suite"]
    return [EVALS / name for name in suite["fast" if fast else "cases"]]


def failed_thresholds(summary: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    failed = []
    for key, threshold in thresholds.items():
        value = summary["metrics"].get(key, {}).get("value")
        if value is None:
            continue
        if key.endswith("_max") and value > threshold:
            failed.append(f"{key} = {value:.3f} is above the maximum {threshold:.3f}")
        elif not key.endswith("_max") and value < threshold:
            failed.append(f"{key} = {value:.3f} is below {threshold:.3f}")
    return failed


def run_cases(assistant: Assistant, cases: list[Case], progress: bool | None = None) -> list[CaseResult]:
    from tqdm import tqdm

    results = []
    disable = True if progress is False else (False if progress else None)
    for case in tqdm(cases, desc="Evaluating", unit="case", file=sys.stderr, disable=disable):
        started = time.perf_counter()
        response = assistant.ask(case.question, case.history)
        results.append(CaseResult(case, response, (time.perf_counter() - started) * 1000))
    chunk_ids = sorted({c.chunk_id for r in results for c in r.response.citations})
    active = assistant.store.active()
    assert active is not None
    got = assistant.store.collection(active.chunks).get(ids=chunk_ids, include=["documents"]) if chunk_ids else None
    stored = dict(zip(got["ids"], got["documents"], strict=True)) if got else {}
    for result in results:
        check_case(result, stored, assistant.embedder.encode)
    return results


def _baseline(path: Path) -> tuple[dict[str, Any] | None, dict[str, bool]]:
    summary_path, outcomes_path = path / "summary.json", path / "outcomes.json"
    if not summary_path.exists():
        return None, {}
    outcomes = json.loads(outcomes_path.read_text()) if outcomes_path.exists() else {}
    return json.loads(summary_path.read_text()), outcomes


def evaluate(
    case_files: list[Path],
    out: Path,
    *,
    settings: Settings | None = None,
    baseline_dir: Path = BASELINE,
    history_dir: Path | None = None,
    save_baseline: bool = False,
    progress: bool | None = None,
    assistant: Assistant | None = None,
    safety_sets: bool = False,
    remeasure_sources: bool = False,
) -> tuple[dict[str, Any], list[str]]:
    """Run the cases and write the outputs; ``assistant`` lets a caller reuse a loaded one.
    ``safety_sets`` adds the frozen blind set and the leave-one-source-out figures (those
    reused while their inputs are unchanged, unless ``remeasure_sources``)."""
    config = release_config()
    cases = [case for path in case_files for case in load_cases(path)]
    assistant = assistant or Assistant.load(settings or Settings())
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    results = run_cases(assistant, cases, progress)
    summary = summarize(results)
    summary["mode"] = "llm" if assistant.generator is not None else "extractive"
    if assistant.generator is not None:
        summary["model"] = assistant.settings.llm

    with_phrases = [c for c in cases if c.expect == "answer" and c.must_cite_any]
    compare = {}
    for mode in ("dense", "hybrid"):
        compare[mode] = retrieval_metrics(assistant, with_phrases, mode) if with_phrases else {}
    mode = assistant.settings.retrieval
    if compare.get(mode):
        summary["metrics"]["hit_at_5"] = {"value": compare[mode]["hit@5"]}
        summary["metrics"]["mrr"] = {"value": compare[mode]["mrr@10"]}
    if safety_sets and "safety" in config:
        from evals.safety_gate import blind_figures, source_figures

        blind = blind_figures(assistant, EVALS / config["safety"]["blind"])
        sources = source_figures(assistant, fresh=remeasure_sources)
        summary["metrics"].update(blind["metrics"])
        summary["metrics"].update(sources["metrics"])
        summary["safety"] = {
            "blind_confusion": blind["confusion"],
            "blind_missed": blind["missed"],
            "per_source": sources["per_source"],
            "per_source_origin": sources["origin"],
            "per_source_fingerprint": sources["fingerprint"],
        }
    summary.update(
        started=started,
        corpus_version=assistant.corpus_version,
        retrieval=mode,
        case_files=[str(p.name) for p in case_files],
        thresholds=config["thresholds"],
        retrieval_compare=compare,
    )
    failed = failed_thresholds(summary, config["thresholds"])
    summary["failed_thresholds"] = failed

    baseline, outcomes = _baseline(baseline_dir)
    current = {r.case.id: r.passed for r in results}
    changes = {
        "worse": sorted(i for i, ok in current.items() if not ok and outcomes.get(i) is True),
        "better": sorted(i for i, ok in current.items() if ok and outcomes.get(i) is False),
    }
    summary["changes_since_baseline"] = changes

    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(result.record(), ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    history_dir = history_dir or out.parent / "eval-history"
    history_dir.mkdir(parents=True, exist_ok=True)
    (history_dir / f"{started.replace(':', '')}.json").write_text(json.dumps(summary) + "\n", encoding="utf-8")
    history = [json.loads(p.read_text()) for p in sorted(history_dir.glob("*.json"))][-20:]
    (out / "report.html").write_text(render(summary, results, failed, baseline, changes, history), encoding="utf-8")
    if save_baseline:
        baseline_dir.mkdir(parents=True, exist_ok=True)
        (baseline_dir / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        (baseline_dir / "outcomes.json").write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    return summary, failed


def print_summary(summary: dict[str, Any], failed: list[str], out: Path) -> None:
    print(f"{summary['passed']}/{summary['cases']} cases as expected · report: {out / 'report.html'}")
    for key, metric in summary["metrics"].items():
        value = metric.get("value")
        count = f" ({metric['hits']}/{metric['of']})" if "of" in metric else ""
        shown = "   –" if value is None else f"{value:.3f}"
        print(f"  {key:22s} {shown}{count}")
    for kind, lat in summary["latency_ms"].items():
        print(f"  latency {kind:12s} p50 {lat['p50']:.1f} ms  p95 {lat['p95']:.1f} ms")
    origin = summary.get("safety", {}).get("per_source_origin")
    if origin:
        said = {
            "measured": "measured in this run",
            "cached": "reused from this machine's cache (inputs unchanged)",
            "committed": "reused from evals/safety_sources.json (inputs unchanged)",
        }
        fingerprint = summary["safety"]["per_source_fingerprint"][:12]
        print(f"  leave one source out: {said[origin]}, fingerprint {fingerprint}")
    if failed:
        print("Release gate FAILED:")
        for line in failed:
            print(f"  - {line}")
    else:
        print("Release gate passed.")


MODES = ("extractive", "llm")


def evaluate_modes(
    case_files: list[Path],
    out: Path,
    modes: tuple[str, ...],
    *,
    settings: Settings,
    save_baseline: bool = False,
    progress: bool | None = None,
    assistant: Assistant | None = None,
    safety_sets: bool = False,
    remeasure_sources: bool = False,
) -> dict[str, tuple[dict[str, Any], list[str]]]:
    """The suite once per answer mode, over one loaded index: ``extractive`` (the default answerer)
    and ``llm`` (the configured model, verified). With both, each goes to its own folder under
    ``out`` and ``side_by_side.md`` sets their metrics next to each other."""
    if "llm" in modes and not settings.llm and (assistant is None or assistant.generator is None):
        raise ValueError("the llm mode needs a model: set KLONOPIN_GUIDE_LLM (see README)")
    assistant = assistant or Assistant.load(settings)
    generator = assistant.generator
    outcomes: dict[str, tuple[dict[str, Any], list[str]]] = {}
    try:
        for mode in modes:
            assistant.generator = generator if mode == "llm" else None
            where = out / mode if len(modes) > 1 else out
            outcomes[mode] = evaluate(
                case_files,
                where,
                settings=settings,
                # The baseline is the extractive answerer's; a model's run is compared side by side instead.
                baseline_dir=BASELINE if mode == "extractive" else where / "no-baseline",
                history_dir=out.parent / f"eval-history-{mode}" if mode != "extractive" else None,
                save_baseline=save_baseline and mode == "extractive",
                progress=progress,
                assistant=assistant,
                # Safety decisions come before any answerer: measured once, with the first mode.
                safety_sets=safety_sets and mode == modes[0],
                remeasure_sources=remeasure_sources,
            )
    finally:
        assistant.generator = generator
    if len(modes) > 1:
        (out / "side_by_side.md").write_text(side_by_side({m: s for m, (s, _) in outcomes.items()}), encoding="utf-8")
    return outcomes


def side_by_side(summaries: dict[str, dict[str, Any]]) -> str:
    """A Markdown table of the same metrics for each mode, with the release thresholds."""
    modes = list(summaries)
    first = summaries[modes[0]]
    lines = [
        "| metric | " + " | ".join(modes) + " | threshold |",
        "| --- | " + " | ".join("---" for _ in modes) + " | --- |",
    ]
    for key in first["metrics"]:
        cells = []
        for mode in modes:
            metric = summaries[mode]["metrics"].get(key, {})
            value = metric.get("value")
            count = f" ({metric['hits']}/{metric['of']})" if "of" in metric else ""
            cells.append("–" if value is None else f"{value:.3f}{count}")
        threshold = first["thresholds"].get(key)
        lines.append(f"| {key} | " + " | ".join(cells) + f" | {'' if threshold is None else threshold} |")
    for kind in first["latency_ms"]:
        cells = [
            "{p50:.0f} / {p95:.0f} ms".format(**summaries[m]["latency_ms"][kind])
            if kind in summaries[m]["latency_ms"]
            else "–"
            for m in modes
        ]
        lines.append(f"| latency p50 / p95, {kind} | " + " | ".join(cells) + " | |")
    outcomes = sorted({o for s in summaries.values() for o in s.get("answer_outcomes", {})})
    for outcome in outcomes:
        cells = [str(summaries[m].get("answer_outcomes", {}).get(outcome, 0)) for m in modes]
        lines.append(f"| answers: {outcome} | " + " | ".join(cells) + " | |")
    verdict = [("passed" if not summaries[m]["failed_thresholds"] else "FAILED") for m in modes]
    lines.append("| release gate | " + " | ".join(verdict) + " | |")
    return "\n".join(lines) + "\n"


def with_settings(settings: Settings, retrieval: str | None) -> Settings:
    return replace(settings, retrieval=retrieval) if retrieval else settings
