"""Counts grouped by dots in Russian and Kazakh, which write decimal commas: "801.044" is one dotted group of three
digits, a count as "4.632.211" is; a share, a scale word or English keeps the dot a decimal point (sentences invented
for these tests)."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers


def _read(text: str, language: str) -> list[tuple[str, float]]:
    return [(n.kind, n.value) for n in read_numbers(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("kk", "«Таң» партиясына 905.317 дауыс берілді (11,40%).", [("count", 905317), ("share", 11.4)]),
    ("kk", "Жарамсыз бюллетеньдер – 88.120.", [("count", 88120)]),
    ("ru", "За партию «Заря» отдано 312.008 голосов, или 4,05%.", [("count", 312008), ("share", 4.05)]),
    ("ru", "Недействительных бюллетеней — 97.431.", [("count", 97431)]),
    ("ru", "Из 11.204.117 избирателей пришли 6.731.902.", [("count", 11204117), ("count", 6731902)]),
], ids=["kk-votes-before-share", "kk-invalid", "ru-votes-or-share", "ru-invalid", "ru-two-dotted-groups"])
def test_a_dotted_group_of_three_digits_is_a_count(language: str, text: str, expected: list) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Явка составила 62.580%.", [("share", 62.58)]),
    ("ru", "Проголосовали 1.250 млн человек.", [("count", 1250000)]),
    ("en", "The index rose to 801.044 points.", [("decimal", 801.044)]),
], ids=["ru-share-keeps-the-decimal", "ru-scale-word-keeps-the-decimal", "en-keeps-the-decimal"])
def test_a_share_a_scale_or_english_keeps_the_decimal_point(language: str, text: str, expected: list) -> None:
    assert _read(text, language) == expected


def test_a_clock_time_with_a_dot_stays_a_clock() -> None:
    assert [n.kind for n in read_numbers("Данные на 18.10 часов.", "ru")] == ["clock"]
