"""A turnout bulletin's share placed by the country's words alone ("39,77% по стране", "Nationwide: 39.77%", "ел
бойынша 39,77%"): the national turnout; the same share with an area, or in a results document, is not (sentences
invented for these tests)."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Сведения на 14:00: 41,05% по стране."),
    ("ru", "По республике — 41,05%."),
    ("kk", "Сағат 14:00 деректері: ел бойынша 41,05%."),
    ("en", "Figures for 2 p.m.: 41.05% nationwide."),
    ("en", "Nationwide: 41.05%."),
], ids=["ru-after", "ru-before", "kk-before", "en-after", "en-label"])
def test_a_share_placed_by_the_countrys_words_is_the_national_turnout(lang: str, text: str) -> None:
    found, _ = bind(lang, text, kind="turnout")
    assert (None, "turnout_pct", 41.05, None) in found


def test_the_countrys_words_beyond_another_figure_place_nothing() -> None:
    found, _ = bind("ru", "Сведения: 41,05%, 12 участков, по стране.", kind="turnout")
    assert (None, "turnout_pct", 41.05, None) not in found


def test_in_a_results_document_it_is_no_turnout() -> None:
    found, _ = bind("ru", "Итоги: 41,05% по стране.", kind="results")
    assert not any(f == "turnout_pct" for _, f, _, _ in found)
