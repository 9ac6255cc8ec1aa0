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

import logging
import re
from collections.abc import Sequence

from sources.claims import read_claims
from sources.osce.annex import COUNT, parse_int, results_annex
from sources.osce.cover import cover_text, doc_kind, election, published_on, running_text, title
from sources.osce.pdf_text import PdfPage, read_pdf, text_blocks
from sources.records import (
    ClaimContext,
    Evidence,
    Extraction,
    ParseError,
    Stage,
    TextBlock,
    TurnoutClaim,
    Unread,
)
from sources.text.language import guess_language
from sources.text.latin_kazakh import written_in_latin_kazakh
from sources.text.sentences import split_sentences

log = logging.getLogger(__name__)

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
        cover = cover_text(pages)
        out.doc_kind = doc_kind(cover, pages)
        out.election = election(cover) or election(running_text(pages))
        out.published_on = published_on(pages)
        out.title = title(cover, out.doc_kind)
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
    # ODIHR publishes its statements and reports in Russian too: the claims are read in the body's language
    body = " ".join(block.text for block in narrative if block.kind == "body")
    # Kazakh in a Latin alphabet guesses as English: the claims reader reads it in Cyrillic when told it is Kazakh
    out.language = "kk" if written_in_latin_kazakh(body) else guess_language(body, default="en")
    context = ClaimContext(
        document_id=document_id,
        publisher="osce",
        language=out.language,
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
