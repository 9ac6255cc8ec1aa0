"""Figures paired with names another clause gives: parallel lists, where the subjects are named once as a legend and
their figures given as runs in the same order, and "respectively" runs after a clause that named the contestants.

    Орындар (A / B / C): 95 / 16 / 14.            Seats (A / B / C): 95 / 16 / 14.
    Доли голосов в том же порядке: 58,70 / 10,15 / 8,90 %.

A legend is two or more names joined by slashes (in brackets, or before a colon); a run is as many figures of one
kind joined by slashes. The run in the legend's own clause pairs with it in order; a later clause that says
"respectively" / "соответственно" / "сол ретпен" (the lexicon's `respectively_words`) and names nobody pairs its run
with the last legend (the binder carries it, `sources.figures.binder`). A run of another length than the legend pairs
nothing: the figures stay unread, never guessed. Each figure's field is said by the clause: a seat word makes a run
of handfuls seats, a share is a vote share, a count of votes votes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.figures.mentions import Mention, MentionFinder
from sources.figures.names import Contestant, contestant_from_name
from sources.figures.readings import FEWEST_VOTES, Reading
from sources.lexicon import Lexicon
from sources.text import Number
from sources.text.letters import UPPER_LETTERS

MOST_SEATS = 150  # more seats than any Kazakh chamber has
# two or more items without digits or brackets joined by slashes ("Amanat / «Ауыл» / Respublica")
SLASHED_RE = re.compile(r"[^\d/():;\n]+(?:/[^\d/():;\n]+)+")
SLASH_JOIN_RE = re.compile(r"\s*/\s*")
# between two figures of a run: a slash, after at most one unit word ("95 орын / 16 орын", "58,7 % / 10,15 %")
RUN_JOIN_RE = re.compile(r"\s*(?:[^\W\d]+\.?\s*)?/\s*")


def legend(finder: MentionFinder, lexicon: Lexicon, clause: str) -> list[Mention]:
    """The contestants a clause names as a slash-joined legend, in order, as mentions at their places; [] when the
    clause has none, or when one item is no contestant's name (a legend of areas, of words, is none)."""
    for m in SLASHED_RE.finditer(clause):
        items = [(m.start() + i.start(), m.start() + i.end()) for i in re.finditer(r"[^/]+", m.group(0))]
        out = []
        for start, end in items:
            written = clause[start:end].strip(" ,.")
            if not written:
                break
            start += clause[start:end].index(written)
            contestant = _contestant(finder, lexicon, written)
            if contestant is None:
                break
            out.append(Mention("contestant", start, start + len(written), written, name=contestant.name,
                               contestant=contestant))
        else:
            if len(out) >= 2:
                return out
    return []


def _contestant(finder: MentionFinder, lexicon: Lexicon, written: str) -> Contestant | None:
    """One legend item's contestant: a spelling the document or registry knows, a mention covering the item, or a
    capitalised or quoted name of its own (an item is one name whole)."""
    book = finder.book
    known = book.spelled(written) or book.quoted(written.strip("«»\"“”"))
    if known is not None:
        return known
    mentions = [x for x in finder.find(written) if x.kind in {"contestant", "region", "indicator"}]
    whole = next((x for x in mentions if x.kind == "contestant" and x.end - x.start >= len(written) - 2), None)
    if whole is not None:
        return whole.contestant
    if mentions or not re.match(rf"[«\"“{UPPER_LETTERS}]", written) or len(written.split()) > 8:
        return None
    kind = "party" if written.startswith(("«", "\"", "“")) or lexicon.has("party_words", written) else "candidate"
    return book.meet(contestant_from_name(written, kind, finder.language, lexicon))


def slashed_run(clause: str, numbers: list[Number]) -> list[Number]:
    """The longest run of figures of one kind joined by slashes ("95 / 16 / 14"), [] when there is none."""
    best: list[Number] = []
    run: list[Number] = []
    for a in numbers:
        if run and (a.kind != run[-1].kind or not RUN_JOIN_RE.fullmatch(clause[run[-1].end: a.start])):
            run = []
        run.append(a)
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def paired(lexicon: Lexicon, clause: str, run: list[Number], legend_mentions: list[Mention],
           mentions: list[Mention]) -> dict[int, Reading]:
    """The run's figures given to the legend's contestants in order, each with the field the clause says; {} when
    the lengths differ or a field cannot be told."""
    if len(run) != len(legend_mentions) or len(run) < 2:
        return {}
    seats = any(m.kind == "seats" for m in mentions) or lexicon.has("seat_words", clause)
    if run[0].kind == "share":
        field = "vote_share_pct"
    elif seats and all(n.value <= MOST_SEATS and float(n.value).is_integer() for n in run):
        field = "seats"
    elif all(n.value >= FEWEST_VOTES for n in run):
        field = "votes"
    else:
        return {}
    out = {}
    for number, m in zip(run, legend_mentions, strict=True):
        c = m.contestant
        if c is None:
            return {}
        out[number.start] = Reading(number, "contestant", field, number.value, c.name, c.contestant_type,
                                    clause=clause)
    return out


def named_alone(finder: MentionFinder, alone: str, clause: str) -> list[Mention]:
    """The contestants of the clause just before when it stated no figure (`alone`: "Практически одинаковые результаты
    у X и Y. 0,38 и 0,32 процента голосов соответственно."), read with this clause's vote words after them."""
    if not alone:
        return []
    joined = f"{alone} {clause}"
    return [replace(m, start=-1 - i, end=-1 - i) for i, m in enumerate(
        m for m in finder.find(joined) if m.kind == "contestant" and m.end <= len(alone))]


def named_last(recent: list[Contestant], numbers: list[Number], mentions: list[Mention]) -> list[Mention]:
    """"В Нур-Султане — 62,10% и 25,77% соответственно.": a "respectively" run naming nobody but one area, after
    clauses that stated the same contestants' figures elsewhere, pairs with as many contestants as it holds, the
    latest named (`recent`), in the order named. With no area of its own the run would give them a second figure of
    the same area: it pairs nothing."""
    shares = [n for n in numbers if n.kind == "share"]
    regions = {m.key for m in mentions if m.kind == "region"}
    if len(shares) < 2 or len(recent) < len(shares) or len(regions) != 1:
        return []
    return [Mention("contestant", -1 - i, -1 - i, c.name, name=c.name, contestant=c)
            for i, c in enumerate(recent[-len(shares):])]
