"""Closed vocabularies of the warehouse contract (DESIGN.md, 0001_init.sql comments)."""

from __future__ import annotations

STAGES = ("preliminary", "final")
SOURCES = ("cec", "osce")
LANGUAGES = ("ru", "kk", "en")
ELECTION_TYPES = ("presidential", "parliamentary", "referendum")
DOC_KINDS = (
    "listing",
    "election_page",
    "results_preliminary",
    "results_final",
    "turnout",
    "violations",
    "odihr_statement",
    "odihr_final_report",
    "odihr_other",
    "other",
)
SUBJECTS = ("protesters", "journalists", "activists", "observers", "human rights defenders", "people")
CATEGORIES = (
    "ballot_box_stuffing",
    "voter_impersonation",
    "multiple_ballots_issued",
    "group_voting",
    "identical_signatures",
    "counting_irregularity",
    "illegal_campaigning",
    "pressure_on_voters",
    "observer_obstruction",
    "mixed",
    "other",
)
MEASURES = (
    "reports",
    "complaints",
    "violations",
    "administrative_cases",
    "administrative_offences",
    "criminal_cases",
    "polling_stations",
    "share_of_observations_pct",
    "observed",
)

ELECTION_ID_PATTERN = r"^kz-\d{4}-\d{2}-\d{2}-(?:presidential|parliamentary|referendum)$"
REGION_CODE_PATTERN = r"^KZ(?:-\d{2})?$"  # ISO 3166-2:KZ, or KZ for the national level
DOCUMENT_ID_PATTERN = r"^[0-9a-f]{64}$"  # SHA-256 hex of the body
CLOCK_PATTERN = r"^(?:[01]\d|2[0-3]):[0-5]\d$"  # as_of of an hourly bulletin
