"""Extraction benchmark: MB/s of whole-document parsing, HTML releases and ODIHR PDFs, and how its cost grows.

HTML: a bundled CEC release with its paragraphs repeated to 0.25, 0.5 and 1 MB, parsed by `parse_release`
(layout, binder, claims), against the baseline measured in the same run: `read_html` alone on the same bytes
(what any parser must pay to see the text). PDF: the bundled ODIHR final report parsed by `parse_odihr_pdf`,
against pypdf's plain `extract_text` of every page. The growth line divides the 1 MB cost by the 0.25 MB cost:
about 4 means linear.
Run: `.venv/bin/python -m bench.extract`.
"""

from __future__ import annotations

import argparse
import io
import re
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from sources.cec.release import parse_release
from sources.html_text import read_html
from sources.osce.report import parse_odihr_pdf

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshot"
RELEASE = SNAPSHOT / "cec" / "rus" / "news" / "releases" / "index.php@ID=5104"
REPORT = SNAPSHOT / "osce" / "files" / "f" / "documents" / "6" / "6" / "434534.pdf"
URL = "https://www.election.gov.kz/rus/news/releases/index.php?ID=5104"
HTML = "text/html; charset=utf-8"


def release_of_size(megabytes: float) -> bytes:
    """The release with its body paragraphs repeated until the page weighs about `megabytes`."""
    page = RELEASE.read_text(encoding="utf-8")
    paragraphs = re.findall(r"<p[ >].*?</p>", page, flags=re.S)
    block = "\n".join(paragraphs)
    copies = max(1, int(megabytes * 1_000_000 / max(1, len(block.encode()))))
    last = paragraphs[-1]
    return page.replace(last, last + "\n" + "\n".join([block] * copies), 1).encode()


def cpu_seconds(fn: Callable[[], object], repeat: int = 2) -> float:
    """The best process time of `repeat` runs, so that other work on a shared machine does not count."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0], help="HTML sizes in MB")
    args = parser.parse_args()
    print("extraction throughput (CPU time; baseline = reading the text only, same bytes, same run)")
    costs: list[tuple[float, float]] = []
    for size in args.sizes:
        body = release_of_size(size)
        mb = len(body) / 1_000_000
        full = cpu_seconds(lambda body=body: parse_release(body, "bench", URL, HTML))
        base = cpu_seconds(lambda body=body: read_html(body, HTML))
        costs.append((mb, full))
        print(f"  HTML {mb:5.2f} MB: parse {full:6.2f} s = {mb / full:6.2f} MB/s; read_html {base:6.2f} s; "
              f"ratio {full / base:5.1f}")
    if len(costs) > 1:
        (mb0, t0), (mb1, t1) = costs[0], costs[-1]
        print(f"  HTML growth: {mb1 / mb0:.1f}x the bytes cost {t1 / t0:.1f}x the time (linear = {mb1 / mb0:.1f})")
    pdf = REPORT.read_bytes()
    mb = len(pdf) / 1_000_000
    full = cpu_seconds(lambda: parse_odihr_pdf(pdf, "bench"))
    base = cpu_seconds(lambda: [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages])
    print(f"  PDF  {mb:5.2f} MB: parse {full:6.2f} s = {mb / full:6.2f} MB/s; pypdf text {base:6.2f} s; "
          f"ratio {full / base:5.1f}")


if __name__ == "__main__":
    main()
