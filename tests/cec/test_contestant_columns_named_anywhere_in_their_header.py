"""A results table's label column names its contestants anywhere in its header ("Наименование политической
партии", "Партияның атауы", "Name of the political party", "Ф.И.О. кандидата"): every row's label is a contestant,
a party nobody registered too (tables and names invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

ROWS = [("Шугыла", "4 102 331", "54,65", "84"), ("Тулпар", "812 004", "10,82", "16"),
        ("Жарық", "701 222", "9,34", "14"), ("Өркен", "1 891 100", "25,19", "31")]


def _table(headers: tuple[str, ...]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join(f"<tr><td>{i}</td><td>{name}</td><td>{votes}</td><td>{pct}</td><td>{seats}</td></tr>"
                   for i, (name, votes, pct, seats) in enumerate(ROWS, 1))
    return f"<table><tr>{head}</tr>{body}</table>"


@pytest.mark.parametrize(("lang", "lead", "headers"), [
    ("ru", "ЦИК установил итоги выборов депутатов Курултая 23 августа 2026 года.",
     ("№", "Наименование политической партии", "Количество голосов", "%", "Мандатов")),
    ("kk", "ОСК 2026 жылғы 23 тамыздағы Құрылтай депутаттарын сайлау қорытындысын шығарды.",
     ("№", "Саяси партияның атауы", "Дауыс саны", "%", "Мандат саны")),
    ("en", "The CEC established the results of the Kurultai elections of 23 August 2026.",
     ("No.", "Name of the political party", "Votes", "%", "Seats")),
], ids=["ru", "kk", "en"])
def test_every_row_under_a_contestants_header_is_a_contestant(lang: str, lead: str, headers: tuple[str, ...]) -> None:
    out = parse_page(release_page("Итоги выборов" if lang == "ru" else "Results", lead, _table(headers), lang=lang,
                                  date="2026-08-28"), lang)
    read = {(r.votes, r.vote_share_pct, r.seats) for r in out.results if r.region_name is None}
    expected = {(int(v.replace(" ", "")), float(p.replace(",", ".")), int(s)) for _, v, p, s in ROWS}
    assert read == expected
    assert not [u for u in out.unread if "no subject" in u.reason]
