"""Dates in a sentence, resolved against the election date and the publication date.

Recognised (English, Russian, Kazakh):

- election day: "on election day", "election night", "polling day", "the day of the vote", "referendum day";
  "в день голосования", "в (самый) день выборов", "в день референдума"; "дауыс беру күні", "сайлау күні",
  "референдум күні"
- relative: "the following day", "the next day", "the day after" (the last date the paragraph
  named, else the election date, plus one); "the day after the election" (election + 1);
  "the previous day", "the day before" (anchor − 1); "on the eve of the election", "накануне
  голосования" (election − 1); "на следующий день", "келесі күні" (anchor + 1); "two days earlier",
  "три дня спустя", "за два дня до этого", "екі күн бұрын" (anchor ∓ N)
- a day: "10 June", "on 10 June 2019", "June 10", "10 июня", "10 июня 2019 года", "2019 жылғы 10
  маусым", "10.06.2019", "2019-06-10"
- a range: "between 9 and 13 June", "from 9 to 13 June", "9–13 June", "June 9-13", "between 30 May and
  2 June", "с 9 по 13 июня", "9–13 июня"

A day without a year takes the year that puts it nearest the election date (an election on 20
December and "on 2 January" is the next January), among the years that put it on or before the
publication date; without an election date, the latest such day on or before the publication
date; with neither, it stays unresolved (None) but is still recognised, so its numbers are never
read as counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sources.claims.spans import Coverage

FLAGS = re.IGNORECASE

EN_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
RU_MONTHS: dict[str, int] = {
    "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2, "март": 3, "марта": 3,
    "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4, "май": 5, "мая": 5, "мае": 5, "июнь": 6, "июня": 6,
    "июне": 6, "июль": 7, "июля": 7, "июле": 7, "август": 8, "августа": 8, "августе": 8, "сентябрь": 9,
    "сентября": 9, "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10, "ноябрь": 11, "ноября": 11,
    "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
}  # fmt: skip
KK_MONTHS: dict[str, int] = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}  # fmt: skip


# Days of the week, Monday = 0: "on Sunday", "в воскресенье", "жексенбі күні" -- the latest such day on or before
# the publication date (the day itself when it is that weekday).
EN_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
RU_WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
}  # fmt: skip
KK_WEEKDAYS: dict[str, int] = {
    "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6,
}  # fmt: skip
WEEKDAYS = {w.lower(): n for table in (EN_WEEKDAYS, RU_WEEKDAYS, KK_WEEKDAYS) for w, n in table.items()}


def _alternation(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# English month names are capitalised in running text; matching them case-sensitively keeps "may"
# (the verb) and "march" (a protest march) from becoming months.
_MONTH = (
    rf"(?:(?-i:(?:{_alternation([m.capitalize() for m in EN_MONTHS])})\.?)"
    rf"|(?:{_alternation(list(RU_MONTHS))})|(?:{_alternation(list(KK_MONTHS))})\w*)(?![\w])"
)
_DAY = r"(?<![\d.,])(?:3[01]|[0-2]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"


def _year_tail(group: str) -> str:
    return rf"(?:,?\s+(?P<{group}>{_YEAR})(?:\s*(?:года|году|год|г\.|жылғы|жыл|ж\.))?)?"


_TO = r"\s*(?:and|to|until|till|through|–|—|-|по|до|и)\s*"

# A few days before or after the date just named: "two days earlier", "три дня спустя", "двумя днями ранее", "за два
# дня до этого", "екі күн бұрын" (the number of days in digits or words, up to ten).
DAY_COUNTS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "один": 1, "одни": 1, "два": 2, "двое": 2, "двумя": 2, "три": 3, "трое": 3, "тремя": 3, "четыре": 4,
    "четырьмя": 4, "пять": 5, "пятью": 5, "шесть": 6, "семь": 7, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5,
    "алты": 6, "жеті": 7,
}  # fmt: skip
_N_DAYS = rf"(?P<n>\d{{1,2}}|{_alternation(list(DAY_COUNTS))})"
_DAYS_SHIFT = (
    rf"(?:за\s+)?{_N_DAYS}\s+(?:days?|дн(?:я|ей|ями)|днями|сутк\w*|күн)\s+(?P<way>earlier|before|later|afterwards"
    r"|ранее|раньше|назад|до\s+этого|спустя|позже|позднее|бұрын|кейін)(?!\s+(?:the\s+)?(?:election|vote|polling))"
)

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, FLAGS))
    for kind, pattern in (
        ("range2", rf"(?:(?:between|from|с)\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})"
                   rf"{_year_tail('y1')}{_TO}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})"
                   rf"{_year_tail('y2')}"),
        ("range", rf"(?:(?:between|from|с|в\s+период\s+с)\s+)?(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?"
                  rf"(?P<m>{_MONTH}){_year_tail('y')}"),
        ("range_us", rf"(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
        ("kk_day", rf"(?P<y>{_YEAR})\s+жыл\w*\s+(?P<d>{_DAY})\s+(?P<m>{_MONTH})"),
        ("day", rf"(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}){_year_tail('y')}"),
        ("day_us", rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?!\d|[.,]\d)(?:,?\s+(?P<y>{_YEAR}))?"),
        ("numeric", rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_YEAR})\b"),
        ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("weekday", rf"(?:(?:on\s+)?(?:last\s+)?(?-i:{_alternation(list(EN_WEEKDAYS))})(?:['’]s)?"
                    rf"|(?<![\w-])(?:в|во)\s+(?:{_alternation(list(RU_WEEKDAYS))})"
                    rf"|(?<![\w-])(?:{_alternation(list(KK_WEEKDAYS))})(?:\s+күні|де|да|де)?)(?![\w-])"),
        ("eve", r"(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?(?:election|vote|voting|polling)(?:\s+day)?"
                r"|накануне\s+(?:дня\s+)?(?:голосования|выборов)|сайлау\s+қарсаңында"),
        ("election_plus_one", r"(?:on\s+)?the\s+day\s+after\s+(?:the\s+)?(?:election|vote|polling)(?:\s+day)?"
                              r"|на\s+следующий\s+день\s+после\s+(?:голосования|выборов)"),
        ("election_day", r"(?:on\s+)?(?:the\s+)?(?:election|polling|voting|referendum)[- ](?:day|night)\b"
                         r"|(?:on\s+)?the\s+(?:day|night)\s+of\s+(?:the\s+)?(?:election|vote|voting|polls|referendum)"
                         # "в самый день выборов", "в день референдума"
                         r"|в\s+(?:сам\w+\s+)?(?:день|ночь)\s+(?:голосования|выборов|референдума)|день\s+голосования"
                         r"|(?:дауыс\s+беру|сайлау|референдум)\s+күні\w*"),
        ("days_shift", _DAYS_SHIFT),
        ("next_day", r"(?:on\s+)?the\s+(?:following|next)\s+day|the\s+day\s+after(?!\s+(?:the\s+)?(?:election|vote))"
                     r"|на\s+следующий\s+день|на\s+другой\s+день|келесі\s+күні"),
        ("previous_day", r"(?:on\s+)?the\s+(?:previous\s+day|day\s+before)(?!\s+(?:the\s+)?(?:election|vote))"
                         r"|накануне(?!\s+(?:дня\s+)?(?:голосования|выборов))|алдыңғы\s+күні"),
    )
)  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text; `date_from`/`date_to` None when it cannot be resolved."""

    start: int
    end: int
    date_from: dt.date | None
    date_to: dt.date | None


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in EN_MONTHS:
        return EN_MONTHS[w]
    if w in RU_MONTHS:
        return RU_MONTHS[w]
    return next((n for stem, n in KK_MONTHS.items() if w.startswith(stem)), None)


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, election: dt.date | None, published: dt.date | None) -> dt.date | None:
    """The date of a day written without a year (see the module docstring for the rule)."""
    if election is not None:
        candidates = [_safe_date(y, month, day) for y in (election.year - 1, election.year, election.year + 1)]
        dates = [d for d in candidates if d is not None]
        # what a text reports happened on or before it was published: "10 January" in a November report is past
        dates = [d for d in dates if published is None or d <= published] or dates
        return min(dates, key=lambda d: abs((d - election).days)) if dates else None
    if published is not None:
        dates = [d for y in (published.year, published.year - 1) if (d := _safe_date(y, month, day)) is not None]
        earlier = [d for d in dates if d <= published]
        return max(earlier) if earlier else None
    return None


