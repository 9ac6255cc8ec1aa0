"""Numbers written (partly) in words, in Russian, Kazakh and English, and how their parts compose.

A written number is a run of tokens: digits ("12", "6 980", "6,98"), number words ("двести", "forty",
"бір") and scale words ("миллионов", "тыс.", "мың", "million"). `compose` turns a run into numbers the way
speech builds them: "12 миллионов 284 тысячи 487" = 12·10⁶ + 284·10³ + 487, "two hundred and five" = 205,
"екі жүз елу" = 250, "7 млн 062 тыс. 358" = 7 062 358, "6,98 млн" = 6 980 000. A token that cannot continue
the number before it ("9 10", "двадцать тридцать") starts a new one. The words are in data/number_words.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sources.text.vocab import LANGUAGES, cased, load, trie

# The kinds of word a number can be built from, as the data file names them.
WORD_KINDS = ("units", "teens", "tens", "hundreds", "multipliers", "scales", "ordinals", "points", "fractions")
FRACTION_PART = ("units", "teens", "tens")  # the words a decimal's fraction is written in
# The word kinds each language's text is read with: Kazakh numbers sit in Kazakh text with Russian scale words.
READ_WITH = {"ru": ("ru", "en"), "kk": ("kk", "ru", "en"), "en": ("en",)}


@dataclass(frozen=True)
class Token:
    """One part of a written number: `kind` is 'int', 'dec' (digits) or a WORD_KINDS entry."""

    start: int
    end: int
    kind: str
    value: float


@dataclass(frozen=True)
class Composed:
    """A number composed from one run of tokens."""

    start: int
    end: int
    value: float
    worded: bool  # a word took part ("12 миллионов", "forty")
    scaled: bool  # a scale word took part ("6,98 млн", "тыс.")
    tokens: int  # how many tokens it took
    first: Token  # its first token (a lone 'int' may turn out to be a year, an ordinal, a list number)


@cache
def vocabulary(language: str) -> dict[str, tuple[str, float]]:
    """Lower-case word → (kind, value) for the words read in `language`'s text."""
    data = load("number_words")
    table: dict[str, tuple[str, float]] = {}
    for lang in LANGUAGES:  # scale words are unambiguous in every language: "9 мың 968" in a Russian page
        for word, value in (data[lang].get("scales") or {}).items():
            table[str(word).lower()] = ("scales", float(value))
    for lang in reversed(READ_WITH[language]):  # the text's own language wins
        for kind in WORD_KINDS:
            for word, value in (data[lang].get(kind) or {}).items():
                table[str(word).lower()] = (kind, float(value))
    return table


@cache
def endings(language: str) -> tuple[str, ...]:
    """The case endings a number word may carry in `language` (Kazakh: "екіде", "жетісін"), longest first."""
    return tuple(sorted((str(e) for e in load("number_words")[language].get("endings") or []), key=len, reverse=True))


@cache
def ending_needs_run(language: str) -> frozenset[str]:
    """Number words that take an ending only after another number word ("он екіде", never a bare "онда")."""
    return frozenset(str(w) for w in load("number_words")[language].get("ending_needs_run") or [])


@cache
def word_pattern(language: str) -> str:
    """A regex alternation of every number word read in `language`'s text (with its case endings, if any)."""
    suffixes = endings(language)
    tail = rf"(?:{'|'.join(suffixes)})?(?!\w)" if suffixes else r"(?!\w)"
    return trie(cased(vocabulary(language)), tail=tail)


@cache
def lone_multiplier_counts(language: str) -> bool:
    """Whether a multiplier alone is a number in `language` (Kazakh "жүз адам" = 100), not a vague quantity
    ("several hundred", "сотни людей")."""
    return bool(load("number_words")[language].get("lone_multiplier"))


def any_number_word(extra: Sequence[str] = ()) -> str:
    """A case-insensitive regex, in the syntax polars' (Rust) engine reads as well as Python's, matching any number
    word of any language with its case endings ("семь", "он екісі", "тыс.") or any of `extra`: for checks on text
    whose language a row does not record."""
    parts = []
    for language in LANGUAGES:
        suffixes = "|".join(re.escape(e) for e in endings(language))
        tail = f"(?:{suffixes})?" if suffixes else ""
        words = sorted(vocabulary(language), key=len, reverse=True)
        parts.append(r"\b(?:" + "|".join(re.escape(w) for w in words if w[-1].isalnum()) + rf"){tail}\b")
        if dotted := [w for w in words if not w[-1].isalnum()]:  # "тыс.", "млн.": no word boundary after the dot
            parts.append(r"\b(?:" + "|".join(re.escape(w) for w in dotted) + ")")
    if extra:
        parts.append(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(extra), key=len, reverse=True)) + r")\b")
    return "(?i)" + "|".join(parts)


def all_scale_words() -> list[str]:
    data = load("number_words")
    return [str(w) for lang in LANGUAGES for w in (data[lang].get("scales") or {})]


def bare_word(written: str, language: str) -> tuple[str, bool] | None:
    """The vocabulary word a written number word is (its case ending cut off), and whether an ending was cut."""
    word = re.sub(r"\s+", " ", written.lower())
    if word in vocabulary(language):
        return word, False
    for ending in reversed(endings(language)):  # the longest stem: "үшеуі" is "үшеу" + і (not "үш" + еуі)
        if word.endswith(ending) and word[: -len(ending)] in vocabulary(language):
            return word[: -len(ending)], True
    return None


