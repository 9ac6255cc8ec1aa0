"""Parties named in words: quoted ("партия «Алга»", "«Алға» партиясына"), unquoted beside a party word
("Народная партия Казахстана набрала …", "партия Respublica — …") and in English ("the Alga party",
"People's Party of Kazakhstan"), each read back to its name in the nominative and met in the document's
`NameBook`. Used by `sources.figures.mentions`; the words come from `sources/lexicon` (`party_words`,
`party_gap`, `party_case`, `party_nominative`, `not_party_names`, `not_names`).
"""

from __future__ import annotations

import re

from sources.figures.names import QUOTED_RE, Contestant, NameBook, contestant_from_name, overlaps, registry_spellings
from sources.figures.persons import surname
from sources.figures.roles import NAME_WORD, is_nominator
from sources.figures.text_layer import figures
from sources.lexicon import Lexicon
from transforms.names import fold

Found = tuple[int, int, str, Contestant]  # start, end, the words as written, the contestant they name
QUOTES = "«»“”\"„"
LAW_TITLE_RE = re.compile(r"^(?:о|об|on|туралы)\b", re.I)
EN_PARTY_RE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,5})(?P<word>[Pp]arty)\b")
# the party word first: "the Party of Revival of Kazakhstan", "the Party of Patriots"
EN_PARTY_OF_RE = re.compile(r"\bParty\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:of\s+|and\s+)?){0,4}[A-Z][\w'’-]+")
# "Auyl (Village) People's …", "the Otan [Fatherland] Party"
GLOSS_RE = re.compile(r"(?<=[\w'’])\s+(?:\([A-Z][A-Za-z'’ -]{1,40}\)|\[[A-Z][A-Za-z'’ -]{1,40}\])(?=\s+[A-Z])")


