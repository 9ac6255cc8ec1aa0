"""Tables printed as lines with their borders kept (every table invented for these
tests): hours under a merged header cell, a two-row header whose top cell spans two measures, an open-data export
separated by semicolons, and indicators as rows with areas as columns."""

from __future__ import annotations

import pytest

from sources.figures.regions import find_regions
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def code(name: str | None) -> str | None:
    return next(iter({r.code for r in find_regions(name)}), None) if name else None


def turnout_cells(e: Extraction) -> dict[tuple, float]:
    return {(code(t.region_name), t.as_of): t.turnout_pct for t in e.turnout if t.turnout_pct}


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ["| | Получили бюллетени, % от включённых в списки | | |", "| Область | 10:00 | 12:00 | 14:00 |",
            "|----------|------|------|------|", "| Павлодарская | 12,10 | 30,45 | 51,02 |",
            "| Атырауская | 10,04 | 27,90 | 47,66 |", "| Итого по республике | 11,50 | 29,05 | 49,80 |"]),
    ("kk", ["| | Бюллетень алғандар, тізімдегілердің пайызы | | |", "| Облыс | 10:00 | 12:00 | 14:00 |",
            "| Павлодар облысы | 12,10 | 30,45 | 51,02 |", "| Атырау облысы | 10,04 | 27,90 | 47,66 |",
            "| Республика бойынша | 11,50 | 29,05 | 49,80 |"]),
    ("en", ["| | Received ballots, % of the lists | | |", "| Region | 10:00 | 12:00 | 14:00 |",
            "| Pavlodar region | 12.10 | 30.45 | 51.02 |", "| Atyrau region | 10.04 | 27.90 | 47.66 |",
            "| Total | 11.50 | 29.05 | 49.80 |"]),
], ids=["ru", "kk", "en"])
def test_hours_under_a_merged_header_cell_each_take_their_column(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Явка по регионам", "Сведения о явке избирателей по регионам.", *lines, lang=lang,
                                date="2019-06-09"), lang)
    got = turnout_cells(e)
    assert got.get(("KZ-55", "12:00")) == 30.45 and got.get(("KZ-55", "14:00")) == 51.02, got
    assert got.get(("KZ-23", "10:00")) == 10.04 and got.get((None, "14:00")) == 49.8, got


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Party | Votes | Seats", "| number | % |", "--------+--------+------+----",
            "Amanat | 3,905,112 | 61.35 | 70", "Auyl | 640,300 | 10.06 | 12", "Baytak | 210,455 | 3.31 | -",
            "Invalid ballots | 98,120 | 1.54 |", "--------+--------+------+----", "Total | 4,853,987 | 100.00 | 98"]),
    ("ru", ["Партия | Голоса | Мандаты", "| число | % |", "--------+--------+------+----",
            "«Аманат» | 3 905 112 | 61,35 | 70", "«Ауыл» | 640 300 | 10,06 | 12", "«Байтак» | 210 455 | 3,31 | -",
            "Недействительные бюллетени | 98 120 | 1,54 |", "--------+--------+------+----",
            "Итого | 4 853 987 | 100,00 | 98"]),
], ids=["en", "ru"])
def test_a_two_row_header_spreads_its_top_cell_over_the_measures_below(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Final results by party", *lines, lang=lang, date="2026-08-28"), lang)
    got = {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}
    assert (3905112, 61.35, 70) in got.values(), got  # Amanat (the registry knows it as Nur Otan renamed)
    baytak = next(v for name, v in got.items() if "Baytak" in name or "Байтак" in name)
    assert baytak == (210455, 3.31, None), got
    assert not any(r.seats == 98 for r in e.results), "the chamber's total is no party's seats"
    assert {t.invalid_ballots for t in e.turnout if t.invalid_ballots} == {98120}


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ["№;Регион;Включено в списки;Получили бюллетени;Явка, %", "1;Павлодарская область;540100;402375;74,50",
            "2;г. Шымкент;610200;388087;63,60", ";Итого по республике;11953400;8200032;68,60"]),
    ("kk", ["№;Өңір;Тізімге енгізілгені;Бюллетень алғаны;Қатысу, %", "1;Павлодар облысы;540100;402375;74,50",
            "2;Шымкент қаласы;610200;388087;63,60", ";Республика бойынша;11953400;8200032;68,60"]),
    ("en", ["No;Region;Registered voters;Received ballots;Turnout, %", "1;Pavlodar region;540100;402375;74.50",
            "2;Shymkent city;610200;388087;63.60", ";Total;11953400;8200032;68.60"]),
], ids=["ru", "kk", "en"])
def test_an_open_data_export_separated_by_semicolons_reads_as_a_table(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Открытые данные: явка", "Набор данных о явке (CSV, разделитель «;»).", *lines,
                                lang=lang, date="2026-03-20"), lang)
    rows = {code(t.region_name): (t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout}
    assert rows.get("KZ-55") == (540100, 402375, 74.5), rows
    assert rows.get("KZ-79") == (610200, 388087, 63.6), rows
    assert rows.get(None) == (11953400, 8200032, 68.6), rows
    assert not any(t.registered_voters in {1, 2} or t.ballots_cast in {1, 2} for t in e.turnout)


def test_semicolons_in_prose_make_no_table() -> None:
    e = parse_page(release_page("Явка на 12.00", "Явка на 12.00 составила 30,1 %: в Павлодарской области – 33,2 %; в "
                                "Атырауской – 27,5 %; в Шымкенте – 25,0 %; в Астане – 24,4 %.", lang="ru",
                                date="2026-03-15"), "ru")
    assert {code(t.region_name) for t in e.turnout if t.turnout_pct} == {None, "KZ-55", "KZ-23", "KZ-79", "KZ-71"}


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ["Показатель | Павлодарская | Атырауская | Всего по республике",
            "Включено в списки избирателей | 540 100 | 402 900 | 11 953 400",
            "Получили бюллетени | 402 375 | 300 159 | 8 200 032", "Явка, % | 74,50 | 74,50 | 68,60",
            "Бюллетени, признанные недействительными | 5 210 | 4 118 | 150 300"]),
    ("en", ["Indicator | Pavlodar region | Atyrau region | Total",
            "Voters included in the lists | 540,100 | 402,900 | 11,953,400",
            "Received ballots | 402,375 | 300,159 | 8,200,032", "Turnout, % | 74.50 | 74.50 | 68.60",
            "Invalid ballots | 5,210 | 4,118 | 150,300"]),
], ids=["ru", "en"])
def test_indicators_as_rows_and_areas_as_columns(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Итоги голосования по областям", *lines, lang=lang, date="2022-11-22"), lang)
    rows: dict[str | None, dict[str, float]] = {}
    for t in e.turnout:
        for field in ("registered_voters", "ballots_cast", "turnout_pct", "invalid_ballots"):
            if (value := getattr(t, field)) is not None:
                rows.setdefault(code(t.region_name), {})[field] = value
    assert rows["KZ-55"] == {"registered_voters": 540100, "ballots_cast": 402375, "turnout_pct": 74.5,
                             "invalid_ballots": 5210}, rows
    assert rows["KZ-23"]["ballots_cast"] == 300159 and rows[None]["invalid_ballots"] == 150300, rows


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Party Votes % Seats +/–", "Amanat 4,100,300 79.10 80 –6", "Democratic Party of Kazakhstan Ak Zhol 510,200 "
            "9.84 9 +9", "Kazakhstani Social Democratic Party Auyl 90,640 1.75 0 0", "Democratic Party Adilet 48,100 "
            "0.93 0 New"]),
    ("ru", ["Партия Голоса % Мандаты ±", "«Аманат» 4 100 300 79,10 80 –6", "«Ак жол» 510 200 9,84 9 +9",
            "Социал-демократическая партия «Ауыл» 90 640 1,75 0 0", "Демократическая партия «Адилет» 48 100 0,93 0 "
            "новая"]),
], ids=["en", "ru"])
def test_a_column_of_changes_is_no_figure_and_each_label_is_one_name(lang: str, lines: list[str]) -> None:
    e = parse_page(release_page("Results", "The results by party.", *lines, lang=lang, date="2012-01-20"), lang)
    got = {r.votes: (r.contestant_name, r.vote_share_pct, r.seats) for r in e.results}
    assert got[510200][1:] == (9.84, 9) and got[90640][1:] == (1.75, 0) and got[48100][1:] == (0.93, 0), got
    assert "Auyl" in got[90640][0] or "Ауыл" in got[90640][0], got
    assert "Adilet" in got[48100][0] or "Адилет" in got[48100][0], got
    assert not any(r.seats in {6, -6} and r.votes is None for r in e.results)


