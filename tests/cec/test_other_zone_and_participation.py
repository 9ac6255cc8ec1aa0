"""A bulletin's hours given again in another zone, and ways of saying who voted (pages invented for these tests)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.cec.releases import parse_page, release_page
from tests.figures.binding import bind

page = partial(release_page, date="2015-04-26")
parse = partial(parse_page, release=99)


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("ru", "Избиратели активны. К 10:00 местного времени / 07:00 мск/ проголосовали 18,42% избирателей. А к "
           "18:00 (15:00 мск) проголосовали 86,05% избирателей."),
    ("en", "By 10:00 local time (07:00 Moscow time) 18.42 percent had voted, and by 18:00, 15:00 GMT, 86.05 "
           "percent."),
], ids=["ru-slash-msk", "en-moscow-time-gmt"])
def test_an_hour_in_another_zone_is_never_a_figures_hour(lang: str, paragraph: str) -> None:
    e = parse(page("Явка избирателей" if lang == "ru" else "Voter turnout", paragraph, lang=lang), lang)
    got = {(t.as_of, t.turnout_pct) for t in e.turnout if t.region_name is None}
    assert got == {("10:00", 18.42), ("18:00", 86.05)}


def test_a_turnout_bulletin_compared_with_an_earlier_vote_keeps_its_own_figure() -> None:
    e = parse(page("Явка на выборах президента", "Явка на 16.00 составила 74,3%, превысив показатель выборов "
                   "2005 года.", "Напомним, в 2005 году явка составила 76,78%.", date="2011-04-03"))
    assert {(t.as_of, t.turnout_pct) for t in e.turnout} == {("16:00", 74.3)}
    assert any(u.figure == "76,78%" for u in e.unread)


@pytest.mark.parametrize(("text", "expected"), [
    ("Наибольший процент проголосовавших – в Костанайской области: 81,4%.", ("turnout_pct", 81.4)),
    ("Всего свои голоса на выборах отдали 5,912 млн человек.", ("ballots_cast", 5912000)),
    ("К полудню в голосовании приняли 3 миллиона 120 тысяч граждан.", ("ballots_cast", 3120000)),
], ids=["protsent-progolosovavshikh", "svoi-golosa-otdali", "v-golosovanii-prinyali"])
def test_ways_of_saying_who_voted(text: str, expected: tuple[str, float]) -> None:
    found, _ = bind("ru", text, kind="turnout")
    assert expected in {(f, v) for _n, f, v, _r in found}, found


def test_votes_given_to_a_named_candidate_stay_his() -> None:
    found, _ = bind("ru", "Голоса распределились так: 0,9 процента граждан отдали свои голоса Ержанову.")
    assert {f for _n, f, _v, _r in found} == {"vote_share_pct"}, found
