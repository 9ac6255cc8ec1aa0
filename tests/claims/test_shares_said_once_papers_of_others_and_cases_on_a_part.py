"""Findings and detentions in shapes a held-out batch used: an absolute ", with …" clause keeping its own negation, a
share in brackets after one with its base, a Kazakh "every fourth of them", votes cast on another's papers,
interference with observers (the observers no reporter of it), the same signatures on the lists, administrative
proceedings, cases opened on a part of the violations counted, an American date before a comma, people dragged into
buses, a group of citizen observers, police encircling protesters (no source), an acronym's Kazakh dative.

Every sentence here is invented for this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.records import Language

from .documents import finding_rows as _infractions
from .documents import read


@pytest.mark.parametrize(("text", "language", "value"), [
    pytest.param("The count was assessed negatively in one in four counts observed, with the basic steps often not "
                 "followed.", "en", 25.0, id="en-with"),
    pytest.param("Подсчёт был оценён отрицательно в 30 процентах наблюдений, при этом процедуры часто не "
                 "соблюдались.", "ru", 30.0, id="ru-pri-etom"),
], )
def test_a_negation_in_an_absolute_clause_after_the_share_leaves_the_share(text: str, language: Language,
                                                                            value: float) -> None:
    assert ("counting_irregularity", "share_of_observations_pct", value) in _infractions(text, language)


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("The commonest problems were group voting (14 per cent of polling stations observed) and "
                 "seemingly identical signatures (9 per cent).", "en", id="en"),
    pytest.param("Чаще всего отмечались групповое голосование (14% наблюдавшихся участков) и одинаковые подписи "
                 "(9%).", "ru", id="ru"),
])
def test_a_share_in_brackets_takes_the_base_of_the_one_before(text: str, language: Language) -> None:
    assert _infractions(text, language) == {("group_voting", "share_of_observations_pct", 14.0),
                                            ("identical_signatures", "share_of_observations_pct", 9.0)}


def test_kazakh_every_fourth_of_them_is_a_quarter_of_the_sample() -> None:
    found = _infractions("Дауыстарды санау бақыланған 96 учаскенің әрбір төртіншісінде теріс бағаланды.", "kk")
    assert found == {("counting_irregularity", "share_of_observations_pct", 25.0)}


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("Observers saw people voting with someone else's passport in 7 polling stations.", "en", id="en"),
    pytest.param("Наблюдатели видели, как голосовали по чужим паспортам на 7 участках.", "ru", id="ru"),
])
def test_a_vote_on_another_persons_papers_is_impersonation(text: str, language: Language) -> None:
    assert _infractions(text, language) == {("voter_impersonation", "polling_stations", 7.0)}


def test_interference_with_observers_is_obstruction_and_they_do_not_report_it() -> None:
    _, infractions = read("Interference with the work of citizen observers was reported from 19 polling stations.")
    assert [(i.category, i.measure, i.value, i.reported_by) for i in infractions] == [
        ("observer_obstruction", "polling_stations", 19.0, "ODIHR")]


def test_the_observers_telling_of_interference_themselves_report_it() -> None:
    _, infractions = read("Citizen observers reported obstruction of their work in 19 polling stations.")
    assert [(i.category, i.reported_by) for i in infractions] == [
        ("observer_obstruction", "civil society organisations")]


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("In 31 polling stations they found what looked like the same signatures on the voter lists.", "en",
                 id="en-the-same"),
    pytest.param("31 учаскеде сайлаушылар тізімінде бірдей болып көрінетін қолдар тіркелді.", "kk",
                 id="kk-seemingly-identical"),
])
def test_the_same_signatures_on_the_lists(text: str, language: Language) -> None:
    assert _infractions(text, language) == {("identical_signatures", "polling_stations", 31.0)}


def test_administrative_proceedings_opened_on_a_part_of_the_violations() -> None:
    found = _infractions("Прокуратура выявила 18 нарушений, по 11 из них возбуждены административные производства.",
                         "ru")
    assert found == {("mixed", "violations", 18.0), ("mixed", "administrative_cases", 11.0)}


def test_administrative_proceedings_are_administrative_cases() -> None:
    assert _infractions("Возбуждено 9 административных производств за нарушения на выборах.", "ru") == {
        ("mixed", "administrative_cases", 9.0)}


def test_an_american_date_before_a_comma_dates_the_detentions() -> None:
    detentions, _ = read("About 300 people were detained on Sunday, June 9, in several cities.")
    assert [(d.detained_min, d.date_from) for d in detentions] == [(300, dt.date(2019, 6, 9))]


def test_people_dragged_into_buses_are_detained() -> None:
    detentions, _ = read("Our correspondent saw police drag at least 40 protesters into buses near the square.")
    assert [(d.detained_min, d.subject) for d in detentions] == [(40, "protesters")]


def test_a_group_of_citizen_observers_is_civil_society() -> None:
    _, infractions = read("Одна из групп гражданских наблюдателей получила 52 сообщения о нарушениях.", language="ru")
    assert [(i.measure, i.value, i.reported_by) for i in infractions] == [
        ("reports", 52.0, "civil society organisations")]


def test_police_encircling_protesters_are_no_source_of_the_count_told_after() -> None:
    detentions, _ = read("Police encircled the crowd for hours, and the Ministry of Internal Affairs stated that 44 "
                         "persons were detained.")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(44, "Ministry of Internal Affairs")]


def test_a_further_group_after_a_takzhe_is_detained_too() -> None:
    detentions, _ = read("В Шымкенте были задержаны не менее 4 журналистов, а также трое гражданских наблюдателей.",
                         language="ru")
    assert [(d.detained_min, d.subject) for d in detentions] == [(4, "journalists"), (3, "observers")]


def test_officials_are_no_modal_of_the_cases_against_them() -> None:
    # "должностных" opens like the modal "должны": the cases against officials stand
    _, infractions = read("Прокуратура возбудила 6 административных дел в отношении должностных лиц акиматов за "
                          "незаконную агитацию.", language="ru")
    assert [(i.category, i.measure, i.value) for i in infractions] == [
        ("illegal_campaigning", "administrative_cases", 6.0)]


def test_the_prosecutors_who_reviewed_the_appeals_report_them() -> None:
    _, infractions = read("Органы прокуратуры рассмотрели 23 обращения о нарушениях в ходе агитации.", language="ru")
    assert [i.reported_by for i in infractions] == ["Prosecutor General's Office"]


def test_kazakh_people_put_into_buses_by_a_correspondent_of_an_outlet() -> None:
    detentions, _ = read("«Таңшолпан» тілшісінің айтуынша, алаңда полиция кемінде 35 адамды автобустарға отырғызып "
                         "әкеткен.", language="kk")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(35, "Таңшолпан")]


def test_pressure_on_hyphenated_groups_of_voters() -> None:
    assert _infractions("Observers reported pressure on public-sector employees to attend campaign events.") == {
        ("pressure_on_voters", "observed", None)}


def test_a_paragraph_counting_its_own_complaints_names_no_source_for_the_paragraph_before() -> None:
    detentions, _ = read("In Taraz on 3 April, two citizen observers were detained by police.",
                         "According to the CEC, it received 41 complaints and dismissed all of them.")
    assert [d.reported_by for d in detentions] == ["ODIHR"]


def test_people_held_administratively_liable_are_sanctioned_not_detained() -> None:
    detentions, infractions = read("According to the Prosecutor General's Office, 64 persons were held "
                                   "administratively liable for violations of the election legislation.")
    assert detentions == []
    assert [(i.measure, i.value) for i in infractions] == [("persons_sanctioned", 64.0)]


def test_kazakh_assessment_around_a_sample_of_stations() -> None:
    found = _infractions("Дауыстарды санау бақыланған 120 учаскенің 30-ында теріс бағаланды.", "kk")
    assert found == {("counting_irregularity", "polling_stations", 30.0)}  # of the 120 observed, its base


def test_kazakh_cases_opened_on_a_part_of_the_violations() -> None:
    found = _infractions("Прокуратура 31 заңбұзушылық анықтап, оның 12-сі бойынша әкімшілік іс қозғалды.", "kk")
    assert ("mixed", "administrative_cases", 12.0) in found and ("mixed", "violations", 31.0) in found


def test_a_share_in_brackets_after_a_preposition() -> None:
    found = _infractions("Чаще всего встречались идентичные подписи (на 16 процентах участков) и групповое голосование "
                         "(на 7 процентах).", "ru")
    assert found == {("identical_signatures", "share_of_observations_pct", 16.0),
                     ("group_voting", "share_of_observations_pct", 7.0)}


def test_a_part_of_the_detained_after_where_and_when() -> None:
    detentions, _ = read("Police detained 130 people in Almaty on 12 June alone, among them at least five journalists.")
    assert [(d.detained_min, d.subject) for d in detentions] == [(130, "people"), (5, "journalists")]


def test_the_group_that_said_it_is_the_organisation_named_before() -> None:
    detentions, _ = read("Amnesty International said on Friday that all detainees must be freed. Police had detained "
                         "60 protesters in Astana on 10 June, the group said.")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(60, "Amnesty International")]


def test_violations_counted_including_kinds_are_findings_of_those_kinds() -> None:
    _, infractions = read("Citizen observers reported 812 violations, including group voting and pressure on "
                          "students to vote.")
    assert {(i.category, i.measure, i.value) for i in infractions} == {
        ("mixed", "violations", 812.0), ("group_voting", "observed", None), ("pressure_on_voters", "observed", None)}


def test_another_sources_finding_after_a_count_gives_the_count_no_kind() -> None:
    _, infractions = read("Генпрокуратура выявила 73 нарушения.",
                          "Кроме того, правозащитники сообщили о давлении на работников бюджетной сферы.",
                          language="ru")
    assert {(i.category, i.measure, i.reported_by) for i in infractions} == {
        ("mixed", "violations", "Prosecutor General's Office"),
        ("pressure_on_voters", "observed", "civil society organisations")}


def test_observers_telling_they_were_kept_from_observing() -> None:
    _, infractions = read("Several citizen observers told the mission that they had been prevented from observing "
                          "the count.")
    assert [(i.category, i.reported_by) for i in infractions] == [
        ("observer_obstruction", "civil society organisations")]
