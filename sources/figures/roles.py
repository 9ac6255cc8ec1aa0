"""Roles a name plays that make it no subject of a figure: a speaker who tells the figures, a nominator in
brackets after its candidate, a party a named person leads, a quoted name's gloss in brackets, a place that is
a dateline, a clock's zone or a briefing's venue.

Used by `sources.figures.mentions`; the words come from `sources/lexicon` (`speaker_words`,
`affiliation_words`, `region_not_area`).
"""

from __future__ import annotations

import re

from sources.figures.persons import surname
from sources.figures.regions import find_regions
from sources.lexicon import Lexicon
from sources.text.letters import CAPITALISED_WORD, NAME_TAIL, UPPER_LETTERS

# a capitalised word of a name; "Nazarbayeva’s" (a possessive) names the owner of what follows, no word of a name
NAME_WORD = rf"{CAPITALISED_WORD}(?<!['’]s)(?<!['’])(?!{NAME_TAIL})"
COORDINATION_RE = re.compile(r"\s*(?:,|және|мен|и|and)\s+", re.I)


# a city's adjective joined in a list of commissions, whether or not the regions know it as an area ("Нур-Султанской,
# Алматинской и Шымкентской городскими избирательными комиссиями")
_CITY_ADJECTIVE_RE = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*?(?:ской|ская|ских|ским|скими|скую)(?![\w-])")


def _past_coordinated(text: str, end: int) -> str:
    """The text after a region and the regions joined to it ("Астана және Алматы …" → "…")."""
    while (m := COORDINATION_RE.match(text, end)) is not None:
        joined = next((r for r in find_regions(text[m.end():]) if r.start == 0), None)
        if joined is None:
            adjective = _CITY_ADJECTIVE_RE.match(text, m.end())
            if adjective is None:
                break
            end = adjective.end()
            continue
        end = m.end() + joined.end
    return text[end:]


_COORDINATED_BEFORE_RE = re.compile(r"(?:,|\s+(?:және|мен|и|and))\s*$", re.I)


def _before_coordinated(text: str, start: int) -> int:
    """Where the list of regions that ends with the region at `start` begins ("городов Астаны и Алматы": Астаны)."""
    while (m := _COORDINATED_BEFORE_RE.search(text, max(0, start - 12), start)) is not None:
        joined = next((r for r in find_regions(text[max(0, m.start() - 40): m.start()]) if
                       r.end == m.start() - max(0, m.start() - 40)), None)
        if joined is None:
            break
        start = max(0, m.start() - 40) + joined.start
    return start


