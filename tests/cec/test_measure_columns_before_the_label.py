"""A table whose figures stand before the row's label ("Явка, % | Область", "Votes | % | Candidate"): a cell under a
header naming a measure is read whatever side of the label it sits; a row's number ("№") before the label stays no
figure (tables invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + f"</tr>{cells}</table>"


@pytest.mark.parametrize(("lang", "title", "lead", "head", "rows"), [
    ("ru", "Явка на 14:00", "По состоянию на 14:00 проголосовали 47,3 % избирателей.", ["Явка, %", "Область"],
     [["58,4", "Костанайская область"], ["36,9", "г. Алматы"]]),
    ("kk", "Сағат 14:00-дегі белсенділік", "Сағат 14:00-де сайлаушылардың 47,3 пайызы дауыс берді.",
     ["Белсенділік, %", "Өңір"], [["58,4", "Қостанай облысы"], ["36,9", "Алматы қаласы"]]),
    ("en", "Turnout at 14:00", "As of 14:00, turnout stood at 47.3 per cent.", ["Turnout, %", "Region"],
     [["58.4", "Kostanay region"], ["36.9", "Almaty city"]]),
], ids=["ru", "kk", "en"])
def test_turnout_before_the_area_is_the_areas(lang: str, title: str, lead: str, head: list[str],
                                             rows: list[list[str]]) -> None:
    out = parse_page(release_page(title, lead, _table(head, rows), lang=lang, date="2019-06-09"), lang)
    by_area = {t.region_name: t.turnout_pct for t in out.turnout if t.region_name}
    assert by_area == {rows[0][1]: 58.4, rows[1][1]: 36.9}
    assert [t.turnout_pct for t in out.turnout if t.region_name is None] == [47.3]


def test_votes_and_shares_before_the_name_and_the_rows_number_no_figure() -> None:
    table = _table(["№", "Голосов", "%", "Кандидат"], [["1", "812 400", "60,12", "Иванов Пётр Сергеевич"],
                                                   ["2", "539 000", "39,88", "Сериков Нурлан Ерланович"]])
    out = parse_page(release_page("Предварительные итоги выборов", "Голоса распределились так:", table,
                                  date="2019-06-10"))
    got = sorted((r.contestant_name.split()[0], r.votes, r.vote_share_pct) for r in out.results)
    assert got == [("Иванов", 812400, 60.12), ("Сериков", 539000, 39.88)]
    assert not any(r.votes in (1, 2) for r in out.results)
