"""The validation gate: run each staged table's suite once, refuse whole documents whose rows fail.

`run_gate` validates every staged table in one GX pass (an ephemeral context and the suites are built once
per process), maps failing rows back to their documents through `document_id` and a row number, and turns
each failure into a sentence from the expectation's reason template. A document refused by any table is
refused whole: `withhold` drops its rows everywhere.

Great Expectations is imported lazily: it costs ~5 s, which commands that never validate should not pay.
"""

from __future__ import annotations

import functools
import logging
import shutil
import string
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from expectations.frames import to_pandas
from transforms import arithmetic
from transforms.staging import SCHEMAS

log = logging.getLogger(__name__)

TABLES = ("results", "turnout", "detentions", "infractions", "documents")
ROW = "_row"  # row number added before validation, to find a failing row's other values
NO_DOCUMENT = "(no document_id)"  # refusal key for rows that name no document
REASONS_PER_EXPECTATION = 3  # per document; the rest are counted, not listed
RESULT_FORMAT: dict[str, Any] = {
    # COMPLETE, not SUMMARY: every failing row must reach its document, not only the first 20.
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["document_id", ROW],
    "return_unexpected_index_query": False,
    "include_unexpected_rows": False,
}

# Data Docs show the first failing rows of each expectation with their documents; the gate needs them all.
DOCS_RESULT_FORMAT: dict[str, Any] = {
    "result_format": "SUMMARY",
    "unexpected_index_column_names": ["document_id"],
    "partial_unexpected_count": 20,
}

CHECKS: dict[str, Callable[[Mapping[str, pl.DataFrame]], pl.DataFrame]] = {
    "results": lambda f: arithmetic.results_checks(f["results"], f.get("turnout")),
    "turnout": lambda f: arithmetic.turnout_checks(f["turnout"]),
    "detentions": lambda f: arithmetic.detention_checks(f["detentions"]),
    "infractions": lambda f: arithmetic.infraction_checks(f["infractions"]),
    "documents": lambda f: f["documents"],
}


@dataclass
class GateResult:
    # document_id → [(table, reason in words)]: for audit.quarantine and the run summary
    refused: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # one per suite × document judged: suite, document_id, success, failed_expectations (for audit.validations)
    validations: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.refused


