"""Kazakh in the Arabic script (tote jazu) → Cyrillic, so the Kazakh vocabularies and region names read it.

Some press mirrors (the Arabic-script editions of Kazakh papers) publish the CEC's statements in the script
of the Kazakhs of China. Tote jazu writes every vowel; front and back vowels share a letter, the word's
frontness being marked by the hamza "ء", by the letters ە / ك / گ, and backness by ق / ع. The mapping below
follows that rule word by word; loanwords that break vowel harmony come out with a front vowel where the
Cyrillic spelling keeps a back one (Шымкент → "шімкент"), which the region reader folds (`fold_vowels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

_COMMON = {
    "ب": "б", "ۆ": "в", "گ": "г", "ع": "ғ", "د": "д", "ج": "ж", "ز": "з", "ي": "й", "ك": "к", "ق": "қ", "ل": "л",
    "م": "м", "ن": "н", "ڭ": "ң", "پ": "п", "ر": "р", "س": "с", "ت": "т", "ۋ": "у", "ف": "ф", "ح": "х", "ھ": "һ",
    "چ": "ч", "ش": "ш", "ە": "е", "ٵ": "ә", "ٶ": "ө", "ٷ": "ү", "ٸ": "і",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
}  # fmt: skip
_BACK = {"ا": "а", "و": "о", "ۇ": "ұ", "ى": "ы"}
_FRONT = {"ا": "ә", "و": "ө", "ۇ": "ү", "ى": "і"}
_HAMZA = "ء"
_WORD_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_VOWEL_FOLD = str.maketrans("әөүіи", "аоұый")
_TO_BACK = str.maketrans("әөүі", "аоұы")
_TO_FRONT = str.maketrans("аоұы", "әөүі")
_GLIDE_FOLD = {"я": "йа", "ю": "йұ", "ё": "йо"}


def is_arabic_script(text: str) -> bool:
    """Most letters of the text are Arabic-script letters."""
    letters = len(_LETTER_RE.findall(text))
    return letters > 0 and len(_ARABIC_RE.findall(text)) * 2 > letters


def _word(word: str) -> str:
    front = _HAMZA in word or (any(c in word for c in "ەكگ") and not any(c in word for c in "قع"))
    vowels = _FRONT if front else _BACK
    out = []
    for ch in word.replace(_HAMZA, ""):
        out.append(vowels.get(ch) or _COMMON.get(ch, ch))
    # "ي" between consonants or after a consonant at the end is the vowel и (ويلايات → уәлаят is rare; keep й)
    return "".join(out)


def from_arabic_kazakh(text: str, known: Iterable[str] = ()) -> str:
    """The text with every Arabic-script Kazakh word in Cyrillic; anything else (digits, Latin) kept.

    `known`: Cyrillic words and stems (the vocabularies, the region names); a converted word whose vowels and
    glides fold onto one of them takes its spelling ("көмйссйәләрі" → "комиссиялары", "шімкент" → "шымкент"):
    harmony cannot tell a loanword's vowels, a dictionary can.
    """
    table = _known_table(tuple(sorted({w.lower() for w in known if len(w) >= 4})))
    converted = _WORD_RE.sub(lambda m: _respelled(_word(m.group(0)), table), text)
    return converted.translate(str.maketrans({k: v for k, v in _COMMON.items() if not k.isalpha()}))


def _fold(word: str) -> tuple[str, list[int]]:
    """The word folded (front vowels onto back ones, и/я/ю onto й + vowel) and, per folded character, the index of
    the original character it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(word.lower()):
        folded = _GLIDE_FOLD.get(ch, ch.translate(_VOWEL_FOLD))
        if folded.startswith("й") and out and out[-1].endswith("й"):
            folded = folded[1:]  # "комиссия" (и + я) is written й + а: one glide
        out.append(folded)
        index += [i] * len(folded)
    return "".join(out), index


@cache
def _known_table(known: tuple[str, ...]) -> dict[str, str]:
    return {_fold(w)[0]: w for w in known}


def _respelled(word: str, table: dict[str, str]) -> str:
    if not table:
        return word
    folded, index = _fold(word)
    for cut in range(len(folded), 3, -1):
        spelling = table.get(folded[:cut])
        if spelling is not None:
            end = index[cut - 1] + 1 if cut < len(folded) else len(word)
            return spelling + _harmonised(word[end:], spelling)
    return word


def _harmonised(ending: str, stem: str) -> str:
    """An ending follows its stem's last vowel: "комиссия" + "ләрі" → "лары"."""
    last = next((c for c in reversed(stem.lower()) if c in "аоұыяәөүіеиюу"), "")
    if last in "аоұыяю":
        return ending.translate(_TO_BACK)
    if last in "әөүіе":
        return ending.translate(_TO_FRONT)
    return ending


def fold_vowels(text: str) -> str:
    """Front vowels folded onto their back pairs ("шімкент" ~ "шымкент"), for names tote jazu spells by harmony."""
    return _fold(text)[0]
