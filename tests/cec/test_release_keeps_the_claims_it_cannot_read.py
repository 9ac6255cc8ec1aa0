"""A CEC release that also reports violations keeps what its claims reader could not read: a paragraph the reader
fails on is recorded on the release's `unread` with the reason, beside the results that still load (pages invented)."""

from __future__ import annotations

import pytest

import sources.claims
from tests.cec.releases import parse_page, release_page

PAGES = {
    "ru": ("ЦИК объявил окончательные итоги выборов в Мажилис",
           "Партия «Алтын Дала» получила 51,4% голосов, «Жаңа Жол» – 20,1%, «Көк Тау» – 12,3%.",
           "Поступило 14 жалоб на нарушения при подсчёте голосов."),
    "kk": ("ОСК Мәжіліс сайлауының түпкілікті қорытындысын жариялады",
           "«Алтын Дала» партиясы 51,4 пайыз, «Жаңа Жол» – 20,1 пайыз, «Көк Тау» – 12,3 пайыз дауыс алды.",
           "Дауыс санау кезіндегі бұзушылықтар туралы 14 шағым түсті."),
    "en": ("CEC announces the final results of the Mazhilis election",
           "Altyn Dala party received 51.4 percent, Zhana Zhol 20.1 percent and Kok Tau 12.3 percent of the vote.",
           "The commission received 14 complaints about violations during the count."),
}


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_claims_paragraph_that_fails_is_recorded_on_the_release(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    title, results, complaints = PAGES[lang]
    read = sources.claims.paragraph_claims

    def failing(text: str, *args: object, **kwargs: object):  # the reader breaks on the complaints paragraph only
        if "14" in text:
            raise ValueError("an invented failure")
        return read(text, *args, **kwargs)

    monkeypatch.setattr(sources.claims, "paragraph_claims", failing)
    e = parse_page(release_page(title, results, complaints, lang=lang, date="2023-03-27"), lang)
    assert {round(r.vote_share_pct or 0, 1) for r in e.results} >= {51.4, 20.1, 12.3}, e.unread
    crashed = [u for u in e.unread if "claims reader crashed" in u.reason]
    assert len(crashed) == 1 and "14" in crashed[0].clause, e.unread
    assert "an invented failure" in crashed[0].reason
