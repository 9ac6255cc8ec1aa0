"""A CEC results or turnout table → readings, each cell bound to its row's and its column's subject.

Layouts met: contestants (and indicator rows) as rows × count/%/seats columns; regions as rows ×
contestants as columns (a merged contestant header over "голосов" / "%" sub-headers); regions as rows ×
indicator columns ("Включено в списки", "Явка, %") or hour columns ("на 10:00", "на 12:00"). A row's
label is its first cell that is not a number; what it is (region, indicator, total, contestant) is read
with the same mentions as prose, so a turnout table of regions never turns regions into contestants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sources.cec.side_by_side import unfolded
from sources.figures.binder import Binder
from sources.figures.mentions import Mention
from sources.figures.names import contestant_from_name, registry_spellings
from sources.figures.readings import Reading
from sources.figures.subjects import COUNT_FIELD, SHARE_FIELD
from sources.figures.text_layer import find_clock, parse_count, parse_percent_cell
from sources.html_text import Table
from sources.lexicon import all_lexicons
from sources.records import Unread
from sources.text import Number
from sources.text.letters import UPPER_LETTERS
from transforms.names import fold

NUMERIC_RE = re.compile(r"^[\d\s\u00a0.,%]+$")
SHARE_ROW_RE = re.compile(r"\s*(?:%|share\w*|доля|үлесі|процент\w*|пайыз\w*|per\s?cent\w*)\s*,?\s*%?\s*", re.IGNORECASE)
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,3}\.?\s*$")
# whole words: "Барлығына қарсы" (against all) is no "барлығы" (in all)
TOTAL_RE = re.compile(r"^(?:итого|всего|барлығы|жиыны|total|республика|по республике)(?!\w)", re.I)
PERCENT_HEADER_RE = re.compile(r"%|процент|пайыз|per ?cent|share|доля|үлес", re.I)
COUNT_HEADER_RE = re.compile(r"количеств|число|голос|дауыс|саны|votes|number|count", re.I)
SEATS_HEADER_RE = re.compile(r"мандат|mandate|seats|орын", re.I)  # "Mandates", "Мандаты", "Орындар"
# the label column's header names contestants anywhere in it ("Партия", "Наименование политической партии", "Name
# of the candidate", "Партияның атауы", "Ф.И.О. кандидата")
CONTESTANTS_HEADER_RE = re.compile(r"(?<!\w)(?:парти|кандидат|parti|party|candidate|үміткер)", re.I)
PARENS_RE = re.compile(r"\([^)]*\)|\[[^]]*\]")
PARTY_HEADER_RE = re.compile(r"(?<!\w)(?:парти|parti|party)", re.I)


def measures_named(text: str) -> int:
    """How many of the three measures (a share, a count of votes, seats) a header or a record's label names."""
    return sum(1 for rx in (PERCENT_HEADER_RE, COUNT_HEADER_RE, SEATS_HEADER_RE) if rx.search(text))


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    measure: str | None  # 'share' | 'count' | 'seats' | None (the header does not say)
    subject: Mention | None  # a contestant or an indicator named in the header
    clock: str | None  # a turnout column for an hour
    region: Mention | None = None  # an area's column ("Показатель | Абайская | … | Всего по республике")
    national: bool = False  # the country's column ("Ел бойынша", "По республике", "Nationwide")
    # why the column holds no figure of this vote: another year's vote ("2023, %" beside "2026, %"), or a change
    other: str | None = None


