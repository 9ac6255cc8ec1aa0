"""The pipeline's steps as plain functions (no Prefect): flows/ wraps them in tasks.

discover → fetch (archive) → extract → stage (polars) → resolve names and regions → gate (GX) →
publish (DuckDB). Each step returns data, never a connection, so tasks can run them anywhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import secrets
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from expectations.gate import build_data_docs, run_gate, withhold
from kzelect.config import Settings
from sources.archive import Archive, UrlRecord
from sources.crawl import (
    HTML_TYPES,
    PDF_TYPES,
    Discovery,
    DocumentRef,
    FetchRecord,
    discover_cec,
    discover_osce,
    fetch_into_archive,
)
from sources.extract import EXTRACTOR_VERSION, assign_elections, extract_document
from sources.http import HttpClient
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


@functools.lru_cache(maxsize=4)
def http_client(settings: Settings) -> HttpClient:
    """One client per settings, shared by every task of the process: politeness limits are per origin."""
    return HttpClient(settings.http, [settings.cec_url, settings.osce_url])


def discover(settings: Settings) -> Discovery:
    client, archive, found = http_client(settings), Archive(settings.archive), Discovery()
    discover_cec(client, archive, settings.cec_url, settings.cec_languages, settings.max_listing_pages, found)
    discover_osce(client, archive, settings.osce_url, settings.osce_country_path, found)
    return found


def fetch(settings: Settings, ref: DocumentRef) -> FetchRecord:
    expect = PDF_TYPES if ref.role == "report" else HTML_TYPES
    record, _body = fetch_into_archive(http_client(settings), Archive(settings.archive), ref.url,
                                       source=ref.source, role=ref.role, hints=ref.hints, expect=expect)
    if record.error:
        log.warning("fetch failed: %s: %s", ref.url, record.error)
    return record


@dataclass
class Parsed:
    """One document's extraction, or why it has none."""

    record: UrlRecord
    extraction: Extraction | None = None
    error: str | None = None


def extract(settings: Settings, url: str) -> Parsed:
    archive = Archive(settings.archive)
    record = archive.record_for(url)
    if record is None:
        raise LookupError(f"{url} is not in the archive {settings.archive}")
    try:
        return Parsed(record, extract_document(archive.read(record.document_id), record))
    except ParseError as exc:
        return Parsed(record, error=str(exc))
    except Exception as exc:  # a parser bug must not stop the run: the document is quarantined
        log.error("parser crashed on %s:\n%s", url, traceback.format_exc())
        return Parsed(record, error=f"parser crashed: {type(exc).__name__}: {exc}")


def to_parse(settings: Settings, fetches: list[FetchRecord], reparse: bool = False) -> list[str]:
    """URLs whose documents this run must parse: new or changed bodies, or parsed by an older extractor."""
    loaded, _, _ = read_state(settings.warehouse)
    urls: dict[str, str] = {}  # document_id → the first URL serving it: the same bytes are parsed once
    for f in fetches:
        if f.ok and (reparse or f.changed or (f.document_id, EXTRACTOR_VERSION) not in loaded):
            urls.setdefault(f.document_id or "", f.url)
    return list(urls.values())


@dataclass
class Prepared:
    batch: LoadBatch
    refused: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # url → [(table, reason)]
    staged_rows: dict[str, int] = field(default_factory=dict)
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)  # everything staged, for the Data Docs


CLAIM_TABLES = ("results", "turnout", "detentions", "infractions")
AUDIT_SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "quarantine": {"run_id": pl.String(), "document_id": pl.String(), "url": pl.String(),
                   "table_name": pl.String(), "reason": pl.String(), "quarantined_at": pl.Datetime("us")},
    "validations": {"run_id": pl.String(), "suite": pl.String(), "document_id": pl.String(),
                    "success": pl.Boolean(), "failed_expectations": pl.String()},
    "fetches": {"run_id": pl.String(), "url": pl.String(), "source": pl.String(), "role": pl.String(),
                "status": pl.Int32(), "attempts": pl.Int32(), "error": pl.String(), "byte_size": pl.Int64(),
                "document_id": pl.String(), "changed": pl.Boolean()},
}
ELECTIONS_SCHEMA = {"election_id": pl.String, "election_type": pl.String, "election_date": pl.Date,
                    "name_en": pl.String}


