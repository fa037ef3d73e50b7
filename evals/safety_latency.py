"""Crisis and refusal reply latency of one or more checkouts, side by side, in one run.

    python -m evals.safety_latency                      # this checkout
    python -m evals.safety_latency /path/to/old/checkout .   # before and after

Each checkout runs in its own process (its own code, its own index, built if missing) on
the same messages: the crisis and dosing cases of this checkout's evals/safety/cases.jsonl
without history, three rounds, each message made unseen by a marker so no cache answers it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CASES = Path(__file__).parent / "safety" / "cases.jsonl"
ROUNDS = 3

_CHILD = """
import json, statistics, sys, time
from assistant.config import Settings
from assistant.core import Assistant
assistant = Assistant.load(Settings())
cases = json.loads(sys.stdin.read())
for case in cases[:5]:
    assistant.ask(case["question"])
times = {}
for round_ in range(ROUNDS):
    for case in cases:
        started = time.perf_counter()
        assistant.ask(case["question"] + " \\u00b7" + str(round_))
        times.setdefault(case["expect"], []).append((time.perf_counter() - started) * 1000)
out = {}
for kind, values in times.items():
    values.sort()
    out[kind] = {"p50": statistics.median(values), "p95": values[int(0.95 * (len(values) - 1))], "n": len(values)}
print(json.dumps(out))
"""


def measure(root: Path, cases: list[dict]) -> dict:
    child = _CHILD.replace("ROUNDS", str(ROUNDS))
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=root, input=json.dumps(cases), capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    roots = [Path(p).resolve() for p in (argv if argv is not None else sys.argv[1:])] or [Path.cwd()]
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in cases if c["expect"] in ("crisis", "refusal") and not c.get("history")]
    print("| checkout | crisis replies p50 / p95 | refusals p50 / p95 |")
    print("| --- | --- | --- |")
    for root in roots:
        found = measure(root, cases)
        cells = [f"{found[k]['p50']:.1f} / {found[k]['p95']:.1f} ms (n={found[k]['n']})" for k in ("crisis", "refusal")]
        print(f"| {root} | {cells[0]} | {cells[1]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
