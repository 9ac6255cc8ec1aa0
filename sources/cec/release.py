"""A CEC press release (HTML, Russian, Kazakh or English) → its kind, election, results and turnout.

Parsed by content: the kind from the title and text (preliminary/final results, turnout bulletin,
violations summary, other), figures from prose lines ("Name – 167 649 голосов, или 1,82 %"),
indicator sentences ("в списки избирателей включено ..."), region lines ("по Акмолинской области –
83,40 %") and result tables whose columns are found by their header words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.claims import extract_claims
from sources.elections import find_election
from sources.html_text import HtmlPage, Table, read_html
from sources.numbers import find_amounts, find_clock, find_percents, parse_count, parse_percent_cell
from sources.records import (
    ClaimContext,
    DocKind,
    Evidence,
    Extraction,
    Language,
    ParseError,
    ResultClaim,
    Stage,
    TextBlock,
    TurnoutClaim,
)

LANGUAGE_BY_PREFIX: dict[str, Language] = {"rus": "ru", "kaz": "kk", "eng": "en"}

PRELIMINARY_RE = re.compile(r"предварительн|алдын[\s-]ала|preliminary", re.I)
RESULTS_RE = re.compile(r"итог|қорытынд|results?\b|нәтиже|постановлени|қаулы|resolution", re.I)
TURNOUT_RE = re.compile(r"явк|по состоянию на|қатысу\w*|сағат\s*\d|turnout|as of \d", re.I)
VIOLATIONS_RE = re.compile(
    r"обращени|нарушени|жалоб|бұзушылық|шағым|өтініш|complaint|violation|appeal", re.I
)
# Indicator rows and sentences: what a figure is, by the words around it.
REGISTERED_RE = re.compile(
    r"включен\w* в списк|списк\w*[^.;]{0,30}включ|списки избирателей|списк\w* избирател|тізім|voter lists?", re.I
)
CAST_RE = re.compile(
    r"приняли участие|принявших участие|получи\w* бюллетен|бюллетен\w*[^.;]{0,40}получил|"
    r"бюллетень алған|қатысты|дауыс беруге|дауыс берд|took part|received ballots|turnout|voted",
    re.I,
)
INVALID_RE = re.compile(r"недействительн|жарамсыз|invalid", re.I)
BOTH_MARKED_RE = re.compile(r"обоих|екі\w* де|both", re.I)
POLLING_STATIONS_RE = re.compile(r"избирательных участк|сайлау учаске|polling stations", re.I)
VOTES_WORD_RE = re.compile(r"\bголос(?:а|ов)?\b|дауыс|votes?\b", re.I)
DISTRIBUTION_RE = re.compile(r"распределил|бөлін|distributed|as follows", re.I)
SEATS_RE = re.compile(r"мандат|орын|seats", re.I)
REGION_LINE_RE = re.compile(
    r"^(?:по\s+)?(?P<name>[^–—:0-9]{2,80}?)\s*[–—:-]\s*(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%?\s*[;.]?$"
)
CONTESTANT_LINE_RE = re.compile(r"^(?P<name>[^0-9]{2,200}?)\s*(?:[–—]|:|\s-\s)\s*(?P<figures>.*\d.*)$")
NOT_A_CONTESTANT_RE = re.compile(
    r"бюллетен|избирател|участк|област|облыс|region|ballots|voters|по\s+г\.|^по\s", re.I
)


def language_of(url: str, page: HtmlPage) -> Language:
    path = url.split("://", 1)[-1].split("/", 2)
    prefix = path[1] if len(path) > 1 else ""
    if prefix in LANGUAGE_BY_PREFIX:
        return LANGUAGE_BY_PREFIX[prefix]
    lang = (page.lang or "ru")[:2]
    return {"kz": "kk", "kk": "kk", "en": "en"}.get(lang, "ru")


def classify(title: str, text: str) -> DocKind:
    """The title decides when it can; otherwise the text's own signals (a vote distribution, an hour)."""
    if RESULTS_RE.search(title) and not VIOLATIONS_RE.search(title):
        return "results_preliminary" if PRELIMINARY_RE.search(f"{title} {text[:400]}") else "results_final"
    if TURNOUT_RE.search(title):
        return "turnout"
    if VIOLATIONS_RE.search(title):
        return "violations"
    if DISTRIBUTION_RE.search(text) and VOTES_WORD_RE.search(text):
        return "results_preliminary" if PRELIMINARY_RE.search(text[:600]) else "results_final"
    if TURNOUT_RE.search(text[:600]) and find_percents(text):
        return "turnout"
    if VIOLATIONS_RE.search(text[:600]):
        return "violations"
    return "other"


