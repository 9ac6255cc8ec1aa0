"""Typed records that parsers emit: every figure is a claim with its evidence.

Parsers are pure: bytes in, these records out, a `ParseError` on anything unexpected.
Names and regions stay *as written* here (`contestant_name`, `region_name`); resolving them
to contestant ids and ISO 3166-2:KZ codes is the job of `transforms/`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Source = Literal["cec", "osce"]
Language = Literal["ru", "kk", "en"]
Stage = Literal["preliminary", "final"]
ElectionType = Literal["presidential", "parliamentary", "referendum"]

# What a document is, decided from its content (see sources/classify.py).
DocKind = Literal[
    "listing",  # a listing or index page: links only
    "election_page",  # an OSCE election page listing its documents
    "results_preliminary",
    "results_final",
    "turnout",
    "violations",
    "odihr_statement",
    "odihr_final_report",
    "odihr_other",
    "other",
]


# Controlled vocabularies of core.detentions and core.infractions (DESIGN.md): defined once, here.
Subject = Literal["protesters", "journalists", "activists", "observers", "human rights defenders", "people"]
Category = Literal[
    "ballot_box_stuffing", "voter_impersonation", "multiple_ballots_issued", "group_voting",
    "identical_signatures", "counting_irregularity", "illegal_campaigning", "pressure_on_voters",
    "observer_obstruction", "mixed", "other",
]  # fmt: skip
Measure = Literal[
    "reports", "complaints", "violations", "administrative_cases", "administrative_offences",
    "criminal_cases", "polling_stations", "share_of_observations_pct", "observed", "persons_sanctioned",
]  # fmt: skip


class ParseError(ValueError):
    """A document did not have the shape its kind promises; the message says where."""


@dataclass(frozen=True)
class Evidence:
    """Where a figure was read: the document, its page (PDFs only) and the exact sentence or row."""

    document_id: str
    text: str
    page: int | None = None


@dataclass(frozen=True)
class ResultClaim:
    """Votes, share or seats of one contestant, as one document states them."""

    contestant_name: str  # as written, e.g. "Токаев Касым-Жомарт Кемелевич", "«Да»"
    stage: Stage
    evidence: Evidence
    votes: int | None = None
    vote_share_pct: float | None = None
    seats: int | None = None
    region_name: str | None = None  # None = national level


@dataclass(frozen=True)
class TurnoutClaim:
    """Registered voters, ballots cast, turnout and related totals for one area."""

    stage: Stage
    evidence: Evidence
    as_of: str | None = None  # '20:00' for an hourly bulletin, None for results
    region_name: str | None = None  # None = national level
    registered_voters: int | None = None
    ballots_cast: int | None = None
    turnout_pct: float | None = None
    invalid_ballots: int | None = None
    both_marked_ballots: int | None = None  # referendum ballots marked for both answers
    polling_stations: int | None = None


@dataclass(frozen=True)
class DetentionClaim:
    """People detained around an election, as one sentence reports it."""

    evidence: Evidence
    detained_min: int | None
    detained_max: int | None  # None = open-ended
    qualifier: str  # as worded: 'approximately', 'at least', 'exact', 'in large numbers', ...
    subject: Subject
    reported_by: str | None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    location: str | None = None
    subject_as_written: str | None = None  # the counted noun when it is none of the subjects: "members of the party"


@dataclass(frozen=True)
class InfractionClaim:
    """An electoral violation or irregularity, counted or only observed."""

    evidence: Evidence
    category: Category
    measure: Measure
    value: float | None  # None = observed without a count
    qualifier: str
    reported_by: str | None
    location: str | None = None
    base: float | None = None  # the denominator a share or count is out of, when stated: "in 62 of 115 stations"
    # the findings-lexicon entry of an 'other' kind ("vote_buying", "multiple_voting"): the contract folds them into
    # one category, the entry keeps two of them in one sentence apart
    finding: str | None = None


@dataclass(frozen=True)
class ElectionRef:
    """An election named by a document: `kz-YYYY-MM-DD-TYPE`."""

    election_date: dt.date
    election_type: ElectionType

    @property
    def election_id(self) -> str:
        return f"kz-{self.election_date.isoformat()}-{self.election_type}"


@dataclass(frozen=True)
class Link:
    """A link found on a page, with what the page says about it (title, date)."""

    url: str
    title: str | None = None
    published_on: dt.date | None = None


@dataclass(frozen=True)
class Unread:
    """A figure (or a whole clause) a parser saw but could not bind to a subject: recorded, never guessed.

    Loaded into `audit.unread` and counted in the run summary, so a shape nobody reads is visible.
    """

    clause: str  # the sentence, list item or table row, as written
    reason: str  # why it was not read, in words: "no contestant or indicator for 40,94 %"
    figure: str | None = None  # the number as written, when one figure is concerned
    page: int | None = None


@dataclass
class Extraction:
    """Everything one document yields. `election` may be None until resolved across documents."""

    document_id: str
    doc_kind: DocKind
    title: str | None = None
    published_on: dt.date | None = None
    language: Language | None = None
    election: ElectionRef | None = None
    results: list[ResultClaim] = field(default_factory=list)
    turnout: list[TurnoutClaim] = field(default_factory=list)
    detentions: list[DetentionClaim] = field(default_factory=list)
    infractions: list[InfractionClaim] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)  # what the parser saw and could not read


@dataclass(frozen=True)
class TextBlock:
    """A run of body text (a paragraph, or a PDF page's body) with the page it sits on.

    Footnote texts are separate blocks with `kind='footnote'` and their `footnote` number; the
    markers they belong to ("impersonation.1") have already been cut out of body text and are listed
    in `footnote_refs`, so sentences stay clean and can still be linked to their sources.
    """

    text: str
    page: int | None = None
    kind: Literal["heading", "body", "footnote", "table_row"] = "body"
    footnote: int | None = None  # this block's own number, for kind='footnote'
    footnote_refs: tuple[int, ...] = ()  # footnote numbers referenced from this block


@dataclass(frozen=True)
class ClaimContext:
    """What the claim extractor may know about the document beyond its text."""

    document_id: str
    publisher: Source  # who published the document (not necessarily who reported a figure)
    language: Language
    election_date: dt.date | None = None
    published_on: dt.date | None = None
