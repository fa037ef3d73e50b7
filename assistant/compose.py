"""The extractive answerer: a short answer made only of exact sentences from retrieved passages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from assistant.response import Citation
from assistant.retrieval import Hit, Unit
from ingest.sentences import is_list_item


@dataclass(frozen=True)
class Thresholds:
    """Calibrated on evals/calibration/questions.jsonl (see evals/retrieval_report.md)."""

    min_passage: float = 0.40
    min_sentence: float = 0.40
    margin: float = 0.12
    duplicate: float = 0.85
    max_sentences: int = 4
    min_sentences: int = 2
    passages_considered: int = 20
    sentence_weight: float = 0.75
    # When the question's distinctive words are in the passages but MiniLM places it poorly
    # ("what is a taper?"), sentences containing those words may pass at these lower bars.
    lexical_min_passage: float = 0.15
    lexical_min_sentence: float = 0.20
    # With the answer encoder's scores (assistant/answer_encoder.py), its own bar.
    min_relevance: float = 0.40
    # For a question the coverage gate doubts (assistant/coverage.py); chosen on the gate's dev
    # cases (evals/relevance/README.md).
    doubtful_min_relevance: float = 0.45


@dataclass(frozen=True)
class Composition:
    body: str
    citations: list[Citation]
    best_passage: float
    best_sentence: float
    quotes: list[str]
    chosen: tuple[tuple[Hit, Unit], ...] = ()


_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>#|])")


def _escape(text: str) -> str:
    return _MARKDOWN_ACTIVE.sub(r"\\\1", text)


def render_unit(text: str) -> str:
    """Markdown for one unit: prose as is, a list as a bulleted list under its lead-in."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = []
    for line in lines:
        if is_list_item(line):
            out.append("- " + _escape(line.lstrip("–•*·- ").strip()))
        else:
            out.append(_escape(line))
    return "\n".join(out)


# An opening that points back to the sentence before it ("It generally lasts 28 to 90 days",
# where "it" is treatment, not withdrawal). Such a sentence is quoted with what it points to.
_DANGLING = re.compile(
    r"^(this|these|those|that|they|it|he|she|for these|for this|for others|others|here|such|however|also|"
    r"additionally|furthermore|moreover|in addition|as a result|because of this|instead|otherwise|thus|therefore)\b",
    re.IGNORECASE,
)
MAX_ANTECEDENTS = 2
MIN_UNIT_CHARS = 45
DANGLING_PENALTY = 0.06


def citation_for(hit: Hit, unit: Unit, n: int) -> Citation:
    """Citation ``n``: the unit's exact text as the quote, inside its whole passage."""
    return Citation(
        n=n,
        doc_id=str(hit.metadata["doc_id"]),
        chunk_id=hit.chunk_id,
        title=str(hit.metadata["title"]),
        source=str(hit.metadata.get("url") or hit.metadata["publisher"]),
        quote=hit.text[unit.start : unit.end],
        passage=hit.text,
        section=str(hit.metadata.get("section", "")),
        source_kind=str(hit.metadata.get("source_kind") or "unknown"),
    )


def _fit(vector: np.ndarray, unit: Unit, relevance: Mapping[str, float] | None) -> float:
    """How well a unit fits the question: the answer encoder's score where there is one."""
    if relevance is not None and unit.id in relevance:
        return relevance[unit.id]
    return float(np.dot(vector, unit.vector))


def _score_units(
    vector: np.ndarray, hits: list[Hit], units: list[Unit], t: Thresholds, relevance: Mapping[str, float] | None
) -> list[tuple[float, Unit]]:
    passage_score = {hit.chunk_id: hit.similarity for hit in hits}
    scored = []
    for unit in units:
        sentence = _fit(vector, unit, relevance)
        # The passage's fit breaks ties between similar sentences in favour of on-topic passages.
        score = t.sentence_weight * sentence + (1 - t.sentence_weight) * passage_score.get(unit.chunk_id, 0.0)
        # A sentence that leans on the one before it ("For these people, ...") reads badly alone.
        if _DANGLING.match(unit.text):
            score -= DANGLING_PENALTY
        scored.append((score, unit))
    return sorted(scored, key=lambda pair: -pair[0])


