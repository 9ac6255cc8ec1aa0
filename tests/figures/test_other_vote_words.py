"""Figures the words give to something other than this vote's result are recorded unread, and figures of this vote
stated beside another vote's are still read (sentences invented for these tests): a comparison with an earlier vote
after the figure, a difference between two figures, the chamber's seats in all."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.figures.binding import bind


def bind_dated(language: str, text: str, kind: str = "turnout") -> tuple[set[tuple], list[str]]:
    """(field, value) of each reading of a text published on 3 April 2011, and the unread figures."""
    found, unread = bind(language, text, kind, published_on=dt.date(2011, 4, 3))
    return {(f, v) for _, f, v, _ in found}, unread


@pytest.mark.parametrize(("language", "text", "kept", "refused"), [
    ("ru", "Явка к 16:00 составила 71,4%, превысив итоговый показатель выборов 2005 года.", 71.4, None),
    ("ru", "В 2005 году явка составила 69,8%, превысив показатель прошлых выборов.", None, "69,8%"),
    ("en", "Turnout stood at 71.4 percent by 4 p.m., compared with 63.2 percent in 2005.", 71.4, "63.2 percent"),
    ("kk", "Сағат 16:00-дегі қатысу 71,4 пайыз, 2005 жылмен салыстырғанда 63,2 пайыз болған.", 71.4, "63,2 пайыз"),
], ids=["ru-comparison-after", "ru-year-first", "en-compared-with", "kk-salystyrganda"])
def test_another_vote_named_only_in_a_comparison_keeps_the_figure_before_it(
        language: str, text: str, kept: float | None, refused: str | None) -> None:
    found, unread = bind_dated(language, text)
    turnouts = {v for f, v in found if f == "turnout_pct"}
    assert turnouts == ({kept} if kept is not None else set()), found
    if refused is not None:
        assert refused in unread


@pytest.mark.parametrize(("language", "text", "refused"), [
    ("ru", "Итог партии «Жарык» лишь на 4% хуже результата её лидера.", "4%"),
    ("en", "Turnout 71.40% (Decrease 2.15 pp)", "2.15"),
    ("en", "Alga's share was 3.5 percentage points higher than Bereke's.", "3.5 percentage points"),
], ids=["ru-na-khuzhe", "en-pp", "en-percentage-points"])
def test_a_difference_between_two_figures_is_no_figure(language: str, text: str, refused: str) -> None:
    found, unread = bind(language, text, kind="turnout" if "Turnout" in text else "results")
    assert not any(value == float(refused.split()[0].rstrip("%")) for _n, _f, value, _r in found), found
    # recorded unread when the text layer reads it as a share ("2.15 pp", "3.5 percentage points" are none at all)
    assert any(u.startswith(refused.split()[0]) for u in unread) or language == "en"


@pytest.mark.parametrize(("language", "text", "party", "seats"), [
    ("en", "The result was a win for the Tulpar party, which won 31 of the 77 seats.", "Tulpar", 31),
    ("ru", "Партия «Тулпар» получила 31 из 77 мест в мажилисе.", "Тулпар", 31),
], ids=["en-of-the", "ru-iz"])
def test_a_part_of_the_chambers_seats_is_the_partys_and_the_whole_unread(
        language: str, text: str, party: str, seats: int) -> None:
    found, unread = bind(language, text)
    assert {(f, v) for n, f, v, _r in found if n and party in n} == {("seats", seats)}, found
    assert "77" in unread


def test_a_bracketed_gloss_does_not_break_a_name_paired_respectively() -> None:
    found, _ = bind("en", "The Tulpar [Winged Horse] Party and the Civic Party won five and three seats, respectively.")
    assert {(n, v) for n, f, v, _r in found if f == "seats"} == {("Tulpar Party", 5), ("Civic Party", 3)}, found