# A sentence ends at "." before a capital or a digit, but not after an abbreviation ("7 млн 985 тыс. 769").
SENTENCE_BREAK_RE = re.compile(
    r"(?<=[.;])(?<!тыс\.)(?<!млн\.)(?<!млрд\.)(?<!\bг\.)(?<!\bобл\.)(?<!\bст\.)\s+(?=[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ«\d])|;\s*"
)


def _clauses(paragraph: str) -> list[str]:
    """Sentences and semicolon clauses; a decimal or grouped number is never split."""
    parts = SENTENCE_BREAK_RE.split(paragraph)
    return [p.strip() for p in parts if p and p.strip()]


def _turnout_from_clause(clause: str, stage: Stage, ev: Evidence, as_of: str | None) -> TurnoutClaim | None:
    amounts = find_amounts(clause)
    percents = find_percents(clause)
    first = int(amounts[0].value) if amounts else None
    pct = percents[0].value if percents else None
    if POLLING_STATIONS_RE.search(clause) and first and not CAST_RE.search(clause):
        return TurnoutClaim(stage=stage, evidence=ev, as_of=as_of, polling_stations=first)
    if BOTH_MARKED_RE.search(clause) and first:
        return TurnoutClaim(stage=stage, evidence=ev, as_of=as_of, both_marked_ballots=first)
    if INVALID_RE.search(clause) and first:
        return TurnoutClaim(stage=stage, evidence=ev, as_of=as_of, invalid_ballots=first)
    if CAST_RE.search(clause) and (first or pct is not None):
        return TurnoutClaim(stage=stage, evidence=ev, as_of=as_of, ballots_cast=first, turnout_pct=pct)
    if REGISTERED_RE.search(clause) and first:
        return TurnoutClaim(stage=stage, evidence=ev, as_of=as_of, registered_voters=first)
    return None


def _merge_turnout(claims: list[TurnoutClaim]) -> list[TurnoutClaim]:
    """Clauses of one sentence ("11,960,364 voters ...; 9,274,110 of them, or 77.50%") make one claim."""
    merged: dict[tuple[str, str | None, str | None], dict] = {}
    for c in claims:
        key = (c.evidence.text, c.region_name, c.as_of)
        slot = merged.setdefault(key, {"stage": c.stage, "evidence": c.evidence, "as_of": c.as_of,
                                       "region_name": c.region_name})
        for name in ("registered_voters", "ballots_cast", "turnout_pct", "invalid_ballots",
                     "both_marked_ballots", "polling_stations"):
            value = getattr(c, name)
            if value is not None and slot.get(name) is None:
                slot[name] = value
    return [TurnoutClaim(**slot) for slot in merged.values()]


def _contestant_from_line(line: str, stage: Stage, ev: Evidence) -> ResultClaim | None:
    m = CONTESTANT_LINE_RE.match(line.strip().rstrip(";."))
    if not m:
        return None
    name = re.sub(r"\s*\([^)]*\)\s*", " ", m.group("name")).strip(" ,")
    if not name or NOT_A_CONTESTANT_RE.search(name) or len(name.split()) > 12:
        return None
    figures = m.group("figures")
    percents = find_percents(figures)
    amounts = find_amounts(figures)
    says_votes = bool(VOTES_WORD_RE.search(figures)) or (len(amounts) == 1 and not percents)
    votes = int(amounts[0].value) if amounts and says_votes else None
    pct = percents[0].value if percents else None
    if votes is None and pct is None:
        return None
    if votes is not None and not VOTES_WORD_RE.search(figures) and votes < 1000:
        return None  # a bare small number after a dash is not a vote count (seats come separately)
    return ResultClaim(contestant_name=name, stage=stage, evidence=ev, votes=votes, vote_share_pct=pct)


def _seats(paragraph: str, stage: Stage, ev: Evidence) -> list[ResultClaim]:
    """ "Мандаты распределены следующим образом: A – 84; B – 7; C – 7." """
    body = paragraph.split(":", 1)[1] if ":" in paragraph else paragraph
    claims = []
    for item in re.split(r";", body):
        m = re.match(r"^\s*(?P<name>[^0-9]+?)\s*[–—:-]\s*(?P<n>\d{1,3})\s*\.?\s*$", item)
        if m:
            claims.append(ResultClaim(m.group("name").strip(), stage, ev, seats=int(m.group("n"))))
    return claims


def _column(header: list[list[str]], patterns: Iterable[str]) -> int | None:
    for row in reversed(header):
        for i, cell in enumerate(row):
            if any(re.search(p, cell, re.I) for p in patterns):
                return i
    return None


