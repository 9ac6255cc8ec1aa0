"""A Kazakh hour in number words said with its part of the day, on a 12-hour clock: "таңертеңгі сағат тоғызда"
= 09:00, "түстен кейін үште" = 15:00, "кешкі жетіде" = 19:00, "түскі бірде" = 13:00 (sentences invented)."""

from __future__ import annotations

import pytest

from sources.figures.text_layer import stated_clock
from sources.text.numbers import read_numbers


def _clocks(text: str, language: str = "kk") -> list[str | None]:
    return [n.clock for n in read_numbers(text, language) if n.kind == "clock"]


@pytest.mark.parametrize(("sentence", "clocks"), [
    ("Таңертеңгі сағат тоғызда сайлаушылардың 8,4 пайызы келді.", ["09:00"]),
    ("Таңғы он бірде белсенділік 21,3 пайыз болды.", ["11:00"]),
    ("Түстен кейін үште көрсеткіш 37,2 пайызға жетті.", ["15:00"]),
    ("Түстен соң сағат бесте 46,9 пайыз дауыс берді.", ["17:00"]),
    ("Кешкі жетіде 55,1 пайыз.", ["19:00"]),
    ("Түскі он екіде 27,7 пайыз, түскі бірде 30,2 пайыз.", ["12:00", "13:00"]),
    ("Сағат он бірде 19,9 пайыз.", ["11:00"]),
], ids=["am-with-sagat", "am-two-words", "pm", "pm-with-sagat", "evening", "noon-and-after", "sagat-alone"])
def test_an_hour_in_words_takes_its_part_of_the_day(sentence: str, clocks: list[str]) -> None:
    assert _clocks(sentence) == clocks


@pytest.mark.parametrize("sentence", [
    "Ол онда 12 жыл тұрды.",
    "Кешкі жиналысқа 40 адам келді.",
    "Таңғы бес шақырымдық жүгіріске 300 адам қатысты.",
], ids=["onda-is-there", "evening-with-no-hour", "morning-then-a-count-word"])
def test_no_hour_without_an_hour_word_after_the_part_of_the_day(sentence: str) -> None:
    assert _clocks(sentence) == []


def test_the_worded_hour_is_read_in_a_russian_reading_too() -> None:
    # the binder reads a paragraph's hour with the Russian reading: a Kazakh worded hour is still an hour there
    assert stated_clock("Түстен кейін екіде белсенділік 40,6 пайыз болды.") == "14:00"


def test_a_list_of_worded_hours_gives_each_figure_its_hour() -> None:
    numbers = read_numbers("Таңғы сағат онда – 11,2, түстен кейін екіде – 38,5, кешкі алтыда – 55,9 пайыз.", "kk")
    assert [n.clock or n.value for n in numbers] == ["10:00", 11.2, "14:00", 38.5, "18:00", 55.9]
