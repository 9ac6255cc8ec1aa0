"""The hour of a turnout bulletin that states it once, late in the page (pages invented for these tests)."""

from __future__ import annotations

from functools import partial

from tests.cec.releases import parse_page

parse = partial(parse_page, lang="kaz", release=8)


LATE_HOUR = """<html lang="kk"><head><title>Сайлаушылардың 58,2 пайызы дауыс берді</title></head><body>
<h3>Сайлаушылардың 58,2 пайызы дауыс берді</h3><p>10.01.2021</p>
<p>Барлық сайлау учаскелерінде дауыс беру аяқталды</p>
<p>Тізімге енгізілген сайлаушылардың жалпы санының 58,2 пайызы бюллетенін алды.</p>
<p>Сайлау комиссияларының мәліметтеріне сәйкес, сағат 20:00-дегі жағдай бойынша сайлаушылардың жалпы санының
58,2 пайызы бюллетень алды.</p><p>Ақмола облысы – 66,1 %</p></body></html>"""
TWO_HOURS = LATE_HOUR.replace("<p>Ақмола облысы – 66,1 %</p>",
                              "<p>Сағат 18:00-дегі жағдай бойынша бұл көрсеткіш 49,9 пайыз болған.</p>")


def test_a_figure_stated_without_the_hour_takes_the_one_hour_the_release_states() -> None:
    e = parse(LATE_HOUR)
    assert e.doc_kind == "turnout"
    assert {(t.as_of, t.turnout_pct) for t in e.turnout if t.region_name is None} == {("20:00", 58.2)}


def test_with_two_hours_stated_no_hour_is_guessed_for_the_figure_without_one() -> None:
    e = parse(TWO_HOURS)
    national = {(t.as_of, t.turnout_pct) for t in e.turnout if t.region_name is None}
    assert ("20:00", 58.2) in national and ("18:00", 58.2) not in national
