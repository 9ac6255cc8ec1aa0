"""Where a claim happened, as written: "Nur-Sultan and Almaty", "major cities", "Kazakhstan".

- named places (cities and regions, English, Russian and Kazakh spellings) after a locative
  preposition ("in", "at", "across", "в", "на"), coordinated ones kept together as written:
  "in Nur-Sultan and Almaty" → "Nur-Sultan and Almaty";
- the whole country: "across the country", "nationwide", "throughout Kazakhstan", "по всей стране",
  "бүкіл ел бойынша" → "Kazakhstan";
- unnamed places: "in major cities", "в крупных городах" → "major cities", "крупных городах";
- places referred back to: "in the two cities", "in both cities", "в обоих городах" → the last group
  of two or more places the paragraph named ("Nur-Sultan and Almaty"), or as written when none; "there",
  "там" → the last place the previous sentences named;
- appositions: "Kazakhstan's largest city of Almaty", "the country's largest city, Almaty" → "Almaty";
- the capital: "in the capital", "в столице", "елордада" → its name on the date of the event (Astana or
  Nur-Sultan, lexicon/places.yaml);
- Kazakh locatives without a preposition: "Алматыда", "Шымкентте" → "Алматы", "Шымкент";
- the city of the police or akimat that tells, when the text names no other place: "Полиция Алматы сообщила",
  "Almaty police said" → "Алматы", "Almaty".

Region codes are resolved downstream (transforms/regions.py); this module keeps the words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sources.claims.lexicon import alternation, compile_forms, forms_of, load
from sources.claims.spans import leftmost_longest

FLAGS = re.IGNORECASE

PLACE_NAMES: tuple[str, ...] = (
    # cities
    "Nur-Sultan", "Astana", "Almaty", "Alma-Ata", "Shymkent", "Chimkent", "Karaganda", "Karagandy", "Aktobe",
    "Aktau", "Atyrau", "Pavlodar", "Semey", "Semipalatinsk", "Oskemen", "Ust-Kamenogorsk", "Kostanay",
    "Kostanai", "Kyzylorda", "Petropavl", "Petropavlovsk", "Taraz", "Uralsk", "Oral", "Turkistan",
    "Turkestan", "Kokshetau", "Taldykorgan", "Zhezkazgan", "Ekibastuz", "Temirtau", "Zhanaozen", "Janaozen",
    "Konaev", "Kapshagay", "Kapchagay", "Rudny", "Balkhash", "Baikonur", "Satpayev", "Stepnogorsk", "Ridder",
    "Kentau", "Zhanatas", "Aksu", "Zharkent", "Kulsary", "Shchuchinsk",
    # regions
    "Akmola", "Almaty Region", "East Kazakhstan", "West Kazakhstan", "North Kazakhstan", "South Kazakhstan",
    "Zhambyl", "Jambyl", "Mangystau", "Mangistau", "Abai", "Abay", "Zhetisu", "Ulytau", "Kazakhstan",
    # Russian stems (case endings follow)
    "Нур-Султан", "Астан", "Алматы", "Алма-Ат", "Шымкент", "Чимкент", "Караганд", "Актобе", "Актау",
    "Атырау", "Павлодар", "Семе", "Усть-Каменогорск", "Костана", "Кызылорд", "Петропавловск", "Тараз",
    "Уральск", "Туркестан", "Кокшетау", "Талдыкорган", "Жезказган", "Экибастуз", "Темиртау", "Жанаозен",
    "Конаев", "Капчага", "Казахстан",
    # Kazakh stems
    "Нұр-Сұлтан", "Қарағанды", "Ақтөбе", "Ақтау", "Өскемен", "Қостанай", "Қызылорда", "Петропавл",
    "Орал", "Түркістан", "Көкшетау", "Талдықорған", "Жезқазған", "Екібастұз", "Жаңаөзен", "Қазақстан",
)  # fmt: skip
_RU_REGION = r"[А-ЯЁ]\w+(?:о-|-)?(?:[А-ЯЁ]\w+)?(?:ской|ская|ской|скую|ск\w+)\s+област\w*|област\w*\s+[А-ЯӘҒҚҢӨҰҮҺІ]\w+"
_KK_REGION = r"[А-ЯӘҒҚҢӨҰҮҺІ]\w+\s+облыс\w*"
_NAME = "|".join(re.escape(n) for n in sorted(PLACE_NAMES, key=len, reverse=True))
_PLACE = (
    rf"(?:(?:the\s+)?(?:(?:two|three|both|major|other)\s+)?(?:city|town|cities|towns|capitals?)\s+of\s+)?"
    rf"(?:г\.\s*|город\w*\s+)?"
    rf"(?:(?-i:(?:{_NAME})\w*)(?!['’]s\b)(?:\s+(?:city|region|oblast|province|област\w*|облыс\w*))?|{_RU_REGION}"
    rf"|{_KK_REGION})"
)
# a place joined to the first is no organisation's first word: "in Almaty, the Kazakhstan International Bureau said"
_GROUP = (
    rf"{_PLACE}(?:\s*(?:,|\band\b|\bи\b|\bжәне\b|&)\s*(?:the\s+|in\s+|в\s+)?{_PLACE}"
    r"(?!\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])))*"
)
_LOCATIVE = r"\b(?:in|at|across|throughout|near|around|outside|inside|from|within|в|во|на|по|из|под)\s+"

PLACE_GROUP_RE = re.compile(_GROUP, FLAGS)
LOCATED_GROUP_RE = re.compile(rf"{_LOCATIVE}(?:the\s+)?(?P<place>{_GROUP})", FLAGS)
NATIONWIDE_RE = re.compile(
    r"\b(?:across|throughout|all\s+over|around)\s+(?:the\s+(?:whole\s+|entire\s+)?country|kazakhstan)\b|\bnationwide\b"
    r"|\bcountry-?wide\b|\bin\s+all\s+(?:\d+\s+|the\s+)?regions\b|\bпо\s+всей\s+(?:стране|республике)\b"
    r"|\bво\s+всех\s+регионах\b|\bпо\s+стране\b|\bбүкіл\s+(?:ел|республика)\s+бойынша\b|\bел\s+бойынша\b",
    FLAGS,
)
UNNAMED_RE = re.compile(
    r"\b(?:in|across)\s+(?P<place>(?:(?:several|some|many|various|other|a\s+number\s+of|major|large|big|the\s+largest"
    r"|regional|a\s+few)\s+)+(?:cities|towns|regions|regional\s+centres|settlements))\b"
    r"|\bв\s+(?P<ru>(?:крупн\w+|ряде|нескольких|многих|других|разных|некоторых)\s+(?:городах|городов|регионах|регионов))",
    FLAGS,
)
ANAPHORA_RE = re.compile(
    r"\b(?:in|at|across)\s+(?P<place>(?:the\s+)?(?:two|both|these|those|the\s+two|three)\s+(?:cities|capitals|towns"
    r"|places|regions))\b(?!\s+of\b)|\bв\s+(?P<ru>(?:обоих|этих|двух|трех|трёх)\s+(?:городах|столицах|регионах))"
    r"|(?P<kk>екі\s+қалада|осы\s+қалаларда)",
    FLAGS,
)


_PLACES = load("places")
CAPITAL_RE = compile_forms(_PLACES["capital"]["forms"], whole_words=False, prefix=r"\b")
LARGEST_CITY_RE = compile_forms(_PLACES["largest_city"]["forms"], whole_words=False, prefix=r"\b")
_NAMED_AFTER_RE = re.compile(r",?\s+(?:of\s+)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")  # "… largest city, Almaty": the apposition names it
LARGEST_CITY = str(_PLACES["largest_city"]["name"])
CAPITAL_NAMES: tuple[tuple[str, dt.date, dt.date | None], ...] = tuple(
    (c["name"], c["from"], c["to"]) for c in _PLACES["capital"]["names"]
)
APPOSITION_RE = re.compile(
    rf"{alternation(forms_of(_PLACES['apposition']))}(?P<place>(?-i:(?:{_NAME})\w*))", re.IGNORECASE
)
_KK_NAMES = "|".join(re.escape(n) for n in sorted(_PLACES["kk_locative"]["names"], key=len, reverse=True))
# the case on the last of a list only: "Алматы мен Шымкентте", "Астана, Алматы және Шымкентте"
KK_LOCATIVE_RE = re.compile(
    rf"(?<![\w-])(?P<place>(?:(?:{_KK_NAMES})(?:,\s*|\s+(?:мен|бен|пен|және)\s+))*(?:{_KK_NAMES}))"
    rf"{_PLACES['kk_locative']['endings']}(?![\w-])"
)
THERE_RE = compile_forms(_PLACES["there"])
_CITY = rf"(?-i:(?:{_NAME})\w*)"
AUTHORITY_OF_RE = re.compile(
    rf"(?<![\w-]){alternation(forms_of(_PLACES['authority_of']['before']))}\s+(?:г\.\s*|города\s+|of\s+)?(?P<place>{_CITY})"
    rf"|(?P<after>{_CITY})(?:\s+(?:city|қаласы(?:ның)?))?\s+{alternation(forms_of(_PLACES['authority_of']['after']))}(?![\w-])",
    FLAGS,
)


def capital_on(day: dt.date | None) -> str:
    """The capital's name on a day (today's when the day is not known)."""
    for name, start, end in CAPITAL_NAMES:
        if day is not None and start <= day and (end is None or day <= end):
            return name
    return CAPITAL_NAMES[-1][0]


def last_place(texts: Sequence[str]) -> str | None:
    """The last place (or group of places) named in these texts, most recent last."""
    for text in reversed(texts):
        found = find_places(text)
        if found:
            return found[-1].location
    return None


@dataclass(frozen=True)
class PlaceMention:
    """A place a text names, and the words to keep for it."""

    start: int
    end: int
    location: str


def place_groups(text: str) -> list[str]:
    """Every named place or group of places, as written (for resolving "the two cities" later)."""
    return [m.group(0).strip() for m in PLACE_GROUP_RE.finditer(text)]


def last_group_of_several(texts: Sequence[str]) -> str | None:
    """The last group of two or more places named in these texts (most recent last)."""
    for text in reversed(texts):
        groups = [g for g in place_groups(text) if re.search(r",|\band\b|\bи\b|\bжәне\b|&", g)]
        if groups:
            return _strip_articles(groups[-1])
    return None


_NAMED_PREFIX_RE = re.compile(
    r"^(?:the\s+)?(?:(?:two|three|both|major|other)\s+)?(?:city|town|cities|towns|capitals?)\s+of\s+|^the\s+", FLAGS
)


def _strip_articles(place: str) -> str:
    """Only the names: "the two cities of Nur-Sultan and Almaty" → "Nur-Sultan and Almaty"."""
    return _NAMED_PREFIX_RE.sub("", place.strip())


def find_places(text: str, earlier: Sequence[str] = (), on: dt.date | None = None) -> list[PlaceMention]:
    """Places the text locates something in; `earlier` are the paragraph's previous sentences, `on` the day the
    text speaks of (for "the capital")."""
    found: list[PlaceMention] = []
    for m in APPOSITION_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), m.group("place")))
    for m in CAPITAL_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), capital_on(on)))
    for m in LARGEST_CITY_RE.finditer(text):
        if _NAMED_AFTER_RE.match(text, m.end()) is None:
            found.append(PlaceMention(m.start(), m.end(), LARGEST_CITY))
    for m in KK_LOCATIVE_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), m.group("place")))
    if earlier:
        for m in THERE_RE.finditer(text):
            previous = last_place(earlier[-1:])
            if previous:
                found.append(PlaceMention(m.start(), m.end(), previous))
    for m in NATIONWIDE_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), "Kazakhstan"))
    for m in ANAPHORA_RE.finditer(text):
        written = m.group("place") or m.group("ru") or m.group("kk")
        found.append(PlaceMention(m.start(), m.end(), last_group_of_several(earlier) or _strip_articles(written)))
    for m in UNNAMED_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), (m.group("place") or m.group("ru")).strip()))
    for m in LOCATED_GROUP_RE.finditer(text):
        found.append(PlaceMention(m.start(), m.end(), _strip_articles(m.group("place"))))
    if not found:  # a city's police or akimat that tells of it, where the text names no other place ("ДП Алматы")
        found += [PlaceMention(m.start(), m.end(), m.group("place") or m.group("after"))
                  for m in AUTHORITY_OF_RE.finditer(text)]
    return leftmost_longest(found, lambda p: (p.start, p.end))