def test_cells_one_column_left_of_their_headers_follow_the_arithmetic() -> None:
    lines = ["Parties | Votes | % | Seats |", "---|---|---|---|", "Tulpar (Otan) | 62.4 | 40 | |",
             "Zhana Party (Asar) | 20.1 | 6 | |", "Agrarian Bloc of the Steppe", "|", "12.3 | 3 | |",
             "Rukhaniyat Party | 5.2 | - | |", "Non-partisans | - | . | 9 |", "Total (turnout %) | 58 |"]
    e = parse_page(release_page("Legislative election, 2004", "[edit] Results", *lines, lang="en", date=None), "en")
    got = {r.contestant_name: (r.vote_share_pct, r.seats) for r in e.results}
    assert got.get("Tulpar (Otan)") == (62.4, 40), got
    assert got.get("Agrarian Bloc of the Steppe") == (12.3, 3), got
    assert got.get("Rukhaniyat") == (5.2, None), got  # the registry party, by its name
    assert not any(r.votes for r in e.results) and not any(r.seats == 58 for r in e.results)


def test_cells_that_fit_their_headers_are_not_shifted() -> None:
    lines = ["Parties | Votes | % | Seats |", "---|---|---|---|", "Tulpar | 3,100,200 | 62.4 | 40 |",
             "Zhana Party | 1,000,100 | 20.1 | 6 |", "Rukhaniyat Party | 260,300 | 5.2 | - |"]
    e = parse_page(release_page("Legislative election", *lines, lang="en", date=None), "en")
    assert {(r.votes, r.vote_share_pct, r.seats) for r in e.results if r.votes == 3100200} == {(3100200, 62.4, 40)}


