"""Seats given by reference: "95, 16, 14, 12 и 8 мандатов соответственно" names no party, the parties are those an
earlier item lists ("подпункты а–д пункта 4"). The arithmetic names them instead: a series of handfuls that adds up
to a seat total the document states, falling from first to last, goes to the parties ranked by their vote shares, the
first as many as the series has, when each party's seats are its part of the total by its share of the qualifying
parties' votes (within a couple of seats: the allocation's rounding). Anything else stays unread with its reason.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from sources.figures.asides import exit_poll
from sources.figures.claims import Located
from sources.figures.readings import Reading
from sources.figures.table_rows import FRACTION_RE, has
from sources.figures.tally import MOST_SEATS
from sources.figures.text_layer import figures, read_numbers, split_clauses, split_sentences
from sources.records import Evidence, Unread
from sources.text import Number

if TYPE_CHECKING:
    from sources.figures.columns import Context
    from sources.figures.mentions import MentionFinder

SERIES_GAP_RE = re.compile(r"\s*(?:,|;|/|&|и|and|және|мен|бен|пен)?\s*", re.I)
SEAT_SLACK = 2.5  # seats off a party's proportional part that the allocation's rounding and threshold explain
NOT_RANKED = {"against_all", "option"}


def _series(clause: str, numbers: list[Number]) -> list[Number]:
    """The longest run of whole handfuls joined only by commas and "and"."""
    best: list[Number] = []
    run: list[Number] = []
    for n in numbers:
        handful = n.kind == "count" and not FRACTION_RE.search(n.text) and 0 <= n.value <= MOST_SEATS
        if handful and run and SERIES_GAP_RE.fullmatch(clause[run[-1].end: n.start]):
            run.append(n)
        else:
            run = [n] if handful else []
        if len(run) > len(best):
            best = list(run)
    return best


def series_seats(paragraphs: list[str], finder: MentionFinder, ctx: Context,
                 bound: set[str]) -> tuple[list[Located], list[Unread]]:
    first = ctx.national("contestant")
    if sum(1 for (_, f) in first if f == "seats") >= 2:
        return [], []
    kinds = {x.reading.name: x.reading.contestant_type for x in ctx.located if x.reading.subject == "contestant"}
    ranked = sorted(((v, str(n)) for (n, f), v in first.items() if f == "vote_share_pct"
                     and kinds.get(n) not in NOT_RANKED), reverse=True)
    out: list[Located] = []
    why: list[Unread] = []
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            for clause in split_clauses(sentence):
                if not (has("respectively", ctx.language, clause) and has("seat_words", ctx.language, clause)):
                    continue
                if any(m.kind == "contestant" for m in finder.find(clause)) or any(b in clause for b in bound if b):
                    continue
                if exit_poll(sentence) or has("other_counts", ctx.language, sentence):
                    continue  # a poll's or the observers' seats, no allocation of the commission
                numbers = figures(clause, ctx.language)
                series = _series(clause, numbers)
                if len(series) < 2:
                    continue
                read, reason = _given(series, numbers, ranked, kinds, ctx, paragraphs, sentence)
                out += read
                if reason:
                    why += [Unread(clause, f"{n.text}: {reason}", n.text) for n in series]
    return out, why


def _given(series: list[Number], numbers: list[Number], ranked: list[tuple[float, str]], kinds: dict,
           ctx: Context, paragraphs: list[str], sentence: str) -> tuple[list[Located], str | None]:
    seats = [n.value for n in series]
    total = sum(seats)
    starts = {n.start for n in series}
    stated = {n.value for n in numbers if n.start not in starts} | {
        n.value for p in paragraphs for n in read_numbers(p, ctx.language) if n.kind == "count" and p not in sentence}
    if total not in stated:
        return [], f"seats given respectively add up to {total:g}, a total the document does not state"
    if any(a < b for a, b in itertools.pairwise(seats)):
        return [], "seats given respectively do not fall from first to last"
    n = len(series)
    if len(ranked) < n or (len(ranked) > n and ranked[n][0] == ranked[n - 1][0]):  # a tie at the cut names no one
        return [], "no ranking of the parties' shares names the seats' parties"
    top = ranked[: len(series)]
    qualifying = sum(v for v, _ in top)
    if any(abs(s - v / qualifying * total) > SEAT_SLACK for s, (v, _) in zip(seats, top, strict=True)):
        return [], "seats given respectively are not the parties' parts of the total by their shares"
    out = []
    for n, (_, name) in zip(series, top, strict=True):
        reading = Reading(n, "contestant", "seats", n.value, name, kinds.get(name), clause=sentence)
        out.append(Located(reading, Evidence(ctx.document_id, sentence), ctx.stage))
    return out, None
