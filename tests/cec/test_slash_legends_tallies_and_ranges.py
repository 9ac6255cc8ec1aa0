"""Shapes where the subjects and their figures are said apart (pages invented for these tests), in Russian, Kazakh
and English:
- a legend of names joined by slashes, then runs of figures in the same order, a later run told "respectively";
- a closing tally of bare handfuls that adds up to the seats the page stated in all (seats), and one that does not;
- a range of the areas' figures ("от … до …") and statistics over areas (a median, an average), no subject's figure.
"""

from __future__ import annotations

import pytest

from sources.figures.regions import find_regions
from tests.cec.releases import parse_page, release_page


def _values(e, field: str) -> list[float]:
    return sorted(getattr(r, field) for r in e.results if getattr(r, field) is not None and r.region_name is None)


def _named(e, field: str, part: str) -> set[float]:
    return {getattr(r, field) for r in e.results if part.lower() in r.contestant_name.lower()
            and getattr(r, field) is not None}


LEGENDS = {
    "ru": ("Итоги: как распределены 120 мест",
           ["ЦИК утвердил окончательные итоги выборов в Курултай.",
            "Мандаты (Amanat / «Ауыл» / Respublica / «Ак жол»): 80 / 17 / 13 / 10.",
            "Доли голосов в том же порядке: 61,20 / 12,05 / 9,40 / 7,35 процента."]),
    "kk": ("Құрылтай: 120 орын",
           ["ОСК Құрылтай сайлауының түпкілікті нәтижесін бекітті.",
            "Орындар (Amanat / «Ауыл» / Respublica / «Ақ жол»): 80 / 17 / 13 / 10.",
            "Дауыс үлесі, тиісінше: 61,20 / 12,05 / 9,40 / 7,35 пайыз."]),
    "en": ("Kurultai: how 120 seats were split",
           ["The commission approved the final results of the Kurultai election.",
            "Seats (Amanat / Auyl / Respublica / Ak Zhol): 80 / 17 / 13 / 10.",
            "Vote shares, in the same order: 61.20 / 12.05 / 9.40 / 7.35 per cent."]),
}


@pytest.mark.parametrize("lang", list(LEGENDS), ids=list(LEGENDS))
def test_a_legend_pairs_its_runs_in_order(lang: str) -> None:
    title, lines = LEGENDS[lang]
    e = parse_page(release_page(title, *lines, lang=lang, date="2026-08-27"), lang)
    assert _values(e, "seats") == [10, 13, 17, 80]
    assert _values(e, "vote_share_pct") == [7.35, 9.40, 12.05, 61.20]
    assert _named(e, "seats", "Respublica") == {13}
    assert _named(e, "vote_share_pct", "Respublica") == {9.40}


def test_a_run_of_another_length_than_the_legend_pairs_nothing() -> None:
    e = parse_page(release_page("Итоги", "Мандаты (Amanat / «Ауыл» / Respublica): 80 / 17.",
                                "Доли голосов соответственно: 61,20 / 12,05 / 9,40 / 7,35 %.", date="2026-08-27"))
    assert _values(e, "seats") == []
    assert _values(e, "vote_share_pct") == []


def test_a_slashed_list_of_areas_is_no_legend() -> None:
    e = parse_page(release_page("Явка", "Явка (Астана / Алматы): 49,06 / 39,84 %.", date="2026-08-23"))
    assert e.results == []


TALLIES = {
    "ru": ("Как делили мандаты", "Все 120 мандатов распределены между партиями, сообщил ЦИК.",
           "Итог: Amanat 80, «Ауыл» 17, Respublica 13, «Ак жол» 10."),
    "kk": ("Орындар қалай бөлінді", "Құрылтайдағы 120 орын партиялар арасында бөлінді, деп хабарлады ОСК.",
           "Қорытынды: Amanat 80, «Ауыл» 17, Respublica 13, «Ақ жол» 10."),
    "en": ("How the seats were shared out", "The commission approved the final results: all 120 seats went to "
           "party lists.", "Final count: Amanat 80, Auyl 17, Respublica 13, Ak Zhol 10."),
}


@pytest.mark.parametrize("lang", list(TALLIES), ids=list(TALLIES))
def test_handfuls_that_add_up_to_the_seats_stated_are_seats(lang: str) -> None:
    title, lead, tally = TALLIES[lang]
    e = parse_page(release_page(title, lead, tally, lang=lang, date="2026-08-27"), lang)
    assert _values(e, "seats") == [10, 13, 17, 80]


def test_handfuls_that_do_not_add_up_stay_unread() -> None:
    title, lead, tally = TALLIES["en"]
    e = parse_page(release_page(title, lead.replace("120", "125"), "Amanat won 61.20% of the vote.", tally, lang="en",
                                date="2026-08-27"), "en")
    assert _values(e, "seats") == []
    assert any(u.figure == "80" for u in e.unread)


def _code(name: str | None) -> str | None:
    return next(iter({r.code for r in find_regions(name)}), None) if name else None


RANGES = {
    "ru": ["Явка по регионам: от 41,20% до 80,05%",
           "В выборах приняли участие 63,10% избирателей.",
           "Показатели колебались от 41,20% в Алматы до 80,05% в Туркестанской области.",
           "Медианное значение по 20 регионам — 64,70%, средняя явка по областям — 66,30%."],
    "kk": ["Өңірлердегі белсенділік: 41,20%-дан 80,05%-ға дейін",
           "Орталық сайлау комиссиясының мәліметінше, сайлауға қатысу – 63,10%.",
           "Алматыда – 41,20%, Түркістан облысында – 80,05%.",
           "Облыстар бойынша орташа көрсеткіш – 66,30%."],
    "en": ["Regional turnout ranged from 41.20% to 80.05%",
           "Turnout stood at 63.10% nationwide.",
           "It ranged from 41.20% in Almaty to 80.05% in Turkistan region.",
           "The median across the 20 regions was 64.70%, and the average of the oblasts 66.30%."],
}


@pytest.mark.parametrize("lang", list(RANGES), ids=list(RANGES))
def test_range_ends_without_an_area_and_statistics_are_no_national_turnout(lang: str) -> None:
    title, *lines = RANGES[lang]
    e = parse_page(release_page(title, *lines, lang=lang, date="2026-08-24"), lang)
    national = {t.turnout_pct for t in e.turnout if t.region_name is None and t.turnout_pct is not None}
    assert national == {63.10}
    by_area = {(_code(t.region_name), t.turnout_pct) for t in e.turnout if t.region_name}
    assert (_code("Алматы"), 41.20) in by_area
    assert not {v for _, v in by_area} & {64.70, 66.30}
