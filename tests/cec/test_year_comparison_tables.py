"""A table comparing this vote with an earlier one (tables invented for these tests): the areas as rows, one column
a year, then a column of changes. Only the column of this vote's year holds its figures; the other year's column is
another vote's and the change column a difference, both recorded unread, in Russian, Kazakh and English."""

from __future__ import annotations

import pytest

from sources.figures.regions import find_regions
from tests.cec.releases import parse_page, release_page


def _code(name: str | None) -> str | None:
    return next(iter({r.code for r in find_regions(name)}), None) if name else None


CASES = {
    "ru": ("Явка к 16:00: Курултай против прошлых выборов",
           ["Данные ЦИК на 16:00 в день выборов и в тот же час 2023 года.",
            "Область | 2023, % | 2026, % | Разница, п.п.", "Республика | 48,20 | 51,75 | +3,55",
            "Жамбылская область | 50,10 | 49,30 | -0,80", "Атырауская область | 44,00 | 52,45 | +8,45"]),
    "kk": ("Сағат 16:00-дегі белсенділік: 2023 және 2026 жылдар",
           ["Сайлау күні сағат 16:00-дегі ОСК деректері.",
            "Өңір | 2023 жыл, % | 2026 жыл, % | Өзгеріс", "Республика бойынша | 48,20 | 51,75 | +3,55",
            "Жамбыл облысы | 50,10 | 49,30 | -0,80", "Атырау облысы | 44,00 | 52,45 | +8,45"]),
    "en": ("Turnout at 4 p.m.: the Kurultai against the last vote",
           ["The commission's 16:00 figures, beside the same hour of the 2023 vote.",
            "Region | 2023 (%) | 2026 (%) | Change, pp", "Nationwide | 48.20 | 51.75 | +3.55",
            "Zhambyl region | 50.10 | 49.30 | -0.80", "Atyrau region | 44.00 | 52.45 | +8.45"]),
}


@pytest.mark.parametrize("lang", list(CASES), ids=list(CASES))
def test_only_this_years_column_is_read(lang: str) -> None:
    title, lines = CASES[lang]
    e = parse_page(release_page(title, *lines, lang=lang, date="2026-08-23"), lang)
    shares = {(_code(t.region_name), t.turnout_pct) for t in e.turnout if t.turnout_pct is not None}
    assert {v for _, v in shares} == {51.75, 49.30, 52.45}
    assert (_code("Атырауская область"), 52.45) in shares
    assert not {v for _, v in shares} & {48.20, 50.10, 44.00, 3.55, 8.45}
    assert any("another vote" in u.reason for u in e.unread)


def test_without_a_publication_date_the_latest_year_is_this_vote() -> None:
    title, lines = CASES["ru"]
    e = parse_page(release_page(title, *lines, date=None))
    assert {t.turnout_pct for t in e.turnout if t.turnout_pct is not None} == {51.75, 49.30, 52.45}


def test_a_table_of_one_year_reads_as_before() -> None:
    e = parse_page(release_page("Явка к 16:00", "Область | Явка, % | Проголосовали",
                                "Жамбылская область | 49,30 | 412 310", "Атырауская область | 52,45 | 221 004",
                                date="2026-08-23"))
    assert {t.turnout_pct for t in e.turnout if t.turnout_pct is not None} == {49.30, 52.45}
