"""The review log: every exchange, its citations, feedback and reviewer verdicts, in SQLite.

A real file in WAL mode, versioned schema (``PRAGMA user_version``, migrations below),
configurable retention, and redaction of e-mail addresses and phone numbers from everything
a person typed (questions, feedback notes) before it is stored. Logging can be turned off
(``KLONOPIN_GUIDE_LOG=off``), in which case nothing is written at all.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.redaction import MAX_NOTE, redact
from assistant.response import Response

__all__ = ["MAX_NOTE", "ReviewLog", "redact", "session_tag"]

VERDICTS = ("supports", "partly", "does_not_support")
FEEDBACK_CATEGORIES = ("thumbs_up", "thumbs_down", "wrong_citation", "unsupported_claim", "harmful", "other")
# What a person said that puts an exchange first in the reviewers' queue.
FLAGGED = ("thumbs_down", "wrong_citation", "unsupported_claim", "harmful", "other")

MIGRATIONS: tuple[str, ...] = (
    # 1: exchanges and their citations
    """
    CREATE TABLE IF NOT EXISTS exchanges (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        session TEXT NOT NULL,
        question TEXT NOT NULL,
        turns INTEGER NOT NULL,
        kind TEXT NOT NULL,
        reason TEXT NOT NULL,
        answer TEXT NOT NULL,
        corpus_version TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS exchanges_created ON exchanges(created_at);
    CREATE INDEX IF NOT EXISTS exchanges_kind ON exchanges(kind);
    CREATE TABLE IF NOT EXISTS citations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        exchange_id TEXT NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        chunk_id TEXT NOT NULL,
        title TEXT NOT NULL,
        quote TEXT NOT NULL,
        passage TEXT NOT NULL,
        corpus_version TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS citations_exchange ON citations(exchange_id);
    CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc_id);
    """,
    # 2: public feedback and reviewer verdicts
    """
    CREATE TABLE IF NOT EXISTS feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        exchange_id TEXT NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        category TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS feedback_exchange ON feedback(exchange_id);
    CREATE TABLE IF NOT EXISTS verdicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('supports', 'partly', 'does_not_support')),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS verdicts_citation ON verdicts(citation_id);
    """,
)


_SESSION_KEY = secrets.token_bytes(32)  # per process: tags group one tab's exchanges, and lead back to nothing


def session_tag(session: str) -> str:
    """A keyed hash of Gradio's session id. The id itself would let whoever reads the log act
    as that visitor's live session (send reports on their behalf, open their state)."""
    if not session:
        return "anonymous"
    return hmac.new(_SESSION_KEY, session.encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:16]


def _private_file(path: Path) -> None:
    """The file exists and only its owner can read it (0600): it holds what visitors typed."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def spreadsheet_safe(value: object) -> object:
    """A cell that a spreadsheet would run as a formula (= + - @) is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (a ';' inside a string stays)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending.strip()
            pending = ""


