"""Hundreds counted in words like tens ("около полутора сотен нарушений", "две сотни человек"), while a bare
"сотни" stays the vague "hundreds"."""

from __future__ import annotations

import pytest

from sources.claims.quantities import find_quantities

from .documents import infraction_row, read


@pytest.mark.parametrize(
    ("text", "qualifier", "figure"),
    [
        ("Наблюдатели насчитали около полутора сотен нарушений.", "approximately", 150.0),
        ("У акимата задержаны две сотни человек.", "approximately", 200.0),
        ("Более трёх сотен жалоб поступило в комиссии.", "more than", 300.0),
    ],
)
def test_hundreds_counted(text: str, qualifier: str, figure: float) -> None:
    found = find_quantities(text, [])
    assert [(q.qualifier, q.figure) for q in found] == [(qualifier, figure)]


def test_bare_hundreds_stay_vague() -> None:
    assert [(q.qualifier, q.low, q.high) for q in find_quantities("Сотни людей вышли на площадь.", [])] == [
        ("hundreds", 200, 999)
    ]


def test_a_headlines_finding_before_a_colon_is_no_source() -> None:
    _, infractions = read("«Около двух сотен нарушений»: штаб подвёл итоги дня голосования", language="ru")
    assert [infraction_row(c)[2] for c in infractions] == [200.0]
    assert all("нарушений" not in (c.reported_by or "") for c in infractions)
