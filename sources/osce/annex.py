"""The results annex of an ODIHR final report: indicator rows and one row per candidate, party or answer.

"ANNEX I: FINAL ELECTION RESULTS" or similar: indicator rows (voters on the lists, voters who received ballots,
invalid ballots) and one row per candidate, party or answer. Table rows wrap over several lines; a row is rebuilt
around the line that carries its numbers, with each wrapped label line joining the nearest such line, and the
header's column positions tell a candidate from the party that nominated them. An annex that cannot be read
raises `ParseError`; the report parser records it and still reads the report's other parts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sources.osce.pdf_text import TOC_ENTRY_RE, PdfLine, PdfPage, is_heading, join_wrapped
from sources.records import Evidence, ParseError, ResultClaim, Stage, TurnoutClaim
from sources.text.numbers import parse_percent_cell

log = logging.getLogger(__name__)

ANNEX_HEADING_RE = re.compile(
    r"^annex\b.*\bresults?\b|^(?:final|official)\s+(?:election\s+|referendum\s+)?results\b", re.I
)
NEXT_ANNEX_RE = re.compile(r"^annex\b", re.I)
TABLE_END_RE = re.compile(r"^(?:sources?|notes?)\b\s*:?|^\*", re.I)
COUNT = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
NUMBER_RE = re.compile(rf"(?:{COUNT})(?:\.\d+)?\s*%?")
NUMERIC_CELL_RE = re.compile(rf"^\s*(?:(?:{COUNT})(?:\.\d+)?\s*%?\s*)+$")
NUMERIC_TAIL_RE = re.compile(rf"(?:^|\s)(?P<tail>(?:(?:{COUNT})(?:\.\d+)?\s*%?\s*)+)$")
HEADER_WORDS = {
    "candidate", "candidates", "name", "party", "parties", "list", "political", "nominated", "nominating",
    "nominee", "by", "subject", "number", "no", "of", "votes", "vote", "received", "valid", "%", "per",
    "cent", "percent", "percentage", "share", "seats", "seat", "mandates", "mandate", "option", "options",
    "answer", "answers", "contestant", "contestants", "electoral", "bloc", "№", "#", "in", "favour",
}  # fmt: skip
HEADER_KEYWORDS = {"candidate", "candidates", "party", "parties", "number", "votes", "%", "seats", "option",
                   "answer"}  # fmt: skip
REGISTERED_RE = re.compile(r"voter\s*lists?|lists?\s+of\s+voters|\bregistered\b|included\s+in", re.I)
CAST_RE = re.compile(
    r"received\s+(?:a\s+)?ballots?|ballots?\s+(?:were\s+)?(?:issued|received|cast)|took\s+part|participated"
    r"|who\s+voted|turnout",
    re.I,
)
# Indicator rows and the turnout field each gives, checked in this order ("valid" is not "invalid").
INDICATORS: list[tuple[str, re.Pattern[str]]] = [
    ("invalid_ballots", re.compile(r"\binvalid\b|\bspoil(?:ed|t)\b", re.I)),
    ("registered_voters", REGISTERED_RE),
    ("ballots_cast", CAST_RE),
]
# Other totals (valid ballots, unused ballots): rows that are no contestant and are not kept.
INDICATOR_LABEL_RE = re.compile(r"^(?:total\b|number\s+of\b|turnout\b|voters?\b|ballots?\b|(?:in)?valid\b"
                                r"|blank\b|spoil|registered\b|participation\b)", re.I)  # fmt: skip
MAX_FIGURES = 4  # votes, two shares (of voters, of valid votes), seats; more is a table by region
CELL_TOLERANCE = 3.0  # points: a cell starts this close to its column's header, or right of it


@dataclass(frozen=True)
class _Column:
    x: float
    label: str
    kind: str | None  # name | nominator | index | votes | pct | seats


@dataclass
class _Row:
    page: int
    anchor: PdfLine
    tokens: list[str]  # the numbers, as printed
    label_pieces: list[tuple[float, float, str]] = field(default_factory=list)  # (x, y, text)


def results_annex(
    pages: Sequence[PdfPage], document_id: str, stage: Stage
) -> tuple[list[ResultClaim], list[TurnoutClaim]]:
    start = _annex_start(pages)
    listed = _toc_lists_annex(pages)
    if start is None:
        if listed:
            raise ParseError(
                f"{document_id}: the table of contents lists a results annex ({listed!r}) "
                "but no page carries its heading"
            )
        return [], []
    page_index, line_index = start
    heading = pages[page_index].lines[line_index]
    rows, columns = _annex_rows(pages, page_index, line_index)
    results: list[ResultClaim] = []
    indicators: list[tuple[str, Evidence, tuple[int | None, float | None, int | None]]] = []
    for row in rows:
        name, nominator = _row_label(row, columns)
        row_text = " ".join(part for part in (name, nominator, *row.tokens) if part)
        evidence = Evidence(document_id, row_text, row.page)
        try:
            indicator = _indicator(name or nominator)
            if indicator is not None:
                indicators.append((indicator, evidence, _cells(row.tokens, [])))
            elif name and not INDICATOR_LABEL_RE.match(name):
                results.append(_result_claim(name, row, columns, stage, evidence))
        except ParseError as error:
            raise ParseError(f"{document_id}: page {row.page}: {error}: {evidence.text!r}") from error
    if not results:
        raise ParseError(
            f"{document_id}: page {pages[page_index].number} has a results annex "
            f"({heading.text!r}) but no result row could be read"
        )
    shares = [result.vote_share_pct for result in results if result.vote_share_pct is not None]
    if len(shares) == len(results) and not 97 <= sum(shares) <= 103:
        log.warning("%s: results annex shares add up to %.2f%%: a row may be missing", document_id, sum(shares))
    return results, _annex_turnout(indicators, stage)


def _annex_start(pages: Sequence[PdfPage]) -> tuple[int, int] | None:
    for page_index, page in enumerate(pages):
        for line_index, line in enumerate(page.lines):
            heading = is_heading(line, page.body_size) and len(line.text) <= 100
            if heading and ANNEX_HEADING_RE.search(line.text) and not TOC_ENTRY_RE.search(line.text):
                return page_index, line_index
    return None


def _toc_lists_annex(pages: Sequence[PdfPage]) -> str | None:
    for page in pages:
        for line in page.lines:
            if TOC_ENTRY_RE.search(line.text):
                entry = TOC_ENTRY_RE.sub("", line.text).strip()
                if ANNEX_HEADING_RE.search(entry):
                    return entry
    return None


def _annex_rows(pages: Sequence[PdfPage], page_index: int, line_index: int) -> tuple[list[_Row], list[_Column]]:
    """The annex table's rows, from its heading to its source note or the next annex."""
    rows: list[_Row] = []
    columns: list[_Column] = []
    for index in range(page_index, len(pages)):
        page = pages[index]
        lines = list(page.lines[line_index + 1 :] if index == page_index else page.lines)
        end = next(
            (i for i, line in enumerate(lines) if TABLE_END_RE.match(line.text) or NEXT_ANNEX_RE.match(line.text)),
            None,
        )
        page_rows, columns = _page_rows(page.number, lines[:end], columns)
        rows.extend(page_rows)
        if end is not None and (rows or NEXT_ANNEX_RE.match(lines[end].text)):
            break
    return rows, columns


