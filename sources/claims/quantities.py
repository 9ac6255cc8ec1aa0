"""Counts as reports word them, turned into a (low, high) range by a written rule.

A figure keeps its qualifier, normalised to one English word or phrase; the range follows from the
qualifier and the figure N as written:

=================  ==========================================================  ===================
qualifier          written as (English; Russian; Kazakh)                       range (low, high)
=================  ==========================================================  ===================
exact              a bare count; "a total of", "in total"; всего, в общей      N, N
                   сложности; барлығы
approximately      approximately, approx., some, about, around, roughly,       N, N
                   an estimated, circa; около, порядка, примерно,
                   приблизительно; шамамен, "500-дей"
nearly             nearly, almost, close to, just under; почти, без малого;    N, N (a point
                   "500-ге жуық"                                               estimate, as for
                                                                               approximately; the
                                                                               qualifier keeps
                                                                               the direction)
at least           at least, no fewer/less than, a minimum of, "N or more";    N, open
                   не менее, не меньше, как минимум, минимум, "N и более";
                   кемінде
more than          more than, over, in excess of, upwards of, above; более,    N, open (N itself
                   свыше, больше, "N с лишним"; "500-ден астам", астам          excluded: the
                                                                               qualifier says so)
less than          less than, fewer than, below; менее, меньше; "500-ден кем"  open, N
up to              up to, as many as, at most, no more than, a maximum of;     open, N
                   до, вплоть до, не более, не больше, максимум; "500-ге
                   дейін"
between            between N and M, N–M; от N до M                             N, M
=================  ==========================================================  ===================

Words that stand for a count (no figure is written, so no figure is kept; the range is the rule's):

=================  ==========================================================  ===================
qualifier          written as                                                  range (low, high)
=================  ==========================================================  ===================
a few              a few, a handful of                                         2, 5
several            several; несколько; бірнеше                                 3, 9
dozens             dozens of                                                   24, 99
tens               tens of; десятки; ондаған                                   20, 99
hundreds           hundreds of; сотни; жүздеген                                200, 999
thousands          thousands of; тысячи; мыңдаған                              2,000, 9,999
tens / hundreds    tens of thousands, hundreds of thousands; десятки /         20,000, 99,999 /
of thousands       сотни тысяч                                                 200,000, 999,999
several/a few +    several dozen / hundred / thousand; несколько десятков /    the word's range
scale              сотен / тысяч; бірнеше жүз / мың                            times the scale
                                                                               (12, 10, 100, 1,000)
many               many, numerous, a large number of; многие,                  open, open
                   многочисленные; көптеген
a number of        a number of                                                 open, open
(a figure)         около / более / почти сотни, тысячи (genitive singular)     100, 1,000 with the
                                                                               qualifier's range
(a figure)         two / three ... ten dozen; десяток, с десяток, около /      12 × N, 10: qualifier
                   более десятка (the oblique cases only after a qualifier)    'approximately' unless
                                                                               one is written
scores             scores of                                                   40, 199
=================  ==========================================================  ===================

An infraction keeps one `value`, the figure as written: count words and "between" ranges give
detention ranges but no infraction value, so such infractions are not recorded until the record
carries a range (a proposed `value_min`/`value_max`).

Shares (of observations, polling stations): "half" 50, "a third" 33.3, "two thirds" 66.7,
"a quarter" 25, "three quarters" 75, "a fifth" 20, "a tenth" 10, "N per cent" / "N %" / "N процентов" / "N пайыз" N;
"a/the majority" is 50 with qualifier 'more than' unless another qualifier is written. Fractions: "one in
four", "one out of five", "two out of three", "every fourth", "каждом четвертом", "әрбір төртінші", "үштен бірі" are
100 × N / M. The
qualifiers above apply to shares too: "more than half" is 50, 'more than'.

Numbers are read by the text layer (`sources.text.numbers.read_numbers`): only its counts and shares are
figures; its dates, clock times, years, ordinals and list numbers never are. On top of it, numbers that are no
count of people or infractions -- durations, ages, money, years after a preposition, the denominator in
"12 of 80" -- are masked by `non_count_spans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sources.claims.count_words import (
    DOZEN_MULTIPLES,
    HUNDRED_MULTIPLES,
    HUNDREDS_COUNTED,
    MAJORITY_WORDS,
    POSTFIX_QUALIFIERS,
    PREFIX_QUALIFIERS,
    SCALE_WORDS,
    SHARE_WORDS,
    SINGULAR_AFTER_QUALIFIER,
    TEN_MULTIPLES,
    TEN_WORDS,
    TENS_COUNTED,
    VAGUE_RANGES,
    VAGUE_SCALES,
)
from sources.claims.spans import Coverage
from sources.text import Number
from sources.text.numbers import read_numbers

FLAGS = re.IGNORECASE

# --- the rule table -----------------------------------------------------------------------------------
# The written qualifiers (PREFIX_QUALIFIERS, POSTFIX_QUALIFIERS) are count_words.py's data.


def bounds(qualifier: str, figure: float) -> tuple[float | None, float | None]:
    """The range a qualified figure stands for (see the table above); None = open."""
    if qualifier in {"exact", "approximately", "nearly"}:
        # Point estimates: a bound the sentence does not write (0.9 N) could not be checked against it.
        return figure, figure
    if qualifier in {"at least", "more than"}:
        return figure, None
    if qualifier in {"less than", "up to"}:
        return None, figure
    raise ValueError(f"no range rule for qualifier {qualifier!r}")


@dataclass(frozen=True)
class Quantity:
    """One count (or share) in a text, with its qualifier and range."""

    start: int  # span in the text, qualifier included
    end: int
    qualifier: str
    figure: float | None  # as written; None for count words ("dozens") and "many"
    low: float | None
    high: float | None
    share: bool = False  # a per cent of something (0-100)

    @property
    def written(self) -> bool:
        """A figure is written down (not only a word like "dozens")."""
        return self.figure is not None


# --- regular expressions --------------------------------------------------------------------------------
def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_SP = r"[ \u00a0\u202f\u2009]"
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?"
_SCALE = rf"(?:{_SP}*(?P<scale>{_alternation(SCALE_WORDS)})(?![\w]))?"
_PREFIX = rf"(?:(?P<pre>{_alternation(PREFIX_QUALIFIERS)}){_SP}+)?"
_POSTFIX = "|".join(f"(?P<post{i}>{p})" for i, (p, _) in enumerate(POSTFIX_QUALIFIERS))

_RANGE_OPENS_RE = re.compile(r"(?:(?<![\w-])от|between|между|арасында)[ \u00a0]+$", FLAGS)
_RANGE_JOINS_RE = re.compile(r"[ \u00a0]+(?:до|and|и)[ \u00a0]+", FLAGS)


def _worded_ranges(text: str) -> list[tuple[Number, Number]]:
    """Ranges written in number words: "от трех до пяти", "between five and eight" (the digits' are RANGE_RE's)."""
    counts = [n for n in read_numbers(text) if n.kind == "count"]
    return [(a, b) for a, b in pairwise(counts) if (a.worded or b.worded) and a.value < b.value
            and _RANGE_OPENS_RE.search(text, max(0, a.start - 12), a.start)
            and _RANGE_JOINS_RE.fullmatch(text, a.end, b.start)]


# "between 300 and 500", "от 300 до 500", "300–500"; a bare "N and M" is two counts, not a range.
RANGE_RE = re.compile(
    rf"(?:(?:between|между){_SP}+(?P<a1>{_DIGITS}){_SP}+(?:and|и)|от{_SP}+(?P<a2>{_DIGITS}){_SP}+до"
    rf"|(?<![\w.,\-/])(?P<a3>{_DIGITS}){_SP}*[–—-])"
    rf"{_SP}*(?P<b>{_DIGITS}){_SCALE}(?![\w%])",
    FLAGS,
)
VAGUE_RE = re.compile(
    rf"{_PREFIX}(?P<v>(?:several|a\s+few|несколько|бірнеше){_SP}+(?P<vs>{_alternation(VAGUE_SCALES)})"
    rf"|{_alternation(VAGUE_RANGES)})(?![\w-])(?:{_SP}+of\b)?",
    FLAGS,
)
SHARE_RE = re.compile(
    # a Russian preposition may stand between the qualifier and the word: "более чем на трети участков"
    rf"{_PREFIX}(?(pre)(?:(?:на|в|во){_SP}+)?)(?<![\w-])(?P<w>{_alternation(SHARE_WORDS)})(?![\w-])"  # not "be|half"
    rf"(?:{_SP}+(?:астам|артық)\w*)?",
    FLAGS,
)
_DENOMINATORS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
    "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "оныншы": 10,
}  # fmt: skip
_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "one in four", "one out of five", "two out of three", "every fourth", "каждом четвертом", "әрбір төртінші".
FRACTION_RE = re.compile(
    rf"{_PREFIX}(?:(?:(?P<n>one|two|three|four|(?<![\d.,])[1-4]){_SP}+(?:in|out{_SP}+of|of(?={_SP}+every)){_SP}+(?:every{_SP}+)?"
    # not "one by one in 44 per cent": a share's figure is no denominator
    rf"(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})(?![\w,.]\d)(?!{_SP}*(?:%|per{_SP}*cent|percent))"
    rf"|every{_SP}+(?P<e>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    rf"|кажд\w+{_SP}+(?P<r>втор|трет|четв|пят|шест|седьм|восьм|девят|десят)\w*"
    # the Kazakh ordinal may carry its possessive and case: "әрбір төртіншісінде" (in every fourth of them)
    rf"|әрбір{_SP}+(?P<k>екінші|үшінші|төртінші|бесінші|алтыншы|оныншы)(?:с[іы](?:нде|нда|н|не|на)?)?"
    # "үштен бірінде" (in one of three), "бестен бірі": the denominator in the ablative, then "бір" with its case
    rf"|(?P<kd>үштен|төрттен|бестен|оннан){_SP}+(?P<kn>бір|екі)(?:і|і?нде|іне|ін)?)(?![\w-])"
    # "үштен бірінен астамында" (in more than one of three): the ablative before "астам", its qualifier after
    rf"|(?P<kd2>үштен|төрттен|бестен|оннан){_SP}+(?P<kn2>бір|екі)і(?=нен{_SP}+(?:астам|артық|артығ)))",
    FLAGS,
)
A_DOZEN_RE = re.compile(r"(?<![\w-])an?\s+dozen(?![\w-])(?!\s+of\b)", FLAGS)
# "two dozen", "около десятка", "с десяток": a round figure written as a word (count_words.DOZEN_MULTIPLES, TEN_WORDS)
ROUND_WORD_RE = re.compile(
    rf"(?<![\w-]){_PREFIX}(?:(?P<n>{_alternation(DOZEN_MULTIPLES)}){_SP}+dozen|(?:с{_SP}+)?(?P<ten>{_alternation(TEN_WORDS)})"
    rf"|(?P<tm>{_alternation(TEN_MULTIPLES)}){_SP}+(?:{_alternation(TENS_COUNTED)})"
    rf"|(?P<hm>{_alternation(HUNDRED_MULTIPLES)}){_SP}+(?:{_alternation(HUNDREDS_COUNTED)}))"
    r"(?![\w-])",
    FLAGS,
)
_HUNDREDS_MULTIPLIED_RE = re.compile(rf"(?<![\w-])(?:{_alternation(HUNDRED_MULTIPLES)}){_SP}+$", FLAGS)
PREFIX_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<pre>{_alternation(PREFIX_QUALIFIERS)}){_SP}+$", FLAGS)
POSTFIX_AFTER_RE = re.compile(rf"(?:{_POSTFIX})(?![\w%])", FLAGS)

# "in 2019" is a year, but "in 2000 polling stations", "up to 1900 activists" are counts.
_COUNTED_NOUNS = (
    r"people|persons|protesters|demonstrators|journalists|activists|observers|detainees|complaints|violations"
    r"|reports|cases|polling|человек|граждан|участник|жалоб|нарушени|сообщени|адам"
)
# Numbers that are never counts of people or infractions.
NON_COUNT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, FLAGS)
    for p in (
        # article, paragraph, page, number: "Article 69", "No. 5", "статьей 69", "бабы 5"
        r"\b(?:art(?:icle)?s?\.?|sections?|sec\.|paragraphs?|paras?\.?|parts?|points?|chapters?|clauses?|annex"
        r"|pages?:?|p\.|pp\.|nos?\.|nr\.|№|resolution|decree|стать\w*|ст\.|пункт\w*|п\.|подпункт\w*|част\w*"
        r"|глав\w*|бап\w*|тармақ\w*)\s*\d+(?:[.\-]\d+)*(?:\s*(?:,|and|и|–|-)\s*\d+(?![\d,]))*",
        # clock times, durations, ages
        r"\b\d{1,2}:\d{2}\b",
        r"\bсағат\s+\d{1,2}(?:[-:.]\d{2})?(?:-?(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен))?(?![\w-])",  # 9-30-да
        r"\b(?:at|until|till|by|from|в|до|с|к)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hours?|h\b|o'clock"
        r"|час\w*|сағат\w*)",
        r"\b\d+(?:[.,]\d+)?(?:\s*|-)(?:days?|weeks?|months?|years?|hours?|minutes?|суток|сутки|дн\w+|недел\w*"
        r"|месяц\w*|час\w*|минут\w*|лет|год\w*|тәулік\w*|күн\w*|апта\w*|ай|жыл\w*|сағат\w*)(?![\w])",
        # a duration in words between the people and their verb: "шамамен бір сағатқа", "примерно на час", "for about
        # an hour", "на пару часов", "бір тәулікке"
        r"(?<![\w-])(?:(?:шамамен|примерно|около|почти|about|around|nearly)\s+)?(?:(?:на|for)\s+(?:about\s+|around\s+)?)?"
        r"(?:(?:бір|екі|үш|пару|несколько|an?|one|two|three|several)\s+)?"
        r"(?:сағат(?:қа|қа дейін|тай)?|час(?:а|ов)?|сутки|суток|тәулікке|hours?)(?![\w-])",
        r"\b\d+-year-old\b|\baged\s+\d+|\b\d+[-\s]?летн\w*|\b\d+\s+жаст(?:ағы|а|ар)\b|\b\d+\s+жасар\b",  # ages
        # years: a sentence that opens "In 2019 ..." speaks of a year, whatever follows
        r"(?:^|[.;:!?]\s*)(?:in|since|by|during|until|till|for|в|с|до|к)\s+(?:19|20)\d{2}\b",
        r"\b(?:in|since|until|till|by|of|from|(?<!up\s)to|before|after|during|for|в|с|до|по|к|на|от|за)\s+"
        r"(?:(?:early|late|mid)[- ])?(?:19|20)\d{2}\b(?:\s*(?:–|-|to|and)\s*(?:19|20)?\d{2,4})?"
        rf"(?!\s+(?:{_COUNTED_NOUNS}))",
        r"\b(?:19|20)\d{2}(?:\s*(?:years?|г\.|года|году|год|жыл\w*|ж\.))",
        r"\b(?:19|20)\d{2}[-–](?:19|20)?\d{2}\b",
        # ordinals: "13th", "2-й", "5-ші"
        r"\b\d+(?:st|nd|rd|th)\b|\b\d+-(?:й|я|е|го|му|м|х|ый|ой|ая|ое|ші|шы|інші|ыншы)\b",
        # money and fines
        r"\b\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:[.,]\d+)?\s*(?:(?:million|thousand|billion|млн|млрд|тыс|тысяч\w*"
        r"|миллион\w*|миллиард\w*|мың|миллион)\.?\s+)?"  # "172,5 тысячи тенге", "1,5 млн теңге"
        r"(?:KZT|tenge|тенге|теңге|USD|EUR|MCI|MRP|МРП|АЕК|euros?|dollars?)\b|[$€£]\s?\d[\d,.]*",
        # denominators: "12 of (the) 80 polling stations"
        r"(?<=\d)\s+(?:of|out\s+of|из)\s+(?:the\s+)?(?:total\s+of\s+)?\d[\d,]*",
        # ... and after a share in words: "почти в трети из 150 участков", "в половине из 80", "a third of the 150"
        r"(?:(?<=трети)|(?<=третей)|(?<=половине)|(?<=половины)|(?<=четверти)|(?<=четвертей)|(?<=третьем)"
        r"|(?<=четвертом)|(?<=пятом)|(?<=десятом))\s+из\s+\d[\d,]*"
        r"|(?:(?<=third)|(?<=quarter)|(?<=half))\s+of\s+(?:the\s+)?\d[\d,]*",
        # identifiers and ranks in lists: "ID=5102", "#3"
        r"[=#]\d+",
    )
)  # fmt: skip


def non_count_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text whose numbers are not counts (see the module docstring)."""
    return [m.span() for pattern in NON_COUNT_PATTERNS for m in pattern.finditer(text)]


