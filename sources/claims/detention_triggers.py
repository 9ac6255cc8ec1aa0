"""Where a sentence says someone was detained: the detention verbs and nouns the count readers start from, less
those negated ("no one was detained", "не были задержаны"), hypothetical, or part of a sanction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.claims.frames import polarity_before
from sources.claims.spans import Coverage, leftmost_longest
from sources.claims.vocabulary import (
    DETENTION_NOUN_RE,
    DETENTION_VERB_RE,
    HYPOTHETICAL_RE,
    NEGATED_ENDING_RE,
    NOMINAL_NEGATION_RE,
    SANCTION_RE,
    VERBAL_NEGATION_RE,
)


@dataclass(frozen=True)
class Trigger:
    """A detention verb or noun in a sentence."""

    start: int
    end: int
    noun: bool


def _window_before(text: str, position: int, width: int) -> str:
    """The text before position, at most width characters, starting on a word: a cut word's tail ("...не" of
    "Астане") must not read as a negator."""
    start = max(0, position - width)
    if start > 0 and text[start - 1].isalnum():
        while start < position and text[start].isalnum():
            start += 1
    return text[start:position]


def triggers(text: str) -> list[Trigger]:
    """Where the sentence says someone was detained: verbs and nouns not negated, hypothetical or a sanction."""
    sanctions = Coverage(len(text), (m.span() for m in SANCTION_RE.finditer(text)))
    found = [Trigger(m.start(), m.end(), False) for m in DETENTION_VERB_RE.finditer(text)]
    found += [Trigger(m.start(), m.end(), True) for m in DETENTION_NOUN_RE.finditer(text)]
    kept = []
    for t in leftmost_longest(found, lambda t: (t.start, t.end)):
        if not sanctions.free(t.start, t.start + 1):
            continue
        before = _window_before(text, t.start, 40)
        # "no one was detained", "не были задержаны"; a nominal negator only right before the verb ("without
        # detaining anyone"), not of a noun before the count ("санкцияланбаған митингінде ... ұсталды").
        own = re.split(r"[,:;]|\s[–—]\s", before)[-1]  # "Марш не удался: демонстрантов задерживали": a new clause
        nominal = NOMINAL_NEGATION_RE.search(own)
        right_before = nominal is not None and not own[nominal.end() :].strip()
        if NEGATED_ENDING_RE.search(text, t.start, t.end) or polarity_before(own):
            continue  # "бірде-бір адам ұсталмаған"; "reported any detention" (the negator further back)
        if VERBAL_NEGATION_RE.search(own) or right_before or HYPOTHETICAL_RE.search(before):
            continue
        kept.append(t)
    return kept
