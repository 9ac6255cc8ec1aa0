"""One Great Expectations suite per staged table, defined in Python.

The suites judge the staged frames *after* `transforms.arithmetic` has added its check columns (sums, gaps,
days), so every rule — including the arithmetic of one publication — is a plain column expectation whose
failing rows GX can name. Each expectation carries:
- `description`: the rule in words (what Data Docs show);
- `meta["reason"]`: a template filled from a failing row (or `{observed}` for a whole-column result),
  the sentence a refused document's quarantine record gives.
"""

from __future__ import annotations

from collections.abc import Callable

import great_expectations as gx
import great_expectations.expectations as gxe
from great_expectations.expectations.expectation import Expectation

from expectations import vocabulary as vocab
from expectations.rules import (
    between,
    election,
    holds,
    matches,
    not_negative,
    one_of,
    provenance,
    published,
    region,
    required,
    staged,
    types,
    unique,
    warning,
)

SHARE_MAX_PCT = 100.0
SHARE_SUM_MAX_PCT = 100.5  # rounding of up to ~10 published shares
SHARE_SUM_COMPLETE_MIN_PCT = 99.0  # a set giving every listed contestant's share, summing below this, misses one
SHARE_FROM_VOTES_TOLERANCE_PCT = 0.15  # shares are published to 2 decimals, sometimes 1
TURNOUT_TOLERANCE_PCT = 0.6  # turnout is published to 1 decimal, sometimes rounded to whole per cent
DAYS_BEFORE_ELECTION = 60
DAYS_AFTER_ELECTION = 120


