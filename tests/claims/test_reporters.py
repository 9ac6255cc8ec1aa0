"""Who reported it: a name in a reporting role, normalised; carry-over within a paragraph."""

from __future__ import annotations

import pytest

from sources.claims.cues import continues_account
from sources.claims.reporters import find_reporters

from .documents import read


@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        ("According to the Ministry of Internal Affairs, 500 people were detained.", "Ministry of Internal Affairs"),
        ("According to the Minister of Internal Affairs, 4,000 people were detained.", "Minister of Internal Affairs"),
        ("The Interior Minister said that 4,000 people were detained.", "Minister of Internal Affairs"),
        ("The Prosecutor General's Office reported 19 violations.", "Prosecutor General's Office"),
        ("The CEC informed the mission that it had received 16 reports.", "CEC"),
        ("Civil society organisations reported that 13 journalists were detained.", "civil society organisations"),
        ("Media reports said that 30 activists were detained.", "media"),
        ("The IEOM assessed the count negatively.", "ODIHR"),
        ("Observers saw cases of ballot box stuffing.", "ODIHR"),
        ("Citizen observers reported 120 violations.", "civil society organisations"),
        ("По данным МВД, задержаны около 500 человек.", "Ministry of Internal Affairs"),
        ("Генеральная прокуратура возбудила 18 дел.", "Prosecutor General's Office"),
        ("В ЦИК поступило 16 сообщений.", "CEC"),
        # Kazakh names the recipient of a receiving verb in the dative, on the body or on the name itself
        ("Сайлау күні аудандық прокуратура органдарына дауыс беру тәртібін бұзу туралы 23 арыз келіп түсті.",
         "Prosecutor General's Office"),
        ("Сайлау күні Бас прокуратураға 9 шағым түсті.", "Prosecutor General's Office"),
        ("Дауыс беру кезінде полиция бөлімдеріне 14 хабарлама келді.", "police"),
        ("Ішкі істер министрлігінің мәліметінше, 500 адам ұсталды.", "Ministry of Internal Affairs"),
        # the mission in an oblique case, or its observers, is the mission
        ("Наблюдатели миссии сообщили о 12 случаях вброса бюллетеней.", "ODIHR"),
        ("По данным миссии, на 5 участках были вбросы.", "ODIHR"),
    ],
)
def test_reporter_in_role(sentence: str, reporter: str) -> None:
    assert find_reporters(sentence)[0].reporter == reporter


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 300 short-term observers from 39 countries were deployed.",
        "In the evening, police dispersed gatherings in Nur-Sultan and Almaty.",
        "The Central Election Commission (CEC) has seven members and oversees 9,968 commissions.",
        "Более 40 наблюдателей от партии «Ак жол» не были допущены на участки.",
    ],
)
def test_names_out_of_role_are_not_reporters(sentence: str) -> None:
    assert find_reporters(sentence) == []


def test_the_object_of_informed_is_not_the_reporter() -> None:
    assert [m.reporter for m in find_reporters("The CEC informed the mission that it had received 16 reports.")] == [
        "CEC"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the administrative offence cases reported later, 12 concerned voters.",
        "Of these, 5 concerned group voting.",
        "Among them were 3 journalists.",
        "Из них 12 касались выдачи бюллетеней.",
        "At least 13 journalists were among those detained.",
    ],
)
def test_continuation(sentence: str) -> None:
    assert continues_account(sentence)


def test_reporter_carries_over_to_a_continuing_sentence() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations. "
        "Of the administrative offence cases reported later, 12 concerned precinct commission members who issued "
        "ballots to allow people to vote for others."
    )
    assert [i.reported_by for i in infractions] == ["Prosecutor General's Office"] * 2


def test_reporter_does_not_carry_over_to_an_unrelated_sentence() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations. The count was assessed negatively "
        "in more than half of the polling stations observed."
    )
    assert [i.reported_by for i in infractions] == ["Prosecutor General's Office", "ODIHR"]


