"""An undated text naming parties that stood in more than one vote of its type is tied to the one whose body and
timing its words name ("Мажилис", "внеочередные"); without such words it stays unassigned (texts invented)."""

from __future__ import annotations

import pytest

from sources.elections import find_election

PARTIES_RU = "Партия Amanat набрала 54% голосов, «Ауыл» — 11%, Respublica — 9%, «Ак жол» — 8%, «Байтак» — 2%."
PARTIES_EN = "Amanat took 54 percent, Auyl 11 percent, Respublica 9 percent, Aq Jol 8 percent and Baytaq 2 percent."


@pytest.mark.parametrize(("text", "expected"), [
    (f"Итоги внеочередных парламентских выборов: новый состав Мажилиса. {PARTIES_RU}",
     "kz-2023-03-19-parliamentary"),
    (f"Snap parliamentary elections: the new Mazhilis. {PARTIES_EN}", "kz-2023-03-19-parliamentary"),
    (f"Итоги выборов в Курултай: распределение мест. {PARTIES_RU}", "kz-2026-08-23-parliamentary"),
], ids=["ru-mazhilis-early", "en-mazhilis-snap", "ru-kurultai"])
def test_the_body_and_early_words_pick_one_of_the_votes_the_parties_stood_in(text: str, expected: str) -> None:
    found = find_election(text, None, "results_final")
    assert found is not None and found.election_id == expected, found


def test_without_body_or_timing_words_the_vote_stays_open() -> None:
    assert find_election(f"Итоги парламентских выборов. {PARTIES_RU}", None, "results_final") is None