def _resolve(
    month: int | None, day: int, year: str | None, election: dt.date | None, published: dt.date | None
) -> dt.date | None:
    if month is None:
        return None
    if year:
        return _safe_date(int(year), month, day)
    return infer_year(month, day, election, published)


def _shift(base: dt.date | None, days: int) -> dt.date | None:
    return base + dt.timedelta(days=days) if base is not None else None


def find_dates(
    text: str,
    election: dt.date | None = None,
    published: dt.date | None = None,
    anchor: dt.date | None = None,
) -> list[DateMention]:
    """Every date expression in the text, resolved; `anchor` is the last date the paragraph named."""
    found: list[DateMention] = []
    taken = Coverage(len(text))
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not taken.free(*m.span()):
                continue
            mention = _mention(kind, m, election, published, anchor)
            if mention is not None:
                found.append(mention)
                taken.take(*m.span())
    found.sort(key=lambda d: d.start)
    # Relative days count from the date named just before them in the same text.
    resolved: list[DateMention] = []
    last = anchor
    for mention in found:
        if mention.date_from is None and mention.date_to is None and _relative_offset(text, mention):
            offset = _relative_offset(text, mention)
            day = _shift(last or election, offset)
            mention = DateMention(mention.start, mention.end, day, day)
        resolved.append(mention)
        last = mention.date_to or last
    return resolved


_NEXT_RE = re.compile(DATE_PATTERNS[-2][1].pattern, FLAGS)
_PREVIOUS_RE = re.compile(DATE_PATTERNS[-1][1].pattern, FLAGS)


