"""Kazakh written in a Latin alphabet: read in Cyrillic so that the Kazakh lexicons apply, or spelt in the 2018
alphabet the CEC readers' Latin forms know.

Two Latin spellings reach the press: the official alphabet of 2021 ("6 adam bırneşe biulleten alğany üşın
äkımşılık jauapkerşılıkke tartyldy": ı is і, y is ы, ū is ұ, i is и or й) and the older Turkish-style one many
sites used ("birneşe adamnıñ ... jauapkerşilikke tartıldı": ı is ы, i is і, w is ұ, y is й). Which one a text uses
shows in how it writes ы and ұ: y between consonants and ū in 2021, ı and w in the Turkish style. The reading is letter
by letter (digraphs ia/iu for я/ю in 2021); what a parser quotes as evidence stays the text as written
(`sources.claims.latin_kazakh.as_written` maps each Cyrillic sentence back to its original).
"""

from __future__ import annotations

import re

_COMMON = {
    "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "ǧ": "ғ", "h": "х", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "ŋ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "ү", "v": "в", "z": "з", "ç": "ч", "x": "х",
}  # fmt: skip
_OFFICIAL_2021 = {**_COMMON, "ı": "і", "y": "ы", "ū": "ұ", "i": "и", "c": "ц", "w": "у"}
_TURKISH_STYLE = {**_COMMON, "ı": "ы", "i": "і", "y": "й", "w": "ұ", "c": "ц"}
_VOWELS = set("aäeıioöuüūyя")
# case by hand: under IGNORECASE the dotless ı would match every i and I
_KAZAKH_LATIN_RE = re.compile(r"[äöüğǧñŋşçıūÄÖÜĞǦÑŊŞÇŪ]|[ǵńý](?=[^\W\d_])|[ǴŃÝ]")  # (ǵ ń ý: the 2018 alphabet)
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
    return _in_case_of(word, "".join(out))


def _in_case_of(word: str, cyrillic: str) -> str:
    """The Cyrillic spelling in the Latin word's case: all capitals, a capital first letter, or lower case."""
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


# The 2018 alphabet with acutes ("nebári 4 ótinish tústi", "Respýblıkasynyń Bas prokýratýrasy"): á ǵ ń ó ú are ә ғ ң
# ө ү, ý is у, u is ұ, y is ы, i is і, ı is и (й beside a vowel), sh and ch are ш and ч.
_LATIN_2018 = {**_COMMON, "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у", "u": "ұ", "y": "ы", "i": "і",
               "h": "һ", "c": "ц", "w": "у"}  # fmt: skip
_LATIN_2018_MARK_RE = re.compile(r"[áǵńóúý]", re.IGNORECASE)
_LATIN_2021_ONLY_RE = re.compile(r"[şçǧŋöüäū]", re.IGNORECASE)
_VOWELS_2018 = set("aáeıioóuúyýэ")


def _word_2018(word: str) -> str:
    lower = word.lower()
    out: list[str] = []
    i = 0
    while i < len(lower):
        ch, nxt = lower[i], lower[i + 1] if i + 1 < len(lower) else ""
        prev = lower[i - 1] if i else ""
        if ch in "sc" and nxt == "h":
            out.append("ш" if ch == "s" else "ч")
            i += 2
            continue
        if ch == "ı":
            out.append("й" if prev in _VOWELS_2018 or nxt in _VOWELS_2018 else "и")
        else:
            out.append(_LATIN_2018.get(ch, ch))
        i += 1
    return _in_case_of(word, "".join(out))


def _latin_2018(text: str) -> bool:
    return len(_LATIN_2018_MARK_RE.findall(text)) >= MIN_MARKED_LETTERS and _LATIN_2021_ONLY_RE.search(text) is None


def cyrillic_reading(text: str) -> str:
    """The text in Cyrillic, word by word; digits, punctuation and words already in Cyrillic kept."""
    if _latin_2018(text):
        return _WORD_RE.sub(lambda m: m.group(0) if _CYRILLIC_RE.search(m.group(0)) else _word_2018(m.group(0)), text)
    official = _official_2021(text)
    table = _OFFICIAL_2021 if official else _TURKISH_STYLE

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if _CYRILLIC_RE.search(word) else _word(word, table, official)

    return _WORD_RE.sub(one, text)


