"""An older site lays its page out in a table: the release's date, heading and paragraphs stand inside a layout
cell beside a menu cell. A cell holding a heading or a table is such a cell: its text is the page's flow (the
release is read, its date known), and the layout table is no data table; a data table with a paragraph in a cell
stays a table (pages invented)."""

from __future__ import annotations

from sources.html_text import read_html
from tests.cec.releases import parse_page

LAYOUT = ('<html lang="ru"><head><title>Итоги выборов</title></head><body><table class="layout"><tr>'
          '<td class="left-menu"><a href="/rus/">Главная</a></td><td class="content"><div class="news-detail">'
          '<span class="news-date-time">23.08.2007</span><h3>Итоги выборов депутатов Мажилиса</h3>'
          "<p>ЦИК установил итоги выборов депутатов Мажилиса 18 августа 2007 года.</p>"
          "<table><tr><th>Партия</th><th>Голосов</th><th>%</th></tr>"
          "<tr><td>«Шугыла»</td><td>4 900 000</td><td>87,5</td></tr>"
          "<tr><td>«Тулпар»</td><td>700 000</td><td>12,5</td></tr></table>"
          "</div></td></tr></table></body></html>")


def test_a_layout_cells_text_is_the_pages_flow() -> None:
    page = read_html(LAYOUT.encode(), None)
    assert page.published_on is not None and page.published_on.isoformat() == "2007-08-23"
    assert "Итоги выборов депутатов Мажилиса" in page.headings
    assert len(page.tables) == 1 and page.tables[0].rows[1][0] == "«Шугыла»"


def test_the_release_in_a_layout_table_reads() -> None:
    out = parse_page(LAYOUT)
    assert out.election is not None and out.election.election_id == "kz-2007-08-18-parliamentary"
    assert {(r.votes, r.vote_share_pct) for r in out.results} == {(4_900_000, 87.5), (700_000, 12.5)}


def test_a_paragraph_in_a_data_cell_keeps_the_table() -> None:
    page = read_html(b"<html><body><table><tr><th>Party</th><th>%</th></tr><tr><td><p>Tulpar</p></td><td>12,5</td>"
                     b"</tr></table></body></html>", None)
    assert len(page.tables) == 1 and page.tables[0].rows[1] == ["Tulpar", "12,5"]
