"""Figures that describe the spread of the areas' figures, not one subject's: a range's ends and statistics.

- A range: "от 39,84% до 78,15%", "from 39.8% to 78.2%", "between 39.8 and 78.2 per cent", "39,84%-дан 78,15%-ға
  дейін". Each end is an area's figure only when the end names its area right after it ("от 39,84% в Алматы до
  78,15% в Кызылординской области", read by the binder as usual); an end naming no area is no national figure: unread.
- A statistic over areas: "медианное значение по 20 регионам — 63,40%", "the average across the regions was 65.2%",
  "орташа көрсеткіш": a median, a mean, no area's figure and not the national one: unread.

The words are the lexicons' `range_words` (`.from`, `.to`, `.until` — a word after the second end, as Kazakh "дейін")
and `statistic_words`.
"""

from __future__ import annotations

import re

from sources.figures.regions import find_regions
from sources.figures.text_layer import figures
from sources.lexicon import Lexicon
from sources.text import Number

FROM_REACH = 12  # characters before a range's first end within which its "from" word stands
TO_REACH = 40  # characters between a range's two ends
UNTIL_REACH = 15  # characters after the second end within which a closing "дейін" stands
AREA_REACH = 40  # characters after an end within which its own area is named
STATISTIC_REACH = 60  # characters before a figure within which a statistic's word stands, nothing else between


def range_end(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """Why `number` is an end of a range that names no area for it; None when it is no range's end or names one."""
    if number.kind != "share":
        return None
    shares = [n for n in figures(clause, lexicon.language) if n.kind == "share"]
    at = next((i for i, n in enumerate(shares) if n.start == number.start), None)
    if at is None:
        return None
    for first, second in ((shares[at - 1] if at else None, number), (number, shares[at + 1] if at + 1 < len(shares)
                                                                     else None)):
        if first is None or second is None or not _is_range(lexicon, clause, first, second):
            continue
        stop = second.start if number is first else len(clause)
        if not _area_after(clause, number.end, stop):
            return f"{number.text}: an end of a range naming no area, not a figure of a subject"
    return None


def _is_range(lexicon: Lexicon, clause: str, first: Number, second: Number) -> bool:
    between = clause[first.end: second.start]
    if len(between) > TO_REACH or re.search(r"[.;]\s", between):
        return False
    before = clause[max(0, first.start - FROM_REACH): first.start]
    opened = any(not before[m.end():].strip() for m in lexicon.finds("range_words.from", before))
    if opened and lexicon.finds("range_words.to", between):
        return True
    after = clause[second.end: second.end + UNTIL_REACH]
    return any(not re.search(r"\d", after[: m.start()]) for m in lexicon.finds("range_words.until", after))


def _area_after(clause: str, start: int, stop: int) -> bool:
    """An area named after a range's end, before the next figure or punctuation ("39,84% в Алматы до …")."""
    text = clause[start: min(stop, start + AREA_REACH)]
    cut = re.search(r"[,;:.]\s|\d", text)
    return bool(find_regions(text[: cut.start()] if cut else text))


def statistic(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """Why `number` is a statistic over areas (a median, an average); None otherwise."""
    before = clause[max(0, number.start - STATISTIC_REACH): number.start]
    for m in reversed(lexicon.finds("statistic_words", before)):
        rest = before[m.end():]
        # "по 20 регионам" may stand between; another figure of the same kind, or a sentence's end, may not
        if not re.search(r"[.;]\s", rest) and not any(n.kind == number.kind for n in figures(rest, lexicon.language)):
            return f"{number.text}: a statistic over areas ('{m.group(0)}'), no subject's figure"
    return None
