"""A table printed in side-by-side halves: the same header repeated across the row ("№ | Өңір | % | № | Өңір | %"),
each half its own area's row. Read as the one table it is, half under half, so that every half's cells keep the
header above them."""

from __future__ import annotations

from sources.html_text import Table


def unfolded(table: Table) -> Table:
    """The table with its repeated column groups stacked; any other table as it is."""
    if table.header_rows != 1 or not table.rows:
        return table
    header = table.rows[0]
    for width in range(2, len(header) // 2 + 1):
        if len(header) % width:
            continue
        groups = [header[i : i + width] for i in range(0, len(header), width)]
        if any(g != groups[0] for g in groups[1:]) or not any(cell.strip() for cell in groups[0]):
            continue
        body = table.rows[1:]
        if any(len(row) != len(header) for row in body):
            return table
        halves = [row[i : i + width] for i in range(0, len(header), width) for row in body]
        return Table([groups[0], *[h for h in halves if any(cell.strip() for cell in h)]], header_rows=1)
    return table