def _select(
    scored: list[tuple[float, Unit]], vector: np.ndarray, t: Thresholds, relevance: Mapping[str, float] | None
) -> list[Unit]:
    if not scored:
        return []
    best = scored[0][0]
    bar = t.min_relevance if relevance is not None else t.min_sentence
    chosen: list[Unit] = []
    for score, unit in scored:
        if len(chosen) >= t.max_sentences:
            break
        if _fit(vector, unit, relevance) < bar or len(unit.text) < MIN_UNIT_CHARS:
            continue
        if score < best - t.margin and len(chosen) >= t.min_sentences:
            break
        if any(float(np.dot(unit.vector, other.vector)) >= t.duplicate for other in chosen):
            continue
        chosen.append(unit)
    return chosen


def with_antecedents(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """Each chosen unit that points back comes with the units before it in its passage, up to
    one that stands on its own; a unit that points back to nothing quotable is left out."""
    by_position = {(u.chunk_id, u.position): u for u in units}
    out: list[Unit] = []
    for unit in chosen:
        chain = [unit]
        while _DANGLING.match(chain[0].text) and len(chain) <= MAX_ANTECEDENTS:
            before = by_position.get((chain[0].chunk_id, chain[0].position - 1))
            if before is None:
                break
            chain.insert(0, before)
        if _DANGLING.match(chain[0].text):
            continue
        taken = {u.id for u in out}
        out.extend(u for u in chain if u.id not in taken)
    return out


def compose(
    vector: np.ndarray,
    hits: list[Hit],
    units: list[Unit],
    t: Thresholds,
    require_terms: tuple[str, ...] = (),
    lead: tuple[tuple[Hit, Unit], ...] = (),
    relevance: Mapping[str, float] | None = None,
    lead_alone: bool = False,
) -> Composition | None:
    """None when the passages do not answer the question well enough to quote.

    ``require_terms`` keeps only sentences that contain one of these word stems. ``lead``:
    units that open the answer whatever else is chosen (what matters most for a question about
    stopping or cutting down), when the question itself finds something to quote. ``relevance``:
    unit id → the answer encoder's score for the question, used in place of ``vector``'s.
    ``lead_alone``: the lead is an answer by itself when nothing else fits.
    """
    considered = hits[: t.passages_considered]
    # With hybrid ordering the first passage may be a lexical match; judge the best fit.
    best_passage = max((hit.similarity for hit in considered), default=0.0)
    if best_passage < t.min_passage:
        return None
    by_chunk = {hit.chunk_id: hit for hit in considered}
    candidates = [u for u in units if u.chunk_id in by_chunk]
    if require_terms:
        candidates = [u for u in candidates if any(term in u.text.lower() for term in require_terms)]
    scored = _score_units(vector, considered, candidates, t, relevance)
    chosen = with_antecedents(_select(scored, vector, t, relevance), [u for u in units if u.chunk_id in by_chunk])
    if not chosen and not (lead and lead_alone):
        return None
    best_sentence = max((_fit(vector, u, relevance) for u in chosen), default=0.0)

    rank = {hit.chunk_id: i for i, hit in enumerate(considered)}
    chosen.sort(key=lambda u: (rank[u.chunk_id], u.position))
    if lead:
        leading = [unit for _, unit in lead]
        by_chunk = {**by_chunk, **{hit.chunk_id: hit for hit, _ in lead}}
        taken = {u.id for u in leading}
        chosen = leading + [u for u in chosen if u.id not in taken][: max(1, t.max_sentences - len(leading))]

    citations: list[Citation] = []
    starts: list[int] = []
    markers: list[int] = []
    previous: Unit | None = None
    for unit in chosen:
        hit = by_chunk[unit.chunk_id]
        adjacent = (
            previous is not None and previous.chunk_id == unit.chunk_id and previous.position + 1 == unit.position
        )
        if adjacent and citations:
            last = citations[-1]
            citations[-1] = Citation(**{**last.__dict__, "quote": hit.text[starts[-1] : unit.end]})
        else:
            citations.append(citation_for(hit, unit, len(citations) + 1))
            starts.append(unit.start)
        markers.append(citations[-1].n)
        previous = unit

    parts: list[str] = []
    for unit, n in zip(chosen, markers, strict=True):
        rendered = render_unit(unit.text)
        if "\n" in rendered:
            head, _, rest = rendered.partition("\n")
            parts.append(f"\n\n{head} [{n}]\n{rest}\n\n")
        else:
            parts.append(f"{rendered} [{n}] ")
    body = re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip()
    body = re.sub(r" +\n", "\n", body)
    return Composition(
        body=body,
        citations=citations,
        best_passage=best_passage,
        best_sentence=best_sentence,
        quotes=[unit.text for unit in chosen],
        chosen=tuple((by_chunk[unit.chunk_id], unit) for unit in chosen),
    )
