"""Shapes of our own: an hour of another zone in brackets is no count ("(0900 GMT)"), the people a turnout share
counted told after a dash or in the next sentence ("– это 7,32 млн человек", "Бұл – 3 млн 689 мың адам", "That is
5.08 million people"), and a candidate's nominator after "the candidate of" or a bare "of"."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Turnout at 2 p.m.", "A total of 5.08 million Kazakhs had voted by 2 p.m. (0900 GMT) in the referendum, a "
                                "turnout of 41.38 percent, the commission said."),
    ("ru", "Явка на 14:00", "По состоянию на 14:00 бюллетени получили 41,38 % граждан, включенных в списки "
                            "избирателей, – это 5,08 млн человек."),
    ("kk", "Сағат 14:00-дегі жағдай", "Сағат 14:00-дегі жағдай бойынша тізімге енгізілген сайлаушылардың 41,38 пайызы "
                                      "бюллетень алды. Бұл – 5 млн 80 мың адам."),
    ("en", "Turnout at 2 p.m.", "By 2 p.m., 41.38 percent of voters had received their ballots. That is 5.08 million "
                                "people."),
])
def test_the_people_a_turnout_share_counted_are_the_ballots_cast(lang: str, title: str, text: str) -> None:
    out = parse_page(release_page(title, text, lang=lang, date="2024-10-06"), lang)
    assert [(t.as_of, t.registered_voters, t.ballots_cast, t.turnout_pct) for t in out.turnout] == [
        ("14:00", None, 5_080_000, 41.38)]


def test_a_count_said_alone_with_no_share_before_it_stays_unread() -> None:
    out = parse_page(release_page("Явка на 14:00", "Голосование продолжается. Это 5,08 млн человек.",
                                  date="2024-10-06"))
    assert not any(t.ballots_cast for t in out.turnout)


@pytest.mark.parametrize("sentence", [
    "Next came Zharmakhan Tuyakbay, the candidate of the For a Just Kazakhstan bloc: 6.67 per cent (458,336 votes).",
    "Zharmakhan Tuyakbay of Ak Zhol won 458,336 votes, or 6.67 per cent.",
])
def test_a_candidates_nominator_is_no_contestant(sentence: str) -> None:
    out = parse_page(release_page("Final results of the presidential election", "Nursultan Nazarbayev received "
                                  "6,253,845 votes, or 91.01 per cent.", sentence, lang="en", date="2005-12-10"), "en")
    names = {r.contestant_name for r in out.results if r.vote_share_pct == 6.67}
    assert len(names) == 1 and "Tuyakbay" in names.pop()


def test_a_rounded_count_gives_way_to_the_exact_one_it_rounds() -> None:
    out = parse_page(release_page(
        "Предварительные итоги выборов в Курултай",
        "По предварительным данным ЦИК, в выборах приняли участие 7,68 млн избирателей – 7 681 904 человек, или "
        "61,94 % от 12 402 117 внесенных в списки.", "Партия «Аманат» – 51,68 %, партия «Ауыл» – 10,62 %.",
        date="2026-08-24"))
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in out.turnout] == [
        (12_402_117, 7_681_904, 61.94)]


def test_the_clock_of_an_announcement_the_day_after_is_no_turnout_hour() -> None:
    out = parse_page(release_page(
        "Алдын ала нәтижелер",
        "Орталық сайлау комиссиясы 21 наурыз күні сағат 12.00-де сайлаудың алдын ала нәтижелерін жариялады. Дауыс "
        "беруге 7 567 091 сайлаушы, яғни тізімдегілердің 77,13 пайызы қатысты.",
        "«Шугыла» партиясына 6 180 436 адам дауыс берді (82,20 %). «Тулпар» партиясына 536 840 адам (7,14 %) дауыс "
        "берді.", lang="kk", date="2016-03-21"), "kk")
    assert {t.as_of for t in out.turnout} == {None}


def test_a_share_restating_a_partys_voters_is_its_share_not_the_turnout() -> None:
    out = parse_page(release_page(
        "Сайлау қорытындысы", "«Шугыла» партиясы үшін 5 миллион 660 мың 362 сайлаушы, яғни 81,37 пайызы дауыс беріп, "
        "83 мандат алды.", "«Тулпар» партиясына 519 637 сайлаушы, яғни 7,47 пайызы дауыс берді.", lang="kk",
        date="2012-01-20"), "kk")
    assert sorted((r.votes, r.vote_share_pct) for r in out.results) == [(519_637, 7.47), (5_660_362, 81.37)]
    assert not [t for t in out.turnout if t.turnout_pct in (81.37, 7.47)]
