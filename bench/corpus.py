"""A synthetic harvest at any scale, in the sites' real URL layout (the same tree shape as `snapshot/`).

`build_corpus(root, scale, seed)` writes `root/cec/` (release listings in Russian, Kazakh and English with
`?PAGEN_1=N` pagination, and every kind of release of each vote: hourly turnout bulletins with region lines,
a region table, violation summaries, preliminary and final results, and releases that carry no facts) and
`root/osce/` (the country page, one page per vote, its statement and final report as PDFs of tens of pages).
Votes are taken from the election calendar (warehouse/seeds/elections.csv), evenly spread over it; scale 1
is two votes (about 45 documents, twice the bundled snapshot), scale 10 twenty. Figures are invented and
consistent (see bench/corpus_text.py), so the pipeline loads every document.

`cached_corpus(scale, seed)` keeps one generated tree per (scale, seed) under data/bench-corpus/.
Run: `.venv/bin/python -m bench.corpus --scale 10` (prints the counts).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.corpus_cec import Release, Writer, listing_page, page
from bench.corpus_osce import country_page, election_page, publications
from bench.corpus_text import Vote, make_vote

ROOT = Path(__file__).resolve().parent.parent
CALENDAR = ROOT / "warehouse" / "seeds" / "elections.csv"
CACHE = ROOT / "data" / "bench-corpus"
GENERATOR_VERSION = 1  # bump when the generated tree changes: cached trees of another version are rebuilt
VOTES_PER_SCALE = 2
LISTING_PAGE_SIZE = 10  # releases per listing page, as the CEC's Bitrix lists them


@dataclass(frozen=True)
class CorpusInfo:
    root: str
    scale: float
    seed: int
    elections: list[str]
    cec_releases: int
    listing_pages: int
    osce_pages: int  # the country page and one page per vote
    osce_reports: int
    documents: int  # every file the mirror serves
    bytes: int
    version: int = GENERATOR_VERSION

    @property
    def release_documents(self) -> int:
        """Documents the pipeline parses into claims: releases and reports (not listings or pages)."""
        return self.cec_releases + self.osce_reports


def calendar() -> list[dict[str, str]]:
    with CALENDAR.open(encoding="utf-8") as fh:
        return sorted(csv.DictReader(fh), key=lambda row: row["election_date"])


def chosen_votes(scale: float) -> list[dict[str, str]]:
    """`VOTES_PER_SCALE × scale` votes of the calendar (at least one, at most all), evenly spread over it."""
    rows = calendar()
    n = max(1, min(len(rows), round(VOTES_PER_SCALE * scale)))
    if n == 1:
        return [rows[-1]]
    return [rows[round(i * (len(rows) - 1) / (n - 1))] for i in range(n)]


def _write(path: Path, data: str | bytes) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = data.encode("utf-8") if isinstance(data, str) else data
    path.write_bytes(body)
    return len(body)


def build_corpus(root: Path, scale: float = 1.0, seed: int = 0, final_pages: int = 24,
                 statement_pages: int = 8) -> CorpusInfo:
    """Write the mirror tree of a synthetic harvest under `root` (cec/ and osce/); return its counts."""
    root = Path(root)
    rng = random.Random(seed)
    votes: list[Vote] = [make_vote(rng, row) for row in chosen_votes(scale)]
    size = files = 0
    releases: list[Release] = []
    for k, vote in enumerate(votes):
        releases += Writer(vote, 1000 + 40 * k, rng).all()
    listing_pages = 0
    for lang in ("rus", "kaz", "eng"):
        mine = sorted((r for r in releases if r.lang == lang), key=lambda r: (r.day, r.release_id), reverse=True)
        folder = root / "cec" / lang / "news" / "releases"
        for r in mine:
            size += _write(folder / f"index.php@ID={r.release_id}", page(r))
        chunks = [mine[i:i + LISTING_PAGE_SIZE] for i in range(0, len(mine), LISTING_PAGE_SIZE)] or [[]]
        for number, chunk in enumerate(chunks, start=1):
            name = "index.php" if number == 1 else f"index.php@PAGEN_1={number}"
            size += _write(folder / name, listing_page(lang, chunk, number, len(chunks)))
        listing_pages += len(chunks)
    files += len(releases) + listing_pages
    country = root / "osce" / "odihr" / "elections" / "kazakhstan"
    pages, reports = [], 0
    for k, vote in enumerate(votes):
        docs = publications(vote, rng, 600_000 + 10 * k, final_pages, statement_pages)
        for doc in docs:
            size += _write(root / "osce" / doc.path.lstrip("/"), doc.pdf)
        page_id = str(500_000 + k)
        size += _write(country / page_id, election_page(vote, docs))
        pages.append((page_id, vote))
        reports += len(docs)
    size += _write(country / "index.html", country_page(list(reversed(pages))))
    files += reports + len(pages) + 1
    return CorpusInfo(str(root), scale, seed, [v.election_id for v in votes], len(releases), listing_pages,
                      len(pages) + 1, reports, files, size)


def cached_corpus(scale: float = 1.0, seed: int = 0, cache: Path = CACHE) -> CorpusInfo:
    """The corpus of (scale, seed), generated once under `cache` (a tree of another generator version is
    rebuilt); built beside its final place and renamed, so an interrupted build never looks complete."""
    target = cache / f"scale-{scale:g}-seed-{seed}"
    stamp = target / "corpus.json"
    if stamp.is_file():
        info = json.loads(stamp.read_text(encoding="utf-8"))
        if info.get("version") == GENERATOR_VERSION:
            return CorpusInfo(**{**info, "root": str(target)})
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=cache))
    info = build_corpus(staging, scale, seed)
    (staging / "corpus.json").write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    if target.exists():
        shutil.rmtree(target)
    os.replace(staging, target)
    return CorpusInfo(**{**asdict(info), "root": str(target)})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write here instead of the cache")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    info = build_corpus(args.out, args.scale, args.seed) if args.out else cached_corpus(args.scale, args.seed)
    print(f"corpus ×{info.scale:g} (seed {info.seed}) at {info.root}: {len(info.elections)} votes, "
          f"{info.cec_releases} CEC releases on {info.listing_pages} listing pages, {info.osce_reports} ODIHR "
          f"PDFs; {info.documents} files, {info.bytes / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
