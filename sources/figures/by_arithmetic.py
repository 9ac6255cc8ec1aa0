"""The reader by arithmetic: a fallback after the shape readers, on the lines, list items and table rows they left.

Units (`table_rows`): a line, a table row, or an item of a run ("A 58,7 % ● B 10,2 %", a <pre> table collapsed into
one paragraph) naming one subject, with its numbers as cells in position. The rows of one block are aligned and each
column typed by the publication's own sums (`columns.type_block`): seats, the seats' shares (never a vote share),
votes in proportion to shares on every row (on a base the document states or the votes' own sum; thousands only when a
unit line says so), shares alone when a complete set (≈ 100, or 100 less the invalid ballots' share), votes alone when
they add up to the ballots. Contestants as columns are read the same way, a merged run of digit groups cut where the
shares say (`transposed`); a seat series "respectively" goes to the parties its shares rank (`seat_series`).
Indicator lines (registered, cast, turnout, invalid) load only when cast ÷ registered ≈ turnout closes.
A set whose arithmetic does not close loads nothing: its numbers stay unread with what did not close. It never adds a
field the first pass read consistently for two contestants or more, nor a figure it read; it replaces only first-pass
readings of the same row that contradict each other or ignore the unit the table states. A block under another vote,
an exit poll, a parallel count, a district's commission or a region's heading is left unread (`_out_of_scope`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from sources.figures.arithmetic import SHARE_TOLERANCE, turnout_fits
from sources.figures.asides import earlier_vote, hearsay, of_another_vote
from sources.figures.binder import Binder
from sources.figures.claims import Located
from sources.figures.columns import Context, header_of, type_block
from sources.figures.names import contestant_from_name
from sources.figures.readings import Reading
from sources.figures.seat_series import series_seats
from sources.figures.table_rows import Row, fraction, has, is_share_cell, row_of, runs_of, thousands_above
from sources.figures.transposed import column_blocks
from sources.records import Evidence, Stage, Unread
from sources.text import Number

log = logging.getLogger(__name__)
ENABLED = True  # the fallback on or off, as one switch
INDICATOR_FIELDS = {"registered_voters": ("registered_voters", "turnout_pct"), "ballots_cast": ("ballots_cast",
                    "turnout_pct"), "turnout": ("ballots_cast", "turnout_pct"), "invalid_ballots": ("invalid_ballots",
                                                                                                 None)}


def read_by_arithmetic(title: str, lines: list[str], binder: Binder, located: list[Located], unread: list[Unread],
                       document_id: str, stage: Stage) -> tuple[list[Located], list[Unread]]:
    """The page's readings after the fallback: the first pass's (less its self-contradicting readings of a row whose
    block the arithmetic typed) and the figures of the rows it left, bound by their block's arithmetic; and the unread,
    each figure the fallback weighed with what its block's sums say instead of its shape's reason. `lines`: the page's
    paragraphs, then each table's rows (`page_lines`)."""
    if not ENABLED:
        return located, unread
    language = binder.language
    bound = {x.reading.clause for x in located if x.reading.clause}
    rows: list[Row] = []
    for i, line in enumerate(lines):
        row = row_of(line, i, language, binder.finder)
        rows += [row] if row is not None else runs_of(line, i, language, binder.finder)
    free = [r for r in rows if not any(c in r.text or r.text in c for c in bound)]
    if why_not := _out_of_scope(binder, title, lines[:3]):
        log.info("no reading by arithmetic: %s", why_not)
        return located, _merged(unread, _unread(free, why_not))
    ctx = Context(lines, language, document_id, stage, located)
    indicator_rows = [r for r in free if r.subject.kind == "indicator"]
    out, why = _indicators([r for r in indicator_rows if not _out_of_scope(binder, "", [header_of([r], ctx)])], ctx)
    ctx.located = [*located, *out]
    contradicted = ctx.contradicted()
    retyped: list[Located] = []
    for block in _blocks([r for r in rows if r.subject.kind in {"contestant", "label"}], language):
        # the first pass's readings of the block's rows that contradict each other ("95" and "65.52" both a share of
        # one party): the block's arithmetic types those cells instead
        own = {_squashed(r.text) for r in block}
        wrong = [x for x in located if (x.reading.name, x.reading.field) in contradicted
                 and _squashed(x.reading.clause) in own]
        # what the first pass read in the block's rows (a row's clause, or the paragraph a run of rows is cut from)
        seen = [x for x in located if x not in wrong and any(_overlap(x.reading.clause, r.text) for r in block)]
        if any(x.reading.region_name is not None for x in seen):
            continue  # a region's rows (under a heading the first pass read): no national set
        if why_not := _out_of_scope(binder, "", [header_of(block, ctx)]):
            why += _not_read(block, why_not, seen)
            continue
        ctx.located = [x for x in [*located, *out] if x not in wrong]
        block, kept, values, failed = type_block(block, ctx)
        if not failed:
            wrong += _rescaled(block, kept, values, seen)
            seen = [x for x in seen if x not in wrong]
            ctx.located = [x for x in [*located, *out] if x not in wrong]
        read, reasons = ([], _unread(block, failed)) if failed else _emit(block, kept, values, ctx)
        taken = {(x.reading.name, x.reading.figure.text): x.reading.field for x in seen}
        reasons = _not_read(block, "", seen, reasons)
        if any(taken.get((x.reading.name, x.reading.figure.text), x.reading.field) != x.reading.field for x in read):
            why += _unread(block, "its arithmetic types a cell the first pass read as another figure")
            continue
        if read:
            retyped += wrong
        out += [x for x in read if (x.reading.name, x.reading.figure.text) not in taken]
        why += reasons
    for readings in column_blocks(lines, language, binder.finder):
        # contestants as columns: the one cut of its merged runs whose arithmetic closes, else unread
        ctx.located = [*located, *out]
        typed = [t for rows_ in readings if not (t := type_block(rows_, ctx))[3]]
        if len(typed) == 1 and not _out_of_scope(binder, "", [header_of(typed[0][0], ctx)]):
            read, reasons = _emit(*typed[0][:3], ctx)
            taken = {(x.reading.name, x.reading.figure.text) for x in located
                     if any(_overlap(x.reading.clause, r.text) for r in typed[0][0])}
            out += [x for x in read if (x.reading.name, x.reading.figure.text) not in taken]
            why += reasons
        else:
            why += _unread(readings[0], "its columns' arithmetic closes in no one reading" if typed else
                           "no reading of its columns closes")
    ctx.located = [x for x in [*located, *out] if x not in retyped]
    seats, seat_unread = series_seats(lines, binder.finder, ctx, bound)
    out += seats
    why += seat_unread
    # a figure now read, or unread for what its block's sums say, is no longer unread for its shape
    settled = {(x.reading.clause, x.reading.figure.text) for x in out}
    unread = _merged(unread, why)
    why = []
    tables: dict[str, set[str]] = {}  # a row or table read: its text, and the figures read in it
    for x in out:
        tables.setdefault(x.reading.clause, set()).add(x.reading.figure.text)
    # a row the first pass cut otherwise ("AMANAT 4 | 632,2 | 58,70"): the same row, squashed
    tables.update({_squashed(c): figures_read for c, figures_read in list(tables.items())})
    kept = [x for x in located if x not in retyped]
    return [*kept, *out], [u for u in unread if (u.clause, u.figure) not in settled and not any(
        (u.clause in table or _squashed(u.clause) == table) and u.figure and any(
            _part(f, u.figure) for f in read) for table, read in tables.items())] + why


