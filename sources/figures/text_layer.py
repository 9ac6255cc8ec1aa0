"""The one place `sources/figures` and `sources/cec` reach the text layer (`sources/text/`).

Every number and every sentence comes from `sources.text`; this module only adapts its spans to the
plain strings the binder works on and keeps the figures (counts and shares) apart from clock times,
dates, years and list numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from sources import text as text_layer
from sources.text import Number
from sources.text.vocab import alternation
from sources.text.vocab import load as load_vocab


def read_numbers(text: str, language: str) -> list[Number]:
    """Every number of the text, classified (count, share, clock, date, year, ...), in text order."""
    return sorted(text_layer.read_numbers(text, language), key=lambda n: n.start)  # type: ignore[arg-type]


HOUR_RE = re.compile(r"(?<!\w)(?:к|на|до)\s+(\d{1,2})\s+час(?:ам|ов|а|у)?(?!\w)", re.I)
HOUR_WORD_RE = re.compile(r"\s*(?:час|часа|часам|часов|часу|o'clock)(?!\w)")
RUN_GAP = 60  # characters between two items of one run of figures ("Ақмола облысы – 72,8, БҚО – 62,4")


def figures(text: str, language: str) -> list[Number]:
    """Only the counts and shares: the numbers a claim may take.

    A share word written once for a run ("2,6 и 1,2 процента", "Ақмола облысы – 72,8, …, Шымкент қаласы –
    56,5 пайыз") makes every number of the run a share: the decimals, and its small whole numbers when
    the run is mostly decimals."""
    numbers = [n for n in read_numbers(text, language) if (n.is_figure or n.kind == "decimal")
               # "в течение 10 дней", "50 000 тенге": days or tenge, never voters or votes
               and n.measure is None
               # "(GMT+4)", "UTC+5": a time zone, never a figure
               and not re.search(r"(?:GMT|UTC)\s*[+−-]\s*$", text[max(0, n.start - 6): n.start])
               # "к 20 часам", "сағат 18-ге дейін": an hour the text layer left a count
               and not (n.kind == "count" and HOUR_WORD_RE.match(text[n.end:]))]
    out: list[Number] = []
    run: list[Number] = []
    for n in numbers:
        joined = run and n.start - run[-1].end <= RUN_GAP and not re.search(r"\d", text[run[-1].end: n.start])
        if not joined:
            out += [m for m in run if m.kind != "decimal"]
            run = []
        if n.kind == "share":
            out += [*_as_shares(run), n]
            run = []
        elif n.kind == "decimal" or (n.kind == "count" and n.value <= 100 and not n.worded
                                     and re.match(r"\s*[,;–—-]", text[n.end:])):  # not "8 мандатов"
            run.append(n)
        else:
            out += [m for m in run if m.kind != "decimal"] + [n]
            run = []
    out += [m for m in run if m.kind != "decimal"]
    return sorted(out, key=lambda n: n.start)


def _as_shares(run: list[Number]) -> list[Number]:
    decimals = sum(1 for n in run if n.kind == "decimal")
    whole_too = len(run) >= 2 and decimals * 2 >= len(run)  # the run and its share word: three items at least
    return [replace(n, kind="share") if n.kind == "decimal" or whole_too else n for n in run]


def split_sentences(text: str) -> list[str]:
    # the sentence as written (no-break spaces kept), so that evidence is a verbatim piece of the page
    return [text[s.start: s.end].strip() for s in text_layer.split_sentences(text) if s.text.strip()]


def split_clauses(sentence: str) -> list[str]:
    """A sentence's clauses (semicolon parts): the unit a figure is bound in."""
    return [sentence[s.start: s.end].strip() for s in text_layer.split_clauses(sentence) if s.text.strip()]


def parse_count(cell: str, language: str) -> int:
    return text_layer.parse_count(cell, language)  # type: ignore[arg-type]


def parse_percent_cell(cell: str) -> float:
    return text_layer.parse_percent_cell(cell)


def find_clock(text: str) -> str | None:
    return text_layer.find_clock(text)


NUMERIC_DATE_RE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def stated_clock(paragraph: str) -> str | None:
    """The hour a paragraph's figures are "as of": its first clock time, a wire timestamp opening the
    paragraph ("09:55 (GMT+4) … as of 10.00") passed over when another clock follows."""
    numbers = read_numbers(paragraph, "ru")
    # "Zakon.kz 15.03.2026 16:22", "03.04.2011 12:44": a clock right after a numeric date stamps the page
    # (not "по состоянию на 19.03.2023 14:00", where an as-of word opens the date)
    stamps = {n.start for n in numbers if n.kind == "clock" and any(
        d.kind == "date" and NUMERIC_DATE_RE.fullmatch(d.text) and not paragraph[d.end: n.start].strip(" ,")
        and not _as_of_before().search(paragraph[max(0, d.start - 20): d.start]) for d in numbers)}
    clocks = [n for n in numbers if n.kind == "clock" and n.clock and n.start not in stamps
              and not _schedule(paragraph, n) and not other_zone(paragraph, n)]
    if len(clocks) > 1 and not paragraph[: clocks[0].start].strip():
        clocks = clocks[1:]
    if not clocks and (hour := HOUR_RE.search(paragraph)) and int(hour.group(1)) < 24:
        return f"{int(hour.group(1)):02d}:00"  # "к 20 часам", which the text layer leaves unread
    if not clocks:
        return spoken_hour(paragraph)
    return figure_hour(clocks[0])


_TWELVE_AM_RE = re.compile(r"12(?:[:.]00)?\s*a\.?\s?m\b", re.I)


def figure_hour(number: Number) -> str | None:
    """The hour a clock gives a figure: "as of 12:00 a.m." in a wire's bulletin is noon (the press writes noon so;
    no figure of the vote is as of midnight, when no station is open and none has yet counted)."""
    if number.clock == "00:00" and _TWELVE_AM_RE.match(number.text):
        return "12:00"
    return number.clock


@cache
def _other_zone_after() -> re.Pattern[str]:
    words = load_vocab("number_contexts")["clock"]["other_zone_after"]
    return re.compile(rf"[\s/)]*(?:{alternation(words)})(?!\w)", re.I)


def other_zone(text: str, number: Number) -> bool:
    """A clock right followed by another zone's name ("07:00 мск", "15:00 GMT"): a conversion, never the hour of
    a figure."""
    return _other_zone_after().match(text, number.end) is not None


@cache
def _as_of_before() -> re.Pattern[str]:
    """The words that open an as-of time ("по состоянию на", "as of", "сағат"), right before a date."""
    words = [w for w in load_vocab("number_contexts")["clock"]["before"]
             if w not in load_vocab("number_contexts")["clock"]["schedule_before"]]
    return re.compile(rf"(?<!\w){alternation(words)}\s*$", re.I)


@cache
def _schedule_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    clock = load_vocab("number_contexts")["clock"]
    before = re.compile(rf"(?<!\w){alternation(clock['schedule_before'])}\s*$", re.I)
    range_to = re.compile(rf"\s*{alternation(clock['range_to'])}\s*\d", re.I)
    range_from = re.compile(rf"-?{alternation(clock['range_from_suffixes'])}$", re.I)
    return before, range_to, range_from


@cache
def _clause_verb_pattern(key: str) -> re.Pattern[str]:
    verbs = load_vocab("number_contexts")["clock"][key]
    return re.compile(rf"(?<!\w){alternation(verbs, stems=True)}", re.I)


def _clock_clause(paragraph: str, clock: Number) -> str:
    starts = [m.end() for m in re.finditer(r"[,;.!?](?:\s|$)", paragraph[: clock.start])]
    ends = re.search(r"[,;.!?](?:\s|$)", paragraph[clock.end:])
    return paragraph[(starts[-1] if starts else 0): clock.end + (ends.start() if ends else len(paragraph))]


def _opens_or_closes(paragraph: str, clock: Number) -> bool:
    """The clock's clause (between commas or stops) opens or closes the polls ("учаскелер жетіде ашылып"), or says
    when something was told ("told a briefing at 10:30")."""
    clause = _clock_clause(paragraph, clock)
    return any(_clause_verb_pattern(key).search(clause) for key in ("schedule_verbs", "speech_verbs"))


@cache
def _next_release_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(load_vocab('number_contexts')['clock']['next_release'])}(?!\w)", re.I)


