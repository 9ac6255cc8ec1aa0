"""Shapes the parsers using the text layer reported: spaced decimal commas, hyphenated and dative clock times,
full stops typed without a space, vague quantities, a year before a noun, short Kazakh phrases."""

from __future__ import annotations

import pytest

from sources.text import find_clock, guess_language, read_numbers, split_sentences


def kinds(text: str, language: str | None = None) -> list[tuple[str, float]]:
    return [(n.kind, n.value) for n in read_numbers(text, language)]


SPACED_DECIMALS = [
    ("ru", "явка выросла на 1, 65 процентах участков", [("share", 1.65)]),
    ("ru", "за него 1, 65 процента голосов", [("share", 1.65)]),
    ("kk", "үміткер 3, 4 пайызын жинады", [("share", 3.4)]),
    ("ru", "в списках 206, 2 тыс. избирателей", [("count", 206_200)]),
    ("kk", "тізімде 206, 2 мың сайлаушы бар", [("count", 206_200)]),
    ("ru", "рост в 1, 5 раза", [("decimal", 1.5)]),
    # not decimals: a grouped count, lists of numbers, and English (which has no decimal comma)
    ("ru", "пришли 1 650 человек", [("count", 1650)]),
    ("ru", "получили 1, 2 и 3 процента", [("count", 1), ("count", 2), ("share", 3)]),
    ("ru", "доли 10, 20, 30 процентов", [("count", 10), ("count", 20), ("share", 30)]),
    ("kk", "1, 2 және 3 адам", [("count", 1), ("count", 2), ("count", 3)]),
    ("en", "shares of 1, 2 and 3 per cent", [("count", 1), ("count", 2), ("share", 3)]),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), SPACED_DECIMALS, ids=[f"{lang}-{t}" for lang, t, _ in SPACED_DECIMALS]
)
def test_a_decimal_comma_typed_with_a_space(language: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert kinds(text, language) == expected


CLOCKS = [
    ("kk", "сағат 18-00-дегі жағдай бойынша 40 пайыз", "18:00", "18-00-дегі"),
    ("kk", "18-00-де учаскелер жабылды", "18:00", "18-00-де"),
    ("kk", "20-00-дегі мәлімет бойынша", "20:00", "20-00-дегі"),
    ("kk", "сағат 18-30 кезінде", "18:30", "18-30"),
    ("kk", "22:00-дегі жағдай бойынша", "22:00", "22:00-дегі"),
    ("kk", "сағат 22:00-де дауыс беру аяқталды", "22:00", "22:00-де"),
    ("ru", "явка к 20 часам составила 60%", "20:00", "20 часам"),
    ("ru", "к 18 часам проголосовали", "18:00", "18 часам"),
    ("ru", "участки работали до 20 часов", "20:00", "20 часов"),
    ("ru", "к пяти часам вечера", "05:00", "пяти часам"),
    ("ru", "голосование длилось 18 часов", "18:00", "18 часов"),  # a duration is read as a clock too, as before
    ("en", "counting began after 8 p.m.", "20:00", "8 p.m."),
    ("en", "results were due by 10 a.m. on Monday", "10:00", "10 a.m."),
]


@pytest.mark.parametrize(("language", "text", "clock", "written"), CLOCKS, ids=[c[1] for c in CLOCKS])
def test_clock_times_are_never_counts(language: str, text: str, clock: str, written: str) -> None:
    numbers = read_numbers(text, language)
    clocks = [n for n in numbers if n.kind == "clock"]
    assert [(n.clock, n.text) for n in clocks] == [(clock, written)]
    assert not [n for n in numbers if n.kind == "count"]
    assert find_clock(text) == clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10-15-ке жуық адам жиналды", [("count", 10), ("count", 15)]), ("тел. 8 (7172) 74-00-00", [("list_number", 0)])],
    ids=["kk-range-of-counts", "phone"],
)
def test_a_hyphen_without_a_whole_hour_or_sagat_is_no_clock(text: str, expected: list[tuple[str, float]]) -> None:
    assert kinds(text, "kk") == expected