def test_the_reporter_does_not_carry_over_to_the_next_paragraph_but_a_part_of_its_count_does() -> None:
    _, infractions = read(
        "On election day the Prosecutor General's Office reported 19 violations.",
        "Of the complaints, 5 concerned group voting.",  # other counts, told by no one: the publisher's
        # a new paragraph opening on a part: of what the paragraph before counted, and told by whoever counted it
        "Of these, 2 concerned ballot box stuffing.",
    )
    assert [(i.reported_by, i.measure, i.value) for i in infractions] == [
        ("Prosecutor General's Office", "violations", 19),
        ("ODIHR", "complaints", 5),
        ("ODIHR", "complaints", 2),
    ]


def test_publisher_speaks_for_itself() -> None:
    _, infractions = read("Поступило 45 жалоб.", publisher="cec", language="ru")
    assert [i.reported_by for i in infractions] == ["CEC"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Прокуратура органдарында сайлау туралы 23 арыз қаралды.",  # locative of reviewing: not a recipient
        "Полиция бөлімдеріне 14 адам жеткізілді.",  # taken to the police: the dative of no receiving verb
    ],
)
def test_a_kazakh_dative_reports_only_with_a_receiving_verb(sentence: str) -> None:
    assert find_reporters(sentence) == []


@pytest.mark.parametrize(
    ("paragraph", "language", "reporter"),
    [
        pytest.param("The Ministry of Internal Affairs published an update on 3 March. It said that 27 people had been "
                     "detained in Shymkent on 1 and 2 March.", "en", "Ministry of Internal Affairs", id="en-it-said"),
        pytest.param("The prosecutor's office held a press conference in Taraz. According to it, 27 people were "
                     "detained over the two days.", "en", "Prosecutor General's Office", id="en-according-to-it"),
        pytest.param("Aidos Serikbayev, a spokesman for the regional police, met reporters on Monday. According to "
                     "him, 27 people had been detained at the rally.", "en", "police", id="en-according-to-him"),
        pytest.param("Генеральная прокуратура опубликовала сводку 3 марта. По её данным, в Шымкенте задержаны 27 "
                     "человек.", "ru", "Prosecutor General's Office", id="ru-po-eyo-dannym"),
        pytest.param("Ішкі істер министрлігі 3 наурызда брифинг өткізді. Оның мәліметінше, Шымкентте 27 адам "
                     "ұсталды.", "kk", "Ministry of Internal Affairs", id="kk-onyn-malimetinshe"),
    ],
)
def test_a_pronoun_speaks_for_the_institution_the_sentence_before_was_about(
    paragraph: str, language: str, reporter: str
) -> None:
    detentions, _ = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(27, reporter)]


def test_a_pronoun_keeps_the_event_date_and_place() -> None:
    detentions, _ = read(
        "The Ministry of Internal Affairs published an update on 3 March. It said that 27 people had been detained "
        "in Shymkent on 1 and 2 March."
    )
    assert [(d.date_from.day, d.date_to.day, d.location) for d in detentions if d.date_from and d.date_to] == [
        (1, 2, "Shymkent")
    ]


def test_an_institution_named_as_an_object_is_not_what_the_pronoun_means() -> None:
    detentions, _ = read(
        "The mission met representatives of the Ministry of Internal Affairs on 3 March. It said that 27 people had "
        "been detained."
    )
    assert [d.reported_by for d in detentions] == ["ODIHR"]


def test_a_sentence_without_a_pronoun_speaker_does_not_take_the_subject() -> None:
    detentions, _ = read("The police dispersed the gathering on the square. 27 people were detained there.")
    assert [d.reported_by for d in detentions] == ["ODIHR"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "reporter"),
    [
        pytest.param(("Общественный фонд «Чистый голос», наблюдавший за выборами в трёх областях, провёл брифинг, на "
                      "котором перечислил замеченные нарушения.",
                      "Чаще всего наблюдателям препятствовали в работе на участках."),
                     "ru", "Чистый голос", id="ru-quoted-organisation-lead"),
        pytest.param(("The citizen network “Open Count”, which deployed observers in five regions, held a press "
                      "conference on the violations it had found.",
                      "Most often observers were obstructed at polling stations."),
                     "en", "Open Count", id="en-quoted-organisation-lead"),
    ],
)
def test_an_organisation_a_story_leads_with_speaks_for_its_findings(
    paragraphs: tuple[str, ...], language: str, reporter: str
) -> None:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert [(c.category, c.reported_by) for c in infractions] == [("observer_obstruction", reporter)]


