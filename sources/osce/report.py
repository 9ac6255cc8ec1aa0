"""An ODIHR report (PDF) → its `Extraction`: what it is, which election, results and turnout.

Read by content, never by where one file happens to print things:
- kind, from the cover: "Statement of Preliminary Findings and Conclusions" → `odihr_statement`,
  "... Final Report" (election or referendum missions) → `odihr_final_report`, anything else
  (needs assessment, interim report) → `odihr_other`;
- election, title and publication date, from the cover ("Early Presidential Election, 9 June 2019",
  "Warsaw, 4 October 2019"); a date may wrap across lines;
- the results annex (annex.py): indicator rows and one row per candidate, party or answer;
- polling stations: the sentence saying how many precinct commissions or polling stations the
  administration runs ("oversees 9,968 precinct election commissions"), never how many were observed;
- detentions and infractions: `sources.claims.read_claims` over body text and footnotes.

Each part is read on its own: an annex, a cover or a paragraph that cannot be read is recorded on
`Extraction.unread` (with its page and why) and the report's other parts still load -- a report whose annex does
not parse keeps its detentions and infractions. Only a body that is no PDF at all raises `ParseError`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence

from sources.claims import read_claims
from sources.osce.annex import COUNT, parse_int, results_annex
from sources.osce.pdf_text import PdfPage, read_pdf, text_blocks
from sources.records import (
    ClaimContext,
    DocKind,
    ElectionRef,
    ElectionType,
    Evidence,
    Extraction,
    ParseError,
    Stage,
    TextBlock,
    TurnoutClaim,
    Unread,
)
from sources.text.numbers import EN_MONTHS, find_dates
from sources.text.sentences import split_sentences

log = logging.getLogger(__name__)

DATE = r"\d{1,2}\s+(?i:" + "|".join(EN_MONTHS) + r")\s+(?:19|20)\d\d"  # "9 June 2019"

# The election a cover names: its kind, then (within a few words) its date.
ELECTION_RE = re.compile(
    r"(?P<kind>(?:(?:early|extraordinary|pre-term|snap|regular)\s+)?"
    r"(?:presidential\s+elections?|parliamentary\s+elections?|(?:mazhilis|majilis|senate)\s+elections?"
    r"|elections?\s+to\s+the\s+(?:mazhilis|majilis)|(?:republican\s+|national\s+|constitutional\s+)?referendum))"
    rf"[^0-9]{{0,160}}?(?P<date>{DATE})",
    re.IGNORECASE,
)
STATEMENT_RE = re.compile(r"statement\s+of\s+preliminary\s+findings(?:\s+and\s+conclusions)?", re.I)
FINAL_REPORT_RE = re.compile(r"\bfinal\s+report\b", re.I)
DOCUMENT_NAME_RE = re.compile(
    r"(?:(?:OSCE/)?ODIHR\s+)?(?:(?:Limited|Special)\s+)?(?:Election|Referendum)\s+(?:Observation|Assessment)"
    r"\s+Mission\s+(?:Final\s+)?Report|Needs\s+Assessment\s+Mission\s+Report|Interim\s+Report(?:\s+\d+)?"
    r"|Final\s+Report",
    re.I,
)
PLACE_DATE_RE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){{0,2}}),\s*(?P<date>{DATE})\.?$"
)
ELECTION_WORDS_RE = re.compile(r"election|referendum|report|statement", re.I)
ACRONYMS = {"ODIHR", "OSCE", "OSCE/ODIHR", "EOM", "LEOM", "NAM", "EAM", "CEC"}
TITLE_SMALL_WORDS = {"of", "and", "the", "on", "for", "to", "in", "a", "an"}

# Polling stations run by the administration (not those observed)
STATIONS_RE = re.compile(
    rf"(?P<number>{COUNT})\s+(?:precinct\s+election\s+commissions|precinct\s+commissions|polling\s+stations"
    r"|PECs|precincts)\b(?!\s+(?:abroad|observed|visited|were\s+observed|outside))",
    re.I,
)
OBSERVED_RE = re.compile(r"\b(?:observ\w*|visit\w*|monitor\w*|assess\w*|deploy\w*|covered|attended)\b", re.I)
MIN_POLLING_STATIONS = 100  # fewer is a subset (abroad, special), not a national count


def parse_odihr_pdf(body: bytes, document_id: str) -> Extraction:
    """Everything an ODIHR statement or report says that the warehouse keeps."""
    pages = read_pdf(body)  # no PDF at all: nothing of it can be read
    out = Extraction(document_id=document_id, doc_kind="odihr_other", language="en")
    blocks: list[TextBlock] = []
    try:
        cover = _cover_text(pages)
        out.doc_kind = _doc_kind(cover, pages)
        out.election = _election(cover) or _election(_running_text(pages))
        out.published_on = _published_on(pages)
        out.title = _title(cover, out.doc_kind)
    except Exception as error:  # a cover nobody can read still leaves the report's text
        log.warning("%s: cover not read", document_id, exc_info=True)
        out.unread.append(Unread(clause=_first_line(pages), reason=f"cover not read: {error}", page=1))
    stage: Stage = "final" if out.doc_kind == "odihr_final_report" else "preliminary"
    try:
        blocks = text_blocks(pages)
    except Exception as error:
        log.warning("%s: body text not read", document_id, exc_info=True)
        out.unread.append(Unread(clause=_first_line(pages), reason=f"body text not read: {error}"))
    try:
        out.results, annex_turnout = results_annex(pages, document_id, stage)
        out.turnout = annex_turnout
    except ParseError as error:  # the results are refused, the report's findings are not
        log.warning("%s: results annex not read: %s", document_id, error)
        page = re.search(r"page (\d+)", str(error))
        out.unread.append(
            Unread(clause="results annex", reason=f"results annex not read: {error}",
                   page=int(page.group(1)) if page else None)
        )  # fmt: skip
    out.turnout += _polling_stations(blocks, document_id, stage)
    narrative = [block for block in blocks if block.kind in ("body", "footnote", "heading")]
    context = ClaimContext(
        document_id=document_id,
        publisher="osce",
        language="en",
        election_date=out.election.election_date if out.election else None,
        published_on=out.published_on,
    )
    claims = read_claims(narrative, context)
    out.detentions, out.infractions = claims.detentions, claims.infractions
    out.unread += claims.unread
    return out


def _first_line(pages: Sequence[PdfPage]) -> str:
    return next((line.text for page in pages for line in page.lines if line.text.strip()), "")


# ---------------------------------------------------------------------------------------------
# Cover: kind, election, title, date


def _cover_text(pages: Sequence[PdfPage]) -> str:
    """The cover page's words on one line, so that wrapped titles and dates read whole."""
    return " ".join(line.text for line in pages[0].lines) if pages else ""


