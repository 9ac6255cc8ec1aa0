"""A number said aloud and transcribed pauses with a comma after each scale word ("eight million, four hundred
…"): it is still one number, while a scale word's number and an unrelated small one stay apart (sentences
invented)."""

from __future__ import annotations

import pytest

from sources.text import read_numbers


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "That makes eight million, four hundred six thousand, two hundred fifty-one voters.", 8406251),
    ("en", "Some six million, one hundred thousand ballots were printed.", 6100000),
    ("ru", "Это восемь миллионов, четыреста шесть тысяч, двести пятьдесят один избиратель.", 8406251),
    ("kk", "Бұл сегіз миллион, төрт жүз алты мың, екі жүз елу бір сайлаушы.", 8406251),
], ids=["en", "en-two-groups", "ru", "kk"])
def test_a_spoken_number_with_pauses_is_one_count(language: str, text: str, value: int) -> None:
    counts = [n for n in read_numbers(text, language) if n.kind == "count"]
    assert [n.value for n in counts] == [value], counts


@pytest.mark.parametrize(("language", "text", "values"), [
    ("en", "Two thousand, three regions said nothing.", [2000, 3]),
    ("en", "About 2 million, one of the highest figures, voted early.", [2000000]),
    ("ru", "Две тысячи, три участка закрылись позже.", [2000, 3]),
], ids=["en-words", "en-digits", "ru-words"])
def test_a_scale_word_then_an_unrelated_small_number_stay_apart(language: str, text: str,
                                                                 values: list[int]) -> None:
    counts = [n.value for n in read_numbers(text, language) if n.kind == "count"]
    assert counts == values, counts
