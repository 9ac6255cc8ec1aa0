"""An ODIHR document's cover: what it is, which election, when and as what it was published.

Read from the cover page's words (and, failing them, the running headers of the first pages), in English or in
ODIHR's Russian translations; the vocabulary is cover.yaml. A date may wrap across the cover's lines, so the cover
is read as one line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from sources.datafiles import read_yaml
from sources.osce.pdf_text import PdfPage
from sources.records import DocKind, ElectionRef, ElectionType
from sources.text.numbers import find_dates

_WORDS = read_yaml(Path(__file__).with_name("cover.yaml"))
_FLAGS = re.IGNORECASE


def _forms(section: dict[str, list[str]]) -> str:
    return "|".join(f"(?:{form})" for forms in section.values() for form in forms)


# a day, a month word and a year, with the Russian "г." / "года" after it: confirmed by find_dates
_DATE = r"\d{1,2}\s+[^\W\d_]+\s+(?:19|20)\d\d(?:\s*(?:г\.|года))?"
STATEMENT_RE = re.compile(_forms(_WORDS["statement"]), _FLAGS)
FINAL_REPORT_RE = re.compile(_forms(_WORDS["final_report"]), _FLAGS)
DOCUMENT_NAME_RE = re.compile(_forms(_WORDS["document_names"]), _FLAGS)
_KIND_RES: dict[ElectionType, re.Pattern[str]] = {
    kind: re.compile(_forms(forms), _FLAGS) for kind, forms in _WORDS["election_kinds"].items()
}
# The election a cover names: its kind, then (within a few words, no figure between) its date.
ELECTION_RE = re.compile(
    "(?P<kind>" + "|".join(p.pattern for p in _KIND_RES.values()) + rf")[^0-9]{{0,160}}?(?P<date>{_DATE})", _FLAGS
)
PLACE_DATE_RE = re.compile(rf"^(?P<place>{_forms(_WORDS['place_date'])}),\s*(?P<date>{_DATE})\.?$")
NOT_PLACE_RE = re.compile(_forms(_WORDS["not_places"]), _FLAGS)
ACRONYMS = frozenset(_WORDS["acronyms"])
TITLE_SMALL_WORDS = {"of", "and", "the", "on", "for", "to", "in", "a", "an"}
_CYRILLIC_RE = re.compile("[А-Яа-яЁё]")


def cover_text(pages: Sequence[PdfPage]) -> str:
    """The cover page's words on one line, so that wrapped titles and dates read whole."""
    return " ".join(line.text for line in pages[0].lines) if pages else ""


def running_text(pages: Sequence[PdfPage]) -> str:
    return " ".join(line.text for page in pages[:3] for line in page.running)


def doc_kind(cover: str, pages: Sequence[PdfPage]) -> DocKind:
    for text in (cover, running_text(pages)):
        if STATEMENT_RE.search(text):
            return "odihr_statement"
        if FINAL_REPORT_RE.search(text):
            return "odihr_final_report"
    return "odihr_other"


def election(text: str) -> ElectionRef | None:
    match = ELECTION_RE.search(text)
    if match is None:
        return None
    kind = match.group("kind")
    election_type = next(t for t, pattern in _KIND_RES.items() if pattern.fullmatch(kind))
    date = _parse_date(match.group("date"))
    return ElectionRef(date, election_type) if date else None


def published_on(pages: Sequence[PdfPage]) -> dt.date | None:
    """The place-and-date line of the cover: "Warsaw, 4 October 2019", "Варшава, 4 октября 2019 г."."""
    for page in pages[:2]:
        for line in page.lines:
            match = PLACE_DATE_RE.match(line.text.strip())
            if match and not NOT_PLACE_RE.search(match.group("place")):
                return _parse_date(match.group("date"))
    return None


def _parse_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None


def title(cover: str, kind: DocKind) -> str | None:
    """ "Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission
    Final Report", as the OSCE site names its documents, from the cover's own words."""
    named = ELECTION_RE.search(cover)
    statement = STATEMENT_RE.search(cover) if kind == "odihr_statement" else None
    document = statement or DOCUMENT_NAME_RE.search(cover)
    subject = None
    if named:
        date = re.sub(r"\s+", " ", named.group("date"))
        subject = f"{title_case(named.group('kind'))}, {date}"
        lowered = cover.lower()
        if "kazakhstan" in lowered:
            subject = f"Kazakhstan, {subject}"
        elif "казахстан" in lowered:
            subject = f"Казахстан, {subject}"
    name = title_case(document.group(0)) if document else None
    if subject and name:
        return f"{subject}: {name}"
    return subject or name or (cover[:200] or None)


def title_case(phrase: str) -> str:
    """Cover lines are often all capitals; say them as a title, keeping acronyms (a Russian title in sentence
    case, as the OSCE site writes it)."""
    words = phrase.split()
    if phrase != phrase.upper():
        return " ".join(words)
    cyrillic = _CYRILLIC_RE.search(phrase) is not None
    out = []
    for i, word in enumerate(words):
        if word in ACRONYMS:
            out.append(word)
        elif i > 0 and (cyrillic or word.lower() in TITLE_SMALL_WORDS):
            out.append(word.lower())
        else:
            out.append(word.capitalize())
    return " ".join(out)
