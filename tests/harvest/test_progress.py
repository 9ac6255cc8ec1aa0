"""Progress: one updating line on a terminal, nothing otherwise, exact counts from many threads."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

import pytest

from sources.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_when_not_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(3, stream) as progress:
        progress.found(2)
        progress.done(ok=True)
        progress.done(ok=False)

    assert stream.getvalue() == ""
    assert (progress.done_count, progress.found_count, progress.failures) == (2, 5, 1)


def test_one_updating_line_on_a_terminal() -> None:
    stream = FakeTerminal()
    progress = Progress(2, stream)
    progress.done(ok=True)
    progress.found(1)
    progress.done(ok=False)
    progress.done(ok=True)
    progress.close()

    out = stream.getvalue()
    assert out.endswith("documents: 3/3 done, 1 failure\n")
    assert out.count("\n") == 1  # redrawn in place with \r, one newline at the end
    assert out.startswith("\r")


@pytest.mark.parametrize("stream", [io.StringIO(), FakeTerminal()], ids=["pipe", "terminal"])
def test_counts_are_exact_across_threads(stream: io.StringIO) -> None:
    progress = Progress(0, stream)

    def work(i: int) -> None:
        progress.found(1)
        progress.done(ok=i % 10 != 0)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(work, range(800)))
    progress.close()

    assert (progress.done_count, progress.found_count, progress.failures) == (800, 800, 80)
    assert progress.line() == "documents: 800/800 done, 80 failures"