@cache
def _promised_after_pattern() -> re.Pattern[str]:
    promised = load_vocab("number_contexts")["clock"]["next_release_after"]
    return re.compile(rf"(?<!\w){alternation(promised, stems=True)}", re.I)


def _next_release(paragraph: str, clock: Number) -> bool:
    """The clock stands in a sentence announcing the next bulletin: when the next figures come."""
    starts = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", paragraph[: clock.start])]
    sentence = paragraph[(starts[-1] if starts else 0): clock.start]
    end = re.search(r"[.!?](?:\s|$)", paragraph[clock.end:])
    rest = paragraph[clock.end: clock.end + end.start() if end else len(paragraph)]
    # the promise may stand before the clock too: "Следующие оперативные данные о явке будут представлены на 16.00"
    return _next_release_pattern().search(sentence) is not None or _promised_after_pattern().search(
        f"{sentence} {rest}") is not None


def _schedule(paragraph: str, clock: Number) -> bool:
    """"до 20.00", "until 20:00", "с 7.00 до 20.00", "07.00-ден 20.00-ге дейін": the hours polls are open, no
    hour a figure is "as of"."""
    before, range_to, range_from = _schedule_patterns()
    if before.search(paragraph[max(0, clock.start - 12): clock.start]) or range_to.match(paragraph, clock.end):
        return True
    if _next_release(paragraph, clock) or _opens_or_closes(paragraph, clock):
        return True
    clocks = [n for n in read_numbers(paragraph, "kk") if n.kind == "clock"]
    i = next((k for k, n in enumerate(clocks) if n.start == clock.start), None)
    if i is None:
        return False

    def opens_range(k: int) -> bool:  # a "from" clock with the next clock right after it
        return (k + 1 < len(clocks) and bool(range_from.search(clocks[k].text))
                and not paragraph[clocks[k].end: clocks[k + 1].start].strip())
    return opens_range(i) or (i > 0 and opens_range(i - 1))


def spoken_hour(text: str) -> str | None:
    """"by ten in the morning", "к полудню": an as-of hour in words (`spoken_hours` of every lexicon)."""
    from sources.lexicon import all_lexicons  # the lexicons load YAML: only when no digit clock is stated

    lowered = text.lower()
    found = [(lowered.find(phrase.lower()), str(hour)) for lexicon in all_lexicons()
             for phrase, hour in lexicon.mapping("spoken_hours").items() if phrase.lower() in lowered]
    return min(found)[1] if found else None