def _not_read(block: list[Row], reason: str, seen: list[Located], reasons: list[Unread] | None = None) -> list[Unread]:
    """The block's unread (`reasons`, else each of its numbers for `reason`) less the figures the first pass read (in
    the same row, whatever name it gave the row's subject: "ҚХП" read as «ҚХП» партиясы)."""
    taken = {(x.reading.name, x.reading.figure.text) for x in seen}
    return [u for u in (reasons if reasons is not None else _unread(block, reason))
            if not any(u.clause == r.text and ((r.name, u.figure) in taken or any(
                x.reading.figure.text == u.figure and _overlap(x.reading.clause, r.text) for x in seen))
                for r in block)]


def _part(a: str, b: str) -> bool:
    """One number as written is the other, or a run of its digit groups ("632,2" of "4 632,2")."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _merged(unread: list[Unread], why: list[Unread]) -> list[Unread]:
    """The unread, each figure once: one the first pass left unread keeps its reason, what its block's sums say added
    to it; the fallback's own for the others."""
    added = {(u.clause, u.figure): u.reason for u in why}
    out = [replace(u, reason=f"{u.reason}; {added[(u.clause, u.figure)]}") if (u.clause, u.figure) in added else u
           for u in unread]
    known = {(u.clause, u.figure) for u in unread}
    return out + [u for u in why if (u.clause, u.figure) not in known]


