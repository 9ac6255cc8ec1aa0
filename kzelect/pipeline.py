"""The pipeline's steps as plain functions (no Prefect): flows/ wraps them in tasks.

discover → fetch (archive) → extract → stage (polars) → resolve names and regions → gate (GX) →
publish (DuckDB). Each step returns data, never a connection, so tasks can run them anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from expectations.claim_sets import WHOLE_DOCUMENT, Refusal, flag
from expectations.gate import build_data_docs, run_gate, withhold
from kzelect.config import Settings

# The flows, tests and the benchmarks reach the discovery steps as pipeline.harvest (pipelined) / .discover / .fetch.
from kzelect.discovery import REVISITED_ROLES, Harvest, discover, fetch, harvest, http_client, known_documents  # noqa: F401
from kzelect.versions import Target, stale_versions
from sources import budget
from sources.archive import Archive, UrlRecord
from sources.budget import OVER_BUDGET, Budget, OverBudget
from sources.crawl import FetchRecord
from sources.extract import (
    EXTRACTOR_VERSION,
    assign_elections,
    describe_document,
    extract_document,
    language_from_url,
)
from sources.records import ElectionRef, Extraction, ParseError
from sources.rows import claim_rows, document_row, election_row
from transforms.contestants import ContestantRegistry, resolve_contestants
from transforms.regions import resolve_regions
from transforms.staging import staged_frame
from warehouse.load import LoadBatch, read_state
from warehouse.migrate import sql_dir

log = logging.getLogger(__name__)
QUARANTINED_SUFFIX = "+quarantined"  # such documents are re-parsed (and re-reported) on every run


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


@dataclass
class Parsed:
    """One document's extraction, or why it has none."""

    record: UrlRecord
    extraction: Extraction | None = None
    error: str | None = None
    described: Extraction | None = None  # when the parse failed: what the document is (language, kind)


def extract(settings: Settings, url: str, document_id: str | None = None) -> Parsed:
    """Parse the archived body of `url` (canonical): its current version, or the version `document_id`."""
    archive = Archive(settings.archive)
    record = archive.record_for(url)
    if record is None:
        raise LookupError(f"{url} is not in the archive {settings.archive}")
    if document_id is not None and document_id != record.document_id:
        version = next((v for v in record.history() if v.document_id == document_id), None)
        if version is None:
            raise LookupError(f"{url} never served {document_id} (archive {settings.archive})")
        record = record.at(version)
    return parse_record(archive, record, parse_budget(settings))


def parse_budget(settings: Settings) -> Budget:
    return Budget(settings.parse_time_budget_s, settings.parse_text_budget_bytes)


def parse_record(archive: Archive, record: UrlRecord, limits: Budget | None = None) -> Parsed:
    """One archived body → its extraction; a body that no longer matches its hash is not parsed. A parse over
    its budget (time or text) stops and is recorded: the document is not parsed again until it changes."""
    if (state := archive.object_state(record.document_id)) != "ok":
        return Parsed(record, error=f"archived body {state}: {archive.object_path(record.document_id)}")
    body = archive.read(record.document_id)
    limits = limits or Budget()
    try:
        with budget.parsing(limits, len(body)):
            extraction = extract_document(body, record)
            spent = budget.elapsed()
        if spent > limits.time_s:  # a parser without checks ran over: still recorded, and never parsed again
            raise OverBudget(len(body), spent, limits)
        return Parsed(record, extraction)
    except OverBudget as exc:
        log.warning("%s: %s", record.url, exc)
        return Parsed(record, error=str(exc), described=Extraction(
            record.document_id, "other", title=record.hints.get("title"),  # type: ignore[arg-type]
            language=language_from_url(record)))  # type: ignore[arg-type]
    except ParseError as exc:
        return Parsed(record, error=str(exc), described=describe_document(body, record))
    except Exception as exc:  # a parser bug must not stop the run: the document is quarantined
        log.error("parser crashed on %s:\n%s", record.url, traceback.format_exc())
        return Parsed(record, error=f"parser crashed: {type(exc).__name__}: {exc}",
                      described=describe_document(body, record))


def to_parse(settings: Settings, fetches: list[FetchRecord], reparse: bool = False) -> list[str]:
    """URLs whose documents this run must parse: new or changed bodies, or parsed by an older extractor."""
    loaded, _, _ = read_state(settings.warehouse)
    urls: dict[str, str] = {}  # document_id → the first URL serving it: the same bytes are parsed once
    for f in fetches:
        if f.ok and (reparse or f.changed or (f.document_id, EXTRACTOR_VERSION) not in loaded):
            urls.setdefault(f.document_id or "", f.url)
    return list(urls.values())


