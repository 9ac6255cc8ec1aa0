"""Another country's vote (sentences invented for these tests): named by its body, with no word of home, it is no
calendar election and creates none; a Kazakh text that names a foreign body in passing keeps its election."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.elections import find_election, foreign_vote


@pytest.mark.parametrize("text", [
    "Итоги выборов депутатов в Жогорку Кенеш: партия «Ордо» набрала 24,4 %. Выборы прошли 11 апреля 2021 года.",
    "Жоғорку Кеңеш сайлауы 2021 жылғы 11 сәуірде өтті, «Ордо» партиясы 24,4 пайыз жинады.",
    "The State Duma elections were held on 19 September 2021; the Ordo Party received 24.4 percent.",
], ids=["ru", "kk", "en"])
def test_a_foreign_parliament_gets_no_election(text: str) -> None:
    assert foreign_vote(text) is not None
    assert find_election(text, dt.date(2021, 4, 12), "results_final") is None


@pytest.mark.parametrize("text", [
    "Наблюдатели от Госдумы следили за выборами в Мажилис 19 марта 2023 года.",
    "Жоғорку Кеңеш депутаттары Қазақстандағы Мәжіліс сайлауын бақылады.",
    "Observers from the State Duma watched Kazakhstan's Mazhilis election on 19 March 2023.",
], ids=["ru", "kk", "en"])
def test_a_foreign_body_in_passing_keeps_the_home_vote(text: str) -> None:
    assert foreign_vote(text) is None
