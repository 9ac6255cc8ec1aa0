"""The parties counted and the threshold in a Kazakh seat sentence, a clock that promises the next figures, and
precincts as polling stations (invented releases in the CEC's and the press's shapes)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def test_the_threshold_and_the_parties_counted_before_a_seat_list_are_no_seats() -> None:
    text = ("«Тұлпар» партиясына 5 021 440 адам, яғни 70,12 пайызы дауыс берді. «Береке» партиясына 790 113 адам, яғни "
            "11,03 пайызы дауыс берді. Жеті пайыздық шекті еңсерген екі партия депутаттық мандаттарды бөлуге "
            "жіберілді: «Тұлпар» партиясы – 81 мандат, «Береке» партиясы – 17 мандат.")
    e = parse_page(release_page("Мәжіліс сайлауының түпкілікті қорытындысы", text, lang="kk", date="2021-01-15"), "kk")
    seats = {r.contestant_name: r.seats for r in e.results if r.seats is not None}
    shares = {r.contestant_name: r.vote_share_pct for r in e.results if r.vote_share_pct is not None}
    assert sorted(seats.values()) == [17, 81], seats
    assert sorted(shares.values()) == [11.03, 70.12], shares
    assert {u.figure for u in e.unread} >= {"екі", "Жеті пайыздық"}, e.unread


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("ru", "Явка избирателей на 10.00",
     "По состоянию на 10.00 в голосовании приняли участие 8,74 % избирателей. Напомним, голосование проходит на "
     "10 013 избирательных участках. Информация о явке на 12.00 будет представлена дополнительно."),
    ("en", "Voter turnout as of 10:00",
     "As of 10:00, 8.74% of voters had cast their ballots. Voting is under way at 10,013 polling stations. Turnout as "
     "of 12:00 will be published later."),
    ("kk", "Сағат 10.00-дегі сайлаушылардың белсенділігі",
     "Сағат 10.00-дегі жағдай бойынша сайлаушылардың 8,74 пайызы дауыс берді. Дауыс беру 10 013 сайлау учаскесінде "
     "өтуде. Сағат 12.00-дегі мәлімет кейін жарияланады."),
], ids=["ru-budet-predstavlena", "en-will-be-published", "kk-keiin-zhariyalanady"])
def test_a_clock_promising_the_next_figures_is_no_hour_of_these(lang: str, title: str, text: str) -> None:
    e = parse_page(release_page(title, text, lang=lang, date="2023-03-19"), lang)
    hours = {(t.turnout_pct, t.polling_stations, t.as_of) for t in e.turnout}
    assert hours <= {(8.74, None, "10:00"), (None, 10013, "10:00"), (8.74, 10013, "10:00")}, hours
    assert any(t.polling_stations == 10013 for t in e.turnout), hours


def test_referendum_precincts_are_polling_stations() -> None:
    text = ("Preliminary results of the national referendum held on 5 June 2022. 7,402,316 participants, or 81.18 per "
            "cent, answered \"Yes\". Voting took place at 10,182 referendum precincts, 73 of them in 55 foreign "
            "countries.")
    e = parse_page(release_page("Referendum results", text, lang="en", date="2022-06-06"), "en")
    assert {t.polling_stations for t in e.turnout if t.polling_stations} == {10182}
