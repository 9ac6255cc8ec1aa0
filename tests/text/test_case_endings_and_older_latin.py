"""Kazakh number words with case endings, the hour after "сағат" in words, and the older ad-hoc Latin spelling of
Kazakh (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from sources.text import read_numbers
from sources.text.latin_kazakh import from_latin_older, is_latin_older


def counts(text: str) -> list[float]:
    """The values read as numbers of things (a bare worded number with no noun reads as 'decimal')."""
    return [n.value for n in read_numbers(text, "kk") if n.kind in {"count", "decimal"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Учаскелердің сексен жетісін комиссия тексерді.", [87]),
    ("Облыстардың он екісі хаттаманы жіберді.", [12]),
    ("Бюллетеньдердің жиырма бесіне шағым түсті.", [25]),
    ("тоғыз жүз отыз алтысы есептелді", [936]),
], ids=["accusative", "possessive", "dative", "hundreds-possessive"])
def test_a_numbers_last_word_may_carry_a_case_ending(text: str, expected: list[float]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Онда 5 адам болды.", "Оны бәрі көрді.", "Бірі кетті, біреуі қалды.", "Оның жүзі жарқын.",
], ids=["onda-there", "ony-him", "biri-one-of", "zhuzi-face"])
def test_common_words_shaped_like_a_number_with_an_ending_are_no_numbers(text: str) -> None:
    assert counts(text) in ([], [5])


@pytest.mark.parametrize(("text", "clock"), [
    ("Сағат он екіде бюллетень алған сайлаушылар", "12:00"),
    ("сағат он екідегі жағдай бойынша", "12:00"),
    ("сағат оннан бастап", "10:00"),
    ("сағат жиырмада учаскелер жабылды", "20:00"),
], ids=["locative", "attributive", "ablative", "twenty"])
def test_the_hour_after_sagat_in_words_is_a_clock_not_a_count(text: str, clock: str) -> None:
    numbers = read_numbers(text, "kk")
    assert [n.clock for n in numbers if n.kind == "clock"] == [clock]
    assert not [n for n in numbers if n.kind == "count"]


def test_the_older_latin_spelling_is_respelt_in_the_2018_alphabet() -> None:
    text = "Jalpy eldegi qatysuy 61,25%-dy qúrap otyr. Týrkistan oblysynyng túryghndary dauys berdi, mәlimet boyynsha."
    assert is_latin_older(text)
    respelt = from_latin_older(text)
    assert "Túrkistan oblysynyń" in respelt and "qurap" in respelt and "daýys" in respelt and "boıynsha" in respelt


@pytest.mark.parametrize("text", [
    "Turnout stood at 63.3 percent as of 6 p.m., the commission said in a statement on its voting findings.",
    "Aqmola oblysy boıynsha daýys berýge 61,2 paıyz saılaýshy qatysty.",  # the 2018 alphabet itself
], ids=["english", "latin-2018"])
def test_english_and_the_2018_alphabet_are_not_taken_for_the_older_spelling(text: str) -> None:
    assert not is_latin_older(text)
