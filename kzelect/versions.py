"""Versions of a document, read from the archive alone.

Each canonical URL keeps every body it served, oldest first. The warehouse's version fields (version,
is_current, superseded_at/by, gone_since) and each document's URL are computed from that history on every
publish, for every archived document: a warehouse updated run by run and one rebuilt from the same archive
therefore agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from kzelect.config import Settings
from sources.archive import Archive, UrlRecord, Version

VERSION_SCHEMA = {"document_id": pl.String, "url": pl.String, "fetched_at": pl.Datetime("us"),
                  "version": pl.Int32, "is_current": pl.Boolean, "superseded_at": pl.Datetime("us"),
                  "superseded_by": pl.String, "gone_since": pl.Datetime("us")}


@dataclass(frozen=True)
class Target:
    """One archived body to parse: the URL record as it stood when that body was its version."""

    url: str
    document_id: str
    record: UrlRecord


def histories(settings: Settings, archive: Archive | None = None) -> dict[str, UrlRecord]:
    """Canonical URL → its merged record (records written under loopback URLs by older runs included)."""
    archive = archive or Archive(settings.archive)
    return archive.histories(lambda r: settings.canonical_url(r.url, r.source))


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC).replace(tzinfo=None) if value else None


def version_rows(merged: dict[str, UrlRecord]) -> list[dict]:
    """One row per archived body: its URL (the first, in URL order, when several serve it) and its place in
    that URL's history; a body current at any URL is current."""
    rows: dict[str, dict] = {}
    for url, record in sorted(merged.items()):
        history = record.history()
        first_seen: dict[str, Version] = {}
        for v in history:
            first_seen.setdefault(v.document_id, v)
        for index, v in enumerate(history):
            current = index == len(history) - 1
            nxt = None if current else history[index + 1]
            row = {"document_id": v.document_id, "url": url,
                   "fetched_at": _ts(first_seen[v.document_id].fetched_at), "version": index + 1,
                   "is_current": current, "superseded_at": _ts(nxt.fetched_at) if nxt else None,
                   "superseded_by": nxt.document_id if nxt else None,
                   "gone_since": _ts(record.gone_since) if current else None}
            known = rows.get(v.document_id)
            if known is None or known["url"] == url:
                rows[v.document_id] = row  # a later occurrence at the same URL (a body that came back) wins
            elif current and not known["is_current"]:
                rows[v.document_id] = {**known, "is_current": True, "superseded_at": None, "superseded_by": None}
    return list(rows.values())


def version_frame(settings: Settings) -> pl.DataFrame:
    return pl.DataFrame(version_rows(histories(settings)), schema=VERSION_SCHEMA)


def targets(merged: dict[str, UrlRecord]) -> list[Target]:
    """Every archived body once, with the record of the URL its document row names (see `version_rows`):
    the current body with the URL's record as it stands (what `run` parses), an older one as it stood."""
    chosen: dict[str, Target] = {}
    for url, record in sorted(merged.items()):
        history = record.history()
        for index, v in enumerate(history):
            if v.document_id in chosen and chosen[v.document_id].url != url:
                continue  # a body also served by an earlier URL is that URL's document
            as_of = record if index == len(history) - 1 else record.at(v)
            chosen[v.document_id] = Target(url, v.document_id, as_of)
    return list(chosen.values())


def stale_versions(settings: Settings, loaded: set[tuple[str, str]], version: str) -> list[Target]:
    """Superseded bodies the warehouse lacks, or holds from another extractor: `run` parses them as a rebuild
    would (a run fetches only current bodies), so that the two keep agreeing after a parser change."""
    current = {r.document_id for r in histories(settings).values()}
    return [t for t in targets(histories(settings)) if t.document_id not in current
            and (t.document_id, version) not in loaded]
