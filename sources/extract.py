"""One entry point from an archived body to its `Extraction`, whichever site and kind it is.

The crawler records why it fetched a URL (`role`: listing, release, election page, report); that
and the content type pick the parser. Elections a document does not name are resolved afterwards,
across documents (`assign_elections`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sources.archive import UrlRecord
from sources.cec.release import language_of, parse_release
from sources.elections import find_election, nearest_election
from sources.html_text import read_html
from sources.osce.report import parse_odihr_pdf
from sources.records import ElectionRef, Extraction, ParseError

# Kinds that carry figures and so must belong to an election.
FACT_KINDS = {"results_preliminary", "results_final", "turnout", "violations", "odihr_statement",
              "odihr_final_report", "odihr_other"}
# Bump when a parser changes what it extracts: documents loaded by an older version are re-parsed.
EXTRACTOR_VERSION = "1"


def _hint_date(record: UrlRecord) -> dt.date | None:
    value = record.hints.get("published_on")
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def extract_document(body: bytes, record: UrlRecord) -> Extraction:
    role = record.hints.get("role")
    content_type = (record.content_type or "").lower()
    is_pdf = "pdf" in content_type or body[:5] == b"%PDF-"
    if role in {"listing", "country_page", "election_page"}:
        page = read_html(body, record.content_type)
        kind = "election_page" if role == "election_page" else "listing"
        out = Extraction(record.document_id, kind, title=page.title or record.hints.get("title"),
                         language=language_of(record.url, page) if record.source == "cec" else "en")
        if kind == "election_page":
            out.election = find_election(out.title or "")
    elif record.source == "osce" and is_pdf:
        out = parse_odihr_pdf(body, record.document_id)
        if out.election is None:
            out.election = find_election(record.hints.get("election_page") or "")
    elif record.source == "cec" and not is_pdf:
        out = parse_release(body, record.document_id, record.url, record.content_type)
    elif record.source == "osce":
        page = read_html(body, record.content_type)
        out = Extraction(record.document_id, "other", title=page.title, language="en")
    else:
        raise ParseError(f"{record.url}: no parser for a {record.content_type or 'untyped'} body from {record.source}")
    out.title = out.title or record.hints.get("title")
    out.published_on = out.published_on or _hint_date(record)
    return out


def assign_elections(extractions: Iterable[Extraction], known: Iterable[ElectionRef] = ()) -> None:
    """Tie documents that name no election (an hourly bulletin, a violations summary) to the latest
    election held on or before their publication date: from this batch and from the warehouse."""
    extractions = list(extractions)
    elections = {e.election for e in extractions if e.election is not None} | set(known)
    for extraction in extractions:
        if extraction.election is None and extraction.doc_kind in FACT_KINDS:
            extraction.election = nearest_election(extraction.published_on, sorted(
                elections, key=lambda e: e.election_date))
