"""The rejected-claim screen: no indexed sentence says a rejected claim again unless a reviewer
read it and cleared it, and a new document that repeats one is reported at ingest. Real model,
real CLI and index in temp dirs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ingest.claim_screen import CONFIRMED, REJECTED_CLAIMS, load_claims, load_confirmations, screen_corpus
from ingest.documents import load_corpus
from ingest.embedding import Embedder
from ingest.pipeline import plan_corpus
from tests.cli import run_cli

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_every_rejected_example_is_excluded_from_the_index() -> None:
    indexed = _flat(" ".join(row.text for row in plan_corpus(CORPUS).chunks))
    excluded = [_flat(p.text) for d in load_corpus(CORPUS) for p in d.excluded]
    claims = load_claims(CORPUS)
    assert len(claims) >= 20
    for claim in claims:
        assert claim.examples or claim.paraphrases, claim.id
        for example in claim.examples:
            assert any(_flat(example) in text for text in excluded), f"{claim.id}: not excluded: {example[:80]}"
            assert _flat(example) not in indexed, f"{claim.id}: still indexed: {example[:80]}"


def test_no_indexed_sentence_repeats_a_rejected_claim_unless_a_reviewer_cleared_it(embedder: Embedder) -> None:
    flags = screen_corpus(CORPUS, plan_corpus(CORPUS).units, embedder)
    assert not flags, "\n".join(f"{f.doc_id} [{f.claim_id} {f.similarity}]: {f.text}" for f in flags)


def test_confirmations_name_a_reviewer_and_known_claims() -> None:
    known = {c.id for c in load_claims(CORPUS)}
    confirmations = load_confirmations(CORPUS)
    assert confirmations
    for confirmation in confirmations:
        assert confirmation.claims <= known, confirmation.text[:60]


def test_a_new_document_repeating_a_claim_in_other_words_is_reported_until_a_reviewer_acts(
    corpus_copy: Path, tmp_path: Path
) -> None:
    env = {"KLONOPIN_GUIDE_CORPUS": str(corpus_copy), "KLONOPIN_GUIDE_INDEX": str(tmp_path / "index")}
    first = run_cli("ingest", env=env)
    assert first.returncode == 0, first.stderr
    assert "Claim screen" not in first.stdout, "the shipped corpus has no uncleared flags"

    repeated = "Anyone who feels sick after skipping clonazepam has turned into an addict and must go to rehab."
    cared = "Keep clonazepam in a locked cabinet out of reach of children and teenagers."
    document = corpus_copy / "new-family-guide.md"
    document.write_text(
        "---\nid: new-family-guide\ntitle: A Family Guide\npublisher: Test publisher (fixture)\n"
        "source_kind: nonprofit\nseed: none (test fixture)\nreview:\n  status: approved\n"
        "  reviewer: Test Reviewer\n  date: '2026-12-04'\n  notes: fixture\nexcluded: []\n---\n"
        f"Living With Clonazepam\n\n{repeated} {cared}\n",
        encoding="utf-8",
    )
    added = run_cli("ingest", env=env)
    assert added.returncode == 0, added.stderr
    assert "Claim screen" in added.stdout and repeated in added.stdout
    reported = [line for line in added.stdout.splitlines() if repeated in line]
    assert any("addiction" in line for line in reported), "the report names the claim"
    rows = _reviewer_view(corpus_copy, tmp_path / "index")
    flagged = [r for r in rows if r[0].startswith("unconfirmed") and r[2] == repeated]
    assert flagged and flagged[0][1] == "new-family-guide" and "addiction" in flagged[0][3], rows
    assert any(r[0].startswith("kept with a doubt") and r[4] for r in rows), "doubts kept for the clinical reviewer"

    # The reviewer reads the flags: clears the sentence that makes no claim, then excludes the one that does.
    confirmed_path = corpus_copy / CONFIRMED
    confirmed = yaml.safe_load(confirmed_path.read_text(encoding="utf-8")) if confirmed_path.exists() else []
    cleared = [line.split("[", 1)[1].split(",", 1)[0] for line in added.stdout.splitlines() if cared in line]
    confirmed.append(
        {"text": cared, "does_not_make": cleared or ["dependence-means-addiction"], "reviewer": "Test Reviewer",
         "date": "2026-12-04"}
    )  # fmt: skip
    confirmed_path.parent.mkdir(exist_ok=True)
    confirmed_path.write_text(yaml.safe_dump(confirmed, allow_unicode=True, sort_keys=False), encoding="utf-8")
    confirmed_only = run_cli("ingest", env=env)
    assert confirmed_only.returncode == 0, confirmed_only.stderr
    assert "up to date" not in confirmed_only.stdout, "a new confirmation is screened again"
    assert repeated in confirmed_only.stdout and cared not in confirmed_only.stdout

    text = document.read_text(encoding="utf-8").replace(
        "excluded: []", f"excluded:\n- text: {repeated}\n  reason: dependence is not addiction (test)"
    )
    document.write_text(text, encoding="utf-8")
    again = run_cli("ingest", env=env)
    assert again.returncode == 0, again.stderr
    assert "Claim screen" not in again.stdout, again.stdout
    assert not [r for r in _reviewer_view(corpus_copy, tmp_path / "index") if r[0].startswith("unconfirmed")]


def _reviewer_view(corpus: Path, index: Path) -> list[list[str]]:
    """The reviewer app's claim-screen table, for the index being served."""
    from app import claim_screen_rows
    from assistant.config import Settings
    from assistant.core import Assistant

    settings = Settings(corpus_dir=corpus, index_dir=index)
    return claim_screen_rows(settings, Assistant.load(settings, build_index=False))


def test_a_confirmation_without_a_reviewer_stops_ingest_with_a_clear_message(corpus_copy: Path, tmp_path: Path) -> None:
    path = corpus_copy / CONFIRMED
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        yaml.safe_dump([{"text": "A sentence.", "does_not_make": ["x"], "reviewer": "pending", "date": "2026-12-04"}]),
        encoding="utf-8",
    )
    env = {"KLONOPIN_GUIDE_CORPUS": str(corpus_copy), "KLONOPIN_GUIDE_INDEX": str(tmp_path / "index")}
    shown = run_cli("ingest", env=env)
    assert shown.returncode != 0
    assert "claim-screen-confirmed.yaml" in shown.stderr and "reviewer" in shown.stderr
    assert "Traceback" not in shown.stderr
    listed = run_cli("manifest", env=env)
    assert listed.returncode != 0 and "No index yet" in listed.stderr, "nothing was indexed"


def test_the_rejected_claims_file_is_validated(tmp_path: Path) -> None:
    (tmp_path / REJECTED_CLAIMS).write_text(yaml.safe_dump([{"id": "x", "claim": "", "why": "w", "reference": "r"}]))
    from ingest.documents import CorpusError

    with pytest.raises(CorpusError, match="claim"):
        load_claims(tmp_path)
