"""Every number in a text, classified: count, share, clock, date, year, ordinal, list number or decimal.

The reading goes in passes over the text, each taking what it recognises so no later pass can take it again:
dates and clock times first (times.py), then footnote markers glued to words, then the runs of digits and
number words (words.py), each classified by the words around it:

- a share when a share word follows: "70,96 %", "77,5 процента", "63,3 пайызы", "75,16%-ы", "42.1 per cent";
- an ordinal with an ordinal ending: "1-й", "2-го тура", "3rd", "5-ші"; an ordinal word: "second", "екінші";
- a list number after an article/point word or as an item mark: "статья 44", "ст. 44", "Article 69", "п. 3",
  "№ 5", "No. 5", "44-бап", "1)" at an item's start; "статьи 44, 45 и 46" all three;
- a decimal before "раза"/"times" ("1,5 раза") or when it has a fraction and no scale word ("0,5");
- a year: 1900-2099 written plainly, unless a counted noun follows ("2000 избирателей") or a counting word
  precedes it ("более 2000"); "2019 года", "2019 жылы" always; 1990-2030 after "in"/"в"/"за" even before a noun
  ("In 2019 protesters"), but not before a Russian locative plural ("в 2000 участках");
- otherwise a count: "6 539 715", "8,300,046", "6,98 млн", "6 980 тыс.", "6,980 thousand", "7 млн 062 тыс. 358",
  "12 миллионов 284 тысячи 487", "двести", "forty-two", "бір миллион", "9 мың 968", "a dozen";
- nothing at all for a vague quantity ("сотни людей", "several hundred", "бірнеше жүз"; lone scale words and
  plurals "тысячи", "hundreds", "десятки" are not numbers) or a pronoun "one" ("no one", "one of the observers",
  "одному из"): the claims layer reads vague words itself.

Digit grouping: spaces, no-break spaces (U+00A0, U+202F, U+2009) and commas group thousands. "6,980" is grouped in
English; in Russian and Kazakh a comma is a decimal comma when a share word, a scale word or "раза" follows ("6,980
тыс." = 6 980), and grouping otherwise ("1,234 голосов"); so is a comma typed with a space after it, when a
share/scale/"раза" word follows directly ("1, 65 процента" = 1.65 %, "206, 2 тыс." = 206 200). The work is linear in
the text's length: precompiled patterns, and look-arounds bounded to a few dozen characters.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from typing import NamedTuple

from sources.records import Language
from sources.text import Number
from sources.text.language import guess_language
from sources.text.patterns import (
    COUNTED_NOUN_AFTER_RE,
    COUNTING_MARK_RE,
    DECIMAL_AFTER_RE,
    DURATION_BEFORE_RE,
    GAP_RE,
    HOUR_WORD_AFTER_RE,
    LIST_JOIN_RE,
    LIST_MARK_RE,
    LIST_SUFFIX_RE,
    LOCATIVE_PLURAL_AFTER_RE,
    MEASURE_AFTER_RE,
    ORDINAL_SUFFIX_RE,
    PRONOUN_AFTER_RE,
    PRONOUN_BEFORE_RE,
    PRONOUN_ONE_WORDS,
    SHARE_AFTER_RE,
    SPACED_DECIMAL_RE,
    VAGUE_BEFORE_RE,
    YEAR_AFTER_RE,
    YEAR_PREPOSITION_BEFORE_RE,
    YEAR_SINGULAR_NOUN_AFTER_RE,
    token_re,
)
from sources.text.times import Coverage, month_number, read_fixed
from sources.text.vocab import SP
from sources.text.words import (
    Composed,
    Token,
    bare_word,
    compose,
    ending_needs_run,
    lone_multiplier_counts,
    word_token,
)

log = logging.getLogger(__name__)

_SCALE_OR_SHARE_AFTER_RE = re.compile(rf"{SP}*(?:[%٪]|[^\W\d_]+\.?)")
_ITEM_MARK_RE = re.compile(r"\)|\.(?=[ \t\u00a0]+[^\W\d_])")
# The three languages, and the site's URL prefixes for them; anything else is guessed from the letters.
_LANGUAGE_ALIASES: dict[str, str] = {"ru": "ru", "kk": "kk", "en": "en", "rus": "ru", "kaz": "kk", "eng": "en"}
_SEPARATORS = str.maketrans("", "", " \u00a0\u202f\u2009.,")
_ITEM_BEFORE_STRIP = " \t\u00a0•·*-–—"
_DOT_GROUP_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # "801.044": one dotted group of three digits


def read_numbers(text: str, language: Language | None = None) -> list[Number]:
    """Every number in `text`, in order of position, each classified (see the module docstring).

    `language` (ru, kk, en; the site prefixes rus, kaz, eng are understood) decides how a lone "6,980" and the
    Kazakh number words are read; None or anything else guesses it from the letters.
    """
    lang = _LANGUAGE_ALIASES.get(language or "") or guess_language(text)
    taken = Coverage(len(text))
    found = read_fixed(text, taken, lang)
    found += _read_runs(text, taken, lang)
    found.sort(key=lambda n: n.start)
    return found


def _digits_token(m: re.Match[str], text: str, language: str) -> Token:
    written = m.group(0)
    kind = m.lastgroup
    if kind == "sp" and "," in written:  # "1 234,5"
        whole, _, fraction = written.partition(",")
        return Token(m.start(), m.end(), "dec", float(f"{whole.translate(_SEPARATORS)}.{fraction}"))
    if kind in ("sp", "dt"):
        return Token(m.start(), m.end(), "int", float(written.translate(_SEPARATORS)))
    if kind == "cm":
        whole, _, fraction = written.partition(".")
        single_group = whole.count(",") == 1
        if single_group and not fraction and language != "en" and _decimal_comma(text, m.end()):
            return Token(m.start(), m.end(), "dec", float(written.replace(",", ".")))
        value = float(whole.replace(",", "") + ("." + fraction if fraction else ""))
        return Token(m.start(), m.end(), "dec" if fraction else "int", value)
    if kind == "dec":
        if language != "en" and _DOT_GROUP_RE.fullmatch(written) and not _decimal_comma(text, m.end()):
            # Russian and Kazakh write decimal commas: "801.044" is a dotted thousands group, as "4.632.211" is
            return Token(m.start(), m.end(), "int", float(written.replace(".", "")))
        return Token(m.start(), m.end(), "dec", float(written.replace(",", ".")))
    return Token(m.start(), m.end(), "int", float(written))


def _spaced_decimal(text: str, m: re.Match[str], language: str, taken: Coverage) -> Token | None:
    """ "1, 65 процента" = 1.65 %, "206, 2 тыс." = 206 200: a decimal comma typed with a space after it, read so only
    where a share, scale or "раза" word follows the fraction directly (Russian and Kazakh, which write decimal
    commas); "1, 2 и 3" and "10, 20, 30 процентов" stay lists."""
    if language == "en" or m.lastgroup != "int":
        return None
    spaced = SPACED_DECIMAL_RE.match(text, m.start())
    if spaced is None or not taken.free(spaced.start(), spaced.end()) or not _decimal_comma(text, spaced.end()):
        return None
    return Token(spaced.start(), spaced.end(), "dec", float(f"{spaced.group('w')}.{spaced.group('f')}"))


def _decimal_comma(text: str, end: int) -> bool:
    """In Russian/Kazakh "6,980" is 6.98 before a share, scale or "раза" word, grouping otherwise."""
    if SHARE_AFTER_RE.match(text, end) or DECIMAL_AFTER_RE.match(text, end):
        return True
    after = _SCALE_OR_SHARE_AFTER_RE.match(text, end)
    if after is None:
        return False
    word = after.group(0).strip().lower()
    return any(word.startswith(s) for s in ("тыс", "млн", "млрд", "миллион", "миллиард", "мың"))


SPOKEN_GROUP_GAP_RE = re.compile(r",[ \u00a0]")
SPOKEN_GROUP_KINDS = frozenset({"units", "teens", "tens", "hundreds"})


NEXT_WORD_RE = re.compile(r"[\s-]+(\w+)")


def _spoken_group(text: str, last: Token, token: Token, group: str | None, language: str) -> bool:
    """"nine million, one hundred twenty-seven thousand, …": a number said in words pauses with a comma after each
    scale word, and the next group in words -- a group of hundreds ("one hundred …", "сто …") -- goes on with the
    same number ("two thousand, three regions" are two numbers)."""
    if group != "w" or last.kind != "scales" or token.kind not in SPOKEN_GROUP_KINDS or text[
            last.start: last.end].isdigit() or SPOKEN_GROUP_GAP_RE.fullmatch(text, last.end, token.start) is None:
        return False
    if token.kind == "hundreds":
        return True
    after = NEXT_WORD_RE.match(text, token.end)
    nxt = word_token(after.start(1), after.end(1), after.group(1), language) if after else None
    return nxt is not None and nxt.kind in {"multipliers", "scales"}


def _read_runs(text: str, taken: Coverage, language: str) -> list[Number]:
    """Runs of adjacent digit and word tokens, composed into numbers and classified."""
    out: list[Number] = []
    marks = _Marks({m.end() for m in LIST_MARK_RE.finditer(text)}, {m.end() for m in COUNTING_MARK_RE.finditer(text)})
    run: list[Token] = []
    gaps: list[str] = []
    previous: Number | None = None
    skip_to = 0  # the end of a spaced decimal ("1, 65 процента") whose fraction digits are already read
    lone_multiplier = lone_multiplier_counts(language)

    def flush() -> None:
        nonlocal previous
        for composed in compose(run, gaps):
            if (
                composed.tokens == 1
                and composed.first.kind == "multipliers"
                and (not lone_multiplier or VAGUE_BEFORE_RE.search(text, max(0, composed.start - 12), composed.start))
            ):
                continue  # "several hundred", "сотни людей", "бірнеше жүз": a vague quantity, not a count
            number = _classify(text, composed, previous, marks)
            out.append(number)
            taken.take(number.start, number.end)
            previous = number
        run.clear()
        gaps.clear()

    for m in token_re(language).finditer(text):
        if m.start() < skip_to or not taken.free(m.start(), m.end()):
            continue
        if m.lastgroup == "w":
            token = word_token(m.start(), m.end(), m.group(0), language)
            if token is None:
                continue
            bare = bare_word(m.group(0), language)
            if bare is not None and bare[1] and bare[0] in ending_needs_run(language) and not (
                    run and GAP_RE.fullmatch(text, run[-1].end, token.start)):
                continue  # "онда", "оны", "бірі": the ending makes a common word of it unless a number runs on
            if (
                token.kind == "units"
                and m.group(0).lower() in PRONOUN_ONE_WORDS
                and (
                    PRONOUN_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
                    or PRONOUN_AFTER_RE.match(text, m.end())
                )
            ):
                continue  # "no one", "ни один", "one of the observers", "одному из": a pronoun
            if token.kind == "ordinals":
                flush()
                out.append(Number("ordinal", token.value, token.start, token.end, m.group(0), worded=True))
                continue
        else:
            token = _spaced_decimal(text, m, language, taken) or _digits_token(m, text, language)
            skip_to = token.end
        if run:
            if GAP_RE.fullmatch(text, run[-1].end, token.start) or _spoken_group(
                    text, run[-1], token, m.lastgroup, language):
                gaps.append(text[run[-1].end : token.start])
                run.append(token)
                continue
            flush()
        gaps.append("")
        run.append(token)
    flush()
    return out


def _number(kind: str, c: Composed, text: str, end: int | None = None) -> Number:
    stop = c.end if end is None else end
    return Number(kind, c.value, c.start, stop, text[c.start : stop], worded=c.worded)  # type: ignore[arg-type]


def _is_item_mark(text: str, c: Composed) -> bool:
    """ "1)" or "1. Text" at the start of a line, of the text, or after ";" / ":"; "1." standing alone (a numbered
    point the sentence splitter cut from its text)."""
    if text.strip() in {f"{text[c.start:c.end]}.", f"{text[c.start:c.end]})"}:
        return True
    if not _ITEM_MARK_RE.match(text, c.end):
        return False
    lo = max(0, c.start - 12)
    before = text[lo : c.start]
    cut = before.rfind("\n")
    if cut >= 0:
        before = before[cut + 1 :]
    elif lo > 0 and before.strip(_ITEM_BEFORE_STRIP) and not before.rstrip().endswith((";", ":")):
        return False
    stripped = before.strip(_ITEM_BEFORE_STRIP)
    return stripped == "" or stripped.endswith((";", ":"))


class _Marks(NamedTuple):
    """Positions right after an article/point word ("статья ") and after a counting word ("более ")."""

    listed: set[int]
    counting: set[int]


def _year_before_noun(text: str, c: Composed, marks: _Marks) -> bool:
    """1990-2030 before a counted noun is a year right after "in"/"в"/"за" ("In 2019 protesters"), except before a
    Russian locative plural ("в 2000 избирательных участках"); "2000 protesters" alone stays a count. (A year or
    date elsewhere in the sentence is not taken as a sign: "1990 года, 1990 избирателей" is a year and a count.)"""
    if not 1990 <= c.value <= 2030 or c.start in marks.counting:
        return False
    if YEAR_PREPOSITION_BEFORE_RE.search(text, max(0, c.start - 8), c.start):
        return not LOCATIVE_PLURAL_AFTER_RE.match(text, c.end)
    return False


def _classify(text: str, c: Composed, previous: Number | None, marks: _Marks) -> Number:
    share = SHARE_AFTER_RE.match(text, c.end)
    if share:
        return _number("share", c, text, share.end())
    lone_int = c.tokens == 1 and c.first.kind == "int"
    if lone_int:
        listed = LIST_SUFFIX_RE.match(text, c.end)
        if listed:
            return _number("list_number", c, text, listed.end())
        ordinal = ORDINAL_SUFFIX_RE.match(text, c.end)
        if ordinal:
            return _number("ordinal", c, text, ordinal.end())
        if c.start in marks.listed or _is_item_mark(text, c):
            return _number("list_number", c, text)
        if (
            previous is not None
            and previous.kind == "list_number"
            and 0 <= c.start - previous.end <= 8
            and LIST_JOIN_RE.match(text, previous.end, c.start)
        ):
            return _number("list_number", c, text)
    if DECIMAL_AFTER_RE.match(text, c.end):
        return _number("decimal", c, text)
    if c.worded and 0 <= c.value <= 23 and c.value == int(c.value) and (hour := HOUR_WORD_AFTER_RE.match(text, c.end)) \
            and not DURATION_BEFORE_RE.search(text, max(0, c.start - 16), c.start):
        # "к пяти часам": a time; "за пять часов" counts hours (a duration, below)
        h = int(c.value)
        return Number("clock", h, c.start, hour.end(), text[c.start : hour.end()], clock=f"{h:02d}:00", worded=True)
    if lone_int and c.end - c.start == 4 and 1900 <= c.value <= 2099:
        year_word = YEAR_AFTER_RE.match(text, c.end)
        if year_word:
            return _number("year", c, text, year_word.end())
        counted = c.start in marks.counting or COUNTED_NOUN_AFTER_RE.match(text, c.end)
        if not counted or _year_before_noun(text, c, marks) or YEAR_SINGULAR_NOUN_AFTER_RE.match(text, c.end):
            return _number("year", c, text)
    if c.value != int(c.value):
        return _number("decimal", c, text)
    count = _number("count", c, text)
    unit = MEASURE_AFTER_RE.match(text, c.end)
    return replace(count, measure=unit.lastgroup) if unit else count


# --- the helpers of the former sources/numbers.py, on top of read_numbers -------------------------------------
EN_MONTHS: dict[str, int] = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], start=1)
}  # fmt: skip
_PLAIN_COUNT_RE = re.compile(rf"[1-9]\d{{0,2}}(?:(?:{SP}|,)\d{{3}})+|\d+")
_PERCENT_CELL_RE = re.compile(rf"(?P<v>\d{{1,3}}(?:[.,]\d+)?)(?:{SHARE_AFTER_RE.pattern})?{SP}*", re.IGNORECASE)


def parse_decimal(text: str) -> float:
    """ "70,96" or "70.96" → 70.96."""
    return float(text.replace(",", ".").strip())


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every date that names its year: "9 июня 2019", "09.06.2019", "9 June 2019", "2019-06-09", in order."""
    return [(n.date, n.start, n.end) for n in read_numbers(text) if n.kind == "date" and n.date is not None]