def _page_rows(page: int, lines: list[PdfLine], columns: list[_Column]) -> tuple[list[_Row], list[_Column]]:
    header_end = 0
    header: list[PdfLine] = []
    for i, line in enumerate(lines):
        if _numbers(line, columns)[1]:
            break
        if _is_header_line(line.text):
            header.append(line)
            header_end = i + 1
    if header:
        columns = _columns(header) or columns
    rows: list[_Row] = []
    loose: list[PdfLine] = []
    for line in lines[header_end:]:
        pieces, tokens = _numbers(line, columns)
        if tokens:
            rows.append(_Row(page, line, tokens, pieces))
        else:
            loose.append(line)
    for line in loose:  # wrapped label lines join the row whose numbers sit nearest
        nearest = min(rows, key=lambda row: (abs(row.anchor.y - line.y), row.anchor.y < line.y), default=None)
        if nearest is not None and abs(nearest.anchor.y - line.y) <= 2.5 * line.size:
            nearest.label_pieces.extend(_pieces(line))
    return rows, columns


def _is_header_line(text: str) -> bool:
    words = re.findall(r"[%№#]|[^\W\d_]+", text.lower())
    return (
        bool(words)
        and not re.search(r"\d", text)
        and all(word in HEADER_WORDS for word in words)
        and any(word in HEADER_KEYWORDS for word in words)
    )


