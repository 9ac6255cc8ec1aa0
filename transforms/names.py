"""Normalising names across Russian, Kazakh and English spellings (no I/O, no other package)."""

from __future__ import annotations

import re
import unicodedata

# Kazakh letters folded to their closest Russian ones, so "Ұлытау" meets "Улытау", "Тоқаев" "Токаев".
KAZAKH_TO_RUSSIAN = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е",
    "i": "и",  # a Latin i typed inside Cyrillic words ("Әмiржан")
})  # fmt: skip
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, Kazakh letters folded, quotes and punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).lower()
    has_cyrillic = bool(re.search(r"[а-яёәғқңөұүһі]", text))
    text = text.translate(KAZAKH_TO_RUSSIAN) if has_cyrillic else text
    text = re.sub(r"[«»\"“”„'’`()\[\].,;:]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def transliterate(text: str) -> str:
    return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in fold(text))


def skeleton(word: str) -> str:
    """A spelling-proof key for one word: Latin consonants only, doubles collapsed.

    Tokayev/Токаев/Тоқаев → 'tkv'; Kossanov/Косанов → 'ksnv'; Rakhimbekov/Рахымбеков → 'rhmbkv'.
    """
    latin = transliterate(word)
    latin = latin.replace("kh", "h").replace("zh", "j").replace("dj", "j").replace("ts", "c")
    consonants = re.sub(r"[^a-z]|[aeiouy]", "", latin)
    return re.sub(r"(.)\1+", r"\1", consonants)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", transliterate(text)).strip("-")
