"""The columns of a block of rows (`table_rows.Row`), typed by the publication's own arithmetic, not by a header's
words: seats (whole handfuls with a seat word, adding up to a stated total or falling as the votes fall), the seats'
shares (≈ seats ÷ their sum: never a vote share), votes and vote shares (two columns in proportion on every row, on a
base at least the votes' sum and one of the ballots the document states), shares alone (a complete set ≈ 100)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sources.figures.arithmetic import SHARE_TOLERANCE, SUM_TOLERANCE, share_fits
from sources.figures.claims import Located
from sources.figures.names import registry_spellings
from sources.figures.readings import FEWEST_VOTES
from sources.figures.seat_series import SEAT_SLACK
from sources.figures.table_rows import Row, fraction, has, is_share_cell, thousands_above
from sources.figures.tally import MOST_SEATS
from sources.figures.text_layer import figures, read_numbers
from sources.records import Stage
from sources.text import Number
from transforms.names import fold

SHARE_SUM_SLACK = 1.5  # a complete set's shares add up to 100 within this
BASE_AGREEMENT = 0.01  # the shares' base within 1 % of a ballots figure the document states


@dataclass
class Context:
    """What the reader knows of the document: its paragraphs and language, and what the first pass read."""

    paragraphs: list[str]
    language: str
    document_id: str
    stage: Stage
    located: list[Located]

    def _values(self, subject: str) -> dict[tuple[str | None, str], set[float]]:
        out: dict[tuple[str | None, str], set[float]] = {}
        for x in self.located:
            if x.reading.subject == subject and x.reading.region_name is None:
                out.setdefault((x.reading.name, x.reading.field), set()).add(x.reading.value)
        return out

    def national(self, subject: str) -> dict[tuple[str | None, str], float]:
        """What the first pass read at the national level, one value each (a subject given two is not read)."""
        return {key: min(v) for key, v in self._values(subject).items() if max(v) - min(v) <= SHARE_TOLERANCE}

    def contradicted(self) -> set[tuple[str | None, str]]:
        """The (contestant, field) pairs the first pass gave two values that are no rounding of each other."""
        return {key for key, v in self._values("contestant").items() if max(v) - min(v) > SHARE_TOLERANCE}

    def indicator(self, field: str) -> float | None:
        return next((v for (_, f), v in self.national("indicator").items() if f == field), None)


def _column(rows: list[Row], j: int) -> list[Number | None]:
    return [r.cells[j] for r in rows]


def header_of(block: list[Row], ctx: Context) -> str:
    """The lines right above the block (its header, its lead-in), up to the previous block of figures."""
    first = block[0].index
    above = []
    for paragraph in reversed(ctx.paragraphs[max(0, first - 3): first]):
        if figures(paragraph, ctx.language) and not paragraph.rstrip().endswith(":"):
            break  # the line of another block's figures
        above.append(paragraph)
    line = ctx.paragraphs[first]
    lead = line[: max(0, line.find(block[0].text))]  # a run's lead-in on its own line ("По её подсчёту, …:")
    return "\n".join([*reversed(above), lead] if lead.strip() else reversed(above))


def _seats(rows: list[Row], j: int, ctx: Context, header: str) -> bool:
    """A column of whole handfuls with a seat word about it: seats (the sum checked by the caller)."""
    cells = [c for c in _column(rows, j) if c is not None]
    if len(cells) < 2 or any(fraction(c) or c.value > MOST_SEATS or c.value < 0 or is_share_cell(r, c)
                             for r in rows for c in [r.cells[j]] if c is not None):
        return False
    return has("seat_words", ctx.language, header) or all(has("seat_words", ctx.language, r.text) for r in rows)


def _stated_counts(ctx: Context, block: list[Row]) -> set[float]:
    inside = {r.index for r in block}
    return {n.value for i, p in enumerate(ctx.paragraphs) if i not in inside
            for n in read_numbers(p, ctx.language) if n.kind == "count" and not fraction(n)}


def _falls_with(seats: list[Number | None], votes: list[float | None]) -> bool:
    """More votes never win fewer seats."""
    pairs = sorted(((v, s.value) for s, v in zip(seats, votes, strict=True) if s is not None and v is not None),
                   reverse=True)
    return len(pairs) >= 2 and all(a[1] >= b[1] for a, b in itertools.pairwise(pairs))


def _scaled(rows: list[Row], j: int, thousands: bool) -> list[float | None] | None:
    """A count column's values as counts: thousands when a unit line says so; a fraction of a vote otherwise is none."""
    cells = _column(rows, j)
    if any(c is not None and (is_share_cell(r, c)) for r, c in zip(rows, cells, strict=True)):
        return None
    fractions = any(c is not None and fraction(c) for c in cells)
    if fractions and not thousands:
        return None
    present = [c.value for c in cells if c is not None]
    # a column of full counts ("6 456 392") is not in the thousands a unit line elsewhere states
    scale = 1000 if thousands and (fractions or max(present, default=0) < 100_000) else 1
    if max(present, default=0) * scale > MOST_VOTERS:
        return None
    return [c.value * scale if c is not None else None for c in cells]


