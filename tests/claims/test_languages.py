"""Russian and Kazakh wordings (CEC releases), and English phrasings other reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from .documents import detention_row, infraction_row, read

D = dt.date
ELECTION_DAY = (D(2019, 6, 9), D(2019, 6, 9))


def test_cec_release_reports_of_impersonation() -> None:
    _, infractions = read(
        "В день голосования в Центральную избирательную комиссию и территориальные избирательные комиссии поступило "
        "16 сообщений о нарушениях избирательного законодательства, в том числе о фактах голосования за других лиц.",
        publisher="cec",
        language="ru",
        page=None,
    )
    assert [infraction_row(c) for c in infractions] == [("voter_impersonation", "reports", 16, "exact", "CEC")]
    assert infractions[0].evidence.page is None


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("По данным МВД, в день голосования в Нур-Султане и Алматы задержаны около 500 человек.",
         (500, 500, "approximately", "people", "Ministry of Internal Affairs", *ELECTION_DAY, "Нур-Султане и Алматы")),
        ("В ходе несанкционированных акций 10 июня было задержано более 4 тыс. человек.",
         (4000, None, "more than", "protesters", "CEC", D(2019, 6, 10), D(2019, 6, 10), None)),
        ("Полиция задержала десятки участников митинга в Алматы.",
         (20, 99, "tens", "protesters", "CEC", None, None, "Алматы")),
        ("Не менее 13 журналистов были задержаны с 9 по 13 июня.",
         (13, None, "at least", "journalists", "CEC", D(2019, 6, 9), D(2019, 6, 13), None)),
        ("Ішкі істер министрлігінің мәліметінше, шамамен 500 адам ұсталды.",
         (500, 500, "approximately", "people", "Ministry of Internal Affairs", None, None, None)),
        ("Дауыс беру күні 500-ден астам адам ұсталды.",
         (500, None, "more than", "people", "CEC", *ELECTION_DAY, None)),
    ],
    ids=["ru-approx", "ru-more-than", "ru-tens", "ru-at-least", "kk-approx", "kk-more-than"],
)  # fmt: skip
def test_detentions_in_russian_and_kazakh(sentence: str, row: tuple) -> None:
    detentions, _ = read(sentence, publisher="cec", language="ru")
    assert [detention_row(c) for c in detentions] == [row]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Генеральная прокуратура возбудила 18 административных дел, из них 12 касались выдачи одному избирателю "
         "нескольких бюллетеней.",
         [("mixed", "administrative_cases", 18, "exact", "Prosecutor General's Office"),
          ("multiple_ballots_issued", "administrative_cases", 12, "exact", "Prosecutor General's Office")]),
        ("В ЦИК поступило 45 жалоб.", [("mixed", "complaints", 45, "exact", "CEC")]),
        ("Выявлено 3 факта вброса бюллетеней.", [("ballot_box_stuffing", "violations", 3, "exact", "CEC")]),
        ("Дауыс беру күні Орталық сайлау комиссиясына сайлау заңнамасын бұзу туралы 16 хабарлама түсті, оның ішінде "
         "басқа адамдардың орнына дауыс беру фактілері бойынша.",
         [("voter_impersonation", "reports", 16, "exact", "CEC")]),
    ],
    ids=["ru-list", "ru-complaints", "ru-facts-of", "kk-reports"],
)  # fmt: skip
def test_infractions_in_russian_and_kazakh(sentence: str, rows: list[tuple]) -> None:
    _, infractions = read(sentence, publisher="cec", language="ru")
    assert [infraction_row(c) for c in infractions] == rows


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Police detained some 30 protesters in Almaty on 12 June.",
         (30, 30, "approximately", "protesters", "ODIHR", D(2019, 6, 12), D(2019, 6, 12), "Almaty")),
        ("According to media reports, dozens of activists were arrested in Shymkent.",
         (24, 99, "dozens", "activists", "media", None, None, "Shymkent")),
        ("Hundreds of people were detained across the country on election day.",
         (200, 999, "hundreds", "people", "ODIHR", *ELECTION_DAY, "Kazakhstan")),
        ("Between 300 and 500 demonstrators were detained on 9 June, according to human rights defenders.",
         (300, 500, "between", "protesters", "civil society organisations", *ELECTION_DAY, None)),
        ("Seven journalists were briefly detained.",
         (7, 7, "exact", "journalists", "ODIHR", None, None, None)),
        ("The number of detainees reached 1,000.",
         (1000, 1000, "exact", "people", "ODIHR", None, None, None)),
        ("Nearly 500 protesters were detained in both cities.",
         (500, 500, "nearly", "protesters", "ODIHR", None, None, "both cities")),
        ("Mass detentions of peaceful protesters took place in Almaty and Nur-Sultan on election day.",
         (None, None, "in large numbers", "protesters", "ODIHR", *ELECTION_DAY, "Almaty and Nur-Sultan")),
        ("Up to 300 people were held in police custody overnight.",
         (None, 300, "up to", "people", "ODIHR", None, None, None)),
    ],
    ids=["active-verb", "media-dozens", "hundreds", "between", "word-number", "number-of-detainees", "nearly",
         "mass-detentions", "held-in-custody"],
)  # fmt: skip
def test_other_english_detentions(sentence: str, row: tuple) -> None:
    detentions, _ = read(sentence)
    assert [detention_row(c) for c in detentions] == [row]


def test_coordinated_counts_each_become_a_claim() -> None:
    detentions, _ = read("More than 30 people, including 5 journalists, were detained in Nur-Sultan.")
    assert [(c.detained_min, c.qualifier, c.subject, c.location) for c in detentions] == [
        (30, "more than", "people", "Nur-Sultan"),
        (5, "exact", "journalists", "Nur-Sultan"),
    ]


def test_the_following_day_in_the_next_sentence() -> None:
    detentions, _ = read(
        "On 10 June, approximately 200 people were detained in Almaty. The following day, another 100 were detained "
        "in the two cities of Nur-Sultan and Almaty."
    )
    assert [(c.detained_min, c.date_from, c.location) for c in detentions] == [
        (200, D(2019, 6, 10), "Almaty"),
        (100, D(2019, 6, 11), "Nur-Sultan and Almaty"),
    ]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("The CEC received 45 complaints, mostly concerning candidate registration.",
         [("mixed", "complaints", 45, "exact", "CEC")]),
        ("Ballot box stuffing was observed in 15 polling stations.",
         [("ballot_box_stuffing", "polling_stations", 15, "exact", "ODIHR")]),
        ("IEOM observers noted group voting in 12 per cent of polling stations observed.",
         [("group_voting", "share_of_observations_pct", 12, "exact", "ODIHR")]),
        ("The Prosecutor General's Office initiated 3 criminal cases and 25 administrative cases related to pressure "
         "on voters.",
         [("mixed", "criminal_cases", 3, "exact", "Prosecutor General's Office"),
          ("pressure_on_voters", "administrative_cases", 25, "exact", "Prosecutor General's Office")]),
        ("Citizen observers reported 120 violations on election day.",
         [("mixed", "violations", 120, "exact", "civil society organisations")]),
        ("IEOM observers reported 12 cases of ballot box stuffing.",
         [("ballot_box_stuffing", "observed", 12, "exact", "ODIHR")]),
        ("Observers noted instances of family voting.",
         [("group_voting", "observed", None, "cases", "ODIHR")]),
        ("Group voting was observed.",
         [("group_voting", "observed", None, "observed", "ODIHR")]),
        ("The IEOM assessed the count negatively in 29 of the 119 polling stations observed.",
         [("counting_irregularity", "polling_stations", 29, "exact", "ODIHR")]),
        ("Voting was assessed negatively in 6 per cent of observations, and ballot box stuffing was seen in 20 "
         "polling stations.",
         [("mixed", "share_of_observations_pct", 6, "exact", "ODIHR"),
          ("ballot_box_stuffing", "polling_stations", 20, "exact", "ODIHR")]),
    ],
    ids=["complaints", "polling-stations", "share-per-cent", "criminal-and-admin", "citizen-observers",
         "cases-of", "instances-of", "observed-without-cases", "of-the-denominator", "two-statements"],
)  # fmt: skip
def test_other_english_infractions(sentence: str, rows: list[tuple]) -> None:
    _, infractions = read(sentence)
    assert [infraction_row(c) for c in infractions] == rows