def is_speaker(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """"по данным Нурлана Абдирова", "CEC member X said", "X мәлімдеуінше": the person tells the figures."""
    before = lx.pattern("speaker_words.before")
    prefix = text[max(0, start - 40): start].rstrip(" ")
    # "член ЦИК Иванов" is the teller; "По данным ЦИК, Токаев набрал …": a comma ends the source, the name the subject
    if before is not None and not prefix.endswith(",") and (m := list(before.finditer(prefix))) and not prefix[
            m[-1].end():].strip():
        return True
    after = lx.pattern("speaker_words.after")
    return bool(after is not None and after.match(text[end:].lstrip(" ,")))


def is_source(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """"According to "Kazakhstan Today," …", "по данным «Казинформа»", "…, деп хабарлайды «Қазақпарат»", "«Liter»
    передает": an outlet or agency introduced as the source of the figures tells them, it never receives them."""
    before = lx.pattern("source_words.before")
    prefix = text[max(0, start - 40): start].rstrip(" «\"“")
    if before is not None and (m := list(before.finditer(prefix))) and not prefix[m[-1].end():].strip():
        return True
    after = lx.pattern("source_words.after")
    return bool(after is not None and after.match(text[end:].lstrip(" ,»\"”")))


def is_nominator(text: str, start: int) -> bool:
    """"Name Surname (… «Party») – 2,5 %": a party in brackets after a person nominated that person."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    return bool(re.search(rf"{NAME_WORD}\s*$", text[:opened]))


# words of the party's own name the mention leaves out may stand after the nominator's words: "… of the For a Just
# Kazakhstan bloc" (the registry's name is "Just Kazakhstan")
_ON_THE_NAME_RE = re.compile(r"(?:\s+(?:[A-Z][\w-]*|a|an|the|for|of))*\s*")


def is_affiliation(lx: Lexicon, text: str, start: int) -> bool:
    """"Алихан Байменов, председатель партии «Ак жол», …": the party of a person named before it, in apposition
    (the person is the contestant), or a quoted name's gloss in brackets ("«Ак жол» («Светлый путь»)")."""
    prefix = text[:start].rstrip()
    if re.search(r"[»\"”]\s*\($", prefix):
        return True
    nominator = lx.pattern("nominator_words")
    if nominator is not None and (m := list(nominator.finditer(prefix))) and _ON_THE_NAME_RE.fullmatch(
            prefix[m[-1].end():]) and re.search(rf"{NAME_WORD}\s*,?\s*(?:the\s+)?$", prefix[: m[-1].start()]):
        return True  # "Каракат Абден от общественного объединения «…» (2,6%)": who nominated the person named
    role = lx.pattern("affiliation_words")
    found = list(role.finditer(prefix)) if role is not None else []
    if not found:
        return False
    rest = prefix[found[-1].end():]
    closing = re.match(r"[«\"“][^«»\"”“]{1,80}[»\"”]", text[start:])
    if closing and len(rest.split()) <= 3 and not re.search(r"[,;:()]", rest) and re.match(
            rf"\s*{NAME_WORD}", text[start + closing.end():]):
        return True  # "лидера экологического движения «Табигат» Мэлса Елеусизова": the role before the person
    party = lx.pattern("party_words")
    if rest.strip() and not (party is not None and party.fullmatch(rest.strip())):
        return False
    return bool(re.search(rf"{NAME_WORD}\s*,\s*$", prefix[: found[-1].start()]))


_NEXT_WORD_RE = re.compile(rf"\s+(?P<word>[{UPPER_LETTERS}][^\W\d_]+)(?:['’]s)?")


def _first_name_of(lx: Lexicon, text: str, end: int) -> bool:
    """The region word is followed by a capitalised word shaped as a surname (the lexicon's `surname_endings`)."""
    m = _NEXT_WORD_RE.match(text, end)
    word = m.group("word") if m is not None else ""
    return len(word) > 4 and surname(lx, word) and not find_regions(word)


def names_no_area(lx: Lexicon, text: str, start: int, end: int, written: str) -> bool:
    """"ASTANA – Turnout stood at …", "НУР-СУЛТАН, 12 янв —", "6 p.m. Astana time", "на брифинге в Астане":
    a dateline, a clock's zone or a meeting's place names where the news was told, not what it counts."""
    opening = not text[:start].strip(" -–—•*\"«")
    letters = [c for c in written if c.isalpha()]
    if opening and len(letters) > 3 and all(c.isupper() for c in letters) and re.match(
            r"\s*(?:\([^()]{1,40}\)\s*)?(?:[.,:]|[–—-]\s)", text[end:]):
        return True  # a dateline in capitals, the agency in brackets or not ("ASTANA (Reuters) -")
    if opening and re.match(r"\s*,\s*\d{1,2}\s+\w+\s*(?:\(|[–—-])", text[end:]):
        return True  # "Astana, 5 June (Kazinform) –"
    if opening and re.match(r"\s*\.\s*\d{1,2}\s+[^\W\d]+\s*\.", text[end:]):
        return True  # "Астана. 24 сәуір. Kazakhstan Today –": a dateline "Place. Day month."
    if opening and re.match(rf"\s*:\s+[{UPPER_LETTERS}]", text[end:]) and len(
            re.split(r"\d", text[end:], maxsplit=1)[0].split()) > 6:
        return True  # "Astana: The incumbent won the election with …": a dateline, not a region heading
    if len(written.split()) == 1 and _first_name_of(lx, text, end):
        # "President Nursultan Nazarbayev's party": a person's first name, spelt as a city is (one word: "Оңтүстік
        # Қазақстан облысында Назарбаевты" is a region, the surname after it another's)
        return True
    after = lx.pattern("region_not_area.after")
    if after is not None and after.match(_past_coordinated(text, end).lstrip(" ")):
        return True  # "… Астана және Алматы қалаларының комиссиялары": the whole list qualifies the source
    before = lx.pattern("region_not_area.before")
    start = _before_coordinated(text, start)  # "комиссий областей, городов Астаны и Алматы": the list as one
    prefix = re.sub(r"\s+(?:в|во|in|at)$", "", text[max(0, start - 60): start].rstrip(" "))
    return bool(before is not None and (m := list(before.finditer(prefix))) and not prefix[m[-1].end():].strip())
