"""The commissions a bulletin cites, a city's adjective among them, are its source and no area; those who had the right
to take part are the register; a party named "Party of X"; a figure before a later clause of its own; stations at the
missions abroad; a promise of the next figures before its clock (invented releases in the CEC's and the press's
shapes)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("ru", "Явка избирателей на 14.00",
     "По данным, представленным областными, Нур-Султанской, Алматинской и Шымкентской городскими избирательными "
     "комиссиями, по состоянию на 14.00 в голосовании приняли участие 50,69 % избирателей, в том числе в Акмолинской "
     "области – 58,99 %, в Алматинской – 61,63 %. Голосование на 10 026 избирательных участках продлится до 20.00."),
    ("en", "Voter turnout as of 14:00",
     "According to data submitted by the regional, Nur-Sultan, Almaty and Shymkent city election commissions, as of "
     "14:00 turnout was 50.69%, including 58.99% in Akmola Region and 61.63% in Almaty Region. Voting continues at "
     "10,026 polling stations until 20:00."),
    ("kk", "Сағат 14.00-дегі сайлаушылардың белсенділігі",
     "Облыстық, Нұр-Сұлтан, Алматы және Шымкент қалалық сайлау комиссиялары ұсынған деректер бойынша, сағат "
     "14.00-дегі жағдай бойынша сайлаушылардың 50,69 пайызы дауыс берді, оның ішінде Ақмола облысында – 58,99 пайыз, "
     "Алматы облысында – 61,63 пайыз. Дауыс беру 10 026 сайлау учаскесінде 20.00-ге дейін жалғасады."),
], ids=["ru-gorodskimi-komissiyami", "en-city-commissions", "kk-qalalyq-komissiyalary"])
def test_the_commissions_cited_are_the_source_not_an_area(lang: str, title: str, text: str) -> None:
    e = parse_page(release_page(title, text, lang=lang, date="2022-11-20"), lang)
    national = [t for t in e.turnout if t.region_name is None]
    assert {t.turnout_pct for t in national} - {None} == {50.69}, e.turnout
    assert {t.polling_stations for t in national} - {None} == {10026}, e.turnout
    assert sorted(t.turnout_pct for t in e.turnout if t.region_name is not None) == [58.99, 61.63]


def test_those_who_had_the_right_to_take_part_are_the_register() -> None:
    text = ("Всего право участвовать в референдуме имели 11 миллионов 741 тысяча 380 граждан. В голосовании приняли "
            "участие 8 003 119 человек, или 68,16 процента.")
    e = parse_page(release_page("Предварительные итоги референдума", text, lang="ru", date="2022-06-06"), "ru")
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout] == [(11741380, 8003119, 68.16)]


def test_a_party_named_by_its_word_first() -> None:
    text = ("Preliminary results of the Mazhilis election held on 10 October 1999. The other parties received: the "
            "Party of Revival of Kazakhstan – 98,230 votes (1.83%); the Agrarian Party – 698,115 votes (12.98%).")
    e = parse_page(release_page("Preliminary results", text, lang="en", date="1999-10-11"), "en")
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results} == {
        ("Party of Revival of Kazakhstan", 98230, 1.83), ("Agrarian Party", 698115, 12.98)}


def test_a_figure_before_a_later_clause_of_its_own_keeps_its_answer() -> None:
    text = ("Kassym-Jomart Tokayev received 6,456,392 votes, or 81.31%. A total of 457,900 voters (5.52%) ticked the "
            "“Against all” box, and 82,383 ballots were declared invalid.")
    e = parse_page(release_page("Final results", text, lang="en", date="2022-11-26"), "en")
    assert ("Against all", 457900, 5.52) in {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results}
    assert [t.invalid_ballots for t in e.turnout] == [82383]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Voter turnout as of 20:00",
     "As of 20:00, turnout was 55.46%. Voting took place at 10,150 polling stations. The figures for Astana include 62 "
     "polling stations opened at Kazakhstan's missions in 46 countries."),
    ("kk", "Сағат 20.00-дегі сайлаушылардың белсенділігі",
     "Сағат 20.00-дегі жағдай бойынша сайлаушылардың 55,46 пайызы дауыс берді. Дауыс беру 10 150 сайлау учаскесінде "
     "өтті. Шет мемлекеттердегі 62 сайлау учаскесінің деректері Астана қаласының көрсеткішіне енгізілді."),
], ids=["en-opened-at-missions", "kk-shet-memleketterdegi"])
def test_stations_at_the_missions_abroad_are_no_areas_count(lang: str, title: str, text: str) -> None:
    e = parse_page(release_page(title, text, lang=lang, date="2021-01-10"), lang)
    assert sorted(t.polling_stations for t in e.turnout if t.polling_stations) == [10150], e.turnout


def test_a_promise_of_the_next_figures_before_its_clock() -> None:
    text = ("По состоянию на 14.00 в голосовании приняли участие 50,69 % избирателей. Следующие оперативные данные о "
            "явке будут представлены на 16.00. Голосование на 10 026 избирательных участках продлится до 20.00.")
    e = parse_page(release_page("Явка избирателей на 14.00", text, lang="ru", date="2022-11-20"), "ru")
    assert {t.as_of for t in e.turnout} == {"14:00"}, e.turnout
