"""The vetted corpus: curation only removes, flagged claims stay out, bad files stop ingest."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.chunking import chunk_document
from ingest.curation import apply_removals
from ingest.documents import CorpusError, load_corpus, parse_document
from safety.output_check import phone_numbers
from tests.conftest import CORPUS, REHAB_PHONE_DIGITS, SEEDS

DOCUMENTS = load_corpus(CORPUS)


def test_one_document_per_seed() -> None:
    assert len(DOCUMENTS) == 5
    assert len({d.seed for d in DOCUMENTS}) == 5
    assert {d.review.status for d in DOCUMENTS} <= {"approved", "flagged", "rejected"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.id)
def test_body_is_the_seed_minus_recorded_removals(document) -> None:
    seed = (SEEDS / document.seed).read_text(encoding="utf-8")
    assert apply_removals(seed, [p.text for p in document.review.removed]) == document.body


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.id)
def test_no_phone_number_can_be_indexed(document) -> None:
    assert phone_numbers(document.indexable_text) == []
    assert REHAB_PHONE_DIGITS not in re.sub(r"\D", "", document.indexable_text)


def test_immediate_cessation_claim_is_excluded_from_every_chunk() -> None:
    for document in DOCUMENTS:
        for chunk in chunk_document(document):
            assert "immediate cessation" not in chunk.text
            for passage in document.excluded:
                assert passage.text not in chunk.text


def test_every_removal_and_exclusion_has_a_reason() -> None:
    for document in DOCUMENTS:
        for passage in (*document.review.removed, *document.excluded):
            assert passage.reason.strip()


VALID = """---
id: sample-doc
title: Sample
publisher: Someone
source_kind: personal_article
seed: none.txt
review:
  status: approved
  reviewer: Tester
  date: '2026-11-22'
excluded:
- text: A claim to exclude.
  reason: test
---
Klonopin is a benzodiazepine. A claim to exclude.
"""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda t: t.replace("title: Sample\n", ""), "title"),
        (lambda t: t.replace("status: approved", "status: maybe"), "review.status"),
        (lambda t: t.replace("  reviewer: Tester\n", ""), "review.reviewer"),
        (lambda t: t.replace("'2026-11-22'", "'yesterday'"), "review.date"),
        (lambda t: t.replace("id: sample-doc", "id: Bad Id!"), "id"),
        (lambda t: t.replace("- text: A claim to exclude.", "- text: Not in the body."), "excluded[0].text"),
        (lambda t: t.replace("---\nid", "id", 1), "front matter"),
        (lambda t: t.replace("review:\n", "review: 3\nx:\n"), "review"),
        (lambda t: t.replace("source_kind: personal_article", "source_kind: blog"), "source_kind"),
        (lambda t: t.replace("source_kind: personal_article\n", ""), "source_kind"),
    ],
)
def test_invalid_document_names_file_and_field(tmp_path: Path, change, field: str) -> None:
    path = tmp_path / "sample.md"
    path.write_text(change(VALID), encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        parse_document(path)
    assert caught.value.field_name == field
    assert str(path) in str(caught.value)


def test_binary_file_is_rejected_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "binary.md"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(CorpusError, match="file"):
        parse_document(path)


def test_ingest_cli_stops_on_a_bad_file_with_a_clear_message(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.md").write_text(VALID.replace("status: approved", "status: pending"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--corpus", str(corpus), "--index", str(tmp_path / "idx")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "bad.md" in result.stderr and "review.status" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_excluded_claim_repeated_later_is_cut_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "sample.md"
    body = "benzodiazepine. A claim to exclude.\n"
    path.write_text(VALID.replace(body, body + "\nSummary\n\nA claim to exclude.\n"), "utf-8")
    document = parse_document(path)
    assert "A claim to exclude." not in document.indexable_text
    assert all("A claim to exclude." not in c.text for c in chunk_document(document))
