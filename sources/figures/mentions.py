"""Mentions: what a clause names that a figure can belong to, and the words that tie them.

Subjects: contestants (registry, names met in the document, generic shapes — a quoted name, party
words, Surname Name Patronymic, Surname + initials, a name next to a vote verb, a list item's label,
referendum answers, "against all"), indicators (registered, ballots cast, turnout, invalid, both
marked, polling stations) and regions (`sources.figures.regions`); parties named in words are read by
`sources.figures.parties`, bare ones and initials by `sources.figures.abbreviations`. Words: vote words, seat words,
lead-ins, pronouns, shares "of participants". All words come from `sources/lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from sources.figures.abbreviations import Abbreviations, apposed_parties, bare_registry_parties, party_members
from sources.figures.names import Contestant, NameBook, contestant_from_name, overlaps, registry_spellings
from sources.figures.parties import PartyNames
from sources.figures.persons import INITIALS, genitive_nominative, looks_like_person
from sources.figures.persons import nominative as surname_nominative
from sources.figures.regions import find_regions
from sources.figures.roles import NAME_WORD, is_affiliation, is_nominator, is_source, is_speaker, names_no_area
from sources.figures.text_layer import figures
from sources.lexicon import Lexicon
from sources.text.letters import CAPITALISED, UPPER_LETTERS
from transforms.names import fold
from transforms.spelling import vocabulary

MentionKind = Literal["contestant", "indicator", "region", "lead_in", "pronoun", "vote", "seats", "participants"]


@dataclass(frozen=True)
class Mention:
    kind: MentionKind
    start: int
    end: int
    text: str
    key: str | None = None  # indicator field, region code
    name: str | None = None  # the name a claim carries (contestant or region)
    contestant: Contestant | None = None


# A list item's label: the words before the dash or colon that precede its figures.
# A bullet is any run of marks before the label: dashes, "•", "▪️" (a symbol with its emoji selector), "✅".
BULLET = r"[-–—•·*\u2022\u2023\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*"
LABEL_RE = re.compile(rf"^\s*{BULLET}\s*(?P<label>[^–—:]{{2,160}}?)\s*(?:\s[–—-]\s|[–—]|:)\s*(?=\S)")
PARENTHESES_RE = re.compile(r"\s*\([^)]*\)")
SURNAME_INITIALS_RE = re.compile(rf"(?<![\w.])(?P<name>{CAPITALISED}\s+{INITIALS}|{INITIALS}\s?{CAPITALISED})")
# the possessive endings are contestant_words.yaml's (`english_possessive`), the ones the name resolver strips
POSSESSIVE_NAME_RE = re.compile(r"(?<![\w«\"'’-])((?-i:[A-Z])[\w-]+)(?:"
                                + "|".join(map(re.escape, vocabulary()["english_possessive"])) + r")(?!\w)")
ADJECTIVE_REGION_RE = re.compile(r"(?:ск|цк)(?:ая|ой|ую|ого|ом|ие|их|ое)$", re.I)
# an answer's phrase that opens on the unit of the figure before it: "(71,12) пайызы … қолдады", "(5 561 937) адам"
UNIT_LED_RE = re.compile(r"(?:адам|пайыз|процент|человек|%|per\s?cent|people)", re.I)
PRONOUN_SECTIONS = ("pronouns", "pronoun_order.first", "pronoun_order.second")
CAPITALISED_RUN_RE = re.compile(rf"(?<![\w«\"])(?:{NAME_WORD})(?:\s+(?:{NAME_WORD}))*")


def kk_nominative(lx: Lexicon, name: str) -> str:
    """A Kazakh person's name with the case ending off its last word, where the surname takes it: "Асқар
    Жолдасовқа" → "Асқар Жолдасов", "Нұрлан Серікбаевты" → "Нұрлан Серікбаев"."""
    *first, last = name.strip().split()
    cut = surname_nominative(lx, last)
    patronymic = cut.lower().endswith(tuple(lx.words("patronymic_endings")))  # "Маратұлына" → "Маратұлы"
    if _FEMININE_SURNAME_RE.search(last) and not patronymic:
        return name.strip()  # "Дана Тұлпарова" is the nominative already
    return " ".join([*first, cut])


_FEMININE_SURNAME_RE = re.compile(r"(?:ова|ева|ёва|ина|ына|іна)$", re.IGNORECASE)


_OPENING_QUOTE_RE = re.compile(r"^\s*[«\"“]")
_QUOTED_NAME_CHARS = 60


