"""Which calendar election a text is about: by what it says and what its kind and date imply.

The calendar is `warehouse/seeds/elections.csv` (the project's versioned copy of the reference calendar; one
row per national vote: `election_id`, `election_type`, `election_date`, `early`, `body`, `name_en`, `name_ru`,
`name_kk`, `note`). A text is tied to a calendar election by
- its type words (`election_words.yaml`: "выборы Президента", "Мәжіліс депутаттарын сайлау", "Kurultai
  elections", "референдум"), after cutting out the phrases where such a word plays another role ("Указом
  Президента", "Президентінің … Жарлығымен", "Постановление ЦИК", "депутатов маслихатов");
- any election date it states ("состоявшихся 9 июня 2019 года", "09.06.2019 өткен", "held on 9 June 2019");
- what its kind implies about its publication date: a turnout bulletin is published on voting day, preliminary
  results the day after, final results within days, an ODIHR final report months later;
- for an undated text, a day and month without a year, or the contestants it names (who stood in which vote:
  `election_contestants.yaml`); a text recounting several earlier votes is about none (`sources.election_clues`).

A publication date never creates an election: a vote absent from the calendar is created only when the text
states its date next to its type words (`Assignment.in_calendar` is then False, and the run reports it).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sources.claims.dates import infer_year
from sources.datafiles import parse_yaml
from sources.election_clues import held_that_day, stood_together
from sources.election_clues import recounts_history as history
from sources.records import ElectionRef, ElectionType
from sources.text import find_dates, read_numbers

WORDS_FILE = Path(__file__).with_name("election_words.yaml")
TYPES: tuple[ElectionType, ...] = ("presidential", "parliamentary", "referendum")

# Days after voting day within which a document of each kind is published (before: negative).
PUBLICATION_WINDOWS: dict[str | None, tuple[int, int]] = {
    "turnout": (0, 1),  # on the day itself (a late bulletin just after midnight)
    "results_preliminary": (0, 3),  # the morning after
    "results_final": (0, 30),  # established within days
    "odihr_statement": (0, 5),  # the day after
    "odihr_final_report": (0, 240),  # months later
    "odihr_other": (-120, 240),  # needs assessment before, interim report during the campaign
    "violations": (-45, 30),
    "other": (-60, 60),
    None: (0, 120),  # the kind is not known: a document about a vote follows it
}
# Kinds that report a vote just held: only a vote whose publication window holds their date can be theirs.
NARROW_KINDS = {"turnout", "results_preliminary", "results_final", "odihr_statement"}
DATE_NEAR_TYPE_CHARS = 120  # a date stated this close to a type phrase is that vote's date
# A date introduced so is a document's own date ("Указ от 1 сентября 2022", "dated 5 May"), not a vote's.
DOCUMENT_DATE_BEFORE_RE = re.compile(r"(?:\bот|\bdated|№\s*\S+)\s*$", re.I)
# ... and so is a meeting's or a briefing's: "на своем заседании 9 декабря 2005 года рассмотрела протоколы"
MEETING_DATE_BEFORE_RE = re.compile(
    r"(?:заседани\w*|совещани\w*|брифинг\w*|пресс-конференци\w*|meeting|session|briefing|отырыс\w*)\s+"
    r"(?:(?:held|on|of|в|от)\s+)?$",
    re.I,
)


def _calendar_path() -> Path:
    return Path(str(resources.files("warehouse") / "seeds" / "elections.csv"))


@dataclass(frozen=True)
class CalendarEntry:
    """One vote of the calendar."""

    ref: ElectionRef
    early: bool | None
    body: str | None
    name_en: str
    name_ru: str | None = None
    name_kk: str | None = None

    @property
    def election_id(self) -> str:
        return self.ref.election_id


@functools.cache
def calendar(path: Path | None = None) -> tuple[CalendarEntry, ...]:
    """The calendar of national votes, oldest first."""
    with (path or _calendar_path()).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    entries = [
        CalendarEntry(
            ref=ElectionRef(dt.date.fromisoformat(row["election_date"]), row["election_type"]),  # type: ignore[arg-type]
            early={"true": True, "false": False}.get((row.get("early") or "").strip().lower()),
            body=row.get("body") or None,
            name_en=row["name_en"],
            name_ru=row.get("name_ru") or None,
            name_kk=row.get("name_kk") or None,
        )
        for row in rows
    ]
    for entry, row in zip(entries, rows, strict=True):
        if entry.election_id != row["election_id"]:
            raise ValueError(f"{row['election_id']}: the id does not name its date and type")
    return tuple(sorted(entries, key=lambda e: e.ref.election_date))


@dataclass(frozen=True)
class _Words:
    phrases: dict[ElectionType, re.Pattern[str]]
    words: dict[ElectionType, re.Pattern[str]]
    bodies: dict[str, re.Pattern[str]]
    other_roles: re.Pattern[str]
    early: re.Pattern[str]
    indirect: re.Pattern[str]
    foreign: re.Pattern[str]
    home: re.Pattern[str]
    countries: re.Pattern[str]


def _alternation(fragments: Iterable[str]) -> re.Pattern[str]:
    parts = [f for f in fragments if f]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)" if parts else r"(?!x)x", re.I)


@functools.cache
def _words() -> _Words:
    data = parse_yaml(WORDS_FILE.read_text(encoding="utf-8"))

    def every_language(entry: dict[str, list[str]]) -> list[str]:
        return [fragment for fragments in entry.values() for fragment in fragments]

    types = data["types"]
    return _Words(
        phrases={t: _alternation(every_language(types[t]["phrases"])) for t in TYPES},
        words={t: _alternation(every_language(types[t]["words"])) for t in TYPES},
        bodies={body: _alternation(fragments) for t in TYPES for body, fragments in types[t]["bodies"].items()},
        other_roles=_alternation(every_language(data["other_roles"])),
        early=_alternation(every_language(data["early"])),
        indirect=_alternation(every_language(data.get("indirect", {}))),
        foreign=_alternation(every_language(data.get("foreign", {}).get("bodies", {}))),
        home=_alternation(every_language(data.get("foreign", {}).get("home", {}))),
        countries=_alternation(every_language(data.get("foreign", {}).get("countries", {}))),
    )


@dataclass(frozen=True)
class Mention:
    """A type word in the text: its type, where it is, and how strongly it names a vote."""

    election_type: ElectionType
    start: int
    end: int
    strength: int  # 2: an election phrase; 1: the body alone


def _masked(text: str) -> str:
    """The text with every type word in another role blanked out (offsets kept)."""
    return _words().other_roles.sub(lambda m: " " * len(m.group(0)), text)


def type_mentions(text: str) -> list[Mention]:
    """Type words naming a vote, in text order (phrases first where a bare word overlaps one)."""
    masked = _masked(text)
    words = _words()
    found: list[Mention] = []
    for election_type in TYPES:
        found += [Mention(election_type, m.start(), m.end(), 2) for m in words.phrases[election_type].finditer(masked)]
    taken = [(m.start, m.end) for m in found]
    for election_type in TYPES:
        for m in words.words[election_type].finditer(masked):
            if not any(s <= m.start() < e for s, e in taken):
                found.append(Mention(election_type, m.start(), m.end(), 1))
    return sorted(found, key=lambda m: m.start)


def type_named(text: str) -> ElectionType | None:
    """The type the text names most strongly, if any."""
    scores = _type_scores(type_mentions(text))
    return max(scores, key=lambda t: scores[t]) if scores else None


def _type_scores(mentions: list[Mention]) -> dict[ElectionType, int]:
    scores: dict[ElectionType, int] = {}
    strongest = max((m.strength for m in mentions), default=0)
    for m in mentions:
        if m.strength == strongest:  # a phrase outweighs any number of bare words
            scores[m.election_type] = scores.get(m.election_type, 0) + 1
    return scores


def body_named(text: str, election_type: ElectionType) -> str | None:
    """What the vote elects, from the words of the text: Kurultai, Mazhilis, Supreme Council, President."""
    masked = _masked(text)
    for body, pattern in _words().bodies.items():
        if election_type == "presidential" and body != "President":
            continue
        if election_type == "parliamentary" and body == "President":
            continue
        if pattern.search(masked):
            return body
    return None


def foreign_vote(text: str) -> str | None:
    """The body of another country's vote a text is about ("выборы депутатов в Жогорку Кенеш КР"), when it names
    no word of home (Kazakhstan, the Mazhilis, a maslikhat): no calendar election is its, and none is created."""
    found = _words().foreign.search(text)
    if found and not _words().home.search(text):
        return found.group(0)
    # the title and the lead name another country's vote and no word of home ("Japarov wins Kyrgyz presidency";
    # "Neighbouring Kazakhstan … was among the first to congratulate him" further down changes nothing)
    # the title once (a page repeats it), then lines of prose (not a date line "11.01.2021")
    lines = list(dict.fromkeys(line.strip() for line in text.splitlines()
                               if len(re.findall(r"[^\W\d_]{2,}", line)) > 3))
    first = re.match(r".*?[.!?](?=\s|$)", lines[1]) if len(lines) > 1 else None
    lead = "\n".join([*lines[:1], first.group(0) if first else "".join(lines[1:2])])  # the title, the first sentence
    found = _words().countries.search(lead) or _words().foreign.search(lead)
    if found and not _words().home.search(lead) and type_named(lead) is not None:
        return found.group(0)
    return None


def about_indirect_vote(text: str) -> bool:
    """The text is about the Senate's indirect election ("выборы депутатов Сената", "выборщики", "Senate elections")
    and names no national vote beside it (a Mazhilis or presidential phrase, a referendum)."""
    if not _words().indirect.search(text):
        return False
    cut = _words().indirect.sub(lambda m: " " * len(m.group(0)), text)
    cut = re.sub(r"(?i)сенат\w*\s+парламент\w*|парламенті\s+сенат\w*", lambda m: " " * len(m.group(0)), cut)
    return not any(m.strength == 2 for m in type_mentions(cut))


def says_early(text: str) -> bool:
    return bool(_words().early.search(_masked(text)))


@dataclass(frozen=True)
class Assignment:
    """The election a document is tied to, and whether the calendar has it."""

    election: ElectionRef
    in_calendar: bool
    why: str  # "states 2019-06-09", "a turnout bulletin published on voting day", ...


def _days_after(published_on: dt.date, ref: ElectionRef) -> int:
    return (published_on - ref.election_date).days


def assign(
    text: str,
    published_on: dt.date | None = None,
    doc_kind: str | None = None,
    known: Iterable[ElectionRef] = (),
) -> Assignment | None:
    """The calendar election (or one of `known`) the text is about; a new vote only when stated with its date."""
    if about_indirect_vote(text) or foreign_vote(text):
        return None  # the Senate's election by electors, another country's vote: neither the calendar's nor a new one
    mentions = type_mentions(text)
    scores = _type_scores(mentions)
    stated = [(date, start) for date, start, _end in find_dates(_masked(text))]  # not a decree's own date
    stated_days = {date for date, _ in stated} | _days_before(_masked(text), published_on)
    elections = {e.ref for e in calendar()} | set(known)
    low, high = PUBLICATION_WINDOWS.get(doc_kind, PUBLICATION_WINDOWS["other"])

    top = max(scores.values(), default=0)
    named = {m.election_type for m in mentions}
    best: tuple[tuple[int, int, bool, str], ElectionRef, str] | None = None
    for ref in elections:
        date_stated = ref.election_date in stated_days
        days = _days_after(published_on, ref) if published_on is not None else None
        in_window = days is not None and low <= days <= high
        type_score = scores.get(ref.election_type, 0)
        if doc_kind in NARROW_KINDS and days is not None and not in_window:
            continue  # a bulletin or a results release reports a vote just held, whatever else it mentions
        if not (date_stated or in_window):
            continue
        if scores and ref.election_type not in named and not date_stated:
            continue  # the text names another kind of vote (a type it names only weakly may still be its own:
            # "91 of the 145 seats in the new Kurultai …, well below the 73.1% recorded at the March referendum")
        # The type the text names most strongly and the kind's publication window outweigh a date mentioned
        # in passing (a presidential release recalling an earlier referendum's date).
        # Ties: the nearer vote, then one already held, then the id (never the iteration order of a set).
        score = (3 * date_stated + (3 if type_score == top else 1 if type_score else 0) + 2 * in_window,
                 -abs(days or 0), (days or 0) >= 0, ref.election_id)
        why = f"states {ref.election_date}" if date_stated else (
            f"a {doc_kind or 'document'} published {days:+d} days from voting day" if days else
            f"a {doc_kind or 'document'} published on voting day")
        if best is None or score > best[0]:
            best = (score, ref, why)
    if best is not None:
        return Assignment(best[1], best[1] in {e.ref for e in calendar()}, best[2])
    if published_on is None and (by_day := _by_day_and_month(_masked(text), scores)) is not None:
        return by_day
    if published_on is None and (by_field := _by_contestants(text, scores)) is not None:
        return by_field
    if doc_kind in FIGURE_KINDS and published_on is not None:
        # a vote dated after the publication ("the next presidential election, due on 4 November 2029") can have
        # no turnout or result yet: it is not the vote a figures document is about
        stated = [(date, start) for date, start in stated if date <= published_on]
    return _stated_vote(text, mentions, stated, published_on)


DAY_MONTH_REACH = 60  # days before its publication a day and month without a year may name ("the April 3 election")


def _days_before(text: str, published_on: dt.date | None) -> set[dt.date]:
    """Days and months the text gives without a year, as the dates they fall on shortly before its publication."""
    if published_on is None:
        return set()
    days = {infer_year(n.month, n.day, None, published_on) for n in read_numbers(text)
            if n.kind == "date" and n.date is None and n.day and n.month}
    return {d for d in days if d is not None and (published_on - d).days <= DAY_MONTH_REACH}


def _by_contestants(text: str, scores: dict[ElectionType, int]) -> Assignment | None:
    """An undated text naming its vote's type and neither a date nor a year: the one vote of that type in which
    every contestant it names stood (`sources.election_clues.stood_together`)."""
    # "Мажилис", "внеочередные": the body it elects and an early vote narrow the votes to those the words fit
    early = says_early(text)
    entries = [e for e in calendar() if (not early or e.early is not False) and (
        (body := body_named(text, e.ref.election_type)) is None or e.body is None or e.body == body)]
    found = stood_together(_masked(text), _top_types(scores), entries)
    return Assignment(found[0], True, found[1]) if found else None


def _by_day_and_month(text: str, scores: dict[ElectionType, int]) -> Assignment | None:
    """An undated text giving a day and month without a year: the one vote of its type held that day
    (`sources.election_clues.held_that_day`). Never a new vote: without a year no date is stated."""
    found = held_that_day(text, _top_types(scores), calendar())
    return Assignment(found[0], True, found[1]) if found else None


def _top_types(scores: dict[ElectionType, int]) -> set[str]:
    top = max(scores.values(), default=0)
    return {t for t, score in scores.items() if score == top and top}


def recounts_history(text: str, published_on: dt.date | None) -> bool:
    """A history box recounting several earlier votes (`sources.election_clues.recounts_history`)."""
    return history(text, published_on, calendar())


FIGURE_KINDS = frozenset({"turnout", "results_preliminary", "results_final"})


def _stated_vote(
    text: str, mentions: list[Mention], stated: list[tuple[dt.date, int]], published_on: dt.date | None
) -> Assignment | None:
    """A vote the calendar lacks: its type phrase and its date, both stated, close together (never the
    publication date itself, which is the release's own date line, nor a decree's "от 1 сентября")."""
    phrases = [m for m in mentions if m.strength == 2]
    pairs = [
        (abs(start - m.start), date, m.election_type)
        for m in phrases
        for date, start in stated
        if abs(start - m.start) <= DATE_NEAR_TYPE_CHARS and date != published_on
        and not DOCUMENT_DATE_BEFORE_RE.search(text[max(0, start - 12):start])
        and not MEETING_DATE_BEFORE_RE.search(text[max(0, start - 40):start])
    ]
    if not pairs:
        return None
    _distance, date, election_type = min(pairs, key=lambda p: p[0])
    return Assignment(ElectionRef(date, election_type), False, f"states a {election_type} vote on {date}")


def find_election(
    text: str, published_on: dt.date | None = None, doc_kind: str | None = None
) -> ElectionRef | None:
    """The election a text is about (see `assign`); None when neither its words nor its date tie it to one."""
    found = assign(text, published_on, doc_kind)
    return found.election if found else None


def nearest_election(
    published_on: dt.date | None,
    known: Iterable[ElectionRef] = (),
    doc_kind: str | None = None,
    max_days_after: int | None = None,
) -> ElectionRef | None:
    """For a document whose text names no vote (an hourly bulletin): the calendar (or known) election its
    kind and publication date point to. Never creates one."""
    if published_on is None:
        return None
    low, high = PUBLICATION_WINDOWS.get(doc_kind, PUBLICATION_WINDOWS["other"])
    if max_days_after is not None:
        low, high = 0, max_days_after
    elections = {e.ref for e in calendar()} | set(known)
    candidates = [e for e in elections if low <= _days_after(published_on, e) <= high]
    return min(candidates, key=lambda e: (abs(_days_after(published_on, e)), e.election_id), default=None)


def calendar_entry(ref: ElectionRef) -> CalendarEntry | None:
    return next((e for e in calendar() if e.ref == ref), None)
