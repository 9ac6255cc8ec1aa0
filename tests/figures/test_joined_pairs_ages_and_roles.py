"""Shapes the fourth unseen batch of press copies showed (every sentence and page invented for these tests): two
subjects joined before a run of as many joined figures with no "respectively", seats paired with "respectively", a
month name after a share, a party's name inside a candidate's role, a person with a figure that is an age, a
Kazakh final with "M сайлаушының N-і" and a dateline "Place. Day month.", the regions of the reporting commissions."""

from __future__ import annotations

import re
from functools import partial

import pytest

from tests.cec.releases import parse_page, release_page
from tests.figures.binding import readings

page = partial(release_page, date="2015-04-28")
parse = partial(parse_page, release=94)


def shares(found: set[tuple]) -> dict[str, float]:
    return {name: value for name, field, value, _ in found if field == "vote_share_pct"}


JOINED_PAIRS = [
    ("ru-poluchili", "ru",
     "Самовыдвиженец Ерлан Шугылов и кандидат-аграрий Дана Тулпарова получили 2,4% и 1,1% голосов.",
     {"Ерлан Шугылов": 2.4, "Дана Тулпарова": 1.1}),
    ("en-got", "en", "Arman Shugylov and Dana Tulparova got 2.4% and 1.1% of the vote.",
     {"Arman Shugylov": 2.4, "Dana Tulparova": 1.1}),
    ("kk-alady", "kk", "Арман Шұғылов пен Дана Тұлпарова 2,4 пайыз және 1,1 пайыз дауыс алды.",
     {"Арман Шұғылов": 2.4, "Дана Тұлпарова": 1.1}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [p[1:] for p in JOINED_PAIRS],
                         ids=[p[0] for p in JOINED_PAIRS])
def test_two_joined_subjects_before_two_joined_figures_pair_in_order(language: str, text: str,
                                                                     expected: dict[str, float]) -> None:
    got = shares(readings(language, text))
    for name, value in expected.items():
        assert any(name in n and v == value for n, v in got.items()), (name, got)
    first, second = expected
    assert not any(first in n and v == expected[second] for n, v in got.items())  # never crossed


def test_figures_between_the_subjects_are_not_a_joined_run() -> None:
    got = shares(readings("ru", "Ерлан Шугылов набрал 2,4%, а Дана Тулпарова и 1,1% не набрала."))
    assert not any("Тулпарова" in n and v == 2.4 for n, v in got.items())


SEATS_PAIRED = [
    ("en-each-gain", "en", "The Tulpar party and the Shugyla party respectively received 9.1 and 8.2 percent of the "
     "vote and would gain nine seats and eight seats."),
    ("ru-mandates", "ru",
     "Партия «Тулпар» и партия «Шугыла» получили соответственно 9,1 и 8,2 процента и 9 и 8 мандатов."),
]


@pytest.mark.parametrize(("language", "text"), [p[1:] for p in SEATS_PAIRED], ids=[p[0] for p in SEATS_PAIRED])
def test_seats_given_respectively_go_in_order(language: str, text: str) -> None:
    seats = {(n, v) for n, f, v, _ in readings(language, text) if f == "seats"}
    assert any("Tulpar" in n or "Тулпар" in n for n, v in seats if v == 9), seats
    assert any("Shugyla" in n or "Шугыла" in n for n, v in seats if v == 8), seats
    assert not any(("Tulpar" in n or "Тулпар" in n) and v == 8 for n, v in seats)


def test_a_month_after_the_share_is_no_contestant() -> None:
    found = readings("en", "ASTANA – Incumbent Arman Shugylov won re-election with 91.2% of the vote March 8, "
                           "officials said.")
    assert all(name is None or "March" not in name for name, *_ in found)
    assert any(name and "Shugylov" in name and v == 91.2 for name, f, v, _ in found)


def test_the_party_of_a_candidates_role_is_no_pronoun() -> None:
    text = ("Dana Tulparova, head of the Green Party, received 2.1 percent of the vote and Senator Erlan Shugylov "
            "of the Party of Farmers 1.3 percent.")
    found = readings("en", "Arman Kaiyrov won 93.9 percent. " + text)
    assert not any(name and "Kaiyrov" in name and v in {2.1, 1.3} for name, f, v, _ in found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Arman Kaiyrov won 93.9 percent. The win gives Kaiyrov, 68, another five-year mandate."),
    ("ru", "Арман Каиров набрал 93,9 процента. Победа дает Каирову, 68 лет, новый семилетний мандат."),
], ids=["en-age", "ru-age"])
def test_a_candidates_age_is_never_seats(language: str, text: str) -> None:
    assert not any(f == "seats" for _, f, _, _ in readings(language, text))


