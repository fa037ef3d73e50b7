"""Error output of the serving process without request contents.

Gradio prints a full traceback when a request fails (``traceback.print_exc``), and its
messages quote the submitted value; uvicorn logs unhandled errors with their traceback.
Either would put what a person typed into the server's output. While serving, both are cut
down to the exception's class; ``KLONOPIN_GUIDE_DEBUG=1`` restores the full output on a
machine where that is acceptable.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Any

NOTICE = "details withheld: they can quote what the user sent; KLONOPIN_GUIDE_DEBUG=1 prints them"


def _exception_names(exc: BaseException | None) -> str:
    names = []
    while exc is not None and len(names) < 5:
        names.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(names) or "unknown error"


def _print_class_only(limit: Any = None, file: Any = None, chain: bool = True) -> None:
    print(f"A request failed: {_exception_names(sys.exc_info()[1])} ({NOTICE})", file=file or sys.stderr)


class _WithoutTraceback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.msg = f"{record.getMessage()}: {_exception_names(record.exc_info[1])} ({NOTICE})"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def withhold_request_details() -> None:
    """Install the policy for this process (called by ``serve``, never on import)."""
    traceback.print_exc = _print_class_only
    for name in ("uvicorn.error", "uvicorn", "gradio", "fastapi", "starlette"):
        logging.getLogger(name).addFilter(_WithoutTraceback())