def _columns(table: Table, binder: Binder) -> list[Column]:
    header_rows = table.rows[: table.header_rows] or table.rows[:1]
    width = max(len(r) for r in table.rows)
    out = []
    for i in range(width):
        cells = list(dict.fromkeys(r[i] for r in header_rows if i < len(r) and r[i]))
        header = " ".join(cells)
        last = cells[-1] if cells else ""
        measure = ("share" if PERCENT_HEADER_RE.search(last) else "seats" if SEATS_HEADER_RE.search(last)
                   else "count" if COUNT_HEADER_RE.search(last) else None)
        mentions = binder.finder.find(header) if header else []
        indicator = next((m for m in mentions if m.kind == "indicator"), None) or _column_indicator(header, binder)
        # a header of two rows ("Получено голосов" over "Токаев К.-Ж. К."): the lower row names the column's own
        # contestant, the upper one only the group's (whose first word is no name)
        own = next((m for m in binder.finder.find(last) if m.kind == "contestant"), None) if len(cells) > 1 else None
        subject = own or next((m for m in mentions if m.kind == "contestant"), None) or indicator
        if subject is not None and subject.kind == "contestant" and any(
                rx.search(subject.text) for rx in (COUNT_HEADER_RE, SEATS_HEADER_RE, PERCENT_HEADER_RE)):
            subject = indicator  # "Seats won in this election": the measure's own word, no contestant's name
        if subject is not None and subject.kind == "contestant" and COUNT_HEADER_RE.search(header) and not any(
                binder.book.spelled(c) for c in cells):
            # "Фамилия, имя кандидата / количество": a header of the label column; an indicator it names still
            # heads it ("Число избирателей, включенных в списки" once "Число" was met as a name)
            subject = indicator
        clock = find_clock(header) if re.search(r"\d", header) else None
        region = next((m for m in mentions if m.kind == "region"), None) if subject is None or subject.kind != \
            "contestant" else None
        # "Уақыт | Ел бойынша | Астана қ.": the country's own column names no contestant
        national = subject is None and region is None and binder.lexicon.has("national_words", header)
        if subject is None and clock is None and region is None and not national and binder.kind != "turnout" \
                and cells:
            # the lowest header row names the column's own contestant ("Число голосов, поданных за кандидатов" over
            # "Абылкасымов Е."): the upper one is the group's
            subject = (_named_column(last, binder) if len(cells) > 1 else None) or _named_column(cells[0], binder)
        out.append(Column(i, header, measure, subject, clock, region, national))
    return _other_votes(out, binder)


YEAR_RE = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
# a column of differences: "Изменение, п.п.", "Өзгеріс", "Change, pp", "±", "+/-", "Разница"
DIFFERENCE_HEADER_RE = re.compile(
    r"изменени|разниц|прирост|динамик|өзгеріс|айырма|change|difference|\bp\.?\s?p\b|п\.\s?п|±|\+/[-–−]", re.I)


def _other_votes(columns: list[Column], binder: Binder) -> list[Column]:
    """A table comparing votes by year ("Регион | 2023, % | 2026, % | Изменение, п.п."): the column of this vote's
    year holds its figures; another year's column is another vote's and a change column a difference, neither a
    figure of this vote. This vote's year is the page's vote date, else its publication year, else the latest year
    the headers name (a publication compares with the past)."""
    years = {c.index: {int(y) for y in YEAR_RE.findall(c.header)} for c in columns}
    named = set().union(*years.values()) if years else set()
    if len(named) < 2:
        return columns
    own = binder.vote_date.year if binder.vote_date else binder.published_on.year if binder.published_on else None
    if own not in named:
        own = max(named)
    out = []
    for c in columns:
        if DIFFERENCE_HEADER_RE.search(c.header):
            c = replace(c, other="a change between votes, not a figure of this vote")
        elif years[c.index] and own not in years[c.index]:
            c = replace(c, other=f"another vote's column ({', '.join(map(str, sorted(years[c.index])))})")
        out.append(c)
    return out


def _column_indicator(header: str, binder: Binder) -> Mention | None:
    """A short header naming an indicator only as a column does ("Registered", "ballots issued", «Включено»); data
    keys are often English on a page in another language ("turnout_pct" quoted in a Russian post), so every
    language's headers are tried, the page's own first."""
    if not header or len(header.split()) > 4:
        return None
    lexicons = [binder.lexicon, *(lx for lx in all_lexicons() if lx.language != binder.language)]
    for lx in lexicons:
        for section in ("column_indicators", "indicators"):
            for key in lx.mapping(section):
                if (m := next(iter(lx.finds(f"{section}.{key}", header)), None)) is not None:
                    return Mention("indicator", m.start(), m.end(), m.group(0), key=key)
    return None


