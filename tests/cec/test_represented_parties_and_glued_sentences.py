"""A release saying which parties "will be represented" in the chamber awaits no result, while one saying its final
results "will be presented" later does; two sentences a copy glued at the full stop are two sentences (every page
invented for these tests)."""

from __future__ import annotations

import pytest

from sources.cec.classify import final_pending
from sources.cec.repairs import unglued
from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("text", "pending"), [
    ("В Мажилисе будут представлены пять политических сил.", False),
    ("В новом парламенте будут представлены шесть партий.", False),
    ("Окончательные итоги выборов, по словам председателя, будут представлены до 30 марта.", True),
    ("Окончательные результаты будут опубликованы позже.", True),
], ids=["represented-forces", "represented-parties", "results-later", "published-later"])
def test_will_be_represented_is_no_result_to_come(text: str, pending: bool) -> None:
    assert final_pending(text) is pending


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("за партию проголосовали 2,1% избирателей.Ранее комиссия сообщила итоги",
     "за партию проголосовали 2,1% избирателей. Ранее комиссия сообщила итоги"),
    ("(нижней палаты).Пяти процентов не набрала ни одна", "(нижней палаты). Пяти процентов не набрала ни одна"),
    ("61.2 percent of voters.Earlier the commission said", "61.2 percent of voters. Earlier the commission said"),
    ("в г.Алматы и на сайте election.gov.kz", "в г.Алматы и на сайте election.gov.kz"),
    ("явка 61.2 процента", "явка 61.2 процента"),
], ids=["ru", "ru-bracket", "en", "abbreviation-and-site", "decimal"])
def test_sentences_glued_at_the_full_stop_are_parted(paragraph: str, expected: str) -> None:
    assert unglued(paragraph) == expected


def test_a_final_that_names_its_represented_parties_and_recalls_the_preliminary_is_final() -> None:
    e = parse_page(release_page(
        "ЦИК: победителем выборов стала партия «Алтын Дала»",
        "В Мажилисе будут представлены четыре политические силы.",
        "Центризбирком подготовил окончательные результаты выборов. При голосовании по партийным спискам «Алтын Дала» "
        "поддержали 51,4% избирателей, партию «Жаңа Жол» - 20,1%, партию «Көк Тау» - 12,3%.Ранее ЦИК озвучил "
        "предварительные итоги.",
        date="2023-03-27"), "ru")
    assert e.doc_kind == "results_final", e.doc_kind
    assert e.election is not None and e.election.election_id == "kz-2023-03-19-parliamentary"
    assert sorted(r.vote_share_pct for r in e.results) == [12.3, 20.1, 51.4], e.results
