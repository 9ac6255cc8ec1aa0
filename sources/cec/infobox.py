"""An encyclopedia's infobox copied as lines, its contestants in columns:

    Nominee Aigerim Tulegenova Bolat Serikov
    Party Independent Zhana
    Popular vote 4,120,300 910,455
    Percentage 78.20% 17.30%

A subjects line (its label from the lexicon's `infobox.subjects`: "Nominee", "Party", "Кандидат") names k
contestants, and measure lines (`infobox.measures`: "Popular vote", "Percentage", "Seats won") give up to k
values, the first columns first (a party with district seats only has no list vote). The names are parted where
the words allow one way best (`split_names`); when they do not, the block is left as prose. The block becomes a
`Table` with one row a contestant and one column a measure, which `sources.cec.tables.read_table` binds like any
results table, so each figure takes its column's measure and its row's name.
"""

from __future__ import annotations

import itertools
import re

from sources.html_text import Table
from sources.lexicon import Lexicon

VALUE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*%?)"
CONNECTORS = {"of", "and", "the", "for", "и", "за", "мен", "және"}


def _label(line: str, words: list[str]) -> str | None:
    low = line.lower()
    return next((w for w in sorted(words, key=len, reverse=True)
                 if low.startswith(w.lower()) and not line[len(w): len(w) + 1].isalnum()), None)


def _values(rest: str) -> list[str] | None:
    cells = re.sub(r"\s+%", "%", rest).split()
    return cells if cells and all(re.fullmatch(VALUE, c) for c in cells) else None


