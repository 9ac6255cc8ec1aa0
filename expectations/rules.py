"""The building blocks of the suites: one Great Expectations expectation per rule, each with its description
(the rule in words, what Data Docs show) and `meta["reason"]` (a template filled from a failing row).
"""

from __future__ import annotations

from collections.abc import Iterable

import great_expectations.expectations as gxe
import polars as pl
from great_expectations.expectations.expectation import Expectation

from expectations import vocabulary as vocab
from transforms.staging import SCHEMAS

REASON = "reason"  # meta key of the reason template
LEVEL = "level"  # meta key: "warning" flags the claim set and loads it; otherwise a failure refuses the set

# Columns the caller adds to the staged frames after resolving names and regions.
RESOLVED_COLUMNS: dict[str, dict[str, pl.DataType]] = {
    "results": {"region_code": pl.String(), "contestant_id": pl.String()},
    "turnout": {"region_code": pl.String()},
    "detentions": {"region_code": pl.String()},
    "infractions": {"region_code": pl.String()},
    "documents": {},
}


def check(expectation: type[Expectation], rule: str, reason: str, **kwargs: object) -> Expectation:
    return expectation(description=rule, meta={REASON: reason}, **kwargs)


def warning(expectation: type[Expectation], rule: str, reason: str, **kwargs: object) -> Expectation:
    """A check whose failure flags its claim set (audit.validations level warning) and refuses nothing."""
    return expectation(description=rule, meta={REASON: reason, LEVEL: "warning"}, severity="warning", **kwargs)


def staged(row: str) -> Expectation:
    """Every figure fitted its column when staged (a 40-digit count does not: its set is refused, not nulled)."""
    return check(gxe.ExpectColumnValuesToBeNull, "every figure fits its column", row + ": {staging_error}",
                  column="staging_error")


def pandas_type(dtype: pl.DataType) -> str:
    """The dtype name GX observes once `expectations.frames.to_pandas` has converted the column."""
    if dtype.is_integer():
        return "int64"
    if dtype.is_float():
        return "float64"
    if dtype == pl.Boolean:
        return "bool"
    if dtype.is_temporal():
        return "datetime64"
    return "str"


def types(table: str) -> list[Expectation]:
    columns = {**SCHEMAS[table], **RESOLVED_COLUMNS[table]}
    return [
        check(
            gxe.ExpectColumnValuesToBeOfType,
            f"`{name}` is of type {pandas_type(dtype)}",
            f"column {name} has type {{observed}}, expected {pandas_type(dtype)}",
            column=name,
            type_=pandas_type(dtype),
        )
        for name, dtype in columns.items()
    ]


def required(column: str, reason: str) -> Expectation:
    return check(gxe.ExpectColumnValuesToNotBeNull, f"`{column}` is given", reason, column=column)


def one_of(column: str, values: Iterable[str], what: str) -> Expectation:
    allowed = sorted(values)
    return check(
        gxe.ExpectColumnValuesToBeInSet,
        f"`{column}` is one of {', '.join(allowed)}",
        f"{what} {{{column}!r}} is not one of the contract's values",
        column=column,
        value_set=allowed,
    )


def matches(column: str, regex: str, rule: str, reason: str) -> Expectation:
    return check(gxe.ExpectColumnValuesToMatchRegex, rule, reason, column=column, regex=regex)


def between(column: str, rule: str, reason: str, low: float | None = None, high: float | None = None) -> Expectation:
    return check(gxe.ExpectColumnValuesToBeBetween, rule, reason, column=column, min_value=low, max_value=high)


def not_negative(column: str, what: str) -> Expectation:
    return between(column, f"`{column}` ≥ 0", f"{what}: {column} is negative ({{{column}}})", low=0)


def unique(column: str) -> Expectation:
    return check(
        gxe.ExpectColumnValuesToBeUnique,
        f"`{column}` is unique",
        f"{column} {{{column}}} appears more than once",
        column=column,
    )


def holds(column: str, rule: str, reason: str) -> Expectation:
    """A boolean check column must be true (null = not applicable)."""
    return check(gxe.ExpectColumnValuesToBeInSet, rule, reason, column=column, value_set=[True])


def provenance(row: str) -> list[Expectation]:
    """Every claim names its document and the sentence it came from; `row` names the claim in reasons."""
    return [
        required("document_id", f"{row}: no document_id"),
        matches(
            "document_id",
            vocab.DOCUMENT_ID_PATTERN,
            "`document_id` is a SHA-256 hex digest",
            "document_id {document_id!r} is not a SHA-256 hex digest",
        ),
        required("evidence", f"{row}: no evidence sentence"),
        matches("evidence", r"\S", "`evidence` is not empty", f"{row}: the evidence is empty"),
        between("page", "`page` ≥ 1", f"{row}: page {{page}} is not a page number", low=1),
    ]


def election(with_type: bool) -> list[Expectation]:
    checks = [
        required("election_id", "a claim names no election"),
        matches(
            "election_id",
            vocab.ELECTION_ID_PATTERN,
            "`election_id` is kz-YYYY-MM-DD-TYPE",
            "election_id {election_id!r} is not kz-YYYY-MM-DD-TYPE",
        ),
        required("election_date", "election {election_id} has no date"),
        holds(
            "election_id_matches",
            "`election_id` names the row's election date" + (" and type" if with_type else ""),
            "election_id {election_id} does not match its election date {election_date}"
            + (" and type {election_type}" if with_type else ""),
        ),
    ]
    if with_type:
        checks.append(one_of("election_type", vocab.ELECTION_TYPES, "election type"))
    return checks


def region(needed: bool, row: str) -> list[Expectation]:
    checks = [
        matches(
            "region_code",
            vocab.REGION_CODE_PATTERN,
            "`region_code` is ISO 3166-2:KZ or KZ",
            f"{row}: region code {{region_code!r}} is not ISO 3166-2:KZ",
        )
    ]
    if needed:
        checks.insert(
            0,
            required("region_code", "region {region_name!r} did not resolve to an ISO 3166-2:KZ code"),
        )
    return checks


def published(row: str) -> list[Expectation]:
    return [
        one_of("stage", vocab.STAGES, "stage"),
        required("stage", f"{row}: no stage"),
        one_of("source", vocab.SOURCES, "source"),
        one_of("language", vocab.LANGUAGES, "language"),
        one_of("doc_kind", vocab.DOC_KINDS, "document kind"),
        between(
            "days_after_election",
            "a final figure's document is published on or after the election date",
            "final figures published on {published_on}, before the election on {election_date}",
            low=0,
        ),
    ]