def superseded_to_parse(settings: Settings, reparse: bool = False) -> list[Target]:
    """Superseded archived versions not yet parsed by this extractor (see kzelect.versions.stale_versions)."""
    loaded = set() if reparse else read_state(settings.warehouse)[0]
    return stale_versions(settings, loaded, EXTRACTOR_VERSION)


@dataclass
class Prepared:
    batch: LoadBatch
    refused: dict[str, list[Refusal]] = field(default_factory=dict)  # url → [(table, reason, claim set)]
    staged_rows: dict[str, int] = field(default_factory=dict)
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)  # everything staged, for the Data Docs
    unread: int = 0  # figures and clauses the parsers saw and could not read (audit.unread)
    elections_created: list[tuple[str, str]] = field(default_factory=list)  # (election_id, url): not in calendar


CLAIM_TABLES = ("results", "turnout", "detentions", "infractions")
AUDIT_SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "quarantine": {"run_id": pl.String(), "document_id": pl.String(), "url": pl.String(),
                   "table_name": pl.String(), "reason": pl.String(), "quarantined_at": pl.Datetime("us"),
                   "claim_set": pl.String()},
    "validations": {"run_id": pl.String(), "suite": pl.String(), "document_id": pl.String(),
                    "success": pl.Boolean(), "failed_expectations": pl.String(), "level": pl.String(),
                    "claim_set": pl.String()},
    "unread": {"run_id": pl.String(), "document_id": pl.String(), "url": pl.String(), "page": pl.Int32(),
               "clause": pl.String(), "figure": pl.String(), "reason": pl.String()},
    "fetches": {"run_id": pl.String(), "url": pl.String(), "source": pl.String(), "role": pl.String(),
                "status": pl.Int32(), "attempts": pl.Int32(), "error": pl.String(), "byte_size": pl.Int64(),
                "document_id": pl.String(), "changed": pl.Boolean(), "fetched_url": pl.String(),
                "note": pl.String()},
}
ELECTIONS_SCHEMA = {"election_id": pl.String, "election_type": pl.String, "election_date": pl.Date,
                    "name_en": pl.String, "early": pl.Boolean, "body": pl.String, "name_ru": pl.String,
                    "name_kk": pl.String, "in_calendar": pl.Boolean, "created_by_document": pl.String}


@dataclass
class Staged:
    frames: dict[str, pl.DataFrame]  # claims per table, plus 'documents'
    elections: list[dict]
    parse_errors: dict[str, str]  # document_id → why it has no claims
    unread: list[dict] = field(default_factory=list)  # audit.unread rows (without run_id)
    unassigned: dict[str, str] = field(default_factory=dict)  # document_id → why its figures name no election


def stage(settings: Settings, parsed: list[Parsed], known: list[ElectionRef]) -> Staged:
    """Extractions → row dicts → staged polars frames; documents that name no election are tied to the
    calendar election their kind and date point to (never to one a publication date would invent)."""
    assign_elections([p.extraction for p in parsed if p.extraction is not None], known)
    archive = Archive(settings.archive)
    rows: dict[str, list[dict]] = {table: [] for table in CLAIM_TABLES}
    documents, elections, unread = [], [], []
    parse_errors = {p.record.document_id: p.error for p in parsed if p.error}
    unassigned: dict[str, str] = {}
    for p in parsed:
        path = str(archive.object_path(p.record.document_id).relative_to(archive.root))
        documents.append(document_row(p.record, p.extraction or p.described, path, EXTRACTOR_VERSION))
        if p.extraction is None:
            continue
        unread += [{"document_id": p.record.document_id, "url": p.record.url, "page": u.page, "clause": u.clause,
                    "figure": u.figure, "reason": u.reason} for u in p.extraction.unread]
        if (row := election_row(p.extraction)) is not None:
            elections.append(row)
        elif (p.extraction.results or p.extraction.turnout or p.extraction.detentions
              or p.extraction.infractions):  # claims read, but of no identifiable vote
            unassigned[p.record.document_id] = "no election could be identified from the text"
        for table, table_rows in claim_rows(p.extraction, p.record).items():
            rows[table].extend(table_rows)
    frames = {table: staged_frame(table, table_rows) for table, table_rows in rows.items()}
    frames["documents"] = staged_frame("documents", documents)
    return Staged(frames, elections, parse_errors, unread, unassigned)


