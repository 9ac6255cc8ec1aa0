"""A page's title that names its source before a colon, a title's uncounted detention the body counts, and a second
count of one detention verb in a place of its own (sentences of ours, in the shapes of officials' statements as the
press and the CEC's pages carry them)."""

from __future__ import annotations

import pytest

from sources.records import Language
from tests.cec.releases import parse_page, release_page

from .documents import read


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("According to the Interior Ministry, 387 people were detained in Astana and 225 in Almaty on 9 June.", "en",
     [(387, "Astana"), (225, "Almaty")]),
    ("Police detained 41 protesters in Shymkent, and 12 in Taraz.", "en", [(41, "Shymkent"), (12, "Taraz")]),
    ("По данным МВД, в Астане задержаны 387 человек и 225 в Алматы.", "ru", [(387, "Астане"), (225, "Алматы")]),
])
def test_a_second_count_in_a_place_of_its_own_shares_the_verb(text: str, language: Language, rows: list) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.location) for d in detentions] == rows


def test_a_count_with_its_own_noun_after_the_place_is_no_item() -> None:
    detentions, _ = read("Police detained 41 protesters in Shymkent, and 12 journalists in Taraz were questioned.")
    assert [d.detained_min for d in detentions] == [41]


@pytest.mark.parametrize(("lang", "title", "text", "reporter"), [
    ("kk", "ІІМ: сайлау күні қоғамдық тәртіп сақталды",
     "Сайлау күні рұқсат етілмеген акцияға қатысқан 9 адам полиция бөліміне жеткізілді.",
     "Ministry of Internal Affairs"),
    ("ru", "Общественный фонд «Таза дауыс»: итоги наблюдения за выборами",
     "Наблюдатели фонда работали на 212 участках. Всего ими зафиксировано 146 нарушений.", "Таза дауыс"),
    ("en", "Prosecutor General's Office: nine cases opened after the vote",
     "Nine administrative cases were opened over ballot box stuffing at two polling stations.",
     "Prosecutor General's Office"),
])
def test_a_title_naming_its_source_before_a_colon_speaks_for_the_page(lang: str, title: str, text: str,
                                                                      reporter: str) -> None:
    e = parse_page(release_page(title, text, lang=lang, date="2022-11-21"), lang)
    claims = [*e.detentions, *e.infractions]
    assert claims and {c.reported_by for c in claims} == {reporter}


@pytest.mark.parametrize(("title", "lead", "language"), [
    ("В Астане и Алматы задержаны участники несанкционированных акций",
     "Как сообщили в МВД, в столице задержаны 160 человек, в Алматы — 340.", "ru"),
    ("Protesters detained in Almaty", "Police in Almaty detained 48 protesters on Sunday, the ministry said.", "en"),
])
def test_a_titles_uncounted_detention_is_the_one_its_body_counts(title: str, lead: str, language: Language) -> None:
    detentions, _ = read(title, lead, language=language)
    assert all(d.detained_min is not None for d in detentions) and detentions


def test_a_titles_uncounted_detention_elsewhere_stays_its_own() -> None:
    detentions, _ = read("Activists detained in Shymkent", "Police in Almaty detained 48 protesters on Sunday.")
    assert sorted((d.detained_min or 0, d.location) for d in detentions) == [(0, "Shymkent"), (48, "Almaty")]


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("At least 5 journalists were briefly held in Astana.", "en", [(5, "journalists")]),
    ("Two of the group's observers were held for several hours at a police station.", "en", [(2, "observers")]),
    ("Three rallies were held in Almaty.", "en", []),
    ("Около 14:00 полицейские доставили в районное управление двух наблюдателей.", "ru", [(2, "observers")]),
    ("В пресс-службе факт задержаний подтвердили, уточнив, что доставлены были 7 человек.", "ru", [(7, "people")]),
    ("В органы полиции доставлены: в столице – 231 человек, в Алматы – 277.", "ru", [(231, "people"), (277, "people")]),
])
def test_people_held_or_taken_to_the_police(text: str, language: Language, rows: list) -> None:
    detentions, _ = read(text, language=language, publisher="cec")
    assert [(d.detained_min, d.subject) for d in detentions] == rows


def test_a_further_count_in_a_place_of_its_own() -> None:
    detentions, _ = read("According to the ministry, 677 people were detained in Almaty on 9 June and a further 412 "
                         "in Astana.")
    assert [(d.detained_min, d.location) for d in detentions] == [(677, "Almaty"), (412, "Astana")]


def test_a_title_naming_its_body_in_quotes_before_a_colon() -> None:
    e = parse_page(release_page("«Чистый голос»: в день выборов зафиксировано 154 нарушения",
                                "По данным коалиции, её наблюдатели зафиксировали 154 нарушения, в том числе вбросы "
                                "бюллетеней на 11 участках.", lang="ru", date="2021-01-11"), "ru")
    assert {c.reported_by for c in e.infractions} == {"Чистый голос"}


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Наблюдатели зафиксировали 154 нарушения, в том числе вбросы бюллетеней на 11 участках.", "ru",
     [("mixed", "violations", 154), ("ballot_box_stuffing", "polling_stations", 11)]),
    ("Observers recorded 154 violations, including ballot box stuffing in 11 polling stations.", "en",
     [("mixed", "violations", 154), ("ballot_box_stuffing", "polling_stations", 11)]),
    ("The CEC registered 16 reports of violations, including voter impersonation.", "en",
     [("voter_impersonation", "reports", 16)]),
])
def test_a_total_whose_parts_are_counted_is_of_every_kind(text: str, language: Language, rows: list) -> None:
    _, infractions = read(text, language=language, publisher="cec")
    assert [(c.category, c.measure, c.value) for c in infractions] == rows