def _named_column(cell: str, binder: Binder, party: bool = False) -> Mention | None:
    """A column headed by a bare name ("Ержанов", «Алга») over numbers: that contestant's column. `party`: the
    name is a label under a "ПАРТИЯ" / "PARTY" header, the proper name of a party whole."""
    name = re.sub(r",?\s*(?:%|процент\w*|пайыз\w*|per ?cent)\s*$", "", cell).strip()
    if not name or re.search(r"\d", name) or not re.match(rf"[«\"“„{UPPER_LETTERS}]", name):
        return None
    if COUNT_HEADER_RE.search(name) or SEATS_HEADER_RE.search(name) or PERCENT_HEADER_RE.search(name):
        return None  # "PERCENTAGE OF VOTE", "SEATS IN PARLIAMENT": a measure's header, no contestant's
    if any(m.kind in {"region", "indicator", "lead_in"} for m in binder.finder.find(name)):
        return None
    if name.lower() in binder.finder.not_names or TOTAL_RE.match(name) or len(name.split()) > 8:
        return None
    known = binder.book.spelled(name) or binder.book.quoted(name.strip("«»\"")) or binder.book.person(name.split())
    if (known is None and party and binder.language != "en" and not re.search(r"[«»\"]", name)
            and not binder.lexicon.has("party_words", name)):
        # "2. Жасыл Ел 899 150 12,01" under "ПАРТИЯ": the whole label is the party's own name, as «Жасыл Ел» would
        # be, not a common word ("жасыл", green) before a name; quoted so no reader takes it apart (English
        # labels stay as written: English quotes no party name in guillemets)
        name = f"«{name}»"
        known = binder.book.quoted(name.strip("«»"))
    if known is None and party and re.fullmatch(r"«[^«»]+»", name):
        # «Ұлы Ел» under "Партия": the party named as the language's prose names it ("«Ұлы Ел» партиясы", "Партия
        # «Ұлы Ел»"), the spelling its other pages give
        after, before = binder.lexicon.section("party_nominative_after"), binder.lexicon.section("party_nominative")
        name = f"{name} {after[0]}" if after else f"{before[0]} {name}" if before else name
    if known is None:
        kind = "party" if party or binder.lexicon.has("party_words", name) or name.startswith("«") else "candidate"
        known = binder.book.meet(contestant_from_name(name, kind, binder.language, binder.lexicon))
    return Mention("contestant", 0, len(name), name, name=known.name, contestant=known)


MOST_SEATS = 150  # more seats than any Kazakh chamber has
TURNOUT_FIT = 0.05  # percentage points: a total over the register rounds to the stated turnout
SHIFT_SUM = (98.0, 102.0)  # per cent: a column of shares adds up to about a hundred
NO_CELL = {"", "-", "–", "—", ".", "n/a"}


def _shifted(columns: list[Column], body: list[list[str]]) -> list[Column]:
    """"Votes | % | Seats" over rows "Otan | 60.6 | 42 | |": the cells sit one column left of their headers (the
    votes column lost). The table's arithmetic says so -- the "votes" cells add up to a hundred, the "%" cells are
    whole seat counts, the "seats" column is empty -- and then each column takes the measure of the header on its
    right; any other table keeps its headers."""
    measures = [c.measure for c in columns]
    at = next((i for i in range(len(columns) - 2) if measures[i: i + 3] == ["count", "share", "seats"]), None)
    if at is None:
        return columns

    def cell(row: list[str], k: int) -> str:
        return row[k].strip() if k < len(row) else ""

    rows = [r for r in body if any(cell(r, at + d) not in NO_CELL for d in (0, 1))]
    counts = [cell(r, at) for r in rows if cell(r, at) not in NO_CELL]
    seats = [cell(r, at + 1) for r in rows if cell(r, at + 1) not in NO_CELL]
    if len(counts) < 2 or any(cell(r, at + 2) not in NO_CELL for r in rows):
        return columns
    if not all(re.fullmatch(r"\d{1,2}(?:[.,]\d{1,2})?", c) for c in counts) or not all(
            re.fullmatch(r"\d{1,3}", c) and int(c) <= MOST_SEATS for c in seats):
        return columns
    if not SHIFT_SUM[0] <= sum(float(c.replace(",", ".")) for c in counts) <= SHIFT_SUM[1]:
        return columns
    out = list(columns)
    out[at] = replace(columns[at], measure="share")
    out[at + 1] = replace(columns[at + 1], measure="seats")  # the seats column keeps the rare row that fills it
    return out


