"""The real command line in a subprocess, with the review log off unless a test turns it on."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable


def run_cli(
    *args: str, env: dict[str, str], preexec_fn: Callable[[], None] | None = None, timeout: int = 600
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "KLONOPIN_GUIDE_LOG": "off", **env},
        preexec_fn=preexec_fn,
        timeout=timeout,
    )
