"""`make load`: simulated users drive the running app through its own API (gradio_client), on loopback.

Starts `klonopin-guide serve` on a free local port with a throwaway review log, then runs
``--users`` concurrent users for ``--seconds``: questions, follow-ups with the conversation so
far, crisis messages and problem reports. It stops by itself and prints throughput, latency
percentiles, errors and the server's memory over the run. With several ``--concurrency``
values it runs once per value, so the queue setting is chosen by measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from assistant.config import PROJECT_ROOT
from evals.cases import load_cases

OUT = PROJECT_ROOT / "artifacts" / "load"
QUESTIONS = PROJECT_ROOT / "evals" / "gate" / "factual.jsonl"
SAFETY = PROJECT_ROOT / "evals" / "safety" / "cases.jsonl"
FOLLOW_UPS = ["how long does that last?", "is that dangerous?", "what helps with that?", "tell me more"]
# Mix of actions, by weight: most people ask; some follow up, some are in crisis, some report.
MIX = {"question": 0.55, "follow_up": 0.25, "crisis": 0.1, "report": 0.1}


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in MIX})
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, action: str, seconds: float) -> None:
        with self.lock:
            self.latencies[action].append(seconds)

    def fail(self, action: str, why: str) -> None:
        with self.lock:
            self.errors.append(f"{action}: {why}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    """Resident memory of the server process and its children, in MB."""
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1])
    return total / 1024


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(port: int, log_path: Path, concurrency: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "KLONOPIN_GUIDE_PORT": str(port),
        "KLONOPIN_GUIDE_HOST": "127.0.0.1",
        "KLONOPIN_GUIDE_LOG": str(log_path),
        "KLONOPIN_GUIDE_REVIEWERS": "",
        "KLONOPIN_GUIDE_CONCURRENCY": str(concurrency),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the app did not start within 180 s")


def user(
    url: str, stop: threading.Event, tally: Tally, seed: int, questions: list[str], crises: list[tuple[str, list, list]]
) -> None:
    from gradio_client import Client

    rng = random.Random(seed)
    client = Client(url, verbose=False)
    chat: list[dict] = []
    while not stop.is_set():
        action = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        if action == "follow_up" and not chat:
            action = "question"
        if action == "report" and not chat:
            action = "question"
        t = time.perf_counter()
        try:
            if action == "report":
                status, _ = client.predict("wrong_citation", "load test", api_name="/report")
                ok = "Thank you" in status
            else:
                expected: list[str] = []
                history = chat if action == "follow_up" else []
                if action == "crisis":  # some crises only show across turns: their case carries the turns
                    message, history, expected = rng.choice(crises)
                else:
                    message = rng.choice(questions if action == "question" else FOLLOW_UPS)
                result = client.predict(message, history, api_name="/chat")
                chat = result[0] if isinstance(result, (list, tuple)) else []
                reply = chat[-1]["content"] if chat else ""
                # A crisis reply must carry the help its case names (988, 911, Poison Control...).
                ok = bool(reply) and (not expected or any(e in str(reply) for e in expected))
                if len(chat) > 12:
                    chat = []  # a new conversation, as people start over
        except Exception as exc:  # every failure counts, whatever its kind
            tally.fail(action, f"{exc.__class__.__name__}: {str(exc)[:200]}")
            continue
        if ok:
            tally.add(action, time.perf_counter() - t)
        else:
            tally.fail(action, "empty or wrong reply")


def _as_chatbot(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Case turns in the shape Gradio's Chatbot takes over its API (content as a list of parts)."""
    return [{"role": t["role"], "content": [{"type": "text", "text": t["content"]}]} for t in history]


