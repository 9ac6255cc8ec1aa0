"""Who reported it: a name in a reporting role, normalised; carry-over within a paragraph."""

from __future__ import annotations

import pytest

from sources.claims.cues import continues_account
from sources.claims.reporters import find_reporters

from .documents import read


@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        ("According to the Ministry of Internal Affairs, 500 people were detained.", "Ministry of Internal Affairs"),
        ("According to the Minister of Internal Affairs, 4,000 people were detained.", "Minister of Internal Affairs"),
        ("The Interior Minister said that 4,000 people were detained.", "Minister of Internal Affairs"),
        ("The Prosecutor General's Office reported 19 violations.", "Prosecutor General's Office"),
        ("The CEC informed the mission that it had received 16 reports.", "CEC"),
        ("Civil society organisations reported that 13 journalists were detained.", "civil society organisations"),
        ("Media reports said that 30 activists were detained.", "media"),
        ("The IEOM assessed the count negatively.", "ODIHR"),
        ("Observers saw cases of ballot box stuffing.", "ODIHR"),
        ("Citizen observers reported 120 violations.", "civil society organisations"),
        ("По данным МВД, задержаны около 500 человек.", "Ministry of Internal Affairs"),
        ("Генеральная прокуратура возбудила 18 дел.", "Prosecutor General's Office"),
        ("В ЦИК поступило 16 сообщений.", "CEC"),
        ("Ішкі істер министрлігінің мәліметінше, 500 адам ұсталды.", "Ministry of Internal Affairs"),
    ],
)
def test_reporter_in_role(sentence: str, reporter: str) -> None:
    assert find_reporters(sentence)[0].reporter == reporter


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 300 short-term observers from 39 countries were deployed.",
        "In the evening, police dispersed gatherings in Nur-Sultan and Almaty.",
        "The Central Election Commission (CEC) has seven members and oversees 9,968 commissions.",
    ],
)
def test_names_out_of_role_are_not_reporters(sentence: str) -> None:
    assert find_reporters(sentence) == []


def test_the_object_of_informed_is_not_the_reporter() -> None:
    assert [m.reporter for m in find_reporters("The CEC informed the mission that it had received 16 reports.")] == [
        "CEC"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the administrative offence cases reported later, 12 concerned voters.",
        "Of these, 5 concerned group voting.",
        "Among them were 3 journalists.",
        "Из них 12 касались выдачи бюллетеней.",
        "At least 13 journalists were among those detained.",
    ],
)
def test_continuation(sentence: str) -> None:
    assert continues_account(sentence)


def test_reporter_carries_over_to_a_continuing_sentence() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations. "
        "Of the administrative offence cases reported later, 12 concerned precinct commission members who issued "
        "ballots to allow people to vote for others."
    )
    assert [i.reported_by for i in infractions] == ["Prosecutor General's Office"] * 2


def test_reporter_does_not_carry_over_to_an_unrelated_sentence() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations. The count was assessed negatively "
        "in more than half of the polling stations observed."
    )
    assert [i.reported_by for i in infractions] == ["Prosecutor General's Office", "ODIHR"]


def test_reporter_and_measure_do_not_carry_over_to_the_next_paragraph() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations.",
        "Of the complaints, 5 concerned group voting.",
        "Of these, 7 concerned ballot box stuffing.",  # a new paragraph: "these" are not known here
    )
    assert [(i.reported_by, i.measure, i.value) for i in infractions] == [
        ("Prosecutor General's Office", "violations", 19),
        ("ODIHR", "complaints", 5),
    ]


def test_publisher_speaks_for_itself() -> None:
    _, infractions = read("Поступило 45 жалоб.", publisher="cec", language="ru")
    assert [i.reported_by for i in infractions] == ["CEC"]