def split_names(words: list[str], k: int, name_ends: set[str]) -> list[str] | None:
    """The k names a run of words holds, or None when two partings fit equally well. A name opens with a capital
    that follows no connector ("Federation of Trade Unions" stays whole) and never with a word that ends names
    ("Party"); partings whose names end in such words score higher, then the most even partings."""
    if len(words) < k:
        return None
    cuts = [i for i in range(1, len(words)) if words[i][:1].isupper() and words[i - 1].lower() not in CONNECTORS
            and words[i].lower() not in name_ends]
    best: list[tuple[tuple[int, int], list[str]]] = []
    for chosen in itertools.combinations(cuts, k - 1):
        bounds = [0, *chosen, len(words)]
        parts = [words[a:b] for a, b in itertools.pairwise(bounds)]
        ended = sum(1 for p in parts if p[-1].lower() in name_ends)
        spread = max(len(p) for p in parts) - min(len(p) for p in parts)
        best.append(((ended, -spread), [" ".join(p) for p in parts]))
    if not best:
        return None
    best.sort(key=lambda b: b[0], reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


def infobox_tables(paragraphs: list[str], lexicon: Lexicon) -> tuple[list[str], list[Table]]:
    """The paragraphs that are no infobox block in columns, and the tables the blocks form."""
    subjects = {kind: lexicon.section(f"infobox.subjects.{kind}") for kind in ("person", "party")}
    measures = {m: lexicon.section(f"infobox.measures.{m}") for m in ("votes", "share", "seats")}
    name_ends = {w.lower() for w in lexicon.section("infobox.name_ends")}
    if not any(subjects.values()):
        return paragraphs, []
    rest: list[str] = []
    tables: list[Table] = []
    i = 0
    while i < len(paragraphs):
        block = _block(paragraphs, i, subjects, measures)
        if block is None:
            rest.append(paragraphs[i])
            i += 1
            continue
        end, names_line, kind, rows = block
        k = max(len(v) for v in rows.values())
        label = _label(names_line, subjects[kind]) or ""
        names = split_names(names_line[len(label):].split(), k, name_ends)
        lined: list[str] = []
        if names is None and not names_line[len(label):].strip():
            # "Party" / "Nur Otan" / "Aq Jol" / "QKHP": the label alone, its k names on the k lines below it
            at = paragraphs.index(names_line, i)
            lined = paragraphs[at + 1: at + 1 + k]
            if len(lined) == k and all(_a_name(p, subjects, measures) for p in lined):
                names = lined
        if names is None:
            rest.append(paragraphs[i])
            i += 1
            continue
        order = [m for m in ("votes", "share", "seats") if m in rows]
        header = ["Party" if kind == "party" else "Candidate",
                  *[{"votes": "Votes", "share": "%", "seats": "Seats"}[m] for m in order]]
        body = [[name, *[(rows[m][j] if j < len(rows[m]) else "") for m in order]] for j, name in enumerate(names)]
        tables.append(Table([header, *body], header_rows=1))
        rest.extend(p for p in paragraphs[i:end] if not _is_row(p, measures) and p != names_line and p not in lined)
        i = end
    return _registered_confirmed(rest, tables, lexicon), tables


def _number(cell: str) -> float | None:
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*%?", cell.strip())
    return float(m.group(1).replace(",", "")) if m else None


MIN_LISTED_PART = 0.5  # the box's popular votes make up at least this part of the ballots its turnout implies


def _registered_confirmed(rest: list[str], tables: list[Table], lexicon: Lexicon) -> list[str]:
    """A bare "Registered 8,411,757" head line of an infobox says no indicator by itself; it is read as the
    registered voters (the line respelt with the lexicon's `infobox.indicators.reads` phrase) only when the box's own
    arithmetic confirms it: with the box's "Turnout 62.5%" it implies ballots cast that hold the box's popular
    votes (a party with district seats only lists none), and that the listed votes fill at least half of."""
    labels = lexicon.section("infobox.indicators.registered_voters")
    turnout_labels = lexicon.section("infobox.indicators.turnout")
    reads = lexicon.section("infobox.indicators.reads")
    if not (labels and turnout_labels and reads and tables):
        return rest
    votes = [v for t in tables for row in t.rows[1:] if t.rows[0][1:2] == ["Votes"] and len(row) > 1
             and (v := _number(row[1])) is not None]
    share = next((v for line in rest if (lab := _label(line, turnout_labels)) and (cells := line[len(lab):].split())
                  and cells[0].endswith("%") and (v := _number(cells[0])) is not None and 0 < v <= 100), None)
    if not votes or share is None:
        return rest
    out = []
    for line in rest:
        lab = _label(line, labels)
        cells = line[len(lab):].split() if lab else []
        registered = _number(cells[0]) if len(cells) == 1 and not cells[0].endswith("%") else None
        if lab and registered and MIN_LISTED_PART * registered * share / 100 <= sum(votes) <= registered * share / 100:
            line = f"{reads[0]} {cells[0]}"
        out.append(line)
    return out


def _a_name(line: str, subjects: dict[str, list[str]], measures: dict[str, list[str]]) -> bool:
    """A line that can be one column's name: a few words, no digit, no label of the box."""
    words = line.split()
    return 0 < len(words) <= NAME_WORDS and not re.search(r"\d", line) and not _is_row(line, measures) and not any(
        _label(line, w) for w in subjects.values())


NAME_WORDS = 8


def _is_row(line: str, measures: dict[str, list[str]]) -> bool:
    return any((lab := _label(line, words)) and _values(line[len(lab):]) for words in measures.values())


def _block(paragraphs: list[str], start: int, subjects: dict[str, list[str]], measures: dict[str, list[str]]
           ) -> tuple[int, str, str, dict[str, list[str]]] | None:
    """A subjects line at `start` (the party line preferred over a nominee's when both come) and the measure lines
    within the next ten: (end, names line, its kind, values by measure)."""
    line = paragraphs[start]
    kind = next((k for k, words in subjects.items() if _label(line, words) and not re.search(r"\d", line)), None)
    if kind is None:
        return None
    rows: dict[str, list[str]] = {}
    names_line = line
    end = start + 1
    for j in range(start + 1, min(len(paragraphs), start + 11)):
        p = paragraphs[j]
        if kind == "person" and _label(p, subjects["party"]) and not re.search(r"\d", p):
            end = j + 1  # "Party Independent CPK" under the nominees: their nominators, no contestants here
            continue
        for measure, words in measures.items():
            if (lab := _label(p, words)) and (values := _values(p[len(lab):])) and measure not in rows:
                rows[measure] = values
                end = j + 1
    if not rows or ("votes" not in rows and "seats" not in rows):
        return None
    return end, names_line, kind, rows
