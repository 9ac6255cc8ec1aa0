"""Sentences of ours: the count's own noun opens its kind ("31 violations of campaign rules, most of them …"), cases
"for campaigning" or "связанных с агитацией" are of illegal campaigning, and a sanction told right after cases of
one kind is of that kind ("Виновные оштрафованы", "In these cases, courts fined nine persons")."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import infraction_values


@pytest.mark.parametrize(("text", "language", "row"), [
    ("The Prosecutor General's Office registered 31 violations of campaign rules, most of them relating to campaign "
     "materials placed in prohibited locations.", "en", ("illegal_campaigning", "violations", 31, None)),
    ("Prosecutors opened 11 administrative cases for campaigning in violation of the rules.", "en",
     ("illegal_campaigning", "administrative_cases", 11, None)),
    ("Генеральная прокуратура выявила 23 нарушения порядка проведения предвыборной агитации.", "ru",
     ("illegal_campaigning", "violations", 23, None)),
    ("По данным Генеральной прокуратуры, возбуждено 7 дел об административных правонарушениях, связанных с "
     "агитацией.", "ru", ("illegal_campaigning", "administrative_cases", 7, None)),
])
def test_the_count_noun_opens_its_kind(text: str, language: Language, row: tuple) -> None:
    assert infraction_values(text, language=language) == [row]


def test_most_of_them_about_a_kind_still_makes_the_whole_mixed() -> None:
    assert infraction_values("The CEC received 97 complaints, most of them about ballot box stuffing.") == [
        ("mixed", "complaints", 97, None)]


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Генеральная прокуратура проинформировала миссию о трех административных делах за незаконную агитацию. "
     "Виновные – трое граждан – оштрафованы на суммы от 15 до 30 МРП.", "ru", "illegal_campaigning"),
    ("Генеральная прокуратура сообщила о шести административных делах в связи с выдачей нескольких бюллетеней одному "
     "избирателю. По итогам их рассмотрения четверо членов участковых комиссий были оштрафованы.", "ru",
     "multiple_ballots_issued"),
    ("The Prosecutor General's Office registered 31 violations of campaign rules. In these cases, it said, courts had "
     "fined nine persons.", "en", "illegal_campaigning"),
    ("Бас прокуратураның мәліметінше, үгіт жүргізу тәртібін бұзғаны үшін 14 әкімшілік іс қозғалды. Сот шешімімен 8 "
     "адамға айыппұл салынды.", "kk", "illegal_campaigning"),
])
def test_a_sanction_after_cases_of_one_kind_is_of_that_kind(text: str, language: Language, kind: str) -> None:
    sanctioned = [row for row in infraction_values(text, language=language) if row[1] == "persons_sanctioned"]
    assert [row[0] for row in sanctioned] == [kind]


def test_a_sanction_after_a_protest_stays_out() -> None:
    text = ("Police detained 40 protesters in Almaty. Courts later fined 12 of them for taking part in an unsanctioned "
            "rally.")
    assert [row for row in infraction_values(text) if row[1] == "persons_sanctioned"] == []


def test_materials_without_the_imprint_are_illegal_campaigning() -> None:
    assert infraction_values("Суд оштрафовал двух членов штаба за распространение агитационных материалов без "
                             "выходных данных.", language="ru") == [("illegal_campaigning", "persons_sanctioned", 2,
                                                                     None)]


def test_kazakh_kinds_in_the_genitive_before_their_counts() -> None:
    rows = infraction_values("Коалиция 132 бұзушылық тіркеді. Олардың ішінде бюллетень салудың 41 жағдайы, бір "
                             "сайлаушыға бірнеше бюллетень берудің 27 жағдайы және бақылаушыларға кедергі келтірудің "
                             "64 жағдайы бар.", language="kk")
    kinds = {value: category for category, _, value, _ in rows if value in (41, 27, 64)}
    assert kinds == {41: "ballot_box_stuffing", 27: "multiple_ballots_issued", 64: "observer_obstruction"}


def test_campaigning_held_where_it_may_not_be() -> None:
    rows = infraction_values("Коалиция зафиксировала 52 нарушения. Среди них – 19 случаев принуждения работников "
                             "бюджетной сферы к участию в мероприятиях и 8 случаев агитации в неустановленных местах.",
                             language="ru")
    assert ("illegal_campaigning", "violations", 8, None) in rows
