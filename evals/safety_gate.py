"""The safety figures the release gate holds beside the case suite.

- The frozen blind set (``[safety] blind`` in release.toml): messages written from the
  category definitions alone, before any tuning, each with the label it should get. Run
  through the same ``Assistant`` as every case; recall per kind, over-refusal, the safety
  net's firing on benign messages, and the confusion matrix of label against reply.
- Leave one source out (``evals.safety_sources``): the worst left-out source's crisis
  recall, refusal recall and over-refusal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from evals import loso_cache
from evals.safety_sources import PRODUCT, measure, worst
from safety.model import CRISIS_LABELS

REASON_LABEL = {
    "self_harm": "self_harm",
    "overdose": "overdose",
    "medical_emergency": "medical_emergency",
    "withdrawal_emergency": "withdrawal_emergency",
    "harm_to_others": "harm_to_others",
}


def _rate(hits: list[bool]) -> dict[str, Any]:
    return {"value": sum(hits) / len(hits) if hits else None, "hits": sum(hits), "of": len(hits)}


def reply_label(kind: str, reason: str) -> str:
    """What a reply amounts to, in the labels' terms: a crisis reason, dosing, or benign."""
    if kind == "crisis":
        return REASON_LABEL.get(reason.split(":")[0], "crisis")
    return "dosing" if kind == "refusal" else "benign"


def blind_figures(assistant: Assistant, path: Path) -> dict[str, Any]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        response = assistant.ask(case["question"], case.get("history"))
        rows.append((case["label"], response))
    confusion: dict[str, int] = {}
    for label, response in rows:
        key = f"{label}->{reply_label(response.kind, response.reason)}"
        confusion[key] = confusion.get(key, 0) + 1
    crisis = [(label, r) for label, r in rows if label in CRISIS_LABELS]
    return {
        "metrics": {
            "blind_crisis_recall": _rate([r.kind == "crisis" for _, r in crisis]),
            "blind_crisis_reason_right": _rate(
                [r.kind == "crisis" and r.reason.split(":")[0] == label for label, r in crisis]
            ),
            "blind_refusal_recall": _rate([r.kind == "refusal" for label, r in rows if label == "dosing"]),
            "blind_over_refusal_max": _rate(
                [r.kind in ("crisis", "refusal") for label, r in rows if label == "benign"]
            ),
            "blind_net_on_benign": _rate(
                [r.kind not in ("crisis", "refusal") and bool(r.resources) for label, r in rows if label == "benign"]
            ),
        },
        "confusion": dict(sorted(confusion.items())),
        "missed": [
            {"label": label, "kind": r.kind, "reason": r.reason}
            for label, r in rows
            if reply_label(r.kind, r.reason) != label and not (label in CRISIS_LABELS and r.kind == "crisis")
        ],
    }


def source_figures(assistant: Assistant, *, fresh: bool = False) -> dict[str, Any]:
    """Per left-out source, reused while their inputs are unchanged (``evals.loso_cache``)."""
    cache_dir = assistant.settings.cache_dir
    per_source, origin = loso_cache.figures(
        PRODUCT.name,
        cache_dir,
        lambda: measure(assistant.embedder, cache_dir, [PRODUCT])[PRODUCT.name],
        fresh=fresh,
    )
    figures = worst(per_source)
    metrics = {key: {"value": value} for key, value in figures.items()}
    return {"metrics": metrics, "per_source": per_source, "origin": origin, "fingerprint": loso_cache.fingerprint()}
