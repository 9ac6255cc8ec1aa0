"""Who can receive votes: the contestant registry, names met in the document, and comparing names.

Names are compared word by word on a spelling-proof key (case endings cut, then the consonant skeleton
of `transforms.names`), so "за Серикова", "Серикову", "Сериковқа" and "Serikov" meet "Сериков Нурлан".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sources.lexicon import Lexicon
from sources.text.letters import NAME_TAIL
from transforms.names import fold, skeleton, transliterate
from transforms.spelling import distance

ROOT = Path(__file__).resolve().parents[2]
CONTESTANTS_CSV = ROOT / "warehouse" / "seeds" / "contestants.csv"
NAME_COLUMN = {"ru": "name_ru", "kk": "name_kk", "en": "name_en"}
# A quoted name holds no opening quote: "«Мандаты распределены так: партия «Нур Отан»" quotes «Нур Отан»
# a quoted name, its quotes paired: « closes with » (or a curly ”), never with a straight " that opens a name nested
# in a quotation («По данным ЦИК, партия "Нур Отан" набрала …»: the party is the inner name)
QUOTED_RE = re.compile(r"(?:«(?=[^«»\"”“]{1,80}[»”])|[\"“„](?=[^«»\"”“]{1,80}[\"”“]))([^«»\"”“]{1,80})[»\"”“]")
WORD_RE = re.compile(rf"{NAME_TAIL}+")


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """The span shares a character with one already taken by a name."""
    return any(span[0] < e and s < span[1] for s, e in taken)


def same_word(a: str, b: str) -> bool:
    """Two keys of one name word: the same consonant skeleton and at most one letter apart
    ("tokaev"/"tokayev" yes, "kusainov"/"kosanov" no)."""
    if a == b:
        return True
    if skeleton(a) != skeleton(b) or not a or not b:
        return False
    return distance(a, b) <= max(1, min(len(a), len(b)) // 7)


def word_key(word: str, lexicon: Lexicon | None = None) -> str:
    """The key of one name word: case endings cut, transliterated (compare keys with `same_word`)."""
    w = fold(word).replace(" ", "")
    if lexicon is not None and len(w) > 5:
        for ending in sorted(lexicon.words("name_case_endings"), key=len, reverse=True):
            folded_ending = fold(ending)
            if w.endswith(folded_ending) and len(w) - len(folded_ending) >= 4:
                w = w[: -len(folded_ending)]
                break
    return transliterate(w).replace("kh", "h").replace("zh", "j").replace("y", "i").replace("ss", "s")


@dataclass(frozen=True)
class Contestant:
    """One contestant as this document will name it (`name`) and the words that identify it."""

    name: str
    contestant_type: str  # candidate | party | option | against_all
    surname_keys: frozenset[str] = frozenset()  # persons: the keys of the surname in every spelling
    given_keys: frozenset[str] = frozenset()  # persons: keys of the given names
    quoted: frozenset[str] = frozenset()  # parties/options: folded quoted names («Нур Отан» → "нур отан")
    spellings: frozenset[str] = frozenset()  # folded full spellings

    def fuller(self, other: Contestant) -> Contestant:
        return other if len(other.name) > len(self.name) else self


def _person(name: str, surname_first: bool) -> tuple[str, list[str]]:
    words = [w for w in WORD_RE.findall(name) if len(w) > 1]
    if not words:
        return "", []
    if surname_first:
        return words[0], words[1:]
    return words[-1], words[:-1]


def contestant_from_name(name: str, contestant_type: str, language: str, lexicon: Lexicon | None = None,
                         extra_spellings: tuple[str, ...] = ()) -> Contestant:
    """Keys of a name as written: persons by surname/given names, parties and options by quoted parts."""
    spellings = (name, *extra_spellings)
    quoted = {fold(q) for s in spellings for q in QUOTED_RE.findall(s)}
    surnames: set[str] = set()
    given: set[str] = set()
    if contestant_type == "candidate":
        for s in spellings:
            latin = not re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", s)
            surname, rest = _person(s, surname_first=not latin)
            if surname:
                surnames.add(word_key(surname, lexicon))
                given.update(word_key(w, lexicon) for w in rest[:1])
    return Contestant(name, contestant_type, frozenset(surnames), frozenset(given), frozenset(quoted),
                      frozenset(fold(s) for s in spellings if s))


@cache
def registry_rows() -> tuple[dict[str, str], ...]:
    """The registry's rows (warehouse/seeds/contestants.csv) as written."""
    return _registry_rows()


