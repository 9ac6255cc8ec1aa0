"""The stations a share is taken of are no count of their own; observers asked to leave; detentions whose relative
clause holds a date, "were also briefly held", "held for an unauthorised gathering", a part of them in a place of its
own, a small group named by who they are; the police as a reporter of their own (sentences invented for these
tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values, read


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Наблюдатели оценили подсчёт голосов как плохой на 41 проценте из 152 избирательных участков, где они "
           "присутствовали."),
    ("en", "Observers assessed the count as bad in 41 per cent of the 152 polling stations where they were present."),
], ids=["ru-procente-iz", "en-per-cent-of-the"])
def test_the_stations_of_a_share_are_its_base_only(language: str, sentence: str) -> None:
    assert infraction_values(sentence, language) == [("counting_irregularity", "share_of_observations_pct", 41, 152)]


def test_observers_asked_to_leave() -> None:
    text = "На 12 участках наблюдателей попросили покинуть помещение до окончания подсчета."
    assert infraction_values(text, "ru") == [("observer_obstruction", "polling_stations", 12, None)]


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "In Almaty, some 40 people who had gathered in the evening of 20 November to protest against the conduct of "
           "the election were detained by police.", [(40, "protesters", "Almaty")]),
    ("en", "Two journalists covering the gathering were also briefly held.", [(2, "journalists", None)]),
    ("en", "Three people had been held for an unauthorised gathering.", [(3, "protesters", None)]),
    ("en", "Some 30 opposition activists were detained in the weeks before the vote, including 12 in Almaty.",
     [(30, "activists", None), (12, "activists", "Almaty")]),
    ("ru", "До выборов были задержаны 30 активистов, в том числе 12 в Алматы.",
     [(30, "activists", None), (12, "activists", "Алматы")]),
], ids=["en-relative-with-a-date", "en-also-briefly-held", "en-held-for-a-gathering", "en-including-12-in",
        "ru-v-tom-chisle-12-v"])
def test_detentions_in_more_shapes(language: str, sentence: str, rows: list) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.subject, d.location) for d in detentions] == rows


def test_elections_held_are_no_detention() -> None:
    detentions, _ = read("Elections were held for the Mazhilis and 98 deputies were held to account by voters.")
    assert detentions == []


@pytest.mark.parametrize(("language", "sentence", "subject"), [
    ("en", "In Almaty, police detained a small group of activists who tried to unfurl a banner.", "activists"),
    ("ru", "Полицейские задержали группу активистов у акимата.", "activists"),
    ("en", "Police detained a group of residents outside the akimat.", "people"),
], ids=["en-a-small-group-of-activists", "ru-gruppu-aktivistov", "en-a-group-of-residents"])
def test_a_group_is_who_its_noun_says(language: str, sentence: str, subject: str) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.qualifier, d.subject) for d in detentions] == [("uncounted", subject)]


def test_the_police_report_for_themselves() -> None:
    detentions, _ = read("In Almaty, police detained activists, an AP reporter at the scene saw. The Almaty police "
                         "department later said three people had been held for an unauthorised gathering.")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(None, "AP"), (3, "police")]


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("ru", ("МВД сообщило 11 июня, что 9 и 10 июня в ходе несанкционированных акций были задержаны 957 человек.",
            "По словам заместителя министра, в Алматы задержаны 610 человек.")),
    ("en", ("The ministry said on 11 June that 957 people had been detained on 9 and 10 June.",
            "Rights groups said that among those detained were at least 8 journalists.")),
    ("kk", ("9 маусымда Алматыда 150-ге жуық адам ұсталды.", "Нұр-Сұлтанда да полиция ондаған адамды автобустарға "
                                                           "отырғызып әкетті.")),
], ids=["ru-a-part-in-a-city", "en-among-those-detained", "kk-da-also"])
def test_a_part_of_the_detentions_told_before_takes_their_days(language: str, paragraphs: tuple[str, ...]) -> None:
    detentions, _ = read(*paragraphs, language=language)
    assert len(detentions) == 2 and detentions[1].date_from == detentions[0].date_from is not None


def test_other_detentions_with_no_day_stay_undated() -> None:
    detentions, _ = read("On 1 May police detained 40 people in Almaty.",
                         "In the weeks before the vote, 6 activists were detained.")
    assert [d.date_from for d in detentions][1] is None


def test_may_after_a_day_is_the_month() -> None:
    detentions, _ = read("On 1 May police detained 40 people in Almaty.")
    assert [d.detained_min for d in detentions] == [40]
    assert read("Police may detain 40 people if the rally goes ahead.") == ([], [])


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("en", "Police in Atyrau detained activist Nurlan Sadykov on Friday after he posted a call to boycott the vote.",
     (1, "activists")),
    ("en", "In Shymkent, journalist Daniyar Seitkali was briefly detained while filming.", (1, "journalists")),
    ("ru", "В Шымкенте журналист Данияр Сейткали был задержан полицией.", (1, "journalists")),
    ("kk", "Шымкентте белсенді Асқар Ермеков ұсталды.", (1, "activists")),
], ids=["en-activist-named", "en-journalist-named", "ru-zhurnalist-nazvan", "kk-belsendi-atalgan"])
def test_one_person_named_by_role_and_name_is_a_count_of_one(language: str, sentence: str, row: tuple) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.subject) for d in detentions] == [row]


def test_two_people_named_stay_uncounted() -> None:
    detentions, _ = read("Police detained activists Nurlan Sadykov and Aidar Ospanov.")
    assert [(d.detained_min, d.qualifier) for d in detentions] == [(None, "uncounted")]
