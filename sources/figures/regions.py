"""Regions named in a clause: every spelling of warehouse/seeds/regions.csv, inflected as prose inflects it.

"по Акмолинской области", "в Актюбинской" (the noun elided), "области Жетісу", "по г. Нур-Султан",
"в Астане", "Ақмола облысында", "Алматы қаласында", "Akmola region", "in Astana". The name a claim
carries is the one written, with the preposition dropped and a case ending turned back into the
nominative spelling of regions.csv ("в Астане" → "Астана", "Алматы қаласында" → "Алматы қаласы"), so
that `transforms.regions` can resolve it; the code found here serves the binder's arithmetic only.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cache

from sources.figures.names import ROOT
from sources.lexicon import all_lexicons
from sources.lexicon.latin import kazakh_latin

REGIONS_CSV = ROOT / "warehouse" / "seeds" / "regions.csv"
LETTER = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіÁáÓóÚúÝýǴǵŃńı"
_RU_ADJECTIVE = re.compile(r"(ская|ский|ское|цкая|ная)$", re.I)
# Endings a Russian adjective takes in prose ("Акмолинской", "Акмолинскую"); the stem keeps "-ск".
_ADJECTIVE_ENDINGS = "(?:ая|ой|ую|ом|ий|ое|ого|ому|ие|их|ым)"
VOWELS = set("аеёиоуыэюяәөұүіaeiouy")
PREPOSITIONS = re.compile(r"^(?:по|в|во|на|in|the|at|for|of)\s+", re.I)
CITY_HINT = re.compile(r"(?:^|\s)(?:г\.|город\w*|қала\w*|qala\w*|city)(?:\s|$)", re.I)
REGION_HINT = re.compile(r"облас\w*|облыс\w*|oblys\w*|region|oblast", re.I)


@dataclass(frozen=True)
class RegionName:
    code: str
    core: str  # the distinctive words of one spelling, nominative ("Акмолинская", "Астана", "Abai")
    adjective: bool
    is_city: bool
    other: bool = False  # one of the seed's other spellings (a former name: "Akmola city", "Tselinograd")


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    text: str  # as written, preposition included
    name: str  # as written, preposition dropped, case turned into the nominative
    code: str


def _extra_spellings() -> dict[str, list[str]]:
    """Spellings regions.csv does not list: abbreviations ("ВКО", "БҚО") and press variants ("Nursultan")."""
    out: dict[str, list[str]] = {}
    for lexicon in all_lexicons():
        for code, spellings in lexicon.mapping("region_spellings").items():
            out.setdefault(str(code), []).extend(str(s) for s in spellings)
    return out


def _generic_words() -> list[str]:
    words: set[str] = set()
    for lexicon in all_lexicons():
        words.update(lexicon.section("region_generic"))
    return sorted(words, key=len, reverse=True)


@cache
def region_names() -> tuple[RegionName, ...]:
    generic = [w.lower() for w in _generic_words()]
    out: list[RegionName] = []
    with REGIONS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["region_code"] == "KZ":
                continue
            kazakh = [k for k in row["name_kk"].split("|") if k]
            others = {s.strip() for s in (row.get("other_spellings") or "").split("|")} - {""}
            spellings = [row["name_en"], *row["name_ru"].split("|"), *kazakh,
                         *(row.get("other_spellings") or "").split("|"),
                         *(kazakh_latin(k) for k in kazakh), *_extra_spellings().get(row["region_code"], [])]
            for spelling in filter(None, (s.strip() for s in spellings)):
                is_city = bool(CITY_HINT.search(spelling)) or "(city)" in spelling or row["region_code"] in {
                    "KZ-71", "KZ-75", "KZ-79"}
                core = re.sub(r"\([^)]*\)", " ", spelling)
                words = [w for w in core.split() if w.lower() not in generic and w.lower() not in {"г", "қ"}]
                core = " ".join(words).strip()
                if len(core) < 3:
                    continue
                out.append(RegionName(row["region_code"], core, bool(_RU_ADJECTIVE.search(core)), is_city,
                                      spelling in others))
    return tuple(out)


def _noun_endings() -> str:
    endings: set[str] = set()
    for lexicon in all_lexicons():
        endings.update(str(e) for e in lexicon.mapping("region_case").get("noun_endings", []))
    return "|".join(sorted((re.escape(e) for e in endings), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    parts = []
    generic = "|".join(re.escape(w) for w in _generic_words())
    for i, name in enumerate(sorted(region_names(), key=lambda r: len(r.core), reverse=True)):
        words = name.core.split()
        if name.adjective:
            last = _RU_ADJECTIVE.sub("", words[-1])
            words = [re.escape(w) for w in words[:-1]] + [re.escape(last) + r"(?:ск|цк|н)" + _ADJECTIVE_ENDINGS]
            if last.endswith(("ск", "цк")):
                words[-1] = re.escape(last) + _ADJECTIVE_ENDINGS
        else:
            last = words[-1]
            words = [re.escape(w) for w in words[:-1]]
            if last[-1].lower() in VOWELS:  # "Астана" → "в Астане", "Астанада"
                words.append(re.escape(last[:-1]) + f"(?:{re.escape(last[-1])}|е|у|ой|ы)(?:{_noun_endings()})?")
            else:
                words.append(re.escape(last) + f"(?:{_noun_endings()})?")
        parts.append(f"(?P<r{i}>" + r"[\s\-–—]+".join(w.replace(r"\-", "[-–—]") for w in words) + ")")
    core = "|".join(parts)
    return re.compile(
        rf"(?<![{LETTER}])(?P<pre>(?:(?:по|в|во|in|the|city of)\s+)?(?:(?:{generic})\s+)?)"
        rf"(?P<core>{core})(?![{LETTER}])(?P<post>(?:\s+(?:{generic})(?![{LETTER}]))?(?:\s+(?:бойынша|boıynsha))?)",
        re.IGNORECASE,
    )


def _nominative_generic(word: str) -> str:
    for lexicon in all_lexicons():
        mapped = lexicon.mapping("region_case").get("generic_nominative", {})
        if word.lower() in mapped:
            return str(mapped[word.lower()])
    return word


# the Latin letters with marks that Kazakh alphabets (2018, 2021) and press copies use, folded to the plain letter
# one for one (offsets stay): "Türkistan облысы" is the "Turkistan облысы" the region list spells
_LATIN_MARKS = str.maketrans("äáöóüúūğǵşıíñńýÄÁÖÓÜÚŪĞǴŞIÍÑŃÝ", "aaoouuuggsiinnyAAOOUUUGGSIINNY")
_MARKED_RE = re.compile("[äáöóüúūğǵşıíñńýÄÁÖÓÜÚŪĞǴŞÍÑŃÝ]")


def find_regions(text: str) -> list[RegionMention]:
    found = _found(text)
    if _MARKED_RE.search(text):
        # a spelling the list lacks with its marks: read once more with them folded, keeping what was found
        taken = [(r.start, r.end) for r in found]
        found += [replace(r, text=text[r.start: r.end]) for r in _found(text.translate(_LATIN_MARKS))
                  if not any(a < r.end and r.start < b for a, b in taken)]
    return sorted(found, key=lambda r: r.start)


def _found(text: str) -> list[RegionMention]:
    ordered = sorted(region_names(), key=lambda r: len(r.core), reverse=True)
    found: list[RegionMention] = []
    for m in _pattern().finditer(text):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("r") and v)
        name = ordered[index]
        written_core = m.group("core")
        core = written_core if name.adjective else name.core  # a noun back to its nominative
        pre = PREPOSITIONS.sub("", m.group("pre")).strip()
        post = " ".join(_nominative_generic(w) for w in m.group("post").split()
                        if w.lower() not in {"бойынша", "boıynsha"})
        label = " ".join(p for p in (pre, core, post) if p)
        code = _choose_code(name, label)
        ambiguous = len({r.code for r in _current(name)}) > 1
        if ambiguous and not CITY_HINT.search(label) and not REGION_HINT.search(label):
            # "в Алматы": the city, said so, so that the name cannot be read as the region later
            label = f"{label} city" if re.match(r"[A-Za-z]", label) else f"г. {label}"
        found.append(RegionMention(m.start(), m.end("post") if m.group("post") else m.end("core"),
                                   m.group(0).strip(), label, code))
    return sorted(found + _misprinted(text, found), key=lambda r: r.start)


_WORD_RE = re.compile(rf"(?<![{LETTER}])[{LETTER}]{{6,}}(?![{LETTER}])")
MISPRINT_MIN = 6  # a shorter name one letter off is as likely another word


def _one_edit(a: str, b: str) -> bool:
    """The two words differ by one letter left out, added, changed or two letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


