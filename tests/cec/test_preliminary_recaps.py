"""A text that calls its own figures preliminary stays preliminary however late it appears: a press recap days
after the vote that quotes the preliminary count must not load as the final result (it would outrank or
contradict the real final in the marts). A final that recalls the preliminary figures stays final. Invented
releases in Russian, Kazakh and English about the vote of 19 March 2023."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

RECAPS = [
    ("ru-po-predvaritelnym-dannym", "ru", "Итоги выборов в Мажилис",
     ["В минувшее воскресенье в стране прошли выборы депутатов Мажилиса.",
      "По предварительным данным ЦИК, партия «Шугыла» набрала 53,9 процента голосов, партия «Тулпар» – 10,9 "
      "процента, партия «Жулдыз» – 8,4 процента."]),
    ("ru-deep-in-a-long-recap", "ru", "Как прошли выборы",
     ["В минувшее воскресенье в стране прошли выборы депутатов Мажилиса. " + "Кампания была спокойной, "
      "кандидаты встречались с избирателями, на участках работали наблюдатели, жалоб поступило немного. " * 5,
      "Согласно предварительным итогам, партия «Шугыла» набрала 53,9 процента голосов, партия «Тулпар» – 10,9 "
      "процента, партия «Жулдыз» – 8,4 процента."]),
    ("en-preliminary-results-show", "en", "Kazakhstan vote recap",
     ["Voters went to the polls last Sunday to elect the Mazhilis.",
      "Preliminary results show the Shugyla Party won 53.9 percent of the vote, the Tulpar Party 10.9 percent and "
      "the Zhuldyz Party 8.4 percent."]),
    ("kk-aldyn-ala-derekter", "kk", "Мәжіліс сайлауы",
     ["Өткен жексенбіде Мәжіліс депутаттарының сайлауы өтті.",
      "Алдын ала деректер бойынша «Шұғыла» партиясы 53,9 пайыз дауыс жинады, «Тұлпар» партиясы – 10,9 пайыз, "
      "«Жұлдыз» партиясы – 8,4 пайыз."]),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [c[1:] for c in RECAPS], ids=[c[0] for c in RECAPS])
def test_a_recap_of_preliminary_figures_days_later_stays_preliminary(lang: str, title: str,
                                                                     paragraphs: list[str]) -> None:
    e = parse_page(release_page(title, *paragraphs, lang=lang, date="2023-03-24"), lang)
    assert e.doc_kind == "results_preliminary"
    assert e.election is not None and e.election.election_id == "kz-2023-03-19-parliamentary"
    assert e.results and {r.stage for r in e.results} == {"preliminary"}
    assert 53.9 in {r.vote_share_pct for r in e.results}


FINALS = [
    ("ru-final-recalls-preliminary", "ru", "ЦИК подвел окончательные итоги выборов",
     ["Центральная избирательная комиссия установила окончательные итоги выборов депутатов Мажилиса.",
      "Партия «Шугыла» набрала 53,9 процента голосов, партия «Тулпар» – 10,9 процента. По предварительным данным, "
      "озвученным в понедельник, у партии «Шугыла» было 53,8 процента."]),
    ("en-final-recalls-preliminary", "en", "CEC: final results",
     ["The Central Election Commission announced the final results of the Mazhilis election.",
      "The Shugyla Party won 53.9 percent and the Tulpar Party 10.9 percent; preliminary results showed 53.8 "
      "percent for the Shugyla Party."]),
    ("kk-final-recalls-preliminary", "kk", "Сайлаудың түпкілікті қорытындысы",
     ["Орталық сайлау комиссиясы Мәжіліс сайлауының түпкілікті қорытындысын шығарды.",
      "«Шұғыла» партиясы 53,9 пайыз дауыс жинады, «Тұлпар» партиясы – 10,9 пайыз. Алдын ала деректер бойынша "
      "«Шұғыла» партиясында 53,8 пайыз болған."]),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [c[1:] for c in FINALS], ids=[c[0] for c in FINALS])
def test_a_final_that_recalls_its_preliminary_figures_stays_final(lang: str, title: str,
                                                                  paragraphs: list[str]) -> None:
    e = parse_page(release_page(title, *paragraphs, lang=lang, date="2023-03-24"), lang)
    assert e.doc_kind == "results_final"
