"""Ballots a commission hands out for votes in others' places, sources named by a story's title, and detentions in
shapes the earlier readers missed: a fronted object with its agent after it, a longer relative clause, a passive
coordinated with the detention, a part of the detained named after them (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import headed, infraction_values, read


@pytest.mark.parametrize(("language", "sentence", "kinds"), [
    ("en", "Prosecutors initiated 41 administrative cases. Of these, 26 concerned the issuing of ballots to citizens "
           "so that they could vote for other persons, and 9 concerned voters casting ballots in place of family "
           "members.",
     ["mixed", "multiple_ballots_issued", "voter_impersonation"]),
    ("ru", "Возбуждено 21 дело об административных правонарушениях, из них 13 дел касаются выдачи членами "
           "участковых комиссий бюллетеней гражданам для голосования за других лиц, 5 — голосования избирателей за "
           "родственников.",
     ["mixed", "multiple_ballots_issued", "voter_impersonation"]),
    ("kk", "Прокурорлар 31 іс қозғады. Оның 18-і басқа адамдар үшін дауыс беру мақсатында азаматтарға бюллетень беру "
           "фактілері бойынша, 9-ы сайлаушылардың отбасы мүшелерінің орнына дауыс беруі бойынша.",
     ["mixed", "multiple_ballots_issued", "voter_impersonation"]),
], ids=["en-issuing-of-ballots", "ru-vydachi-chlenami", "kk-byulleten-beru"])
def test_ballots_issued_for_others_are_the_commissions_side(language: str, sentence: str, kinds: list[str]) -> None:
    # the reference's 2019 report: "members who issued ballots to allow people to vote for others" are counted
    # apart from "voters who tried to vote in place of another voter"
    assert [row[0] for row in infraction_values(sentence, language, publisher="cec")] == kinds


def test_ballots_handed_out_for_absent_relatives() -> None:
    text = ("The monitoring group said it had logged 37 cases of ballots being handed to voters so they could vote on "
            "behalf of absent relatives.")
    assert [row[0] for row in infraction_values(text)] == ["multiple_ballots_issued"]


@pytest.mark.parametrize(("language", "heading", "body", "reporter"), [
    ("ru", "Генеральная прокуратура: итоги надзора в день голосования",
     "По итогам проверок выявлено 22 нарушения избирательного законодательства.", "Prosecutor General's Office"),
    ("kk", "«Адал бақылау» қоғамдық бірлестігі: сайлау күнгі бақылау нәтижелері",
     "Бақылаушыларымыз 23 учаскеде бірдей қолтаңбаларды тіркеді.", "Адал бақылау"),
    ("en", "Coalition «Clean Vote»: preliminary observation findings",
     "Our observers recorded 48 violations on election day.", "Clean Vote"),
], ids=["ru-genprokuratura-colon", "kk-quoted-name-and-noun", "en-coalition-colon"])
def test_a_title_naming_its_source_speaks_for_the_story(language: str, heading: str, body: str, reporter: str) -> None:
    publisher = "cec" if language == "ru" else "osce"
    assert [c.reported_by for c in headed(heading, body, language, publisher)] == [reporter]


def test_a_later_denial_gives_no_source_to_the_detentions_before() -> None:
    detentions, _ = read(
        "In Almaty, police encircled several hundred people in a park. Two reporters for the news site Vlast were "
        "briefly detained near the park.",
        "The Interior Ministry said nobody had been detained in Almaty.",
    )
    assert [(d.detained_min, d.subject, d.reported_by) for d in detentions] == [(2, "journalists", "ODIHR")]


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("ru", "Ещё двух активистов движения «Оян, Казахстан» полицейские задержали утром у подъездов их домов.",
     [(2, "activists")]),
    ("ru", "Двух активистов движения задержали утром.", [(2, "activists")]),
    ("en", "Two reporters for the news site Vlast were briefly detained near the park.", [(2, "journalists")]),
    ("ru", "Бюро сообщило, что среди задержанных в Алматы в эти дни оказались не менее 10 журналистов.",
     [(10, "journalists")]),
    ("en", "At least 30 people who had gathered near Republic Square in Almaty to protest against the elections were "
           "encircled by police and detained, among them 4 journalists.", [(30, "protesters"), (4, "journalists")]),
    ("ru", "Полиция задержала 30 участников акции, среди них 4 журналиста.", [(30, "protesters"), (4, "journalists")]),
], ids=["ru-fronted-object-agent", "ru-genitive-of-a-movement", "en-for-the-news-site", "ru-sredi-zaderzhannyh-days",
        "en-relative-encircled-and-detained", "ru-sredi-nih-after-the-verb"])
def test_detentions_in_new_shapes(language: str, sentence: str, rows: list[tuple[int, str]]) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.subject) for d in detentions] == rows


@pytest.mark.parametrize(("language", "paragraph"), [
    ("ru", "Вестберг выразила обеспокоенность задержаниями мирных демонстрантов. По данным МВД, в городах страны были "
           "задержаны около 700 человек."),
    ("en", "In the capital, police detained 12 people who tried to unfurl a banner near the monument."),
    ("kk", "Әкімдік алдында пикетке шыққан 6 адамды полиция ұстады."),
], ids=["ru-demonstrantov-before", "en-banner", "kk-piket"])
def test_people_detained_at_a_protest_are_protesters(language: str, paragraph: str) -> None:
    detentions, _ = read(paragraph, language=language)
    assert [d.subject for d in detentions] == ["protesters"]
