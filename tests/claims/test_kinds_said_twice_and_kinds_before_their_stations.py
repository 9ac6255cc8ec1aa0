"""A kind whose words hold two starts ("Процедуры подсчёта не соблюдались, и подсчёт был оценён отрицательно"), a
vote by one person for several, signatures said before they look identical, restrictions on observing, and the
Kazakh kind said before the stations where it was seen (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("ru", "Процедуры подсчёта часто не соблюдались, и подсчёт был оценён отрицательно в 31 из 120 наблюдавшихся "
           "случаев.", [("counting_irregularity", "share_of_observations_pct", 25.8, 120)]),
    ("ru", "Наблюдатели отметили случаи голосования одним лицом за нескольких избирателей в 9 процентах наблюдений.",
     [("voter_impersonation", "share_of_observations_pct", 9, None)]),
    ("ru", "Почти на каждом пятом наблюдавшемся участке подписи в списках избирателей выглядели идентичными.",
     [("identical_signatures", "share_of_observations_pct", 20, None)]),
    ("ru", "Наблюдатели сталкивались с ограничениями в наблюдении на 6 участках.",
     [("observer_obstruction", "polling_stations", 6, None)]),
    ("kk", "Мәлімдемеде бюллетень салу белгілері 9 учаскеде байқалғаны көрсетілген.",
     [("ballot_box_stuffing", "polling_stations", 9, None)]),
    ("kk", "Бақылаушылардың жұмысына бақылаулардың 7 пайызында кедергі келтірілген.",
     [("observer_obstruction", "share_of_observations_pct", 7, None)]),
], ids=["ru-two-starts-of-the-count", "ru-odnim-licom-za-neskolkih", "ru-podpisi-vyglyadeli-identichnymi",
        "ru-ogranicheniya-v-nablyudenii", "kk-kind-then-stations-seen", "kk-share-inside-the-obstruction"])
def test_kinds_in_more_shapes(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language) == rows


def test_stations_where_observers_worked_are_no_finding() -> None:
    assert infraction_values("Бақылаушылар 350 учаскеде байқау жүргізді.", "kk") == []
