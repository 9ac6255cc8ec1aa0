"""Observers whose view of the count was blocked, and polling stations counted inside a fronted concessive clause
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import finding_rows

OBSTRUCTED_IN_11 = {("observer_obstruction", "polling_stations", 11)}


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "In 11 polling stations their view of the count was obstructed."),
    ("en", "Observers had their view of the count obstructed in 11 polling stations."),
    ("en", "Commission members blocked the observers’ view of the ballots in 11 polling stations."),
    ("ru", "На 11 участках наблюдателям закрывали обзор подсчёта голосов."),
    ("ru", "Обзор наблюдателям был ограничен на 11 участках."),
    ("kk", "11 учаскеде бақылаушыларға дауыс санауды көруге кедергі жасалды."),
], ids=["en-view-was-obstructed", "en-had-their-view-obstructed", "en-blocked-the-view", "ru-zakryvali-obzor",
        "ru-obzor-ogranichen", "kk-koruge-kedergi"])
def test_a_blocked_view_of_the_count_is_observer_obstruction(language: str, sentence: str) -> None:
    assert finding_rows(sentence, language) == OBSTRUCTED_IN_11


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Although in 11 polling stations observers were obstructed, the count went on without further incident."),
    ("en", "Though in 11 polling stations observers were obstructed, most counts were orderly."),
    ("ru", "Хотя на 11 участках наблюдателям препятствовали, подсчёт в целом прошёл спокойно."),
], ids=["en-although", "en-though", "ru-hotya"])
def test_stations_counted_inside_a_fronted_concessive_clause_keep_their_count(language: str, sentence: str) -> None:
    assert finding_rows(sentence, language) == OBSTRUCTED_IN_11


def test_a_clear_view_is_no_finding() -> None:
    assert finding_rows("Observers had a clear view of the count in all 11 polling stations.") == set()


def test_further_stations_after_their_count() -> None:
    assert finding_rows("Ballot box stuffing was seen in 5 polling stations. In 17 further polling stations, observers "
                        "noted group voting.") == {("ballot_box_stuffing", "polling_stations", 5),
                                                   ("group_voting", "polling_stations", 17)}