def word_token(start: int, end: int, written: str, language: str) -> Token | None:
    found = bare_word(written, language)
    if found is None:
        return None
    entry = vocabulary(language)[found[0]]
    return Token(start, end, entry[0], entry[1])


class _Builder:
    """The number being composed: `total` of closed scale groups, and the open `group`."""

    def __init__(self, token: Token) -> None:
        self.start, self.end = token.start, token.end
        self.first = token
        self.total = 0.0
        self.group = 100.0 if token.kind == "multipliers" else token.value
        self.last = token.kind
        self.last_scale: float | None = None
        self.worded = token.kind not in ("int", "dec")
        self.scaled = False
        self.tokens = 1
        # a decimal in words: "двенадцать целых тридцать девять сотых", "twelve point three nine", "он екі бүтін
        # жүзден отыз тоғыз" — the whole part, then `point`, the fraction's words and its denominator
        self.point = False
        self.fraction = 0.0
        self.fraction_words = 0  # English reads each word as a digit: "point three nine" = .39
        self.denominator: float | None = None
        self.before_point: tuple[int, int] | None = None  # where the number ended before "point" ("at one point")

    def accepts(self, t: Token, gap: str) -> bool:
        k, last, group = t.kind, self.last, self.group
        if k == "points":
            return not self.point and self.total == 0 and last in ("units", "teens", "tens", "hundreds", "int")
        if self.point:
            if k == "fractions":  # "сотых" after its numerator, "жүзден" before it (Kazakh)
                return self.denominator is None and (last in FRACTION_PART or last == "points")
            if k not in FRACTION_PART:
                return False
            return last != "fractions" or self.fraction == 0  # no word after "сотых"; "жүзден отыз тоғыз" goes on
        if k == "fractions":
            # "7 млн 986 мыңнан астам": "мыңнан" (of a thousand) outside a decimal is the scale in the ablative
            return t.value >= 1000 and last != "scales" and (self.last_scale is None or t.value < self.last_scale)
        if "and" in gap.lower() and not (
            last in ("multipliers", "scales", "hundreds") and k in ("units", "teens", "tens")
        ):
            return False  # "two hundred and five", never "9 and 10"
        if last == "dec":
            return k == "scales"
        if k == "int":
            # a group after a scale word: "млн 062 тыс."; "12 млн 2019 года" is a number and a year
            return (
                last == "scales" and group == 0 and self.last_scale is not None and t.value < min(self.last_scale, 1000)
            )
        if k == "units":
            return last in ("scales", "hundreds", "tens", "multipliers") and group % 10 == 0 and t.value == int(t.value)
        if k in ("teens", "tens"):
            return last in ("scales", "hundreds", "multipliers") and group % 100 == 0
        if k == "hundreds":
            return last == "scales" and group == 0
        if k == "multipliers":
            return last in ("units", "int") and 0 < group < 10 and group == int(group)
        if k == "scales":
            # "5 млн 000 тыс. 000": a written zero group still takes its scale
            return last != "scales" and (self.last_scale is None or t.value < self.last_scale)
        return False

    def add(self, t: Token) -> None:
        if t.kind == "points":
            self.point = True
            self.before_point = (self.end, self.tokens)
        elif self.point and t.kind == "fractions":
            self.denominator = t.value
        elif self.point:
            self.fraction = self.fraction * 10 + t.value if t.value < 10 and self.last in ("units", "points") \
                and self.fraction_words else self.fraction + t.value
            self.fraction_words += 1
        elif t.kind in ("scales", "fractions"):  # a fraction word outside a decimal is only ever a scale here
            self.total += self.group * t.value
            self.group = 0.0
            self.last_scale = t.value
            self.scaled = True
        elif t.kind == "multipliers":
            self.group *= t.value
        else:
            self.group += t.value
        self.last = t.kind
        self.end = t.end
        self.worded = self.worded or t.kind != "int"
        self.tokens += 1

    def finish(self) -> Composed:
        value = self.total + self.group
        if self.point and self.fraction_words:
            # "тридцать девять сотых" over its denominator; English digits over their own count ("three nine")
            digits = len(str(int(self.fraction)))
            value += self.fraction / (self.denominator or 10 ** digits)
        elif self.point and self.before_point is not None:
            self.end, self.tokens = self.before_point  # "at one point 200 people": "point" took no fraction
        if self.scaled:
            value = float(round(value))
        return Composed(self.start, self.end, value, self.worded, self.scaled, self.tokens, self.first)


def can_start(token: Token) -> bool:
    # A lone scale word ("тысячи людей", "millions") is a vague quantity, not a number; "целых", "point" alone none.
    return token.kind not in ("scales", "ordinals", "points", "fractions")


def compose(tokens: Sequence[Token], gaps: Sequence[str]) -> list[Composed]:
    """The numbers one run of adjacent tokens holds; `gaps[i]` is the text between token i-1 and i."""
    out: list[Composed] = []
    current: _Builder | None = None
    for token, gap in zip(tokens, gaps, strict=True):
        if current is not None and current.accepts(token, gap):
            current.add(token)
            continue
        if current is not None:
            out.append(current.finish())
        current = _Builder(token) if can_start(token) else None
    if current is not None:
        out.append(current.finish())
    return out
