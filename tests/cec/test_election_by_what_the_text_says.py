"""Which calendar election a page is about when its date does not tell (pages and texts invented for these tests):
a day and month without a year, the contestants who stood, a history recounting several votes, a foreign vote named
in the lead."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.election_clues import contestants_named
from sources.elections import assign, find_election, recounts_history
from sources.extract import assign_elections
from sources.records import ElectionRef
from tests.cec.releases import parse_page, release_page

DAY_AND_MONTH = [
    ("ru", "10 января в Казахстане прошли выборы в Мажилис. Партия «Өрлеу» набрала 71,3 %.",
     "kz-2021-01-10-parliamentary"),
    ("kk", "Мәжіліс депутаттарын сайлау 19 наурызда өтті. «Өрлеу» партиясы 71,3 пайыз жинады.",
     "kz-2023-03-19-parliamentary"),
    ("en", "The parliamentary elections, held on October 10, gave the Orleu party 71.3 percent.",
     "kz-1999-10-10-parliamentary"),
    ("en", "The presidential election, held on 9 June, gave the incumbent 70 percent.", "kz-2019-06-09-presidential"),
]


@pytest.mark.parametrize(("lang", "text", "election"), DAY_AND_MONTH,
                         ids=[f"{c[0]}-{c[2][3:13]}" for c in DAY_AND_MONTH])
def test_an_undated_text_naming_a_day_and_month_is_that_days_vote(lang: str, text: str, election: str) -> None:
    found = find_election(text)
    assert found is not None and found.election_id == election


def test_a_day_and_month_of_two_votes_of_the_type_ties_to_none() -> None:
    # 10 January: the 1999 presidential vote, the 2021 Mazhilis vote; a text naming no type could be either
    assert find_election("10 января прошли выборы. Явка составила 63 %.") is None


CONTESTANTS = [
    ("ru", "ЦИК озвучил итоги выборов в мажилис: партии «Nur Otan» – 76 мандатов, «Ак жол» – 12. Партии «Ауыл» и "
           "«Адал» не прошли.", "kz-2021-01-10-parliamentary"),
    # 2023 and the 2026 Kurultai list the same parties, but only 2023 elected the Mazhilis the text names
    ("kk", "Мәжіліс сайлауының қорытындысы: Amanat, «Respublica» және «Байтақ» партиялары.",
     "kz-2023-03-19-parliamentary"),
    ("kk", "Парламент сайлауының қорытындысы: Amanat, «Respublica» және «Байтақ» партиялары.",
     None),  # no body named: either vote
    ("en", "Final results of the presidential election: Tokayev, Abden and Auesbayev.", "kz-2022-11-20-presidential"),
    ("en", "Final results of the presidential election: Tokayev, Kossanov and Yespayeva.",
     "kz-2019-06-09-presidential"),
]


@pytest.mark.parametrize(("lang", "text", "election"), CONTESTANTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTESTANTS)])
def test_an_undated_text_is_the_one_vote_all_its_contestants_stood_in(lang: str, text: str,
                                                                      election: str | None) -> None:
    found = find_election(text)
    assert (found.election_id if found else None) == election


def test_overlapping_spellings_go_to_the_key_listed_first() -> None:
    named = contestants_named("Коммунистическая народная партия Казахстана, Нур Отан и Республика Казахстан")
    assert named == {"knpk", "nur_otan"}  # not "npk", "otan" or the state's own name


HISTORY = [
    ("ru", "1 декабря 1991 года Назарбаев набрал 98,7%. В 1999 году – 79,8%, в 2005 году – 91,2%.",
     dt.date(2015, 4, 26)),
    ("en", "Nazarbayev won 98.7% in 1991, 79.8% in January 1999 and 91.2% in December 2005.", dt.date(2026, 8, 20)),
    ("kk", "Назарбаев 1991 жылы 98,7, 1999 жылы 79,8, 2005 жылы 91,2 пайыз дауыс жинады.", dt.date(2019, 6, 9)),
]


@pytest.mark.parametrize(("lang", "text", "published"), HISTORY, ids=[c[0] for c in HISTORY])
def test_a_history_recounting_several_votes_is_about_none(lang: str, text: str, published: dt.date) -> None:
    assert recounts_history(text, published)
    e = parse_page(release_page("История выборов", text, lang=lang, date=published.isoformat()), lang=lang)
    assert e.election is None and not e.results and not e.turnout


def test_one_earlier_vote_recalled_is_no_history() -> None:
    assert not recounts_history("Явка превысила показатель 2019 года.", dt.date(2022, 11, 20))


FOREIGN = [
    ("en", "Japarov wins Kyrgyz presidency", "BISHKEK (wire) - Sadyr Japarov won Kyrgyzstan's presidential "
           "election with 79.2% of the vote. Neighbouring Kazakhstan held its own parliamentary vote on Sunday."),
    ("ru", "Жапаров победил на выборах в Киргизии", "Садыр Жапаров набрал 79,2% на выборах президента Кыргызстана. "
           "Соседний Казахстан в тот же день выбирал Мажилис."),
]


@pytest.mark.parametrize(("lang", "title", "body"), FOREIGN, ids=[c[0] for c in FOREIGN])
def test_a_lead_naming_another_countrys_vote_makes_the_page_foreign(lang: str, title: str, body: str) -> None:
    assert assign(f"{title}\n{body}", dt.date(2021, 1, 11), "results_preliminary") is None
    e = parse_page(release_page(title, body, lang=lang, date="2021-01-11"), lang=lang)
    assert e.election is None and not e.results
    # nor is the page tied to the same day's Kazakh vote by its date when the run assigns elections
    assert e.doc_kind == "other"
    assign_elections([e], [ElectionRef(dt.date(2021, 1, 10), "parliamentary")])
    assert e.election is None
