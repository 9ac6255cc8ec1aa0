"""A party's name as written, in any language → what it means: its descriptive concepts and its proper name.

"Демократическая партия Казахстана «Ак жол»", "«Ақ жол» Қазақстан демократиялық партиясы" and "Ak Zhol
Democratic Party" are {democratic} + 'ak zhol'; "People's Party of Kazakhstan", "Народная партия Казахстана" and
"Халық партиясы" are {peoples} with no proper name. The words per language are data
(transforms/contestant_words.yaml, `party_concepts`); this module knows none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transforms.spelling import consonants, latin, lower, romanize, same_spelling, vocabulary

QUOTED_RE = re.compile(r"[«\"“„]([^»\"”“]{1,80})[»\"”]")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
OWNER_RE = re.compile(r"^(?P<owner>[^«\"“„]+?)['’]s\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class PartyName:
    concepts: frozenset[str]  # meanings of the descriptive words, the optional ones (country, "party") left out
    proper: tuple[str, ...]  # the proper name's words in the comparison alphabet ('ak', 'zhol')
    is_party: bool  # a party word or a quoted name was seen
    proper_written: tuple[str, ...] = ()  # the proper name's words as written ('Ақ', 'жол')

    def describes(self) -> bool:
        return bool(self.concepts or self.proper)


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    """(stem, concept), longest stem first, every language together."""
    pairs = [(lower(stem), concept) for concept, by_language in vocabulary()["party_concepts"].items()
             for stems in by_language.values() for stem in stems]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _filler() -> frozenset[str]:
    return frozenset(lower(w) for ws in vocabulary()["party_filler"].values() for w in ws)


def concept_of(word: str) -> str | None:
    """The concept a descriptive word carries ("демократиялық" → 'democratic'), or None for a proper word."""
    low = lower(word)
    for stem, concept in _stems():
        if low.startswith(stem):
            return concept
    return None


def _read_words(text: str) -> tuple[set[str], list[str]]:
    """Concepts and proper words of unquoted text; hyphenated descriptors split ("Народно-демократическая")."""
    concepts: set[str] = set()
    proper: list[str] = []
    for word in WORD_RE.findall(text):
        if lower(word) in _filler():
            continue
        meanings = [concept_of(p) for p in lower(word).split("-")]
        if all(meanings):
            concepts.update(m for m in meanings if m)
        else:
            proper.append(word)
    return concepts, proper


def _without_owner(name: str) -> str:
    """ "President Nursultan Nazarbayev's Nur Otan Party" → "Nur Otan Party": whose party a wire says it is is no
    part of its name. An owner with a descriptive word is part of it ("People's Party of Kazakhstan")."""
    owner = OWNER_RE.match(name)
    if owner is None or any(concept_of(w) for w in WORD_RE.findall(owner.group("owner"))):
        return name
    rest = owner.group("rest")
    return rest if "party" in _read_words(QUOTED_RE.sub(" ", rest))[0] or QUOTED_RE.search(rest) else name


def read_party(name: str) -> PartyName:
    """The meaning of a party's name as written (quoted parts are its proper name)."""
    name = _without_owner(name)
    quoted = QUOTED_RE.findall(name)
    outside = QUOTED_RE.sub(" ", name)
    concepts, proper_words = _read_words(outside)
    if quoted:
        proper_words = [w for q in quoted for w in WORD_RE.findall(q)]
    optional = set(vocabulary()["optional_concepts"])
    is_party = "party" in concepts or bool(quoted)
    kept = [w for w in proper_words if latin(w)]
    return PartyName(frozenset(concepts - optional), tuple(latin(w) for w in kept), is_party, tuple(kept))


def _same_proper(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One proper name: as many words, each the same spelling, or the same skeleton of three consonants or
    more (Самұрық/Samruk: Kazakh writes vowels Russian drops)."""
    if len(a) != len(b):
        return False
    return all(same_spelling(x, y) or (consonants(x) == consonants(y) and len(consonants(x)) >= 3)
               for x, y in zip(a, b, strict=True))


def same_party(a: PartyName, b: PartyName) -> bool:
    """One party: the same proper name, with descriptions one of which contains the other; or, with no proper
    name on either side, the same descriptive concepts ("Народная партия" ≠ "Народно-демократическая партия")."""
    if a.proper or b.proper:
        if not (a.proper and b.proper and _same_proper(a.proper, b.proper)):
            return False
        return not a.concepts or not b.concepts or a.concepts <= b.concepts or b.concepts <= a.concepts
    return bool(a.concepts) and a.concepts == b.concepts


def english_name(party: PartyName) -> str:
    """An English name derived by rule when no English publication names the party: its proper name in the
    Latin spelling, else its concepts in English, then "Party" ("«Жаңа Жол» партиясы" → "Zhana Zhol Party",
    "Халық партиясы" → "People's Party")."""
    if party.proper_written:
        return " ".join([*(romanize(w) for w in party.proper_written), "Party"])
    order = list(vocabulary()["party_concepts"])
    english = [vocabulary()["party_concepts"][c]["en"][0] for c in sorted(party.concepts, key=order.index)]
    return " ".join([*(w[:1].upper() + w[1:] for w in english), "Party"])