def _columns(header: list[PdfLine]) -> list[_Column]:
    """Column positions and kinds from the header's runs ("Number of" over "votes" is one label)."""
    runs = sorted(
        ((f.x, line.y, f.text.strip()) for line in header for f in line.fragments if f.text.strip()),
        key=lambda run: run[0],
    )
    groups: list[list[tuple[float, float, str]]] = []
    for run in runs:
        if groups and run[0] - groups[-1][0][0] <= CELL_TOLERANCE:
            groups[-1].append(run)
        else:
            groups.append([run])
    columns: list[_Column] = []
    for group in groups:
        label = " ".join(text for _, _, text in sorted(group, key=lambda run: -run[1]))
        kind = _column_kind(label)
        if kind is None and columns:  # "by" printed apart from "Nominated": one label
            last = columns[-1]
            columns[-1] = _Column(last.x, f"{last.label} {label}", _column_kind(f"{last.label} {label}"))
        else:
            columns.append(_Column(group[0][0], label, kind))
    names = [i for i, column in enumerate(columns) if column.kind == "name"]
    for i in names[1:]:  # "Candidate" then "Party": the second names the nominator
        columns[i] = _Column(columns[i].x, columns[i].label, "nominator")
    return columns


def _column_kind(label: str) -> str | None:
    text = label.lower()
    if re.search(r"%|per\s*cent|percent|share", text):
        return "pct"
    if re.search(r"\bseats?\b|\bmandates?\b", text):
        return "seats"
    if re.search(r"nominat|supported\s+by|affiliation", text):
        return "nominator"
    if re.search(r"\bvotes?\b|\bnumber\b", text):
        return "votes"
    if re.search(r"candidate|part(?:y|ies)|\blist\b|contestant|option|answer|name|subject|bloc", text):
        return "name"
    if re.fullmatch(r"\s*(?:no\.?|№|#)\s*", text):
        return "index"
    return None


def _numbers(line: PdfLine, columns: list[_Column]) -> tuple[list[tuple[float, float, str]], list[str]]:
    """A line's label pieces and its numbers: runs that are all figures, right of the label columns;
    failing that, figures ending the line's text (a PDF that draws a whole row as one run)."""
    text_columns = [c.x for c in columns if c.kind in ("name", "nominator", "index")]
    label_limit = max(text_columns, default=line.x) + CELL_TOLERANCE
    pieces: list[tuple[float, float, str]] = []
    tokens: list[str] = []
    for fragment in line.fragments:
        text = _squash(fragment.text)
        if columns and fragment.x > label_limit and NUMERIC_CELL_RE.match(text):
            tokens.extend(NUMBER_RE.findall(text))
        elif text:
            pieces.append((fragment.x, line.y, text))
    if tokens:
        return pieces, [token.replace(" ", "") for token in tokens]
    match = NUMERIC_TAIL_RE.search(line.text)
    if match is None:
        return _pieces(line), []
    tokens = [token.replace(" ", "") for token in NUMBER_RE.findall(match.group("tail"))]
    if columns and not any(re.search(r"[,.%]", token) for token in tokens):
        return _pieces(line), []  # "Candidate No. 2" in a label column is not a row of figures
    label = line.text[: match.start("tail")].strip()
    return ([(line.x, line.y, label)] if label else []), tokens