SENTENCES = [
    (
        "Явка составила 59,56%.Всего проголосовали 5 000 человек.",
        ["Явка составила 59,56%.", "Всего проголосовали 5 000 человек."],
    ),
    ("Turnout was 61.6%.The count ended at night.", ["Turnout was 61.6%.", "The count ended at night."]),
    ("Дауыс бергендер 1 200.Барлығы 5 учаске.", ["Дауыс бергендер 1 200.", "Барлығы 5 учаске."]),
    ("Митинг прошёл в г.Алматы в полдень.", ["Митинг прошёл в г.Алматы в полдень."]),
    ("Иначе говоря, т.е.Всего одна жалоба.", ["Иначе говоря, т.е.Всего одна жалоба."]),
    ("Candidate K.Tokayev won 81%.", ["Candidate K.Tokayev won 81%."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[s[0][:30] for s in SENTENCES])
def test_a_full_stop_without_a_space_ends_a_sentence_only_after_a_number(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


VAGUE = [
    ("ru", "на площадь вышли сотни людей", []),
    ("ru", "сотни", []),
    ("ru", "задержаны несколько сотен человек", []),
    ("ru", "десятки наблюдателей", []),
    ("en", "several hundred protesters", []),
    ("en", "hundreds of people and dozens of observers", []),
    ("kk", "бірнеше жүз адам жиналды", []),
    ("en", "one of the observers left", []),
    ("ru", "одному из наблюдателей отказали", []),
    ("ru", "один из участков закрыт", []),
    # real numbers stay
    ("en", "a dozen observers", [("count", 12)]),
    ("en", "one polling station opened late", [("count", 1)]),
    ("ru", "две сотни человек", [("count", 200)]),
    ("kk", "жүз адам ұсталды", [("count", 100)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), VAGUE, ids=[f"{v[0]}-{v[1]}" for v in VAGUE])
def test_vague_quantities_and_pronoun_one_are_not_counts(
    language: str, text: str, expected: list[tuple[str, float]]
) -> None:
    assert kinds(text, language) == expected


def test_a_dozen_is_worded() -> None:
    (dozen,) = read_numbers("a dozen observers", "en")
    assert (dozen.kind, dozen.value, dozen.worded, dozen.text) == ("count", 12, True, "a dozen")


YEARS_BEFORE_NOUNS = [
    ("en", "In 2019 protesters gathered in Almaty", [("year", 2019)]),
    ("en", "in 2022 voters stayed home", [("year", 2022)]),
    ("ru", "в 2019 году 500 человек", [("year", 2019), ("count", 500)]),
    ("kk", "2019 жылы 500 адам ұсталды", [("year", 2019), ("count", 500)]),
    ("en", "2000 protesters gathered", [("count", 2000)]),
    ("ru", "в 2000 избирательных участках", [("count", 2000)]),
    ("ru", "1990 года, 1990 избирателей", [("year", 1990), ("count", 1990)]),
    ("en", "about 2019 voters", [("count", 2019)]),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), YEARS_BEFORE_NOUNS, ids=[f"{y[0]}-{y[1]}" for y in YEARS_BEFORE_NOUNS]
)
def test_a_year_before_a_noun_after_in(language: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert kinds(text, language) == expected


LANGUAGES = [
    ("полиция 30 белсендіні ұстады", "kk"),
    ("жеті адам ұсталды", "kk"),
    ("полиция 30 адамды ұстады", "kk"),
    ("В области Ұлытау задержали 5 человек", "ru"),  # a quoted Kazakh name keeps Russian text Russian
    ("Police detained 30 activists in Қонаев", "en"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES, ids=[x[0] for x in LANGUAGES])
def test_a_lower_case_word_with_a_kazakh_letter_tips_to_kazakh(text: str, expected: str) -> None:
    assert guess_language(text) == expected
