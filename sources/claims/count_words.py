"""Count words without a figure, the words of shares and scales, and the written qualifiers: the data of the rule
table in quantities.py.

Kept apart from the reading of counts (quantities.py) so that the tables grow without the reader growing: a
word here is a count ("dozens", "сотни", "ондаған"), a share ("a quarter", "половина") or a scale ("тыс.").
"""

from __future__ import annotations

# Count words without a figure: (qualifier, low, high); None = open.
VAGUE_RANGES: dict[str, tuple[str, int | None, int | None]] = {
    "a few": ("a few", 2, 5), "a handful": ("a few", 2, 5), "several": ("several", 3, 9),
    "dozens": ("dozens", 24, 99), "tens": ("tens", 20, 99), "hundreds": ("hundreds", 200, 999),
    "thousands": ("thousands", 2000, 9999), "many": ("many", None, None), "numerous": ("many", None, None),
    "a number of": ("a number of", None, None), "scores": ("scores", 40, 199),
    "a large number of": ("many", None, None),
    "несколько": ("several", 3, 9), "десятки": ("tens", 20, 99), "сотни": ("hundreds", 200, 999),
    "тысячи": ("thousands", 2000, 9999), "многие": ("many", None, None),
    "многочисленные": ("many", None, None), "бірнеше": ("several", 3, 9), "ондаған": ("tens", 20, 99),
    "жүздеген": ("hundreds", 200, 999), "мыңдаған": ("thousands", 2000, 9999),
    "көптеген": ("many", None, None), "tens of thousands": ("tens of thousands", 20000, 99999),
    "hundreds of thousands": ("hundreds of thousands", 200000, 999999),
    "десятки тысяч": ("tens of thousands", 20000, 99999), "сотни тысяч": ("hundreds of thousands", 200000, 999999),
    # the oblique cases of "десятки" / "сотни" ("сообщает о сотнях задержанных", "с десятками задержанных")
    "десятках": ("tens", 20, 99), "десятками": ("tens", 20, 99), "сотнях": ("hundreds", 200, 999),
    "сотнями": ("hundreds", 200, 999),
    # the animate accusative and the genitive of "несколько": "задержала нескольких активистов"
    "нескольких": ("several", 3, 9), "нескольким": ("several", 3, 9),
    # a count the text says it does not know: an uncounted claim, never a figure
    "an unspecified number of": ("a number of", None, None), "an unknown number of": ("a number of", None, None),
    "an undisclosed number of": ("a number of", None, None), "неустановленное число": ("a number of", None, None),
    "неустановленное количество": ("a number of", None, None), "неизвестное число": ("a number of", None, None),
    "неизвестное количество": ("a number of", None, None),
}  # fmt: skip
# Russian "сотни", "тысячи" after a qualifier are the genitive singular: "около сотни" is about one hundred.
SINGULAR_AFTER_QUALIFIER: dict[str, int] = {"сотни": 100, "тысячи": 1000}
VAGUE_SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "десятков": 10, "сотен": 100, "тысяч": 1000,
    "ондаған": 10, "жүз": 100, "мың": 1000,
}  # fmt: skip
# A dozen counted ("two dozen supporters") is that many twelves; Russian "десяток" (a ten: "около десятка человек",
# "с десяток задержанных") is ten. Both are round figures: 'approximately' unless another qualifier is written.
DOZEN_MULTIPLES: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
TEN_WORDS: dict[str, int] = {"десяток": 10, "десятка": 10, "десятку": 10, "десятком": 10}
# Tens counted: "полтора десятка", "не менее полутора десятков", "два десятка", "около трёх десятков" (the
# multiplier in any case; the tens word then in the genitive): that many tens, a round figure like "десяток".
TEN_MULTIPLES: dict[str, float] = {
    "полтора": 1.5, "полутора": 1.5, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
    "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5,
}  # fmt: skip
TENS_COUNTED = ("десятка", "десятков", "десятку", "десятком", "десятками")
# Hundreds counted the same way: "около полутора сотен нарушений", "две сотни человек" (сотня is feminine: "две").
HUNDRED_MULTIPLES: dict[str, float] = {**TEN_MULTIPLES, "две": 2, "полторы": 1.5}
HUNDREDS_COUNTED = ("сотни", "сотен", "сотню", "сотнями")
SHARE_WORDS: dict[str, float] = {
    "half": 50.0, "a third": 33.3, "one third": 33.3, "one-third": 33.3, "two thirds": 66.7,
    "two-thirds": 66.7, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0, "a majority": 50.0, "the majority": 50.0,
    "the vast majority": 50.0, "a large majority": 50.0, "majority": 50.0,
    "половина": 50.0, "половины": 50.0, "половине": 50.0, "трети": 33.3, "треть": 33.3,
    "две трети": 66.7, "четверти": 25.0, "четверть": 25.0, "пятой части": 20.0, "пятая часть": 20.0,
    "десятой части": 10.0, "большинство": 50.0, "большинстве": 50.0,
    "большинства": 50.0, "жартысы": 50.0, "жартысынан": 50.0, "көпшілігі": 50.0, "көпшілігінде": 50.0,
}  # fmt: skip
MAJORITY_WORDS = frozenset(w for w in SHARE_WORDS if "major" in w or w.startswith(("большинств", "көпшіл")))

