"""A turnout bulletin that says when the polls opened and closed, then the day's hours, then the final turnout
(invented pages): the opening and closing hours are no figure's hour, each hourly share keeps its own hour, and the
final share takes none of the day's hours."""

from __future__ import annotations

import pytest

from sources.figures.text_layer import stated_clock
from tests.cec.releases import parse_page, release_page

DAYS = {
    "kk": ("Сайлаушылардың белсенділігі",
           "Учаскелер таңертеңгі сегізде ашылып, кешкі сегізде жабылды. Таңғы сағат онда сайлаушылардың 11,6 пайызы "
           "дауыс берді.",
           "Түстен кейін екіде белсенділік 36,2 пайызға жетті.",
           "Түпкілікті деректер бойынша сайлауға 61,9 пайыз қатысты."),
    "ru": ("Явка избирателей",
           "Участки открылись в 08:00 и закрылись в 20:00. К 10:00 проголосовали 11,6 % избирателей.",
           "К 14:00 явка достигла 36,2 %.",
           "По окончательным данным, явка составила 61,9 %."),
}


@pytest.mark.parametrize("lang", list(DAYS), ids=list(DAYS))
def test_opening_hours_are_no_hour_and_the_final_share_has_none(lang: str) -> None:
    title, *paragraphs = DAYS[lang]
    e = parse_page(release_page(title, *paragraphs, lang=lang, date="2026-08-23"), lang=lang)
    got = {(t.as_of, t.turnout_pct) for t in e.turnout if t.region_name is None}
    assert ("10:00", 11.6) in got and ("14:00", 36.2) in got
    assert any(pct == 61.9 and as_of is None for as_of, pct in got)


@pytest.mark.parametrize(("paragraph", "clock"), [
    ("Участки открылись в 8:00. К 12:00 явка составила 27,1 %.", "12:00"),
    ("Polling stations opened at 7:00; by 12:00 turnout was 27.1 percent.", "12:00"),
    ("Учаскелер сағат 07:00-де ашылды. Сағат 12:00-дегі белсенділік – 27,1 пайыз.", "12:00"),
    ("Участки закроются в 20:00.", None),
    ("Учаскелер кешкі тоғызға дейін ашық.", None),
    ("Polling stations stay open until 21:00.", None),
], ids=["ru-opened", "en-opened", "kk-opened", "ru-closing-only", "kk-open-until-in-words", "en-stay-open"])
def test_the_hour_polls_open_or_close_is_no_as_of_hour(paragraph: str, clock: str | None) -> None:
    assert stated_clock(paragraph) == clock