def _proportional(votes: list[float | None], shares: list[Number | None]) -> float | None:
    """The one base every row's votes ÷ share agrees on (two rows at least), else None."""
    pairs = [(v, s.value) for v, s in zip(votes, shares, strict=True)
             if v is not None and s is not None and s.value > 0]
    if len(pairs) < 2:
        return None
    votes_max, share_max = max(pairs, key=lambda p: p[1])
    base = votes_max * 100 / share_max
    return base if all(share_fits(v, s, base, SHARE_TOLERANCE) for v, s in pairs) else None


def _totals(block: list[Row]) -> tuple[list[Row], set[float]]:
    """The block less a row of a label no reader knows whose every figure is the sum of the others' ("Total",
    "Фракциялардағы депутаттар саны – 84"), and the totals that row states."""
    for row in (block[0], block[-1]):
        others = [r for r in block if r is not row]
        unknown = row.labelled or fold(row.name) not in registry_spellings()  # "Барлығы" read as a list item's label
        if not unknown or len(others) < 2 or any(len(r.cells) != len(row.cells) for r in others):
            continue
        sums = [sum(c.value for r in others if (c := r.cells[j]) is not None) for j in range(len(row.cells))]
        cells = [(c, total) for c, total in zip(row.cells, sums, strict=True) if c is not None]
        if cells and all(abs(c.value - total) <= max(0.051, total * 0.0005) for c, total in cells):
            return others, {c.value for c, _ in cells}
    return block, set()


MOST_VOTERS = 30_000_000  # more than Kazakhstan's electorate: no count of one of its votes is larger
Typed = tuple[list[Row], dict[int, str], dict[int, list[float | None]], str | None]


def type_block(block: list[Row], ctx: Context) -> Typed:
    """The block's rows (less a total row) and its columns typed by their arithmetic: column → field (votes,
    vote_share_pct, seats), the votes as counts (scaled), or the reason no column closes."""
    block, totals = _totals(block)
    widths = {len(r.cells) for r in block}
    if len(widths) != 1:
        return block, {}, {}, "the rows of its block do not align (cells per row differ)"
    width = widths.pop()
    header = header_of(block, ctx)
    thousands = thousands_above(ctx.paragraphs, block[0].index, ctx.language) or has("thousands", ctx.language, header)
    fields: dict[int, str] = {}
    values: dict[int, list[float | None]] = {}
    for j in range(width):
        if _seats(block, j, ctx, header):
            fields[j] = "seats"
            break
    seat_col = next(iter(fields), None)
    if seat_col is not None:
        seat_sum = sum(c.value for c in _column(block, seat_col) if c is not None)
        for j in range(width):
            cells = _column(block, j)
            pairs = [(s, c) for s, c in zip(_column(block, seat_col), cells, strict=True) if s is not None]
            if j != seat_col and any(c is not None for c in cells) and all(
                    c is None or share_fits(s.value, c.value, seat_sum) for s, c in pairs):
                fields[j] = "seat_share"  # ≈ seats ÷ their sum: the seats' share, no vote share
    base_known = [b for b in (ctx.indicator("ballots_cast"),) if b]
    if (cast := ctx.indicator("ballots_cast")) and (invalid := ctx.indicator("invalid_ballots")):
        base_known.append(cast - invalid)
    pairs: list[tuple[int, int, list[float | None]]] = []
    for a in range(width):
        if a in fields or (votes := _scaled(block, a, thousands)) is None:
            continue
        for b in range(width):
            if b == a or b in fields:
                continue
            shares = _column(block, b)
            if any(s is not None and s.value > 100 for s in shares):
                continue
            base = _proportional(votes, shares)
            if base is None:
                continue
            total = sum(v for v in votes if v is not None)
            shares_sum = sum(s.value for s in shares if s is not None)
            if base < total * (1 - BASE_AGREEMENT) or shares_sum > 100 + SHARE_SUM_SLACK:
                continue
            # the shares' base: a ballots figure the document states, or the block's own votes (shares of the valid)
            if base_known and not any(abs(base - k) <= k * BASE_AGREEMENT for k in [*base_known, total]):
                return block, {}, {}, (f"votes and shares agree on a base ({base:,.0f}) that is not the ballots "
                                       "the document states")
            if not any(v is not None and v < FEWEST_VOTES for v in votes):
                pairs.append((a, b, votes))
    if len(pairs) > 1:  # two (votes, shares) readings close (a preliminary and a final column): neither is sure
        return block, {}, {}, "two pairs of its columns are votes and shares in proportion: no one reading"
    for a, b, votes in pairs:
        fields[a], fields[b], values[a] = "votes", "vote_share_pct", votes
    if not {"votes", "vote_share_pct"} & set(fields.values()):
        _votes_alone(block, width, fields, values, thousands, ctx)
    if "vote_share_pct" not in fields.values():
        cast, invalid = ctx.indicator("ballots_cast"), ctx.indicator("invalid_ballots")
        rest = invalid / cast * 100 if cast and invalid else None  # shares of the cast: the invalid make up the rest
        whole = [b for b in range(width) if b not in fields and _whole_set(_column(block, b), rest)]
        if len(whole) > 1:  # two complete sets of shares (two votes, two stages): neither is sure
            return block, {}, {}, "two of its columns are complete sets of shares: no one reading"
        fields.update({b: "vote_share_pct" for b in whole})
    if seat_col is not None:
        votes_col = next((j for j, f in fields.items() if f == "votes"), None)
        seats = _column(block, seat_col)
        order = values[votes_col] if votes_col is not None else [
            s.value if s is not None else None for s in _column(block, next(
                (j for j, f in fields.items() if f == "vote_share_pct"), seat_col))]
        closes = _falls_with(seats, order) if order is not seats and any(
            f in {"votes", "vote_share_pct"} for f in fields.values()) else (
            sum(c.value for c in seats if c is not None) in _stated_counts(ctx, block) | totals
            or _by_shares(block, seats, ctx))
        if not closes:
            del fields[seat_col]
    kept = {j: f for j, f in fields.items() if f in {"votes", "vote_share_pct", "seats"}}
    if not kept:
        return block, {}, {}, ("no column of its block closes (shares ≉ 100, votes ∦ shares, votes ≠ the ballots, "
                               "seats without total)")
    return block, kept, values, None




