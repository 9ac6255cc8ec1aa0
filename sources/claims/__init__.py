"""Detention and infraction claims from narrative text (ODIHR reports, CEC releases).

`extract_claims(blocks, context)` reads body paragraphs and footnotes sentence by sentence and returns
every detention and infraction they report, each with its sentence as evidence and the page of its
block. Headings and table rows carry no narrative claims and are skipped.

Modules, in the order text flows through them:
    sentences   paragraph → sentences → clauses
    dates       "on election day", "between 9 and 13 June" → (date_from, date_to)
    quantities  "approximately 4,000", "more than half", "dozens" → qualifier and (low, high)
    places      "in Nur-Sultan and Almaty", "in the two cities", "across the country"
    reporters   "According to the Ministry of Internal Affairs" → who reported it
    reading     one sentence read once, and the paragraph's running account
    detentions  counts governed by a detention word → DetentionClaim
    infractions counts governed by an infraction word, and uncounted findings → InfractionClaim
    vocabulary  subjects, categories and measures of DESIGN.md and the words for them
    spans       bookkeeping of taken character spans, kept linear in the text's length
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from sources.claims.detentions import detentions_in
from sources.claims.infractions import infractions_in
from sources.claims.reading import Account, advance, read_sentence
from sources.claims.sentences import split_sentences
from sources.records import ClaimContext, DetentionClaim, InfractionClaim, TextBlock

log = logging.getLogger(__name__)

NARRATIVE_KINDS = frozenset({"body", "footnote"})


def paragraph_claims(
    text: str, page: int | None, context: ClaimContext, account: Account | None = None
) -> tuple[list[DetentionClaim], list[InfractionClaim], Account]:
    """The claims of one paragraph, its sentences read in order so later ones can lean on earlier ones;
    `account` is what the section said before it, and the account after it is returned."""
    detentions: list[DetentionClaim] = []
    infractions: list[InfractionClaim] = []
    account = account.next_paragraph() if account is not None else Account()
    for sentence in split_sentences(text):
        reading = read_sentence(sentence.text, page, context, account)
        found_detentions = detentions_in(reading)
        found_infractions, measure = infractions_in(reading)
        detentions += found_detentions
        infractions += found_infractions
        account = advance(reading, found_detentions, measure)
    return detentions, infractions, account


def _narrative(block: TextBlock) -> str:
    text = block.text
    if block.kind == "footnote" and block.footnote is not None:
        # A footnote's own number may still lead its text: "4 Statement of the Minister ...".
        text = re.sub(rf"^\s*{block.footnote}[.)]?\s+", "", text)
    return text


def extract_claims(
    blocks: Sequence[TextBlock], context: ClaimContext
) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
    """Every detention and infraction the blocks report, each with its sentence as evidence."""
    detentions: list[DetentionClaim] = []
    infractions: list[InfractionClaim] = []
    section = Account()  # runs on across the paragraphs of a section; a heading starts a new one
    for block in blocks:
        if block.kind == "heading":
            section = Account()
        if block.kind not in NARRATIVE_KINDS or not block.text.strip():
            continue
        try:
            found_detentions, found_infractions, after = paragraph_claims(
                _narrative(block), block.page, context, section if block.kind == "body" else None
            )
        except Exception:  # one unreadable paragraph must not cost the document its other claims
            log.warning("claims: skipped a paragraph of %s (page %s)", context.document_id, block.page, exc_info=True)
            continue
        if block.kind == "body":
            section = after
        detentions += found_detentions
        infractions += found_infractions
    return detentions, infractions
