"""Shapes of CEC publications read by their meaning (every page invented for these tests): a turnout table with the
hours as rows and the areas as columns, a PDF's hard-wrapped text layer (words hyphenated at line ends, a count broken
at its group space), a party's seats given by list and in all, and a region's own page telling its turnout hours
beside its result."""

from __future__ import annotations

import pytest

from sources.cec.repairs import rejoined
from sources.figures.regions import find_regions
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def code(name: str | None) -> str | None:
    return next(iter({r.code for r in find_regions(name)}), None) if name else None


def turnout_cells(e: Extraction) -> dict[tuple, float]:
    return {(code(t.region_name), t.as_of): t.turnout_pct for t in e.turnout if t.turnout_pct}


@pytest.mark.parametrize(("lang", "title", "lines"), [
    ("kk", "Сайлаушылар белсенділігі", ["Белсенділік сағат бойынша, %",
                                       "Уақыт | Республика бойынша | Астана қ. | Алматы қ.",
                                       "10:00 | 11,20 | 7,35 | 4,90", "12:00 | 27,45 | 18,10 | 12,60",
                                       "14:00 | 40,05 | 26,80 | 19,75",
                                       "Өзгеріс (10:00–14:00), п.т. | 28,85 | 19,45 | 14,85"]),
    ("ru", "Явка избирателей", ["Явка по часам, %", "Время | По республике | г. Астана | г. Алматы",
                                "10:00 | 11,20 | 7,35 | 4,90", "12:00 | 27,45 | 18,10 | 12,60",
                                "14:00 | 40,05 | 26,80 | 19,75",
                                "Изменение (10:00–14:00), п.п. | 28,85 | 19,45 | 14,85"]),
    ("en", "Voter turnout", ["Turnout by hour, %", "Time | Nationwide | Astana | Almaty city",
                             "10:00 | 11.20 | 7.35 | 4.90", "12:00 | 27.45 | 18.10 | 12.60",
                             "14:00 | 40.05 | 26.80 | 19.75", "Change (10:00-14:00), pp | 28.85 | 19.45 | 14.85"]),
], ids=["kk", "ru", "en"])
def test_a_transposed_bulletin_gives_each_area_its_turnout_at_each_hour(lang: str, title: str,
                                                                        lines: list[str]) -> None:
    e = parse_page(release_page(title, *lines, lang=lang, date="2026-08-23"), lang)
    got = turnout_cells(e)
    assert e.doc_kind == "turnout"
    assert got.get((None, "10:00")) == 11.2 and got.get((None, "14:00")) == 40.05, got
    assert got.get(("KZ-71", "12:00")) == 18.1 and got.get(("KZ-75", "14:00")) == 19.75, got
    assert not any(r.vote_share_pct for r in e.results)  # the country's column is no contestant
    assert 28.85 not in got.values() and 19.45 not in got.values()  # the change row is no hour's figure


def test_a_hyphenated_text_layer_is_read_as_whole_words_and_counts() -> None:
    lines = ["Сообщение Центральной избирательной ко-", "миссии об итогах выборов депутатов Мажилиса",
             "В списки избирателей было включено 11 902 417 изби-", "рателей, в голосовании приняли участие 6 188 300",
             "избирателей, или 51,99 процента.", "Голоса распределились следующим образом: за пар-",
             "тию «Алтын Дала» – 3 104", "552 голосов (50,16 %); за партию «Жаңа Жол» – 1 233 810 (19,94 %); за",
             "партию «Көк Тау» – 884 002", "(14,28 %); против всех – 201 330 (3,25 %)."]
    e = parse_page(release_page("Сообщение ЦИК (PDF)", *lines, date="2023-03-27"), "ru")
    votes = {r.contestant_name: r.votes for r in e.results}
    assert any(v == 3104552 for v in votes.values()), votes
    assert any(r.votes == 884002 and r.vote_share_pct == 14.28 for r in e.results), e.results
    assert any(t.registered_voters == 11902417 and t.ballots_cast == 6188300 for t in e.turnout), e.turnout


@pytest.mark.parametrize(("lines", "joined"), [
    (["Орталық сайлау ко-", "миссиясы хабарлайды"], ["Орталық сайлау комиссиясы хабарлайды"]),
    (["The Central Election Com-", "mission announced the count of 2 402", "118 votes for the party"],
     ["The Central Election Commission announced the count of 2 402 118 votes for the party"]),
    # an ordinary page: lines stay apart when nothing says the layer is hard-wrapped
    (["Итоги выборов –", "Партия «Алтын Дала» получила 50,16 %."],
     ["Итоги выборов –", "Партия «Алтын Дала» получила 50,16 %."]),
    (["Party | Votes", "Amanat | 3 104", "552 | 50,16"], ["Party | Votes", "Amanat | 3 104", "552 | 50,16"]),
], ids=["kk-hyphen", "en-hyphen-and-count", "ru-no-layer", "table-rows"])
def test_rejoined_mends_a_hard_wrapped_layer_only(lines: list[str], joined: list[str]) -> None:
    assert rejoined(lines) == joined


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ["По партийным спискам мандаты распределены: «Алтын Дала» – 38, «Жаңа Жол» – 14.",
            "По одномандатным округам избраны 29 депутатов: от партии «Алтын Дала» – 20, самовыдвиженцы – 9.",
            "Всего партия «Алтын Дала» получила 58 мандатов из 98."]),
    ("en", ["Under the party lists, «Altyn Dala» won 38 seats and «Zhana Zhol» 14 seats.",
            "In single-member districts «Altyn Dala» won 20 seats.",
            "In all, «Altyn Dala» holds 58 seats."]),
], ids=["ru", "en"])
def test_a_partys_seats_in_all_outweigh_its_list_seats(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Итоги выборов", *lines, lang=lang, date="2023-03-27"), lang)
    seats = {r.contestant_name: r.seats for r in e.results if r.seats}
    assert 58 in seats.values() and 38 not in seats.values(), seats
    assert 14 in seats.values()


def test_a_regions_page_gives_its_hours_and_its_result_to_the_region() -> None:
    e = parse_page(release_page(
        "Как голосовала Павлодарская область",
        "По данным областной комиссии, к 10:00 в Павлодарской области проголосовали 21,40% избирателей, "
        "к 14:00 — 55,10%, к 18:00 — 76,35%. Явка по республике на 18:00 — 70,98%.",
        "По итогам подсчёта голосов «за» в области высказались 84,20% участников референдума, «против» — 12,05%.",
        date="2026-03-16"), "ru")
    got = turnout_cells(e)
    assert got.get(("KZ-55", "10:00")) == 21.4 and got.get(("KZ-55", "14:00")) == 55.1, got
    assert got.get(("KZ-55", "18:00")) == 76.35 and got.get((None, "18:00")) == 70.98, got
    shares = {(code(r.region_name), r.vote_share_pct) for r in e.results}
    assert ("KZ-55", 84.2) in shares and ("KZ-55", 12.05) in shares, shares
