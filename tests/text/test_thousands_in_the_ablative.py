"""Kazakh's "мыңнан" (of a thousand, the ablative) is the thousands scale outside a decimal: "7 млн 986 мыңнан
астам адам" is more than 7,986,000 people, never 7,000,986 (texts invented); inside a decimal in words it stays
the denominator ("он екі бүтін мыңнан бес")."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers


@pytest.mark.parametrize(("text", "value"), [
    ("Референдумға 7 млн 986 мыңнан астам адам қатысты.", 7_986_000),
    ("Дауыс беруге 986 мыңнан астам сайлаушы келді.", 986_000),
    ("12 мыңнан астам байқаушы тіркелді.", 12_000),
], ids=["millions-and-thousands", "thousands", "digits-thousands"])
def test_the_ablative_thousand_is_the_scale(text: str, value: int) -> None:
    assert [n.value for n in read_numbers(text, "kk") if n.kind == "count"] == [value]


def test_inside_a_decimal_it_is_the_denominator() -> None:
    assert [(n.kind, n.value) for n in read_numbers("он екі бүтін мыңнан бес", "kk")] == [("decimal", 12.005)]
