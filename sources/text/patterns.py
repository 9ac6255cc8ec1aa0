"""The compiled regular expressions of the number reader, built once from the vocabularies in data/."""

from __future__ import annotations

import re
from functools import cache

from sources.text.vocab import SP, SPACE_CHARS, all_languages, alternation, cased, load, trie
from sources.text.words import word_pattern

FLAGS = re.IGNORECASE
_CTX = load("number_contexts")
_MONTHS = load("months")
_SHARES = load("share_words")

# --- months ---------------------------------------------------------------------------------------------
MONTH_FORMS: dict[str, int] = {str(w).lower(): int(n) for n, forms in _MONTHS["ru"].items() for w in forms}
KK_MONTH_STEMS: dict[str, int] = {str(w).lower(): int(n) for n, forms in _MONTHS["kk"].items() for w in forms}
EN_MONTH_FORMS: dict[str, int] = {str(w): int(n) for n, forms in _MONTHS["en"].items() for w in forms}
_RU_MONTH = trie(cased(MONTH_FORMS))
_KK_MONTH = trie(cased(KK_MONTH_STEMS), tail=r"\w*")
# English months are capitalised in running text: case-sensitive, so "may" and "march" stay verbs and nouns. Only an
# abbreviation takes a full stop ("Jun. 9"): "1 January. 1990" is a date and a year.
_EN_MONTH = (
    "(?-i:"
    + alternation(w + "." for w in EN_MONTH_FORMS if len(w) <= 4 and w not in ("May", "June", "July"))
    + "|"
    + alternation(EN_MONTH_FORMS)
    + ")"
)
MONTH = f"(?:{_EN_MONTH}|{_RU_MONTH}|{_KK_MONTH})"

# --- dates ----------------------------------------------------------------------------------------------
YEAR = r"(?:19|20)\d\d(?!\d)"
_YEAR_WORD = r"(?:года|году|год|гг\.|г\.|жылғы|жылы|жылдың|жыл|ж\.)"
DAY = r"(?<![\d.,:])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|-го|-е)?(?!\d)"  # "9th", "9-го июня"
_DAY_JOIN = r"\s*(?:,|и|and|or|или|&|–|—|-|to|till|until|through|по|до|және|мен)\s*"
_COUNTED = alternation(_CTX["year"]["counted_noun_stems"], stems=True)
# "9 June, 1900 votes" is a date and a count; "1 қаңтар, 1991 жылғы 1 қаңтарда" two dates
_YEAR_TAIL = rf"(?:,?{SP}+(?P<y>{YEAR})(?![-./]\d|{SP}*{_COUNTED}|{SP}*(?:жыл|ж\.))(?:{SP}*{_YEAR_WORD})?)?"
# the first day of a list: not the end of "2019-06-09" or "9/6"
FIRST_DAY = rf"(?<![-/–]){DAY}"
DAY_LIST = rf"{FIRST_DAY}(?:{_DAY_JOIN}{DAY})*"
DAY_IN_LIST_RE = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?!\d)")

# Each pattern is tried where a run of digits starts (times.py), except MONTH_DAY_RE, which starts at a month name.
KK_DATE_RE = re.compile(  # "2022 жылғы 20 қарашада", "2019 ж. 9 маусым"
    rf"(?<!\d)(?P<y>{YEAR}){SP}*(?:жыл\w*|ж\.){SP}+(?P<days>{DAY_LIST}){SP}+(?P<mon>{_KK_MONTH})", FLAGS
)
NUMERIC_DATE_RE = re.compile(  # "09.06.2019", "9/6/2019"
    rf"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?P<mo>0?[1-9]|1[0-2])(?P=sep)(?P<y>{YEAR})"
    rf"(?:{SP}*{_YEAR_WORD})?",
    FLAGS,
)
ISO_DATE_RE = re.compile(rf"(?<!\d)(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)", FLAGS)
DAY_MONTH_RE = re.compile(  # "9 июня 2019 года", "9 и 10 июня", "on 13 June", "10 қаңтар", "the 9th of June"
    rf"(?P<days>{DAY_LIST})(?:{SP}+(?:of{SP}+)?|-)(?P<mon>{MONTH}){_YEAR_TAIL}", FLAGS
)
MONTH_DAY_RE = re.compile(  # "June 9, 2019", "June 9-10"
    rf"(?<!\w)(?P<mon>{_EN_MONTH}){SP}+(?P<days>{DAY}(?:\s*(?:-|–|—|and|to|&)\s*{DAY})?)(?![.,]\d)"
    rf"(?:,?{SP}+(?P<y>{YEAR}))?"
)

