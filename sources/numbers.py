"""Numbers as the CEC writes them, in Russian, Kazakh and English.

Counts: "6 539 715" (spaces or no-break spaces), "8,300,046", "6 миллионов 183 тысячи 757",
"7 млн 062 тыс. 358", "540 тысяч 406", "11 млн", Kazakh "мың". Shares: "70,96 %", "77,4%",
"77,5 процента", "77,50 пайыз", "69.44%". Dates and clock times are masked before counts are read,
so "9 июня 2019 года" or "на 20 часов" never become counts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

SPACES = "[ \u00a0\u202f\u2009]"
_GROUPED = rf"\d{{1,3}}(?:{SPACES}\d{{3}})+(?!\d)|\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+"
_MILLION = r"(?:миллиард\w*|млрд\.?)|(?:миллион\w*|млн\.?|million|millions)"
_THOUSAND = r"(?:тысяч\w*|тыс\.?|мың|thousand)"
_SCALE = {"миллиард": 10**9, "млрд": 10**9, "миллион": 10**6, "млн": 10**6, "million": 10**6}

AMOUNT_RE = re.compile(
    rf"(?:(?P<m>\d{{1,3}}(?:[.,]\d+)?){SPACES}*(?P<mw>{_MILLION}){SPACES}*)?"
    rf"(?:(?P<t>\d{{1,3}}){SPACES}*(?P<tw>{_THOUSAND}){SPACES}*)?"
    rf"(?P<n>{_GROUPED})?",
    re.IGNORECASE,
)
PERCENT_RE = re.compile(
    rf"(?P<v>\d{{1,3}}(?:[.,]\d+)?){SPACES}*(?:%|процент\w*|пайыз\w*|per{SPACES}cent|percent)",
    re.IGNORECASE,
)
RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
KK_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}  # fmt: skip
EN_MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], start=1)
}  # fmt: skip
_MONTH_WORD = r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіA-Za-z]+"
DATE_WORDS_RE = re.compile(rf"\b(?P<d>\d{{1,2}}){SPACES}+(?P<m>{_MONTH_WORD}){SPACES}+(?P<y>(?:19|20)\d\d)")
DATE_NUMERIC_RE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b")
DATE_KAZAKH_RE = re.compile(  # "2022 жылғы 20 қарашада"
    rf"\b(?P<y>(?:19|20)\d\d){SPACES}*жыл\w*{SPACES}+(?P<d>\d{{1,2}}){SPACES}+(?P<m>{_MONTH_WORD})"
)
DATE_ISO_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
CLOCK_RE = re.compile(
    rf"(?:на|as of|at|сағат)?{SPACES}*\b(?P<h>\d{{1,2}})(?:[:.](?P<min>\d\d))?{SPACES}*"
    r"(?:час\w*|сағ\w*|h\b|hours|o'clock|:00)",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b(?:\s*(?:год\w*|г\.|жыл\w*))?")


def month_number(word: str) -> int | None:
    w = word.lower()
    if w in EN_MONTHS:
        return EN_MONTHS[w]
    for stem, num in KK_MONTHS.items():
        if w.startswith(stem):
            return num
    if w in {"мая", "май"}:
        return 5
    for stem, num in RU_MONTHS.items():
        if stem != "ма" and w.startswith(stem):
            return num
    return None


@dataclass(frozen=True)
class Span:
    value: float
    start: int
    end: int
    text: str


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date in the text: "9 июня 2019", "09.06.2019", "9 June 2019", "2019-06-09"."""
    found: list[tuple[dt.date, int, int]] = []
    for rx in (DATE_WORDS_RE, DATE_KAZAKH_RE, DATE_NUMERIC_RE, DATE_ISO_RE):
        for m in rx.finditer(text):
            month = m.group("m")
            mnum = int(month) if month.isdigit() else month_number(month)
            if mnum is None:
                continue
            try:
                found.append((dt.date(int(m.group("y")), mnum, int(m.group("d"))), m.start(), m.end()))
            except ValueError:
                continue
    return sorted(found, key=lambda f: f[1])


def parse_decimal(text: str) -> float:
    return float(text.replace(",", ".").strip())


def find_percents(text: str) -> list[Span]:
    return [
        Span(parse_decimal(m.group("v")), m.start(), m.end(), m.group(0)) for m in PERCENT_RE.finditer(text)
    ]


def find_clock(text: str) -> str | None:
    """'на 20 часов' → '20:00'."""
    m = CLOCK_RE.search(text)
    if not m:
        return None
    return f"{int(m.group('h')):02d}:{m.group('min') or '00'}"


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


def mask_non_counts(text: str) -> str:
    """Blank out percentages, dates, clock times and years, keeping offsets."""
    spans = [(p.start, p.end) for p in find_percents(text)]
    spans += [(s, e) for _, s, e in find_dates(text)]
    spans += [(m.start(), m.end()) for m in CLOCK_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in YEAR_RE.finditer(text)]
    return _mask(text, spans)


def _plain_int(token: str) -> int:
    return int(re.sub(rf"{SPACES}|,", "", token))


def find_amounts(text: str) -> list[Span]:
    """Counts in the text, after masking dates, times, years and percentages."""
    masked = mask_non_counts(text)
    found: list[Span] = []
    for m in AMOUNT_RE.finditer(masked):
        if not (m.group("mw") or m.group("tw") or m.group("n")):
            continue
        value = 0.0
        if m.group("mw"):
            scale = next(v for k, v in _SCALE.items() if m.group("mw").lower().startswith(k))
            value += parse_decimal(m.group("m")) * scale
        if m.group("tw"):
            value += int(m.group("t")) * 1000
        if m.group("n"):
            value += _plain_int(m.group("n"))
        end = m.end()
        while end > m.start() and masked[end - 1] in " \u00a0\u202f\u2009":
            end -= 1
        found.append(Span(round(value), m.start(), end, text[m.start() : end]))
    return found


def parse_count(text: str) -> int:
    """The single count a cell or phrase holds; ValueError if there is none or several."""
    amounts = find_amounts(text)
    if len(amounts) != 1:
        raise ValueError(f"expected one count in {text!r}, found {len(amounts)}")
    return int(amounts[0].value)


def parse_percent_cell(text: str) -> float:
    """A table cell holding a share: "70,96", "77.50", "5,2 %"."""
    cleaned = text.replace("%", "").strip()
    if not re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", cleaned):
        raise ValueError(f"not a percentage: {text!r}")
    return parse_decimal(cleaned)