def _running_text(pages: Sequence[PdfPage]) -> str:
    return " ".join(line.text for page in pages[:3] for line in page.running)


def _doc_kind(cover: str, pages: Sequence[PdfPage]) -> DocKind:
    for text in (cover, _running_text(pages)):
        if STATEMENT_RE.search(text):
            return "odihr_statement"
        if FINAL_REPORT_RE.search(text):
            return "odihr_final_report"
    return "odihr_other"


def _election(text: str) -> ElectionRef | None:
    match = ELECTION_RE.search(text)
    if match is None:
        return None
    kind = match.group("kind").lower()
    election_type: ElectionType = (
        "referendum"
        if "referendum" in kind
        else "presidential"
        if "presidential" in kind
        else "parliamentary"
    )
    date = _parse_date(match.group("date"))
    return ElectionRef(date, election_type) if date else None


def _published_on(pages: Sequence[PdfPage]) -> dt.date | None:
    """The place-and-date line of the cover: "Warsaw, 4 October 2019", "Nur-Sultan, 10 June 2019"."""
    for page in pages[:2]:
        for line in page.lines:
            match = PLACE_DATE_RE.match(line.text)
            if match and not ELECTION_WORDS_RE.search(match.group("place")):
                return _parse_date(match.group("date"))
    return None


def _parse_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None


def _title(cover: str, doc_kind: DocKind) -> str | None:
    """ "Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission
    Final Report", as the OSCE site names its documents, from the cover's own words."""
    election = ELECTION_RE.search(cover)
    statement = STATEMENT_RE.search(cover) if doc_kind == "odihr_statement" else None
    document = statement or DOCUMENT_NAME_RE.search(cover)
    subject = None
    if election:
        date = re.sub(r"\s+", " ", election.group("date"))
        subject = f"{_title_case(election.group('kind'))}, {date}"
        if "kazakhstan" in cover.lower():
            subject = f"Kazakhstan, {subject}"
    name = _title_case(document.group(0)) if document else None
    if subject and name:
        return f"{subject}: {name}"
    return subject or name or (cover[:200] or None)


def _title_case(phrase: str) -> str:
    """Cover lines are often all capitals; say them as a title, keeping acronyms."""
    words = phrase.split()
    if phrase != phrase.upper():
        return " ".join(words)
    out = []
    for i, word in enumerate(words):
        if word in ACRONYMS:
            out.append(word)
        elif i > 0 and word.lower() in TITLE_SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word.capitalize())
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# Polling stations


def _polling_stations(blocks: Sequence[TextBlock], document_id: str, stage: Stage) -> list[TurnoutClaim]:
    """How many polling stations the administration runs, once per figure a document gives."""
    claims: list[TurnoutClaim] = []
    seen: set[int] = set()
    for block in blocks:
        if block.kind != "body":
            continue
        for sentence in (span.text for span in split_sentences(block.text)):
            for match in STATIONS_RE.finditer(sentence):
                clause = re.split(r"[;:]", sentence[: match.start()])[-1]
                count = parse_int(match.group("number"))
                if OBSERVED_RE.search(clause) or count < MIN_POLLING_STATIONS or count in seen:
                    continue
                seen.add(count)
                claims.append(
                    TurnoutClaim(
                        stage=stage,
                        evidence=Evidence(document_id, sentence, block.page),
                        polling_stations=count,
                    )
                )
    return claims