# The Kazakh Latin alphabet of 2021 ("Aqtöbe oblysy boiynşa", "sailauǧa qatysty") spelt in the 2018 one
# ("Aqtóbe oblysy boıynsha") the readers know: ş/ç are sh/ch, ǧ/ŋ/ö/ü/ä carry an acute, ū (ұ) is u, u (у) is ý,
# and the dotted and dotless i trade places (і is ı in 2021, i in 2018; и/й the reverse).
_LATIN_2021 = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ǧ": "ǵ", "Ǧ": "Ǵ", "ŋ": "ń", "Ŋ": "Ń",
                             "ö": "ó", "Ö": "Ó", "ü": "ú", "Ü": "Ú", "ä": "á", "Ä": "Á", "ū": "u", "Ū": "U",
                             "u": "ý", "U": "Ý", "ı": "i", "i": "ı", "I": "I"})
_LATIN_2021_RE = re.compile(r"[şŞǧǦŋŊūŪ]")


def is_latin_2021(text: str) -> bool:
    """Kazakh written in the 2021 Latin alphabet: its letters ş, ǧ, ŋ, ū appear in no other spelling the sources use."""
    return len(_LATIN_2021_RE.findall(text)) >= 3


def from_latin_2021(text: str) -> str:
    """A 2021-alphabet Kazakh text in the 2018 alphabet, word by word; words in other scripts are left alone."""
    return re.sub(r"[A-Za-zÀ-ɏ]+", lambda m: m.group(0).translate(_LATIN_2021)
                  if re.search(r"[a-zà-ɏ]", m.group(0)) else m.group(0), text)


# An older ad-hoc Latin spelling some Kazakh sites used before 2018 ("Qazaqstannyng kópshilik ónirinde", "mýsheleri",
# "qúrap", "mәresine"): ғ and ң are the digraphs gh and ng, ү is ý, ұ is ú, у is plain u, and ә is often left in
# Cyrillic. Spelt in the 2018 alphabet the lexicon and regions know (ǵ, ń, ú for ү, u for ұ, ý for у, á).
_OLDER = str.maketrans({"ý": "ú", "Ý": "Ú", "ú": "u", "Ú": "U", "u": "ý", "U": "Ý", "ә": "á", "Ә": "Á"})
_OLDER_MARK_RE = re.compile(r"(?<=[a-zóúý])(?:gh|ng\b)|[a-z]ә|ә[a-z]|\b[a-z]*[ýú][a-z]*gh")
_LATIN_2018_RE = re.compile(r"[ǵńı]")
MIN_OLDER_MARKS = 3  # digraphs gh/ng and a Cyrillic ә in Latin words: an English text has hardly any "gh" after a
# vowel and no ә; fewer, and the text is not written so


def is_latin_older(text: str) -> bool:
    """Kazakh written in the older ad-hoc Latin spelling: its digraphs and Cyrillic ә inside Latin words, the vowel
    letters ý/ú/ó, and none of the 2018 letters (ǵ, ń, ı) or the 2021 ones."""
    return (len(_OLDER_MARK_RE.findall(text)) >= MIN_OLDER_MARKS and re.search(r"[ýúó]", text) is not None
            and not _LATIN_2018_RE.search(text) and not is_latin_2021(text))


def _older_word(word: str) -> str:
    out = word.translate(_OLDER)
    out = re.sub(r"gh", "ǵ", out)
    out = re.sub(r"Gh", "Ǵ", out)
    out = re.sub(r"ng(?![aeiouáóúýy])", "ń", out)  # word-final or before a consonant: ң ("elimizding", "aimaqtyng")
    return re.sub(r"(?<=[aeoiuáóúý])yy", "ıy", out)  # "boyynsha" → "boıynsha": й then ы


def from_latin_older(text: str) -> str:
    """An older-spelling Latin Kazakh text in the 2018 alphabet, word by word; words in other scripts are left alone."""
    return re.sub(r"[A-Za-zÀ-ɏә]+", lambda m: _older_word(m.group(0)) if re.search(r"[a-zà-ɏ]", m.group(0))
                  else m.group(0), text)