# --- parsing ---------------------------------------------------------------------------------------------
def parse_number(written: str, scale: str | None = None) -> float | None:
    """The value of one written number ("4,000", "4 000", "1,5" with "тыс.", "twenty-one", "семь"), read by the
    text layer."""
    numbers = read_numbers(f"{written} {scale}" if scale else written)
    return numbers[0].value if numbers and numbers[0].kind in ("count", "decimal", "share") else None


def _prefix_qualifier(match: re.Match[str]) -> str | None:
    pre = match.group("pre")
    return PREFIX_QUALIFIERS.get(re.sub(r"\s+", " ", pre.lower())) if pre else None


def _fraction(m: re.Match[str]) -> float | None:
    if m.group("kd") or m.group("kd2"):
        numerator = {"бір": 1, "екі": 2}[(m.group("kn") or m.group("kn2")).lower()]
        denominator = {"үштен": 3, "төрттен": 4, "бестен": 5, "оннан": 10}[(m.group("kd") or m.group("kd2")).lower()]
    elif m.group("n"):
        numerator = _NUMERATORS[m.group("n").lower()]
        denominator = _DENOMINATORS.get(m.group("d").lower()) or (int(m.group("d")) if m.group("d").isdigit() else 0)
    else:
        numerator = 1
        word = (m.group("e") or m.group("r") or m.group("k")).lower()
        denominator = _DENOMINATORS.get(word, 0)
    if denominator < 2 or numerator >= denominator:
        return None
    return round(100 * numerator / denominator, 1)