@dataclass
class Staged:
    frames: dict[str, pl.DataFrame]  # claims per table, plus 'documents'
    elections: list[dict]
    parse_errors: dict[str, str]  # document_id → why it has no claims


def stage(settings: Settings, parsed: list[Parsed], known: list[ElectionRef]) -> Staged:
    """Extractions → row dicts → staged polars frames; documents that name no election get one by date."""
    assign_elections([p.extraction for p in parsed if p.extraction is not None], known)
    archive = Archive(settings.archive)
    rows: dict[str, list[dict]] = {table: [] for table in CLAIM_TABLES}
    documents, elections = [], []
    parse_errors = {p.record.document_id: p.error for p in parsed if p.error}
    for p in parsed:
        path = str(archive.object_path(p.record.document_id).relative_to(archive.root))
        documents.append(document_row(p.record, p.extraction, path, EXTRACTOR_VERSION))
        if p.extraction is None:
            continue
        if (row := election_row(p.extraction)) is not None:
            elections.append(row)
        elif p.extraction.doc_kind in {"results_preliminary", "results_final", "turnout"}:
            parse_errors[p.record.document_id] = "no election could be identified from the text"
        for table, table_rows in claim_rows(p.extraction, p.record).items():
            rows[table].extend(table_rows)
    frames = {table: staged_frame(table, table_rows) for table, table_rows in rows.items()}
    frames["documents"] = staged_frame("documents", documents)
    return Staged(frames, elections, parse_errors)


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


def audit_frames(run_id: str, refused: dict[str, list[tuple[str, str]]], url_of: dict[str, str],
                 validations: list[dict], fetches: list[FetchRecord]) -> dict[str, pl.DataFrame]:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = {
        "quarantine": [{"run_id": run_id, "document_id": doc, "url": url_of.get(doc), "table_name": table,
                        "reason": reason, "quarantined_at": now}
                       for doc, reasons in refused.items() for table, reason in reasons],
        "validations": [{"run_id": run_id, **v} for v in validations],
        "fetches": [{"run_id": run_id, "url": f.url, "source": f.source, "role": f.role, "status": f.status,
                     "attempts": f.attempts, "error": f.error, "byte_size": f.byte_size,
                     "document_id": f.document_id, "changed": f.changed} for f in fetches],
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
    refused: dict[str, list[tuple[str, str]]] = {doc: [("parse", err)] for doc, err in staged.parse_errors.items()}
    for doc, reasons in gate.refused.items():
        refused.setdefault(doc, []).extend(reasons)
    accepted = withhold({t: frames[t] for t in CLAIM_TABLES}, refused)
    claims = {
        "results": accepted["results"].rename({"contestant_name": "name_as_written",
                                               "region_name": "region_as_written"}),
        "turnout": accepted["turnout"].rename({"region_name": "region_as_written"}),
        "detentions": accepted["detentions"],
        "infractions": accepted["infractions"],
    }
    documents = frames["documents"].with_columns(
        pl.when(pl.col("document_id").is_in(list(refused)))
        .then(pl.lit(EXTRACTOR_VERSION + QUARANTINED_SUFFIX)).otherwise(pl.col("extractor_version"))
        .alias("extractor_version"))
    url_of = {p.record.document_id: p.record.url for p in parsed}
    batch = LoadBatch(
        run_id=run_id,
        documents=documents,
        elections=pl.DataFrame(staged.elections, schema=ELECTIONS_SCHEMA),
        contestants=registry.new_contestants(),
        claims=claims,
        replaced_documents=[p.record.document_id for p in parsed if p.record.document_id not in refused],
        audit=audit_frames(run_id, refused, url_of, gate.validations, fetches),
        fresh=fresh,
    )
    refused_by_url = {url_of.get(doc, doc): reasons for doc, reasons in refused.items()}
    return Prepared(batch, refused_by_url, {t: f.height for t, f in frames.items()}, frames)


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
    failed = sum(1 for f in fetches if not f.ok)
    status = "ok" if not failed and not prepared.refused else "partial"
    return pl.DataFrame([{
        "run_id": run_id, "started_at": started.replace(tzinfo=None),
        "finished_at": dt.datetime.now(dt.UTC).replace(tzinfo=None), "status": status,
        "documents_fetched": len(fetches) - failed, "documents_failed": failed, "documents_parsed": parsed,
        "documents_quarantined": len(prepared.refused), "rows_loaded": json.dumps(loaded, sort_keys=True),
        "message": message,
    }])