_DAYS_SHIFT_RE = re.compile(_DAYS_SHIFT, FLAGS)
_BACKWARDS = {"earlier", "before", "ранее", "раньше", "назад", "до этого", "бұрын"}


def _relative_offset(text: str, mention: DateMention) -> int:
    span = text[mention.start : mention.end]
    shift = _DAYS_SHIFT_RE.fullmatch(span)
    if shift is not None:
        n = shift.group("n").lower()
        days = int(n) if n.isdigit() else DAY_COUNTS[n]
        return -days if re.sub(r"\s+", " ", shift.group("way").lower()) in _BACKWARDS else days
    if _NEXT_RE.fullmatch(span):
        return 1
    if _PREVIOUS_RE.fullmatch(span):
        return -1
    return 0


def _mention(
    kind: str, m: re.Match[str], election: dt.date | None, published: dt.date | None, anchor: dt.date | None
) -> DateMention | None:
    start, end = m.span()
    if kind in {"range", "range_us"}:
        month = month_number(m.group("m"))
        d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
        first = _resolve(month, d1, m.group("y"), election, published)
        last = _resolve(month, d2, m.group("y"), election, published)
        if first is not None and last is not None and first > last:
            return DateMention(start, end, None, None)
        return DateMention(start, end, first, last)
    if kind == "range2":
        y1, y2 = m.group("y1"), m.group("y2")
        first = _resolve(month_number(m.group("m1")), _day(m.group("d1")), y1 or y2, election, published)
        last = _resolve(month_number(m.group("m2")), _day(m.group("d2")), y2 or y1, election, published)
        if first is not None and last is not None and first > last:
            return DateMention(start, end, None, None)
        return DateMention(start, end, first, last)
    if kind in {"day", "day_us", "kk_day"}:
        day = _resolve(month_number(m.group("m")), _day(m.group("d")), m.group("y"), election, published)
        return DateMention(start, end, day, day)
    if kind in {"numeric", "iso"}:
        day = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return DateMention(start, end, day, day) if day else None
    if kind == "weekday":
        if _DATE_AFTER_RE.match(m.string, end):
            return None  # "on Sunday, June 9": the date after it is the day
        day = _weekday_before(m.group(0), published, election)
        return DateMention(start, end, day, day)
    if kind == "election_day":
        return DateMention(start, end, election, election)
    if kind == "eve":
        day = _shift(election, -1)
        return DateMention(start, end, day, day)
    if kind == "election_plus_one":
        day = _shift(election, 1)
        return DateMention(start, end, day, day)
    # next_day / previous_day: resolved in order by `find_dates`.
    return DateMention(start, end, None, None)


WEEKDAY_REACH = 7  # days from the vote within which a publication's "on Sunday" is the week it was published in
_DATE_AFTER_RE = re.compile(rf",?\s+(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}|{_DAY}\.\d)", FLAGS)


def _weekday_before(written: str, published: dt.date | None, election: dt.date | None) -> dt.date | None:
    """The latest day of the written weekday on or before the publication date; in a text published long after the
    vote, only the vote's own weekday resolves (to the vote), any other stays unknown."""
    number = next((n for w, n in WEEKDAYS.items() if re.search(rf"(?<![\w-]){w}", written, FLAGS)), None)
    if number is None or published is None:
        return None
    if election is not None and (published - election).days > WEEKDAY_REACH:
        return election if election.weekday() == number else None
    return published - dt.timedelta(days=(published.weekday() - number) % 7)


def resolve_span(
    text: str, election: dt.date | None = None, published: dt.date | None = None, anchor: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The first resolved (date_from, date_to) a text names, or (None, None)."""
    for mention in find_dates(text, election, published, anchor):
        if mention.date_from is not None:
            return mention.date_from, mention.date_to
    return None, None


_TOLD = (
    r"(?:published|issued|released|presented|announced|said|stated|reported|told|опубликовал\w*|выпустил\w*"
    r"|представил\w*|обнародовал\w*|заявил\w*|сообщил\w*|жариялад\w*|мәлімдеді|хабарлад\w*)(?![\w-])"
)
_TOLD_AFTER_RE = re.compile(rf"\s*(?:года\s+|г\.\s*|жылы\s+)?(?:[\w-]+\s+){{0,2}}?{_TOLD}", re.IGNORECASE)
# "published a report on 22 November", never "said that on 9 June" (the day of what was told)
_TOLD_BEFORE_RE = re.compile(rf"{_TOLD}(?:\s+(?!that\b|что\b)[\w-]+){{0,3}}?\s+(?:on\s+)?$", re.IGNORECASE)


def day_told(text: str, date: DateMention) -> bool:
    """The date is the day of a telling or a publication: "22 ноября опубликовал доклад", "announced on 13 June"."""
    return _TOLD_AFTER_RE.match(text, date.end) is not None or _TOLD_BEFORE_RE.search(
        text[max(0, date.start - 50): date.start]) is not None
