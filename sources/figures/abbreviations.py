"""Parties named bare: by their initials ("НПК – 10 мандатов", "and CPPK - 7 seats", "ОСДП — 4") or by their
registry name without quotes or a party word ("Нур Отан набрала 82,15 %", "Ак жол (7,18 %)"), or by its members
("Акжоловцам – 12": the lexicon's `party_member_suffixes` after a known party's name written as one word).

A bare registry name counts when written with its capital ("Ауыл", never the word "ауыл") and, at a clause's
very start, when a figure follows it.

An all-capitals word of two to six letters is a contestant when the registry spells it so (an alias such as
"CPPK"), when the document introduced it in brackets after a full name ("Народная партия Казахстана (НПК)":
then it is that contestant), or when a dash and a figure follow it at once. Words the lexicon marks as no
name (`not_names`) and the tellers of figures (`speaker_words`: ЦИК, ОСК) never are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.figures.names import Contestant, NameBook, contestant_from_name, registry_rows, registry_spellings
from sources.lexicon import Lexicon
from sources.lexicon.latin import kazakh_latin
from sources.text.letters import UPPER_LETTERS
from transforms.names import fold

ABBREVIATION_RE = re.compile(rf"(?<![\w«\"“])([{UPPER_LETTERS}]{{2,6}})(?![\w»\"”])")
GLOSS_RE = re.compile(rf"\s*\(\s*([{UPPER_LETTERS}]{{2,6}})\s*\)")
DASH_FIGURE_RE = re.compile(r"\s*[–—-]\s*(?:по\s+)?\d")
MIN_INITIALS = 3  # two letters are too many parties' initials
CONNECTORS = {"of", "and", "the", "и", "мен", "және"}
SHORTEST_BARE_NAME = 4  # "Адал" and longer: a shorter registry name is too likely another word


@dataclass
class Abbreviations:
    """The initials a document has glossed ("(НПК)" after its full name), and the reading of new ones."""

    language: str
    lexicon: Lexicon
    book: NameBook
    glossed: dict[str, Contestant] = field(default_factory=dict)

    def gloss(self, text: str, contestant: Contestant, end: int) -> None:
        """Remember "Full Name (ABBR)": a later bare "ABBR" is the same contestant."""
        if (m := GLOSS_RE.match(text, end)) is not None:
            self.glossed[m.group(1)] = contestant

    def _initials(self, word: str) -> Contestant | None:
        """"QKHP" in an English box: the initials of a known party's name in one of its spellings, the Kazakh one in
        the Latin alphabet too (Qazaqstan Kommýnıstik Halyq Partııasy), three letters at least."""
        if len(word) < MIN_INITIALS:
            return None
        for row in registry_rows():
            if row.get("contestant_type") != "party":
                continue
            names = [row.get(k) or "" for k in ("name_en", "name_ru", "name_kk")]
            for name in names:
                for form in {name, kazakh_latin(name.lower())}:
                    words = re.findall(r"[^\W\d_]+", form)
                    letters = "".join(w[0] for w in words if w.lower() not in CONNECTORS)
                    if letters.upper() == word.upper():
                        return next((self.book.spelled(n) for n in names if self.book.spelled(n)), None)
        return None

    def find(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, Contestant]]:
        out = []
        not_names = self.lexicon.words("not_names")
        tellers = self.lexicon.words("speaker_words.before")
        for m in ABBREVIATION_RE.finditer(text):
            word = m.group(1)
            if any(m.start() < e and s < m.end() for s, e in taken) or word.lower() in not_names | tellers:
                continue
            if text[max(0, m.start() - 1): m.start()] == "(" and text[m.end(): m.end() + 1] == ")":
                continue  # the gloss itself: the full name before it is the mention
            known = self.glossed.get(word) or self.book.spelled(word) or self._initials(word)
            if known is None and DASH_FIGURE_RE.match(text, m.end()) is None:
                continue
            if known is None:
                known = self.book.meet(contestant_from_name(word, "party", self.language, self.lexicon))
            out.append((m.start(), m.end(), word, known))
            taken.append((m.start(), m.end()))
        return out


def bare_registry_parties(text: str, book: NameBook, taken: list[tuple[int, int]]) -> list[tuple[int, int, str,
                                                                                               Contestant]]:
    """Registry parties' names written without quotes: "По данным ЦИК, Нур Отан набрала …"."""
    names: list[tuple[str, Contestant]] = []
    for contestant in book.known:
        if contestant.contestant_type != "party" or fold(contestant.name) not in registry_spellings():
            continue  # only the registry's names: a name met in this document was met in its full form
        # the quoted names («Нур Отан»), and the Latin names the registry spells without quotes ("Auyl", "Party of
        # Patriots of Kazakhstan"): an English wire writes either bare
        latin = {n for n in contestant.spellings if re.fullmatch(r"[a-z][a-z' -]*", n)}
        names += [(name, contestant) for name in contestant.quoted | latin if len(name) >= SHORTEST_BARE_NAME]
    out = []
    # the longest first: "People's Party of Kazakhstan" is a part of "Communist People's Party of Kazakhstan"
    for name, contestant in sorted(names, key=lambda n: (-len(n[0]), n[0])):
        words = r"[\s-]+".join(re.escape(w) for w in name.split())
        for m in re.finditer(rf"(?<![\w«\"“]){words}(?![\w»\"”])", text, re.IGNORECASE):
            if not m.group(0)[:1].isupper() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not text[: m.start()].strip(" -–—•") and not re.search(r"\d", text[m.end(): m.end() + 40]):
                continue
            out.append((m.start(), m.end(), m.group(0), contestant))
            taken.append((m.start(), m.end()))
    return out