def _pieces(line: PdfLine) -> list[tuple[float, float, str]]:
    pieces = [(f.x, line.y, _squash(f.text)) for f in line.fragments if f.text.strip()]
    return pieces or [(line.x, line.y, line.text)]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _row_label(row: _Row, columns: list[_Column]) -> tuple[str, str]:
    """The row's name cell and its nominator cell (empty when the table has none)."""
    text_columns = sorted((c for c in columns if c.kind in ("name", "nominator", "index")), key=lambda c: c.x)
    cells: dict[str, str] = {"name": "", "nominator": "", "index": ""}
    for x, _, text in sorted(row.label_pieces, key=lambda piece: (-piece[1], piece[0])):
        kind = "name"
        for column in text_columns:
            if column.x <= x + CELL_TOLERANCE:
                kind = column.kind or "name"
        cells[kind] = join_wrapped(cells[kind], text)
    return cells["name"], cells["nominator"]


def _indicator(label: str) -> str | None:
    """The turnout field an indicator row gives ("Number of voters on the voter lists")."""
    for field_name, pattern in INDICATORS:
        if pattern.search(label):
            return field_name
    return None


def _cells(tokens: list[str], columns: list[_Column]) -> tuple[int | None, float | None, int | None]:
    """Votes, share and seats from a row's numbers: by the header's numeric columns when the row
    fills them all, else by form (a share has a decimal point or a % sign; seats follow it)."""
    if len(tokens) > MAX_FIGURES:
        raise ParseError(f"{len(tokens)} figures in one row: a table by region, which is not read here")
    kinds = [c.kind for c in columns if c.kind in ("votes", "pct", "seats")]
    if len(kinds) != len(tokens):
        kinds = []
        for token in tokens:
            if "." in token or "%" in token:
                kinds.append("pct")
            elif "votes" not in kinds and "pct" not in kinds:
                kinds.append("votes")
            else:
                kinds.append("seats")
    values: dict[str, str] = {}
    for kind, token in zip(kinds, tokens, strict=True):
        values.setdefault(kind, token)
    votes = parse_int(values["votes"]) if "votes" in values else None
    share = _parse_share(values["pct"]) if "pct" in values else None
    seats = parse_int(values["seats"]) if "seats" in values else None
    return votes, share, seats


def _result_claim(name: str, row: _Row, columns: list[_Column], stage: Stage, evidence: Evidence) -> ResultClaim:
    votes, share, seats = _cells(row.tokens, columns)
    if share is not None and share > 100:
        raise ParseError("share over 100%")
    return ResultClaim(
        contestant_name=name, stage=stage, evidence=evidence, votes=votes, vote_share_pct=share, seats=seats
    )


def _annex_turnout(
    indicators: list[tuple[str, Evidence, tuple[int | None, float | None, int | None]]], stage: Stage
) -> list[TurnoutClaim]:
    """One national claim from the indicator rows, with those rows as its evidence."""
    if not indicators:
        return []
    counts: dict[str, int] = {}
    turnout_pct = None
    for field_name, _, (count, share, _) in indicators:
        if count is not None:
            counts.setdefault(field_name, count)
        if field_name == "ballots_cast" and turnout_pct is None:
            turnout_pct = share
    first = indicators[0][1]
    evidence = Evidence(first.document_id, "; ".join(e.text for _, e, _ in indicators), first.page)
    return [
        TurnoutClaim(
            stage=stage,
            evidence=evidence,
            registered_voters=counts.get("registered_voters"),
            ballots_cast=counts.get("ballots_cast"),
            turnout_pct=turnout_pct,
            invalid_ballots=counts.get("invalid_ballots"),
        )
    ]


def parse_int(text: str) -> int:
    """A count as English reports print it: "9,968", "11,960,364", "84"."""
    value = text.strip()
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", value):
        raise ParseError(f"not a count: {text!r}")
    return int(value.replace(",", ""))


def _parse_share(text: str) -> float:
    """A percentage: "77.5", "70.96", "82.20 %"."""
    try:
        return parse_percent_cell(text)
    except ValueError as exc:
        raise ParseError(str(exc)) from exc
