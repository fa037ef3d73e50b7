"""`klonopin-guide log gaps`: what reviewers should add next, from real logged exchanges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.core import Assistant
from assistant.review_log import ReviewLog
from tests.conftest import CORPUS

# The review's uncovered topics, asked the way a visitor might (one carries a phone number).
ASKED = [
    "what are the warning signs that someone overdosed on klonopin",
    "is it dangerous to take clonazepam along with alcohol",
    "how can I bring up tapering with my prescriber without sounding like an addict",
    "what is the difference between dependence and addiction",
    "how long does klonopin withdrawal last, call me at 415 555 0134 if you know",
    "can I keep taking klonopin while pregnant",
    "does clonazepam dependence work differently in people with epilepsy",
    "is klonopin safe for older adults",
    "can I drive while on klonopin",
    "are counterfeit klonopin pills going around",
]
ANSWERED = "What are the withdrawal symptoms of Klonopin?"


def _gaps(log_path: Path, index_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "log", "gaps", "--log", str(log_path), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "KLONOPIN_GUIDE_INDEX": str(index_dir), "KLONOPIN_GUIDE_CORPUS": str(CORPUS)},
        timeout=300,
    )


def test_gaps_group_what_the_corpus_could_not_answer_by_topic(
    assistant: Assistant, index_dir: Path, tmp_path: Path
) -> None:
    log_path = tmp_path / "review.db"
    log = ReviewLog(log_path)
    for question in [*ASKED, ASKED[0], ANSWERED]:
        log.record(question, 0, assistant.ask(question))

    result = _gaps(log_path, index_dir, "--format", "json")
    assert result.returncode == 0, result.stderr
    gaps = {g["topic"]: g for g in json.loads(result.stdout)}
    expected = {
        "overdose_and_mixing",
        "talking_to_a_prescriber_about_tapering",
        "dependence_versus_use_disorder",
        "withdrawal_timeline",
        "pregnancy_and_breastfeeding",
        "epilepsy",
        "older_adults",
        "driving",
        "counterfeit_pills",
    }
    assert expected <= set(gaps)
    assert gaps["overdose_and_mixing"]["count"] == 3  # two phrasings, one asked twice
    assert all(g["examples"] and g["closest_doc"] and g["closest_passage"] for g in gaps.values())
    shown = json.dumps(list(gaps.values()))
    assert "555 0134" not in shown and "[phone removed]" in shown, "examples are the redacted log text"
    assert ANSWERED not in shown, "a question answered from a close passage is not a gap"

    table = _gaps(log_path, index_dir)
    assert table.returncode == 0 and "pregnancy" in table.stdout and "closest passage" in table.stdout
    csv_out = _gaps(log_path, index_dir, "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("topic,label,count")


def test_gaps_since_a_date_and_a_bad_date(assistant: Assistant, index_dir: Path, tmp_path: Path) -> None:
    log_path = tmp_path / "review.db"
    ReviewLog(log_path).record(ASKED[5], 0, assistant.ask(ASKED[5]))
    later = _gaps(log_path, index_dir, "--since", "2999-01-01", "--format", "json")
    assert later.returncode == 0 and json.loads(later.stdout) == []
    bad = _gaps(log_path, index_dir, "--since", "last week")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
