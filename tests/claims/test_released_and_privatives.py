"""Sentences of ours: what became of people detained before (released, freed) is no detention of its own; a Kazakh
privative ("-сыз/-сіз", without) negates the finding it ends or follows, never an adjective of its own ("тәуелсіз"
independent, "заңсыз" illegal)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language"), [
    ("The Ministry later specified that 1,047 of those detained had been released without charge.", "en"),
    ("The ministry said that all but 37 of those detained had been released.", "en"),
    ("Из задержанных 120 человек были отпущены в тот же день.", "ru"),
])
def test_people_released_are_no_detention(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert detentions == []


def test_a_part_of_the_detained_by_kind_still_counts() -> None:
    detentions, _ = read("Из задержанных 12 оказались журналистами.", language="ru")
    assert [(d.detained_min, d.subject) for d in detentions] == [(12, "journalists")]


@pytest.mark.parametrize("text", [
    "Дауыс беру бюллетень салу жағдайларынсыз өтті.",
    "Дауыс беру бюллетень салусыз өтті.",
])
def test_a_kazakh_privative_negates_its_finding(text: str) -> None:
    _, infractions = read(text, language="kk")
    assert infractions == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Тәуелсіз байқаушылар кейбір учаскелерде байқаушыларды дауыс санау үстеліне жақындатпағанын хабарлады.",
     "observer_obstruction"),
    ("Бюллетеньдерді заңсыз салу жағдайлары байқалды.", "ballot_box_stuffing"),
])
def test_adjectives_of_the_privative_form_negate_nothing(text: str, kind: str) -> None:
    _, infractions = read(text, language="kk")
    assert [i.category for i in infractions] == [kind]


@pytest.mark.parametrize(("text", "row"), [
    ("Екі журналист учаске ішінде ұсталды.", (2, 2, "journalists", "ODIHR")),
    ("Адам құқықтары жөніндегі қазақстандық халықаралық бюро ұсталған наразылық білдірушілердің саны 50-ден асады деп "
     "есептейді.", (50, None, "protesters", "Kazakhstan International Bureau for Human Rights")),
])
def test_kazakh_detentions_inside_a_station_and_their_number_exceeding(text: str, row: tuple) -> None:
    detentions, _ = read(text, language="kk")
    assert [(d.detained_min, d.detained_max, d.subject, d.reported_by) for d in detentions] == [row]
