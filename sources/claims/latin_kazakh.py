"""Kazakh written in a Latin alphabet, read in Cyrillic so that the Kazakh lexicons apply.

Two Latin spellings reach the press: the official alphabet of 2021 ("6 adam bırneşe biulleten alğany üşın
äkımşılık jauapkerşılıkke tartyldy": ı is і, y is ы, ū is ұ, i is и or й) and the older Turkish-style one many
sites used ("birneşe adamnıñ ... jauapkerşilikke tartıldı": ı is ы, i is і, w is ұ, y is й). Which one a text uses
shows in how it writes ы and ұ: y between consonants and ū in 2021, ı and w in the Turkish style. The reading is letter
by letter (digraphs ia/iu for я/ю in 2021); what the claims quote as evidence stays the text as written
(`read_claims` maps each Cyrillic sentence back to its original).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from sources.records import DetentionClaim, InfractionClaim
from sources.text.sentences import split_sentences

_COMMON = {
    "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "ǧ": "ғ", "h": "х", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "ŋ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "ү", "v": "в", "z": "з", "ç": "ч", "x": "х",
}  # fmt: skip
_OFFICIAL_2021 = {**_COMMON, "ı": "і", "y": "ы", "ū": "ұ", "i": "и", "c": "ц", "w": "у"}
_TURKISH_STYLE = {**_COMMON, "ı": "ы", "i": "і", "y": "й", "w": "ұ", "c": "ц"}
_VOWELS = set("aäeıioöuüūyя")
# case by hand: under IGNORECASE the dotless ı would match every i and I
_KAZAKH_LATIN_RE = re.compile(r"[äöüğǧñŋşçıūÄÖÜĞǦÑŊŞÇŪ]")
_CYRILLIC_RE = re.compile(r"[а-яёәіңғүұқөһ]", re.IGNORECASE)
MIN_MARKED_LETTERS = 3  # letters only a Latin Kazakh spelling has (ä, ş, ğ, ı, ...): fewer, and it is not one
_WORD_RE = re.compile(r"[^\W\d_]+")


def is_latin_kazakh(text: str) -> bool:
    """The text is Kazakh in a Latin alphabet: several of its letters exist only there, and hardly any Cyrillic."""
    return len(_KAZAKH_LATIN_RE.findall(text)) >= MIN_MARKED_LETTERS and len(_CYRILLIC_RE.findall(text)) < 3


MIN_DENSITY = 0.01  # marked letters per letter in a whole text written in Latin Kazakh (an English text quoting
# a Turkish or Kazakh name has far fewer)


def written_in_latin_kazakh(text: str) -> bool:
    """A whole text (not a paragraph quoting a name) is Kazakh in a Latin alphabet."""
    letters = sum(ch.isalpha() for ch in text)
    marked = len(_KAZAKH_LATIN_RE.findall(text))
    return is_latin_kazakh(text) and letters > 0 and marked / letters >= MIN_DENSITY


def _word(word: str, table: dict[str, str], official: bool) -> str:
    lower = word.lower()
    out: list[str] = []
    i = 0
    while i < len(lower):
        ch = lower[i]
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        prev = lower[i - 1] if i else ""
        if official and ch == "i" and nxt in "au" and (not prev or prev not in _VOWELS):
            out.append("я" if nxt == "a" else "ю")  # "biulleten" → бюллетень, "ianvar" → январь
            i += 2
            continue
        if official and ch == "i":
            out.append("й" if prev in _VOWELS or nxt in _VOWELS else "и")  # "aiyppūl" → айыппұл, "Konstitusia"
        else:
            out.append(table.get(ch, ch))
        i += 1
    cyrillic = "".join(out)
    if word.isupper() and len(word) > 1:
        return cyrillic.upper()
    return cyrillic[:1].upper() + cyrillic[1:] if word[:1].isupper() else cyrillic


_CONSONANT_Y_RE = re.compile(r"(?<![aäeıioöuüūy])y(?![aäeıioöuüūy])", re.IGNORECASE)  # ы: "tartyldy", "oblys"


def _official_2021(text: str) -> bool:
    """The 2021 alphabet writes ұ as ū and ы as y between consonants; the Turkish style writes ұ as w and y is й,
    next to a vowel ("saylau")."""
    lower = text.lower()
    if "ū" in lower:
        return True
    return "w" not in lower and len(_CONSONANT_Y_RE.findall(lower)) >= 2


def cyrillic_reading(text: str) -> str:
    """The text in Cyrillic, word by word; digits, punctuation and words already in Cyrillic kept."""
    official = _official_2021(text)
    table = _OFFICIAL_2021 if official else _TURKISH_STYLE

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if _CYRILLIC_RE.search(word) else _word(word, table, official)

    return _WORD_RE.sub(one, text)


Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)


def as_written(claims: list[Claim], read: str, written: str) -> list[Claim]:
    """The claims read off the Cyrillic reading, their evidence the original sentence (sentences pair up one to one:
    the reading keeps every mark that ends one)."""
    pairs = dict(zip((s.text for s in split_sentences(read)), (s.text for s in split_sentences(written)), strict=False))
    return [replace(c, evidence=replace(c.evidence, text=pairs.get(c.evidence.text, c.evidence.text))) for c in claims]