def checked_frames(frames: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The staged frames with resolved columns in place, check columns added and rows numbered."""
    from expectations.suites import RESOLVED_COLUMNS

    unknown = set(frames) - set(TABLES)
    if unknown:
        raise ValueError(f"no suite for staged table(s): {', '.join(sorted(unknown))}")
    conformed: dict[str, pl.DataFrame] = {}
    for table, frame in frames.items():
        missing = set(SCHEMAS[table]) - set(frame.columns)
        if missing:
            raise ValueError(f"staged {table} frame lacks column(s) {', '.join(sorted(missing))}")
        expected = {**SCHEMAS[table], **RESOLVED_COLUMNS[table]}
        if table in ("results", "turnout"):
            absent = set(RESOLVED_COLUMNS[table]) - set(frame.columns)
            if absent:
                raise ValueError(f"staged {table} frame lacks resolved column(s) {', '.join(sorted(absent))}")
        # Optional resolved columns default to null; all-null columns get their contract dtype.
        frame = frame.with_columns(
            pl.lit(None, dtype).alias(name) for name, dtype in expected.items() if name not in frame.columns
        ).with_columns(
            pl.col(name).cast(expected[name])
            for name, dtype in frame.schema.items()
            if dtype == pl.Null and name in expected
        )
        conformed[table] = frame
    return {table: CHECKS[table](conformed).with_row_index(ROW) for table in conformed}


@dataclass
class _Runtime:
    batches: dict[str, Any]  # table → GX batch definition over an in-memory dataframe
    suites: dict[str, Any]  # table → GX expectation suite
    lock: threading.Lock  # GX contexts are not documented as thread-safe; Prefect may call from threads


def _silence(context: Any) -> None:
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)


_RUNTIME_LOCK = threading.Lock()


def _runtime() -> _Runtime:
    """The ephemeral context, batch definitions and suites: built on first use, then reused by the process."""
    with _RUNTIME_LOCK:
        return _build_runtime()


@functools.cache
def _build_runtime() -> _Runtime:
    import great_expectations as gx

    from expectations.suites import build_suites

    context = gx.get_context(mode="ephemeral")
    _silence(context)
    source = context.data_sources.add_pandas("staged")
    batches = {t: source.add_dataframe_asset(t).add_batch_definition_whole_dataframe("run") for t in TABLES}
    suites = {t: context.suites.add(s) for t, s in build_suites().items()}
    return _Runtime(batches, suites, threading.Lock())


class _Reason(string.Formatter):
    """str.format that renders missing or null values as 'null' instead of raising."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return kwargs.get(str(key))

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return "null"
        try:
            return super().format_field(value, format_spec)
        except (TypeError, ValueError):
            return str(value)


_REASON = _Reason()


def _document_of(entry: Mapping[str, Any]) -> str:
    document = entry.get("document_id")
    return document if isinstance(document, str) and document else NO_DOCUMENT


def _validate(runtime: _Runtime, table: str, frame: pl.DataFrame) -> list[Any]:
    """The failed expectation results of one table, each with its failing rows.

    GX's cost is per expectation, not per row, and COMPLETE results cost twice BOOLEAN_ONLY: the suite runs
    as pass/fail first, and only the expectations that failed run again to name their rows.
    """
    with runtime.lock:
        batch = runtime.batches[table].get_batch(batch_parameters={"dataframe": to_pandas(frame)})
        verdict = batch.validate(runtime.suites[table], result_format="BOOLEAN_ONLY")
        return [
            batch.validate(outcome.expectation_config.to_domain_obj(), result_format=RESULT_FORMAT)
            for outcome in verdict.results
            if not outcome.success
        ]


def _failures(frame: pl.DataFrame, outcomes: list[Any]) -> dict[str, list[str]]:
    """document_id → reasons, from one table's failed expectation results."""
    from expectations.suites import REASON

    failures: dict[str, list[str]] = {}
    all_documents = _documents(frame)
    for outcome in outcomes:
        if outcome.success:  # cannot happen on the same data; kept so a flaky check never refuses blindly
            continue
        config = outcome.expectation_config
        template = config.meta.get(REASON) or config.description or config.type
        exception = (outcome.exception_info or {}).get("exception_message")
        indexed = outcome.result.get("unexpected_index_list")
        by_document: dict[str, list[str]] = {}
        if exception:
            column = config.kwargs.get("column", "the table")
            reason = f"check on {column} could not run: {exception}"
            by_document = {document: [reason] for document in all_documents}
        elif indexed:
            for entry in indexed:
                row = frame.row(int(entry[ROW]), named=True)
                by_document.setdefault(_document_of(entry), []).append(_REASON.format(template, **row))
        else:  # a whole-column result (a dtype): every document of the table shares it
            reason = _REASON.format(template, observed=outcome.result.get("observed_value"))
            by_document = {document: [reason] for document in all_documents}
        for document, reasons in by_document.items():
            distinct = list(dict.fromkeys(reasons))
            shown = distinct[:REASONS_PER_EXPECTATION]
            if len(distinct) > len(shown):
                shown.append(f"… and {len(distinct) - len(shown)} more like it")
            failures.setdefault(document, []).extend(shown)
    return failures


def _documents(frame: pl.DataFrame) -> list[str]:
    ids = frame.get_column("document_id").unique(maintain_order=True).to_list()
    return [document if document else NO_DOCUMENT for document in ids]


def run_gate(frames: Mapping[str, pl.DataFrame]) -> GateResult:
    """Validate each staged table once; refuse every document with a failing row, and say why."""
    started = time.perf_counter()
    result = GateResult()
    if all(frame.is_empty() for frame in frames.values()):
        return result  # nothing staged (an incremental run with no change): no need to load GX at all
    runtime = _runtime()
    for table, frame in checked_frames(frames).items():
        if frame.is_empty():
            continue
        failures = _failures(frame, _validate(runtime, table, frame))
        for document in _documents(frame):
            reasons = failures.get(document, [])
            result.validations.append(
                {
                    "suite": table,
                    "document_id": document,
                    "success": not reasons,
                    "failed_expectations": "; ".join(reasons) or None,
                }
            )
            for reason in reasons:
                result.refused.setdefault(document, []).append((table, reason))
    result.seconds = time.perf_counter() - started
    log.info(
        "gate: %d validations, %d document(s) refused in %.2f s",
        len(result.validations),
        len(result.refused),
        result.seconds,
    )
    for document, reasons in result.refused.items():
        log.warning("refused %s: %s", document, "; ".join(f"{t}: {r}" for t, r in reasons))
    return result


def withhold(
    frames: Mapping[str, pl.DataFrame],
    refused: Collection[str],
    keep: Collection[str] = (),
) -> dict[str, pl.DataFrame]:
    """Frames without the rows of refused documents (and rows naming no document), in every table.

    Tables named in `keep` pass through whole (e.g. `documents`, when refused bodies stay in raw.documents).
    """
    refused_ids = [document for document in refused if document != NO_DOCUMENT]
    return {
        table: frame
        if table in keep
        else frame.filter(pl.col("document_id").is_not_null() & ~pl.col("document_id").is_in(refused_ids))
        for table, frame in frames.items()
    }


def build_data_docs(frames: Mapping[str, pl.DataFrame], directory: str | Path) -> Path:
    """Validate the frames in a file context at `directory` and build its Data Docs; returns index.html.

    The directory is build output: a previous build there is replaced, so the docs show this run only.
    """
    import great_expectations as gx

    from expectations.suites import build_suites

    root = Path(directory)
    if root.exists() and any(root.iterdir()):
        if not (root / "great_expectations.yml").exists():
            raise ValueError(f"{root} is not empty and holds no GX build; refusing to replace it")
        shutil.rmtree(root)
    context = gx.get_context(mode="file", context_root_dir=str(root))
    _silence(context)
    source = context.data_sources.add_pandas("staged")
    suites = build_suites()
    for table, frame in checked_frames(frames).items():
        if frame.is_empty():
            continue
        batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("run")
        suite = context.suites.add(suites[table])
        definition = context.validation_definitions.add(gx.ValidationDefinition(name=table, data=batch, suite=suite))
        # The checkpoint stores the result; the site is built once at the end, not once per table.
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(name=table, validation_definitions=[definition], result_format=DOCS_RESULT_FORMAT)
        )
        checkpoint.run(batch_parameters={"dataframe": to_pandas(frame)})
    context.build_data_docs()
    index = root / "uncommitted" / "data_docs" / "local_site" / "index.html"
    if not index.exists():
        raise RuntimeError(f"GX built no Data Docs at {index}")
    return index
