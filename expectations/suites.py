"""One Great Expectations suite per staged table, defined in Python.

The suites judge the staged frames *after* `transforms.arithmetic` has added its check columns (sums, gaps,
days), so every rule — including the arithmetic of one publication — is a plain column expectation whose
failing rows GX can name. Each expectation carries:
- `description`: the rule in words (what Data Docs show);
- `meta["reason"]`: a template filled from a failing row (or `{observed}` for a whole-column result),
  the sentence a refused document's quarantine record gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import great_expectations as gx
import great_expectations.expectations as gxe
import polars as pl
from great_expectations.expectations.expectation import Expectation

from expectations import vocabulary as vocab
from transforms.staging import SCHEMAS

REASON = "reason"  # meta key of the reason template
LEVEL = "level"  # meta key: "warning" flags the claim set and loads it; otherwise a failure refuses the set

SHARE_MAX_PCT = 100.0
SHARE_SUM_MAX_PCT = 100.5  # rounding of up to ~10 published shares
SHARE_SUM_COMPLETE_MIN_PCT = 99.0  # a set giving every listed contestant's share, summing below this, misses one
SHARE_FROM_VOTES_TOLERANCE_PCT = 0.15  # shares are published to 2 decimals, sometimes 1
TURNOUT_TOLERANCE_PCT = 0.6  # turnout is published to 1 decimal, sometimes rounded to whole per cent
DAYS_BEFORE_ELECTION = 60
DAYS_AFTER_ELECTION = 120

# Columns the caller adds to the staged frames after resolving names and regions.
RESOLVED_COLUMNS: dict[str, dict[str, pl.DataType]] = {
    "results": {"region_code": pl.String(), "contestant_id": pl.String()},
    "turnout": {"region_code": pl.String()},
    "detentions": {"region_code": pl.String()},
    "infractions": {"region_code": pl.String()},
    "documents": {},
}


def _check(expectation: type[Expectation], rule: str, reason: str, **kwargs: object) -> Expectation:
    return expectation(description=rule, meta={REASON: reason}, **kwargs)


def _warning(expectation: type[Expectation], rule: str, reason: str, **kwargs: object) -> Expectation:
    """A check whose failure flags its claim set (audit.validations level warning) and refuses nothing."""
    return expectation(description=rule, meta={REASON: reason, LEVEL: "warning"}, severity="warning", **kwargs)


def _staged(row: str) -> Expectation:
    """Every figure fitted its column when staged (a 40-digit count does not: its set is refused, not nulled)."""
    return _check(gxe.ExpectColumnValuesToBeNull, "every figure fits its column", row + ": {staging_error}",
                  column="staging_error")


def _pandas_type(dtype: pl.DataType) -> str:
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


def _types(table: str) -> list[Expectation]:
    columns = {**SCHEMAS[table], **RESOLVED_COLUMNS[table]}
    return [
        _check(
            gxe.ExpectColumnValuesToBeOfType,
            f"`{name}` is of type {_pandas_type(dtype)}",
            f"column {name} has type {{observed}}, expected {_pandas_type(dtype)}",
            column=name,
            type_=_pandas_type(dtype),
        )
        for name, dtype in columns.items()
    ]


def _required(column: str, reason: str) -> Expectation:
    return _check(gxe.ExpectColumnValuesToNotBeNull, f"`{column}` is given", reason, column=column)


def _one_of(column: str, values: Iterable[str], what: str) -> Expectation:
    allowed = sorted(values)
    return _check(
        gxe.ExpectColumnValuesToBeInSet,
        f"`{column}` is one of {', '.join(allowed)}",
        f"{what} {{{column}!r}} is not one of the contract's values",
        column=column,
        value_set=allowed,
    )


def _matches(column: str, regex: str, rule: str, reason: str) -> Expectation:
    return _check(gxe.ExpectColumnValuesToMatchRegex, rule, reason, column=column, regex=regex)


def _between(column: str, rule: str, reason: str, low: float | None = None, high: float | None = None) -> Expectation:
    return _check(gxe.ExpectColumnValuesToBeBetween, rule, reason, column=column, min_value=low, max_value=high)


def _not_negative(column: str, what: str) -> Expectation:
    return _between(column, f"`{column}` ≥ 0", f"{what}: {column} is negative ({{{column}}})", low=0)


def _unique(column: str) -> Expectation:
    return _check(
        gxe.ExpectColumnValuesToBeUnique,
        f"`{column}` is unique",
        f"{column} {{{column}}} appears more than once",
        column=column,
    )


def _holds(column: str, rule: str, reason: str) -> Expectation:
    """A boolean check column must be true (null = not applicable)."""
    return _check(gxe.ExpectColumnValuesToBeInSet, rule, reason, column=column, value_set=[True])


def _provenance(row: str) -> list[Expectation]:
    """Every claim names its document and the sentence it came from; `row` names the claim in reasons."""
    return [
        _required("document_id", f"{row}: no document_id"),
        _matches(
            "document_id",
            vocab.DOCUMENT_ID_PATTERN,
            "`document_id` is a SHA-256 hex digest",
            "document_id {document_id!r} is not a SHA-256 hex digest",
        ),
        _required("evidence", f"{row}: no evidence sentence"),
        _matches("evidence", r"\S", "`evidence` is not empty", f"{row}: the evidence is empty"),
        _between("page", "`page` ≥ 1", f"{row}: page {{page}} is not a page number", low=1),
    ]


def _election(with_type: bool) -> list[Expectation]:
    checks = [
        _required("election_id", "a claim names no election"),
        _matches(
            "election_id",
            vocab.ELECTION_ID_PATTERN,
            "`election_id` is kz-YYYY-MM-DD-TYPE",
            "election_id {election_id!r} is not kz-YYYY-MM-DD-TYPE",
        ),
        _required("election_date", "election {election_id} has no date"),
        _holds(
            "election_id_matches",
            "`election_id` names the row's election date" + (" and type" if with_type else ""),
            "election_id {election_id} does not match its election date {election_date}"
            + (" and type {election_type}" if with_type else ""),
        ),
    ]
    if with_type:
        checks.append(_one_of("election_type", vocab.ELECTION_TYPES, "election type"))
    return checks


def _region(required: bool, row: str) -> list[Expectation]:
    checks = [
        _matches(
            "region_code",
            vocab.REGION_CODE_PATTERN,
            "`region_code` is ISO 3166-2:KZ or KZ",
            f"{row}: region code {{region_code!r}} is not ISO 3166-2:KZ",
        )
    ]
    if required:
        checks.insert(
            0,
            _required("region_code", "region {region_name!r} did not resolve to an ISO 3166-2:KZ code"),
        )
    return checks


def _published(row: str) -> list[Expectation]:
    return [
        _one_of("stage", vocab.STAGES, "stage"),
        _required("stage", f"{row}: no stage"),
        _one_of("source", vocab.SOURCES, "source"),
        _one_of("language", vocab.LANGUAGES, "language"),
        _one_of("doc_kind", vocab.DOC_KINDS, "document kind"),
        _between(
            "days_after_election",
            "a final figure's document is published on or after the election date",
            "final figures published on {published_on}, before the election on {election_date}",
            low=0,
        ),
    ]


def results_suite() -> gx.ExpectationSuite:
    row = "{contestant_name}"
    return _suite(
        "results",
        [
            *_types("results"),
            *_provenance(row),
            _staged(row),
            *_election(with_type=True),
            *_region(required=True, row=row),
            *_published(row),
            _required("contestant_id", "contestant {contestant_name!r} did not resolve to a known contestant"),
            _between(
                "vote_share_pct",
                f"`vote_share_pct` is between 0 and {SHARE_MAX_PCT:g}",
                row + f": share {{vote_share_pct:g}}% is outside 0–{SHARE_MAX_PCT:g}%",
                low=0,
                high=SHARE_MAX_PCT,
            ),
            _not_negative("votes", row),
            _not_negative("seats", row),
            _between(
                "share_sum",
                f"contestants' shares in one publication sum to at most {SHARE_SUM_MAX_PCT}%",
                f"shares in this set sum to {{share_sum:.1f}}% (> {SHARE_SUM_MAX_PCT})",
                high=SHARE_SUM_MAX_PCT,
            ),
            _warning(
                gxe.ExpectColumnValuesToBeBetween,
                f"a set giving every listed contestant's share sums to at least {SHARE_SUM_COMPLETE_MIN_PCT}% "
                "(warning: below, the set loads flagged incomplete)",
                f"incomplete: shares in this set sum to only {{share_sum_complete:.1f}}% "
                f"(< {SHARE_SUM_COMPLETE_MIN_PCT}): a contestant is missing",
                column="share_sum_complete",
                min_value=SHARE_SUM_COMPLETE_MIN_PCT,
            ),
            _between(
                "votes_over_ballots_cast",
                "a contestant's votes do not exceed the ballots cast the document states",
                row + ": {votes:,} votes exceed the {ballots_cast_claimed:,.0f} ballots cast",
                high=0,
            ),
            _between(
                "votes_sum_over_ballots_cast",
                "the contestants' votes together do not exceed the ballots cast the document states",
                "contestants' votes in this set add up to {votes_sum_over_ballots_cast:,.0f} more "
                "than the {ballots_cast_claimed:,.0f} ballots cast",
                high=0,
            ),
            _between(
                "votes_over_registered",
                "a contestant's votes do not exceed the registered voters the document states",
                row + ": {votes:,} votes exceed the {registered_voters_claimed:,.0f} registered voters",
                high=0,
            ),
            _between(
                "share_gap",
                f"a contestant's share matches its votes within ±{SHARE_FROM_VOTES_TOLERANCE_PCT} points",
                row + ": {votes:,} votes are {share_from_votes:.2f}% {share_basis}, but the document says "
                "{vote_share_pct:g}%",
                low=-SHARE_FROM_VOTES_TOLERANCE_PCT,
                high=SHARE_FROM_VOTES_TOLERANCE_PCT,
            ),
        ],
    )


def turnout_suite() -> gx.ExpectationSuite:
    row = "turnout in {region_code}"
    return _suite(
        "turnout",
        [
            *_types("turnout"),
            *_provenance(row),
            _staged(row),
            *_election(with_type=True),
            *_region(required=True, row=row),
            *_published(row),
            _matches(
                "as_of",
                vocab.CLOCK_PATTERN,
                "`as_of` is a clock time HH:MM",
                row + ": as_of {as_of!r} is not a clock time",
            ),
            _between(
                "turnout_pct",
                "`turnout_pct` is between 0 and 100",
                row + ": turnout {turnout_pct:g}% is outside 0–100%",
                low=0,
                high=100,
            ),
            *(
                _not_negative(column, row)
                for column in (
                    "registered_voters",
                    "ballots_cast",
                    "invalid_ballots",
                    "both_marked_ballots",
                    "polling_stations",
                )
            ),
            _between(
                "ballots_cast_over_registered",
                "ballots cast do not exceed registered voters",
                row + ": {ballots_cast:,} ballots cast exceed the {registered_voters_claimed:,.0f} registered voters",
                high=0,
            ),
            _between(
                "invalid_over_ballots_cast",
                "invalid ballots do not exceed ballots cast",
                row + ": {invalid_ballots:,} invalid ballots exceed the {ballots_cast:,} ballots cast",
                high=0,
            ),
            _between(
                "both_marked_over_ballots_cast",
                "ballots marked in both boxes do not exceed ballots cast",
                row + ": {both_marked_ballots:,} ballots marked twice exceed the {ballots_cast:,} cast",
                high=0,
            ),
            _between(
                "turnout_gap",
                f"turnout equals ballots cast / registered voters × 100 within ±{TURNOUT_TOLERANCE_PCT}",
                row + ": {ballots_cast:,} of {registered_voters_claimed:,.0f} registered is "
                "{turnout_from_counts:.2f}%, but the document says {turnout_pct:g}%",
                low=-TURNOUT_TOLERANCE_PCT,
                high=TURNOUT_TOLERANCE_PCT,
            ),
        ],
    )


def detentions_suite() -> gx.ExpectationSuite:
    row = "detention of {subject} ({detained_min}–{detained_max})"
    return _suite(
        "detentions",
        [
            *_types("detentions"),
            _required("detention_id", f"{row}: no detention_id"),
            _unique("detention_id"),
            *_provenance(row),
            _staged(row),
            *_election(with_type=False),
            *_region(required=False, row=row),
            _required("subject", "a detention names no subject"),
            _one_of("subject", vocab.SUBJECTS, "subject"),
            _required("qualifier", f"{row}: no qualifier"),
            _not_negative("detained_min", row),
            _not_negative("detained_max", row),
            _between(
                "detained_spread",
                "`detained_min` ≤ `detained_max`",
                row + ": detained_min {detained_min} exceeds detained_max {detained_max}",
                low=0,
            ),
            _between(
                "days_from_election",
                f"`date_from` is within {DAYS_BEFORE_ELECTION} days before and {DAYS_AFTER_ELECTION} "
                "days after the election",
                row + ": date_from {date_from} is {days_from_election} days from the election on "
                f"{{election_date}} (allowed −{DAYS_BEFORE_ELECTION}…+{DAYS_AFTER_ELECTION})",
                low=-DAYS_BEFORE_ELECTION,
                high=DAYS_AFTER_ELECTION,
            ),
            _between(
                "days_covered",
                "`date_from` ≤ `date_to`",
                row + ": date_to {date_to} is before date_from {date_from}",
                low=0,
            ),
            _holds(
                "figure_in_evidence",
                "the evidence contains the detention figures (when written in digits)",
                row + ": the evidence does not contain the figure: {evidence!r:.160}",
            ),
        ],
    )


def infractions_suite() -> gx.ExpectationSuite:
    row = "{category} {measure} ({value})"
    return _suite(
        "infractions",
        [
            *_types("infractions"),
            _required("infraction_id", f"{row}: no infraction_id"),
            _unique("infraction_id"),
            *_provenance(row),
            _staged(row),
            *_election(with_type=False),
            *_region(required=False, row=row),
            _required("category", "an infraction has no category"),
            _one_of("category", vocab.CATEGORIES, "category"),
            _required("measure", "an infraction has no measure"),
            _one_of("measure", vocab.MEASURES, "measure"),
            _required("qualifier", f"{row}: no qualifier"),
            _not_negative("value", row),
            _between(
                "share_of_observations",
                "a share of observations is between 0 and 100",
                row + ": a share of {share_of_observations:g}% is outside 0–100%",
                low=0,
                high=100,
            ),
            _holds(
                "figure_in_evidence",
                "the evidence contains the figure (when written in digits)",
                row + ": the evidence does not contain the figure: {evidence!r:.160}",
            ),
        ],
    )


def documents_suite() -> gx.ExpectationSuite:
    row = "document {url}"
    return _suite(
        "documents",
        [
            *_types("documents"),
            _required("document_id", f"{row}: no document_id"),
            _unique("document_id"),
            _matches(
                "document_id",
                vocab.DOCUMENT_ID_PATTERN,
                "`document_id` is a SHA-256 hex digest",
                "document_id {document_id!r} is not a SHA-256 hex digest",
            ),
            _required("source", f"{row}: no source"),
            _one_of("source", vocab.SOURCES, "source"),
            _required("url", "document {document_id} has no url"),
            _one_of("language", vocab.LANGUAGES, "language"),
            _required("doc_kind", f"{row}: no document kind"),
            _one_of("doc_kind", vocab.DOC_KINDS, "document kind"),
            _matches(
                "election_id",
                vocab.ELECTION_ID_PATTERN,
                "`election_id` is kz-YYYY-MM-DD-TYPE",
                row + ": election_id {election_id!r} is not kz-YYYY-MM-DD-TYPE",
            ),
            _not_negative("byte_size", row),
            _required("archive_path", f"{row}: no archive path"),
            _required("extractor_version", f"{row}: no extractor version"),
        ],
    )


def _suite(name: str, expectations: list[Expectation]) -> gx.ExpectationSuite:
    return gx.ExpectationSuite(name=name, expectations=expectations)


SUITES: dict[str, Callable[[], gx.ExpectationSuite]] = {
    "results": results_suite,
    "turnout": turnout_suite,
    "detentions": detentions_suite,
    "infractions": infractions_suite,
    "documents": documents_suite,
}


def build_suites() -> dict[str, gx.ExpectationSuite]:
    """Fresh suite objects (a GX context binds the suites added to it, so each context gets its own)."""
    return {table: build() for table, build in SUITES.items()}
