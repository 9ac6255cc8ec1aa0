"""Character spans of a sentence: which are taken, and which of overlapping matches to keep.

Kept linear in the text's length: a paragraph can hold thousands of numbers, and every figure must
not be checked against every other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


class Coverage:
    """Characters of a text already taken by a match (or masked)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._taken = bytearray(length + 1)
        for start, end in spans:
            self.take(start, end)

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, max(end, start + 1)) == -1

    def blank(self, text: str, start: int, end: int) -> str:
        """text[start:end] with taken characters replaced by spaces."""
        flags = self._taken[start:end]
        return "".join(" " if flag else char for char, flag in zip(text[start:end], flags, strict=False))

    def take(self, start: int, end: int) -> None:
        if end > start:
            self._taken[start:end] = b"\x01" * (end - start)


def leftmost_longest(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Non-overlapping items, preferring the one that starts first, then the longer one."""
    kept: list[T] = []
    reach = -1
    for item in sorted(items, key=lambda i: (span(i)[0], -(span(i)[1] - span(i)[0]))):
        start, end = span(item)
        if start >= reach:
            kept.append(item)
            reach = end
    return kept
