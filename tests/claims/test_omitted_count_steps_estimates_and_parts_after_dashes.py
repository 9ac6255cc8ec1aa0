"""Shapes a second held-out batch used: steps of the count left out (their negation their own), figures altered,
a list item's mark before its stations, protocol copies refused in a share of the commissions visited, station
counts in words, the people sanctioned with a part named in apposition, a bracketed aside's negation, a share that
closes a list after "as well as", a later source in a sentence led by another, another source's estimate of the
same detentions, people taken from a polling station to the police, parts of a count after dashes, and the Kazakh
"one of three".

Every sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import finding_rows as _rows
from .documents import read


@pytest.mark.parametrize(("text", "language", "row"), [
    pytest.param("In 17 polling stations unused ballots were not cancelled before the count.", "en",
                 ("counting_irregularity", "polling_stations", 17.0), id="en-not-cancelled"),
    pytest.param("In 31 of the 140 counts followed, observers reported that the results protocol was not completed "
                 "in their presence.", "en", ("counting_irregularity", "polling_stations", 31.0),
                 id="en-protocol-not-completed"),
    pytest.param("Observers reported that ballots were not counted one by one in 44 per cent of counts observed.", "en",
                 ("counting_irregularity", "share_of_observations_pct", 44.0), id="en-not-one-by-one"),
    pytest.param("На 17 участках неиспользованные бюллетени не были погашены до начала подсчёта.", "ru",
                 ("counting_irregularity", "polling_stations", 17.0), id="ru-ne-pogasheny"),
    pytest.param("In at least 6 polling stations figures were altered after the protocol had been signed.", "en",
                 ("counting_irregularity", "polling_stations", 6.0), id="en-figures-altered"),
])
def test_a_step_of_the_count_left_out_is_a_finding(text: str, language: Language, row: tuple[object, ...]) -> None:
    assert row in _rows(text, language)


def test_a_list_items_mark_before_its_stations() -> None:
    found = _rows("Observers reported that: (a) protocols had been signed in advance, in 4 polling stations; and (b) "
                  "in 9 polling stations, observers were asked to leave the premises.")
    assert found == {("counting_irregularity", "polling_stations", 4.0), ("observer_obstruction", "polling_stations",
                                                                          9.0)}


def test_copies_of_protocols_refused_in_a_part_of_the_commissions_visited() -> None:
    found = _rows("Observers were refused copies of the results protocols in 18 of the 72 TECs visited.")
    assert found == {("observer_obstruction", "polling_stations", 18.0)}  # the commissions as written, base 72


def test_station_counts_in_words_said_once_for_a_list() -> None:
    found = _rows("Ballot box stuffing was witnessed in four polling stations and voter impersonation in two.")
    assert found == {("ballot_box_stuffing", "polling_stations", 4.0), ("voter_impersonation", "polling_stations",
                                                                         2.0)}


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("The prosecutors said that 19 persons, including 5 school directors, had been fined for violating "
                 "campaign rules.", "en", id="en"),
    pytest.param("По данным прокуратуры, 19 человек, в том числе 5 директоров школ, оштрафованы за незаконную "
                 "агитацию.", "ru", id="ru"),
])
def test_the_people_sanctioned_are_the_whole_count_not_the_part_in_apposition(text: str, language: Language) -> None:
    _, infractions = read(text, language=language)
    assert [(i.category, i.measure, i.value) for i in infractions] == [
        ("illegal_campaigning", "persons_sanctioned", 19.0)]


def test_a_negation_inside_a_bracketed_aside_stays_there() -> None:
    found = _rows("The mission received copies of more than 80 complaints (the law does not oblige commissions to "
                  "register them) about the conduct of the count.")
    assert {(c, m) for c, m, _ in found} == {("mixed", "complaints")}


def test_a_share_after_as_well_as_is_the_last_items() -> None:
    found = _rows("Observers noted cases of ballot box stuffing and of multiple voting, as well as indications of "
                  "group voting in 11 per cent of polling stations observed.")
    assert ("group_voting", "share_of_observations_pct", 11.0) in found
    assert ("ballot_box_stuffing", "observed", None) in found


def test_the_ability_to_observe_restricted() -> None:
    assert _rows("In 9 per cent of polling stations observed, the observers' ability to observe was restricted.") == {
        ("observer_obstruction", "share_of_observations_pct", 9.0)}


def test_a_later_source_telling_its_own_figure_in_a_sentence_led_by_another() -> None:
    _, infractions = read("According to the CEC, it received some 140 complaints, and the Ministry of Internal Affairs "
                          "informed the mission of 5 criminal cases.")
    assert [(i.measure, i.reported_by) for i in infractions] == [
        ("complaints", "CEC"), ("criminal_cases", "Ministry of Internal Affairs")]


def test_another_sources_estimate_of_the_same_detentions() -> None:
    detentions, _ = read("According to the police, 41 persons were detained, while human rights defenders put the "
                         "number at over 120.")
    assert [(d.detained_min, d.qualifier, d.reported_by) for d in detentions] == [
        (41, "exact", "police"), (120, "more than", "civil society organisations")]


def test_people_taken_from_a_polling_station_to_the_police() -> None:
    detentions, _ = read("Three citizen observers were taken from polling stations in Taraz to police stations.")
    assert [(d.detained_min, d.subject) for d in detentions] == [(3, "observers")]


@pytest.mark.parametrize(("text", "rows"), [
    pytest.param("Прокуратура зафиксировала 13 нарушений: восемь из них — незаконная агитация, еще пять — выдача "
                 "бюллетеней для голосования за других лиц.",
                 {("mixed", "violations", 13.0), ("illegal_campaigning", "violations", 8.0),
                  ("multiple_ballots_issued", "violations", 5.0)}, id="ru-parts-after-dashes"),
    pytest.param("По фактам незаконной агитации возбуждено 9 административных дел, по фактам голосования за других "
                 "лиц — еще три.", {("illegal_campaigning", "administrative_cases", 9.0),
                                    ("voter_impersonation", "administrative_cases", 3.0)}, id="ru-eshche-after-dash"),
])
def test_parts_of_a_count_after_dashes(text: str, rows: set[tuple[object, ...]]) -> None:
    assert _rows(text, "ru") == rows


def test_kazakh_one_of_three() -> None:
    assert _rows("Дауыс санау байқалған учаскелердің үштен бірінде теріс бағаланды.", "kk") == {
        ("counting_irregularity", "share_of_observations_pct", 33.3)}


KIBHR = "Kazakhstan International Bureau for Human Rights"  # one organisation: named, not "civil society"


@pytest.mark.parametrize(("text", "language", "reporter"), [
    pytest.param("In the capital, dozens of people were detained near the station, the Kazakhstan International "
                 "Bureau for Human Rights said in a statement late on Sunday.", "en", KIBHR,
                 id="en-bureau-for-human-rights"),
    pytest.param("Ранее Казахстанское международное бюро по правам человека сообщало, что в Таразе задержаны около 25 "
                 "сторонников движения.", "ru", KIBHR, id="ru-soobshchalo-earlier"),
    pytest.param("Адам құқықтары мен заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросының хабарлауынша, "
                 "Таразда үш белсенді ұсталды.", "kk", KIBHR, id="kk-law-inside-the-name"),
])
def test_a_human_rights_bureau_by_its_long_name(text: str, language: Language, reporter: str) -> None:
    detentions, _ = read(text, language=language)
    assert [d.reported_by for d in detentions] == [reporter]


def test_a_kazakh_quoted_body_opening_a_sentence_that_ends_on_its_verb() -> None:
    _, infractions = read("«Ашық сайлау» байқаушылар қозғалысы бақыланған учаскелердің 35 пайызында заң бұзушылық "
                          "тіркелгенін мәлімдеді.", language="kk")
    assert [(i.measure, i.value, i.reported_by) for i in infractions] == [
        ("share_of_observations_pct", 35.0, "Ашық сайлау")]


def test_violations_ranging_from_one_kind_to_another_are_findings_of_both() -> None:
    assert _rows("The party said its observers had recorded more than 300 violations, ranging from pressure on "
                 "students to ballot box stuffing.") == {
        ("mixed", "violations", 300.0), ("pressure_on_voters", "observed", None),
        ("ballot_box_stuffing", "observed", None)}


def test_the_group_that_found_it_is_the_organisation_named_before() -> None:
    detentions, _ = read("Amnesty International said on Monday that the rally had been peaceful. The group found that "
                         "police detained at least 12 of those who had gathered.")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(12, "Amnesty International")]


@pytest.mark.parametrize(("text", "language", "row"), [
    pytest.param("In 22 polling stations commission members were seen instructing voters how to vote.", "en",
                 ("pressure_on_voters", "polling_stations", 22.0), id="en-instructing"),
    pytest.param("The ministry said that 19 administrative offences had been registered for the placement of campaign "
                 "materials in places not designated by the akimats.", "en",
                 ("illegal_campaigning", "administrative_offences", 19.0), id="en-places-not-designated"),
    pytest.param("Выявлено 40 нарушений, в том числе 16 – размещение агитационных материалов вне отведённых мест.",
                 "ru", ("illegal_campaigning", "violations", 16.0), id="ru-part-after-v-tom-chisle"),
])
def test_more_finding_forms(text: str, language: Language, row: tuple[object, ...]) -> None:
    assert row in _rows(text, language)


def test_people_sanctioned_after_a_sentence_counting_electoral_violations() -> None:
    _, infractions = read("Прокуратура выявила 44 нарушения избирательного законодательства. К административной "
                          "ответственности, по её данным, привлечены 9 лиц.", language="ru")
    assert ("persons_sanctioned", 9.0) in {(i.measure, i.value) for i in infractions}