def find_clock(text: str) -> str | None:
    """The first clock time of the text as 'HH:MM' ("на 20 часов" → '20:00'), None if there is none."""
    return next((n.clock for n in read_numbers(text) if n.kind == "clock"), None)


def find_percents(text: str, language: Language | None = None) -> list[Number]:
    """The shares of the text ("70,96 %", "77,5 процента"); `.value` is the per cent."""
    return [n for n in read_numbers(text, language) if n.kind == "share"]


def find_amounts(text: str, language: Language | None = None) -> list[Number]:
    """The counts of the text (never a date, clock time, year, share or list number); `.value` is the count."""
    return [n for n in read_numbers(text, language) if n.kind == "count"]


def parse_count(text: str, language: Language | None = None) -> int:
    """The single count a table cell or phrase holds; ValueError if there is none or several.

    A cell that is only digits ("2019", "8,300,046") is a count whatever its value: in a table the column says
    what it is.
    """
    cell = text.strip()
    if _PLAIN_COUNT_RE.fullmatch(cell):
        return int(re.sub(r"\D", "", cell))
    counts = find_amounts(cell, language)
    if len(counts) != 1:
        raise ValueError(f"expected one count in {text!r}, found {len(counts)}")
    return int(counts[0].value)


def parse_percent_cell(text: str) -> float:
    """A table cell holding a share: "70,96", "77.50", "5,2 %", "12,3 пайыз"; ValueError otherwise."""
    m = _PERCENT_CELL_RE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"not a percentage: {text!r}")
    return parse_decimal(m.group("v"))


__all__ = [
    "EN_MONTHS",
    "find_amounts",
    "find_clock",
    "find_dates",
    "find_percents",
    "month_number",
    "parse_count",
    "parse_decimal",
    "parse_percent_cell",
    "read_numbers",
]
