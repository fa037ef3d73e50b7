"""`make bench`: speed and memory figures, each against a baseline measured in the same run.

Prints a table and writes artifacts/bench/bench.json. Nothing here asserts a time; the
figures are for people to read (and the targets of issue 6 are printed beside them).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.core import Assistant
from evals.cases import load_cases
from ingest.embedding import Embedder
from ingest.pipeline import ingest, plan_corpus
from ingest.store import IndexStore, make_client

OUT = PROJECT_ROOT / "artifacts" / "bench"
QUESTIONS = PROJECT_ROOT / "evals" / "gate" / "factual.jsonl"
ROUNDS = 2


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return seconds * 1000.0


def bench_ask(assistant: Assistant, questions: list[str]) -> dict[str, Any]:
    """The full ask path (safety, retrieval, answer) against embed + one Chroma query."""
    for q in questions[:5]:
        assistant.ask(q)
    full, bare, embed = [], [], []
    collection = assistant.retriever.chunks
    for q in questions:
        # The ask path remembers recent embeddings; measure it on text it has not seen.
        fresh = f"{q} "
        t = time.perf_counter()
        assistant.ask(fresh)
        full.append(ms(time.perf_counter() - t))
        t = time.perf_counter()
        vector = assistant.embedder.encode([q + "  "])[0]
        embed.append(ms(time.perf_counter() - t))
        collection.query(query_embeddings=[vector.tolist()], n_results=5)
        bare.append(ms(time.perf_counter() - t))
    return {
        "questions": len(questions),
        "ask_p50_ms": statistics.median(full),
        "ask_p95_ms": percentile(full, 0.95),
        "bare_p50_ms": statistics.median(bare),
        "bare_p95_ms": percentile(bare, 0.95),
        "embed_p95_ms": percentile(embed, 0.95),
        "ratio_p50": statistics.median(full) / statistics.median(bare),
    }


SAFETY_CASES = PROJECT_ROOT / "evals" / "safety" / "cases.jsonl"


def bench_safety(assistant: Assistant) -> dict[str, Any]:
    """Crisis and dosing replies end to end (the safety path) against embedding the message alone."""
    messages = [c.question for c in load_cases(SAFETY_CASES) if c.expect in ("crisis", "refusal") and not c.history]
    for m in messages[:5]:
        assistant.ask(m)
    full, gate, embed = [], [], []
    for m in messages:
        t = time.perf_counter()
        assistant.ask(f"{m} ")  # unseen text: the ask path remembers recent embeddings
        full.append(ms(time.perf_counter() - t))
        t = time.perf_counter()
        assistant.safety.check(f"{m}  ")
        gate.append(ms(time.perf_counter() - t))
        t = time.perf_counter()
        assistant.embedder.encode([f"{m}   "])
        embed.append(ms(time.perf_counter() - t))
    return {
        "messages": len(messages),
        "ask_p50_ms": statistics.median(full),
        "ask_p95_ms": percentile(full, 0.95),
        "gate_p50_ms": statistics.median(gate),
        "gate_p95_ms": percentile(gate, 0.95),
        "embed_p50_ms": statistics.median(embed),
        "embed_p95_ms": percentile(embed, 0.95),
        "ratio_p50": statistics.median(full) / statistics.median(embed),
    }


def bench_ingest(embedder: Embedder, corpus: Path) -> dict[str, Any]:
    """A full ingest into a new index against raw encode of the same texts; then a no-op re-ingest."""
    plan = plan_corpus(corpus)
    texts = [row.embedding_text for row in (*plan.chunks, *plan.units)]
    embedder.encode(texts[:8])  # the model is loaded before either is timed
    raws, fulls = [], []
    # Interleaved rounds, best of each: one round alone swings by 10% on a shared 2-core machine.
    for _ in range(ROUNDS):
        t = time.perf_counter()
        embedder.encode(texts, batch_size=64)
        raws.append(time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp:
            store = IndexStore(make_client(Path(tmp)), embedder)
            t = time.perf_counter()
            ingest(corpus, store, embedder, show_progress=False)
            fulls.append(time.perf_counter() - t)
            t = time.perf_counter()
            again = ingest(corpus, store, embedder, show_progress=False)
            noop = time.perf_counter() - t
    raw, full = min(raws), min(fulls)
    assert again.up_to_date
    return {
        "texts": len(texts),
        "raw_texts_per_s": len(texts) / raw,
        "ingest_texts_per_s": len(texts) / full,
        "ratio": raw / full,
        "reingest_unchanged_s": noop,
    }


def bench_cold_start(settings: Settings) -> dict[str, Any]:
    env = {**os.environ, "KLONOPIN_GUIDE_INDEX": str(settings.index_dir), "KLONOPIN_GUIDE_LOG": "off"}
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "What is Klonopin?"], env=env, check=True, capture_output=True
    )
    cli = time.perf_counter() - t
    port = _free_port()
    env["KLONOPIN_GUIDE_PORT"] = str(port)
    t = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        import httpx

        app = None
        while time.perf_counter() - t < 180:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                    app = time.perf_counter() - t
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        from gradio_client import Client

        Client(f"http://127.0.0.1:{port}/", verbose=False).predict("What is Klonopin?", api_name="/ask")
        peak_kb = _peak_rss_kb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"cli_first_answer_s": cli, "app_serving_s": app, "app_peak_rss_mb": peak_kb / 1024}


def _peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _busy(stop: Any) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10000))


def bench_threads(questions: list[str]) -> dict[str, Any]:
    """Query embedding latency for 1 and 2 torch threads, with the other core idle and busy."""
    import torch

    from ingest.embedding import model_path

    results: dict[str, Any] = {}
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_path(), device="cpu")
    for load in ("idle", "busy"):
        stop = multiprocessing.Event()
        worker = multiprocessing.Process(target=_busy, args=(stop,)) if load == "busy" else None
        if worker:
            worker.start()
        for threads in (1, 2):
            torch.set_num_threads(threads)
            model.encode(questions[:3])
            times = []
            for q in questions[:40]:
                t = time.perf_counter()
                model.encode([q])
                times.append(ms(time.perf_counter() - t))
            results[f"{load}_{threads}_threads_p50_ms"] = statistics.median(times)
        if worker:
            stop.set()
            worker.join()
    torch.set_num_threads(1)
    return results


def bench_scale(
    embedder: Embedder, questions: list[str], sizes: list[int], passages: list[str]
) -> list[dict[str, Any]]:
    """Synthetic indexes grown from the real passages: dense and hybrid search p95, index size.

    Each synthetic passage is a real passage's text with a vector near a real one, so both the
    dense and the lexical half of retrieval do real work; nothing generated here is kept.
    """
    from assistant.retrieval import Retriever

    rng = np.random.default_rng(7)
    real = embedder.encode(passages)
    queries = embedder.encode(questions[:50])
    texts = questions[:50]
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            client = make_client(Path(tmp))
            collection = client.create_collection(
                "scale", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
            )
            batch = min(5000, client.get_max_batch_size())
            t = time.perf_counter()
            for start in range(0, size, batch):
                n = min(batch, size - start)
                drawn = rng.integers(0, len(passages), n)
                vectors = real[drawn] + 0.05 * rng.standard_normal((n, real.shape[1])).astype(np.float32)
                vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
                collection.add(
                    ids=[f"c{start + i}" for i in range(n)],
                    embeddings=vectors.tolist(),
                    documents=[passages[j] for j in drawn],
                    metadatas=[{"section": "", "synthetic": True}] * n,
                )
            build = time.perf_counter() - t
            size_mb = sum(f.stat().st_size for f in Path(tmp).rglob("*") if f.is_file()) / 1e6
            row: dict[str, Any] = {"chunks": size, "index_mb": size_mb, "build_s": build}
            for mode in ("dense", "hybrid"):
                t = time.perf_counter()
                retriever = Retriever(collection, None, mode)
                row[f"{mode}_open_s"] = time.perf_counter() - t
                for q, text in zip(queries[:5], texts[:5], strict=True):
                    retriever.search(q, text)
                times = []
                for q, text in zip(queries, texts, strict=True):
                    t = time.perf_counter()
                    retriever.search(q, text)
                    times.append(ms(time.perf_counter() - t))
                row[f"{mode}_p50_ms"] = statistics.median(times)
                row[f"{mode}_p95_ms"] = percentile(times, 0.95)
                del retriever
            rows.append(row)
            del collection, client
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="synthetic corpus sizes")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    settings = Settings()
    assistant = Assistant.load(settings)
    questions = [c.question for c in load_cases(QUESTIONS) if not c.history]
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count()}}
    report["ask"] = bench_ask(assistant, questions)
    report["safety"] = bench_safety(assistant)
    report["ingest"] = bench_ingest(assistant.embedder, settings.corpus_dir)
    report["threads"] = bench_threads(questions)
    passages = assistant.retriever.chunks.get(include=["documents"])["documents"]
    report["scale"] = bench_scale(assistant.embedder, questions, [assistant.retriever.size, *sizes], passages)
    base = report["scale"][0]
    report["cold_start"] = bench_cold_start(settings)

    a, i, c, th = report["ask"], report["ingest"], report["cold_start"], report["threads"]
    sf = report["safety"]
    lines = [
        "| figure | value | baseline (same run) | ratio | target |",
        "| --- | --- | --- | --- | --- |",
        f"| ask p50 / p95 (full path, warm) | {a['ask_p50_ms']:.1f} / {a['ask_p95_ms']:.1f} ms | "
        f"embed + 1 Chroma query {a['bare_p50_ms']:.1f} / {a['bare_p95_ms']:.1f} ms | {a['ratio_p50']:.2f}x | "
        "p50 <= 1.5x |",
        f"| safety path: crisis and dosing replies p50 / p95 | {sf['ask_p50_ms']:.1f} / {sf['ask_p95_ms']:.1f} ms "
        f"(gate alone {sf['gate_p50_ms']:.1f} / {sf['gate_p95_ms']:.1f} ms) | embed the message "
        f"{sf['embed_p50_ms']:.1f} / {sf['embed_p95_ms']:.1f} ms | {sf['ratio_p50']:.2f}x | |",
        f"| ingest throughput | {i['ingest_texts_per_s']:.0f} texts/s | "
        f"raw encode {i['raw_texts_per_s']:.0f} texts/s | {i['ratio']:.2f}x | >= 0.85x |",
        f"| re-ingest, nothing changed | {i['reingest_unchanged_s']:.2f} s | | | <= 2 s |",
        f"| cold start: CLI to first answer | {c['cli_first_answer_s']:.1f} s | | | |",
        f"| cold start: app serving its page | {c['app_serving_s'] or float('nan'):.1f} s | | | |",
        f"| app peak RSS (index loaded, one answer) | {c['app_peak_rss_mb']:.0f} MB | | | |",
        f"| query embedding, 1 / 2 threads, other core idle | {th['idle_1_threads_p50_ms']:.1f} / "
        f"{th['idle_2_threads_p50_ms']:.1f} ms | | | |",
        f"| query embedding, 1 / 2 threads, other core busy | {th['busy_1_threads_p50_ms']:.1f} / "
        f"{th['busy_2_threads_p50_ms']:.1f} ms | | | |",
    ]
    # The ask path at each size: the query embedding (the same at every size) plus retrieval.
    embed_p95 = a["embed_p95_ms"]
    for mode in ("dense", "hybrid"):
        base_p95 = embed_p95 + base[f"{mode}_p95_ms"]
        for row in report["scale"]:
            ask_p95 = embed_p95 + row[f"{mode}_p95_ms"]
            row[f"{mode}_ask_p95_estimate_ms"] = ask_p95
            lines.append(
                f"| {row['chunks']:,} chunks, {mode} search p50 / p95 | {row[f'{mode}_p50_ms']:.1f} / "
                f"{row[f'{mode}_p95_ms']:.1f} ms (opened in {row[f'{mode}_open_s']:.1f} s) | "
                f"real-corpus size ({base['chunks']}) | {ask_p95 / base_p95:.2f}x (embed + search p95) | 100k <= 2x |"
            )
    for row in report["scale"]:
        lines.append(
            f"| {row['chunks']:,} chunks: index on disk | {row['index_mb']:.0f} MB, built in {row['build_s']:.0f} s"
            " | | | |"
        )
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench.json").write_text(json.dumps(report, indent=2) + "\n")
    (OUT / "bench.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
