"""A referendum answer that governs a "took part" figure.

"N %, or M citizens who took part, voted in favour": those who took part qualify the subject, the answer
("Да", "Yes", "Иә") governs the figure. The clause's only answer governs it when no figure of the same kind
stands between them and, after the figure, the answer has no figure of its own.
"""

from __future__ import annotations

import re

from sources.figures.mentions import Mention
from sources.figures.names import Contestant
from sources.figures.text_layer import figures
from sources.text import Number

PUNCTUATION_RE = re.compile(r"[,;:()–—]|\s-\s")


def governing_answer(language: str, clause: str, number: Number, mentions: list[Mention]) -> Contestant | None:
    """The answer that takes `number` (a participation figure), or None when the words give it elsewhere."""
    answers = [m for m in mentions if m.kind == "contestant" and m.contestant is not None
               and m.contestant.contestant_type == "option"]
    if len({m.contestant.name for m in answers if m.contestant}) != 1:
        return None
    answer = answers[-1] if answers[-1].end <= number.start else answers[0]
    lo, hi = (answer.end, number.start) if answer.end <= number.start else (number.end, answer.start)
    if any(n.kind == number.kind for n in figures(clause[lo:hi], language)):
        return None  # "за – 77 %, участвовали 68 %": the turnout figure has its own words
    indicators = [m for m in mentions if m.kind == "indicator"]
    if answer.end <= number.start and any(
            m.key == "turnout" and answer.end <= m.start and m.end <= number.start
            and PUNCTUATION_RE.search(clause[answer.end: m.start]) for m in indicators):
        return None  # "… voted in favour, with a turnout of 63.66 %": past a comma the turnout word has it
    if answer.start >= number.end and any(
            not any(answer.end <= m.start and m.end <= answer.end + n.start for m in indicators)
            for n in figures(clause[answer.end:], language)):
        return None  # "участвовали 68 %, из них за – 77 %": the answer has its own figure
    return answer.contestant
