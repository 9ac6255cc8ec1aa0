"""The validation gate: run each staged table's suite once, refuse the claim sets whose rows fail.

`run_gate` validates every staged table in one GX pass (an ephemeral context and the suites are built once
per process), maps failing rows back to their document and claim set (`expectations.claim_sets`) through a
row number, and turns each failure into a sentence from the expectation's reason template. An error-level
failure refuses its claim set only — the document's other sets still load (`withhold`); a warning-level one
(a results set whose shares sum clearly below 100) refuses nothing and flags its set (`GateResult.warnings`).
A failure of the documents suite (the document's own metadata) refuses the document whole.

Great Expectations is imported lazily: it costs ~5 s, which commands that never validate should not pay.
"""

from __future__ import annotations

import functools
import importlib
import logging
import shutil
import string
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from expectations.claim_sets import CLAIM_SET, WHOLE_DOCUMENT, Refusal, claim_set, withhold
from expectations.frames import to_pandas
from transforms import arithmetic
from transforms.staging import SCHEMAS

log = logging.getLogger(__name__)

TABLES = ("results", "turnout", "detentions", "infractions", "documents")
ROW = "_row"  # row number added before validation, to find a failing row's other values
NO_DOCUMENT = "(no document_id)"  # refusal key for rows that name no document
REASONS_PER_EXPECTATION = 3  # per claim set; the rest are counted, not listed
__all__ = ["NO_DOCUMENT", "GateResult", "Refusal", "build_data_docs", "run_gate", "withhold"]
RESULT_FORMAT: dict[str, Any] = {
    # COMPLETE, not SUMMARY: every failing row must reach its document, not only the first 20.
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["document_id", ROW],  # the row names its claim set
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
    # document_id → [Refusal(table, reason in words, claim set)]: for audit.quarantine and the run summary
    refused: dict[str, list[Refusal]] = field(default_factory=dict)
    # document_id → the warning-level failures (the set loads, flagged): for audit.validations
    warnings: dict[str, list[Refusal]] = field(default_factory=dict)
    # one per suite × document judged (level error), plus one per warned claim set (level warning):
    # suite, document_id, success, failed_expectations, level, claim_set (for audit.validations)
    validations: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.refused

    def flagged(self, table: str) -> set[tuple[str, str]]:
        """(document, claim set) pairs a warning-level check flagged in `table`: they load, flagged."""
        return {(doc, w.claim_set) for doc, warnings in self.warnings.items() for w in warnings if w.table == table}


def checked_frames(frames: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The staged frames with resolved columns in place, check columns added and rows numbered."""
    from expectations.rules import RESOLVED_COLUMNS

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
    return {table: CHECKS[table](conformed).with_columns(claim_set(table).alias(CLAIM_SET)).with_row_index(ROW)
            for table in conformed}


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


def warm_up_in_background(what: str, *modules: str) -> threading.Thread:
    """Import `modules` (the parsers a run is about to call), then build the gate (importing Great Expectations
    takes seconds; on a busy machine tens), in one daemon thread while the caller waits for something else (a
    Prefect server starting, the first poll of a watch). One thread, so that two imports never wait on each
    other's module locks. A failure is only logged: the first use imports or builds it again and reports it."""
    def build() -> None:
        started = time.monotonic()
        try:
            for module in modules:
                importlib.import_module(module)
            _runtime()
        except Exception as exc:  # said, and left for the first validation to report
            log.info("%s: loading the parsers or the validation gate failed (%s); their first use will", what, exc)
            return
        log.info("%s: parsers and validation gate loaded in %.1f s", what, time.monotonic() - started)

    thread = threading.Thread(target=build, name="gate-warm-up", daemon=True)
    thread.start()
    return thread


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


Failures = dict[tuple[str, str], list[str]]  # (document, claim set) → reasons


def _failures(table: str, frame: pl.DataFrame, outcomes: list[Any]) -> tuple[Failures, Failures]:
    """(errors, warnings): the reasons of one table's failed expectations, per document and claim set."""
    from expectations.rules import LEVEL, REASON

    errors: Failures = {}
    warnings: Failures = {}
    all_sets = _claim_sets(frame)
    for outcome in outcomes:
        if outcome.success:  # cannot happen on the same data; kept so a flaky check never refuses blindly
            continue
        config = outcome.expectation_config
        template = config.meta.get(REASON) or config.description or config.type
        exception = (outcome.exception_info or {}).get("exception_message")
        indexed = outcome.result.get("unexpected_index_list")
        by_set: Failures = {}
        if exception:
            column = config.kwargs.get("column", "the table")
            reason = f"check on {column} could not run: {exception}"
            by_set = {key: [reason] for key in all_sets}
        elif indexed:
            for entry in indexed:
                row = frame.row(int(entry[ROW]), named=True)
                key = (_document_of(entry), row[CLAIM_SET])
                by_set.setdefault(key, []).append(_REASON.format(template, **row))
        else:  # a whole-column result (a dtype): every claim set of the table shares it
            reason = _REASON.format(template, observed=outcome.result.get("observed_value"))
            by_set = {key: [reason] for key in all_sets}
        into = warnings if config.meta.get(LEVEL) == "warning" else errors
        for key, reasons in by_set.items():
            distinct = list(dict.fromkeys(reasons))
            shown = distinct[:REASONS_PER_EXPECTATION]
            if len(distinct) > len(shown):
                shown.append(f"… and {len(distinct) - len(shown)} more like it")
            into.setdefault(key, []).extend(shown)
    return errors, warnings


def _claim_sets(frame: pl.DataFrame) -> list[tuple[str, str]]:
    pairs = frame.select(pl.col("document_id").fill_null(""), CLAIM_SET).unique(maintain_order=True).rows()
    return [(document or NO_DOCUMENT, claim) for document, claim in pairs]


def _documents(frame: pl.DataFrame) -> list[str]:
    ids = frame.get_column("document_id").unique(maintain_order=True).to_list()
    return [document if document else NO_DOCUMENT for document in ids]


def run_gate(frames: Mapping[str, pl.DataFrame]) -> GateResult:
    """Validate each staged table once; refuse every claim set with a failing row, and say why."""
    started = time.perf_counter()
    result = GateResult()
    if all(frame.is_empty() for frame in frames.values()):
        return result  # nothing staged (an incremental run with no change): no need to load GX at all
    runtime = _runtime()
    for table, frame in checked_frames(frames).items():
        if frame.is_empty():
            continue
        errors, warnings = _failures(table, frame, _validate(runtime, table, frame))
        for document in _documents(frame):
            reasons = [r for (doc, _set), rs in errors.items() if doc == document for r in rs]
            result.validations.append(
                {
                    "suite": table,
                    "document_id": document,
                    "success": not reasons,
                    "failed_expectations": "; ".join(reasons) or None,
                    "level": "error",
                    "claim_set": None,
                }
            )
        for (document, claim), reasons in errors.items():
            whole = table == "documents" or claim == WHOLE_DOCUMENT
            refused = result.refused.setdefault(document, [])
            refused.extend(Refusal(table, reason, WHOLE_DOCUMENT if whole else claim) for reason in reasons)
        for (document, claim), reasons in warnings.items():
            result.warnings.setdefault(document, []).extend(Refusal(table, r, claim) for r in reasons)
            result.validations.append(
                {
                    "suite": table,
                    "document_id": document,
                    "success": False,
                    "failed_expectations": "; ".join(reasons),
                    "level": "warning",
                    "claim_set": claim,
                }
            )
    result.seconds = time.perf_counter() - started
    log.info(
        "gate: %d validations, %d claim set(s) of %d document(s) refused in %.2f s",
        len(result.validations),
        len({(d, r.table, r.claim_set) for d, rs in result.refused.items() for r in rs}),
        len(result.refused),
        result.seconds,
    )
    for document, refusals in result.refused.items():
        log.warning("refused %s: %s", document, "; ".join(f"{r.claim_set}: {r.reason}" for r in refusals))
    return result


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
