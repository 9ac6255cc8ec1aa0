"""One entry point from an archived body to its `Extraction`, whichever site and kind it is.

The crawler records why it fetched a URL (`role`: listing, release, election page, report); that
and the content type pick the parser. Elections a document does not name are resolved afterwards,
across documents (`assign_elections`), from the calendar; a document whose parser fails is still
described (`describe_document`: its language and kind) so raw.documents keeps its contract metadata.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable

from sources.archive import UrlRecord
from sources.cec import release as cec_release
from sources.cec.release import language_of, parse_release
from sources.elections import find_election, nearest_election
from sources.html_text import read_html
from sources.osce.report import parse_odihr_pdf
from sources.records import ElectionRef, Extraction, ParseError

# Kinds that carry figures and so must belong to an election.
FACT_KINDS = {"results_preliminary", "results_final", "turnout", "violations", "odihr_statement",
              "odihr_final_report", "odihr_other"}
# Bump when a parser changes what it extracts: documents loaded by an older version are re-parsed.
EXTRACTOR_VERSION = "2"  # 2: elections from the calendar
LANGUAGE_BY_PREFIX = {"rus": "ru", "kaz": "kk", "eng": "en", "ru": "ru", "kk": "kk", "kz": "kk", "en": "en"}
# The kind of an ODIHR PDF that could not be read, from the name its election page gives it.
ODIHR_KIND_BY_NAME = [
    (re.compile(r"statement|preliminary findings", re.I), "odihr_statement"),
    (re.compile(r"final report", re.I), "odihr_final_report"),
]
log = logging.getLogger(__name__)


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
            out.election = find_election(out.title or "", None, kind)
    elif record.source == "osce" and is_pdf:
        out = parse_odihr_pdf(body, record.document_id)
        if out.election is None:
            out.election = find_election(record.hints.get("election_page") or "", None, out.doc_kind)
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


def language_from_url(record: UrlRecord) -> str | None:
    """ru/kk/en from the crawler's language hint or the URL's language prefix (/rus/, /kaz/, /eng/)."""
    hinted = LANGUAGE_BY_PREFIX.get((record.hints.get("language") or "").lower())
    if hinted:
        return hinted
    path = record.url.split("://", 1)[-1].split("/")
    prefix = path[1].lower() if len(path) > 1 else ""
    return LANGUAGE_BY_PREFIX.get(prefix, "en" if record.source == "osce" else None)


def _cec_classifier() -> Callable[..., str] | None:
    """The CEC's content classifier (sources/cec/classify.py, or the release parser's own before it)."""
    try:
        from sources.cec.classify import classify
    except ImportError:
        return getattr(cec_release, "classify", None)
    return classify


def describe_document(body: bytes, record: UrlRecord) -> Extraction:
    """What a document is (kind, language, title, date) when its parser failed: best effort, never raises.

    The kind is classified from the content the parser could not read further: a CEC page's title and text,
    an ODIHR PDF's name on its election page.
    """
    title = record.hints.get("title")
    kind = "other"
    language = language_from_url(record)
    try:
        if record.source == "cec" and body[:5] != b"%PDF-":
            page = read_html(body, record.content_type)
            title = page.title or title
            language = language_of(record.url, page) or language
            classify = _cec_classifier()
            if classify is not None and page.title:
                kind = classify(page.title, "\n".join(page.paragraphs))
        elif record.source == "osce":
            kind = next((k for rx, k in ODIHR_KIND_BY_NAME if rx.search(title or "")), "odihr_other")
    except Exception as exc:  # describing is a courtesy: the parse error is what gets reported
        log.info("could not describe %s: %s", record.url, exc)
    return Extraction(record.document_id, kind, title=title, published_on=_hint_date(record),  # type: ignore[arg-type]
                      language=language)  # type: ignore[arg-type]


def assign_elections(extractions: Iterable[Extraction], known: Iterable[ElectionRef] = ()) -> None:
    """Tie documents that name no election (an hourly bulletin, a violations summary) to the calendar
    election (or one this batch or the warehouse created from a stated date) that their kind and
    publication date point to: a bulletin on voting day, preliminary results the day after, a final
    report months later. A publication date never creates an election."""
    extractions = list(extractions)
    elections = {e.election for e in extractions if e.election is not None} | set(known)
    for extraction in extractions:
        if extraction.election is None and extraction.doc_kind in FACT_KINDS:
            extraction.election = nearest_election(extraction.published_on, elections, extraction.doc_kind)
