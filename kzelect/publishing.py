"""Validate a run's parsed documents and publish them: the one publish step of `kzelect run`, `rebuild`'s
harvest path and `kzelect watch` (plain code, so the watch publishes without Prefect)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kzelect import pipeline
from kzelect.config import Settings
from kzelect.summary import RunSummary
from kzelect.versions import version_frame
from sources.crawl import FetchRecord
from warehouse.integrity import LoadRefused
from warehouse.load import WarehouseBusy, publish
from warehouse.migrate import WarehouseRefused

# A warehouse that cannot take the batch: said in one line, nothing published, the warehouse left as it was.
NOT_PUBLISHED = (WarehouseBusy, WarehouseRefused, LoadRefused)


@dataclass
class Published:
    loaded: dict[str, int]  # rows per claim table ({} when not published)
    refused: dict  # claim sets the gate refused, by document
    notes: dict  # unread figures and elections created (pipeline.notes)
    error: BaseException | None = field(default=None)  # one of NOT_PUBLISHED when nothing was published

    @property
    def reason(self) -> str | None:
        return None if self.error is None else str(self.error)


def validate_and_publish(settings: Settings, run_id: str, started: dt.datetime, parsed: list[pipeline.Parsed],
                         fetches: list[FetchRecord], *, fresh: bool = False, summary: RunSummary | None = None,
                         message_prefix: str = "") -> Published:
    """Gate the claims, then publish them with the audit rows and every archived document's version."""
    prepared = pipeline.prepare(settings, run_id, parsed, fetches, fresh=fresh)
    loaded = {t: f.height for t, f in prepared.batch.claims.items()}
    prepared.batch.versions = version_frame(settings)  # every archived document's place in its URL's history
    message = None
    if summary is not None:  # audit.runs.message says what happened, as the summary would
        summary.rows_loaded, summary.refused = loaded, prepared.refused
        message = message_prefix + summary.message()
    prepared.batch.audit["runs"] = pipeline.run_row(run_id, started, fetches, len(parsed), prepared, loaded, message)
    try:
        publish(settings.warehouse, prepared.batch, settings.lock_timeout_s, incremental=settings.incremental_publish,
                min_bytes=int(settings.incremental_publish_min_mb * 1e6))
    except NOT_PUBLISHED as exc:
        return Published({}, prepared.refused, pipeline.notes(prepared), exc)
    pipeline.keep_staged(settings, prepared.frames)
    return Published(loaded, prepared.refused, pipeline.notes(prepared))