def _name_whole(label: str, mention: Mention) -> bool:
    """The label says more than the name read in it: words after it, or a gloss in brackets beside a name the
    registry does not know ("Village Social Democratic Party (Auyl …)": the gloss says which party)."""
    rest = label[mention.end:]
    if re.search(r"[^\W\d_]{2,}", PARENS_RE.sub("", rest)):
        return True
    known = mention.contestant is not None and fold(mention.contestant.name) in registry_spellings()
    return bool(PARENS_RE.search(label)) and not known


def _whole_label(label: str, binder: Binder) -> Mention | None:
    """A long party label taken whole, as written (a table's cell is one name)."""
    if not re.match(rf"[«\"“„{UPPER_LETTERS}]", label) or re.search(r"\d", label) or TOTAL_RE.match(label):
        return None
    known = binder.book.meet(contestant_from_name(label, "party", binder.language, binder.lexicon))
    return Mention("contestant", 0, len(label), label, name=known.name, contestant=known)


ROW_NUMBER_HEADER_RE = re.compile(r"^\s*(?:№|#|No\.?|Nr\.?|п/п|№\s?п/п|р/с|s/n)\s*$", re.I)


def _numbering(columns: list[Column], body: list[list[str]]) -> set[int]:
    """The columns that number the rows: headed "№", "No.", "р/с", or counting 1, 2, 3 … down the rows ("No." is
    no referendum answer there, nor a row's number a count of votes)."""
    out = set()
    for col in columns:
        cells = [row[col.index].strip().rstrip(".") for row in body if col.index < len(row) and row[col.index].strip()]
        if ROW_NUMBER_HEADER_RE.match(col.header) or (
                len(cells) >= 2 and cells == [str(k) for k in range(1, len(cells) + 1)]):
            out.add(col.index)
    return out


def _label(row: list[str], columns: list[Column]) -> tuple[int, str] | None:
    for i, cell in enumerate(row):
        if cell and not NUMERIC_RE.match(cell) and not ROW_NUMBER_RE.match(cell):
            return i, cell
    return None


def _value(cell: str, measure: str, language: str) -> float:
    return parse_percent_cell(cell) if measure == "share" else float(parse_count(cell, language))


def _number(cell: str, value: float, kind: str) -> Number:
    return Number(kind, value, 0, len(cell), cell)  # type: ignore[arg-type]


