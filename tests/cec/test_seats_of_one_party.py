"""A page naming one party with its seats is a results page, its turnout still read (pages invented for these
tests): no turnout bulletin speaks of seats."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("lang", "prefix", "title", "text", "party", "seats", "turnout"), [
    ("en", "eng", "Kazakh legislative election, 2004",
     "Elections were held in Kazakhstan on 19 September 2004. The winner was the Tulpar party, which won 31 of the 77 "
     "seats. Voter turnout was 56.8%.", "Tulpar", 31, 56.8),
    ("ru", "rus", "Выборы в мажилис 2004 года",
     "Выборы в мажилис прошли 19 сентября 2004 года. Партия «Тулпар» получила 31 из 77 мест в мажилисе. "
     "Явка составила 56,8%.",
     "Тулпар", 31, 56.8),
], ids=["en-of-the-seats", "ru-iz-mest"])
def test_one_partys_seats_make_a_results_page(lang: str, prefix: str, title: str, text: str, party: str,
                                               seats: int, turnout: float) -> None:
    e = parse_page(release_page(title, text, lang=lang, date=None), prefix, release=100)
    assert e.doc_kind == "results_final"
    assert {(r.seats) for r in e.results if party in r.contestant_name} == {seats}
    assert {t.turnout_pct for t in e.turnout if t.turnout_pct} == {turnout}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Final results of the Mazhilis election held on 17 March 2013. The Tulpar party received 4,120,330 votes, "
           "or 81.52 per cent. All 98 party-list seats went to the Tulpar party."),
    ("ru", "Окончательные итоги выборов депутатов Мажилиса 17 марта 2013 года. Партия «Тулпар» получила 4 120 330 "
           "голосов, или 81,52 процента. Все 98 депутатских мандатов получила партия «Тулпар»."),
    ("kk", "2013 жылғы 17 наурызда өткен Мәжіліс депутаттарын сайлаудың түпкілікті қорытындысы. «Тұлпар» партиясы "
           "4 120 330 дауыс (81,52 пайыз) жинады. Партиялық тізімдер бойынша 98 депутаттық мандаттың барлығы "
           "«Тұлпар» партиясына берілді."),
], ids=["en-all-seats-went-to", "ru-all-mandates-received-by", "kk-all-mandates-given-to"])
def test_the_chamber_given_whole_to_one_party_is_its_seats(lang: str, text: str) -> None:
    """The seat count stands before the party that won them all, with the seat word's adjectives between."""
    e = parse_page(release_page("Final results", text, lang=lang, date="2013-03-24"), lang)
    seats = {r.seats for r in e.results if r.seats is not None}
    votes = {r.votes for r in e.results if r.votes is not None}
    assert (seats, votes) == ({98}, {4120330}), e.results
    assert not [u for u in e.unread if u.figure == "98"], e.unread


def test_seats_after_a_party_whose_votes_are_a_share_of_those_who_took_part() -> None:
    text = ("2021 жылғы 10 қаңтарда өткен Мәжіліс сайлауының түпкілікті қорытындысы. «Тұлпар» партиясына 3 418 902 "
            "сайлаушы, яғни сайлауға қатысқандардың 53,52 пайызы дауыс берді – 40 мандат; «Береке» партиясына 701 255 "
            "сайлаушы, яғни сайлауға қатысқандардың 10,98 пайызы дауыс берді – 8 мандат.")
    e = parse_page(release_page("Түпкілікті қорытынды", text, lang="kk", date="2021-01-15"), "kk")
    assert sorted(r.seats for r in e.results if r.seats is not None) == [8, 40], e.unread


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Партия «Тулпар» получила 5 247 720 голосов, или 88,41 процента. Всего по партийным спискам распределено 98 "
           "депутатских мандатов; еще 9 депутатов избирает Ассамблея народа Казахстана."),
], ids=["ru-vsego-po-partiinym-spiskam"])
def test_the_seats_of_all_party_lists_are_no_partys(lang: str, text: str) -> None:
    e = parse_page(release_page("Окончательные итоги", text, lang=lang, date="2007-08-25"), lang)
    assert [(r.votes, r.seats) for r in e.results] == [(5247720, None)], e.results
