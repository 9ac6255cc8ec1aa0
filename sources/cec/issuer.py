"""The issuer's area: a results or turnout publication that a commission below the CEC (a region's, a city's, a
district's) issues states its own area's figures, not the country's.

The issuer is the first body the title, the page's headings or its first paragraphs name as the text's author or
source (sources/lexicon/issuers.yaml `lower_bodies`), unless the CEC is named first. A region-level issuer (a region's
or a city of republican significance's commission) gives its region to every figure the first pass left
without one, when the text speaks of its own area at all (`own_area`, or the region named in the body); a figure the
text places in the country (`national`: "(по республике – 12,39%)", "ел бойынша") stays national. An issuer below a
region (a district's, a town's, a precinct's commission: `below_region`) has no area in the warehouse: its figures
are recorded unread. A figure the first pass gave a region keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sources.datafiles import read_yaml
from sources.figures.claims import Located
from sources.figures.regions import RegionMention, find_regions
from sources.lexicon import Lexicon, compile_phrases
from sources.records import Unread
from sources.text import split_sentences

VOCABULARY = Path(__file__).parents[1] / "lexicon" / "issuers.yaml"
CITY_REGIONS = {"KZ-71", "KZ-75", "KZ-79"}  # Astana, Almaty, Shymkent: cities of republican significance are regions
HEAD_PARAGRAPHS = 5  # the issuer is named in the title or the opening lines (a date, a masthead before it)
# many commissions ("по данным областных комиссий", "представленным … городскими избирательными комиссиями",
# "облыстық комиссиялары"): a source the CEC sums, no issuer
PLURAL_RE = re.compile(r"ных\s|ых\s|ыми\s|ими\s|комиссий|комисси(?:ям|ями|ях)\b|комиссиялар|commissions", re.I)
# the city words of `below_region`: a town's commission, unless the city is a region (Almaty's is a region's)
# an Unread's reason: a contestant's figure of an area below a region (still a result: the document is a results one)
BELOW_REGION_RESULT = "a contestant's result"
CITY_WORD_RE = re.compile(r"городск|қала|city|town", re.I)


@cache
def _vocabulary() -> dict[str, dict[str, list[str]]]:
    return read_yaml(VOCABULARY)  # type: ignore[no-any-return]


@cache
def _words(section: str, language: str) -> re.Pattern[str] | None:
    return compile_phrases(list(_vocabulary()[section].get(language, [])))


def _finds(section: str, language: str, text: str) -> list[re.Match[str]]:
    pattern = _words(section, language)
    return list(pattern.finditer(text)) if pattern else []


@dataclass(frozen=True)
class Issuer:
    """A body below the CEC that issued the text, and its area."""

    words: str  # the words that name it, as written
    region: RegionMention | None  # its region, when it is a region's (or a city of republican significance's)
    below_region: bool  # a district's, a town's, a precinct's: no area of the warehouse


def _region_in(line: str) -> RegionMention | None:
    """The one region a line names (in any case: "Павлодарской областной комиссии"), or None."""
    regions = find_regions(line)
    return regions[0] if len({r.code for r in regions}) == 1 else None


def find_issuer(title: str, paragraphs: list[str], language: str, lexicon: Lexicon) -> Issuer | None:
    """The body below the CEC that issued the text (title first, then the opening paragraphs), or None."""
    head = [title, *paragraphs[:HEAD_PARAGRAPHS]]
    title_region = _region_in(title) if title else None
    for line in head:
        if not line:
            continue
        bodies = [m for m in _finds("lower_bodies", language, line) if not PLURAL_RE.search(m.group(0) + " ")]
        central = lexicon.finds("commission_words", line) or _finds("central", language, line)
        if central and (not bodies or central[0].start() < bodies[0].start()):
            return None  # the CEC speaks first: its figures are the country's
        if not bodies:
            continue
        body = bodies[0]
        # the author: the body with the words before it in its sentence ("Алматы қаласы Бостандық аудандық ...
        # комиссиясы")
        author = next((line[s.start:body.end()] for s in split_sentences(line) if s.start <= body.start() < s.end),
                      line[: body.end()])
        # its region: the one named with it, else the title's (a dateline's outlet, "Qostanay.Today", is no author)
        region = (_region_in(author) if line is title else None) or title_region or _region_in(
            author) or _region_in(line)
        below = [m for m in _finds("below_region", language, author)
                 if not (region is not None and region.code in CITY_REGIONS and CITY_WORD_RE.match(m.group(0)))]
        if below or region is not None:
            return Issuer(body.group(0), None if below else region, below_region=bool(below))
        return None
    return None


def _national(prefix: str, language: str) -> bool:
    """Whether the last area words before a figure, in its sentence, are the country's."""
    spans = split_sentences(prefix)
    sentence = prefix[spans[-1].start:] if spans else prefix
    marks = [(m.start(), True) for m in _finds("national", language, sentence)]
    marks += [(m.start(), False) for m in _finds("own_area", language, sentence)]
    marks += [(r.start, False) for r in find_regions(sentence)]
    return bool(marks) and max(marks)[1]


def speaks_of_its_area(paragraphs: list[str], language: str, issuer: Issuer) -> bool:
    body = "\n".join(paragraphs)
    if _finds("own_area", language, body):
        return True
    return issuer.region is not None and any(r.code == issuer.region.code for r in find_regions(body))


def as_issuers(located: list[Located], issuer: Issuer, language: str) -> tuple[list[Located], list[Unread]]:
    """Each figure with no region given the issuer's, or recorded unread when the issuer is below a region; a
    figure the text places in the country is left as it is."""
    kept: list[Located] = []
    unread: list[Unread] = []
    for x in located:
        reading = x.reading
        if reading.region_name is not None:
            kept.append(x)
            continue
        at = x.evidence.text.find(reading.clause)
        prefix = (x.evidence.text[:at] if at >= 0 else "") + reading.clause[: reading.figure.start]
        if _national(prefix, language):
            kept.append(x)
        elif issuer.below_region or issuer.region is None:
            what = BELOW_REGION_RESULT if reading.subject == "contestant" else "a figure"
            unread.append(Unread(reading.clause, f"{reading.figure.text}: {what} of the area of '{issuer.words}'"
                                 ", below a region", reading.figure.text))
        else:
            region = issuer.region
            kept.append(replace(x, reading=replace(reading, region_name=region.name, region_code=region.code)))
    return kept, unread


def in_issuers_area(located: list[Located], title: str, paragraphs: list[str], language: str,
                    lexicon: Lexicon) -> tuple[list[Located], list[Unread]]:
    """The page's figures placed in its issuer's area (the rules in the module docstring); unchanged when the CEC
    or no one issued it."""
    issuer = find_issuer(title, paragraphs, language, lexicon)
    if issuer is None or not (issuer.below_region or speaks_of_its_area(paragraphs, language, issuer)):
        return located, []
    return as_issuers(located, issuer, language)
