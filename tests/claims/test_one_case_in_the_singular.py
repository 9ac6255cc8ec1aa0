"""One case named in the singular is a count of one, of the kind its sentence names (sentences invented for these
tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("ru", "По факту вброса бюллетеней на участке № 517 зарегистрировано уголовное дело.",
     [("ballot_box_stuffing", "criminal_cases", 1, None)]),
    ("en", "A criminal case was opened into ballot box stuffing at a polling station in Taraz.",
     [("ballot_box_stuffing", "criminal_cases", 1, None)]),
    ("kk", "Бюллетень салу фактісі бойынша қылмыстық іс тіркелді.",
     [("ballot_box_stuffing", "criminal_cases", 1, None)]),
    ("ru", "По факту незаконной агитации возбуждено дело об административном правонарушении.",
     [("illegal_campaigning", "administrative_cases", 1, None)]),
], ids=["ru-zaregistrirovano-ugolovnoe-delo", "en-a-criminal-case-was-opened", "kk-qylmystyq-is-tirkeldi",
        "ru-delo-ob-ap"])
def test_one_case_in_the_singular_is_a_count_of_one(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language, publisher="cec") == rows


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "No criminal cases have been opened.", []),
    ("ru", "Уголовное дело могло быть возбуждено, если бы факт вброса подтвердился.", []),
    ("ru", "По фактам вбросов бюллетеней возбуждено 2 уголовных дела.",
     [("ballot_box_stuffing", "criminal_cases", 2, None)]),
], ids=["en-none-opened", "ru-hypothetical", "ru-counted-cases-once"])
def test_no_case_said_opened_is_no_count_and_a_counted_one_is_counted_once(language: str, sentence: str,
                                                                         rows: list) -> None:
    assert infraction_values(sentence, language, publisher="cec") == rows