# --- clock times ----------------------------------------------------------------------------------------
_HOUR = r"(?:2[0-3]|[01]?\d)"
_MIN = r"[0-5]\d"
_CLOCK_WORD = alternation(_CTX["clock"]["after_words"])
_HOUR_WORD = alternation(_CTX["clock"]["hour_words"])
_SUFFIX = r"(?:-" + alternation(_CTX["clock"]["suffixes"]) + ")?"
_MERIDIEM = r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)"
CLOCK_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w]))" + alternation(_CTX["clock"]["before"]) + r"\s*$", FLAGS)
DURATION_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w]))" + alternation(_CTX["clock"]["duration_before"]) + r"\s*$", FLAGS)
CLOCK_AFTER_RE = re.compile(rf"{_SUFFIX}(?:{SP}*{_CLOCK_WORD})?", FLAGS)
CLOCK_WORD_AFTER_RE = re.compile(rf"-?{SP}*{_CLOCK_WORD}", FLAGS)
COLON_CLOCK_RE = re.compile(  # "13:00", "10:00-ге", "10:30 a.m."
    # a colon after the time is punctuation ("Данные на 14:00: 39,77%") unless a digit follows it
    rf"(?<![\d:.,])(?P<h>{_HOUR}):(?P<m>{_MIN})(?::{_MIN})?(?!\d|:\d|[.,]\d)(?:{SP}*{_MERIDIEM})?{_SUFFIX}", FLAGS
)
# "18.10", "18.00-дегі": a time only where one is meant (decided in times.py)
DOT_CLOCK_RE = re.compile(rf"(?<![\d.,])(?P<h>{_HOUR})\.(?P<m>{_MIN})(?!\d|[.,]\d)", FLAGS)
MERIDIEM_CLOCK_RE = re.compile(  # "6 p.m.", "10 a.m.", "6pm"
    rf"(?<![\d.,])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>{_MIN}))?{SP}*{_MERIDIEM}", FLAGS
)
_DAY_PART = "|".join(
    rf"(?P<{part}>{alternation(_CTX['clock'][f'day_part_after_{part}'])})" for part in ("am", "day", "pm")
)
DAY_PART_CLOCK_RE = re.compile(  # "10 утра", "2 часа дня", "6 вечера", "10 in the morning": see number_contexts.yaml
    rf"(?<![\d.,])(?P<h>1[0-2]|0?[1-9])(?!\d)(?:{SP}*(?P<word>{_HOUR_WORD}))?{SP}+(?:{_DAY_PART})(?!\w)",
    FLAGS,
)
HOUR_WORD_CLOCK_RE = re.compile(  # "на 18 часов", "20 ч.", "18 сағ"
    rf"(?<![\d.,])(?P<h>{_HOUR})(?!\d){SP}*-?(?:{_HOUR_WORD})", FLAGS
)
HOUR_WORD_AFTER_RE = re.compile(rf"{SP}*(?:{_HOUR_WORD}|часам)", FLAGS)
# after "сағат": "сағат 10-да", "сағат 18-00"
SAGAT_CLOCK_RE = re.compile(rf"(?P<h>{_HOUR})(?:-(?P<m>{_MIN})(?!\d))?(?![\d.,:]){_SUFFIX}", FLAGS)
# "18-00-дегі", "20-00-де": a whole hour written with a hyphen, a time when a Kazakh case ending follows ("10-15-ке"
# is a range of counts; after "сағат" any minutes are a time, see SAGAT_CLOCK_RE)
HYPHEN_CLOCK_RE = re.compile(
    rf"(?<![\d.,:\-–])(?P<h>{_HOUR})-(?P<m>00)-" + alternation(_CTX["clock"]["suffixes"]), FLAGS
)
SAGAT_BEFORE_RE = re.compile(rf"(?:сағат|сағ\.){SP}*$", FLAGS)
# a Kazakh part of the day before a digit hour ("таңғы 10-ға дейін", "кешкі 6-да"): number_contexts.yaml day_part_*
KK_DAY_PART_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?:"
    + "|".join(rf"(?P<{part}>{alternation(_CTX['clock'][f'day_part_{part}'])})" for part in ("am", "noon", "pm"))
    + rf"){SP}+$",
    FLAGS,
)
CLOCK_RANGE_RE = re.compile(  # "с 7 до 20 часов", "from 7 to 20 hours": the first hour is a time too
    rf"(?P<h>{_HOUR})(?:[.:](?P<m>{_MIN}))?{SP}*(?:до|to|till|until|–|—|-){SP}*"
    rf"{_HOUR}(?:[.:]{_MIN})?{SP}*(?:{_HOUR_WORD})",
    FLAGS,
)
CLOCK_RANGE_BEFORE_RE = re.compile(rf"(?:^|(?<=[^\w]))(?:с|from|бастап){SP}+$", FLAGS)
# a cheap first test of the words before a short number; CLOCK_RANGE_BEFORE_RE and SAGAT_BEFORE_RE decide
CLOCK_CONTEXT_ENDINGS = (
    *(f"{w}{space}" for w in ("сағат", "Сағат", "сағ.", "с", "С", "from", "From", "бастап") for space in SPACE_CHARS),
    # the one-word Kazakh parts of the day (the test looks 8 characters back)
    *(f"{c}{space}" for part in ("am", "noon", "pm") for w in _CTX["clock"][f"day_part_{part}"] if " " not in w
      and len(w) < 8 for c in (w, w.capitalize()) for space in SPACE_CHARS),
    "сағат",  # "сағат18"
    "сағ.",
)


