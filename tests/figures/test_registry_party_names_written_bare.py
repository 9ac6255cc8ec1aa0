"""A registry party written without quotes under its long name ("Party of Patriots of Kazakhstan", "Партия
патриотов Казахстана"), in lists where the share comes first and in sentences: the whole name is the contestant,
and the longest name wins over the shorter one inside it ("People's Party of Kazakhstan" within "Communist People's
Party of Kazakhstan"). Clauses invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.figures.binding import bind

AFTER_2012_VOTE = dt.date(2012, 1, 16)
LONG_NAMES = [
    ("en", "0.94% – Party of Patriots of Kazakhstan;", "Party of Patriots of Kazakhstan", 0.94),
    ("en", "The Communist People's Party of Kazakhstan won 6.82 percent.", "Communist People's Party of Kazakhstan",
     6.82),
    ("en", "1.71% – Nationwide Social Democratic Party.", "Nationwide Social Democratic Party", 1.71),
    ("ru", "0,94 % – Партия патриотов Казахстана;", "Партия патриотов Казахстана", 0.94),
]


@pytest.mark.parametrize(("language", "text", "name", "share"), LONG_NAMES, ids=[c[2] for c in LONG_NAMES])
def test_a_long_registry_name_written_bare_takes_its_share(language: str, text: str, name: str, share: float) -> None:
    found, unread = bind(language, text, published_on=AFTER_2012_VOTE)
    assert {(n, field, value) for n, field, value, _ in found} == {(name, "vote_share_pct", share)}
    assert not unread


def test_a_registry_name_inside_prose_without_a_figure_is_no_contestant() -> None:
    found, _ = bind("en", "The Party of Patriots of Kazakhstan did not field a list this time; Auyl won 3.1 percent.",
                    published_on=AFTER_2012_VOTE)
    assert {(n, value) for n, _, value, _ in found} == {("Auyl", 3.1)}