@pytest.mark.parametrize(("lang", "lines", "names"), [
    ("en", ["Results from the parliamentary race:", "• Party: Republican Party “Tulpar”", "Leader: Arman SEITOV",
            "Seats won in this election: 38", "Seats won in last election: 20", "• Party: Bloc: “Steppe Union” (SU)",
            "Leader: Aigul BEKOVA", "Seats won in this election: 9", "Seats won in last election: 14"],
     ("Tulpar", "Steppe Union")),
    ("ru", ["Итоги по партиям:", "• Партия: «Тулпар»", "Лидер: Арман Сеитов", "Получено мандатов: 38",
            "Мандатов на прошлых выборах: 20", "• Партия: «Степной союз»", "Лидер: Айгуль Бекова",
            "Получено мандатов: 9", "Мандатов на прошлых выборах: 14"], ("Тулпар", "Степной союз")),
    ("kk", ["Партиялар бойынша:", "• Партия: «Тұлпар»", "Жетекшісі: Арман Сейітов", "Алған мандаты: 38",
            "Өткен сайлауда алған мандаты: 20", "• Партия: «Дала одағы»", "Жетекшісі: Айгүл Бекова",
            "Алған мандаты: 9", "Өткен сайлауда алған мандаты: 14"], ("Тұлпар", "Дала одағы")),
], ids=["en", "ru", "kk"])
def test_labelled_records_give_each_party_its_seats_and_leave_the_last_election_out(
        lang: str, lines: list[str], names: tuple[str, str]) -> None:
    e = parse_page(release_page("Election watch", *lines, lang=lang, date="2004-10-05"), lang)
    got = {r.contestant_name: r.seats for r in e.results if r.seats}
    first = next((v for k, v in got.items() if names[0] in k), None)
    second = next((v for k, v in got.items() if names[1] in k), None)
    assert (first, second) == (38, 9), got
    assert not {20, 14} & set(got.values()), got


