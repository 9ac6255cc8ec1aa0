"""Shapes the fifth unseen batch of press copies showed (every sentence and page invented for these tests): one
document giving a contestant a rounded figure and an exact one (kept when they agree, both refused when they do
not), a party named by its leader ("партия Шугылова"), counts of nominees beside party names, a poll named again
("the poll gave"), digits inside a photo's file name, a continuation that reaches back over a sentence without a
contestant, and the Kazakh "млн-ға жуығы" bound."""

from __future__ import annotations

from functools import partial

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page
from tests.figures.binding import readings

page = partial(release_page, date="2016-03-21")
parse = partial(parse_page, release=95)


def shares_of(e: Extraction, name: str) -> set[float]:
    return {r.vote_share_pct for r in e.results if name in r.contestant_name and r.vote_share_pct is not None}


AGREEING = [
    ("en", "eng", "Tulpar wins the vote",
     ("The Tulpar party won 81 percent of the vote, and the Shugyla party polled 7.5 percent.",
      "The commission said the Tulpar party received 80.96 percent and the Shugyla party received 7.47 percent."),
     {"Tulpar": 80.96, "Shugyla": 7.47}),
    ("ru", "rus", "Итоги выборов",
     ("Партия «Тулпар» набрала около 81 процента, партия «Шугыла» – 7,5 процента.",
      "По данным ЦИК, за партию «Тулпар» проголосовали 80,96 %, за партию «Шугыла» – 7,47 %."),
     {"Тулпар": 80.96, "Шугыла": 7.47}),
    ("kk", "kaz", "Сайлау қорытындысы",
     ("«Тұлпар» партиясы 81 пайыз дауыс жинады.",
      "ОСК мәліметі бойынша «Тұлпар» партиясына 80,96 пайыз дауыс берілді."),
     {"Тұлпар": 80.96}),
]


@pytest.mark.parametrize(("lang", "path", "title", "paragraphs", "expected"), [a[:5] for a in AGREEING],
                         ids=[a[0] for a in AGREEING])
def test_a_rounded_figure_that_agrees_gives_way_to_the_exact_one(lang: str, path: str, title: str,
                                                                  paragraphs: tuple[str, ...],
                                                                  expected: dict[str, float]) -> None:
    e = parse(page(title, *paragraphs, lang=lang), path)
    for name, value in expected.items():
        assert shares_of(e, name) == {value}, (name, [(r.contestant_name, r.vote_share_pct) for r in e.results])


DISAGREEING = [
    ("ru", "rus", ("За «Тулпар» проголосовали 76,04 процента избирателей.",
                   "Партия «Тулпар» получила 76,4 % голосов, сообщили в комиссии."), "Тулпар", {76.04, 76.4}),
    ("en", "eng", ("Tulpar party received 76.04 percent of the vote.",
                   "Officials said the Tulpar party received 76.4 percent."), "Tulpar", {76.04, 76.4}),
]


@pytest.mark.parametrize(("lang", "path", "paragraphs", "name", "values"), DISAGREEING,
                         ids=[d[0] for d in DISAGREEING])
def test_two_figures_that_do_not_agree_are_both_recorded_unread(lang: str, path: str, paragraphs: tuple[str, ...],
                                                                name: str, values: set[float]) -> None:
    e = parse(page("Предварительные итоги", *paragraphs, lang=lang), path)
    assert not shares_of(e, name)
    figures = {u.figure for u in e.unread if u.figure}
    assert all(any(str(v).replace(".", ",") in f or str(v) in f for f in figures) for v in values), figures


def test_a_party_named_by_its_leader_is_no_contestant() -> None:
    found = readings("ru", "Партия Шугылова набрала 74% на выборах в мажилис.")
    assert not any(name and "Шугылов" in name for name, *_ in found)
    assert not any(value == 74 for _, _, value, _ in found)


NOMINEES = [
    ("ru", "В выборах участвовали партия «Тулпар» (128 кандидатов) и партия «Шугыла» — 31 кандидат."),
    ("en", "The Tulpar party fielded 128 candidates and the Shugyla party 31 candidates."),
    ("kk", "«Тұлпар» партиясы 128 кандидат, «Шұғыла» партиясы 31 кандидат ұсынды."),
]


@pytest.mark.parametrize(("language", "text"), NOMINEES, ids=[n[0] for n in NOMINEES])
def test_a_count_of_nominees_is_no_seats_or_votes(language: str, text: str) -> None:
    found = readings(language, text)
    assert not any(value in {128, 31} for _, _, value, _ in found), found


def test_the_poll_named_again_is_still_the_poll() -> None:
    text = ("An exit poll by a research group gave Arman Shugylov 71.2 percent. "
            "The poll gave his challenger Dana Tulparova 12.4 percent in the ballot.")
    found = readings("en", text)
    assert not any(value in {71.2, 12.4} for _, _, value, _ in found), found


def test_digits_of_a_photo_file_name_are_no_votes() -> None:
    e = parse(page("2005 presidential election", "Arman Shugylov 15092004.jpg Dana Tulparova.jpg",
                   "Arman Shugylov received 5,147,517 votes, or 90.15 percent.", lang="en"), "eng")
    votes = {r.votes for r in e.results if r.votes is not None}
    assert 15092004 not in votes
    assert 5147517 in votes


def test_a_continuation_reaches_only_the_clause_just_before() -> None:
    text = ("За Армана Шугылова проголосовали 798 011 человек. Всего испорчено 136 554 бюллетеня. "
            "Также выявлено 117 412 бюллетеней иного образца.")
    found = readings("ru", text)
    assert not any(value == 117412 and name for name, _, value, _ in found), found
    assert any(value == 798011 and name for name, _, value, _ in found), found
    going_on = readings("ru", "За Армана Шугылова проголосовали 798 011 человек. Или 6,64 процента голосовавших.")
    assert any(value == 6.64 and name and "Шугылов" in name for name, _, value, _ in going_on), going_on


def test_kazakh_possessive_about_is_a_bound() -> None:
    found = readings("kk", "Дауыс беруге құқылы азаматтардың 6,41 млн-ға жуығы референдумға қатысты.", kind="turnout")
    assert not any(value == 6410000 for _, _, value, _ in found), found


ELECTORATE_BASE = [
    ("en", "For Arman Shugylov, 5,312,000 voters or 90.15 percent of electorate cast ballots.", "Shugylov"),
    ("ru", "За Армана Шугылова 5 312 000 избирателей, или 90,15 процента электората.", "Шугылов"),
]


@pytest.mark.parametrize(("language", "text", "name"), ELECTORATE_BASE, ids=[x[0] for x in ELECTORATE_BASE])
def test_a_contestants_share_of_the_electorate_is_no_turnout(language: str, text: str, name: str) -> None:
    found = readings(language, text)
    assert not any(field == "turnout_pct" for _, field, _, _ in found), found
    assert any(value == 90.15 and n and name in n for n, _, value, _ in found), found