def _registry_rows() -> tuple[dict[str, str], ...]:
    with CONTESTANTS_CSV.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


def registry(language: str, lexicon: Lexicon) -> list[Contestant]:
    """The known contestants (warehouse/seeds/contestants.csv), each named in the document's language."""
    out = []
    for row in _registry_rows():
        names = [row.get("name_ru") or "", row.get("name_kk") or "", row.get("name_en") or ""]
        aliases = [a for a in (row.get("aliases") or "").split("|") if a]
        own = row.get(NAME_COLUMN.get(language, "name_ru")) or next(n for n in names if n)
        ctype = row["contestant_type"]
        extra = tuple(n for n in names + aliases if n and n != own)
        if ctype == "candidate":  # aliases of persons may be surname-only ("Tokayev"): keys from full names
            extra = tuple(n for n in names if n and n != own)
        out.append(contestant_from_name(own, ctype, language, lexicon, extra))
    return out


@dataclass
class NameBook:
    """The contestants a document can name: the registry plus every name met in the document so far."""

    language: str
    lexicon: Lexicon
    known: list[Contestant] = field(default_factory=list)

    @classmethod
    def for_document(cls, language: str, lexicon: Lexicon) -> NameBook:
        return cls(language, lexicon, registry(language, lexicon))

    def person(self, words: list[str]) -> Contestant | None:
        """The known person whose surname is one of these words (and whose given name agrees, if written)."""
        keys = [word_key(w, self.lexicon) for w in words if len(w) > 2]
        best: Contestant | None = None
        for c in self.known:
            if c.contestant_type != "candidate":
                continue
            surname = [k for k in keys if any(same_word(k, s) for s in c.surname_keys)]
            if not surname:
                continue
            others = [k for k in keys if k not in surname]
            if others and c.given_keys and not any(same_word(k, g) for k in others for g in c.given_keys):
                continue  # another person with the same surname
            best = c if best is None else best.fuller(c)
        return best

    def quoted(self, quoted_name: str) -> Contestant | None:
        key = fold(quoted_name)
        for c in self.known:
            if key in c.quoted or key in c.spellings:
                return c
        return None

    def spelled(self, text: str) -> Contestant | None:
        key = fold(text)
        return next((c for c in self.known if key in c.spellings), None)

    def meet(self, contestant: Contestant) -> Contestant:
        """Remember a name met in the document; a fuller spelling of a known person replaces the shorter."""
        for i, c in enumerate(self.known):
            same_person = c.contestant_type == "candidate" == contestant.contestant_type and _any_same(
                c.surname_keys, contestant.surname_keys) and (
                not c.given_keys or not contestant.given_keys or _any_same(c.given_keys, contestant.given_keys))
            same_party = bool(c.quoted & contestant.quoted) or bool(c.spellings & contestant.spellings)
            if same_person or same_party:
                if contestant.contestant_type == "candidate" and _fuller(contestant.name, c.name) and \
                        fold(c.name) not in registry_spellings():
                    self.known[i] = Contestant(contestant.name, c.contestant_type,
                                               c.surname_keys | contestant.surname_keys,
                                               c.given_keys | contestant.given_keys, c.quoted | contestant.quoted,
                                               c.spellings | contestant.spellings)
                return self.known[i]
        self.known.append(contestant)
        return contestant


def _fuller(name: str, than: str) -> bool:
    """More of the person's name: more words, or initials written out ("Ахметбеков Жамбыл" for "Ахметбеков Ж."); a
    case ending is no fuller spelling ("Серікұлын" after "Серікұлы")."""
    words, other = name.split(), than.split()
    initials = sum(w.endswith(".") for w in other) - sum(w.endswith(".") for w in words)
    return len(words) > len(other) or (len(words) == len(other) and initials > 0)


def _any_same(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(same_word(x, y) for x in a for y in b)


@cache
def registry_spellings() -> frozenset[str]:
    return frozenset(fold(row.get(c) or "") for row in _registry_rows() for c in NAME_COLUMN.values())
