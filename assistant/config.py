"""Settings from the environment, with defaults that work on a fresh clone."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_index_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "klonopin-guide" / "index"


def _default_models_dir() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "klonopin-guide" / "models"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"KLONOPIN_GUIDE_{name}", default)


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = field(default_factory=lambda: Path(_env("CORPUS", str(PROJECT_ROOT / "corpus"))))
    index_dir: Path = field(default_factory=lambda: Path(_env("INDEX", str(_default_index_dir()))))
    chroma_server: str = field(default_factory=lambda: _env("CHROMA_SERVER", ""))
    torch_threads: int = field(default_factory=lambda: int(_env("THREADS", "1")))
    retrieval: str = field(default_factory=lambda: _env("RETRIEVAL", "hybrid"))
    region: str = field(default_factory=lambda: _env("REGION", "US"))
    # Models trained here from committed data (the answer encoder); safe to delete, rebuilt on start.
    models_dir: Path = field(default_factory=lambda: Path(_env("MODELS", str(_default_models_dir()))))
    log_path: Path = field(default_factory=lambda: Path(_env("LOG", str(_default_index_dir().parent / "review.db"))))
    log_retention_days: int = field(default_factory=lambda: int(_env("LOG_RETENTION_DAYS", "180")))
    reviewers: str = field(default_factory=lambda: _env("REVIEWERS", ""))
    host: str = field(default_factory=lambda: _env("HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(_env("PORT", "7860")))
    # Chat requests answered at once; the rest wait in Gradio's queue (chosen by `make load`, docs/deploy.md).
    concurrency: int = field(default_factory=lambda: int(_env("CONCURRENCY", "2")))
    # Requests that may wait; past this a user is told the service is busy instead of memory growing.
    queue_size: int = field(default_factory=lambda: int(_env("QUEUE_SIZE", "256")))
    # Optional language-model answers: openai:<model> or ollama:<model>; empty = extractive only.
    llm: str = field(default_factory=lambda: _env("LLM", ""))
    llm_base_url: str = field(default_factory=lambda: _env("LLM_BASE_URL", ""))
    llm_api_key: str = field(default_factory=lambda: _env("LLM_API_KEY", ""))
    # Web origins (https://host) other than the app's own that may call the public API from a page.
    allowed_origins: str = field(default_factory=lambda: _env("ALLOWED_ORIGINS", ""))
    # A reviewer's login lasts this long, then they sign in again.
    review_session_hours: float = field(default_factory=lambda: float(_env("REVIEW_SESSION_HOURS", "8")))
    # Full tracebacks in the server's output; they can quote what users typed (SECURITY.md).
    debug: bool = field(default_factory=lambda: _env("DEBUG", "") not in ("", "0", "false", "False"))

    @property
    def cache_dir(self) -> Path:
        """Derived data that is safe to delete (e.g. the safety examples' vectors)."""
        return self.index_dir.parent / "cache"

    @property
    def logging_enabled(self) -> bool:
        return str(self.log_path).lower() not in ("off", "none", "")

    def reviewer_credentials(self) -> list[tuple[str, str]]:
        """``user:password`` pairs, comma-separated; no default password exists."""
        pairs = []
        for item in self.reviewers.split(","):
            user, sep, password = item.strip().partition(":")
            if sep and user and password:
                pairs.append((user, password))
        return pairs

    def origins(self) -> list[str]:
        return [o.strip() for o in self.allowed_origins.split(",") if o.strip()]

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
