"""A clock time followed by a colon as punctuation ("на 14:00: 39,77%") is a time; a colon before another digit
makes seconds or a score (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers


@pytest.mark.parametrize(("language", "text", "kinds"), [
    ("ru", "Данные на 14:00: 41,05% по стране.", ["clock", "share"]),
    ("kk", "Сағат 12:00: 28,10%.", ["clock", "share"]),
    ("en", "As of 10:00: 12.4%.", ["clock", "share"]),
    ("en", "Logged at 12:30:45.", ["clock"]),
], ids=["ru-colon-after", "kk-colon-after", "en-colon-after", "seconds"])
def test_a_colon_after_a_time_is_punctuation(language: str, text: str, kinds: list[str]) -> None:
    assert [n.kind for n in read_numbers(text, language)] == kinds