def _quotation_opened(text: str) -> str:
    """The text with the mark that opens a quotation of speech blanked ("«Нұрлан Серікбаевты 8 841 676 сайлаушы
    қолдады …": the chair's words, not a quoted name): a name may open it. A short quoted name («Ақ жол») keeps it."""
    m = _OPENING_QUOTE_RE.match(text)
    if m is None:
        return text
    close = re.search(r"[»\"”]", text[m.end():])
    quoted = text[m.end(): m.end() + close.start()] if close else text[m.end():]
    if close is not None and len(quoted) <= _QUOTED_NAME_CHARS and not re.search(r"\d", quoted):
        return text
    return text[: m.end() - 1] + " " + text[m.end():]


class MentionFinder:
    """Finds the mentions of clauses of one document, remembering the names it meets."""

    def __init__(self, language: str, lexicon: Lexicon, book: NameBook, *, referendum: bool = False,
                 contestants_allowed: bool = True) -> None:
        self.language = language
        self.lx = lexicon
        self.book = book
        self.referendum = referendum
        self.contestants_allowed = contestants_allowed
        self.not_names = {w.lower() for w in lexicon.section("not_names")}
        self.abbreviations = Abbreviations(language, lexicon, book)
        self.parties = PartyNames(language, lexicon, book)

    # --- words ---------------------------------------------------------------------------------------
    def _word_mentions(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        for field in self.lx.indicator_fields:
            for m in self.lx.finds(f"indicators.{field}", text):
                out.append(Mention("indicator", m.start(), m.end(), m.group(0), key=field))
        cast = [(m.start, m.end) for m in out if m.key == "ballots_cast"]
        # "пришли на участки для голосования": the stations are where people came, not what is counted
        out = [m for m in out if not (m.key == "polling_stations" and overlaps((m.start, m.end), cast))]
        for field in self.lx.mapping("generic_indicators"):
            for m in self.lx.finds(f"generic_indicators.{field}", text):
                narrowed = any(0 <= o.start - m.end() <= 40 and not re.search(r"\d", text[m.end(): o.start])
                               for o in out)  # "Число избирателей, получивших бюллетени": those who voted
                if not narrowed:
                    out.append(Mention("indicator", m.start(), m.end(), m.group(0), key=field))
        for section, kind in (("lead_ins", "lead_in"), ("vote_words", "vote"), ("seat_words", "seats"),
                              ("participants_share", "participants")):
            for m in self.lx.finds(section, text):
                out.append(Mention(kind, m.start(), m.end(), m.group(0)))  # type: ignore[arg-type]
        # the ordinal pronouns ("the former", "біріншісі") are pronouns too (lexicon `pronoun_order`)
        for m in [m for key in PRONOUN_SECTIONS for m in self.lx.finds(key, text)]:
            named_before = re.search(rf"({NAME_WORD})\s+$", text[: m.start()])
            if (named_before and named_before.group(1).lower() not in self.not_names) or re.match(
                    rf"\s+(?:of\s+(?:the\s+)?)?[«\"{UPPER_LETTERS}]", text[m.end():]):
                continue  # "Народная партия …", "партия Respublica", "the Party of Patriots": a word of a name
            out.append(Mention("pronoun", m.start(), m.end(), m.group(0)))
        return out

    # --- contestants ---------------------------------------------------------------------------------
    def _named(self, start: int, end: int, text: str, contestant: Contestant) -> Mention:
        return Mention("contestant", start, end, text, name=contestant.name, contestant=contestant)

    def _option(self, text: str, answer: str) -> Contestant:
        names = {"yes": ("«Да»", "«Иә»", "Yes"), "no": ("«Нет»", "«Жоқ»", "No"),
                 "against_all": ("Против всех", "Бәріне қарсымын", "Against all")}[answer]
        own = names[{"ru": 0, "kk": 1, "en": 2}.get(self.language, 0)]
        known = self.book.spelled(own)
        return known or contestant_from_name(own, "against_all" if answer == "against_all" else "option",
                                             self.language, self.lx)

    def _answers(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        out = []
        for m in self.lx.finds("against_all", text):
            out.append(self._named(m.start(), m.end(), m.group(0), self._option(text, "against_all")))
            taken.append((m.start(), m.end()))
        for answer in ("yes", "no"):
            for m in self.lx.finds(f"answers.{answer}", text):
                if overlaps((m.start(), m.end()), taken):
                    continue
                word = m.group(0)
                # «за» — 87,15%: an answer in quotes, whatever the pattern took of them
                quoted = word.startswith(("«", '"', "'", "‘")) or (
                    text[m.start() - 1: m.start()] in {"«", '"', "“", "'", "‘"}
                    and text[m.end(): m.end() + 1] in {"»", '"', "”", "'", "’"})
                # a phrase around the figure ("691 375 адам (10,90%) қолдады") is an answer's only in a referendum:
                # elsewhere the verb of support governs the party or candidate named before
                # -- and so is one that opens on the figure's unit ("пайызы … қолдады", "адам … қолдаған")
                multiword = " " in word.strip() and (self.referendum or not (
                    re.search(r"\d", word) or UNIT_LED_RE.match(word.strip())))
                is_label = not text[: m.start()].strip(" -–—•*")
                voted = self.referendum and self.lx.has("vote_words", text[max(0, m.start() - 60): m.end() + 30])
                if quoted or multiword or (self.referendum and is_label) or (voted and len(word) > 3):
                    # "5 561 937 адам (71,12%) қолдады": the phrase's figures stay figures, the verb names the answer
                    start = m.start() + (found[-1].end if (found := figures(word, self.language)) else 0)
                    start += len(text[start: m.end()]) - len(text[start: m.end()].lstrip(" )"))
                    out.append(self._named(start, m.end(), text[start: m.end()], self._option(text, answer)))
                    taken.append((start, m.end()))
            if not self.referendum:
                continue
            for m in self.lx.finds(f"answer_labels.{answer}", text):
                # a table row "For 7,212,773 90.0" / "Против – 800 839": the answer as a row's whole label
                if not overlaps((m.start(), m.end()), taken) and not text[: m.start()].strip(" -–—•*") \
                        and (re.match(r"\s*[-–—:|]?\s*\d", text[m.end():]) or not text[m.end():].strip(" :")):
                    out.append(self._named(m.start(), m.end(), m.group(0), self._option(text, answer)))
                    taken.append((m.start(), m.end()))
        return out

    def _persons(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        out: list[Mention] = []
        runs = [(m.start(), m.end(), m.group(0)) for m in SURNAME_INITIALS_RE.finditer(text)]
        party = self.lx.pattern("party_words")
        for m in CAPITALISED_RUN_RE.finditer(_quotation_opened(text)):
            cut = party.search(m.group(0)) if party else None  # "… Democratic Party Nurlan Auesbayev"
            if cut is not None and m.group(0)[cut.end():].strip():
                rest = m.group(0)[cut.end():]
                offset = m.start() + cut.end() + len(rest) - len(rest.lstrip())
                runs.append((offset, m.end(), rest.strip()))
            elif cut is None:
                runs.append((m.start(), m.end(), m.group(0)))
        pronouns = set().union(*(self.lx.words(key) for key in PRONOUN_SECTIONS))
        if self.language == "en":
            # "Tokayev's best showing was in …": a person already met, named in the possessive (no run takes it:
            # "Sunday's" is no name)
            for m in POSSESSIVE_NAME_RE.finditer(text):
                if not overlaps(m.span(1), taken) and (known := self.book.person([m.group(1)])) is not None:
                    out.append(self._named(m.start(1), m.end(1), m.group(1), known))
                    taken.append(m.span(1))
        for start, end, run in runs:
            if overlaps((start, end), taken) or is_speaker(self.lx, text, start, end):
                continue
            words = [w for w in re.split(r"\s+", run) if w]
            while words and _bare(words[0]) in self.not_names:  # "Кандидат Сериков …", "За Серикова"
                start += len(words[0]) + (len(run) - len(run.lstrip())) + 1
                run = run[len(words[0]):].lstrip()
                words = words[1:]
            words = [w for w in words if _bare(w) not in self.not_names]  # "Sunday's election": no name
            if not words or (len(words) == 1 and words[0].lower() in pronouns):
                continue
            known = self.book.person(words)
            party = self.parties.registry_party(" ".join(words)) if known is None and self.language == "en" else None
            if party is not None:  # "The Social Democrats (OSDP) fell short": a registry party named by its words
                out.append(self._named(start, start + len(run.rstrip()), run.strip(), party))
                taken.append((start, end))
                continue
            if known is None and not looks_like_person(self.lx, self.language, text, start, end, words):
                continue
            if known is None and self.language == "kk":
                run = kk_nominative(self.lx, run)  # "Ержановқа" → "Ержанов", "Ермек Тұрсыновқа" → "Ермек Тұрсынов"
            # a name the text gives only in the genitive is the person's nominative
            nominative = genitive_nominative(self.lx, text, start, words) if self.language == "ru" else None
            if known is None or (len(run.strip()) > len(known.name) and len(words) >= 2 and nominative != known.name):
                known = self.book.meet(contestant_from_name(nominative or run.strip(), "candidate", self.language,
                                                            self.lx))
            out.append(self._named(start, start + len(run.rstrip()), run.strip(), known))
            taken.append((start, end))
        return out

    def _label(self, text: str, taken: list[tuple[int, int]], regions: list[Mention],
               indicators: list[Mention]) -> list[Mention]:
        """A list item's label ("Сериков Нурлан – 3 456 789 голосов"): a contestant unless it is a
        region, an indicator or a lead-in."""
        m = LABEL_RE.match(text)
        if not m or not re.search(r"\d", text[m.end():]):
            return []
        start, end = m.start("label"), m.end("label")
        label = PARENTHESES_RE.sub("", m.group("label")).strip(" ,;")
        if not label or overlaps((start, end), taken) or re.search(r"\d", label):
            return []
        if any(start <= r.start < end for r in regions + indicators):
            return []
        if any(r.start == m.end() or not text[m.end(): r.start].strip() for r in regions if r.start >= m.end()):
            return []  # "Ең белсенді өңір – Түркістан облысы, 81,2": the item's value is a region, its label no name
        ending = self.lx.finds("vote_words", label)
        if ending and not label[ending[-1].end():].strip(" ,"):
            return []  # "Nur Otan received – as the count shows – 5,348,102 votes": a sentence's verb, no label
        if self.lx.has("lead_ins", label) or self.lx.has("respectively_words", label) or len(label.split()) > 12 or any(
                self.lx.has(f"lead_in_context.{k}", label) for k in self.lx.mapping("lead_in_context")):
            return []
        bare = label.split(maxsplit=1)  # "За соперников …": the preposition off, a lowercase noun is no name
        if len(bare) == 2 and bare[0].lower() in self.not_names and not re.match(rf"[«\"{UPPER_LETTERS}]", bare[1]):
            return []
        if label.lower() in self.not_names or any(
                label.lower() in self.lx.words(key) for key in PRONOUN_SECTIONS) or not re.match(
                rf"[«\"{UPPER_LETTERS}]", label):
            return []  # "Бұл – 81,31 пайыз": the pronoun stands for the contestant just named (a pronoun mention)
        if len(bare) == 2 and bare[0].lower() in self.not_names and len(bare[0]) <= 3:
            # "За Оспанову Меруерт Кайратовну – 3,7 %": the preposition off, the name in its case is the person's
            start = m.start("label") + m.group("label").index(bare[1])
            label = bare[1]
        known = self.abbreviations.glossed.get(label) or self.book.spelled(label) or self.book.person(label.split())
        if known is None:
            kind = "party" if self.lx.has("party_words", label) else "candidate"
            named = kk_nominative(self.lx, label) if kind == "candidate" and self.language == "kk" else label
            known = self.book.meet(contestant_from_name(named, kind, self.language, self.lx))
        taken.append((start, end))
        return [self._named(start, end, m.group("label"), known)]

    def _inside_name(self, text: str, start: int, end: int, name: str, written: str) -> bool:
        """A bare region word between capitalised words is part of a name ("Ахметбеков Жамбыл Аужанович")."""
        if written.split()[0].lower() in {"по", "в", "во", "in", "the"} or len(written.split()) > 1:
            return False
        if ADJECTIVE_REGION_RE.search(written):
            return False  # "Лидируют Костанайская (43,1%)": an area's adjective, its noun elided, is no name's word
        before = re.search(rf"{NAME_WORD}\s+$", text[:start])
        after = re.match(rf"\s+{NAME_WORD}", text[end:])
        word_after = after.group(0).strip() if after else ""
        if after and (find_regions(word_after) or word_after.lower() in self.not_names):
            after = None
        return bool(before and before.group(0).split()[0].lower() not in self.not_names) or bool(after)

    # --- all -----------------------------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        words = self._word_mentions(text)
        regions = [Mention("region", r.start, r.end, r.text, key=r.code, name=r.name) for r in find_regions(text)
                   if not self._inside_name(text, r.start, r.end, r.name, r.text)
                   and not names_no_area(self.lx, text, r.start, r.end, r.text)]
        indicators = [w for w in words if w.kind == "indicator"]
        out = words + regions
        if self.contestants_allowed:
            taken = [(r.start, r.end) for r in regions]
            contestants = self._answers(text, taken)
            contestants += [self._named(s, e, w, c) for s, e, w, c in self.parties.quoted(text, taken)]
            contestants += [self._named(s, e, w, c) for s, e, w, c in self.parties.unquoted(text, taken)]
            contestants += [self._named(s, e, w, c) for s, e, w, c in bare_registry_parties(text, self.book, taken)]
            contestants += [self._named(s, e, w, c) for s, e, w, c in party_members(text, self.book, self.lx, taken)]
            contestants += [self._named(s, e, w, c)
                            for s, e, w, c in apposed_parties(text, self.book, self.lx, self.not_names, taken)]
            contestants += self._label(text, taken, regions, indicators)
            for c in contestants:
                if c.contestant is not None and c.contestant.contestant_type == "party":
                    self.abbreviations.gloss(text, c.contestant, c.end)
            contestants += [self._named(s, e, w, c) for s, e, w, c in self.abbreviations.find(text, taken)]
            if self.language == "en":
                contestants += [self._named(s, e, w, c) for s, e, w, c in self.parties.english(text, taken)]
            contestants += self._persons(text, taken)
            totals = [(m.start, m.end) for m in indicators if m.key == "valid_votes"]
            contestants = [c for c in contestants if not overlaps((c.start, c.end), totals)]  # "… и против всех N"
            # "Мандаты получили: …": a seat word opening a sentence names no candidate, as an indicator does not
            indicator_spans = [(m.start, m.end) for m in words if m.kind in {"indicator", "seats"}]
            contestants = [c for c in contestants if not (
                c.contestant is not None and c.contestant.contestant_type in {"party", "candidate"}
                and is_nominator(text, c.start))
                and not (c.contestant is not None and c.contestant.contestant_type == "party"
                         and is_affiliation(self.lx, text, c.start))
                # "Zharmakhan Tuyakbay, the candidate of the For a Just Kazakhstan bloc": a capitalised run after a
                # person's nominator words names the nominator, no second person
                and not (c.contestant is not None and c.contestant.contestant_type == "candidate"
                         and fold(c.text) not in registry_spellings() and is_affiliation(self.lx, text, c.start))
                and not (c.contestant is not None and c.contestant.contestant_type == "candidate"
                         and overlaps((c.start, c.end), indicator_spans) and fold(c.text) not in registry_spellings())]
            # a name introduced as the source of the figures ("According to "Kazakhstan Today," …") is none
            contestants = [c for c in contestants if (c.contestant is not None and c.contestant.contestant_type in {
                "option", "against_all"}) or not is_source(self.lx, text, c.start, c.end)]
            contestants = _without_name_heads(text, contestants)
            if self.referendum:  # the contestants of a referendum are its answers: a person is a speaker
                contestants = [c for c in contestants if c.contestant is not None
                               and c.contestant.contestant_type in {"option", "against_all"}]
            out += contestants
            # a word inside a contestant's name is not an indicator or a vote word ("Партия «Голос»")
            spans = [(c.start, c.end) for c in contestants]
            out = [m for m in out if m.kind == "contestant" or m.key == "valid_votes"
                   or not overlaps((m.start, m.end), spans)]
        return sorted(out, key=lambda m: (m.start, m.end))


def _without_name_heads(text: str, contestants: list[Mention]) -> list[Mention]:
    """A word read alone that opens the next contestant's own name ("Демократическая" before "партия Казахстана «Ак
    жол»", the registry's "Демократическая партия Казахстана «Ак жол»") is that name's first word, no contestant."""
    ordered = sorted(contestants, key=lambda c: c.start)
    heads = {id(m) for m, n in pairwise(ordered)
             if not text[m.end: n.start].strip() and n.contestant is not None and len(m.text.split()) == 1
             and fold(n.contestant.name).startswith(fold(m.text))}
    return [c for c in contestants if id(c) not in heads]


def folded_words(text: str) -> list[str]:
    return fold(text).split()


def _bare(word: str) -> str:
    """A word without its English possessive ("Sunday's" → "sunday"), lower case."""
    return re.sub(r"['’]s$", "", word.lower())