def read_table(table: Table, binder: Binder, page: int | None = None) -> tuple[list[tuple[Reading, str]], list[Unread]]:
    """Every figure of a table bound to its subject; returns (reading, row evidence) pairs and the unread."""
    table = unfolded(table)
    columns = _shifted(_columns(table, binder), table.rows[table.header_rows or 1:])
    readings: list[tuple[Reading, str]] = []
    unread: list[Unread] = []
    totals: list[tuple[Number, str]] = []
    body = table.rows[table.header_rows or 1:]
    if not body:
        return readings, unread
    numbering = _numbering(columns, body)
    # a table whose rows are areas: a row naming no area (nor the country) is no national row, its cells unread
    areas = sum(1 for row in body if (f := _label(row, columns)) and any(
        m.kind == "region" for m in binder.finder.find(f[1]))) >= 2
    for row in body:
        found = _label(row, columns)
        if found is None:
            continue
        label_at, label = found
        evidence = " | ".join(c for c in dict.fromkeys(row) if c)
        mentions = binder.finder.find(label)
        region = next((m for m in mentions if m.kind == "region"), None)
        indicator = next((m for m in mentions if m.kind == "indicator"), None)
        contestant = next((m for m in mentions if m.kind == "contestant"), None) if region is None else None
        under_party = label_at < len(columns) and bool(CONTESTANTS_HEADER_RE.search(columns[label_at].header))
        if contestant is not None and under_party and _name_whole(label, contestant):
            # "Kazakhstani Social Democratic Party Auyl", "Democratic Party Adilet", "Village Social Democratic Party
            # (Auyl …)" under "Party": the cell is one name whole, not a party word's name with words left over
            party = bool(PARTY_HEADER_RE.search(columns[label_at].header))
            contestant = _named_column(label, binder, party=party) or _whole_label(label, binder) or contestant
        if contestant is None and region is None and indicator is None and binder.kind != "turnout" \
                and under_party:
            # "PARTY" heads the labels: each row's label is a contestant (a party's name, under a party header)
            contestant = _named_column(label, binder, party=bool(PARTY_HEADER_RE.search(columns[label_at].header))) \
                or (_whole_label(label, binder) if PARTY_HEADER_RE.search(columns[label_at].header) else None)
        # "Nationwide", "Ел бойынша" as a row's whole label: the country's row, as "Итого" is
        national_row = len(label.split()) <= 3 and any(
            lx.has("national_words", label) or label.strip(" .:*").casefold() in {
                str(w).casefold() for w in lx.section("country_rows")} for lx in all_lexicons())
        total = bool(TOTAL_RE.match(label)) or (region is None and contestant is None and indicator is None
                                                and national_row)
        # "10:00 | 1 562 308 | 12,39": a national table of hours, each row's label the hour of its figures
        row_clock = find_clock(label) if region is None and contestant is None and indicator is None and re.fullmatch(
            r"[\d:.\s]+(?:ч\w*|h|сағ\w*)?", label.strip()) else None
        # contestants as columns, measures as rows ("Votes | … ", "% | …", "Seats | …"): the row's label says what
        row_measure = "seats" if any(m.kind == "seats" for m in mentions) else (
            "share" if SHARE_ROW_RE.fullmatch(label) else None)
        stray = areas and region is None and contestant is None and indicator is None and row_clock is None \
            and not total and not binder.lexicon.has("national_words", label)
        for col in columns:
            if col.index == label_at or col.index >= len(row) or not row[col.index].strip():
                continue
            cell = row[col.index].strip()
            if col.index < label_at and (col.index in numbering or not (col.measure or col.subject or col.clock)):
                continue  # a row's number ("№ | Область"): a cell before the label is read under a measure's header
            if col.other is not None:
                unread.append(Unread(evidence, f"cell {cell!r} under {col.header!r}: {col.other}", cell, page))
                continue
            if not NUMERIC_RE.match(cell) or stray:
                if re.search(r"\d", cell):  # "9OO 118", "1б,9": a number nobody can read; an area nobody knows
                    why = f"no area for row {label!r} in a table of areas" if stray else "no number as written"
                    unread.append(Unread(evidence, f"cell {cell!r} under {col.header!r}: {why}", cell, page))
                continue
            # an hour's column holds its shares, unless the cell is a count ("… по состоянию на 16.00, человек":
            # 381 732)
            count_cell = re.fullmatch(r"\d{1,3}(?:[\s\u00a0,]\d{3})+|\d{4,}", cell) is not None
            measure = col.measure or row_measure or ("share" if "%" in cell or (col.clock and not count_cell) else
                                      "share" if re.fullmatch(r"\d{1,2}[.,]\d{1,2}", cell) else "count")
            try:
                value = _value(cell, measure, binder.language)
            except ValueError as exc:
                unread.append(Unread(evidence, f"cell {cell!r} under {col.header!r}: {exc}", cell, page))
                continue
            kind = "share" if measure == "share" else "count"
            number = _number(cell, value, kind)
            area = region or col.region  # an indicator row under an area's column is that area's
            region_name = area.name if area else None
            region_code = area.key if area else None
            subject_row = indicator or (None if total or region else contestant)
            subject_col = col.subject
            reading: Reading | None = None
            if subject_row is not None and subject_row.kind == "contestant":
                field = {"share": "vote_share_pct", "count": "votes", "seats": "seats"}[measure]
                c = subject_row.contestant
                reading = Reading(number, "contestant", field, value, c.name if c else label,
                                  c.contestant_type if c else None, region_name, region_code, evidence)
            elif subject_row is not None:  # an indicator row
                target = (SHARE_FIELD if kind == "share" else COUNT_FIELD).get(subject_row.key or "")
                if target:
                    reading = Reading(number, "indicator", target, value, region_name=region_name,
                                      region_code=region_code, clause=evidence)
            elif subject_col is not None and subject_col.kind == "contestant" and binder.kind != "turnout":
                field = {"share": "vote_share_pct", "count": "votes", "seats": "seats"}[measure]
                c = subject_col.contestant
                reading = Reading(number, "contestant", field, value, c.name if c else subject_col.text,
                                  c.contestant_type if c else None, region_name, region_code, evidence)
            elif subject_col is not None and subject_col.kind == "indicator":
                target = (SHARE_FIELD if kind == "share" else COUNT_FIELD).get(subject_col.key or "")
                if target:
                    reading = Reading(number, "indicator", target, value, region_name=region_name,
                                      region_code=region_code, clause=evidence)
            elif (region is not None or total) and kind == "share" and (col.clock or binder.kind == "turnout"):
                reading = Reading(number, "indicator", "turnout_pct", value, region_name=region_name,
                                  region_code=region_code, clause=evidence)
            elif row_clock and (col.region is not None or col.national) and kind == "share" and region is None:
                # a transposed bulletin ("Уақыт | Ел бойынша | Астана қ." over "10:00 | 12,39 | 8,12"): the hours
                # are the rows, the areas the columns; a share under an area at an hour is that area's turnout
                reading = Reading(number, "indicator", "turnout_pct", value, region_name=region_name,
                                  region_code=region_code, clause=evidence)
            if reading is None:
                if total and kind == "count" and region is None:
                    totals.append((number, evidence))  # the arithmetic below says what a total counts
                    continue
                unread.append(Unread(evidence, f"no subject for {cell!r} (row {label!r}, column {col.header!r})",
                                     cell, page))
                continue
            readings.append((reading, col.clock or row_clock or ""))
    readings += _totals(totals, readings, unread, page)
    return readings, unread