def resolve(frames: dict[str, pl.DataFrame], registry: ContestantRegistry) -> dict[str, pl.DataFrame]:
    """Regions as written → ISO codes, contestant names → contestant ids (new ones join the registry)."""
    regions = pl.read_csv(sql_dir("seeds") / "regions.csv", infer_schema=False)
    out = dict(frames)
    out["results"] = resolve_contestants(resolve_regions(frames["results"], regions), registry)
    out["turnout"] = resolve_regions(frames["turnout"], regions)
    for table in ("detentions", "infractions"):  # a place is optional there: no place, no code
        out[table] = resolve_regions(frames[table], regions, column="location").with_columns(
            pl.when(pl.col("location").is_null()).then(None).otherwise(pl.col("region_code"))
            .alias("region_code"))
    return out


def contestant_registry(warehouse_contestants: pl.DataFrame | None) -> ContestantRegistry:
    seed = pl.read_csv(sql_dir("seeds") / "contestants.csv", infer_schema=False)
    if warehouse_contestants is not None and not warehouse_contestants.is_empty():
        seed = pl.concat([seed, warehouse_contestants], how="diagonal")
    return ContestantRegistry.from_frame(seed)


def audit_frames(run_id: str, refused: dict[str, list[Refusal]], url_of: dict[str, str],
                 validations: list[dict], fetches: list[FetchRecord],
                 unread: list[dict] | None = None) -> dict[str, pl.DataFrame]:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = {
        "quarantine": [{"run_id": run_id, "document_id": doc, "url": url_of.get(doc), "table_name": r.table,
                        "reason": r.reason, "quarantined_at": now, "claim_set": r.claim_set}
                       for doc, refusals in refused.items() for r in refusals],
        "validations": [{"run_id": run_id, **v} for v in validations],
        "unread": [{"run_id": run_id, **u} for u in unread or []],
        "fetches": [{"run_id": run_id, "url": f.url, "source": f.source, "role": f.role, "status": f.status,
                     "attempts": f.attempts, "error": f.error, "byte_size": f.byte_size,
                     "document_id": f.document_id, "changed": f.changed, "fetched_url": f.fetched_url,
                     "note": f.note} for f in fetches],
    }
    return {table: pl.DataFrame(rows[table], schema=schema) for table, schema in AUDIT_SCHEMAS.items()}


def prepare(settings: Settings, run_id: str, parsed: list[Parsed], fetches: list[FetchRecord],
            fresh: bool = False) -> Prepared:
    """Stage claims as polars frames, resolve names and regions, run the GX gate, assemble the load."""
    _, known, warehouse_contestants = read_state(settings.warehouse) if not fresh else (set(), [], None)
    known_elections = [ElectionRef(d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)), t)
                       for _id, t, d in known]
    staged = stage(settings, parsed, known_elections)
    registry = contestant_registry(warehouse_contestants)
    frames = resolve(staged.frames, registry)

    gate = run_gate(frames)
    # Exactly the reasons that apply: a document that could not be parsed has no claims for a check to refuse.
    refused: dict[str, list[Refusal]] = {doc: [Refusal("parse", err)] for doc, err in staged.parse_errors.items()}
    for doc, why in staged.unassigned.items():
        refused.setdefault(doc, []).append(Refusal("election", why))
    for doc, refusals in gate.refused.items():
        if doc not in staged.parse_errors:
            refused.setdefault(doc, []).extend(refusals)
    accepted = withhold({t: frames[t] for t in CLAIM_TABLES}, refused)
    results = flag(accepted["results"], "results", gate.flagged("results"), "incomplete")
    claims = {
        "results": results.rename({"contestant_name": "name_as_written", "region_name": "region_as_written"}),
        "turnout": accepted["turnout"].rename({"region_name": "region_as_written"}),
        "detentions": accepted["detentions"],
        "infractions": accepted["infractions"],
    }
    # Quarantined documents are parsed again next run; one over its budget is not, until its body changes.
    retried = [doc for doc, err in refused.items() if not staged.parse_errors.get(doc, "").startswith(OVER_BUDGET)]
    documents = frames["documents"].with_columns(
        pl.when(pl.col("document_id").is_in(retried))
        .then(pl.lit(EXTRACTOR_VERSION + QUARANTINED_SUFFIX)).otherwise(pl.col("extractor_version"))
        .alias("extractor_version"))
    url_of = {p.record.document_id: p.record.url for p in parsed}
    whole = {doc for doc, refusals in refused.items() if any(r.claim_set == WHOLE_DOCUMENT for r in refusals)}
    created = _elections_created(staged.elections, url_of)
    batch = LoadBatch(
        run_id=run_id,
        documents=documents,
        elections=pl.DataFrame(staged.elections, schema=ELECTIONS_SCHEMA),
        contestants=registry.new_contestants(),
        claims=claims,
        # A document refused only in some claim sets still replaces its claims with the sets that passed.
        replaced_documents=[p.record.document_id for p in parsed if p.record.document_id not in whole],
        audit=audit_frames(run_id, refused, url_of, gate.validations + _created_validations(staged.elections),
                           fetches, staged.unread),
        fresh=fresh,
    )
    refused_by_url = {url_of.get(doc, doc): reasons for doc, reasons in refused.items()}
    return Prepared(batch, refused_by_url, {t: f.height for t, f in frames.items()}, frames,
                    unread=len(staged.unread), elections_created=created)


