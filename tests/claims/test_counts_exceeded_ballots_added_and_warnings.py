"""One number over another is a discrepancy, ballots added to the box are stuffing, observers told to leave in the
third person, and warnings given in the dative with a collective number (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "In 9 polling stations the number of ballots found in the box exceeded the number of signatures on "
           "the list.",
     [("counting_irregularity", "polling_stations", 9, None)]),
    ("ru", "На 9 участках количество бюллетеней в урне превышало число подписей в списках.",
     [("counting_irregularity", "polling_stations", 9, None)]),
    ("en", "Observers documented ballots being added to the box after the close of polls in at least 4 polling "
           "stations.", [("ballot_box_stuffing", "polling_stations", 4, None)]),
    ("en", "In 6 polling stations they were asked to leave before the protocol was signed.",
     [("observer_obstruction", "polling_stations", 6, None)]),
], ids=["en-number-exceeded", "ru-kolichestvo-prevyshalo", "en-ballots-added-to-the-box", "en-they-asked-to-leave"])
def test_findings_in_more_words(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language) == rows


def test_warnings_given_in_the_dative() -> None:
    text = ("По 5 жалобам на препятствование работе наблюдателей нарушения подтвердились: пятерым председателям "
            "участковых комиссий вынесены предупреждения.")
    assert infraction_values(text, "ru", publisher="cec") == [
        ("observer_obstruction", "persons_sanctioned", 5, None), ("observer_obstruction", "complaints", 5, None)]


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "The Commission registered 34 complaints, 12 of which concerned campaigning on the day of the referendum "
           "and 7 the obstruction of observers' work.",
     [("mixed", "complaints", 34, None), ("illegal_campaigning", "complaints", 12, None),
      ("observer_obstruction", "complaints", 7, None)]),
    ("en", "The Commission registered 34 complaints, 12 of which concerned illegal campaigning and 7 were rejected.",
     [("mixed", "complaints", 34, None), ("illegal_campaigning", "complaints", 12, None)]),
    ("ru", "Комиссия зарегистрировала 34 жалобы, из которых 12 касались незаконной агитации, а 7 воспрепятствования "
           "работе наблюдателей.",
     [("mixed", "complaints", 34, None), ("illegal_campaigning", "complaints", 12, None),
      ("observer_obstruction", "complaints", 7, None)]),
], ids=["en-and-7-the-obstruction", "en-and-7-were-rejected", "ru-a-7-vosprepyatstvovaniya"])
def test_parts_whose_verb_is_said_once(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language, publisher="cec") == rows


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "According to the Prosecutor General's Office, 17 administrative cases related to breaches of electoral "
           "legislation were initiated during the campaign, including for campaigning outside the official period "
           "and for the unauthorised publication of opinion polls.",
     [("mixed", "administrative_cases", 17, None), ("illegal_campaigning", "observed", None, None),
      ("other", "observed", None, None)]),
    ("ru", "По данным прокуратуры, за время кампании возбуждено 12 дел об административных правонарушениях, в том "
           "числе за незаконную агитацию и за незаконную публикацию результатов опросов.",
     [("mixed", "administrative_cases", 12, None), ("illegal_campaigning", "observed", None, None),
      ("other", "observed", None, None)]),
    # one kind "including" is the count's own, as the reference's 2019 report has it
    ("en", "The CEC said it had received 16 reports of violations, including voter impersonation.",
     [("voter_impersonation", "reports", 16, None)]),
], ids=["en-examples-far-after-the-count", "ru-v-tom-chisle-za", "en-one-kind-including"])
def test_kinds_given_as_examples_far_after_their_count(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language) == rows


@pytest.mark.parametrize(("sentence", "rows"), [
    ("На 19 участках результаты, внесённые в протоколы, не совпадали с данными подсчёта.",
     [("counting_irregularity", "polling_stations", 19, None)]),
    ("В 12 процентах наблюдений возможности наблюдателей были ограничены.",
     [("observer_obstruction", "share_of_observations_pct", 12, None)]),
    ("Наблюдатели отметили многочисленные случаи голосования одного избирателя за других членов семьи.",
     [("voter_impersonation", "observed", None, None)]),
], ids=["ru-rezultaty-ne-sovpadali", "ru-vozmozhnosti-ogranicheny", "ru-odnogo-izbiratelya-za-drugih"])
def test_russian_findings_in_more_words(sentence: str, rows: list) -> None:
    assert infraction_values(sentence, "ru") == rows


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "В 12 процентах наблюдений возможности наблюдателей были ограничены, им не давали копии протоколов."),
    ("en", "In 12 per cent of observations observers were restricted, they were not allowed to see the ballots."),
], ids=["ru-im-ne-davali", "en-they-were-not-allowed"])
def test_a_clause_with_a_subject_of_its_own_keeps_its_negation(language: str, sentence: str) -> None:
    assert infraction_values(sentence, language) == [("observer_obstruction", "share_of_observations_pct", 12, None)]
