"""One comparison alphabet for names written in Cyrillic (Russian, Kazakh), the 2021 Kazakh Latin alphabet or
English spelling: "Жұмабеков", "Zhumabekov", "Jūmabekov" all key to 'zhumabekov'. Keys are for comparing only.

The tables are data (transforms/contestant_words.yaml); this module holds no letter of any language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from sources.datafiles import parse_yaml

VOCABULARY = Path(__file__).with_name("contestant_words.yaml")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def vocabulary() -> dict[str, Any]:
    """The documented vocabulary beside this module (party words, transliteration, declension endings)."""
    return parse_yaml(VOCABULARY.read_text(encoding="utf-8"))


def lower(text: str) -> str:
    """NFC lower case, with the Latin i typed inside Cyrillic words ("Әмiржан") made Cyrillic і."""
    text = unicodedata.normalize("NFC", text).lower()
    if CYRILLIC_RE.search(text):
        text = re.sub(r"(?<=[\u0400-\u04ff])i|i(?=[\u0400-\u04ff])", "і", text)
    return text


def words(text: str) -> list[str]:
    """The words of a name, lower-cased, quotes and punctuation dropped, hyphenated words kept whole."""
    return WORD_RE.findall(lower(text))


@cache
def _letters() -> dict[str, str]:
    table = {str(k): str(v) for k, v in vocabulary()["cyrillic_to_latin"].items()}
    table |= {str(k): str(v) for k, v in vocabulary()["kazakh_latin_2021"].items()}
    return table


def latin(word: str) -> str:
    """A word in the comparison alphabet: transliterated, spelling variants unified, doubles collapsed."""
    letters = _letters()
    key = "".join(letters.get(ch, ch) for ch in lower(word))
    key = re.sub(r"[^a-z]", "", key)
    for written, unified in vocabulary()["latin_variants"]:
        key = key.replace(written, unified)
    return re.sub(r"(.)\1+", r"\1", key)


def consonants(key: str) -> str:
    """The consonant skeleton of a comparison key (Самұрық/Samruk → 'smrk')."""
    return re.sub(r"[aeiouy]", "", key)


def distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def same_spelling(a: str, b: str) -> bool:
    """Two comparison keys of one word: equal, or the same skeleton at most one letter apart per six
    ("tokaev"/"tokayev", "rahimbekov"/"rahymbekov"; never "ospanov"/"ospanova" — see persons' genders)."""
    if a == b:
        return True
    if not a or not b or consonants(a) != consonants(b):
        return False
    return distance(a, b) <= max(1, min(len(a), len(b)) // 6)


def romanize(text: str) -> str:
    """A readable Latin spelling of a name for display where no publication gives one: Cyrillic letters by
    the English table, Latin kept, each word capitalised ("Жаңа Жол" → "Zhana Zhol")."""
    letters = {str(k): str(v) for k, v in vocabulary()["cyrillic_to_latin"].items()}
    out = "".join(letters.get(ch, ch) for ch in lower(text))
    return re.sub(r"(?:(?<=^)|(?<=[\s-]))([a-z])", lambda m: m.group(1).upper(), out)