def _rescaled(block: list[Row], kept: dict[int, str], values: dict[int, list[float | None]],
              seen: list[Located]) -> list[Located]:
    """The first pass's votes of a block's cell read without the unit its table states ("801,0" as 801 votes in a
    table in thousands): the same binding at the wrong scale, which the block's own reading replaces."""
    out: list[Located] = []
    for j, field in kept.items():
        if field != "votes" or j not in values:
            continue
        for row, value in zip(block, values[j], strict=True):
            cell = row.cells[j]
            if cell is not None and value is not None and value != cell.value:
                out += [x for x in seen if x.reading.name == row.name and x.reading.field == "votes"
                        and abs(x.reading.value - cell.value) < 0.5]
    return out


def page_lines(paragraphs: list[str], tables: list[list[list[str]]]) -> list[str]:
    """The units' lines: the paragraphs, then each table's rows with their cells kept apart ("A | 4 632 | 58.7"), a
    blank line between, so that no block runs from one into the next."""
    lines = list(paragraphs)
    for rows in tables:
        lines += ["", *(" | ".join(cell.strip() for cell in row) for row in rows)]
    return lines


def _out_of_scope(binder: Binder, title: str, lines: list[str]) -> str | None:
    """Why the figures under these lines (a title, a block's header, a document's lead) are no national figure of this
    vote: another vote, an exit poll or a parallel count, one district's commission, a region's heading, hearsay."""
    text = "\n".join(t for t in (title, *lines) if t)
    if not text:
        return None
    lexicon = binder.lexicon
    # a block's header that dates another vote ("Выборы 2021 года:"); a document's title or lead may name the year it
    # is published in (a yearbook of 2027), which the first pass has already weighed
    earlier = not title and earlier_vote(text, binder.language, binder.published_on, binder.vote_date)
    if reason := earlier or of_another_vote(lexicon, text, binder.language, None, None) or hearsay(lexicon, text):
        return reason
    if has("other_counts", binder.language, text):
        return "a count other than the commission's national one (observers', a district's)"
    if not title and any(m.kind == "region" for m in binder.finder.find(text)):  # (a lead's dateline names a city)
        return "under a region's heading: no national figure"
    return None


def _overlap(clause: str, row: str) -> bool:
    return bool(clause) and (clause in row or row in clause or _squashed(clause) == _squashed(row))


def _squashed(text: str) -> str:
    """A row as its words and numbers, whatever the cell borders: "A 4 632.2 | 58.70" and "A 4 632.2 58.70" alike."""
    return re.sub(r"[\s|]+", " ", text).strip()


def _blocks(rows: list[Row], language: str) -> list[list[Row]]:
    """Rows on consecutive lines: one table, list or block, of two known contestants at least; a row labelled with a
    name no reader knows is a contestant among them, of their type."""
    blocks: list[list[Row]] = []
    for row in rows:
        if blocks and row.index - blocks[-1][-1].index in {0, 1}:  # the next line, or the next item of a run
            blocks[-1].append(row)
        else:
            blocks.append([row])
    out = []
    for block in blocks:
        known = [r for r in block if r.subject.kind == "contestant"]
        if len({r.name for r in known}) < 2:
            continue
        types = [r.contestant_type for r in known]
        kind = max(set(types), key=types.count) or "party"
        out.append([r if r.subject.kind == "contestant" else replace(r, subject=replace(
            r.subject, kind="contestant", contestant=contestant_from_name(r.name, kind, language)), labelled=True)
            for r in block])
    return out