def _elections_created(elections: list[dict], url_of: dict[str, str]) -> list[tuple[str, str]]:
    """Votes absent from the calendar that a document's text stated (date and type): the run reports them."""
    created = {(e["election_id"], url_of.get(e["created_by_document"], e["created_by_document"]))
               for e in elections if not e.get("in_calendar")}
    return sorted(created)


def _created_validations(elections: list[dict]) -> list[dict]:
    return [{"suite": "elections", "document_id": e["created_by_document"], "success": False,
             "failed_expectations": f"{e['election_id']} is not in the election calendar: created from the "
                                    "date and type the document states", "level": "warning",
             "claim_set": f"election {e['election_id']}"}
            for e in {e["election_id"]: e for e in elections if not e.get("in_calendar")}.values()]


def notes(prepared: Prepared) -> dict:
    """What the run summary says beside rows and refusals: unread figures, votes created outside the calendar."""
    return {"unread": prepared.unread, "elections_created": list(prepared.elections_created)}


def data_docs_dir(settings: Settings) -> Path:
    """Great Expectations build output for the warehouse: the latest run's staged tables and their Data Docs."""
    return settings.warehouse.parent / "gx"


def keep_staged(settings: Settings, frames: dict[str, pl.DataFrame]) -> None:
    """Keep the run's staged tables (Parquet) so `kzelect docs` can build their Data Docs on demand:
    building them costs seconds that a scheduled run should not spend."""
    if all(frame.is_empty() for frame in frames.values()):
        return  # an unchanged re-run staged nothing: the previous run stays the latest with data
    staged = data_docs_dir(settings) / "staged"
    staged.mkdir(parents=True, exist_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(staged / f"{table}.parquet")


def build_docs(settings: Settings) -> Path:
    """Data Docs for the latest run's staged tables; returns their index.html."""
    staged = data_docs_dir(settings) / "staged"
    frames = {p.stem: pl.read_parquet(p) for p in sorted(staged.glob("*.parquet"))}
    if not frames:
        raise FileNotFoundError(f"no staged tables under {staged}: run `kzelect run` first")
    return build_data_docs(frames, data_docs_dir(settings) / "site")


def run_row(run_id: str, started: dt.datetime, fetches: list[FetchRecord], parsed: int,
            prepared: Prepared, loaded: dict[str, int], message: str | None) -> pl.DataFrame:
    failed = sum(1 for f in fetches if not f.ok and not f.deferred)
    fetches = [f for f in fetches if not f.deferred]  # deferred by a cap: not fetched, not failed
    status = "ok" if not failed and not prepared.refused else "partial"
    return pl.DataFrame([{
        "run_id": run_id, "started_at": started.replace(tzinfo=None),
        "finished_at": dt.datetime.now(dt.UTC).replace(tzinfo=None), "status": status,
        "documents_fetched": len(fetches) - failed, "documents_failed": failed, "documents_parsed": parsed,
        "documents_quarantined": len(prepared.refused), "rows_loaded": json.dumps(loaded, sort_keys=True),
        "message": message, "figures_unread": prepared.unread,
        "claim_sets_refused": sum(len({(r.table, r.claim_set) for r in refusals})
                                  for refusals in prepared.refused.values()),
        "elections_created": ", ".join(e for e, _url in prepared.elections_created) or None,
    }])
