"""Kazakh counts of polling stations and of observations (stations.py's other language shapes): the stations in the
locative with the kind after them ("46 учаскеде топтасып дауыс беру … тіркелген"), the base in the genitive before
its part ("129 учаскенің 38-інде"), the sample a participle of observing names ("бақылау жүргізілген 210 учаскенің
42-сінде"), and the kind said before the stations where it was seen ("бюллетень салу белгілері 12 учаскеде
байқалғаны")."""

from __future__ import annotations

import re

from sources.claims.kinds import categories as _categories
from sources.claims.kinds import category_of as _category_of
from sources.claims.quantities import Quantity
from sources.claims.sampled import kk_part_of_stations, kk_sampled_share
from sources.claims.vocabulary import GENERIC_VIOLATION_RE

FLAGS = re.IGNORECASE
Found = tuple[str, str, float | None, float | None]  # measure, kind, value (None: the count's own), base


# Kazakh puts the stations in the locative, the kind after them: "46 учаскеде топтасып дауыс беру, 9 учаскеде
# бюллетеньдерді ... салу фактілері тіркелген" -- each count takes the kind named before the next number.
_KK_STATIONS_RE = re.compile(
    r"\s*(?:сайлау\s+|референдум\s+)?учаске(?:лер)?(?:і|сі|лері)?(?:нде|де|те)(?![\w-])", FLAGS
)
_NEXT_NUMBER_RE = re.compile(r"\d")


def kk_kind(text: str, q: Quantity, end: int, part: tuple[int, int]) -> str | None:
    """The kind named after a Kazakh count of stations (the verb comes last), or an assessment whose words run
    across it ("Дауыстарды санау бақыланған 114 учаскенің 21-інде теріс бағаланды")."""
    following = _NEXT_NUMBER_RE.search(text, end, part[1])
    stop = following.start() if following else part[1]
    category = _category_of(text, _categories(text, end, stop))
    if category is None or category == "mixed":
        spanning = [k for k in _categories(text, *part) if k[0] < q.start and k[1] > end and k[2] != "mixed"]
        category = spanning[0][2] if spanning else category
    if category is None and GENERIC_VIOLATION_RE.search(text, end, stop):
        return "mixed"  # "60 учаскенің 15-інде рәсімдік қателіктер байқалды": violations of no kind named
    return category


_KK_SEEN_AFTER_RE = re.compile(r"\s+(?:байқал|тіркел|анықтал|көріл|орын ал)\w*", FLAGS)


def kk_stations(text: str, q: Quantity, part: tuple[int, int]) -> Found | None:
    """A Kazakh count of stations, or of observations: (measure, kind, value, base), the value None when it is the
    count's own figure."""
    if (sampled := kk_sampled_share(text, q)) is not None:  # "бақылау жүргізілген 210 учаскенің 42-сінде"
        category = kk_kind(text, q, sampled.end, part)
        return None if category is None else ("polling_stations", category, None, sampled.base)
    if (plain := kk_part_of_stations(text, q)) is not None:  # "129 учаскенің 38-інде"
        base, end, _ = plain
        category = kk_kind(text, q, end, part)
        if category is None:
            return None
        return "polling_stations", category, None, base  # observers' sample or not, the stations as written
    noun = _KK_STATIONS_RE.match(text, q.end)
    if noun is None:
        return None
    following = _NEXT_NUMBER_RE.search(text, noun.end(), part[1])
    stop = following.start() if following else part[1]
    category = _category_of(text, _categories(text, noun.end(), stop)) or (
        "mixed" if GENERIC_VIOLATION_RE.search(text, noun.end(), stop) else None)
    if category is None and _KK_SEEN_AFTER_RE.match(text, noun.end()):
        # the kind before, then where it was seen: "бюллетень салу белгілері 12 учаскеде байқалғаны"
        before = _categories(text, max(part[0], q.start - 120), q.start)
        if before and len(text[before[-1][1] : q.start].split()) <= 2 and before[-1][2] != "mixed":
            category = before[-1][2]
    if category is None:
        return None  # "350 учаскеде байқау жүргізді": where the observers were, not what they saw
    return "polling_stations", category, None, None
