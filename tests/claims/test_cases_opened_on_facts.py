"""Cases opened on a count of facts count the cases: "По 31 факту возбуждены дела об административных
правонарушениях", "had opened administrative cases in 15 of them", "31 дерек бойынша әкімшілік іс қозғалды"
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("ru", "По 31 факту возбуждены дела об административных правонарушениях.",
     ("mixed", "administrative_cases", 31, None)),
    ("ru", "По 12 фактам незаконной агитации возбуждены административные дела.",
     ("illegal_campaigning", "administrative_cases", 12, None)),
    ("en", "Administrative cases were opened in 24 instances of illegal campaigning.",
     ("illegal_campaigning", "administrative_cases", 24, None)),
    ("kk", "31 дерек бойынша әкімшілік іс қозғалды.", ("mixed", "administrative_cases", 31, None)),
], ids=["ru-po-faktu", "ru-po-faktam-agitacii", "en-cases-opened-in", "kk-derek-boiynsha"])
def test_cases_opened_on_facts_are_cases(language: str, sentence: str, row: tuple) -> None:
    assert infraction_values(sentence, language, publisher="cec") == [row]


def test_the_violations_and_the_cases_opened_on_a_part_of_them() -> None:
    text = ("The Prosecutor General's Office said it had registered 21 violations and had opened administrative cases "
            "in 15 of them.")
    assert infraction_values(text, publisher="cec") == [("mixed", "violations", 21, None),
                                                        ("mixed", "administrative_cases", 15, None)]


def test_facts_with_no_cases_opened_stay_violations() -> None:
    assert infraction_values("По 31 факту нарушений проведены проверки.", "ru", publisher="cec") == [
        ("mixed", "violations", 31, None)]