class PartyNames:
    """Reads the parties a clause names, remembering in the document's book the ones it meets."""

    def __init__(self, language: str, lexicon: Lexicon, book: NameBook) -> None:
        self.language = language
        self.lx = lexicon
        self.book = book
        self.not_names = {w.lower() for w in lexicon.section("not_names")}

    def quoted(self, text: str, taken: list[tuple[int, int]]) -> list[Found]:
        """A quoted name with a party word before or after it, a known one, or one a figure follows."""
        out: list[Found] = []
        party_rx = self.lx.pattern("party_words")
        for m in QUOTED_RE.finditer(text):
            inner = m.group(1).strip()
            if overlaps((m.start(), m.end()), taken) or LAW_TITLE_RE.match(inner) or len(inner) < 2:
                continue
            if figures(inner, self.language):
                continue  # "«The Nur Otan Party [has] 71.09 percent,»": a quotation holding a figure quotes, names none
            if re.search(NAME_WORD + r"\s*\($", text[: m.start()].rstrip()):
                continue  # "Дайрабаев («Ауыл») – 3,42 %": the nominating party of a candidate, not a contestant
            start, end = m.start(), m.end()
            before, after = text[max(0, start - 60): start], text[end: end + 30]
            party_before = party_rx and (pb := list(party_rx.finditer(before))) and before[pb[-1].end():].strip(
                " ").lower() in {"", *self.lx.words("party_gap")}
            party_after = party_rx and (pa := party_rx.match(after.lstrip(" "))) is not None
            known = self.book.quoted(inner)
            if known is None and not (party_before or party_after) and (
                    not figures(text[end:], self.language) or inner[:1].islower()):
                continue  # with no party word, a quoted name needs a figure after it ("«Жарық» — сорок один"); a
                # quoted lowercase word quotes
            if party_before:
                start = start - (len(before) - pb[-1].start())  # type: ignore[index]
            if party_after:
                end = end + (len(after) - len(after.lstrip(" "))) + pa.end()  # type: ignore[union-attr]
            if known is None:
                name = self._nominative_quoted(text[start:end], m.group(0), bool(party_before), bool(party_after))
                known = self.book.meet(contestant_from_name(name, "party", self.language, self.lx))
            out.append((start, end, text[start:end], known))
            taken.append((start, end))
        return out

    def _nominative_quoted(self, written: str, quoted: str, before: bool, after: bool) -> str:
        """The party's name in the nominative: "партия «Алга»" → "Партия «Алга»", "«Алға» партиясына" →
        "«Алға» партиясы"."""
        if after and self.language == "kk":
            return f"{quoted} партиясы"
        if after and self.language == "en":
            return quoted.strip(QUOTES) + " Party"
        if before and len(written.split()) == len(quoted.split()) + 1:
            return f"{self.lx.section('party_nominative')[0]} {quoted}" if self.lx.section(
                "party_nominative") else written  # "за партию «Алга»" → "Партия «Алга»"
        if before:
            return written[:1].upper() + written[1:]
        return quoted

    def unquoted(self, text: str, taken: list[tuple[int, int]]) -> list[Found]:
        """"Народная партия Казахстана набрала …", "за Коммунистическую народную партию Казахстана – …",
        "партия Respublica — …", "Қазақстан Халық партиясына …": a party named without quotes."""
        party = self.lx.pattern("party_words")
        if party is None or self.language == "en":
            return []
        out: list[Found] = []
        for m in party.finditer(text):
            if re.match(r"партийн", m.group(0), re.IGNORECASE):
                continue  # "по партийным спискам": the party lists, an adjective, no party named
            before = re.search(rf"(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD}(?:\s+[а-яёәғқңөұүһі-]+){{0,3}}\s+$",
                               text[: m.start()])
            # "партия Nur Otan", "партию Ертіс"; not "партии Тургун Сыздыков" (the party's candidate follows)
            after = re.match(r"(?:\s+[A-Z][\w-]+(?![\w«\"])){1,3}", text[m.end():]) or re.match(
                rf"\s+(?:Казахстана|{NAME_WORD})(?![\w«\"])(?!\s+{NAME_WORD})", text[m.end():]) or re.match(
                # "за партию патриотов Казахстана": the members' noun in the genitive plural, then the country
                r"\s+[а-яё]+(?:ов|ев|ых|их)\s+Казахстана(?![\w«\"])", text[m.end():])
            if after is not None and after.group(0).split()[0].lower() in self.not_names - {"казахстана"}:
                after = None
            if before is not None and not self._adjectives(before.group(0)):
                before = None  # "По итогам распределения партия AMANAT": the words before name no party
            if before is None and after is not None and re.match(r"\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]", after.group(0)) \
                    and surname(self.lx, after.group(0).strip()):
                # "партия Назарбаева": the party of a person named by its leader, neither a party's name nor
                # a candidate; the figure stays unbound rather than go to a guessed party
                taken.append((m.start(), m.end() + after.end()))
                continue
            if before is None and after is None:
                continue
            start = before.start() if before else m.start()
            if before is not None and set(w.lower() for w in before.group(0).split()) & self.lx.words(
                    "not_party_names"):
                continue  # "Эти партии преодолели …", "За политические партии подано …": no party's name
            if re.search(r"[»\"”]\s*$", text[:start]):
                continue  # "«Baytaq» Жасылдар партиясы": the quoted name leads, `_quoted` reads it
            end = m.end() + (after.end() if after else 0)
            while start < m.start() and text[start:].split()[0].lower() in self.not_names and len(
                    text[start:].split()[0]) <= 3:
                start += len(text[start:].split()[0]) + 1  # "За Коммунистическую …": the preposition is no name
                start += len(text[start:]) - len(text[start:].lstrip())
            if overlaps((start, end), taken) or (before is None and m.start() > 0 and re.search(
                    r"[«\"]\s*$", text[: m.start()])):
                continue
            if before is not None and is_nominator(text, start):
                continue
            name = self._nominative(text[start:end])
            known = self.book.spelled(name) or self.book.quoted(name)
            if known is None:  # "Народной партии" after "Народная партия Казахстана": the fuller name met
                short = fold(name) + " "
                # (not when what the short name lacks is the party's quoted name itself: "Демократическая партия
                # Казахстана" is not "Демократическая партия Казахстана «Ак жол»")
                known = next((c for c in self.book.known if c.contestant_type == "party"
                              and any(sp.startswith(short) and sp[len(short):].strip() not in c.quoted
                                      for sp in c.spellings)), None)
            if known is None:
                known = self.book.meet(contestant_from_name(name, "party", self.language, self.lx))
            out.append((start, end, text[start:end], known))
            taken.append((start, end))
        return out

    def _adjectives(self, words: str) -> bool:
        """Every word before a party word (but a preposition) an adjective of its name, where the lexicon says how
        they end (`party_name_endings`): "Народная", "Коммунистическую народную"; not "итогам распределения"."""
        endings = tuple(self.lx.words("party_name_endings"))
        return not endings or all(w.lower().endswith(endings) for w in words.split() if w.lower() not in self.not_names)

    def _nominative(self, written: str) -> str:
        """The accusative or dative of a party's name back to the nominative (lexicon `party_case`)."""
        endings = self.lx.mapping("party_case")
        words = []
        for word in written.split():
            for ending, nominative in sorted(endings.items(), key=lambda e: len(e[0]), reverse=True):
                if word.lower().endswith(str(ending)) and (len(word) > len(str(ending)) + 2 or word.lower() == ending):
                    word = word[: -len(str(ending))] + str(nominative)
                    break
            words.append(word)
        name = " ".join(words)
        return name[:1].upper() + name[1:]

    def registry_party(self, written: str) -> Contestant | None:
        """"The Social Democrats": the one registry party whose English name holds every word of the written one,
        each by its stem ("Nationwide Social Democratic Party"); none when two could be meant."""
        stems = [w[:6] for w in fold(written).split() if len(w) > 3 and w not in {"party", "the"}]
        if len(stems) < 2:  # "the Democratic Party" alone could be several
            return None
        fitting = [c for c in self.book.known if c.contestant_type == "party" and fold(c.name) in registry_spellings()
                   and all(any(word.startswith(stem) for word in fold(c.name).split()) for stem in stems)]
        return fitting[0] if len(fitting) == 1 else None

    def english(self, text: str, taken: list[tuple[int, int]]) -> list[Found]:
        """'the Alga party', 'Alga Party': English names parties without quotes."""
        out: list[Found] = []
        # "the Aq Jol (Bright Path) Democratic Party": a gloss in brackets is no break in the name it translates
        for m in EN_PARTY_RE.finditer(GLOSS_RE.sub(lambda g: " " * len(g.group(0)), text)):
            words = [w for w in m.group("name").split() if w.lower() not in self.not_names or w[0].isupper()]
            words = [w for w in words if w.lower() not in {"the", "a"}]
            if not words or overlaps((m.start(), m.end()), taken):
                continue
            written = " ".join(words)
            start = m.start() + m.group(0).index(words[0])
            end = m.end()
            gap = next((g for g in self.lx.section("party_gap") if text[end:].lower().startswith(f" {g.lower()}")),
                       None)
            if gap is not None:  # "People's Party of Kazakhstan": the country is part of the name
                end += len(gap) + 1
            if re.search(rf"{NAME_WORD},?\s+(?:of|from|nominated by)\s+(?:the\s+)?$", text[:start]) or re.match(
                    rf"\s+{NAME_WORD}\s+{NAME_WORD}", text[m.end():]):
                continue  # "Dayrabayev, of the Auyl Party, …", "the X Party's Nurlan Auesbayev": a nominator
            full = text[start:end]
            known = self.book.spelled(full) or self.book.spelled(f"{written} Party") or self.book.quoted(written)
            if known is None:  # "the People's Party" after "People's Party of Kazakhstan": the fuller name met
                short = fold(f"{written} Party") + " "
                known = next((c for c in self.book.known if c.contestant_type == "party"
                              and any(s.startswith(short) for s in c.spellings)), None)
            if known is None:
                known = self.registry_party(written)
            if known is None:
                known = self.book.meet(contestant_from_name(full if end > m.end() else f"{written} Party", "party",
                                                            self.language, self.lx, (f"«{written}»",)))
            out.append((start, end, full, known))
            taken.append((start, end))
        for m in EN_PARTY_OF_RE.finditer(text):
            if overlaps((m.start(), m.end()), taken):
                continue
            full = m.group(0)
            known = self.book.spelled(full) or self.registry_party(full)
            if known is None:
                known = self.book.meet(contestant_from_name(full, "party", self.language, self.lx))
            out.append((m.start(), m.end(), full, known))
            taken.append((m.start(), m.end()))
        return out
