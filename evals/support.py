"""Calibrates the verifier's support bar on labelled paraphrases: `make support`.

`evals/calibration/support.jsonl` pairs a sentence from the corpus, word for word, with claims
a model might write about it: a faithful paraphrase (label ``supports``) and a distortion
(``does_not_support``: reversed, negated, overstated, contradicting, or adding a detail the
sentence lacks). Each claim is judged the way a generated sentence citing that passage is
(``assistant.verify.check_sentence``). The table shows, for a grid of bars, how many
paraphrases pass (recall) and how many distortions slip through; the shipped bar should let
none slip through and keep as many paraphrases as it can.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from assistant.core import Assistant
from assistant.retrieval import Hit
from assistant.verify import SupportBar, check_sentence
from ingest.documents import load_corpus

LABELLED = Path(__file__).parent / "calibration" / "support.jsonl"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"  # the corpus the claims were written against
SIMILARITIES = (0.50, 0.55, 0.60, 0.62, 0.65, 0.70, 0.75, 0.80)
SHARED_WORDS = (0.3, 0.4, 0.5, 0.6)


@dataclass(frozen=True)
class Judged:
    id: str
    kind: str
    supports: bool  # the label
    accepted: bool  # what the verifier said


def load_labelled(path: Path = LABELLED) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(assistant: Assistant, items: list[dict[str, str]], bar: SupportBar) -> list[Judged]:
    """Each claim, cited as [1], against the one passage that holds its source sentence (claims
    about a sentence a review has since excluded are left out)."""
    retriever = assistant.retriever
    assert retriever is not None
    stored = retriever.chunks.get(include=["documents", "metadatas"])
    excluded = [p for d in load_corpus(CORPUS) for p in d.excluded]
    judged = []
    for item in items:
        found = [
            (cid, text, meta)
            for cid, text, meta in zip(stored["ids"], stored["documents"], stored["metadatas"], strict=True)
            if item["source"] in text
        ]
        if not found:
            if any(item["source"] in passage.text for passage in excluded):
                continue  # a review has since excluded the sentence: nothing indexed to check it against
            raise ValueError(f"{item['id']}: its source sentence is not in any indexed passage")
        chunk_id, text, metadata = found[0]
        hit = Hit(chunk_id, text, metadata, 1.0)
        units = retriever.units_of([chunk_id])
        checked = check_sentence(
            f"{item['claim']} [1]", [hit], units, assistant.embedder.encode_one, bar, assistant.unfamiliar_terms
        )
        assert checked is not None
        judged.append(Judged(item["id"], item["kind"], item["label"] == "supports", not checked.problem))
    return judged


def tally(judged: list[Judged]) -> tuple[float, int, int]:
    """Paraphrase recall, and distortions accepted out of all distortions."""
    paraphrases = [j for j in judged if j.supports]
    distortions = [j for j in judged if not j.supports]
    recall = sum(j.accepted for j in paraphrases) / len(paraphrases) if paraphrases else 0.0
    return recall, sum(j.accepted for j in distortions), len(distortions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    args = parser.parse_args(argv)
    items = load_labelled(args.labelled)
    assistant = Assistant.load()
    shipped = SupportBar()
    print(f"{len(items)} labelled claims from {args.labelled}")
    print("| similarity | shared words | paraphrases kept | distortions let through |")
    print("| --- | --- | --- | --- |")
    for similarity in SIMILARITIES:
        for shared in SHARED_WORDS:
            recall, slipped, distortions = tally(judge(assistant, items, SupportBar(similarity, shared)))
            mark = " (shipped)" if (similarity, shared) == (shipped.similarity, shipped.shared_words) else ""
            print(f"| {similarity:.2f}{mark} | {shared:.1f} | {recall:.2f} | {slipped}/{distortions} |")
    print("\nWith the shipped bar, the claims judged wrongly:")
    for j in judge(assistant, items, shipped):
        if j.accepted != j.supports:
            print(f"  {j.id}: {'accepted' if j.accepted else 'rejected'} ({j.kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
