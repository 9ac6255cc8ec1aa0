"""A count glossed by the share of the register it makes ("N voters, i.e. P % of those on the lists, took part"):
the register's phrase, however many words it runs to, is the share's base, never the count's subject (clauses
invented for these tests)."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind

GLOSSED_COUNTS = [
    ("kk", "Сайлауға 5 812 300 сайлаушы, яғни тізімге енгізілгендердің 61,08 пайызы қатысты."),
    ("kk", "Дауыс беруге 5 812 300 азамат, яғни тізімдегі сайлаушылардың 61,08 пайызы қатысты."),
    ("ru", "В выборах участвовали 5 812 300 избирателей, то есть 61,08 процента от внесенных в списки."),
    ("en", "In all, 5,812,300 voters, that is 61.08 percent of those on the voter lists, took part."),
]


@pytest.mark.parametrize(("language", "text"), GLOSSED_COUNTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(GLOSSED_COUNTS)])
def test_the_count_before_the_registers_share_is_of_those_who_took_part(language: str, text: str) -> None:
    found, unread = bind(language, text, kind="turnout")
    assert {(field, value) for _, field, value, _ in found} == {("ballots_cast", 5812300), ("turnout_pct", 61.08)}
    assert not unread


def test_the_register_named_with_its_own_count_stays_the_register() -> None:
    # the register's genitive before a share, but the count names the register itself: "тізімге 9 515 500 сайлаушы
    # енгізілген" keeps its subject
    found, _ = bind("kk", "Тізімге 9 515 500 сайлаушы енгізілген, олардың 61,08 пайызы дауыс берді.", kind="turnout")
    assert ("registered_voters", 9515500) in {(field, value) for _, field, value, _ in found}
