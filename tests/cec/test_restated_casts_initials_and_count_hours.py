"""Shapes of our own: a count set beside the turnout share as the same people is the ballots cast (never a second
register), participation said subject-last, the hour a count's data came in the morning after, and a region before
a candidate named with initials or by a surname in its case."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("lang", "title", "sentence"), [
    ("en", "Turnout at 16:00", "As of 4 p.m., 62.46 percent of voters on the lists, or 7,470,443 people, had received "
                               "ballots."),
    ("ru", "Явка на 16:00", "По состоянию на 16.00 бюллетени получили 7 470 443 избирателя, или 62,46 процента от "
                            "общего числа граждан, включённых в списки."),
    ("kk", "Сағат 16:00-дегі жағдай", "Сағат 16:00-дегі жағдай бойынша тізімге енгізілген сайлаушылардың 62,46 "
                                      "пайызы, яғни 7 470 443 адам бюллетень алды."),
])
def test_a_count_beside_the_turnout_share_is_the_ballots_cast(lang: str, title: str, sentence: str) -> None:
    out = parse_page(release_page(title, sentence, lang=lang, date="2019-06-09"), lang)
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in out.turnout] == [(None, 7_470_443, 62.46)]


def test_a_count_whose_register_disagrees_with_the_share_stays_unread() -> None:
    out = parse_page(release_page("Turnout at 20:00", "By 20:00, 7 204 118 voters, or 51.90 percent of the 11 953 800 "
                                  "on the lists, had cast their ballots.", lang="en", date="2022-11-20"), "en")
    assert not any(t.ballots_cast for t in out.turnout)


def test_participation_said_with_its_verb_last() -> None:
    out = parse_page(release_page(
        "Итоги референдума", "В списки для голосования было внесено 9 миллионов 110 тысяч 364 гражданина. Участие в "
        "референдуме приняли 91,21 процента из них – 8 миллионов 309 тысяч 880 человек.", date="1995-05-01"))
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in out.turnout] == [
        (9_110_364, 8_309_880, 91.21)]


def test_the_hour_the_counts_came_in_the_morning_after_is_no_turnout_hour() -> None:
    out = parse_page(release_page(
        "Предварительные итоги выборов Президента",
        "По предварительным данным, поступившим от избирательных комиссий к 9 часам 11 января, в выборах Президента "
        "приняли участие 87,04 процента избирателей – 7 млн 328 тыс. 690 человек из 8 млн 419 тыс. 906, внесённых в "
        "списки.", "Назарбаев Нурсултан Абишевич получил 79,78 процента голосов, Абдильдин Серикболсын "
        "Абдильдинович – 11,70 процента.",
        "Недействительными признаны 222 тыс. 877 бюллетеней.", date="1999-01-11"))
    assert {t.as_of for t in out.turnout} == {None}
    assert {t.turnout_pct for t in out.turnout} - {None} == {87.04}


@pytest.mark.parametrize(("lang", "sentence", "region"), [
    ("ru", "В Атырауской области за кандидата Назарбаева Н. А. подано 98,73 % голосов избирателей.", "Атырау"),
    ("kk", "Оңтүстік Қазақстан облысында Н. Ә. Назарбаевты сайлаушылардың 98,79 пайызы қолдады.", "Оңтүстік"),
    ("kk", "Оңтүстік Қазақстан облысында Назарбаевты сайлаушылардың 98,79 пайызы қолдады.", "Оңтүстік"),
])
def test_a_region_before_a_candidate_is_the_figures_area(lang: str, sentence: str, region: str) -> None:
    out = parse_page(release_page("Итоги", "Назарбаев Нурсултан Абишевич получил 95,55 процента голосов.", sentence,
                                  lang=lang, date="2015-04-28"), lang)
    regional = [r for r in out.results if r.region_name is not None]
    assert len(regional) == 1 and region in regional[0].region_name and regional[0].vote_share_pct > 98


@pytest.mark.parametrize(("lang", "sentence"), [
    ("kk", "Жекелеген учаскелерде бір сайлаушыға бірнеше бюллетень берілген."),
    ("ru", "На отдельных участках одному избирателю выдавали несколько бюллетеней."),
    ("en", "In some polling stations one voter received several ballots."),
])
def test_one_voter_is_no_count_of_polling_stations(lang: str, sentence: str) -> None:
    out = parse_page(release_page("Алдын ала қорытынды" if lang == "kk" else "Предварительные итоги" if lang == "ru"
                                  else "Preliminary results", sentence, lang=lang, date="2023-03-20"), lang)
    assert [t.polling_stations for t in out.turnout if t.polling_stations is not None] == []


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Polling stations in the five western regions close at 21:00 Astana time."),
    ("ru", "Избирательные участки в пяти западных областях закроются в 21:00 по времени Астаны."),
])
def test_a_count_of_regions_is_no_count_of_polling_stations(lang: str, sentence: str) -> None:
    out = parse_page(release_page("Turnout at 20:00" if lang == "en" else "Явка на 20:00", sentence,
                                  "As of 20:00, turnout was 63.1 percent." if lang == "en"
                                  else "На 20:00 явка составила 63,1 %.", lang=lang, date="2021-01-10"), lang)
    assert [t.polling_stations for t in out.turnout if t.polling_stations is not None] == []