def _totals(totals: list[tuple[Number, str]], readings: list[tuple[Reading, str]], unread: list[Unread],
            page: int | None) -> list[tuple[Reading, str]]:
    """A national "Total" row's count is the ballots cast only when the table's own arithmetic says so: the
    contestants' votes plus the invalid ballots. Equal to the votes alone it is the valid ballots, which have no
    column; anything else is not guessed."""
    votes = sum(r.value for r, _ in readings if r.subject == "contestant" and r.field == "votes" and not r.region_name)
    invalid = sum(r.value for r, _ in readings if r.field == "invalid_ballots" and not r.region_name)
    out = []
    cast_read = any(r.field == "ballots_cast" and not r.region_name for r, _ in readings)
    register = next((r.value for r, _ in readings if r.field == "registered_voters" and not r.region_name), None)
    turnout = next((r.value for r, _ in readings if r.field == "turnout_pct" and not r.region_name), None)
    for number, evidence in totals:
        # "Total votes 7,985,769" beside "Registered voters/turnout 11,734,642 68.05%": the total over the register
        # gives the table's own turnout, so it counts those who voted
        by_turnout = bool(register and turnout and abs(100 * number.value / register - turnout) <= TURNOUT_FIT)
        if not cast_read and ((votes and invalid and abs(number.value - (votes + invalid)) <= 1) or by_turnout):
            out.append((Reading(number, "indicator", "ballots_cast", number.value, clause=evidence), ""))
            cast_read = True
            continue
        why = ("the valid ballots (the contestants' votes summed), which have no column"
               if votes and abs(number.value - votes) <= 1 else "a total the table's figures do not explain")
        unread.append(Unread(evidence, f"{number.text}: {why}", number.text, page))
    return out
