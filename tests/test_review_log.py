"""The review log on a real SQLite file: migrations, redaction, verdicts, export, retention, concurrency."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from assistant.response import Citation, Response
from assistant.review_log import MIGRATIONS, ReviewLog


def _answer(doc: str = "doc-a", chunk: str = "doc-a-1") -> Response:
    passage = "Withdrawal symptoms include insomnia. Seek medical supervision."
    citation = Citation(1, doc, chunk, "Title", "Publisher", "Withdrawal symptoms include insomnia.", passage)
    return Response("answer", "Withdrawal symptoms include insomnia. [1]", [citation], [], "answered", "v1")


def test_schema_is_migrated_once_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = ReviewLog(path)
    assert log.migrate() == len(MIGRATIONS)
    assert ReviewLog(path).migrate() == len(MIGRATIONS)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_personal_details_are_redacted_before_storage(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    exchange = log.record("I'm jane.doe@example.com, call me at (555) 123-4567. Withdrawal?", 0, _answer())
    log.add_feedback(exchange, "other", "text me on +1 555 987 6543")
    [row] = log.exchanges()
    assert "example.com" not in row["question"] and "123-4567" not in row["question"]
    assert "[email removed]" in row["question"] and "[phone removed]" in row["question"]
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("log.db*"))
    assert b"987 6543" not in raw and b"jane.doe" not in raw


def test_verdicts_are_stored_and_exported(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    exchange = log.record("withdrawal symptoms?", 0, _answer())
    [citation] = log.citations(exchange)
    log.add_verdict(citation["id"], "partly", "ann", "quote is narrower than the claim")
    assert log.citations(exchange)[0]["verdict"] == "partly"
    rows = list(csv.DictReader(io.StringIO(log.export_verdicts("csv"))))
    assert rows[0]["verdict"] == "partly" and rows[0]["reviewer"] == "ann" and rows[0]["chunk_id"] == "doc-a-1"
    assert json.loads(log.export_verdicts("json"))[0]["corpus_version"] == "v1"
    assert log.citation_stats()[0]["partly"] == 1
    with pytest.raises(ValueError):
        log.add_verdict(citation["id"], "maybe", "ann")
    with pytest.raises(ValueError):
        log.add_feedback(exchange, "spam")


def test_filters_by_kind_feedback_date_and_document(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    first = log.record("q1", 0, _answer("doc-a", "doc-a-1"))
    log.record("q2", 0, _answer("doc-b", "doc-b-1"))
    log.record("q3", 0, Response("crisis", "Call 911", reason="self_harm:rule=x", corpus_version="v1"))
    log.add_feedback(first, "thumbs_down")
    assert [r["question"] for r in log.exchanges(kind="crisis")] == ["q3"]
    assert [r["question"] for r in log.exchanges(feedback="thumbs_down")] == ["q1"]
    assert [r["question"] for r in log.exchanges(doc_id="doc-b")] == ["q2"]
    today = dt.date.today().isoformat()
    assert len(log.exchanges(since=today, until=today)) == 3
    assert log.exchanges(until="2000-01-01") == []


def test_retention_purges_old_exchanges_with_their_citations(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db", retention_days=30)
    log.record("old", 0, _answer())
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert log.purge(now=later) == 1
    assert log.exchanges() == [] and log.citation_stats() == []


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    other = ReviewLog(tmp_path / "log.db")  # a second handle, as a second worker would have

    def write(handle: ReviewLog, n: int) -> None:
        for i in range(n):
            handle.add_feedback(handle.record(f"q{i}", 0, _answer()), "thumbs_up")

    threads = [threading.Thread(target=write, args=(h, 25)) for h in (log, other, log, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(log.exchanges(limit=1000)) == 100
    assert len(log.exchanges(feedback="thumbs_up", limit=1000)) == 100


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    log.record("q", 0, _answer())
    log.backup(tmp_path / "copy.db")
    assert len(ReviewLog(tmp_path / "copy.db").exchanges()) == 1


def test_redaction_covers_other_layouts_and_keeps_years() -> None:
    from assistant.review_log import redact

    assert redact("call me at 548-4032") == "call me at [phone removed]"
    assert redact("+33 6 12 34 56 78") == "[phone removed]"
    assert redact("between 2019 2020 2021") == "between 2019 2020 2021"


@pytest.mark.parametrize(
    "typed",
    [
        "write to jane dot doe at example dot com",
        "jane.doe＠example.org",
        "jane.doe%40example.org",
        "jane [at] example [dot] org",
        "Jane.Doe (at) Example (dot) co (dot) uk",
        "call 415-555-0199x123 after six",
        "call 415-555-0199 ext. 12",
        "my cell is 415-555-O199",
        "(020) 7946 0958",
        "my DOB is 04/12/1985",
        "born 1985-04-12",
        "born on April 12, 1985",
        "nací el 12 de abril de 1985",
    ],
)
def test_redaction_matches_how_people_write_details(typed: str) -> None:
    from assistant.review_log import redact

    kept = redact(typed)
    assert "removed]" in kept, kept
    assert not any(part in kept for part in ("jane", "Jane", "0199", "0958", "1985", "O199")), kept


@pytest.mark.parametrize(
    "typed",
    [
        "I was at work. In the evening I took 0.5 mg",
        "I take it at night, about 1-2 mg",
        "from 2019-2021 I took 1mg twice a day",
        "is 0.5 mg 3 times a day a lot",
        "I weigh 150 lbs and have taken it since 2020",
        "between 2019 2020 2021",
    ],
)
def test_redaction_leaves_ordinary_questions_alone(typed: str) -> None:
    from assistant.review_log import redact

    assert redact(typed) == typed


def test_the_log_and_its_backups_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    log.record("q", 0, _answer())
    log.backup(tmp_path / "copy.db")
    for name in ("log.db", "log.db-wal", "copy.db"):
        path = tmp_path / name
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, f"{name} is {oct(path.stat().st_mode & 0o777)}"


def test_exported_csv_never_runs_as_a_formula(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    exchange = log.record('=HYPERLINK("http://x","click")', 0, _answer())
    log.add_verdict(log.citations(exchange)[0]["id"], "supports", "ann")
    row = next(csv.DictReader(io.StringIO(log.export_verdicts("csv"))))
    assert row["question"].startswith("'=")


def test_two_processes_starting_together_both_migrate(tmp_path: Path) -> None:
    # The race (two starts switching a new file to WAL, or both migrating it) is lost about
    # one time in twelve; forty new files make a regression show up.
    errors: list[Exception] = []
    for round_ in range(40):
        path = tmp_path / f"log{round_}.db"

        def start(path: Path = path) -> None:
            try:
                ReviewLog(path)
            except Exception as exc:
                errors.append(exc)

        threads = [threading.Thread(target=start) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert ReviewLog(path).migrate() == len(MIGRATIONS)
    assert errors == []


def test_the_queue_puts_flagged_answers_first_and_shrinks_as_verdicts_are_given(tmp_path: Path) -> None:
    log = ReviewLog(tmp_path / "log.db")
    first = log.record("first question", 0, _answer(), session="tab-1")
    liked = log.record("second question", 1, _answer(), session="tab-1")
    reported = log.record("third question", 2, _answer(), session="tab-1")
    other_tab = log.record("someone else", 0, _answer(), session="tab-2")
    log.add_feedback(liked, "thumbs_up")
    log.add_feedback(first, "unsupported_claim", "mail me at a@b.org about it")
    queue = log.queue()
    assert [item["exchange_id"] for item in queue] == [first, other_tab, reported, liked]
    assert log.progress() == (0, 4)
    assert log.feedback(first)[0]["note"] == "mail me at [email removed] about it"
    assert [t["id"] for t in log.earlier_turns(reported)] == [first, liked]
    assert log.earlier_turns(other_tab) == [] and log.earlier_turns(first) == []
    log.add_verdict(queue[0]["citation_id"], "partly", "ann")
    assert log.progress() == (1, 4) and log.queue()[0]["exchange_id"] == other_tab