# A telephone number ("8 (7172) 74-00-00", "+7 717 274 00 00"): an identifier, never a count.
_PHONE_SEP = f"[-{SP[1:-1]}]"
PHONE_RE = re.compile(
    rf"(?:(?<=\+)7|(?<!\d)8){SP}?\(?\d{{3,5}}\)?{SP}?\d{{1,3}}{_PHONE_SEP}\d{{2}}{_PHONE_SEP}\d{{2}}(?!\d)"
)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern).replace("(?P=sep)", "[./]")


# One cheap test at each run of digits: could a date or a clock time start here? Most digits are counts. The
# two readings that depend on the words before ("сағат 10-да", "с 7 до 20 часов") are tested apart.
DATE_OR_CLOCK_GATE_RE = re.compile(
    "|".join(
        f"(?P<g{i}>{_unnamed(p.pattern)})"
        for i, p in enumerate((PHONE_RE, COLON_CLOCK_RE, HYPHEN_CLOCK_RE, KK_DATE_RE, NUMERIC_DATE_RE, ISO_DATE_RE,
                               DAY_MONTH_RE, MERIDIEM_CLOCK_RE, DAY_PART_CLOCK_RE, DOT_CLOCK_RE,
                               HOUR_WORD_CLOCK_RE))
    ),
    FLAGS,
)  # fmt: skip

# --- shares ---------------------------------------------------------------------------------------------
_SHARE_SYMBOL = "(?:" + "|".join(re.escape(s) for s in _SHARES["symbols"]) + r")(?:-[^\W\d_]+)?"
_SHARE_WORDS = alternation(all_languages(_SHARES, "words"))
_SHARE_STEMS = alternation(all_languages(_SHARES, "stems"), stems=True)
SHARE_AFTER_RE = re.compile(rf"{SP}*(?:{_SHARE_SYMBOL}|{_SHARE_STEMS}|{_SHARE_WORDS})", FLAGS)