def _use_wal(db: sqlite3.Connection, attempts: int = 200) -> None:
    """Switch the file to WAL (a setting stored in the file). The switch needs the file to
    itself and SQLite does not wait for that, so a process starting beside another retries."""
    for attempt in range(attempts):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class ReviewLog:
    """Thread-safe access to the review log file; one connection per call."""

    def __init__(self, path: Path, *, retention_days: int = 180) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _private_file(self.path)  # SQLite gives its -wal and -shm files the same mode
        self.migrate()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        connection.row_factory = sqlite3.Row
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA synchronous=NORMAL")
            yield connection
        finally:
            connection.close()

    def migrate(self) -> int:
        """Bring the file to the newest schema. Several processes may start on one new file at
        once: the version is read inside a write transaction, so each migration runs once."""
        with self._lock, self._connect() as db:
            _use_wal(db)
            db.execute("BEGIN IMMEDIATE")
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    for statement in _statements(script):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return db.execute("PRAGMA user_version").fetchone()[0]

    def record(self, question: str, history_turns: int, response: Response, session: str = "") -> str:
        exchange_id = uuid.uuid4().hex
        question = redact(question)  # outside the lock: no visitor's text is matched while others wait
        with self._lock, self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "INSERT INTO exchanges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    exchange_id,
                    _now(),
                    session_tag(session),
                    question,
                    history_turns,
                    response.kind,
                    response.reason,
                    response.text,  # composed from vetted passages and the hotline file only
                    response.corpus_version,
                ),
            )
            db.executemany(
                "INSERT INTO citations (exchange_id, n, doc_id, chunk_id, title, quote, passage, corpus_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (exchange_id, c.n, c.doc_id, c.chunk_id, c.title, c.quote, c.passage, response.corpus_version)
                    for c in response.citations
                ],
            )
            db.execute("COMMIT")
        return exchange_id

    def add_feedback(self, exchange_id: str, category: str, note: str = "") -> None:
        if category not in FEEDBACK_CATEGORIES:
            raise ValueError(f"feedback category must be one of {', '.join(FEEDBACK_CATEGORIES)}")
        note = redact(note[: MAX_NOTE + 256].strip())  # a little over the limit: redact() cuts it
        with self._lock, self._connect() as db:
            if db.execute("SELECT 1 FROM exchanges WHERE id = ?", (exchange_id,)).fetchone() is None:
                raise ValueError("unknown exchange")
            db.execute(
                "INSERT INTO feedback (exchange_id, created_at, category, note) VALUES (?, ?, ?, ?)",
                (exchange_id, _now(), category, note),
            )

    def add_verdict(self, citation_id: int, verdict: str, reviewer: str, note: str = "") -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        with self._lock, self._connect() as db:
            if db.execute("SELECT 1 FROM citations WHERE id = ?", (citation_id,)).fetchone() is None:
                raise ValueError("unknown citation")
            db.execute(
                "INSERT INTO verdicts (citation_id, created_at, reviewer, verdict, note) VALUES (?, ?, ?, ?, ?)",
                (citation_id, _now(), reviewer, verdict, note[:MAX_NOTE].strip()),
            )

    def exchanges(
        self,
        *,
        kind: str = "",
        feedback: str = "",
        since: str = "",
        until: str = "",
        doc_id: str = "",
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        """Newest first, filtered by kind, feedback category, date range (ISO dates) and cited document."""
        sql = ["SELECT e.*, (SELECT group_concat(category) FROM feedback f WHERE f.exchange_id = e.id) AS feedback"]
        sql.append("FROM exchanges e WHERE 1=1")
        args: list[Any] = []
        if kind:
            sql.append("AND e.kind = ?")
            args.append(kind)
        if feedback:
            sql.append("AND EXISTS (SELECT 1 FROM feedback f WHERE f.exchange_id = e.id AND f.category = ?)")
            args.append(feedback)
        if since:
            sql.append("AND e.created_at >= ?")
            args.append(since)
        if until:
            sql.append("AND e.created_at < ?")
            args.append(until + "T99")
        if doc_id:
            sql.append("AND EXISTS (SELECT 1 FROM citations c WHERE c.exchange_id = e.id AND c.doc_id = ?)")
            args.append(doc_id)
        sql.append("ORDER BY e.created_at DESC, e.rowid DESC LIMIT ?")
        args.append(limit)
        with self._connect() as db:
            return [dict(row) for row in db.execute(" ".join(sql), args)]

    def citations(self, exchange_id: str) -> list[dict[str, Any]]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.*, (SELECT verdict FROM verdicts v WHERE v.citation_id = c.id ORDER BY v.id DESC LIMIT 1)"
                " AS verdict FROM citations c WHERE exchange_id = ? ORDER BY n",
                (exchange_id,),
            )
            return [dict(row) for row in rows]

    def queue(self, *, limit: int = 500) -> list[dict[str, Any]]:
        """Citations no reviewer has judged: those in exchanges people flagged first, then newest."""
        flagged = ", ".join(f"'{c}'" for c in FLAGGED)
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.id AS citation_id, c.exchange_id, c.n, c.doc_id, c.chunk_id, c.title, c.quote, c.passage,"
                " c.corpus_version, e.created_at, e.question, e.answer, e.kind, e.turns,"
                f" EXISTS (SELECT 1 FROM feedback f WHERE f.exchange_id = e.id AND f.category IN ({flagged}))"
                " AS flagged FROM citations c JOIN exchanges e ON e.id = c.exchange_id"
                " WHERE NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.citation_id = c.id)"
                " ORDER BY flagged DESC, e.created_at DESC, e.rowid DESC, c.n LIMIT ?",
                (limit,),
            )
            return [dict(row) for row in rows]

    def progress(self) -> tuple[int, int]:
        """(citations judged, citations logged)."""
        with self._connect() as db:
            judged, total = db.execute(
                "SELECT count(DISTINCT v.citation_id), (SELECT count(*) FROM citations) FROM verdicts v"
            ).fetchone()
            return int(judged or 0), int(total or 0)

    def feedback(self, exchange_id: str) -> list[dict[str, Any]]:
        """What people said about an exchange: each category with the note typed with it (redacted)."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT created_at, category, note FROM feedback WHERE exchange_id = ? ORDER BY id", (exchange_id,)
            )
            return [dict(row) for row in rows]

    def earlier_turns(self, exchange_id: str, *, limit: int = 5) -> list[dict[str, Any]]:
        """The exchanges before this one in the same conversation (the same browser tab), oldest first."""
        with self._connect() as db:
            row = db.execute("SELECT session, created_at, rowid FROM exchanges WHERE id = ?", (exchange_id,)).fetchone()
            if row is None or not row["session"]:
                return []
            rows = db.execute(
                "SELECT id, created_at, question, kind, answer FROM exchanges WHERE session = ? AND rowid < ?"
                " ORDER BY rowid DESC LIMIT ?",
                (row["session"], row["rowid"], limit),
            )
            return [dict(r) for r in rows][::-1]

    def verdicts(self) -> list[dict[str, Any]]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT v.id, v.created_at, v.reviewer, v.verdict, v.note, c.exchange_id, c.n, c.doc_id,"
                " c.chunk_id, c.corpus_version, c.quote, e.question, e.answer FROM verdicts v"
                " JOIN citations c ON c.id = v.citation_id JOIN exchanges e ON e.id = c.exchange_id ORDER BY v.id"
            )
            return [dict(row) for row in rows]

    def export_verdicts(self, fmt: str) -> str:
        rows = self.verdicts()
        if fmt == "json":
            return json.dumps(rows, indent=2, ensure_ascii=False)
        if fmt != "csv":
            raise ValueError("format must be csv or json")
        out = io.StringIO()
        fields = list(rows[0]) if rows else ["id", "created_at", "reviewer", "verdict", "note"]
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
        return out.getvalue()

    def citation_stats(self) -> list[dict[str, Any]]:
        """Per cited passage: how often it was cited and how reviewers judged it."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.doc_id, c.chunk_id, count(DISTINCT c.id) AS cited,"
                " sum(v.verdict = 'supports') AS supports, sum(v.verdict = 'partly') AS partly,"
                " sum(v.verdict = 'does_not_support') AS does_not_support"
                " FROM citations c LEFT JOIN verdicts v ON v.citation_id = c.id GROUP BY c.doc_id, c.chunk_id"
                " ORDER BY cited DESC"
            )
            return [dict(row) for row in rows]

    def purge(self, now: dt.datetime | None = None) -> int:
        """Delete exchanges (and everything hanging off them) older than the retention period."""
        cutoff = ((now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=self.retention_days)).isoformat(
            timespec="seconds"
        )
        with self._lock, self._connect() as db:
            return db.execute("DELETE FROM exchanges WHERE created_at < ?", (cutoff,)).rowcount

    def backup(self, target: Path) -> None:
        """A consistent copy taken through SQLite's online backup, safe while the app writes."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ValueError("the backup must go to another file than the log itself")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        _private_file(partial)
        with self._connect() as db, contextlib.closing(sqlite3.connect(partial)) as copy:
            db.backup(copy)
        partial.replace(target)

    def check(self) -> dict[str, Any]:
        """SQLite's integrity check, the schema version and the row count of each table."""
        with self._connect() as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            counts = {
                table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("exchanges", "citations", "feedback", "verdicts")
            }
            version = db.execute("PRAGMA user_version").fetchone()[0]
        return {"path": str(self.path), "integrity": integrity, "schema_version": version, "rows": counts}
