"""`kzelect rebuild`: a fresh warehouse from the raw archive alone, published only when that is safe.

Refused, with the previous warehouse untouched and one line saying why: an archive that is missing or
holds no documents; any archived body that is missing or no longer matches its SHA-256 (each one named);
a live warehouse this code cannot read safely (migrated by a newer kzelect); a result that would drop more
than `rebuild_max_shrink_pct` of any claim table's rows, unless the operator allows it (`--allow-shrink`).
`--dry-run` reports what would change and publishes nothing. Plain functions: flows/harvest.py maps the
parsing over Prefect tasks.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from kzelect import pipeline
from kzelect.config import Settings
from kzelect.summary import RunSummary
from kzelect.versions import Target, histories, targets, version_frame
from sources.archive import Archive
from warehouse.integrity import LoadRefused
from warehouse.load import CLAIM_TABLES, LoadBatch, WarehouseBusy, publish
from warehouse.migrate import WarehouseRefused, WarehouseUnreadable, check_warehouse

log = logging.getLogger(__name__)
UNTOUCHED = "the warehouse was left as it was"
COUNTED = ("raw.documents", *(f"core.{t}" for t in CLAIM_TABLES))


class RebuildRefused(RuntimeError):
    """The archive cannot support a rebuild; the message is one line."""


@dataclass
class ArchivePlan:
    targets: list[Target]
    urls: int
    damaged: list[tuple[str, str, str]] = field(default_factory=list)  # (state, document_id, url)


@dataclass
class Change:
    table: str
    before: int | None  # None: no readable warehouse to compare with
    after: int

    @property
    def shrink_pct(self) -> float:
        return 100.0 * (self.before - self.after) / self.before if self.before else 0.0

    def line(self) -> str:
        if self.before is None:
            return f"{self.table}: {self.after} rows (nothing to compare with)"
        return f"{self.table}: {self.before} → {self.after} rows ({self.after - self.before:+d})"


@dataclass
class RebuildSummary(RunSummary):
    """A run summary plus what a rebuild checked and would change."""

    damaged: list[tuple[str, str, str]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False

    def lines(self) -> list[str]:
        out = super().lines()
        out[1:1] = [("would change " if self.dry_run else "changes ") + c.line() for c in self.changes]
        out += [f"DAMAGED {state} object {doc} ({url})" for state, doc, url in self.damaged]
        if self.dry_run and self.error is None:
            out.append("dry run: nothing was published")
        return out


def plan_rebuild(settings: Settings) -> ArchivePlan:
    """Every archived body once (records grouped by canonical URL, every version), each one verified."""
    root = Path(settings.archive)
    if not (root / "urls").is_dir():
        what = "does not exist" if not root.exists() else "holds no URL records (no urls/ folder)"
        raise RebuildRefused(f"archive {root} {what}: nothing to rebuild from; {UNTOUCHED}")
    archive = Archive(root)
    merged = histories(settings, archive)
    if not merged:
        raise RebuildRefused(f"archive {root} holds no documents: nothing to rebuild from; {UNTOUCHED}")
    plan = ArchivePlan(targets(merged), len(merged))
    for target in plan.targets:
        if (state := archive.object_state(target.document_id)) != "ok":
            plan.damaged.append((state, target.document_id, target.url))
    return plan


def damaged_reason(plan: ArchivePlan, root: Path) -> str:
    state, doc, url = plan.damaged[0]
    return (f"{len(plan.damaged)} archived object(s) missing or corrupt under {root} (first: {state} {doc} for "
            f"{url}); {UNTOUCHED} — restore them, or run `kzelect run` to fetch them again")


def current_counts(warehouse: Path) -> dict[str, int] | None:
    """Rows per counted table of the live warehouse; None when there is none or it is unreadable.
    A warehouse migrated by a newer kzelect raises (a rebuild would drop what this code does not know)."""
    try:
        check_warehouse(warehouse)
    except WarehouseUnreadable as exc:
        log.warning("%s", exc)
        return None
    if not Path(warehouse).exists():
        return None
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {f"{s}.{t}" for s, t in con.sql("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()}
        return {t: con.sql(f"SELECT count(*) FROM {t}").fetchall()[0][0] if t in tables else 0 for t in COUNTED}
    finally:
        con.close()


def changes(before: dict[str, int] | None, batch: LoadBatch) -> list[Change]:
    after = {"raw.documents": batch.documents.height,
             **{f"core.{t}": batch.claims[t].height if t in batch.claims else 0 for t in CLAIM_TABLES}}
    return [Change(t, before.get(t) if before is not None else None, after[t]) for t in COUNTED]


def shrink_reason(found: list[Change], max_pct: float) -> str | None:
    worst = max(found, key=lambda c: c.shrink_pct, default=None)
    if worst is None or worst.shrink_pct <= max_pct:
        return None
    return (f"the rebuild would drop {worst.shrink_pct:.0f}% of {worst.table} ({worst.before} → {worst.after} "
            f"rows; more than rebuild_max_shrink_pct {max_pct:g}%); {UNTOUCHED} — pass --allow-shrink to publish it")


def parse_targets(settings: Settings, chosen: list[Target]) -> list[pipeline.Parsed]:
    """Sequential parsing (the flow maps `pipeline.parse_record` over tasks instead)."""
    archive = Archive(settings.archive)
    return [pipeline.parse_record(archive, t.record, pipeline.parse_budget(settings)) for t in chosen]


def preflight(settings: Settings, summary: RebuildSummary) -> tuple[dict[str, int] | None, ArchivePlan] | None:
    """The checks before any parsing: the live warehouse's counts and the verified archive plan, or None
    with `summary.error` (and `summary.damaged`) saying why the rebuild is refused."""
    try:
        before = current_counts(settings.warehouse)
        plan = plan_rebuild(settings)
    except (RebuildRefused, WarehouseRefused) as exc:
        summary.error = str(exc)
        return None
    summary.documents_found = len(plan.targets)
    summary.damaged = plan.damaged
    if plan.damaged:
        summary.error = damaged_reason(plan, settings.archive)
        return None
    return before, plan


def run_rebuild(settings: Settings, *, allow_shrink: bool = False, dry_run: bool = False,
                parse_all: Callable[[list[Target]], list[pipeline.Parsed]] | None = None) -> RebuildSummary:
    """Check, parse every archived version, compare with the live warehouse, then publish (or not)."""
    run_id, started = pipeline.new_run_id(), dt.datetime.now(dt.UTC)
    summary = RebuildSummary(run_id, str(settings.warehouse), dry_run=dry_run)
    checked = preflight(settings, summary)
    if checked is None:
        return summary
    before, plan = checked
    parsed = (parse_all or (lambda ts: parse_targets(settings, ts)))(plan.targets)
    summary.parsed = len(parsed)
    prepared = pipeline.prepare(settings, run_id, parsed, [], fresh=True)
    prepared.batch.versions = version_frame(settings)
    summary.changes = changes(before, prepared.batch)
    summary.refused = prepared.refused
    loaded = {t: f.height for t, f in prepared.batch.claims.items()}
    refusal = None if allow_shrink else shrink_reason(summary.changes, settings.rebuild_max_shrink_pct)
    if refusal:
        summary.error = ("dry run: " if dry_run else "") + refusal
        return summary
    if dry_run:
        return summary
    prepared.batch.audit["runs"] = pipeline.run_row(run_id, started, [], len(parsed), prepared, loaded,
                                                    "rebuild from the archive")
    try:
        publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    except (WarehouseBusy, WarehouseRefused, LoadRefused) as exc:  # said in one line, nothing published
        summary.error = str(exc)
        return summary
    pipeline.keep_staged(settings, prepared.frames)
    summary.rows_loaded = loaded
    return summary
