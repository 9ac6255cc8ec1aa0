"""Kazakh in the Latin alphabet of 2018 ("Aqmola oblysy boıynsha", "daýys berip"): press copies write it so.

The Kazakh lexicon's phrases and the Kazakh spellings of regions.csv are matched in both alphabets.
"""

from __future__ import annotations

# The Kazakh Latin alphabet of 2018 ("Aqmola oblysy boıynsha"): press copies write Kazakh in it.
_KAZAKH_LATIN = dict(zip("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", [
    "a", "á", "b", "v", "g", "ǵ", "d", "e", "ıo", "j", "z", "ı", "ı", "k", "q", "l", "m", "n", "ń", "o", "ó", "p",
    "r", "s", "t", "ý", "u", "ú", "f", "h", "h", "ts", "ch", "sh", "sh", "", "y", "i", "", "e", "ıý", "ıa"],
    strict=True))


def kazakh_latin(cyrillic: str) -> str:
    """A Kazakh spelling in the Latin alphabet of 2018 ("Ақтөбе облысы" → "Aqtóbe oblysy")."""
    out = []
    for ch in cyrillic:
        latin = _KAZAKH_LATIN.get(ch.lower())
        out.append(ch if latin is None else (latin[:1].upper() + latin[1:] if ch.isupper() else latin))
    return "".join(out)
