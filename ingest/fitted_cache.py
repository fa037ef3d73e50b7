"""A fitted model kept on disk between starts: derived state of our own making, never shipped."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def load_or_fit(path: Path | None, kind: type[T], fit: Callable[[], T]) -> T:
    """The model pickled at ``path`` (named by a key of everything it was fitted from), else
    ``fit()``, kept there for next time. A damaged or foreign file is refitted over."""
    if path is not None and path.exists():
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
            if isinstance(found, kind):
                return found
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    fitted = fit()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".tmp")
            with partial.open("wb") as handle:
                pickle.dump(fitted, handle, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)
        except OSError:
            pass  # caching is an optimization only
    return fitted