# --- contexts of the token phase ------------------------------------------------------------------------
_LIST = _CTX["list_number"]
_NO_LETTER = r"(?![^\W\d_])"
# Where an article/point word ends ("статья ", "ст. ", "Article ", "№ "): a lone number starting there is a list
# number. Scanned forward once per text (numbers.py), not searched backwards from every number.
LIST_MARK_RE = re.compile(
    r"(?:(?<!\w)(?:"
    + trie(cased(_LIST["before_stems"]), tail=r"\w*\.?")
    + "|"
    + trie(cased(_LIST["before_words"]), tail=_NO_LETTER)
    + rf")|[№#=]){SP}*"
)
LIST_SUFFIX_RE = re.compile(r"-" + alternation(_LIST["after_suffix_stems"], stems=True), FLAGS)
LIST_JOIN_RE = re.compile(rf"{SP}*(?:,|и|and|or|или|–|—|-|&){SP}*$|/$", FLAGS)  # "статьи 44, 45 и 46", "№ 12/150"
ORDINAL_SUFFIX_RE = re.compile(r"(?:-" + alternation(_CTX["ordinal"]["suffixes"]) + r"|(?:st|nd|rd|th)(?!\w))", FLAGS)
DECIMAL_AFTER_RE = re.compile(rf"{SP}*" + alternation(_CTX["decimal"]["after_stems"], stems=True), FLAGS)
_YEAR_CTX = _CTX["year"]
YEAR_AFTER_RE = re.compile(rf"(?:{SP}*|-)" + alternation(_YEAR_CTX["after_stems"], stems=True), FLAGS)
COUNTED_NOUN_AFTER_RE = re.compile(rf"{SP}*" + alternation(_YEAR_CTX["counted_noun_stems"], stems=True), FLAGS)
# "the 2016 vote", "the 2019 poll": a counted noun in the singular after a bare 1900-2099 names an event, so a year
# (a count of that size takes the plural: "2016 votes")
YEAR_SINGULAR_NOUN_AFTER_RE = re.compile(
    rf"{SP}*" + alternation(str(w) for w in _YEAR_CTX["singular_event_nouns"]) + r"(?!\w)", FLAGS
)
COUNTING_MARK_RE = re.compile(  # "более ", "about ": where a counting word ends (see LIST_MARK_RE)
    r"(?<!\w)" + trie(cased(_YEAR_CTX["counting_words_before"]), tail=_NO_LETTER) + rf"{SP}*"
)
_PRONOUN = _CTX["pronoun_one"]
PRONOUN_ONE_WORDS = frozenset(str(w).lower() for w in _PRONOUN["words"])
PRONOUN_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\w]))" + alternation(str(w) for w in _PRONOUN["before"]) + rf"{SP}+$", FLAGS
)
VAGUE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\w]))" + alternation(str(w) for w in _CTX["vague"]["before"]) + rf"{SP}+$", FLAGS
)
PRONOUN_AFTER_RE = re.compile(rf"{SP}+" + alternation(str(w) for w in _PRONOUN.get("after", [])), FLAGS)
YEAR_PREPOSITION_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\w]))" + alternation(str(w) for w in _YEAR_CTX["year_prepositions"]) + rf"{SP}+$", FLAGS
)
# "в 2000 (избирательных) участках": a place, so a count (a locative plural noun or adjective ends in -ах/-ях/-ых/-их)
LOCATIVE_PLURAL_AFTER_RE = re.compile(rf"{SP}+[а-яё]+[аяыи]х(?!\w)", FLAGS)
# "1, 65 процента", "206, 2 тыс.": a decimal comma written with a space after it (a typing slip of the press)
SPACED_DECIMAL_RE = re.compile(rf"(?<![\d.,])(?<!\d,{SP})(?P<w>\d{{1,3}}),{SP}(?P<f>\d{{1,3}})(?![\d.,])")
_MEASURE = _CTX["measure"]
MEASURE_AFTER_RE = re.compile(
    rf"{SP}*(?:"
    + "|".join(
        f"(?P<{kind}>{alternation(spec['stems'], stems=True)}|{alternation(spec['words'])})"
        for kind, spec in _MEASURE.items()
    )
    + ")",
    FLAGS,
)
# A footnote marker glued to a word: "impersonation.1", "voting,12" (after two letters and a punctuation mark),
# "observers1" (after three lower-case letters); tested where a run of digits starts (times.py).
GLUED_BEFORE_RE = re.compile(
    r"(?<=[^\W\d_]{2})(?<![Nn]o)(?<![Aa]rt)(?<![Pp]p)(?<![Pp]ara)[.,;:)»”\"’]+$|(?<=[a-zа-яёәғқңөұүһі]{3})$"
)
GLUED_AFTER_RE = re.compile(r"\d{1,3}(?=\s|$)")
GLUED_PUNCT = frozenset('.,;:)»”"’')

# --- the token phase ------------------------------------------------------------------------------------
DIGITS = (
    rf"(?P<sp>[1-9]\d{{0,2}}(?:{SP}\d{{3}})+(?:,\d+)?)(?!\d|[.,]\d)"  # "6 539 715", "6\u00a0539\u00a0715", "1 234,5"
    # a comma after the last group ends the number unless a digit follows it: "7,820,204, or 63.66%" is one count
    rf"|(?P<cm>[1-9]\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?)(?!\d|,\d|\.\d)"  # "8,300,046", "6,980"
    rf"|(?P<dt>[1-9]\d{{0,2}}(?:\.\d{{3}}){{2,}})(?!\d|\.\d)"  # "8.300.046", "8.300.046." ending a sentence
    r"|(?P<dec>\d+[.,]\d+)(?![\d])"  # "6,98", "69.44"
    r"|(?P<int>\d+)"
)


@cache
def token_re(language: str) -> re.Pattern[str]:
    """Digits and the number words of `language` (words are whole words; digits not glued to a letter)."""
    # case-sensitive on purpose: the words come lower-case and capitalised (see vocab.cased), ten times faster
    return re.compile(rf"(?<!\w)(?:{DIGITS}|(?P<w>{word_pattern(language)}))")


GAP_RE = re.compile(rf"(?:{SP}|\n)*(?:-|{SP}+and{SP}+)?(?:{SP}|\n)*", FLAGS)
