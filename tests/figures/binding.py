"""Binding an invented text clause by clause, as a release's paragraphs are bound: one shared helper for the
tests of tests/figures and tests/cec.

`bind` returns every reading as (contestant or None, field, value, region) — shares rounded to two places,
counts whole — and the figures left unread. The small variations are arguments: the kind of document, a
referendum, the publication date (for clauses about earlier votes), and a clause bound `before` the text
(a pronoun's antecedent, a list's lead-in). Each clause is bound with the sentence it was cut from, as
`sources.cec.release` binds it.
"""

from __future__ import annotations

import datetime as dt

from sources.figures.binder import Binder
from sources.figures.text_layer import split_clauses, split_sentences

SHARES = {"vote_share_pct", "turnout_pct"}


def bind(language: str, text: str, kind: str = "results", referendum: bool = False, before: str = "", *,
         published_on: dt.date | None = None) -> tuple[set[tuple], list[str]]:
    """Every reading of the text as (contestant or None, field, value, region), and the unread figures."""
    binder = Binder(language, kind, referendum=referendum, published_on=published_on)
    if before:
        binder.bind(before)
    found: set[tuple] = set()
    unread: list[str] = []
    for sentence in split_sentences(text):
        for clause in split_clauses(sentence):
            read = binder.bind(clause, sentence=sentence)
            for r in read.readings:
                value = round(r.value, 2) if r.field in SHARES else int(r.value)
                found.add((r.name if r.subject == "contestant" else None, r.field, value, r.region_name))
            unread += [u.figure or "" for u in read.unread]
    return found, unread


def readings(language: str, text: str, kind: str = "results", *, published_on: dt.date | None = None) -> set[tuple]:
    """The readings alone, for a test that asks nothing of the unread figures."""
    return bind(language, text, kind, published_on=published_on)[0]