def test_a_name_joined_to_a_known_party_with_its_share_in_brackets_is_a_party() -> None:
    e = parse_page(release_page("Preliminary results", "Ak Zhol took 10.95 percent; Auyl (5.29 percent) and Zhasyl "
                                "(3.57 percent) fell short.", lang="en", date="2021-01-11"), "en")
    got = {r.contestant_name: r.vote_share_pct for r in e.results}
    assert got.get("Zhasyl") == 3.57 and got.get("Auyl") == 5.29, got


@pytest.mark.parametrize(("lang", "lines", "names"), [
    ("ru", ["Партия | Тулпар | Ауыл | Respublica |", "Мест получено | 60 (▼ 10) | 9 (▲ 9) | 7 (▲ 7) |",
            "Голосов | 3 301 200 (52,40 %) | 700 100 (11,11 %) | 560 300 (8,89 %) |",
            "Изменение | ▼18,00 % | ▲5,80 % | ▲8,89 % |", "Прошлые выборы | 70 мест (70,40 %) | 0 (5,31 %) | новая |"],
     ("Тулпар", "Ауыл")),
    ("en", ["Party | Tulpar | Auyl | Respublica |", "Seats won | 60 (▼ 10) | 9 (▲ 9) | 7 (▲ 7) |",
            "Popular vote | 3,301,200 (52.40%) | 700,100 (11.11%) | 560,300 (8.89%) |",
            "Swing | ▼18.00% | ▲5.80% | ▲8.89% |", "Last election | 70 seats (70.40%) | 0 (5.31%) | new |"],
     ("Tulpar", "Auyl")),
    ("kk", ["Партия | Тұлпар | Ауыл | Respublica |", "Мандат | 60 (▼ 10) | 9 (▲ 9) | 7 (▲ 7) |",
            "Дауыс саны | 3 301 200 (52,40 %) | 700 100 (11,11 %) | 560 300 (8,89 %) |",
            "Өзгеріс | ▼18,00 % | ▲5,80 % | ▲8,89 % |"], ("Тұлпар", "Ауыл")),
], ids=["ru", "en", "kk"])
def test_an_infobox_copied_with_its_borders_gives_each_column_its_figures(lang: str, lines: list[str],
                                                                           names: tuple[str, str]) -> None:
    e = parse_page(release_page("Парламентские выборы", *lines, lang=lang, date=None), lang)
    got = {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}
    first = next((v for k, v in got.items() if names[0] in k), None)
    second = next((v for k, v in got.items() if names[1] in k), None)
    assert first == (3301200, 52.4, 60) and second == (700100, 11.11, 9), got
    assert not {10, 70, 18.0, 70.4, 5.31} & {x for v in got.values() for x in v if x is not None}, got


def test_an_infobox_label_alone_takes_the_names_on_the_lines_below_and_initials_name_a_known_party() -> None:
    lines = ["Registered9,800,100", "Turnout76.50%", "Party", "Nur Otan", "Aq Jol", "QKHP", "Last election 83 8 7",
             "Seats won 80 8 7", "Popular vote 6,000,100 560,300 540,200", "Percentage 80.10% 7.48% 7.21%"]
    e = parse_page(release_page("2016 legislative election", *lines, lang="en", date=None), "en")
    got = {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}
    assert got.get("Nur Otan") == (6000100, 80.1, 80), got
    assert got.get("Communist People's Party of Kazakhstan") == (540200, 7.21, 7), got
    assert not any(v[2] == 83 for v in got.values()), got
