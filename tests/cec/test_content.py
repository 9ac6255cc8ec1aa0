"""CEC releases read by content: wire titles, finals that quote their preliminary figures, bulletins with
tables of regions, decrees, and releases with a line nobody can read (pages written for these tests)."""

from __future__ import annotations

from functools import partial

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page

page = partial(release_page, site=" | ЦИК")
parse = partial(parse_page, release=77)


def national(e: Extraction, field: str) -> set:
    return {getattr(t, field) for t in e.turnout if t.region_name is None and getattr(t, field) is not None}


def test_one_unreadable_line_is_recorded_and_the_others_load() -> None:
    e = parse(page("О явке избирателей по состоянию на 18 часов",
                   "По состоянию на 18 часов бюллетени получили 51,4 % избирателей.",
                   "- в Астане – 40,9%;", "- в Неведомской области – 44,2%;", "- в Шымкенте – 47,3%;"))
    assert e.doc_kind == "turnout"
    assert {(t.region_name, t.turnout_pct) for t in e.turnout if t.region_name} == {("Астана", 40.9),
                                                                                    ("Шымкент", 47.3)}
    assert national(e, "turnout_pct") == {51.4}
    assert [(u.figure, u.clause) for u in e.unread] == [("44,2%", "- в Неведомской области – 44,2%")]


def test_a_results_release_with_one_unreadable_figure_keeps_its_other_figures() -> None:
    e = parse(page("Предварительные итоги выборов Президента",
                   "Бюллетени получили 8 120 400 избирателей, или 67,6 процента.",
                   "Ержанов Тимур Кайратович – 6 601 000 голосов, или 81,9 %;",
                   "Ильясова Зарина Муратовна – 1 458 200 голосов, или 18,1 %;",
                   "Кроме того, поступило 1 204 обращения."))
    assert e.doc_kind == "results_preliminary"
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results} == {
        ("Ержанов Тимур Кайратович", 6_601_000, 81.9), ("Ильясова Зарина Муратовна", 1_458_200, 18.1)}
    assert national(e, "ballots_cast") == {8_120_400}
    assert [u.figure for u in e.unread] == ["1 204"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Turnout results", "turnout"),
    ("О результатах голосования", "results_final"),
    ("CEC: final results", "results_final"),
    ("Итоги голосования", "results_final"),
], ids=["wire-turnout-results", "o-rezultatah", "cec-final-results", "itogi"])
def test_wire_titles_do_not_decide_the_kind(title: str, kind: str) -> None:
    if kind == "turnout":
        body = page(title, "As of 8 p.m., 64.1 percent of voters had received ballots.",
                    "Akmola Region – 70.2%", "Astana – 51.0%", lang="en")
        e = parse(body, "eng")
    else:
        body = page(title, "Центральная избирательная комиссия установила итоги голосования.",
                    "Ержанов Тимур Кайратович – 6 601 000 голосов, или 81,9 %;",
                    "Ильясова Зарина Муратовна – 1 458 200 голосов, или 18,1 %;")
        e = parse(body)
    assert e.doc_kind == kind
    assert e.results or e.turnout


def test_a_final_that_quotes_its_preliminary_figures_keeps_both_stages() -> None:
    e = parse(page("Об итогах выборов",
                   "Центральная избирательная комиссия установила итоги выборов.",
                   "Бюллетени получили 8 120 400 избирателей, или 67,6 процента.",
                   "По предварительным данным явка составляла 67,5 процента.",
                   "Ержанов Тимур Кайратович – 6 601 000 голосов, или 81,9 %;",
                   "Ильясова Зарина Муратовна – 1 458 200 голосов, или 18,1 %;"))
    assert e.doc_kind == "results_final"
    assert {(t.stage, t.turnout_pct) for t in e.turnout if t.turnout_pct} == {("final", 67.6), ("preliminary", 67.5)}
    assert {r.stage for r in e.results} == {"final"}


def test_a_turnout_bulletin_with_a_table_of_regions_makes_no_contestants() -> None:
    table = ("<table><tr><th>Регион</th><th>Явка, %</th></tr><tr><td>Акмолинская область</td><td>61,2</td></tr>"
             "<tr><td>Павлодарская область</td><td>58,4</td></tr><tr><td>г. Алматы</td><td>33,0</td></tr></table>")
    e = parse(page("Информация о явке избирателей на 14:00", "Явка на 14:00 составила 45,7 %.", table))
    assert e.doc_kind == "turnout" and e.results == []
    assert {(t.region_name, t.turnout_pct, t.as_of) for t in e.turnout if t.region_name} == {
        ("Акмолинская область", 61.2, "14:00"), ("Павлодарская область", 58.4, "14:00"), ("г. Алматы", 33.0, "14:00")}


def test_a_decree_is_a_final_and_its_table_of_regions_by_contestants_reads() -> None:
    table = ("<table><tr><th rowspan='2'>Область</th><th colspan='2'>Ержанов Тимур Кайратович</th>"
             "<th colspan='2'>Ильясова Зарина Муратовна</th></tr><tr><th>голосов</th><th>%</th><th>голосов</th>"
             "<th>%</th></tr><tr><td>Акмолинская область</td><td>301 000</td><td>80,1</td><td>74 800</td>"
             "<td>19,9</td></tr></table>")
    e = parse(page("Постановление Центральной избирательной комиссии об итогах выборов Президента",
                   "Ержанов Тимур Кайратович – 6 601 000 голосов, или 81,9 %;",
                   "Ильясова Зарина Муратовна – 1 458 200 голосов, или 18,1 %;", table))
    assert e.doc_kind == "results_final"
    regional = {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results if r.region_name}
    assert regional == {("Ержанов Тимур Кайратович", 301_000, 80.1), ("Ильясова Зарина Муратовна", 74_800, 19.9)}


def test_a_lead_in_is_never_a_contestant() -> None:
    e = parse(page("Предварительные итоги", "Голоса избирателей распределились следующим образом: "
                   "за Ержанова Тимура проголосовали 6 601 000 человек, или 81,9 процента, "
                   "за Ильясову Зарину – 1 458 200 избирателей (18,1 %)."))
    assert {r.contestant_name for r in e.results} == {"Ержанова Тимура", "Ильясову Зарину"}


def test_a_table_of_regions_headed_by_surnames_reads_each_column_as_its_contestant() -> None:
    table = ("<table><tr><th>Область</th><th>Ержанов, %</th><th>Ильясова, %</th><th>«Против всех», %</th></tr>"
             "<tr><td>Акмолинская</td><td>80,1</td><td>15,0</td><td>4,9</td></tr>"
             "<tr><td>г. Астана</td><td>70,2</td><td>22,3</td><td>7,5</td></tr></table>")
    e = parse(page("Итоги голосования по областям", "Ержанов Тимур Кайратович – 81,9 %;",
                   "Ильясова Зарина Муратовна – 13,2 %;", table))
    assert {(r.contestant_name, r.vote_share_pct) for r in e.results if r.region_name == "г. Астана"} == {
        ("Ержанов Тимур Кайратович", 70.2), ("Ильясова Зарина Муратовна", 22.3), ("Против всех", 7.5)}
    assert e.unread == []
