"""An editor's note under a results table ("Note: the remaining 18 seats went to independents") names no contestant:
its figure is no party's, in any of the three languages (every page invented for these tests)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

PAGES = {
    "en": ("CEC announces the final results of the Mazhilis election",
           "The Central Election Commission announced the final results. Altyn Dala party received 51.4 percent of the "
           "vote and 40 seats, Zhana Zhol party 20.1 percent and 16 seats, Kok Tau party 12.3 percent and 9 seats.",
           "Note: The remaining 18 seats were taken by independent candidates."),
    "ru": ("ЦИК объявил окончательные итоги выборов в Мажилис",
           "Центризбирком объявил окончательные итоги. Партия «Алтын Дала» получила 51,4% голосов и 40 мандатов, "
           "«Жаңа Жол» – 20,1% и 16 мандатов, «Көк Тау» – 12,3% и 9 мандатов.",
           "Примечание: остальные 18 мандатов получили самовыдвиженцы."),
    "kk": ("ОСК Мәжіліс сайлауының түпкілікті қорытындысын жариялады",
           "Орталық сайлау комиссиясы түпкілікті қорытындыны жариялады. «Алтын Дала» партиясы 51,4 пайыз дауыс пен "
           "40 мандат, «Жаңа Жол» – 20,1 пайыз және 16 мандат, «Көк Тау» – 12,3 пайыз және 9 мандат алды.",
           "Ескерту: қалған 18 мандатты өзін-өзі ұсынған кандидаттар алды."),
}


@pytest.mark.parametrize("lang", list(PAGES))
def test_an_editors_note_is_no_contestant(lang: str) -> None:
    title, results, note = PAGES[lang]
    e = parse_page(release_page(title, results, note, lang=lang, date="2023-03-27"), lang)
    names = {r.contestant_name.lower() for r in e.results}
    assert names, e.unread  # the parties' figures are read
    assert not any(n.startswith(("note", "примечан", "ескерт")) for n in names), names
    assert not any(r.seats == 18 for r in e.results), [(r.contestant_name, r.seats) for r in e.results]
