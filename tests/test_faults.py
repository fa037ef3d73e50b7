"""Faults on real files and processes: a corrupt index, a full disk mid-ingest, kill -9 mid-write."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.core import Assistant
from assistant.review_log import ReviewLog
from ingest.embedding import Embedder
from ingest.pipeline import ingest, plan_corpus
from ingest.store import IndexStore, make_client
from tests.cli import run_cli

HELD_BACK = "klonopin-addiction-and-abuse-guide.md"


def test_a_corrupt_index_gets_a_clear_message_and_a_rebuild_path(tmp_path: Path, corpus_copy: Path) -> None:
    index = tmp_path / "index"
    index.mkdir()
    (index / "chroma.sqlite3").write_bytes(os.urandom(64 * 1024))
    env = {"KLONOPIN_GUIDE_INDEX": str(index), "KLONOPIN_GUIDE_CORPUS": str(corpus_copy)}

    broken = run_cli("ask", "What are the withdrawal symptoms of Klonopin?", env=env)
    assert broken.returncode == 3
    assert "cannot be read" in broken.stderr and "ingest --rebuild" in broken.stderr
    assert "Traceback" not in broken.stderr + broken.stdout

    rebuilt = run_cli("ingest", "--rebuild", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "Moved the old index to" in rebuilt.stdout
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("index.broken-")]
    assert len(kept) == 1 and (kept[0] / "chroma.sqlite3").is_file(), "the broken copy is kept, not deleted"

    answered = run_cli("ask", "What are the withdrawal symptoms of Klonopin?", env=env)
    assert answered.returncode == 0 and "[1]" in answered.stdout


def test_disk_full_while_ingesting_keeps_the_previous_index_serving(
    tmp_path: Path, corpus_copy: Path, embedder: Embedder
) -> None:
    index = tmp_path / "index"
    held = (corpus_copy / HELD_BACK).read_text(encoding="utf-8")
    (corpus_copy / HELD_BACK).unlink()
    ingest(corpus_copy, IndexStore(make_client(index), embedder), embedder, show_progress=False)
    old = IndexStore(make_client(index), embedder).active()
    assert old is not None
    (corpus_copy / HELD_BACK).write_text(held, encoding="utf-8")

    # No file in the index may grow more than 64 KB: writes past that fail as on a full disk.
    limit = max(f.stat().st_size for f in index.rglob("*") if f.is_file()) + 64 * 1024

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {"KLONOPIN_GUIDE_INDEX": str(index), "KLONOPIN_GUIDE_CORPUS": str(corpus_copy)}
    failed = run_cli("ingest", env=env, preexec_fn=full_disk)
    assert failed.returncode == 4, failed.stderr
    assert "Ingest failed" in failed.stderr and "still serves" in failed.stderr
    assert "Traceback" not in failed.stderr

    store = IndexStore(make_client(index), embedder)
    assert store.active() == old
    settings = Settings(index_dir=index, corpus_dir=corpus_copy)
    response = Assistant(store, embedder, settings).ask("What are Klonopin withdrawal symptoms?")
    assert response.kind == "answer" and response.corpus_version == old.corpus_version

    done = run_cli("ingest", env=env)
    assert done.returncode == 0, done.stderr
    assert IndexStore(make_client(index), embedder).active().corpus_version == plan_corpus(corpus_copy).corpus_version


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.response import Citation, Response
    from assistant.review_log import ReviewLog

    log = ReviewLog(Path(sys.argv[1]))
    passage = "Withdrawal symptoms include insomnia. Seek medical supervision."
    cites = [Citation(n, "doc-a", f"doc-a-{n}", "T", "P", "Withdrawal symptoms include insomnia.", passage)
             for n in (1, 2, 3)]
    response = Response("answer", "Withdrawal symptoms include insomnia. [1][2][3]", cites, [], "answered", "v1")
    i = 0
    while True:
        exchange = log.record(f"question {i}", 0, response)
        log.add_feedback(exchange, "thumbs_up")
        i += 1
        print(i, flush=True)
    """
)


def test_review_log_survives_kill_9_mid_write(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent
    )
    assert writer.stdout is not None
    committed = 0
    deadline = time.monotonic() + 120
    while committed < 200 and time.monotonic() < deadline:
        committed = int(writer.stdout.readline() or 0) or committed
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert committed >= 200, "the writer never got going"

    log = ReviewLog(path)  # reopens (and recovers the WAL) without help
    report = log.check()
    assert report["integrity"] == "ok"
    rows = report["rows"]
    assert rows["exchanges"] >= committed, "every write reported as committed is there"
    assert rows["citations"] == 3 * rows["exchanges"], "no exchange is left with half its citations"
    assert rows["feedback"] in (rows["exchanges"], rows["exchanges"] - 1)


def test_log_command_checks_backs_up_exports_and_purges(tmp_path: Path) -> None:
    from tests.test_review_log import _answer

    path = tmp_path / "review.db"
    log = ReviewLog(path)
    exchange = log.record("What is a taper?", 0, _answer())
    citation_id = log.citations(exchange)[0]["id"]
    log.add_verdict(citation_id, "supports", "ann")
    env = {"KLONOPIN_GUIDE_LOG": str(path)}

    checked = run_cli("log", "check", env=env)
    assert checked.returncode == 0 and '"integrity": "ok"' in checked.stdout

    copy = tmp_path / "backups" / "review-copy.db"
    backed = run_cli("log", "backup", str(copy), env=env)
    assert backed.returncode == 0, backed.stderr
    assert ReviewLog(copy).check()["rows"]["verdicts"] == 1

    exported = run_cli("log", "export", "--format", "json", env=env)
    assert exported.returncode == 0 and '"verdict": "supports"' in exported.stdout
    readable = tmp_path / "verdicts.csv"
    readable.write_text("an old export, readable by anyone\n")
    readable.chmod(0o644)
    written = run_cli("log", "export", str(readable), env=env)
    assert written.returncode == 0, written.stderr
    assert readable.stat().st_mode & 0o777 == 0o600, "an export over an existing file is made private too"
    assert "supports" in readable.read_text()

    purged = run_cli("log", "purge", env=env)
    assert purged.returncode == 0 and "Removed 0 exchanges" in purged.stdout


def test_a_corrupt_review_log_is_reported_plainly(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    path.write_bytes(b"not a database" * 1000)
    result = run_cli("log", "check", env={"KLONOPIN_GUIDE_LOG": str(path)})
    assert result.returncode == 2
    assert "Review log error" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("action", ["backup", "export", "purge"])
def test_log_command_without_a_log_changes_nothing(tmp_path: Path, action: str) -> None:
    path = tmp_path / "missing.db"
    result = run_cli("log", action, env={"KLONOPIN_GUIDE_LOG": str(path)})
    assert result.returncode == 1 and "No review log" in result.stderr
    assert not path.exists()
