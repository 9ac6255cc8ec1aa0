"""How one figure relates to another figure or to several subjects of its clause.

- a part of a whole: "6,113,621 people out of 11,950,485 eligible voters", "Из 8 880 тысяч, имеющих право
  голоса, воспользовались им 6 850 тысяч": the part (smaller than the whole, as the arithmetic requires) is
  those who took part, the whole the register;
- one figure for each of several subjects: "У «Ак жола» и «КНПК» – по 7", "Kostanai and Zhambyl with 65.00
  percent each": the subjects joined by "и / and / және / ," right before the figure all take it.

Words come from `sources/lexicon` (`part_of_whole`, `each_words.before` / `.after`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.figures.text_layer import figures
from sources.lexicon import Lexicon
from sources.text import Number

PART_REACH = 30  # characters between a part and "out of" + its whole
MOST_SEATS = 150  # more seats than any Kazakh chamber has (as in the binder)
SEAT_REACH = 25  # characters between a count and the seat word that makes it seats
COORDINATED_RE = re.compile(r"[\s,]*(?:и|and|және|мен|,|а также|as well as)?[\s,]*(?:the\s+)?", re.I)


def is_part_of_whole(lexicon: Lexicon, clause: str, number: Number) -> bool:
    """The count is the part of a larger count of the same clause introduced by "out of" / "из"."""
    return whole_of(lexicon, clause, number) is not None


def is_whole_of_part(lexicon: Lexicon, clause: str, number: Number) -> bool:
    """The count is the whole of a smaller one ("6 262 973 человека из 11 722 536 участников"): the register."""
    return any(whole_of(lexicon, clause, part) == number for part in figures(clause, lexicon.language)
               if part.kind == "count" and part.value < number.value)


def whole_of(lexicon: Lexicon, clause: str, number: Number) -> Number | None:
    """The larger count of the clause that `number` is a part of, if the words say so."""
    rx = lexicon.pattern("part_of_whole")
    after_whole = lexicon.pattern("whole_then_part")
    if rx is None or number.kind != "count" or number.value < 2:
        return None  # "one seat cost a quota of 49,066 votes": a lone one is an article, no part of a register
    for whole in figures(clause, lexicon.language):
        if whole.kind != "count" or whole.start == number.start or whole.value <= number.value:
            continue
        if whole.start > number.end:  # "N out of M"
            between = clause[number.end: whole.start]
            if len(between) <= PART_REACH and (m := rx.search(between)) and not between[m.end():].strip():
                return whole
        else:  # "Из M …, N"
            before = clause[max(0, whole.start - 12): whole.start]
            if (m := list(rx.finditer(before))) and not before[m[-1].end():].strip() and not figures(
                    clause[whole.end: number.start], lexicon.language):
                return whole
            # "M қазақстандықтың ішінде N адам": a word right after the whole's noun makes the next count its part
            between = clause[whole.end: number.start]
            if after_whole is not None and len(between) <= PART_REACH and (
                    m := after_whole.search(between)) and not between[m.end():].strip():
                return whole
    return None


def for_each(lexicon: Lexicon, clause: str, number: Number) -> bool:
    """"по 7", "65.00 percent each", "7-ден": the figure is each subject's."""
    before = clause[max(0, number.start - 6): number.start]
    if (rx := lexicon.pattern("each_words.before")) is not None and (m := list(rx.finditer(before))) and not before[
            m[-1].end():].strip():
        return True
    rx = lexicon.pattern("each_words.after")
    if rx is None:
        return False
    after = clause[number.end: number.end + 25]
    return re.match(r"(?:\s*[\w%-]+)?\s*(?:" + rx.pattern + ")", after, re.I) is not None


def coordinated(clause: str, spans: Sequence[tuple[int, int]], last: int) -> list[int]:
    """Indices of the subjects joined to subject `last` before it ("A, B и C"): only joining words between."""
    chosen = [last]
    for i in range(last - 1, -1, -1):
        if not COORDINATED_RE.fullmatch(clause[spans[i][1]: spans[chosen[-1]][0]]):
            break
        chosen.append(i)
    return sorted(chosen)


def _seat_word_after(clause: str, number: Number, mentions: Sequence[object]) -> bool:
    return any(getattr(m, "kind", None) == "seats" and 0 <= m.start - number.end <= SEAT_REACH  # type: ignore[attr-defined]
               and not re.search(r"\d", clause[number.end: m.start]) for m in mentions)  # type: ignore[attr-defined]


def seats_part(lexicon: Lexicon, clause: str, number: Number, mentions: Sequence[object]) -> bool:
    """"won 23 of the 77 seats": the part of a chamber's seats, the seat word after the whole."""
    whole = whole_of(lexicon, clause, number)
    return whole is not None and whole.value <= MOST_SEATS and _seat_word_after(clause, whole, mentions)


def chamber_whole(lexicon: Lexicon, clause: str, number: Number, mentions: Sequence[object]) -> bool:
    """"23 of the 77 seats": the larger count is the chamber's size, no contestant's seats."""
    return number.kind == "count" and number.value <= MOST_SEATS and is_whole_of_part(
        lexicon, clause, number) and _seat_word_after(clause, number, mentions)
