"""Findings as the press, the police and the prosecutors word them: reporters named after the figures, kinds said
in the next sentence, dashed lists with the noun elided, sanctions, and detentions of a group not counted.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import detention_row, infraction_row, read


def reporters(*paragraphs: str, language: str = "en") -> list[str | None]:
    detentions, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [c.reported_by for c in detentions] + [c.reported_by for c in infractions]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("В центре Караганды вечером были задержаны более 40 человек, передаёт «Степь Ньюс».", "Степь Ньюс"),
        ("Как пишет qalanews.kz, задержаны около 60 человек.", "qalanews.kz"),
        ("More than 20 protesters were detained in Taraz, according to the news agency Steppe Wire.", "Steppe Wire"),
        ("The independent website Qalam.kz reported that 15 people were detained in Aktau.", "Qalam.kz"),
        ("Zhetysu Herald reported that 25 people were detained in Taldykorgan.", "Zhetysu Herald"),
        ("According to the Karaganda Police Department, about 35 people were detained.", "police"),
        ("About 45 people were detained at the rally, said on Tuesday the press office of the regional police.",
         "police"),
        ("В Таразе, по словам очевидцев, задержаны более 30 человек.", "очевидцев"),
        ("Eyewitnesses said that about 50 people were detained in Oral.", "Eyewitnesses"),
    ],
    ids=["ru-outlet-trailing", "ru-website-as-passes", "en-news-agency", "en-website", "en-outlet-subject",
         "en-police-department", "en-inverted-said", "ru-eyewitnesses", "en-eyewitnesses"],
)  # fmt: skip
def test_press_agencies_websites_and_eyewitnesses_are_reporters(text: str, reporter: str) -> None:
    assert reporters(text, language="ru" if any("а" <= ch <= "я" for ch in text) else "en") == [reporter]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Полиция задержала около 300 человек в день выборов. Об этом заявил заместитель министра внутренних дел "
         "Серик Ахметов.", "Minister of Internal Affairs"),
        ("Police detained some 300 people on election day. This was reported by the Ministry of Internal Affairs.",
         "Ministry of Internal Affairs"),
        ("About 2,000 people were detained over four days. 1,500 of them were released, Qazinform reports citing "
         "the Interior Ministry.", "Ministry of Internal Affairs"),
    ],
    ids=["ru-ob-etom-zayavil", "en-this-was-reported", "en-of-them-trailing-outlet"],
)  # fmt: skip
def test_a_reporter_named_after_the_figures_is_theirs(text: str, reporter: str) -> None:
    assert set(reporters(text)) == {reporter}


def test_a_later_reporter_does_not_take_figures_someone_else_reported() -> None:
    assert reporters(
        "According to the Ministry of Internal Affairs, 300 people were detained. This was confirmed by Qazinform."
    ) == ["Ministry of Internal Affairs"]


def test_cases_and_sanctions_stay_with_the_authority_of_the_paragraph() -> None:
    _, infractions = read(
        "The prosecutor's office instituted 20 administrative cases during the election period. For issuing ballots "
        "to voters so that they could vote for others, 7 members of precinct commissions were brought to justice."
    )
    assert [infraction_row(c) for c in infractions] == [
        ("mixed", "administrative_cases", 20, "exact", "Prosecutor General's Office"),
        ("multiple_ballots_issued", "persons_sanctioned", 7, "exact", "Prosecutor General's Office"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "language", "category"),
    [
        ("В органы прокуратуры поступило 14 обращений о возможных нарушениях. Обращения направлены на проверку. "
         "В обращениях говорилось о проведении агитации при её запрещении.", "ru", "illegal_campaigning"),
        ("The prosecutors received 14 complaints about possible violations. They concerned campaigning while it was "
         "banned.", "en", "illegal_campaigning"),
        ("Семь избирателей понесли наказание по статье 108 КоАП. Граждане допустили нарушение требования о равном "
         "избирательном праве.", "ru", "multiple_ballots_issued"),
    ],
    ids=["ru-complaints-said-to-concern", "en-they-concerned", "ru-sanctioned-then-offence"],
)  # fmt: skip
def test_a_kind_said_in_the_next_sentence_belongs_to_the_count(paragraph: str, language: str, category: str) -> None:
    _, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [c.category for c in infractions] == [category]


def test_a_new_finding_in_the_next_sentence_keeps_its_own_row() -> None:
    _, infractions = read("The CEC received 14 complaints. Observers noted ballot box stuffing in Shymkent.")
    assert [(c.category, c.measure, c.value) for c in infractions] == [
        ("mixed", "complaints", 14),
        ("ballot_box_stuffing", "observed", None),
    ]


def test_an_elaboration_of_a_counted_kind_is_not_a_second_finding() -> None:
    _, infractions = read(
        "Six voters were fined for violating the requirement of equal suffrage. Mostly, they took ballots for "
        "family members."
    )
    assert [(c.category, c.measure, c.value) for c in infractions] == [
        ("multiple_ballots_issued", "persons_sanctioned", 6)
    ]


@pytest.mark.parametrize(
    ("paragraph", "language", "rows"),
    [
        ("Прокурорами возбуждено 15 административных дел. По фактам выдачи нескольких бюллетеней - 9 дел, по фактам "
         "голосования за других лиц - 4, по фактам порчи имущества - 2.", "ru",
         [("mixed", 15), ("multiple_ballots_issued", 9), ("voter_impersonation", 4), ("other", 2)]),
        ("Prosecutors opened 13 administrative cases: for issuing several ballots to one voter - 8, for proxy "
         "voting - 5.", "en", [("mixed", 13), ("multiple_ballots_issued", 8), ("voter_impersonation", 5)]),
    ],
    ids=["ru-po-faktam", "en-for"],
)  # fmt: skip
def test_counts_after_a_dash_with_the_noun_elided(paragraph: str, language: str, rows: list[tuple[str, int]]) -> None:
    _, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [(c.category, c.value) for c in infractions] == rows
    assert {c.measure for c in infractions} == {"administrative_cases"}


def test_voting_at_several_stations_is_not_a_count_of_stations() -> None:
    _, infractions = read("По фактам голосования на двух и более участках возбуждено 3 административных дела.",
                          language="ru")  # fmt: skip
    assert [c.measure for c in infractions] == ["administrative_cases"]


@pytest.mark.parametrize(
    ("paragraph", "language", "subject", "place"),
    [
        ("В Шымкенте полицейские задержали активистов незарегистрированного движения.", "ru", "activists", "Шымкент"),
        ("Police detained activists of an unregistered movement in Shymkent.", "en", "activists", "Shymkent"),
        ("Шымкентте полиция қозғалыс белсенділерін ұстап әкетті.", "kk", "activists", "Шымкент"),
        ("Journalists were briefly detained in Aktobe.", "en", "journalists", "Aktobe"),
    ],
    ids=["ru-object", "en-object", "kk-ustap-aketti", "en-passive"],
)  # fmt: skip
def test_a_group_detained_without_a_count(paragraph: str, language: str, subject: str, place: str) -> None:
    detentions, _ = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [(c.detained_min, c.qualifier, c.subject) for c in detentions] == [(None, "uncounted", subject)]
    assert detentions[0].location is not None and detentions[0].location.startswith(place[:5])


def test_an_uncounted_group_gives_way_to_the_count_of_the_same_people() -> None:
    detentions, _ = read("В Таразе полиция задерживала людей у акимата. Всего были задержаны около 40 человек.",
                         language="ru")  # fmt: skip
    assert [(c.detained_min, c.qualifier) for c in detentions] == [(40, "approximately")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody detained activists in Shymkent.",
        "Police could detain activists who join the rally.",
        "Начались задержания участников акции.",
    ],
    ids=["negated", "hypothetical", "ru-noun-only"],
)
def test_no_uncounted_group_without_an_asserted_detention_verb(sentence: str) -> None:
    detentions, _ = read(sentence)
    assert [c for c in detentions if c.qualifier == "uncounted"] == []


@pytest.mark.parametrize(
    ("sentence", "count", "subject"),
    [
        ("About 40 people, most of them students from Almaty, were detained.", 40, "people"),
        ("Several journalists were also among those taken to district police stations.", 3, "journalists"),
        ("The minister said that some 60 of them had been hauled off.", 60, "people"),
        ("On that day, about 80 people were brought to the internal affairs departments.", 80, "people"),
    ],
    ids=["apposition", "district-police-stations", "hauled-off", "internal-affairs-departments"],
)
def test_detention_wording_of_police_statements(sentence: str, count: int, subject: str) -> None:
    detentions, _ = read(sentence)
    assert [(c.detained_min, c.subject) for c in detentions] == [(count, subject)]
    assert detention_row(detentions[0])[4] is not None


def test_as_reported_by_a_source_named_in_lower_case() -> None:
    assert reporters("Как сообщают местные информагентства, полиция задержала около 20 человек.", language="ru") == [
        "местные информагентства"
    ]


@pytest.mark.parametrize(
    ("paragraph", "language", "row"),
    [
        ("Больше половины наблюдателей миссии оценили подсчёт голосов в Караганде как «плохо».", "ru",
         ("counting_irregularity", "share_of_observations_pct", 50, "more than", "ODIHR")),
        ("More than half of the observers rated the count as 'bad' or 'very bad'.", "en",
         ("counting_irregularity", "share_of_observations_pct", 50, "more than", "ODIHR")),
        ("Key safeguards were frequently bypassed during the count.", "en",
         ("counting_irregularity", "observed", None, "observed", "ODIHR")),
        ("Основные меры защиты нередко игнорировались при подсчёте голосов.", "ru",
         ("counting_irregularity", "observed", None, "observed", "ODIHR")),
        ("A party observer said she was refused entry to the polling station.", "en",
         ("observer_obstruction", "observed", None, "observed", "ODIHR")),
        ("Наблюдательница сообщила, что её отказались впустить на избирательный участок.", "ru",
         ("observer_obstruction", "observed", None, "observed", "Наблюдательница")),  # she says it, as written
    ],
    ids=["ru-half-of-observers-bad", "en-half-of-observers-bad", "en-safeguards-bypassed", "ru-safeguards-ignored",
         "en-refused-entry", "ru-refused-entry"],
)  # fmt: skip
def test_paraphrased_findings(paragraph: str, language: str, row: tuple[object, ...]) -> None:
    _, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [infraction_row(c) for c in infractions] == [row]


def test_a_negation_after_a_new_subject_leaves_the_finding() -> None:
    _, infractions = read(
        "Наблюдателей не хотели допускать на территорию участков, некоторые из них не смогли работать.", language="ru"
    )
    assert [c.category for c in infractions] == ["observer_obstruction"]


def test_lawsuits_are_complaints() -> None:
    _, infractions = read("В суды поступило шесть исковых заявлений.", language="ru")
    assert [(c.measure, c.value) for c in infractions] == [("complaints", 6)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Restrictions on assembly and arrests of those who criticised the incumbent limited the campaign.", "en"),
        ("Вечером продолжились задержания тех, кто вышел на площадь.", "ru"),
    ],
    ids=["en-arrests-of-those-who", "ru-zaderzhaniya-tekh-kto"],
)
def test_a_detention_noun_naming_its_group_by_a_relative_clause(sentence: str, language: str) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.detained_min, c.qualifier, c.subject) for c in detentions] == [(None, "uncounted", "people")]


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        ("Прокурорами выявлено 42 нарушения, сообщает «Вестник Степи» со ссылкой на Генеральную прокуратуру.", "ru",
         "Prosecutor General's Office"),
        ("Some 900 people were detained, Steppe Wire reports, citing the Interior Ministry.", "en",
         "Ministry of Internal Affairs"),
    ],
    ids=["ru-so-ssylkoi-na", "en-citing"],
)  # fmt: skip
def test_an_outlet_citing_an_authority_passes_the_authority_on(text: str, language: str, reporter: str) -> None:
    assert set(reporters(text, language=language)) == {reporter}


def test_half_of_the_observers_assessing_the_counting_procedures_negatively() -> None:
    _, infractions = read("Half of the mission's observers assessed the vote counting procedures negatively.")
    assert [(c.category, c.measure, c.value) for c in infractions] == [
        ("counting_irregularity", "share_of_observations_pct", 50)
    ]


def test_a_source_telling_of_the_same_detentions_in_the_next_sentence_is_their_reporter() -> None:
    detentions, _ = read(
        "Несколько десятков человек были задержаны в Таразе. Как сообщает «Степь Ньюс», людей задерживают у акимата.",
        language="ru",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(30, "Степь Ньюс")]


def test_a_source_with_figures_of_its_own_does_not_take_the_figures_before() -> None:
    detentions, _ = read(
        "At least 40 people were detained in Taraz. The website Qalam.kz reported up to 60 people were detained "
        "in Oral."
    )
    assert [(c.detained_min, c.detained_max, c.reported_by) for c in detentions] == [
        (40, None, "ODIHR"),
        (None, 60, "Qalam.kz"),
    ]


def test_a_paragraph_opening_with_a_back_reference_names_the_reporter_of_the_paragraph_before() -> None:
    detentions, _ = read(
        "Полиция задержала около 300 человек в день выборов.",
        "Об этом заявил заместитель министра внутренних дел Серик Ахметов.",
        language="ru",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(300, "Minister of Internal Affairs")]


def test_a_next_paragraph_with_its_own_reporter_leaves_the_paragraph_before_alone() -> None:
    detentions, _ = read(
        "Police detained some 300 people on election day.",
        "The Ministry of Internal Affairs said the rallies were unauthorised.",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(300, "ODIHR")]
