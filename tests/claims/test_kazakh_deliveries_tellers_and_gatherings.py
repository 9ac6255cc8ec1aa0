"""Kazakh detentions told as people delivered to the police (the station said first), a converb before the police
verb with the time of the count between, people who came to a gathering, and a sentence closed by its teller
("…, деп хабарлайды X тілшісі") whose inner body only describes the gathering (sentences invented for these
tests)."""

from __future__ import annotations

import pytest

from .documents import read


@pytest.mark.parametrize(("sentence", "row"), [
    ("Қалалық полиция департаменті кейін бөлімшеге жеті адамның жеткізілгенін растады.", (7, "people")),
    ("Коалицияның төрт бақылаушысы Шымкентте дауыс санау кезінде учаскеден шығарылып, полиция бөлімшесіне апарылды.",
     (4, "observers")),
    ("Астанада рұқсат етілмеген жиынға келген 60-қа жуық адам ұсталды.", (60, "protesters")),
], ids=["kk-stansa-then-people-delivered", "kk-converb-during-the-count", "kk-came-to-a-gathering"])
def test_kazakh_detentions_in_more_shapes(sentence: str, row: tuple[int, str]) -> None:
    detentions, _ = read(sentence, language="kk")
    assert [(d.detained_min, d.subject) for d in detentions] == [row]


def test_ballots_delivered_are_no_detention() -> None:
    assert read("Учаскелерге 10 мың бюллетень жеткізілді.", language="kk") == ([], [])


def test_a_sentence_closed_by_its_teller_is_the_tellers() -> None:
    detentions, _ = read("Алматыда «Таза болашақ» қозғалысы шақырған жиынға келген 90-ға жуық адам ұсталды, деп "
                         "хабарлайды Азаттық тілшісі.", language="kk")
    assert [d.reported_by for d in detentions] == ["Азаттық"]


def test_the_correspondent_told_is_no_reporter() -> None:
    detentions, _ = read("Наблюдатели рассказали корреспонденту KazTAG, что в Алматы полиция задержала двух "
                         "наблюдателей.", language="ru")
    assert [d.detained_min for d in detentions] == [2]
    assert "KazTAG" not in (detentions[0].reported_by or "")
