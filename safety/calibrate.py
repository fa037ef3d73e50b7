"""Choose the gate's probability bars on messages the classifier did not learn from.

    python -m safety.calibrate      # rewrites data/calibration.json and prints it

Every labelled message is read by a gate whose classifier was trained without the
message's whole source (leave one source out), so the bars are set on out-of-source
probabilities, as a new writer's messages would get. The bars maximize crisis recall
(weighted twice) plus refusal recall while general questions refused or sent to crisis
stay within the budget.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ingest.embedding import DIMENSIONS, Embedder
from safety.gate import CALIBRATION, Reading, SafetyGate, Thresholds
from safety.model import CRISIS_LABELS, Labelled, MessageClassifier, cached_vectors, load_labelled
from safety.model import Settings as ClassifierSettings

OVER_REFUSAL_BUDGET = 0.05  # the over-refusal limit of issue 13
# Each source's over-refusal is read as if it had this many more benign messages at the pooled rate
# (half the smallest budgeted source): with about 100 benign messages a source moves a point per
# message, and one message more in one source (writer_f, 6 of 115, in round 12) moved every bar and
# cost 28 crises out of source while the pooled over-refusal moved by one message.
PRIOR_BENIGN = 15
BARS = np.round(np.concatenate([np.arange(0.20, 0.90, 0.025), np.arange(0.90, 0.996, 0.01)]), 3)
PLAIN_BARS = np.array([0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1.01])  # 1.01: never on the classifier alone
LENIENCY = 0.15  # after a crisis earlier in the conversation the bar is this much lower...
# ...but not below this, unless the statement bar itself is: on the 359 multi-turn items of the dev
# blind sets, every lenient bar from 0.15 to 0.6 caught the same 201 of 203 crises, while the
# benign and dosing turns sent to crisis rose from 3 (0.5) to 4 (0.3) and 10 (0.15).
LENIENT_FLOOR = 0.5


def lenient_bar(statement_bar: float) -> float:
    return round(min(float(statement_bar), max(float(statement_bar) - LENIENCY, LENIENT_FLOOR)), 3)


class VectorCache:
    """An embedder that answers from vectors computed in one batch (readings of many messages)."""

    def __init__(self, embedder: Embedder, texts: Sequence[str], cache_dir: Path | None) -> None:
        self.embedder = embedder
        unique = sorted(set(texts))
        self.vectors = dict(zip(unique, cached_vectors(embedder, unique, cache_dir, "safety-readings"), strict=True))

    def encode_one(self, text: str) -> np.ndarray:
        found = self.vectors.get(text)
        return found if found is not None else self.embedder.encode_one(text)

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.vstack([self.encode_one(t) for t in texts])


Train = Callable[[list[Labelled]], MessageClassifier]


def out_of_source_readings(
    examples: list[Labelled], train: Train, vectors: VectorCache, sources: Sequence[str] | None = None
) -> list[Reading]:
    """Each message read by a gate trained without its source (in the order of ``examples``)."""
    readings: list[Reading | None] = [None] * len(examples)
    for source in sources or sorted({e.source for e in examples}):
        gate = SafetyGate(vectors, train([e for e in examples if e.source != source]), thresholds=Thresholds())  # type: ignore[arg-type]
        for i, example in enumerate(examples):
            if example.source == source:
                readings[i] = gate.read(example.text)
    return [r for r in readings if r is not None]


@dataclass(frozen=True)
class Choice:
    thresholds: Thresholds
    crisis_recall: float
    refusal_recall: float
    over_refusal: float
    net_on_benign: float


def choose(
    readings: Sequence[Reading],
    labels: Sequence[str],
    sources: Sequence[str] | None = None,
    budget: float = OVER_REFUSAL_BUDGET,
) -> Choice:
    """The bars with the best crisis and refusal recall inside the over-refusal budget.

    Vectorized form of ``safety.gate.decide`` for messages without history."""
    labels_ = np.array(labels)
    crisis_true = np.isin(labels_, CRISIS_LABELS)
    dosing_true, benign = labels_ == "dosing", labels_ == "benign"
    # The budget holds for every source with enough benign messages, not only on the pool:
    # a writer whose general questions are refused is failed whatever the average says.
    groups = np.array(sources) if sources is not None else np.zeros(len(labels_), dtype=int)
    budgeted = [benign & (groups == g) for g in np.unique(groups) if (benign & (groups == g)).sum() >= 30]
    budgeted = budgeted or [benign]
    rule = np.array([bool(r.rule_situation) for r in readings])
    sensitive = np.array([r.sensitive for r in readings])
    question = np.array([r.question for r in readings])
    p_crisis = np.array([r.crisis_probability for r in readings])
    dose_rule = np.array([bool(r.dosing_rule) for r in readings])
    dose_talk = np.array([r.dose_talk for r in readings])
    p_dosing = np.array([r.dosing_probability for r in readings])
    touches = np.array([r.touches for r in readings])
    means = np.array([r.means for r in readings])
    played = np.array([r.game and r.model_situation == "harm_others" for r in readings])
    past = np.array([r.past for r in readings])

    def crisis_at(statement_bar: float, question_bar: float, plain_bar: float) -> np.ndarray:
        bar = np.where(question, question_bar, statement_bar)
        bar = np.where(touches & ~past, bar, np.maximum(bar, plain_bar))
        bar = np.where(means, np.minimum(bar, lenient_bar(statement_bar)), bar)
        return rule | (~sensitive & ~played & (p_crisis >= bar))

    best: tuple | None = None
    for statement_bar in BARS:
        for question_bar in BARS[statement_bar <= BARS]:
            for plain_bar in PLAIN_BARS[statement_bar <= PLAIN_BARS]:
                by_model = crisis_at(statement_bar, question_bar, plain_bar)
                beside_danger = touches & (p_crisis >= lenient_bar(statement_bar))
                for dosing_bar in BARS:
                    refusing = dose_rule | (dose_talk & (p_dosing >= dosing_bar))
                    # decide(): an amount named beside a danger goes to crisis, not to the refusal.
                    crisis = by_model | (refusing & beside_danger & (p_crisis > p_dosing))
                    crisis_recall = crisis[crisis_true].mean() if crisis_true.any() else 1.0
                    refused = ~crisis & refusing
                    flagged = crisis | refused
                    pooled = flagged[benign].mean() if benign.any() else 0.0
                    over = max(
                        (float(flagged[group].sum()) + PRIOR_BENIGN * pooled) / (float(group.sum()) + PRIOR_BENIGN)
                        for group in budgeted
                    )
                    if over > budget:
                        continue
                    refusal_recall = refused[dosing_true].mean() if dosing_true.any() else 1.0
                    key = (2 * crisis_recall + refusal_recall, -over, statement_bar, dosing_bar)
                    if best is None or key > best[0]:
                        best = (key, statement_bar, question_bar, plain_bar, dosing_bar)
                        best += (crisis_recall, refusal_recall, over)
    if best is None:
        # The rules alone already pass the budget on some source: the bars are chosen inside
        # the tightest budget that can be met, never the strictest bars (no classifier at all).
        return choose(readings, labels, sources, round(budget + 0.005, 4))
    _, statement_bar, question_bar, plain_bar, dosing_bar, crisis_recall, refusal_recall, over = best
    net_bar = round(float(statement_bar) / 2, 3)
    refusing = dose_rule | (dose_talk & (p_dosing >= dosing_bar))
    over_dosing = refusing & touches & (p_crisis >= lenient_bar(statement_bar)) & (p_crisis > p_dosing)
    crisis = crisis_at(statement_bar, question_bar, plain_bar) | over_dosing
    net = sensitive | touches | (p_crisis >= net_bar)
    thresholds = Thresholds(
        crisis=float(statement_bar),
        crisis_question=float(question_bar),
        crisis_lenient=lenient_bar(statement_bar),
        crisis_plain=float(plain_bar),
        dosing=float(dosing_bar),
        net=net_bar,
    )
    net_on_benign = float((net & ~crisis)[benign].mean()) if benign.any() else 0.0
    return Choice(thresholds, float(crisis_recall), float(refusal_recall), float(over), net_on_benign)


def main() -> int:
    from assistant.config import Settings

    cache_dir = Settings().cache_dir
    examples = load_labelled()
    embedder = Embedder(threads=1)
    vectors = VectorCache(embedder, [e.text for e in examples], cache_dir)

    def train(subset: list[Labelled]) -> MessageClassifier:
        return MessageClassifier(
            [e.text for e in subset],
            [e.label for e in subset],
            np.vstack([vectors.encode_one(e.text) for e in subset]),
            ClassifierSettings(),
        )

    readings = out_of_source_readings(examples, train, vectors)
    choice = choose(readings, [e.label for e in examples], [e.source for e in examples])
    counts: dict[str, dict[str, int]] = {}
    for example in examples:
        counts.setdefault(example.source, {}).setdefault(example.label, 0)
        counts[example.source][example.label] += 1
    result = {
        "method": "out-of-source probabilities (each source read by a classifier trained without it); "
        f"over-refusal budget {OVER_REFUSAL_BUDGET:.0%} of each source's benign messages, each read with "
        f"{PRIOR_BENIGN} more at the pooled rate (raised by half a point only when the rules alone pass it); "
        "see safety/calibrate.py",
        "examples": counts,
        "thresholds": asdict(choice.thresholds),
        "out_of_source": {
            "crisis_recall": round(choice.crisis_recall, 4),
            "refusal_recall": round(choice.refusal_recall, 4),
            "over_refusal": round(choice.over_refusal, 4),
            "net_on_benign": round(choice.net_on_benign, 4),
        },
    }
    CALIBRATION.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
