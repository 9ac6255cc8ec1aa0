"""`any_number_word`: one regex of every language's number words, read alike by Python's engine and polars'."""

from __future__ import annotations

import re

import polars as pl
import pytest

from sources.text.words import any_number_word

WORDED = ["семь нарушений", "около 4 тысячи", "двадцати пяти участках", "жүз адам", "он екісі", "жиырма бесінде",
          "twelve polling stations", "сорока избирателей", "6,98 млн", "свыше 3 тыс. человек", "троих активистов"]
UNWORDED = ["на 18:00", "участок № 142", "он сказал", "полиция задержала", "the ballots were counted"]


@pytest.mark.parametrize("text", WORDED)
def test_a_number_word_in_any_language_is_found(text: str) -> None:
    assert re.search(any_number_word(), text)
    assert pl.Series([text]).str.contains(any_number_word()).item()


@pytest.mark.parametrize("text", UNWORDED)
def test_digits_and_words_that_are_no_number_are_not(text: str) -> None:
    # "он" is Kazakh ten but Russian "he": a bare "он" in Russian prose still matches (the pattern is every
    # language's), so the Russian sentence here is the one case this check accepts as worded
    found = bool(re.search(any_number_word(), text))
    assert found == (text == "он сказал")
    assert pl.Series([text]).str.contains(any_number_word()).item() == found


def test_extra_words_join_the_pattern() -> None:
    assert not re.search(any_number_word(), "scores of protesters")
    assert re.search(any_number_word(["scores"]), "scores of protesters")