VOTES_SLACK = 0.002  # the votes' sum within 0.2 % of the ballots it adds up to


def _votes_alone(block: list[Row], width: int, fields: dict[int, str], values: dict[int, list[float | None]],
                 thousands: bool, ctx: Context) -> None:
    """A column of counts with no share beside it is votes only when it adds up to the ballots the document states:
    the ballots cast, or the cast less the invalid (the valid ballots)."""
    cast, invalid = ctx.indicator("ballots_cast"), ctx.indicator("invalid_ballots")
    if not cast:
        return
    wholes = [cast, *([cast - invalid] if invalid else [])]
    for a in range(width):
        votes = None if a in fields else _scaled(block, a, thousands)
        if votes is None or any(v is None or v < FEWEST_VOTES for v in votes):
            continue
        total = sum(v for v in votes if v is not None)
        if any(abs(total - whole) <= whole * VOTES_SLACK for whole in wholes):
            fields[a], values[a] = "votes", votes
            return


def _by_shares(block: list[Row], seats: list[Number | None], ctx: Context) -> bool:
    """Seats with no total stated but each party's part of the seats by its share among them, the shares the first
    pass read for the same parties (within the allocation's rounding)."""
    first = ctx.national("contestant")
    pairs = [(s.value, first.get((r.name, "vote_share_pct")))
             for r, s in zip(block, seats, strict=True) if s is not None]
    if len(pairs) < 2 or any(share is None for _, share in pairs):
        return False
    total = sum(seat for seat, _ in pairs)
    qualifying = sum(share for _, share in pairs if share is not None)
    return bool(qualifying) and all(abs(seat - share / qualifying * total) <= SEAT_SLACK
                                    for seat, share in pairs if share is not None)


def _whole_set(shares: list[Number | None], rest: float | None = None) -> bool:
    """Every row's share, adding up to 100 (or, shares of the ballots cast, to 100 less the invalid ballots' share):
    a complete set."""
    present = [s.value for s in shares if s is not None]
    if len(present) != len(shares) or len(present) < 2 or any(v > 100 for v in present):
        return False
    return abs(sum(present) - 100) <= SHARE_SUM_SLACK or (rest is not None and abs(
        sum(present) + rest - 100) <= SUM_TOLERANCE)
