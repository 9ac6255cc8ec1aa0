"""A numbered point the sentence splitter cut from its text ("1." before "В списки избирателей …") is a list
number, never a count to account for; "Итого: 3." stays a count (texts invented)."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers
from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("text", "kind"), [("1.", "list_number"), (" 4. ", "list_number"), ("2)", "list_number"),
                                             ("Итого: 3.", "count"), ("Мандатов – 3.", "count")],
                         ids=["dot", "spaced", "bracket", "total-after-colon", "count-after-dash"])
def test_a_lone_point_number(text: str, kind: str) -> None:
    assert [n.kind for n in read_numbers(text, "ru")] == [kind]


def test_a_decrees_points_leave_no_unread_numbers() -> None:
    out = parse_page(release_page(
        "Об итогах выборов", "Центральная избирательная комиссия установила:",
        "1. В списки избирателей было включено 11 950 627 граждан. 2. Избирательные бюллетени получили 9 061 349 "
        "избирателей.", "3. Голоса распределились следующим образом: Ержанов Тимур Кайратович – 6 539 715 голосов "
        "(73,28 %); Оспанова Меруерт Кайратовна – 2 385 100 голосов (26,72 %).", date="2019-06-10"))
    assert {(t.registered_voters, t.ballots_cast) for t in out.turnout} == {(11_950_627, 9_061_349)}
    assert not [u for u in out.unread if u.figure in {"1", "2", "3"}]
