"""A reviewer adds an approved document, end to end, and later removes it: front matter,
ingest, the new corpus version in the manifest, the document cited in an answer with its
kind of source, the reviewer's corpus view, and its removal. Real CLI, real index, temp dirs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run_cli

_FRONT_MATTER = """---
id: storing-medicines-at-home
title: Storing Prescription Sedatives Safely at Home
publisher: Test Health Agency (fixture written for this test)
source_kind: government_agency
seed: none (test fixture)
review:
  status: approved
  reviewer: Test Reviewer
  date: '2026-12-03'
  notes: A fixture for the add-a-document test.
excluded:
- text: Any cupboard is fine for storage.
  reason: 'contradicts the next sentence: a locked place is advised'
---
{body}"""
_BODY = (
    "Storing Prescription Sedatives at Home\n\n"
    "Keep prescription sedatives such as clonazepam in a locked box or cabinet, out of sight and out of reach of "
    "children, teenagers and visitors. Any cupboard is fine for storage. Count the tablets when a prescription is "
    "filled and check the count from time to time, so that missing tablets are noticed early.\n\n"
    "Unused tablets should be taken to a pharmacy drug take-back program rather than kept for later or thrown in "
    "the household trash.\n"
)
NEW_DOCUMENT = _FRONT_MATTER.format(body=_BODY)
QUESTION = "How should I store clonazepam at home so my teenagers can't get to it?"


def _version(env: dict[str, str]) -> dict:
    shown = run_cli("manifest", env=env)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_a_reviewer_adds_a_document_it_is_cited_and_later_removed(corpus_copy: Path, tmp_path: Path) -> None:
    env = {"KLONOPIN_GUIDE_CORPUS": str(corpus_copy), "KLONOPIN_GUIDE_INDEX": str(tmp_path / "index")}
    assert run_cli("ingest", env=env).returncode == 0
    before = _version(env)

    path = corpus_copy / "storing-medicines-at-home.md"
    path.write_text(NEW_DOCUMENT, encoding="utf-8")
    added = run_cli("ingest", env=env)
    assert added.returncode == 0, added.stderr
    manifest = _version(env)
    assert manifest["corpus_version"] != before["corpus_version"]
    [entry] = [d for d in manifest["documents"] if d["id"] == "storing-medicines-at-home"]
    assert entry["source_kind"] == "government_agency" and entry["excluded_passages"] == 1

    answered = run_cli("ask", "--json", QUESTION, env=env)
    response = json.loads(answered.stdout)
    assert response["kind"] == "answer", response
    cited = [c for c in response["citations"] if c["doc_id"] == "storing-medicines-at-home"]
    assert cited and cited[0]["source_kind"] == "government_agency"
    assert "locked box or cabinet" in " ".join(c["quote"] for c in cited)
    assert "Any cupboard is fine" not in json.dumps(response), "an excluded sentence is never cited"
    plain = run_cli("ask", QUESTION, env=env)
    assert "a government agency" in plain.stdout, "the kind of source is shown beside the citation"

    from app import document_context
    from ingest.documents import load_corpus

    documents = {d.id: d for d in load_corpus(corpus_copy)}
    view = document_context(
        documents,
        {
            "doc_id": cited[0]["doc_id"],
            "passage": cited[0]["passage"],
            "quote": cited[0]["quote"],
            "corpus_version": manifest["corpus_version"],
        },
        manifest["corpus_version"],
    )
    assert "Storing Prescription Sedatives Safely at Home" in view and "a government agency" in view

    path.write_text(NEW_DOCUMENT.replace("status: approved", "status: rejected"), encoding="utf-8")
    assert run_cli("ingest", env=env).returncode == 0
    [rejected] = [d for d in _version(env)["documents"] if d["id"] == "storing-medicines-at-home"]
    assert rejected["status"] == "rejected" and rejected["chunk_ids"] == [], "listed, not indexed"
    again = json.loads(run_cli("ask", "--json", QUESTION, env=env).stdout)
    assert all(c["doc_id"] != "storing-medicines-at-home" for c in again["citations"])

    path.unlink()
    assert run_cli("ingest", env=env).returncode == 0
    assert _version(env)["corpus_version"] == before["corpus_version"], "removing it restores the earlier corpus"