def _qualifier_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier written before or after a number, and the span it takes with the number."""
    pre = PREFIX_BEFORE_RE.search(text, max(0, start - 40), start)
    before = PREFIX_QUALIFIERS.get(re.sub(r"\s+", " ", pre.group("pre").lower())) if pre else None
    post = POSTFIX_AFTER_RE.match(text, end)
    if post and post.end() > end:
        for i, (_, qualifier) in enumerate(POSTFIX_QUALIFIERS):
            if post.group(f"post{i}"):
                if pre and before in ("at least", "more than", "up to", "less than"):
                    return before, pre.start(), post.end()  # "кемі жүз шақты": at least, about a hundred
                return qualifier, start, post.end()
    if pre and before:
        return before, pre.start(), end
    return "exact", start, end


def find_quantities(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every count, count word and share in the text, in order, none inside a masked span."""
    masks = Coverage(len(text), [*masked, *non_count_spans(text)])
    taken = Coverage(len(text))
    found: list[Quantity] = []

    def add(quantity: Quantity, core: tuple[int, int]) -> None:
        if masks.free(*core) and taken.free(quantity.start, quantity.end):
            found.append(quantity)
            taken.take(quantity.start, quantity.end)

    for m in FRACTION_RE.finditer(text):
        figure = _fraction(m)
        if figure is not None:
            qualifier = _prefix_qualifier(m) or ("more than" if m.group("kd2") else "exact")
            add(Quantity(m.start(), m.end(), qualifier, figure, *bounds(qualifier, figure), share=True), m.span())
    for m in SHARE_RE.finditer(text):
        qualifier = _prefix_qualifier(m)
        word = re.sub(r"\s+", " ", m.group("w").lower())
        figure = SHARE_WORDS[word]
        if re.search(r"(?:астам|артық)\w*$", m.group(0), FLAGS) or (qualifier is None and word in MAJORITY_WORDS):
            qualifier = "more than"
        qualifier = qualifier or "exact"
        add(Quantity(m.start(), m.end(), qualifier, figure, *bounds(qualifier, figure), share=True), m.span("w"))
    for m in RANGE_RE.finditer(text):
        first = m.group("a1") or m.group("a2") or m.group("a3")
        a, b = parse_number(first, m.group("scale")), parse_number(m.group("b"), m.group("scale"))
        if a is not None and b is not None and a < b:
            add(Quantity(m.start(), m.end(), "between", None, a, b), m.span())
    for a, b in _worded_ranges(text):  # "от трех до пяти человек", "between five and eight people"
        add(Quantity(a.start, b.end, "between", None, a.value, b.value), (a.start, b.end))
    for m in VAGUE_RE.finditer(text):
        if re.search(r"\d[\s\u00a0]*$", text[max(0, m.start("v") - 3) : m.start("v")]):
            continue  # "4 тысячи человек" is a count, not "thousands"
        if _HUNDREDS_MULTIPLIED_RE.search(text, max(0, m.start("v") - 12), m.start("v")):
            continue  # "две сотни человек": two hundred (ROUND_WORD_RE), not "hundreds"
        word = re.sub(r"\s+", " ", m.group("v").lower())
        scale = m.group("vs")
        if scale:
            base = "a few" if word.startswith("a few") else "several"
            qualifier, low, high = VAGUE_RANGES[base]
            factor = VAGUE_SCALES[scale.lower()]
            low, high = (low or 0) * factor, (high or 0) * factor
        else:
            qualifier, low, high = VAGUE_RANGES[word]
            before = _prefix_qualifier(m)
            if before is not None and word in SINGULAR_AFTER_QUALIFIER:
                # "около сотни", "более тысячи": the genitive of one hundred / thousand, not "hundreds"
                figure = float(SINGULAR_AFTER_QUALIFIER[word])
                add(Quantity(m.start(), m.end(), before, figure, *bounds(before, figure)), m.span("v"))
                continue
        add(Quantity(m.start(), m.end(), qualifier, None, low, high), m.span("v"))
    for m in ROUND_WORD_RE.finditer(text):
        n, ten, tens = m.group("n"), m.group("ten"), m.group("tm")
        if ten and ten.lower() != "десяток" and _prefix_qualifier(m) is None:
            continue  # "вошла в первую десятку": a rank; the oblique cases count only after "около", "более"
        figure = 12.0 * DOZEN_MULTIPLES[n.lower()] if n else 10.0 * TEN_MULTIPLES[tens.lower()] if tens else 0.0
        figure = figure or (100.0 * HUNDRED_MULTIPLES[m.group("hm").lower()] if m.group("hm") else 0.0)
        figure = figure or float(TEN_WORDS[ten.lower()])
        qualifier = _prefix_qualifier(m) or "approximately"
        add(Quantity(m.start(), m.end(), qualifier, figure, *bounds(qualifier, figure)), m.span())
    for m in A_DOZEN_RE.finditer(text):  # the text layer does not read "a dozen" (yet)
        qualifier, start, end = _qualifier_around(text, m.start(), m.end())  # "at least a dozen"
        add(Quantity(start, end, qualifier, 12.0, *bounds(qualifier, 12.0)), m.span())
    for number in read_numbers(text):
        if not number.is_figure or (number.kind == "count" and _pronoun_one(text, number.start, number.text)):
            continue
        if number.worded and number.value == 1 and not _opens_sentence(text, number.start) and not (
                _ONE_STATION_RE.match(text, number.end)):
            # "одному избирателю", "one voter", "a single ballot": an article or a pronoun, not a figure; but the
            # subject opening a sentence is counted: "One man was detained ...", "Один человек задержан ...", and so
            # is one station where a finding was made: "in one polling station", "бір учаскеде", "на одном участке"
            continue
        qualifier, start, end = _qualifier_around(text, number.start, number.end)
        share = number.kind == "share"
        if share and not 0 <= number.value <= 100:
            continue
        add(Quantity(start, end, qualifier, number.value, *bounds(qualifier, number.value), share=share),
            (number.start, number.end))  # fmt: skip
    return sorted(found, key=lambda q: q.start)


_ONE_STATION_RE = re.compile(
    r"\s+(?:(?:сайлау|референдум|избирательн\w+|polling)\s+)?(?:учаске\w*|участк\w*|stations?\b)", FLAGS
)


def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` is the sentence's first (after quotes or a dash)."""
    return re.fullmatch(r"[\s«\"“„'(–—-]*", text[:start]) is not None


def _pronoun_one(text: str, start: int, written: str) -> bool:
    """A pronoun, not the number 1: "no one", "each one", "the one"."""
    if written.lower() not in {"one", "один", "одна", "бір"}:
        return False
    return PRONOUN_BEFORE_RE.search(text, 0, start) is not None


PRONOUN_BEFORE_RE = re.compile(r"\b(?:no|any|every|each|the|this|that|which|some|ни|кто)\s+$", FLAGS)
