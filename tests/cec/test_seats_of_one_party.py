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
