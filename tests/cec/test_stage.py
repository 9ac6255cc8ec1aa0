"""The stage of a results release: what it says, else when it appeared (invented wires and statements).

Results published on the day of the vote or the day after can only be preliminary: the final ones wait for
every commission's protocol. Words that announce the final results for later keep a release preliminary;
a statement that the vote was declared valid is the commission's final act."""

from __future__ import annotations

from functools import partial

import pytest

from tests.cec.releases import parse_page, release_page

page = partial(release_page, date="2022-11-20")
parse = partial(parse_page, release=81)

EN_WIRE = ("Shugyla Party takes lead in Kazakhstan vote",
           "The Shugyla Party won 61.2 percent of the vote, the Tulpar Party 12.4 percent and the Zhuldyz Party "
           "9.1 percent, the Central Election Commission said. Turnout was 58.3 percent.")


@pytest.mark.parametrize(("published_on", "kind"), [
    pytest.param("2023-03-20", "results_preliminary", id="day-after-the-vote"),
    pytest.param("2023-03-19", "results_preliminary", id="election-night"),
    pytest.param("2023-03-28", "results_final", id="nine-days-later"),
])
def test_a_wire_that_names_no_stage_takes_it_from_its_date(published_on: str, kind: str) -> None:
    e = parse(page(*EN_WIRE, lang="en", date=published_on), "eng")
    assert e.election is not None and e.election.election_date.isoformat() == "2023-03-19"
    assert e.doc_kind == kind
    assert {r.stage for r in e.results} == {kind.removeprefix("results_")}


def test_final_results_announced_for_later_keep_a_release_preliminary() -> None:
    e = parse(page("ЦИК: Ержанов набрал 81,4 процента",
                   "За Ержанова Тимура проголосовали 81,4 процента избирателей, за Садыкову Айгерим – 9,2 процента. "
                   "Окончательные результаты выборов, как сообщил секретарь комиссии, будут представлены позже.",
                   date="2022-11-25"))
    assert e.doc_kind == "results_preliminary"


def test_a_vote_declared_valid_the_day_after_is_final() -> None:
    e = parse(page("Референдум қорытындысы белгілі болды",
                   "Дауыс бергендердің 68,4 пайызы Конституцияға өзгерістер енгізуді жақтады, 29,9 пайызы қарсы "
                   "шықты. Осылайша, референдум өтті деп танылды.", lang="kk", date="2022-06-06"), "kaz")
    assert e.doc_kind == "results_final"


def test_final_data_promised_for_a_later_date_keep_an_english_wire_preliminary() -> None:
    e = parse(page(EN_WIRE[0], EN_WIRE[1] + " Final data will be available on March 29.", lang="en",
                   date="2023-03-23"), "eng")
    assert e.doc_kind == "results_preliminary"


@pytest.mark.parametrize(("title", "opening", "lang", "prefix", "stage"), [
    pytest.param("Об итогах выборов Президента", "Центральная избирательная комиссия подвела предварительные итоги "
                 "голосования. За Ержанова Тимура проголосовали 81,4 процента избирателей, за Садыкову Айгерим – 9,2 "
                 "процента.", "ru", "rus", "preliminary", id="ru-opening-preliminary"),
    pytest.param("Об итогах выборов Президента", "Центральная избирательная комиссия установила результаты выборов. "
                 "За Ержанова Тимура проголосовали 81,4 процента избирателей, за Садыкову Айгерим – 9,2 процента.",
                 "ru", "rus", "final", id="ru-no-stage-in-the-opening"),
    pytest.param("Президент сайлауының қорытындылары туралы", "Орталық сайлау комиссиясы дауыс берудің алдын ала "
                 "қорытындысын шығарды. Ержанов Тимурға 81,4 пайыз, Садықова Айгерімге 9,2 пайыз дауыс берілді.",
                 "kk", "kaz", "preliminary", id="kk-opening-preliminary"),
    pytest.param("On the results of the presidential election", "The Central Election Commission announced the "
                 "preliminary count. Timur Yerzhanov received 81.4 percent, Aigerim Sadykova 9.2 percent.",
                 "en", "eng", "preliminary", id="en-opening-preliminary"),
])
def test_a_title_naming_the_results_takes_its_stage_from_the_opening(
        title: str, opening: str, lang: str, prefix: str, stage: str) -> None:
    # the day after the vote: a release that names its stage keeps it, whatever its date would say
    e = parse(page(title, opening, lang=lang, date="2022-11-21"), prefix)
    assert e.doc_kind == f"results_{stage}"
    assert {r.stage for r in e.results} == {stage}
