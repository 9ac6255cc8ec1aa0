"""Sentences of ours: a range in number words ("от трех до пяти", "between five and eight") is one detention with
both bounds; a denial whose object points back ("эту информацию опровергли", "denied these reports", "бұл ақпаратты
жоққа шығарды") cancels the claim told before it, while a denial of something else leaves it standing."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language"), [
    ("Еще от трех до пяти человек, по словам движения, были задержаны в Нур-Султане.", "ru"),
    ("On election day, between three and five people were detained in Almaty.", "en"),
])
def test_a_range_in_words_is_one_detention(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.detained_max, d.qualifier) for d in detentions] == [(3, 5, "between")]


@pytest.mark.parametrize(("text", "language"), [
    ("В социальных сетях сообщалось о десятках задержанных в Астане, однако в МВД эту информацию опровергли.", "ru"),
    ("Activists said 30 people were detained, but the police denied these reports.", "en"),
    ("Әлеуметтік желілерде ондаған адам ұсталды деген хабар тарады, бірақ полиция бұл ақпаратты жоққа шығарды.", "kk"),
])
def test_a_denial_pointing_back_cancels_the_claim_before_it(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert detentions == []


def test_a_denial_of_something_else_leaves_the_claim() -> None:
    detentions, _ = read("Police detained 20 people, but denied reports that journalists were among them.")
    assert [d.detained_min for d in detentions] == [20]


@pytest.mark.parametrize(("text", "language"), [
    ("Подсчет голосов был оценен как плохой или очень плохой почти в трети из 150 участков, где он наблюдался.", "ru"),
    ("The count was assessed negatively in half of the 150 polling stations observed.", "en"),
])
def test_the_base_of_a_share_in_words_is_no_count_of_its_own(text: str, language: Language) -> None:
    _, infractions = read(text, language=language)
    assert [(i.measure, i.base) for i in infractions] == [("share_of_observations_pct", 150)]


@pytest.mark.parametrize(("text", "language", "row"), [
    ("Procedural errors were seen in about a fifth of the counts observed.", "en",
     ("share_of_observations_pct", 20)),
    ("Подсчет голосов был оценен отрицательно на каждом четвертом из 104 участков, где он наблюдался.", "ru",
     ("share_of_observations_pct", 25)),
])
def test_fifths_and_every_fourth_of_a_base(text: str, language: Language, row: tuple) -> None:
    _, infractions = read(text, language=language)
    assert [(i.measure, i.value) for i in infractions] == [row]


def test_receiving_no_reports_of_a_detention_is_none() -> None:
    detentions, _ = read("The EOM has not received any reports of observers being detained.")
    assert detentions == []


@pytest.mark.parametrize(("text", "language", "row"), [
    ("На 31 участке наблюдатели отметили похожие друг на друга подписи в списках избирателей.", "ru",
     ("identical_signatures", "polling_stations", 31)),
    ("Бірқатар учаскеде тәуелсіз бақылаушыларға нәтижелер хаттамасының көшірмесі берілмеді.", "kk",
     ("observer_obstruction", "observed", None)),
])
def test_signatures_alike_and_a_protocol_copy_withheld(text: str, language: Language, row: tuple) -> None:
    _, infractions = read(text, language=language)
    assert [(i.category, i.measure, i.value) for i in infractions] == [row]


def test_what_a_code_provides_for_is_no_finding() -> None:
    _, infractions = read("За нарушение правил агитации статья 110 Кодекса об административных правонарушениях "
                          "предусматривает штраф до 30 МРП.", language="ru")
    assert infractions == []
