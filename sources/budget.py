"""A budget per document: parsing may spend so many seconds and read so much text, then it stops.

Cooperative and cheap: the caller opens `parsing(budget)` around one document's parse; parser loops call
`check()` (a clock read), and a reader that knows how much text it holds calls `check(text_bytes)`. Over budget,
`OverBudget` is raised in the parser's thread; the caller records the document (audit.quarantine) and does not
parse it again until its body or the extractor changes. Outside `parsing()` every check is a no-op.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

MB = 1024 * 1024
OVER_BUDGET = "over budget"  # how every such reason starts (audit.quarantine.reason)


@dataclass(frozen=True)
class Budget:
    time_s: float = 20.0
    text_bytes: int = 5 * MB


@dataclass
class _Running:
    budget: Budget
    started: float = field(default_factory=time.monotonic)

    @property
    def deadline(self) -> float:
        return self.started + self.budget.time_s


class OverBudget(BaseException):  # not an Exception: a parser's `except Exception` must not swallow it
    def __init__(self, size_bytes: int, elapsed_s: float, budget: Budget) -> None:
        self.size_bytes, self.elapsed_s, self.budget = size_bytes, elapsed_s, budget
        super().__init__(over_budget_reason(size_bytes, elapsed_s, budget))


def over_budget_reason(size_bytes: int, elapsed_s: float, budget: Budget) -> str:
    return (f"{OVER_BUDGET}: {size_bytes / MB:.1f} MB / {elapsed_s:.1f} s (budget {budget.text_bytes / MB:g} MB "
            f"of text, {budget.time_s:g} s); not parsed again until its body or the extractor changes")


_current: contextvars.ContextVar[_Running | None] = contextvars.ContextVar("parse_budget", default=None)
_size: contextvars.ContextVar[int] = contextvars.ContextVar("parse_size", default=0)


@contextlib.contextmanager
def parsing(budget: Budget, size_bytes: int = 0) -> Iterator[None]:
    """One document's parse under `budget`; `size_bytes` (its body) is what an over-budget reason states."""
    token, size_token = _current.set(_Running(budget)), _size.set(size_bytes)
    try:
        yield
    finally:
        _current.reset(token)
        _size.reset(size_token)


def check(text_bytes: int = 0) -> None:
    """Raise OverBudget when the current document's time is up or `text_bytes` exceeds its text budget."""
    running = _current.get()
    if running is None:
        return
    now = time.monotonic()
    if now > running.deadline or text_bytes > running.budget.text_bytes:
        raise OverBudget(max(_size.get(), text_bytes), now - running.started, running.budget)


def elapsed() -> float:
    running = _current.get()
    return 0.0 if running is None else time.monotonic() - running.started