def _unread(rows: list[Row], reason: str) -> list[Unread]:
    return [Unread(r.text, f"{c.text}: {reason}", c.text) for r in rows for c in r.numbers()]


def _emit(block: list[Row], kept: dict[int, str], values: dict[int, list[float | None]],
          ctx: Context) -> tuple[list[Located], list[Unread]]:
    first = ctx.national("contestant")
    read_twice = {f for f in kept.values() if sum(1 for (_, g) in first if g == f) >= 2}
    out: list[Located] = []
    why: list[Unread] = []
    for i, row in enumerate(block):
        for j, field in kept.items():
            cell = row.cells[j]
            if cell is None or field in read_twice:
                continue
            value = values[j][i] if j in values else cell.value
            known = first.get((row.name, field))
            if known is not None:
                if abs(known - value) > SHARE_TOLERANCE:
                    return [], _unread(block, f"the block's {field} disagree with the first reading ({known:g})")
                continue
            kind = "share" if field == "vote_share_pct" else "count"
            reading = Reading(replace(cell, kind=kind, value=value), "contestant", field, value, row.name,
                              row.contestant_type, clause=row.text)
            out.append(Located(reading, Evidence(ctx.document_id, row.text), ctx.stage))
        why += [Unread(row.text, f"{c.text}: a column the block's arithmetic does not type", c.text)
                for j, c in enumerate(row.cells) if c is not None and j not in kept]
    if out:
        log.info("read by arithmetic: %d figures of a block of %d rows", len(out), len(block))
    return out, why


def _indicators(rows: list[Row], ctx: Context) -> tuple[list[Located], list[Unread]]:
    """Indicator lines (one figure each): loaded only when cast ÷ registered ≈ turnout closes."""
    found: dict[str, tuple[Row, Number, float]] = {}
    clash: set[str] = set()
    for row in rows:
        cells = row.numbers()
        fields = INDICATOR_FIELDS.get(str(row.subject.key))
        if len(cells) != 1 or fields is None:
            continue
        cell = cells[0]
        share = is_share_cell(row, cell) or (fields[1] is not None and fraction(cell) and cell.value <= 100
                                             and bool(re.search(r"%|процент|пайыз|percent", row.text, re.I)))
        field = fields[1] if share else fields[0]
        if field is None:
            continue
        value = cell.value
        if not share:
            thousands = thousands_above(ctx.paragraphs, row.index, ctx.language)
            if fraction(cell) and not thousands:
                continue
            value *= 1000 if thousands else 1
        if field in found and found[field][2] != value:
            clash.add(field)
        found[field] = (row, cell, value)
    for field in clash:
        del found[field]
    first = ctx.national("indicator")
    have = {f: v for (_, f), v in first.items()}
    mine = {f: v for f, (_, _, v) in found.items() if f not in have}
    every = {**mine, **have}
    registered, cast, pct = (every.get(f) for f in ("registered_voters", "ballots_cast", "turnout_pct"))
    if not mine:
        return [], []
    if not (registered and cast and pct and turnout_fits(cast, registered, pct)):
        why = "cast ÷ registered does not give the turnout" if registered and cast and pct else \
            "no registered, cast and turnout to check each other"
        return [], [Unread(found[f][0].text, f"{found[f][1].text}: {why}", found[f][1].text) for f in mine]
    out: list[Located] = []
    for field, value in mine.items():
        if field == "invalid_ballots" and value > cast * 0.1:
            continue
        row, cell, _ = found[field]
        kind = "share" if field == "turnout_pct" else "count"
        reading = Reading(replace(cell, kind=kind, value=value), "indicator", field, value, clause=row.text)
        out.append(Located(reading, Evidence(ctx.document_id, row.text), ctx.stage))
    return out, []
