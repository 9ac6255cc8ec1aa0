"""A kind whose words hold two starts ("Процедуры подсчёта не соблюдались, и подсчёт был оценён отрицательно"), a
vote by one person for several, signatures said before they look identical, restrictions on observing, and the
Kazakh kind said before the stations where it was seen (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("ru", "Процедуры подсчёта часто не соблюдались, и подсчёт был оценён отрицательно в 31 из 120 наблюдавшихся "
           "случаев.", [("counting_irregularity", "polling_stations", 31, 120)]),
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


@pytest.mark.parametrize(("language", "paragraph", "rows"), [
    ("ru", "Кроме того, на 6 участках наблюдатели видели, как в урны опускались пачки бюллетеней.",
     [("ballot_box_stuffing", "polling_stations", 6, None)]),
    ("en", "In addition, in 5 polling stations observers saw ballot box stuffing.",
     [("ballot_box_stuffing", "polling_stations", 5, None)]),
    ("en", "IEOM observers saw ballot box stuffing in 7 polling stations. In at least 5 others, observers were "
           "restricted in their view of the counting table.",
     [("ballot_box_stuffing", "polling_stations", 7, None), ("observer_obstruction", "polling_stations", 5, None)]),
    ("ru", "Вбросы бюллетеней наблюдались на 7 участках. Ещё на 5 других наблюдателей попросили покинуть помещение.",
     [("ballot_box_stuffing", "polling_stations", 7, None), ("observer_obstruction", "polling_stations", 5, None)]),
], ids=["ru-krome-togo-na-6", "en-in-addition-in-5", "en-in-5-others", "ru-eshche-na-5-drugih"])
def test_stations_after_a_connective_and_other_stations(language: str, paragraph: str, rows: list) -> None:
    assert infraction_values(paragraph, language) == rows


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "In 17 further polling stations, IEOM observers noted family voting, with one person casting ballots for "
           "several relatives.", [("group_voting", "polling_stations", 17, None)]),
    ("en", "Observers noted family voting, with one person casting ballots for several relatives.",
     [("group_voting", "observed", None, None)]),
    ("ru", "Наблюдатели отметили семейное голосование, когда один избиратель голосовал за нескольких родственников.",
     [("group_voting", "observed", None, None)]),
    ("kk", "Бақылаушылар отбасылық дауыс беруді, яғни бір адамның басқа адамдар үшін дауыс беруін байқады.",
     [("group_voting", "observed", None, None)]),
], ids=["en-with-one-person-counted", "en-with-one-person", "ru-kogda-odin", "kk-yagni"])
def test_a_kind_told_again_after_a_comma_is_one_finding(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language) == rows
