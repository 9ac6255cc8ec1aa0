"""An item of a breakdown whose verb is said once: "56 complaints, of which 21 concerned X, 14 the composition of
commissions and 9 the obstruction of observers", "из них 21 касалась X, 14 — Y" (infractions.py reads the first
item; this module the later ones), and what some of the counted contained ("Екі өтініште ...")."""

from __future__ import annotations

import re

from sources.claims.kinds import categories, category_of
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.stations import Counted
from sources.claims.vocabulary import NO_PART_MEASURES

FLAGS = re.IGNORECASE

# After the first item ("of which N concerned"), each later count standing after a comma or "and" with its own words
# and no verb of its own; a kind not in the lexicon is 'other'.
_BREAKDOWN_OPENED_RE = re.compile(  # "of which 12", "Of these, 52 ..."
    r"(?:of\s+(?:which|them|these|whom)|из\s+(?:них|которых)|олардың|оның)\s*,?\s+\d", FLAGS
)
_ITEM_BEFORE_RE = re.compile(r"(?:,|;|\band|\bи|\bа|\bжәне)\s*$", FLAGS)
_ITEM_AFTER_RE = re.compile(r"\s*(?:[—–-]\s*)?(?:the|a|an)?\s*[^\W\d_]", FLAGS)


def gapped_item(reading: Reading, q: Quantity, last: str | None, next_figure: int) -> Counted | None:
    text = reading.text
    if last is None or last in NO_PART_MEASURES or not q.written:
        return None
    clause = reading.clause_of(q.start)
    if not _ITEM_BEFORE_RE.search(text, max(clause[0], q.start - 6), q.start) or not _ITEM_AFTER_RE.match(text, q.end):
        return None
    if _BREAKDOWN_OPENED_RE.search(text, clause[0], q.start) is None:
        return None
    end = min(next_figure, clause[1])
    category = category_of(text, categories(text, q.end, end))
    return Counted(q, last, category if category and category != "mixed" else "other")


# A count of the measure the sentence before counted, its noun in the locative: "Екі өтініште ...", "В двух
# обращениях содержалась просьба ..." -- what some of those contained, not a new count.
_IN_COUNTED_KK_RE = re.compile(r"(?:те|та|де|да|нде|нда)$", FLAGS)
_IN_COUNTED_RU_RE = re.compile(r"(?:ях|ах)$", FLAGS)


def in_counted(text: str, q: Quantity, after: int) -> bool:
    if _IN_COUNTED_KK_RE.search(text, max(0, after - 4), after):
        return True
    return bool(_IN_COUNTED_RU_RE.search(text, max(0, after - 4), after)) and bool(
        re.search(r"(?:^|\s)(?:в|во)\s+$", text[max(0, q.start - 5) : q.start], FLAGS)
    )
