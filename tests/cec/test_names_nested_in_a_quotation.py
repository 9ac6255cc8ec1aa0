"""A party's name quoted inside a quotation («По окончательным данным, партия "Тулпар" набрала 61,2 процента …»)
is the party: the quotation's « closes with its », never with the straight quote that opens the name (text
invented)."""

from __future__ import annotations

from tests.cec.releases import parse_page, release_page


def test_the_inner_quoted_name_is_the_party() -> None:
    out = parse_page(release_page(
        "Итоги выборов", "Председатель ЦИК подвел окончательные итоги выборов депутатов Мажилиса 18 августа 2007 года.",
        "«По окончательным данным, партия \"Тулпар\" набрала 61,2 процента голосов избирателей и получает 70 "
        "мандатов», — сказал председатель. Партия «Шугыла» получила 9,3 процента.", date="2007-08-23"))
    found = {r.contestant_name: (r.vote_share_pct, r.seats) for r in out.results if r.region_name is None}
    assert (61.2, 70) in found.values()
    assert not [n for n in found if "данным" in n]
