"""A clock in a sentence announcing the next bulletin is when the next figures come, never the hour of the figures
beside it (sentences invented)."""

from __future__ import annotations

import pytest

from sources.figures.text_layer import stated_clock


@pytest.mark.parametrize(("paragraph", "clock"), [
    ("Шымкентте белсенділік 31,05 пайыз. Келесі мәлімет сағат 18:00-де беріледі.", None),
    ("Явка в Шымкенте — 31,05%. Следующие данные — в 18:00.", None),
    ("Turnout in Shymkent is 31.05 percent. The next update is due at 18:00.", None),
    ("К 14:00 явка в Шымкенте — 31,05%. Следующие данные — в 18:00.", "14:00"),
    ("Сағат 14:00-дегі дерек бойынша Шымкентте 31,05 пайыз.", "14:00"),
], ids=["kk-next", "ru-next", "en-next", "ru-own-then-next", "kk-own"])
def test_the_next_bulletins_clock_is_no_as_of_hour(paragraph: str, clock: str | None) -> None:
    assert stated_clock(paragraph) == clock