def _misprinted(text: str, found: list[RegionMention]) -> list[RegionMention]:
    """"Pavodar region", "Акмолиской области": a word next to a region's generic word ("region", "области",
    "облысы") that is one letter off one region's name, and no other word, is that region misprinted; it is
    named as the region is spelt, so that the warehouse resolves it (SOURCES.md: typos happen)."""
    taken = [(r.start, r.end) for r in found]
    out: list[RegionMention] = []
    for m in _WORD_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        after = re.match(rf"\s+([{LETTER}.]+)", text[m.end():])
        before = re.search(rf"([{LETTER}.]+)\s+$", text[: m.start()])
        post = after.group(1) if after and REGION_HINT.fullmatch(after.group(1)) else ""
        pre = before.group(1) if before and REGION_HINT.fullmatch(before.group(1)) else ""
        if not (post or pre):
            continue
        word = m.group(0).lower()
        hits: dict[str, RegionName] = {}
        for r in region_names():  # the first spelling of a region (regions.csv's own name) before the variants
            if not r.adjective and " " not in r.core and len(r.core) >= MISPRINT_MIN and _one_edit(
                    word, r.core.lower()):
                hits.setdefault(r.code, r)
        if len(hits) != 1:
            continue
        name = next(iter(hits.values()))
        label = " ".join(p for p in (_nominative_generic(pre), name.core, _nominative_generic(post)) if p)
        start = m.start() - (len(before.group(0)) if pre and before else 0)
        end = m.end() + (text[m.end():].index(post) + len(post) if post else 0)
        out.append(RegionMention(start, end, text[start:end], label, name.code))
    return out


def _current(name: RegionName) -> list[RegionName]:
    """The regions a name's words spell, by their names of today where one is among them: "Akmola" is the Akmola
    Region, though "Akmola city" was once Astana's name."""
    same_core = [r for r in region_names() if r.core.lower() == name.core.lower()]
    return [r for r in same_core if not r.other] or same_core


def _choose_code(name: RegionName, label: str) -> str:
    """'Алматы' is the city and the region: the generic word decides ("Алматы облысы" vs "г. Алматы"); with no
    generic word, a name of today decides before a former one."""
    same_core = [r for r in region_names() if r.core.lower() == name.core.lower()]
    if CITY_HINT.search(label) and len({r.code for r in same_core}) > 1:
        return next((r.code for r in same_core if r.is_city), name.code)  # "Akmola city": the city it names
    if REGION_HINT.search(label) and (len({r.code for r in same_core}) > 1 or name.is_city):
        return next((r.code for r in same_core if not r.is_city), name.code)
    current = _current(name)
    if len({r.code for r in current}) > 1:
        return next((r.code for r in current if r.is_city), name.code)
    return current[0].code if current else name.code
