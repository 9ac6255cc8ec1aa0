"""Sanctions and subsets worded around their count: the sanctioned people described by a participle between commas
("Семь членов комиссий, выдававших ..., оштрафованы"), the object after a fronted verb ("к ответственности
привлечены 5 членов УИК"), "административных нарушений" as administrative offences, and a part of a count said of
it as one whole ("оның 12-сі", "из которых 8").

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _rows(paragraph: str, language: str = "ru") -> list[tuple[object, ...]]:
    _, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    return sorted(((c.category, c.measure, c.value) for c in infractions), key=str)


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Шесть членов участковых комиссий, выдававших избирателям бюллетени для голосования за других лиц, "
            "привлечены к административной ответственности.",
            "ru",
            [("multiple_ballots_issued", "persons_sanctioned", 6.0)],
            id="ru-participle-apposition",
        ),
        pytest.param(
            "К ответственности привлечены 5 членов УИК за выдачу нескольких бюллетеней одному избирателю.",
            "ru",
            [("multiple_ballots_issued", "persons_sanctioned", 5.0)],
            id="ru-fronted-verb",
        ),
        pytest.param(
            "В день голосования прокуроры установили 27 административных нарушений.",
            "ru",
            [("mixed", "administrative_offences", 27.0)],
            id="ru-administrative-violations",
        ),
        pytest.param(
            "Прокуратура выявила 14 нарушений, из которых 6 касались незаконной агитации.",
            "ru",
            [("illegal_campaigning", "violations", 6.0), ("mixed", "violations", 14.0)],
            id="ru-iz-kotoryh",
        ),
        pytest.param(
            "Прокуратура сайлау заңнамасын бұзудың 9 фактісін анықтады, оның 4-і басқа адамның орнына дауыс беруге "
            "қатысты.",
            "kk",
            [("mixed", "violations", 9.0), ("voter_impersonation", "violations", 4.0)],
            id="kk-onyn-part",
        ),
    ],
)
def test_sanctions_and_parts_around_their_count(paragraph: str, language: str, expected: list) -> None:
    assert _rows(paragraph, language) == expected


def test_a_participle_about_a_protest_is_no_electoral_sanction() -> None:
    paragraph = "Двенадцать участников акции, вышедших на площадь без разрешения, оштрафованы."
    assert _rows(paragraph) == []


@pytest.mark.parametrize(
    ("sentence", "language", "value"),
    [
        ("The chairwoman and two members of PEC No. 5 were fined for ballot box stuffing.", "en", 3.0),
        ("Председатель и два члена участковой комиссии оштрафованы за вброс бюллетеней.", "ru", 3.0),
        ("Two members of PEC No. 5 were fined for ballot box stuffing.", "en", 2.0),
    ],
)
def test_a_role_joined_to_the_count_is_one_more_person(sentence: str, language: str, value: float) -> None:
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.measure, c.value) for c in infractions] == [("persons_sanctioned", value)]


# The violations fronted as the sanction's ground ("По выявленным нарушениям 12 человек привлечены …"): the people
# were sanctioned for the vote's violations; an offence against public order is no electoral infraction.
FRONTED_GROUNDS = [
    ("ru", "По выявленным нарушениям 12 человек привлечены к административной ответственности.", 12.0),
    ("en", "For the violations found, 12 people were fined.", 12.0),
    ("kk", "Анықталған бұзушылықтар бойынша 12 адам әкімшілік жауапкершілікке тартылды.", 12.0),
    ("ru", "За нарушения общественного порядка 12 человек привлечены к административной ответственности.", None),
    ("en", "For breaches of public order, 12 people were fined.", None),
    ("kk", "Қоғамдық тәртіпті бұзғаны үшін 12 адам айыппұл төледі.", None),
]


@pytest.mark.parametrize(("language", "paragraph", "sanctioned"), FRONTED_GROUNDS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(FRONTED_GROUNDS)])
def test_violations_fronted_as_the_ground_make_the_people_sanctioned(language: str, paragraph: str,
                                                                      sanctioned: float | None) -> None:
    rows = _rows(paragraph, language)
    assert rows == ([("mixed", "persons_sanctioned", sanctioned)] if sanctioned else [])


@pytest.mark.parametrize(("paragraph", "language"), [
    ("The prosecutor said that 2 persons had been convicted of vote-buying.", "en"),
    ("За подкуп избирателей осуждены 2 жителя района.", "ru"),
    ("Сайлаушыларды сатып алғаны үшін 2 адам сотталды.", "kk"),
], ids=["en", "ru", "kk"])
def test_people_convicted_of_an_electoral_offence_are_sanctioned(paragraph: str, language: str) -> None:
    assert _rows(paragraph, language) == [("other", "persons_sanctioned", 2)]
    assert read(paragraph, language=language)[0] == []  # a conviction is no detention  # type: ignore[arg-type]
