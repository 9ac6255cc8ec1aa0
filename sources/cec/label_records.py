"""Results printed as labelled records, one label a line: an election box's "Party: X" opening each record, then
"Leader: …", "Seats won in this election: 42", "Seats won in last election: 23" until the next "Party:".

Each record becomes a row of a `Table` (its subject under a "Party"/"Candidate" header, then its measures) that
`sources.cec.tables.read_table` binds as any table; lines that are no measure (the leader) are left out. A figure said
of another vote ("last election", `earlier_vote_words`) or under a label naming no measure ("Sworn in: 7") stays in
the page's prose, whose binder records it unread; a value with digits that is no number ("1З") stays in the table as
written, which read_table records unread. The lines consumed leave the prose, so no figure is read twice.
"""

from __future__ import annotations

import re

from sources.html_text import Table
from sources.lexicon import Lexicon

LABEL_RE = re.compile(r"^[\s•▪·*-]*(?P<label>[^:\d]{2,60}?)\s*:\s*(?P<value>.+?)\s*$")
VALUE_RE = re.compile(r"^(?:\d{1,3}(?:[\s,]\d{3})*|\d+)(?:[.,]\d+)?\s*%?$")
MIN_RECORDS = 2  # one labelled line alone is a caption, not a list of records


def label_records(paragraphs: list[str], lexicon: Lexicon) -> tuple[list[str], list[Table]]:
    """The paragraphs that are no labelled record, and a table of the records the others form."""
    subject_rx = lexicon.pattern("record_labels.subject")
    if subject_rx is None:
        return paragraphs, []
    rest: list[str] = []
    records: list[tuple[str, dict[str, str]]] = []
    measures: list[str] = []
    current: tuple[str, dict[str, str]] | None = None
    for paragraph in paragraphs:
        m = LABEL_RE.match(paragraph)
        if m and subject_rx.fullmatch(m.group("label").strip()):
            # "Party: Bloc: “Agrarian- Industrial Union …” (AIST)": a kind label inside the value is no part of the name
            current = (re.sub(r"^[^:“«\"\d]{2,20}:\s*", "", m.group("value")), {})
            records.append(current)
            continue
        if m and current is not None:
            label, value = m.group("label").strip(), m.group("value")
            first = value.split("(")[0].strip()
            if not VALUE_RE.match(first) and not re.search(r"\d", first):
                continue  # "Leader: …": a line of the record that is no measure
            if not _names_measure(label):
                rest.append(paragraph)  # "Sworn in: 7": a figure of no measure the table knows, left to the prose
                continue
            # a value with digits that is no figure ("1З") stays as written: read_table records it unread
            if lexicon.has("earlier_vote_words", label) or lexicon.has("record_labels.other_vote", label):
                rest.append(paragraph)  # "Seats won in last election: 23": another vote's, the prose records it unread
                continue
            current[1][label] = first
            if label not in measures:
                measures.append(label)
            continue
        current = None
        rest.append(paragraph)
    if len(records) < MIN_RECORDS or not measures:
        return paragraphs, []
    header = [lexicon.section("record_labels.header")[0] if lexicon.section("record_labels.header") else "Party",
              *measures]
    rows = [[name, *(values.get(label, "") for label in measures)] for name, values in records]
    return rest, [Table([header, *rows], header_rows=1)]


def _names_measure(label: str) -> bool:
    """The label names what its figure measures (votes, a share, seats), as a table's column header would."""
    from sources.cec.tables import measures_named

    return measures_named(label) > 0
