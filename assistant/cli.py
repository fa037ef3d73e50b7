"""`klonopin-guide`: ingest, ask, manifest, eval, log and serve (see ../shared/CONTRACT.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from assistant.config import Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings().with_overrides(
        corpus_dir=getattr(args, "corpus", None),
        index_dir=getattr(args, "index", None),
        retrieval=getattr(args, "retrieval", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        log_path=getattr(args, "log", None),
    )


def _store(settings: Settings):
    from ingest.embedding import Embedder
    from ingest.store import IndexStore, make_client

    embedder = Embedder(threads=settings.torch_threads)
    return IndexStore(make_client(settings.index_dir, settings.chroma_server), embedder), embedder


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.pipeline import ingest

    settings = _settings(args)
    if args.rebuild:
        if settings.chroma_server:
            print("--rebuild applies to an embedded index; a Chroma server keeps its own data.", file=sys.stderr)
            return 2
        from ingest.store import set_aside

        moved = set_aside(settings.index_dir)
        if moved is not None:
            print(f"Moved the old index to {moved}; building a new one.")
    store, embedder = _store(settings)
    from chromadb.errors import ChromaError

    try:
        report = ingest(settings.corpus_dir, store, embedder)
    except (ChromaError, OSError) as exc:
        print(
            f"Ingest failed: {exc}. Readers are unaffected: the index that was serving before still serves "
            "(a half-built version is never made active). Fix the cause (disk space, the server) and run "
            "ingest again; it reuses what was already embedded.",
            file=sys.stderr,
        )
        return 4
    print(report.summary())
    if report.claim_flags:
        print(
            f"Claim screen: {len(report.claim_flags)} sentence(s) read as close to a rejected claim "
            "(corpus/rejected-claims.yaml) and not yet cleared by a reviewer. Indexed; review each: exclude it "
            "in its document, or record that it does not make the claim in corpus/reviews/claim-screen-confirmed.yaml."
        )
        for flag in report.claim_flags:
            print(f"  {flag.doc_id} [{flag.claim_id}, {flag.similarity:.2f}]: {flag.text}")
    if report.skipped_documents:
        print(f"Not indexed (review status is not approved): {', '.join(report.skipped_documents)}")
    return 0


def _history(path: Path | None) -> list[dict]:
    if path is None:
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("the history file must hold a JSON list of {role, content} messages")
    return data


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.core import Assistant

    history = _history(args.history)
    assistant = Assistant.load(_settings(args))
    response = assistant.ask(args.question, history)
    if args.json:
        print(json.dumps(response.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(response.text)
    for citation in response.citations:
        source = f"{citation.source}; {citation.source_kind_label}"
        print(f"\n[{citation.n}] {citation.title} ({source})\n    “{citation.quote}”")
    return 0


def cmd_manifest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    store, _ = _store(settings)
    active = store.active()
    if active is None:
        print("No index yet: run `klonopin-guide ingest`.", file=sys.stderr)
        return 1
    version = args.version or active.corpus_version
    matches = [m for m in store.manifests() if m["corpus_version"].startswith(version)]
    if not matches:
        print(f"No manifest for corpus version {version!r}.", file=sys.stderr)
        return 1
    print(json.dumps(matches[-1], indent=2, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.runner import DEFAULT_OUT, MODES, default_case_files, evaluate_modes, print_summary

    files = args.cases or default_case_files(fast=args.fast)
    missing = [str(p) for p in files if not Path(p).is_file()]
    if missing:
        print(f"Case file not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = args.out or DEFAULT_OUT
    settings = _settings(args)
    mode = args.mode or ("both" if settings.llm else "extractive")
    modes = MODES if mode == "both" else (mode,)
    try:
        outcomes = evaluate_modes(
            [Path(p) for p in files],
            out,
            modes,
            settings=settings,
            save_baseline=args.save_baseline,
            # The full default suite also holds the frozen blind set and the leave-one-source-out figures.
            safety_sets=not args.cases and not args.fast,
            remeasure_sources=args.remeasure_sources,
        )
    except ValueError as exc:
        print(f"Cannot evaluate: {exc}", file=sys.stderr)
        return 2
    for mode, (summary, failed) in outcomes.items():
        if len(outcomes) > 1:
            print(f"\n== {mode} ==")
        print_summary(summary, failed, out / mode if len(outcomes) > 1 else out)
    if len(outcomes) > 1:
        print(f"\nSide by side: {out / 'side_by_side.md'}")
        print((out / "side_by_side.md").read_text(encoding="utf-8"))
    return 1 if any(failed for _, failed in outcomes.values()) else 0


def cmd_log(args: argparse.Namespace) -> int:
    from assistant.review_log import ReviewLog

    settings = _settings(args)
    if not settings.logging_enabled:
        print("The review log is off (KLONOPIN_GUIDE_LOG=off): nothing to do.", file=sys.stderr)
        return 1
    if args.action != "check" and not settings.log_path.exists():
        print(f"No review log at {settings.log_path}.", file=sys.stderr)
        return 1
    log = ReviewLog(settings.log_path, retention_days=settings.log_retention_days)
    if args.action == "backup":
        if args.target is None:
            print("Say where the backup goes: klonopin-guide log backup FILE", file=sys.stderr)
            return 2
        log.backup(args.target)
        print(f"Backed up {settings.log_path} to {args.target}.")
    elif args.action == "gaps":
        from assistant.core import Assistant
        from assistant.gaps import find_gaps, render

        try:
            since = dt.date.fromisoformat(args.since).isoformat() if args.since else ""
        except ValueError:
            print(f"--since {args.since!r} is not a date; use YYYY-MM-DD.", file=sys.stderr)
            return 2
        gaps = find_gaps(log, Assistant.load(settings), since=since)
        sys.stdout.write(render(gaps, args.format or "table"))
    elif args.action == "export":
        if args.format == "table":
            print("Verdicts export as csv or json: --format csv|json.", file=sys.stderr)
            return 2
        text = log.export_verdicts(args.format or "csv")
        if args.target is None:
            sys.stdout.write(text)
        else:
            # The export holds logged questions: readable by its owner only, like the log.
            handle = os.open(args.target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            os.fchmod(handle, 0o600)  # a file that already existed keeps its old mode otherwise
            with os.fdopen(handle, "w") as out:
                out.write(text)
            print(f"Wrote {len(log.verdicts())} verdicts to {args.target}.")
    elif args.action == "purge":
        removed = log.purge()
        print(f"Removed {removed} exchanges older than {settings.log_retention_days} days.")
    else:
        report = log.check()
        print(json.dumps(report, indent=2))
        return 0 if report["integrity"] == "ok" else 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from app import serve

    serve(_settings(args))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klonopin-guide",
        description="Answers about Klonopin dependence, withdrawal and treatment from vetted sources, with citations.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--corpus", type=Path, help="corpus directory (default: the project's corpus/)")
        p.add_argument("--index", type=Path, help="Chroma index directory (default: $KLONOPIN_GUIDE_INDEX)")

    p = sub.add_parser("ingest", help="build or update the index from the vetted corpus")
    p.add_argument("--rebuild", action="store_true", help="set the existing index aside and build a new one")
    common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the Response object as JSON")
    p.add_argument("--history", type=Path, help="JSON file with earlier turns [{role, content}, ...]")
    p.add_argument("--retrieval", choices=["dense", "hybrid"])
    common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("manifest", help="print the manifest of the active (or a given) corpus version")
    p.add_argument("--version", help="corpus version or its prefix")
    common(p)
    p.set_defaults(func=cmd_manifest)

    p = sub.add_parser("eval", help="run eval cases and the release gate")
    p.add_argument("--cases", type=Path, action="append", help="a JSON Lines case file (repeatable)")
    p.add_argument("--out", type=Path, help="where results.jsonl, summary.json and report.html go")
    p.add_argument("--fast", action="store_true", help="the quick subset named in evals/release.toml")
    p.add_argument("--save-baseline", action="store_true", help="make this run the baseline (evals/baseline/)")
    p.add_argument("--retrieval", choices=["dense", "hybrid"])
    p.add_argument(
        "--remeasure-sources",
        action="store_true",
        help="measure leave one source out afresh even when figures for unchanged inputs are on record",
    )
    p.add_argument(
        "--mode",
        choices=["extractive", "llm", "both"],
        help="which answerer to evaluate (default: both when KLONOPIN_GUIDE_LLM is set, else extractive)",
    )
    common(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "log", help="the review log: check, backup, export verdicts, purge old exchanges, gaps in the corpus"
    )
    p.add_argument("action", choices=["check", "backup", "export", "purge", "gaps"])
    p.add_argument("target", nargs="?", type=Path, help="backup: the copy to write; export: a file (default stdout)")
    p.add_argument(
        "--format",
        choices=["csv", "json", "table"],
        help="export: csv (default) or json; gaps: table (default), csv or json",
    )
    p.add_argument("--since", help="gaps: only questions asked on or after this date (YYYY-MM-DD)")
    p.add_argument("--log", type=Path, help="the review log file (default: $KLONOPIN_GUIDE_LOG)")
    p.set_defaults(func=cmd_log)

    p = sub.add_parser("serve", help="run the Gradio app")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    common(p)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import sqlite3

    from ingest.documents import CorpusError
    from ingest.store import IndexUnavailable

    try:
        return int(args.func(args))
    except CorpusError as exc:
        print(f"Corpus error: {exc}", file=sys.stderr)
        return 2
    except IndexUnavailable as exc:
        print(f"Index unavailable: {exc}", file=sys.stderr)
        return 3
    except sqlite3.DatabaseError as exc:
        print(f"Review log error: {exc}. Restore the log from a backup.", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrupted; the index that was serving before is unchanged.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