def test_a_party_list_of_seats_still_reads_single_word_names() -> None:
    e = parse(page("Мандаты распределены", "Мандаты в мажилис распределились следующим образом:",
                   "▪️Tulpar — 30;", "▪️Shugyla — 7;", "▪️НДП — 5."))
    assert {(r.contestant_name, r.seats) for r in e.results} >= {("Tulpar", 30), ("Shugyla", 7)}


KK_FINAL = (
    "28.04.2019, 10:15 512",
    "Астана. 11 маусым. Агенттік - Облыстық, Астана және Алматы қалалық аумақтық сайлау комиссиялары ұсынған "
    "деректерге сәйкес тізімдерге енгізілген 9000000 сайлаушының 7200000 -і немесе 80,00 % -ы дауыс беруге қатысты.",
    "Сайлаушылар дауысы былай бөлінді:",
    "Арман Шұғыловқа сайлаушылардың 6480000 дауысы берілді, бұл 90,00 %-ды құрады.",
    "Дана Тұлпароваға - 720000 немесе 10,00 %.",
)


def test_kazakh_final_part_of_the_register_and_a_dateline() -> None:
    e = parse(page("Сайлау қорытындылары", *KK_FINAL, lang="kk", date="2019-06-11"), "kaz")
    national = [t for t in e.turnout if t.region_name is None]
    assert any(t.registered_voters == 9000000 for t in national)
    assert any(t.ballots_cast == 7200000 for t in national)
    assert any(t.turnout_pct == 80.0 for t in national)
    assert all(t.region_name is None for t in e.turnout)  # the dateline's and the commissions' cities are no area
    assert not any(t.registered_voters == 7200000 for t in e.turnout)


def test_a_region_of_a_commission_list_in_russian_is_no_area() -> None:
    found = readings("ru", "По данным областных, Астанинской и Алматинской городских избирательных комиссий, "
                       "явка составила 64,1 процента.", kind="turnout")
    assert all(region is None for *_, region in found)


LINED_TABLES = [
    ("en-party-share-seats", "eng", "Final results of the vote", (
        "Following are the final results the commission published:",
        "PARTY PERCENTAGE OF VOTE SEATS IN PARLIAMENT",
        "1) Tulpar 61.20 70",
        "2) Shugyla 20.45 21",
        "-----------------------------",
        "3) Union of Green",
        "Farmers 3.10 n/a"),
     {("Tulpar", "vote_share_pct", 61.2), ("Tulpar", "seats", 70), ("Shugyla", "seats", 21),
      ("Union of Green Farmers", "vote_share_pct", 3.1)}),
    ("ru-party-votes-share", "rus", "Итоги голосования", (
        "ПАРТИЯ ГОЛОСОВ ПРОЦЕНТОВ",
        "1. Тулпар 3 120 455 61,20",
        "2. Шугыла 1 040 300 20,45"),
     {("Тулпар", "votes", 3120455), ("Тулпар", "vote_share_pct", 61.2), ("Шугыла", "votes", 1040300)}),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs", "expected"), [t[1:] for t in LINED_TABLES],
                         ids=[t[0] for t in LINED_TABLES])
def test_a_table_printed_as_lines_reads_by_its_header(lang: str, title: str, paragraphs: tuple,
                                                      expected: set[tuple]) -> None:
    e = parse(page(title, *paragraphs, lang=lang[:2]), lang)
    got = set()
    for r in e.results:
        for field in ("votes", "vote_share_pct", "seats"):
            if getattr(r, field) is not None:
                # a label under a party header is named as prose names the party ("Партия «Тулпар»")
                name = re.sub(r"^Партия\s+|\s+партиясы$", "", r.contestant_name).strip("«»")
                got.add((name, field, round(getattr(r, field), 2)))
    assert expected <= got, got
    assert not any("PERCENTAGE" in (r.contestant_name or "") or "ГОЛОС" in (r.contestant_name or "")
                   for r in e.results)  # a measure's header is never a contestant


def test_lines_without_a_measure_header_are_no_table() -> None:
    from sources.cec.text_tables import text_tables

    rest, tables = text_tables(["Tulpar 61.20 70", "Shugyla 20.45 21"])
    assert not tables and len(rest) == 2
    rest, tables = text_tables(["PARTY PERCENTAGE SEATS", "Tulpar 61.20 70", "a sentence follows, 12 words."])
    assert not tables  # one row is no table
