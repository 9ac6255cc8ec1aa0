"""Which of ru / kk / en a text is written in, from its letters alone (cheap, linear)."""

from __future__ import annotations

import re

from sources.records import Language
from sources.text.vocab import cased, load, trie

_KAZAKH_RE = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_CYRILLIC_RE = re.compile("[А-Яа-яЁё]")
_LATIN_RE = re.compile("[A-Za-z]")
_KAZAKH_WORD_RE = re.compile(r"(?<!\w)" + trie(cased(load("languages")["kk_stems"]), tail=r"\w*"))
# a lower-case word with a Kazakh letter ("ұстады", "белсендіні"): Kazakh text, where a name ("Ұлытау") may be quoted
_KAZAKH_LOWER_WORD_RE = re.compile("(?<![\\w])[а-яёәғқңөұүһі]*[әғқңөұүһі][а-яёәғқңөұүһі]*")
_WORD_WEIGHT = 5  # a frequent Kazakh word, or a lower-case word with a Kazakh letter, counts as five Kazakh letters


def guess_language(text: str, default: Language = "ru") -> Language:
    """'kk' when Kazakh letters and words are frequent enough, else 'ru' or 'en' by the majority script; `default`
    when the text has no letters.

    Russian text quotes Kazakh names ("Ұлытау"), so Kazakh needs more than a stray letter: Kazakh letters, plus
    five for each frequent Kazakh word (data/languages.yaml) and for each lower-case word written with a Kazakh
    letter (a common word, not a name: "жеті адам ұсталды"), must reach one in thirty Cyrillic letters.
    """
    sample = text if len(text) <= 20000 else text[:10000] + text[-10000:]
    cyrillic = len(_CYRILLIC_RE.findall(sample))
    kazakh = len(_KAZAKH_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if cyrillic + kazakh == 0 and latin == 0:
        return default
    if latin > cyrillic + kazakh:
        return "en"
    words = len(_KAZAKH_WORD_RE.findall(sample)) + len(_KAZAKH_LOWER_WORD_RE.findall(sample))
    score = kazakh + _WORD_WEIGHT * words
    return "kk" if score >= 2 and score * 30 >= cyrillic + kazakh else "ru"
