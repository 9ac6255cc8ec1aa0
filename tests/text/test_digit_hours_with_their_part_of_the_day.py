"""A digit hour said with its part of the day, on a 12-hour clock: "к 10 утра", "в 2 часа дня" (14:00), "к 6
вечера" (18:00), "by 10 in the morning", the Kazakh part of the day before the hour ("таңғы 10-ға дейін", "кешкі
6-да" = 18:00). Each is a clock, never a count, and a bulletin that states its hour so is a bulletin of that hour.
"дня" is also "of days": "через 2 дня" stays a count (sentences invented)."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers
from tests.cec.releases import parse_page, release_page


def _clocks(text: str, language: str) -> list[str | None]:
    return [n.clock for n in read_numbers(text, language) if n.kind == "clock"]


@pytest.mark.parametrize(("sentence", "language", "clocks"), [
    ("К 10 утра явка избирателей составила 21,6 %.", "ru", ["10:00"]),
    ("На 9 утра проголосовали 7,2 % избирателей.", "ru", ["09:00"]),
    ("К 2 часам дня бюллетени получили 44,1 % избирателей.", "ru", ["14:00"]),
    ("В 12 дня явка составила 30,3 %.", "ru", ["12:00"]),
    ("К 6 вечера явка достигла 58,9 %.", "ru", ["18:00"]),
    ("В 11 часов утра на участки пришли 19,4 % избирателей.", "ru", ["11:00"]),
    ("By 10 in the morning turnout stood at 20.8 percent.", "en", ["10:00"]),
    ("By 4 in the afternoon 47.5 percent had voted.", "en", ["16:00"]),
    ("By 7 in the evening turnout was 61.9 percent.", "en", ["19:00"]),
    ("Таңғы 10-ға дейін сайлаушылардың 22,7 пайызы дауыс берді.", "kk", ["10:00"]),
    ("Кешкі 6-да белсенділік 59,3 пайыз болды.", "kk", ["18:00"]),
    ("Түскі 12-ге қарай 33,5 пайыз дауыс берді.", "kk", ["12:00"]),
], ids=["ru-morning", "ru-nine-morning", "ru-two-pm-with-hour-word", "ru-noon", "ru-evening", "ru-hour-word-morning",
        "en-morning", "en-afternoon", "en-evening", "kk-morning-before", "kk-evening-before", "kk-noon-before"])
def test_a_digit_hour_takes_its_part_of_the_day(sentence: str, language: str, clocks: list[str]) -> None:
    numbers = read_numbers(sentence, language)
    assert _clocks(sentence, language) == clocks
    assert [n.kind for n in numbers if n.kind != "clock"] == ["share"]  # the hour is no count


@pytest.mark.parametrize(("sentence", "language", "count"), [
    ("Через 2 дня комиссия подведёт итоги, их проверят 14 членов.", "ru", 2),
    ("За 3 дня до выборов агитация запрещена.", "ru", 3),
    ("Таңғы 5 шақырымдық жүгіріске 300 адам қатысты.", "kk", 5),
], ids=["ru-two-days", "ru-three-days-before", "kk-morning-then-a-count-word"])
def test_no_hour_where_the_words_say_days_or_a_count_word(sentence: str, language: str, count: int) -> None:
    numbers = read_numbers(sentence, language)
    assert not _clocks(sentence, language)
    assert count in [n.value for n in numbers if n.kind == "count"]


@pytest.mark.parametrize(("lang", "title", "paragraph", "hour", "pct"), [
    ("ru", "Явка избирателей", "По данным ЦИК, к 10 утра явка избирателей по стране составила 23,4 %.", "10:00",
     23.4),
    ("ru", "Явка избирателей", "К 6 вечера бюллетени получили 61,2 % избирателей, сообщили в ЦИК.", "18:00", 61.2),
    ("en", "Voter turnout", "By 4 in the afternoon, 48.7 percent of voters had cast their ballots, the CEC said.",
     "16:00", 48.7),
    ("kk", "Сайлаушылардың белсенділігі", "ОСК мәліметінше, кешкі 6-да ел бойынша сайлаушылардың 60,4 пайызы дауыс "
     "берді.", "18:00", 60.4),
], ids=["ru-morning", "ru-evening", "en-afternoon", "kk-evening"])
def test_a_bulletin_stating_its_hour_so_is_that_hours_bulletin(lang: str, title: str, paragraph: str, hour: str,
                                                                pct: float) -> None:
    out = parse_page(release_page(title, paragraph, lang=lang, date="2023-03-19"), lang)
    assert out.doc_kind == "turnout"
    assert [(t.as_of, t.region_name, t.turnout_pct) for t in out.turnout] == [(hour, None, pct)]
