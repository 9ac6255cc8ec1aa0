"""Helpers for the integrity tests of issue 10: a copy of the snapshot whose state a test changes (a new,
a corrected, a removed release), served on loopback, and one harvest or rebuild without Prefect."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb

from kzelect import pipeline
from kzelect.config import Settings
from kzelect.mirror import serve_snapshot
from kzelect.rebuild import RebuildSummary, run_rebuild
from kzelect.versions import version_frame
from sources.archive import Archive
from sources.crawl import FetchRecord
from tests.conftest import SNAPSHOT
from warehouse.fingerprint import content_hash, table_fingerprints
from warehouse.load import publish

RELEASES = Path("cec/rus/news/releases")


def site_copy(tmp: Path) -> Path:
    site = tmp / "site"
    shutil.copytree(SNAPSHOT, site)
    return site


@contextlib.contextmanager
def served(site: Path) -> Iterator[tuple[str, str]]:
    with serve_snapshot(site) as urls:
        try:
            yield urls
        finally:
            pipeline.http_client.cache_clear()  # the next run gets a client for its own ports


def settings_for(tmp: Path, cec_url: str = "http://127.0.0.1:1", osce_url: str = "http://127.0.0.1:2",
                 warehouse_name: str = "kz.duckdb", **changes: object) -> Settings:
    return Settings(cec_url=cec_url, osce_url=osce_url, warehouse=tmp / warehouse_name, archive=tmp / "archive",
                    **changes)  # type: ignore[arg-type]


def harvest_once(settings: Settings, reparse: bool = False) -> tuple[list[FetchRecord], pipeline.Prepared]:
    """The harvest flow's steps, without Prefect (flows/harvest.py: discover, fetch, extract, publish)."""
    discovery = pipeline.discover(settings)
    fetches = discovery.fetches + [pipeline.fetch(settings, ref) for ref in discovery.documents]
    parsed = [pipeline.extract(settings, url) for url in pipeline.to_parse(settings, fetches, reparse=reparse)]
    archive = Archive(settings.archive)
    parsed += [pipeline.parse_record(archive, t.record) for t in pipeline.superseded_to_parse(settings, reparse)]
    run_id = pipeline.new_run_id()
    prepared = pipeline.prepare(settings, run_id, parsed, fetches)
    prepared.batch.versions = version_frame(settings)
    publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    return fetches, prepared


def harvest_site(site: Path, settings: Settings) -> tuple[list[FetchRecord], pipeline.Prepared]:
    with served(site) as (cec_url, osce_url):
        return harvest_once(settings.replace(cec_url=cec_url, osce_url=osce_url))


def rebuild(settings: Settings, **flags: bool) -> RebuildSummary:
    return run_rebuild(settings, **flags)


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def fingerprint(warehouse: Path) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return content_hash(con)
    finally:
        con.close()


def tables(warehouse: Path) -> dict[str, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return table_fingerprints(con)
    finally:
        con.close()


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