def results_suite() -> gx.ExpectationSuite:
    row = "{contestant_name}"
    return _suite(
        "results",
        [
            *types("results"),
            *provenance(row),
            staged(row),
            *election(with_type=True),
            *region(needed=True, row=row),
            *published(row),
            required("contestant_id", "contestant {contestant_name!r} did not resolve to a known contestant"),
            between(
                "vote_share_pct",
                f"`vote_share_pct` is between 0 and {SHARE_MAX_PCT:g}",
                row + f": share {{vote_share_pct:g}}% is outside 0–{SHARE_MAX_PCT:g}%",
                low=0,
                high=SHARE_MAX_PCT,
            ),
            not_negative("votes", row),
            not_negative("seats", row),
            between(
                "share_sum",
                f"contestants' shares in one publication sum to at most {SHARE_SUM_MAX_PCT}%",
                f"shares in this set sum to {{share_sum:.1f}}% (> {SHARE_SUM_MAX_PCT})",
                high=SHARE_SUM_MAX_PCT,
            ),
            warning(
                gxe.ExpectColumnValuesToBeBetween,
                f"a set giving every listed contestant's share sums to at least {SHARE_SUM_COMPLETE_MIN_PCT}% "
                "(warning: below, the set loads flagged incomplete)",
                f"incomplete: shares in this set sum to only {{share_sum_complete:.1f}}% "
                f"(< {SHARE_SUM_COMPLETE_MIN_PCT}): a contestant is missing",
                column="share_sum_complete",
                min_value=SHARE_SUM_COMPLETE_MIN_PCT,
            ),
            between(
                "votes_over_ballots_cast",
                "a contestant's votes do not exceed the ballots cast the document states",
                row + ": {votes:,} votes exceed the {ballots_cast_claimed:,.0f} ballots cast",
                high=0,
            ),
            between(
                "votes_sum_over_ballots_cast",
                "the contestants' votes together do not exceed the ballots cast the document states",
                "contestants' votes in this set add up to {votes_sum_over_ballots_cast:,.0f} more "
                "than the {ballots_cast_claimed:,.0f} ballots cast",
                high=0,
            ),
            between(
                "votes_over_registered",
                "a contestant's votes do not exceed the registered voters the document states",
                row + ": {votes:,} votes exceed the {registered_voters_claimed:,.0f} registered voters",
                high=0,
            ),
            between(
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
            *types("turnout"),
            *provenance(row),
            staged(row),
            *election(with_type=True),
            *region(needed=True, row=row),
            *published(row),
            matches(
                "as_of",
                vocab.CLOCK_PATTERN,
                "`as_of` is a clock time HH:MM",
                row + ": as_of {as_of!r} is not a clock time",
            ),
            between(
                "turnout_pct",
                "`turnout_pct` is between 0 and 100",
                row + ": turnout {turnout_pct:g}% is outside 0–100%",
                low=0,
                high=100,
            ),
            *(
                not_negative(column, row)
                for column in (
                    "registered_voters",
                    "ballots_cast",
                    "invalid_ballots",
                    "both_marked_ballots",
                    "polling_stations",
                )
            ),
            between(
                "ballots_cast_over_registered",
                "ballots cast do not exceed registered voters",
                row + ": {ballots_cast:,} ballots cast exceed the {registered_voters_claimed:,.0f} registered voters",
                high=0,
            ),
            between(
                "invalid_over_ballots_cast",
                "invalid ballots do not exceed ballots cast",
                row + ": {invalid_ballots:,} invalid ballots exceed the {ballots_cast:,} ballots cast",
                high=0,
            ),
            between(
                "both_marked_over_ballots_cast",
                "ballots marked in both boxes do not exceed ballots cast",
                row + ": {both_marked_ballots:,} ballots marked twice exceed the {ballots_cast:,} cast",
                high=0,
            ),
            between(
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
            *types("detentions"),
            required("detention_id", f"{row}: no detention_id"),
            unique("detention_id"),
            *provenance(row),
            staged(row),
            *election(with_type=False),
            *region(needed=False, row=row),
            required("subject", "a detention names no subject"),
            one_of("subject", vocab.SUBJECTS, "subject"),
            required("qualifier", f"{row}: no qualifier"),
            not_negative("detained_min", row),
            not_negative("detained_max", row),
            between(
                "detained_spread",
                "`detained_min` ≤ `detained_max`",
                row + ": detained_min {detained_min} exceeds detained_max {detained_max}",
                low=0,
            ),
            between(
                "days_from_election",
                f"`date_from` is within {DAYS_BEFORE_ELECTION} days before and {DAYS_AFTER_ELECTION} "
                "days after the election",
                row + ": date_from {date_from} is {days_from_election} days from the election on "
                f"{{election_date}} (allowed −{DAYS_BEFORE_ELECTION}…+{DAYS_AFTER_ELECTION})",
                low=-DAYS_BEFORE_ELECTION,
                high=DAYS_AFTER_ELECTION,
            ),
            between(
                "days_covered",
                "`date_from` ≤ `date_to`",
                row + ": date_to {date_to} is before date_from {date_from}",
                low=0,
            ),
            holds(
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
            *types("infractions"),
            required("infraction_id", f"{row}: no infraction_id"),
            unique("infraction_id"),
            *provenance(row),
            staged(row),
            *election(with_type=False),
            *region(needed=False, row=row),
            required("category", "an infraction has no category"),
            one_of("category", vocab.CATEGORIES, "category"),
            required("measure", "an infraction has no measure"),
            one_of("measure", vocab.MEASURES, "measure"),
            required("qualifier", f"{row}: no qualifier"),
            not_negative("value", row),
            between(
                "share_of_observations",
                "a share of observations is between 0 and 100",
                row + ": a share of {share_of_observations:g}% is outside 0–100%",
                low=0,
                high=100,
            ),
            holds(
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
            *types("documents"),
            required("document_id", f"{row}: no document_id"),
            unique("document_id"),
            matches(
                "document_id",
                vocab.DOCUMENT_ID_PATTERN,
                "`document_id` is a SHA-256 hex digest",
                "document_id {document_id!r} is not a SHA-256 hex digest",
            ),
            required("source", f"{row}: no source"),
            one_of("source", vocab.SOURCES, "source"),
            required("url", "document {document_id} has no url"),
            one_of("language", vocab.LANGUAGES, "language"),
            required("doc_kind", f"{row}: no document kind"),
            one_of("doc_kind", vocab.DOC_KINDS, "document kind"),
            matches(
                "election_id",
                vocab.ELECTION_ID_PATTERN,
                "`election_id` is kz-YYYY-MM-DD-TYPE",
                row + ": election_id {election_id!r} is not kz-YYYY-MM-DD-TYPE",
            ),
            not_negative("byte_size", row),
            required("archive_path", f"{row}: no archive path"),
            required("extractor_version", f"{row}: no extractor version"),
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