SCALE_WORDS: dict[str, int] = {
    "thousand": 1000, "thousands": 1000, "million": 10**6, "millions": 10**6, "тыс": 1000, "тыс.": 1000,
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "млн": 10**6, "млн.": 10**6, "миллион": 10**6,
    "миллиона": 10**6, "миллионов": 10**6, "мың": 1000,
}  # fmt: skip

# Written qualifier (lower case, single spaces) → normalised qualifier. Longest phrases win.
PREFIX_QUALIFIERS: dict[str, str] = {
    # exact
    "a total of": "exact", "in total": "exact", "total of": "exact", "totalling": "exact", "totaling": "exact",
    "exactly": "exact", "всего": "exact", "в общей сложности": "exact", "итого": "exact", "ровно": "exact",
    "барлығы": "exact", "барлығы да": "exact",
    # approximately
    "approximately": "approximately", "approx.": "approximately", "approx": "approximately",
    "some": "approximately", "about": "approximately", "around": "approximately", "roughly": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "circa": "approximately",
    "ca.": "approximately", "of about": "approximately", "some estimated": "approximately",
    "около": "approximately", "порядка": "approximately", "примерно": "approximately",
    "приблизительно": "approximately", "ориентировочно": "approximately", "шамамен": "approximately",
    "шамасы": "approximately",
    # nearly
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "почти": "nearly",
    "без малого": "nearly", "чуть менее": "nearly", "едва ли не": "nearly",
    # at least
    "at least": "at least", "no fewer than": "at least", "not fewer than": "at least",
    "no less than": "at least", "not less than": "at least", "a minimum of": "at least",
    "не менее": "at least", "не меньше": "at least", "как минимум": "at least", "минимум": "at least",
    "по меньшей мере": "at least", "по крайней мере": "at least", "кемінде": "at least", "ең кемі": "at least",
    "кемі": "at least",
    # more than
    "more than": "more than", "over": "more than", "well over": "more than", "in excess of": "more than",
    "upwards of": "more than", "above": "more than", "exceeding": "more than", "более": "more than",
    "более чем": "more than", "свыше": "more than", "больше": "more than", "больше чем": "more than",
    "астам": "more than",
    # less than
    "less than": "less than", "fewer than": "less than", "below": "less than", "менее": "less than",
    "меньше": "less than", "менее чем": "less than",
    # up to
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "not more than": "up to", "a maximum of": "up to", "до": "up to", "вплоть до": "up to",
    "не более": "up to", "не больше": "up to", "максимум": "up to",
}  # fmt: skip
POSTFIX_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"\s+or\s+more|\s+and\s+more|\s+и\s+более|\s+и\s+больше|\s*\+", "at least"),
    (r"\s+or\s+so", "approximately"),
    (r"\s+and\s+above|-plus|\s+с\s+лишним|\s+с\s+небольшим", "more than"),
    # (and the verb of exceeding: "саны 50-ден асады", "асты", "асып кетті")
    (r"-?(?:ден|дан|тен|тан|нен|нан)\s+(?:астам|артық|асады|асты|асып|асқан)\w*|\s+астам\w*", "more than"),
    (r"-?(?:ден|дан|тен|тан|нен|нан)\s+кем\w*", "less than"),
    (r"-?(?:ге|ға|ке|қа)\s+(?:жуық|тарта|таяу)\w*", "nearly"),
    (r"-?(?:ге|ға|ке|қа)\s+дейін\w*", "up to"),
    (r"-?(?:дей|дай|тей|тай)\b|\s+шақты", "approximately"),
)
