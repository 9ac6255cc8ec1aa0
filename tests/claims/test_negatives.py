"""No false figures: numbers that no detention or infraction word governs never become claims."""

from __future__ import annotations

import pytest

from .documents import read

FALSE_FIGURES = [
    "Some 300 short-term observers from 39 countries were deployed.",
    "The mission consisted of a core team of 11 experts in Nur-Sultan and 24 long-term observers in the regions.",
    "The Central Election Commission (CEC) has seven members and oversees 9,968 precinct election commissions.",
    "The election was administered by the CEC, 17 territorial election commissions of regional level and 9,968 "
    "precinct election commissions, including 64 abroad.",
    "The election law was last amended in 2017; the 1990 OSCE Copenhagen Document sets the commitments.",
    "677 of them were sentenced to administrative arrest and 305 were fined.",
    "Six parties contested 98 seats under a proportional system with a 7 per cent threshold.",
    "Seven candidates stood, among them for the first time a woman.",
    "The mission observed opening, voting and counting in all 17 regions.",
    "Article 54 of the Election Law provides for 15 days of administrative arrest.",
    "The law allows police to detain people for up to 72 hours.",
    "Observers could be detained if they photographed the protocols.",
    "No journalists were detained.",
    "The mission published 3 interim reports.",
    "A total of 11,960,364 voters were included in the voter lists; 9,274,110 of them, or 77.50%, took part.",
    "Kassym-Jomart Tokayev (Nur Otan) – 6,539,715 votes (70.96%);",
    "The mission was not informed of any cases of ballot box stuffing.",
    "Statement of the Minister of Internal Affairs to the Mazhilis, 13 June 2019.",
    "In 2019 the law on peaceful assemblies was amended twice.",
    "Half a million votes for an opposition candidate must move the authorities.",
    "The CEC accredited 1,200 international observers and 300 journalists.",
]

FALSE_FIGURES_RU_KK = [
    "В списки избирателей было включено 11 960 364 избирателя.",
    "Недействительными признаны 57 700 бюллетеней.",
    "по состоянию на 20 часов избирательные бюллетени получили 77,4% общего количества избирателей.",
    "В соответствии со статьей 69 Конституционного закона избранным Президентом признан Токаев.",
    "9 июня 2019 года в 7 часов по местному времени открылись избирательные участки.",
    "Фактов массовых нарушений, которые могли бы повлиять на итоги голосования, не установлено.",
    "Никто не был задержан.",
    "Голосование продлится до 20 часов.",
    "Сайлаушылар тізіміне 11 960 364 сайлаушы енгізілді.",
]


@pytest.mark.parametrize("sentence", FALSE_FIGURES)
def test_english_false_figures(sentence: str) -> None:
    assert read(sentence) == ([], [])


# A share of observations said without its figure is no claim (the reference's 2016 report loads no infraction);
# the same finding with a figure, or seen as "cases of", is one.
UNQUANTIFIED_SHARES = [
    ("en", "Voting was calm; the mission noted procedural problems during counting and tabulation in a significant "
           "number of observations."),
    ("en", "The count was assessed negatively in a considerable number of observations."),
    ("en", "Observers reported procedural errors during tabulation in many of the polling stations visited."),
    ("ru", "Наблюдатели отметили процедурные нарушения при подсчёте голосов в значительном числе наблюдений."),
    ("ru", "Ошибки при подсчёте бюллетеней отмечены в ряде посещённых участков."),
    ("kk", "Байқаушылар бақыланған учаскелердің едәуір бөлігінде санау кезіндегі кемшіліктерді атап өтті."),
]


@pytest.mark.parametrize(("language", "sentence"), UNQUANTIFIED_SHARES, ids=[f"{lang}-{i}" for i, (lang, _) in
                                                                            enumerate(UNQUANTIFIED_SHARES)])
def test_a_share_of_observations_without_its_figure_is_no_claim(language: str, sentence: str) -> None:
    assert read(sentence, language=language) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mission noted procedural problems during counting in 14 per cent of observations.",
         ("counting_irregularity", "share_of_observations_pct", 14.0)),
        ("Cases of ballot box stuffing were noted in a number of observations.",
         ("ballot_box_stuffing", "observed", None)),
        ("Procedural errors were noted during the count.", ("counting_irregularity", "observed", None)),
    ],
    ids=["with-its-figure", "cases-of", "no-share-said"],
)
def test_the_same_finding_with_a_figure_or_as_cases_is_a_claim(sentence: str, expected: tuple[object, ...]) -> None:
    _, infractions = read(sentence)
    assert [(c.category, c.measure, c.value) for c in infractions] == [expected]


@pytest.mark.parametrize("sentence", FALSE_FIGURES_RU_KK)
def test_russian_and_kazakh_false_figures(sentence: str) -> None:
    assert read(sentence, publisher="cec", language="ru") == ([], [])


def test_a_year_is_never_the_count_of_a_detention() -> None:
    detentions, _ = read("In 2019 protesters were detained.")
    assert [(c.detained_min, c.detained_max, c.qualifier, c.subject) for c in detentions] == [
        (None, None, "uncounted", "protesters")
    ]


def test_sanctions_are_not_detentions_but_the_detention_is() -> None:
    detentions, _ = read(
        "According to the Minister of Internal Affairs, approximately 4,000 people were detained between 9 and 13 "
        "June across the country; 677 of them were sentenced to administrative arrest and 305 were fined."
    )
    assert [(c.detained_min, c.detained_max) for c in detentions] == [(4000, 4000)]


def test_footnote_numbers_are_not_claims() -> None:
    from sources.claims import extract_claims
    from sources.records import TextBlock

    from .documents import context

    blocks = [
        TextBlock("4 Statement of the Minister of Internal Affairs to the Mazhilis, 13 June 2019.", 3, "footnote", 4),
        TextBlock("I. EXECUTIVE SUMMARY 4", 3, "heading"),
        TextBlock("IV. ELECTION DAY ........ 5", 2, "table_row"),
    ]
    assert extract_claims(blocks, context()) == ([], [])