def _table_claims(table: Table, stage: Stage, document_id: str) -> tuple[list[ResultClaim], list[TurnoutClaim]]:
    header = table.rows[: table.header_rows] or table.rows[:1]
    body = table.rows[table.header_rows or 1 :]
    votes_col = _column(header, [r"количеств", r"дауыс саны", r"votes", r"голос", r"число голосов"])
    pct_col = _column(header, [r"^%$", r"процент", r"пайыз", r"\bper ?cent", r"%"])
    seats_col = _column(header, [r"мандат", r"seats", r"орын"])
    if votes_col is None and pct_col is None:
        return [], []
    results: list[ResultClaim] = []
    turnout: list[TurnoutClaim] = []
    for row in body:
        labels = [c for i, c in enumerate(row) if i not in {votes_col, pct_col, seats_col}
                  and c and not re.fullmatch(r"[\d.\s]+", c)]
        if not labels:
            continue
        label = max(labels, key=len)
        ev = Evidence(document_id, " | ".join(c for c in dict.fromkeys(row) if c))

        def cell(col: int | None, row: list[str] = row) -> str:
            return row[col].strip() if col is not None and col < len(row) else ""

        try:
            votes = parse_count(cell(votes_col)) if cell(votes_col) else None
            pct = parse_percent_cell(cell(pct_col)) if cell(pct_col) else None
            seats = parse_count(cell(seats_col)) if cell(seats_col) else None
        except ValueError as exc:
            raise ParseError(f"results table row {label!r}: {exc}") from exc
        if REGISTERED_RE.search(label) and not CAST_RE.search(label):
            turnout.append(TurnoutClaim(stage=stage, evidence=ev, registered_voters=votes))
        elif CAST_RE.search(label):
            turnout.append(TurnoutClaim(stage=stage, evidence=ev, ballots_cast=votes, turnout_pct=pct))
        elif INVALID_RE.search(label):
            turnout.append(TurnoutClaim(stage=stage, evidence=ev, invalid_ballots=votes))
        elif votes is not None or pct is not None or seats is not None:
            results.append(ResultClaim(label, stage, ev, votes=votes, vote_share_pct=pct, seats=seats))
    return results, turnout


def parse_release(body: bytes, document_id: str, url: str, content_type: str | None = None) -> Extraction:
    page = read_html(body, content_type)
    title = page.title
    if not title:
        raise ParseError(f"{url}: no title found: not a press release page")
    language = language_of(url, page)
    text = "\n".join(page.paragraphs)
    kind = classify(title, text)
    out = Extraction(document_id, kind, title=title, published_on=page.published_on, language=language)
    out.election = find_election(f"{title}\n{text}", out.published_on)
    stage: Stage = "preliminary" if kind in {"results_preliminary", "turnout"} else "final"
    if kind in {"results_preliminary", "results_final", "turnout"}:
        _read_figures(page, out, stage)
        if kind != "turnout" and not out.results:
            raise ParseError(f"{url}: a {kind.replace('_', ' ')} release with no contestant figure")
        if kind == "turnout" and not out.turnout:
            raise ParseError(f"{url}: a turnout bulletin with no turnout figure")
    if kind in {"violations", "results_final", "results_preliminary", "other"}:
        blocks = [TextBlock(p) for p in page.paragraphs]
        context = ClaimContext(document_id, "cec", language,
                               out.election.election_date if out.election else None, out.published_on)
        out.detentions, out.infractions = extract_claims(blocks, context)
    return out


def _read_figures(page: HtmlPage, out: Extraction, stage: Stage) -> None:
    doc = out.document_id
    as_of = find_clock(out.title or "") if out.doc_kind == "turnout" else None
    turnout: list[TurnoutClaim] = []
    for paragraph in page.paragraphs:
        ev = Evidence(doc, paragraph)
        clock = find_clock(paragraph) if out.doc_kind == "turnout" else None
        as_of = as_of or clock
        if out.doc_kind == "turnout":
            m = REGION_LINE_RE.match(paragraph)
            if m and not CAST_RE.search(paragraph):
                pct = float(m.group("pct").replace(",", "."))
                turnout.append(TurnoutClaim(stage, ev, as_of=as_of, region_name=m.group("name").strip(),
                                            turnout_pct=pct))
                continue
        if SEATS_RE.search(paragraph.split(":", 1)[0]) and ":" in paragraph:
            out.results.extend(_seats(paragraph, stage, ev))
            continue
        contestant = _contestant_from_line(paragraph, stage, ev)
        if contestant is not None and out.doc_kind != "turnout":
            out.results.append(contestant)
            continue
        for clause in _clauses(paragraph):
            claim = _turnout_from_clause(clause, stage, Evidence(doc, paragraph), as_of)
            if claim is not None:
                turnout.append(claim)
    for table in page.tables:
        results, table_turnout = _table_claims(table, stage, doc)
        out.results.extend(results)
        turnout.extend(table_turnout)
    out.turnout = _merge_turnout(turnout)