def run(users: int, seconds: float, concurrency: int) -> dict[str, Any]:
    questions = [c.question for c in load_cases(QUESTIONS) if not c.history]
    crisis_cases = [c for c in load_cases(SAFETY) if c.expect == "crisis"]
    crises = [(c.question, _as_chatbot(c.history), c.must_mention_any) for c in crisis_cases]
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(port, Path(tmp) / "review.db", concurrency)
        url = f"http://127.0.0.1:{port}/"
        try:
            from gradio_client import Client

            Client(url, verbose=False).predict("What is Klonopin?", [], api_name="/chat")  # warm
            rss_start = _rss_mb(server.pid)
            cpu_start = _cpu_seconds(server.pid)
            own_start = sum(os.times()[:2])
            rss: list[float] = []
            stop, tally = threading.Event(), Tally()
            threads = [
                threading.Thread(target=user, args=(url, stop, tally, seed, questions, crises), daemon=True)
                for seed in range(users)
            ]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            while time.perf_counter() - started < seconds:
                time.sleep(1)
                rss.append(_rss_mb(server.pid))
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
            elapsed = time.perf_counter() - started
            rss_end = _rss_mb(server.pid)
            cpu = _cpu_seconds(server.pid) - cpu_start
            own = sum(os.times()[:2]) - own_start
            alive = server.poll() is None
        finally:
            server.terminate()
            server.wait(timeout=30)
    every = [s for values in tally.latencies.values() for s in values]
    third = max(1, len(rss) // 3)
    return {
        "users": users,
        "seconds": round(elapsed, 1),
        "concurrency": concurrency,
        "requests": len(every),
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "throughput_per_s": len(every) / elapsed,
        "p50_ms": statistics.median(every) * 1000 if every else float("nan"),
        "p95_ms": percentile(every, 0.95) * 1000,
        "by_action": {
            action: {"n": len(v), "p50_ms": percentile(v, 0.5) * 1000, "p95_ms": percentile(v, 0.95) * 1000}
            for action, v in tally.latencies.items()
        },
        "server_cpu_s": cpu,
        "server_cpu_ms_per_request": cpu * 1000 / max(1, len(every)),
        # Cores kept busy by each side: on one 2-core machine the simulated users compete with the app.
        "server_cores": cpu / elapsed,
        "load_generator_cores": own / elapsed,
        "rss_start_mb": rss_start,
        "rss_first_third_mb": statistics.mean(rss[:third]) if rss else float("nan"),
        "rss_last_third_mb": statistics.mean(rss[-third:]) if rss else float("nan"),
        "rss_peak_mb": max(rss, default=float("nan")),
        "rss_every_30s_mb": [round(v) for v in rss[29::30]],
        "rss_end_mb": rss_end,
        "server_alive": alive,
    }


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| concurrency | users | requests | req/s | p50 / p95 ms | crisis p95 ms | errors | server CPU ms/req "
        "| cores busy: app / users | RSS start, first third, last third, end (MB) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['concurrency']} | {r['users']} | {r['requests']} | {r['throughput_per_s']:.1f} | "
            f"{r['p50_ms']:.0f} / {r['p95_ms']:.0f} | {r['by_action']['crisis']['p95_ms']:.0f} | {r['errors']} | "
            f"{r['server_cpu_ms_per_request']:.0f} | {r['server_cores']:.2f} / {r['load_generator_cores']:.2f} | "
            f"{r['rss_start_mb']:.0f}, {r['rss_first_third_mb']:.0f}, "
            f"{r['rss_last_third_mb']:.0f}, {r['rss_end_mb']:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", default="2", help="Gradio concurrency limits to compare, e.g. 1,2,4")
    args = parser.parse_args(argv)
    rows = [run(args.users, args.seconds, int(c)) for c in args.concurrency.split(",") if c]
    text = table(rows)
    print(text)
    for row in rows:
        print(f"  RSS every 30 s (concurrency {row['concurrency']}): {row['rss_every_30s_mb']} MB")
        for sample in row["error_samples"]:
            print(f"  error (concurrency {row['concurrency']}): {sample}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "load.json").write_text(json.dumps(rows, indent=2) + "\n")
    (OUT / "load.md").write_text(text + "\n")
    return 0 if all(r["errors"] == 0 and r["server_alive"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
