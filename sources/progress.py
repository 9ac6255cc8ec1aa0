"""Progress of a long harvest on one updating terminal line: documents done / found, failures.

Quiet when the stream is not a terminal (cron, CI, pipes): logs and the run summary say the rest there.
Safe to call from the fetching threads.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

REDRAW_INTERVAL_S = 0.1  # a terminal redraw per fetched document would cost more than the fetch on a mirror


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


class Progress:
    """`found(n)` as discovery adds documents, `done(ok)` as each one ends, `close()` at the end."""

    def __init__(
        self, total_known: int = 0, stream: TextIO | None = None, *, label: str = "documents"
    ) -> None:
        """`stream` defaults to sys.stderr as it is at construction time (pytest swaps it)."""
        self.stream = sys.stderr if stream is None else stream
        self.label = label
        self.found_count = total_known
        self.done_count = 0
        self.failures = 0
        self._tty = _is_tty(self.stream)
        self._lock = threading.Lock()
        self._last_draw = -float("inf")
        self._width = 0  # of the line last drawn, to blank a shorter one
        self._closed = False

    def line(self) -> str:
        failures = "failure" if self.failures == 1 else "failures"
        return f"{self.label}: {self.done_count}/{self.found_count} done, {self.failures} {failures}"

    def found(self, n: int = 1) -> None:
        with self._lock:
            self.found_count += n
            self._draw()

    def done(self, ok: bool = True) -> None:
        with self._lock:
            self.done_count += 1
            self.failures += 0 if ok else 1
            # Always draw the last one, so the line never stops short of the truth.
            self._draw(force=self.done_count >= self.found_count)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            if self._tty and self._width:
                self._draw(force=True)
                self.stream.write("\n")
                self.stream.flush()
            self._closed = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _draw(self, force: bool = False) -> None:
        if not self._tty or self._closed:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < REDRAW_INTERVAL_S:
            return
        self._last_draw = now
        text = self.line()
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)
