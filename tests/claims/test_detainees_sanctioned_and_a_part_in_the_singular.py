"""The detained counted again as they are sanctioned ("150 задержанных арестованы на срок до 15 суток", "31 detainees
were fined") are no new detention; a total of cases "including" one case in the singular ("в том числе по факту
вброса") is the total of every kind (sentences of ours, in officials' and the press's shapes)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language"), [
    ("Замминистра добавил, что 120 задержанных арестованы на срок до 10 суток, ещё 45 оштрафованы.", "ru"),
    ("По его словам, 64 задержанных были оштрафованы.", "ru"),
    ("Of the people held, 31 detainees were fined.", "en"),
])
def test_the_detained_sanctioned_are_no_new_detention(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert detentions == []


def test_detainees_held_are_still_a_detention() -> None:
    detentions, _ = read("About 500 detainees were held overnight in Almaty police stations.")
    assert [d.detained_min for d in detentions] == [500]


@pytest.mark.parametrize(("text", "language", "row"), [
    ("По фактам нарушений возбуждено 4 уголовных дела, в том числе по факту вброса бюллетеней в Таразе.", "ru",
     ("mixed", "criminal_cases", 4)),
    ("Возбуждено 2 уголовных дела по фактам вброса бюллетеней.", "ru", ("ballot_box_stuffing", "criminal_cases", 2)),
])
def test_a_total_including_one_case_in_the_singular(text: str, language: Language, row: tuple[object, ...]) -> None:
    _, infractions = read(text, language=language)
    assert [(c.category, c.measure, c.value) for c in infractions] == [row]
