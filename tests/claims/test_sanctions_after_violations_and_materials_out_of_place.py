"""People sanctioned after the text told of violations of the election law are persons sanctioned for them, while
protesters' sanctions stay out; campaign materials put where they are not allowed are illegal campaigning (texts
invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "text", "sanctioned"), [
    ("en", "The Prosecutor General's Office registered 64 violations of election legislation. According to its "
           "spokesman, 38 people were brought to administrative responsibility and fined.", 38),
    ("ru", "Генпрокуратура выявила 47 нарушений избирательного законодательства. По словам её представителя, "
           "38 человек привлечены к административной ответственности.", 38),
    ("kk", "Сайлау заңнамасын бұзудың 34 дерегі анықталды. Әкімшілік құқық бұзушылық туралы 19 іс қозғалып, 11 "
           "адамға айыппұл салынды.", 11),
], ids=["en-brought-to-responsibility", "ru-privlecheny", "kk-aiyppul-salyndy"])
def test_people_sanctioned_after_election_violations_are_persons_sanctioned(language: str, text: str,
                                                                          sanctioned: int) -> None:
    rows = infraction_values(text, language, publisher="cec")
    assert ("mixed", "persons_sanctioned", sanctioned, None) in rows, rows


def test_protesters_fined_after_a_rally_are_no_electoral_sanction() -> None:
    text = ("Police detained 120 protesters in Almaty on election day. Of them, 38 people were fined for taking part "
            "in an unauthorised rally.")
    assert [r for r in infraction_values(text) if r[1] == "persons_sanctioned"] == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The office registered 64 violations; 30 of them concerned campaign materials posted in prohibited places."),
    ("ru", "Прокуратура выявила 64 нарушения, 30 из них связаны с размещением агитационных материалов в "
           "неустановленных местах."),
    ("kk", "Сайлау заңнамасын бұзудың 64 дерегі анықталды. Оның 30-ы үгіт материалдарын рұқсат етілмеген жерлерге "
           "орналастыруға қатысты."),
], ids=["en-posted-in-prohibited-places", "ru-neustanovlennyh-mestah", "kk-ruqsat-etilmegen-zherlerge"])
def test_campaign_materials_out_of_place_are_illegal_campaigning(language: str, text: str) -> None:
    assert ("illegal_campaigning", "violations", 30, None) in infraction_values(text, language, publisher="cec")


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Суд оштрафовал председателя одной из участковых комиссий за выдачу нескольких бюллетеней одному "
           "избирателю."),
    ("ru", "Председатель одной из участковых комиссий был оштрафован за выдачу нескольких бюллетеней одному "
           "избирателю."),
    ("en", "A precinct commission chairperson in Pavlodar was fined for issuing several ballots to one voter."),
    ("en", "The court fined a precinct commission chairperson for issuing several ballots to one voter."),
], ids=["ru-oshtrafoval-predsedatelya", "ru-predsedatel-byl-oshtrafovan", "en-a-chairperson-was-fined",
        "en-fined-a-chairperson"])
def test_one_commission_member_sanctioned_is_a_count_of_one(language: str, sentence: str) -> None:
    assert infraction_values(sentence, language) == [("multiple_ballots_issued", "persons_sanctioned", 1, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Prosecutors had opened 17 administrative cases for campaigning outside the legally defined period; in 11 "
           "of them, the persons concerned have already been fined."),
    ("ru", "Прокуроры возбудили 17 административных дел за агитацию в день голосования; по 11 из них виновные уже "
           "оштрафованы."),
], ids=["en-in-11-of-them-fined", "ru-po-11-iz-nih-oshtrafovany"])
def test_people_sanctioned_in_a_part_of_the_cases_are_of_the_cases_kind(language: str, text: str) -> None:
    rows = infraction_values(text, language)
    assert ("illegal_campaigning", "persons_sanctioned", 11, None) in rows, rows
    assert ("illegal_campaigning", "administrative_cases", 17, None) in rows, rows


def test_protesters_fined_of_those_detained_stay_out() -> None:
    assert infraction_values("Police detained 120 protesters. Of them, 38 were fined.") == []