def party_members(text: str, book: NameBook, lexicon: Lexicon, taken: list[tuple[int, int]]
                  ) -> list[tuple[int, int, str, Contestant]]:
    """"Акжоловцам – 12": a party named by its members' word (a known party's name as one word, a member suffix),
    when a figure follows in the clause."""
    suffixes = lexicon.section("party_member_suffixes")
    if not suffixes:
        return []
    stems = {}
    for contestant in book.known:
        if contestant.contestant_type == "party":
            for name in contestant.quoted:
                stems[re.sub(r"[\s-]+", "", fold(name))] = contestant
    out = []
    rx = re.compile(rf"(?<![\w«\"“])([{UPPER_LETTERS}]\w+?)(?:{'|'.join(map(re.escape, suffixes))})\w*", re.UNICODE)
    for m in rx.finditer(text):
        known = stems.get(fold(m.group(1)))
        if known is None or any(m.start() < e and s < m.end() for s, e in taken) or not re.search(
                r"\d", text[m.end(): m.end() + 40]):
            continue
        out.append((m.start(), m.end(), m.group(0), known))
        taken.append((m.start(), m.end()))
    return out


def apposed_parties(text: str, book: NameBook, lexicon: Lexicon, not_names: set[str], taken: list[tuple[int, int]]
                    ) -> list[tuple[int, int, str, Contestant]]:
    """"Shugyla, the ruling party chaired by …, received …": a capitalised name set off by a comma before a party
    word's phrase (`apposed_party`) is a party, though neither the registry nor the page's quotes name it; a word of
    `not_names` (lowercase) names none."""
    phrases = lexicon.pattern("apposed_party")
    if phrases is None:
        return []
    out = []
    word = rf"(?-i:[{UPPER_LETTERS}])[\w'’-]+"
    for m in re.finditer(rf"(?<![\w«\"“'])({word}(?:\s+{word}){{0,3}})\s*,\s*", text):
        if any(m.start() < e and s < m.end() for s, e in taken) or not phrases.match(text, m.end()) or any(
                w.lower() in not_names for w in m.group(1).split()):
            continue  # "In Almaty, the ruling party …": a region is taken; "However, the party …": no name
        known = book.meet(contestant_from_name(m.group(1), "party", lexicon.language, lexicon))
        out.append((m.start(1), m.end(1), m.group(1), known))
        taken.append((m.start(1), m.end(1)))
    return out
