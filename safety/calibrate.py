"""Calibrate the example classifier's thresholds by leave-one-out over its own examples.

    python -m safety.calibrate        # prints the grid's chosen point, rewrites data/calibration.json

Each example is classified by its neighbours with itself left out. The crisis threshold is
the one with the highest crisis recall whose false alarms on benign examples stay within
the budget; likewise for dosing. Rules run before the classifier and are not part of this.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import numpy as np

from ingest.embedding import Embedder
from safety.classifier import CALIBRATION, CRISIS_LABELS, ExampleClassifier, Neighbourhood, Thresholds

FALSE_ALARM_BUDGET = 0.03
TOPS = [round(x, 3) for x in np.arange(0.40, 0.901, 0.025)]
SHARES = (0.4, 0.5, 0.6)
MARGINS = (0.0, 0.02, 0.05)


def _rate(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def _choose(rows: list[tuple[str, Neighbourhood]], positive: tuple[str, ...], kind: str) -> dict:
    best: dict = {}
    for share, top, margin in ((s, t, m) for s in SHARES for t in TOPS for m in MARGINS):

        def fires(n: Neighbourhood, share: float = share, top: float = top, margin: float = margin) -> bool:
            if kind == "crisis":
                return n.crisis_share >= share and n.crisis_top >= top and n.crisis_top >= n.benign_top + margin
            return n.dosing_share >= share and n.dosing_top >= top and n.dosing_top >= n.benign_top + margin

        recall = _rate([fires(n) for label, n in rows if label in positive])
        false_alarms = _rate([fires(n) for label, n in rows if label == "benign"])
        point = {"top": top, "share": share, "margin": margin, "recall": round(recall, 3)}
        point["false_alarms"] = round(false_alarms, 3)
        key = (recall, -false_alarms, margin, top)
        if false_alarms <= FALSE_ALARM_BUDGET and (
            not best or key > (best["recall"], -best["false_alarms"], best["margin"], best["top"])
        ):
            best = point
    return best


def main() -> int:
    classifier = ExampleClassifier(Embedder(threads=1))
    rows = [
        (example.label, classifier.neighbourhood(classifier.matrix[i], exclude=i))
        for i, example in enumerate(classifier.examples)
    ]
    crisis = _choose(rows, CRISIS_LABELS, "crisis")
    dosing = _choose(rows, ("dosing",), "dosing")
    thresholds = Thresholds(
        crisis_top=crisis["top"],
        crisis_share=crisis["share"],
        dosing_top=dosing["top"],
        dosing_share=dosing["share"],
        crisis_margin=crisis["margin"],
        dosing_margin=dosing["margin"],
    )
    counts: dict[str, int] = {}
    for example in classifier.examples:
        counts[example.label] = counts.get(example.label, 0) + 1
    result = {
        "method": "leave-one-out k-NN over safety/data/examples.jsonl; false-alarm budget on benign examples "
        f"{FALSE_ALARM_BUDGET:.0%}",
        "examples": counts,
        "thresholds": asdict(thresholds),
        "crisis": crisis,
        "dosing": dosing,
    }
    CALIBRATION.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
