"""An `Extraction` and its archive record → plain row dicts per staged table (see transforms/staging.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import Any

from sources.archive import UrlRecord
from sources.elections import body_named, calendar_entry, says_early
from sources.records import Extraction

LANGUAGES = {"rus": "ru", "kaz": "kk", "eng": "en", "ru": "ru", "kk": "kk", "kz": "kk", "en": "en"}

ELECTION_NAMES = {
    "presidential": "presidential election",
    "parliamentary": "parliamentary elections",
    "referendum": "republican referendum",
}


def claim_id(*parts: Any) -> str:
    """A stable id for a claim: the same document, sentence and figure give the same id on every run."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:24]


def document_row(record: UrlRecord, extraction: Extraction | None, archive_path: str, version: str) -> dict:
    """raw.documents' row; `extraction` may be only a description of a document whose parser failed
    (`sources.extract.describe_document`). The language is always ru/kk/en (never a URL prefix)."""
    fetched_at = dt.datetime.fromisoformat(record.fetched_at).replace(tzinfo=None)
    hinted = record.hints.get("published_on")
    return {
        "document_id": record.document_id,
        "source": record.source,
        "url": record.url,
        "language": (extraction.language if extraction else None)
        or LANGUAGES.get((record.hints.get("language") or "").lower()),
        "title": (extraction.title if extraction else None) or record.hints.get("title"),
        "published_on": (extraction.published_on if extraction else None)
        or (dt.date.fromisoformat(hinted) if hinted else None),
        "doc_kind": extraction.doc_kind if extraction else "other",
        "election_id": extraction.election.election_id if extraction and extraction.election else None,
        "fetched_at": fetched_at,
        "content_type": record.content_type,
        "byte_size": record.byte_size,
        "archive_path": archive_path,
        "extractor_version": version,
    }


def claim_rows(extraction: Extraction, record: UrlRecord) -> dict[str, list[dict]]:
    """Rows for results, turnout, detentions and infractions; empty when no election is known."""
    election = extraction.election
    if election is None:
        return {"results": [], "turnout": [], "detentions": [], "infractions": []}
    common = {
        "election_id": election.election_id,
        "election_type": election.election_type,
        "election_date": election.election_date,
        "source": record.source,
        "language": extraction.language,
        "doc_kind": extraction.doc_kind,
        "published_on": extraction.published_on,
    }

    def provenance(claim: Any) -> dict:
        ev = claim.evidence
        return {"document_id": ev.document_id, "page": ev.page, "evidence": ev.text}

    results = [
        {**common, **provenance(c), "region_name": c.region_name, "contestant_name": c.contestant_name,
         "stage": c.stage, "votes": c.votes, "vote_share_pct": c.vote_share_pct, "seats": c.seats}
        for c in extraction.results
    ]
    turnout = [
        {**common, **provenance(c), **{f.name: getattr(c, f.name) for f in dataclasses.fields(c)
                                      if f.name != "evidence"}}
        for c in extraction.turnout
    ]
    detentions = [
        {**provenance(c), "election_id": election.election_id, "election_date": election.election_date,
         "detention_id": claim_id(c.evidence.document_id, c.evidence.text, c.subject, c.detained_min,
                                  c.detained_max, c.qualifier),
         "date_from": c.date_from, "date_to": c.date_to, "location": c.location,
         "detained_min": c.detained_min, "detained_max": c.detained_max, "qualifier": c.qualifier,
         "subject": c.subject, "subject_as_written": c.subject_as_written, "reported_by": c.reported_by}
        for c in extraction.detentions
    ]
    infractions = [
        {**provenance(c), "election_id": election.election_id, "election_date": election.election_date,
         # the 'other' kind's lexicon entry only where there is one: the ids of every other claim stay as they were
         "infraction_id": claim_id(c.evidence.document_id, c.evidence.text, c.category, c.measure, c.value,
                                   *([c.finding] if c.finding else [])),
         "category": c.category, "finding": c.finding, "measure": c.measure, "value": c.value,
         "qualifier": c.qualifier, "base": c.base, "location": c.location, "reported_by": c.reported_by}
        for c in extraction.infractions
    ]
    return {"results": results, "turnout": turnout, "detentions": detentions, "infractions": infractions}


EARLY_RE = re.compile(r"внеочередн|кезектен тыс|\bearly\b|\bsnap\b", re.IGNORECASE)


def election_row(extraction: Extraction) -> dict | None:
    """The election a document is tied to: the calendar's entry, or, for a vote the calendar lacks, what the
    document says of it (in_calendar false, created_by_document: the run reports it)."""
    e = extraction.election
    if e is None:
        return None
    entry = calendar_entry(e)
    if entry is not None:
        return {"election_id": e.election_id, "election_type": e.election_type, "election_date": e.election_date,
                "name_en": entry.name_en, "early": entry.early, "body": entry.body, "name_ru": entry.name_ru,
                "name_kk": entry.name_kk, "in_calendar": True, "created_by_document": None}
    title = extraction.title or ""
    early = (bool(EARLY_RE.search(title)) or says_early(title)) and e.election_type != "referendum"
    name = ("early " if early else "") + ELECTION_NAMES[e.election_type]
    return {"election_id": e.election_id, "election_type": e.election_type, "election_date": e.election_date,
            "name_en": name, "early": early, "body": body_named(title, e.election_type), "name_ru": None,
            "name_kk": None, "in_calendar": False, "created_by_document": extraction.document_id}