def test_a_story_lead_never_overrides_a_reporter_named_in_role() -> None:
    _, infractions = read(
        "Общественный фонд «Чистый голос» выявил 12 нарушений.",
        "Наблюдатели миссии ОБСЕ отметили вбросы бюллетеней.",
        language="ru",
    )
    assert [c.reported_by for c in infractions] == ["Чистый голос", "ODIHR"]


def test_the_source_message_names_who_counted_the_sentence_before() -> None:
    _, infractions = read(
        "Прокуроры приняли участие в судебных процессах по 14 заявлениям граждан, связанным с выборами. В сообщении "
        "ведомства Генпрокуратуры говорится, что 9 из них суды уже рассмотрели.",
        language="ru",
    )
    assert [c.reported_by for c in infractions if c.value == 14] == ["Prosecutor General's Office"]


@pytest.mark.parametrize(
    ("sentence", "language", "reporter"),
    [
        pytest.param("The Interior Ministry released figures showing that 33 people were detained.", "en",
                     "Ministry of Internal Affairs", id="en-released-figures"),
        pytest.param("On Monday the CEC tallied 33 complaints.", "en", "CEC", id="en-time-first-tallied"),
        pytest.param("Генпрокуратура обнародовала данные о 33 нарушениях на выборах.", "ru",
                     "Prosecutor General's Office", id="ru-obnarodovala"),
        pytest.param("МВД распространило сводку: в Таразе задержаны 33 человека.", "ru", "Ministry of Internal Affairs",
                     id="ru-rasprostranilo-svodku"),
    ],
)
def test_an_institution_opening_its_clause_is_the_source_whatever_the_verb(
    sentence: str, language: str, reporter: str
) -> None:
    detentions, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [c.reported_by for c in (*detentions, *infractions)] == [reporter]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("Police detained 33 people near the square.", "en", id="en-police-as-the-event"),
        pytest.param("The police moved in at noon and arrested 33 people.", "en", id="en-police-act-later-in-clause"),
        pytest.param("Полиция приступила к задержаниям: задержаны 33 человека.", "ru", id="ru-police-begin-detentions"),
        pytest.param("The mission met the Interior Ministry, and 33 people were reported detained.", "en",
                     id="en-object-of-a-meeting"),
    ],
)
def test_an_institution_acting_in_the_event_is_not_its_source(sentence: str, language: str) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [d.reported_by for d in detentions] == ["ODIHR"]


@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        pytest.param("Порталу сообщили в полиции, что задержаны 14 человек.", "police", id="dative-outlet-first"),
        pytest.param("Как рассказали «Вестнику» в полиции, задержаны 14 человек.", "police",
                     id="dative-after-the-verb"),
        pytest.param("В акимате Шымкента сообщили, что задержаны 14 человек.", "акимате Шымкента",
                     id="institution-in-the-locative"),
        pytest.param("«Листку» уточнили в пресс-службе суда, что 14 человек оштрафованы за нарушения на выборах.",
                     "пресс-службе суда", id="press-service-after-the-verb"),
    ],
)
def test_an_outlet_told_in_the_dative_is_no_source_the_institution_it_was_told_in_is(
    sentence: str, reporter: str
) -> None:
    detentions, infractions = read(sentence, language="ru")
    assert [c.reported_by for c in (*detentions, *infractions)] == [reporter]


def test_told_to_the_police_in_the_accusative_makes_the_police_no_teller() -> None:
    detentions, _ = read("Жители сообщили в полицию, что у участка задержаны 14 человек.", language="ru")
    assert [d.reported_by for d in detentions] != ["police"]
