"""A Russian party's name before its party word is adjectives ("Коммунистическая народная партия", "за
Общенациональную социал-демократическую партию"); the words of the sentence before it are no part of the name
("По итогам распределения партия Respublica получила …": the name is the one after the party word). Kazakh names
before "партиясы" are nouns and keep reading (sentences invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def _seats(lang: str, *paragraphs: str) -> dict[str, int | None]:
    out = parse_page(release_page("Итоги выборов", *paragraphs, lang=lang, date="2023-03-28"), lang)
    return {r.contestant_name: r.seats for r in out.results if r.region_name is None}


@pytest.mark.parametrize("lead", ["По итогам распределения партия", "По результатам подсчёта голосов партия",
                                  "В итоге партия"], ids=["distribution", "count", "in-the-end"])
def test_the_words_before_the_party_word_are_the_sentences(lead: str) -> None:
    seats = _seats("ru", "ЦИК подвел окончательные итоги выборов депутатов Мажилиса 19 марта 2023 года.",
                   f"{lead} Respublica получила 9 мандатов, «Ауыл» – 11, «Ак жол» – 8.")
    assert seats["Партия «Respublica»"] == 9
    assert not [name for name in seats if "итог" in name.lower() or "подсч" in name.lower()]


def test_adjectives_before_the_party_word_are_its_name() -> None:
    seats = _seats("ru", "ЦИК подвел окончательные итоги выборов депутатов Мажилиса 19 марта 2023 года.",
                   "Мандаты получили: «Ауыл» – 11, Коммунистическая народная партия Казахстана – 5, "
                   "Общенациональная социал-демократическая партия – 4.")
    assert seats["Коммунистическая народная партия Казахстана"] == 5
    assert seats["Общенациональная социал-демократическая партия"] == 4


def test_a_kazakh_name_before_its_party_word_still_reads() -> None:
    seats = _seats("kk", "ОСК Мәжіліс депутаттарын сайлаудың 2023 жылғы 19 наурыздағы қорытындысын шығарды.",
                   "Мандаттар былай бөлінді: «Ауыл» партиясы – 11, Қазақстан Халық партиясы – 5, «Ақ жол» "
                   "партиясы – 8.")
    assert 5 in seats.values() and 11 in seats.values() and 8 in seats.values()


@pytest.mark.parametrize(("lang", "lead"), [("ru", "Мандаты получили:"),
                                            ("ru", "Депутатские места распределились так:")],
                         ids=["mandates", "deputies-seats"])
def test_a_seat_word_opening_the_list_is_no_candidate(lang: str, lead: str) -> None:
    seats = _seats(lang, "ЦИК подвел окончательные итоги выборов депутатов Мажилиса 19 марта 2023 года.",
                   f"{lead} «Ауыл» – 11, Коммунистическая народная партия Казахстана – 5, «Ак жол» – 8.")
    assert sorted(v for v in seats.values() if v is not None) == [5, 8, 11]
    assert not [name for name in seats if name.lower().startswith(("мандат", "депутат"))]


def test_a_list_items_preposition_is_no_part_of_the_name() -> None:
    out = parse_page(release_page("Итоги", "По предварительным данным, за Ержанова Тимура Кайратовича проголосовали "
                                  "81,77 % избирателей.", "За Оспанову Меруерт Кайратовну – 3,7 %.", date="2022-11-21"))
    names = {r.contestant_name for r in out.results}
    assert "Оспанову Меруерт Кайратовну" in names and not [n for n in names if n.startswith("За ")]
