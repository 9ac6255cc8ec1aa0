"""Shapes a blind batch of press copies and mission statements used that the reader missed (each rule tested with
sentences of its own, in English, Russian and Kazakh where the shape occurs): a complaint written "requests", whom a
count includes set off before the verb, stations said once for a list of kinds, a share of the stations observed,
cases opened against a count of people, the part of the complaints borne out, a passive "were held", a speaker in an
aside, the place people were taken to (no reporter), a role word before a person's name, an organisation presenting
its findings, and the Kazakh part, agent and reporting verbs.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import detention_row, infraction_row, read

PGO = "Prosecutor General's Office"


def _detentions(text: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [
        (c.detained_min, c.detained_max, c.qualifier, c.subject, c.reported_by)
        for c in read(text, language=language)[0]
    ]


def _infractions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=language)[1]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("On polling day the regional prosecutors received 318 requests about the vote.",
         [("mixed", "complaints", 318, "exact", PGO)]),
        ("The prosecutor's office answered 44 enquiries from voters on election day.",
         [("mixed", "complaints", 44, "exact", PGO)]),
        ("The CEC received 1,200 requests for absentee certificates.", []),
    ],
    ids=["requests", "enquiries", "requests-for-something"],
)  # fmt: skip
def test_requests_and_enquiries_are_complaints_unless_for_something(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _infractions(text) == rows


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        ("Полиция бірнеше адамның, оның ішінде 25 жастағы жігіттің інісімен бірге ұсталуына қатысты түсініктеме берді.",
         "kk", (3, 9, "several", "people", "ODIHR")),  # the police only comment on it: the text reports it
        ("Seven people, including a 70-year-old pensioner, were detained outside the akimat.",
         "en", (7, 7, "exact", "people", "ODIHR")),
        ("Восемь человек, в том числе 17-летний школьник, были задержаны у здания акимата.",
         "ru", (8, 8, "exact", "people", "ODIHR")),
    ],
    ids=["kk-onyn-ishinde-to-the-verb", "en-including-between-commas", "ru-v-tom-chisle"],
)  # fmt: skip
def test_whom_a_count_includes_stands_between_it_and_the_verb(
    text: str, language: Language, row: tuple[object, ...]
) -> None:
    assert _detentions(text, language) == [row]


def test_stations_said_once_for_a_list_of_kinds() -> None:
    assert _infractions(
        "Observers saw proxy voting in 14 polling stations, ballot box stuffing in 5 and group voting in 9."
    ) == [
        ("voter_impersonation", "polling_stations", 14, "exact", "ODIHR"),
        ("ballot_box_stuffing", "polling_stations", 5, "exact", "ODIHR"),
        ("group_voting", "polling_stations", 9, "exact", "ODIHR"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "rows"),
    [
        ("In a further 7 polling stations, observers saw ballot box stuffing.", "en",
         [("ballot_box_stuffing", "polling_stations", 7, "exact", "ODIHR")]),
        ("Group voting was seen in 12 polling stations, and ballot box stuffing in a further 7.", "en",
         [("group_voting", "polling_stations", 12, "exact", "ODIHR"),
          ("ballot_box_stuffing", "polling_stations", 7, "exact", "ODIHR")]),
        ("Групповое голосование отмечено на 12 участках, ещё на 7 участках — вбросы бюллетеней.", "ru",
         [("group_voting", "polling_stations", 12, "exact", "ODIHR"),
          ("ballot_box_stuffing", "polling_stations", 7, "exact", "ODIHR")]),
    ],
    ids=["en-a-further-fronted", "en-a-further-elided", "ru-eshche-kind-after"],
)  # fmt: skip
def test_stations_added_to_the_ones_before_keep_their_own_kind(text: str, language: Language,
                                                                rows: list[tuple[object, ...]]) -> None:
    assert _infractions(text, language=language) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Group voting was observed in 8 polling stations.",
         [("group_voting", "polling_stations", 8, "exact", "ODIHR")]),
        ("Some voters voted at two or more polling stations.", []),
    ],
    ids=["kind-ending-in-voting", "voting-at-stations-says-what-was-done"],
)  # fmt: skip
def test_a_kind_ending_in_voting_is_seen_in_its_stations(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _infractions(text) == rows


def test_stations_of_the_stations_observed_are_a_share_with_its_base() -> None:
    """A share of the stations observed, its base kept (the warehouse finds the part, 18, and the base in the text)."""
    [claim] = read("The process was assessed negatively in 18 of the 72 polling stations observed.")[1]
    assert (claim.category, claim.measure, claim.value, claim.base) == ("mixed", "polling_stations", 18, 72)


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        ("According to the prosecutors, criminal cases were opened against four polling station chairs for "
         "ballot box stuffing.", "en", ("ballot_box_stuffing", "criminal_cases", 4, "exact", PGO)),
        ("Как сообщили в прокуратуре, в отношении шести членов участковых комиссий, выдавших по нескольку "
         "бюллетеней одному избирателю, возбуждены административные дела.", "ru",
         ("multiple_ballots_issued", "administrative_cases", 6, "exact", PGO)),
        ("Бас прокуратураның мәліметінше, бюллетеньдерді заңсыз салғаны үшін 3 адамға қатысты қылмыстық іс қозғалды.",
         "kk", ("ballot_box_stuffing", "criminal_cases", 3, "exact", PGO)),
    ],
    ids=["en-against", "ru-v-otnoshenii", "kk-katysty"],
)  # fmt: skip
def test_cases_opened_against_a_count_of_people(text: str, language: Language, row: tuple[object, ...]) -> None:
    assert _infractions(text, language=language) == [row]


def test_cases_counted_themselves_are_not_counted_again_by_their_people() -> None:
    rows = _infractions("The prosecutors opened 12 criminal cases against 15 people.")
    assert [(r[1], r[2]) for r in rows] == [("criminal_cases", 12)]


@pytest.mark.parametrize(
    ("paragraphs", "language", "part"),
    [
        (("В ЦИК поступило 52 жалобы на ход голосования. Доводы 13 из них подтвердились, остальные отклонены.",),
         "ru", 13),
        (("The CEC received 40 complaints on election day. 11 of them were upheld, the rest were dismissed.",),
         "en", 11),
        (("Прокуратураға 30 шағым түсті. Оның 7-уі расталды.",), "kk", 7),
    ],
    ids=["ru-dovody-iz-nikh", "en-upheld", "kk-rastaldy"],
)  # fmt: skip
def test_the_part_of_the_complaints_borne_out_counts_violations(
    paragraphs: tuple[str, ...], language: Language, part: int
) -> None:
    rows = _infractions(*paragraphs, language=language)
    assert [(r[1], r[2]) for r in rows][-1] == ("violations", part)


def test_the_rest_not_confirmed_does_not_cancel_the_confirmed_part() -> None:
    rows = _infractions("Поступило 20 обращений. Доводы 6 из них подтвердились, остальные не нашли подтверждения.",
                        language="ru")  # fmt: skip
    assert ("violations", 6) in [(r[1], r[2]) for r in rows]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Police detained 30 people in Aktobe. Another 12 were held in Oral.",
         [(30, 30, "exact", "people", "ODIHR"), (12, 12, "exact", "people", "ODIHR")]),
        ("Some 25 demonstrators were held overnight.", [(25, 25, "approximately", "protesters", "ODIHR")]),
        ("In Almaty 4 rallies were held on Saturday.", []),
        ("In all, 9 meetings were held with the observers.", []),
        ("About 300 people were held responsible for the damage.", []),
    ],
    ids=["another-were-held", "count-noun-were-held", "rallies-held", "meetings-held", "held-responsible"],
)  # fmt: skip
def test_were_held_is_a_detention_only_of_people(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _detentions(text) == rows


@pytest.mark.parametrize(
    ("paragraphs", "reporters"),
    [
        (("The city police issued a statement on Monday. Thirty people had been detained at the station, it said.",),
         ["police"]),
        (("The city police issued a statement on Monday. Thirty people had been detained at the station, it said.",
          "Another 8 were held in Kokshetau, according to the same statement."), ["police", "police"]),
    ],
    ids=["it-said-aside", "according-to-the-same-statement"],
)  # fmt: skip
def test_a_speaker_in_an_aside_is_the_one_named_before(paragraphs: tuple[str, ...], reporters: list[str]) -> None:
    assert [c.reported_by for c in read(*paragraphs)[0]] == reporters


def test_where_people_were_taken_is_no_reporter() -> None:
    [claim] = read("В отделы полиции в тот вечер доставили не менее 35 человек.", language="ru")[0]
    assert (claim.detained_min, claim.reported_by) == (35, "ODIHR")


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        ("По словам правозащитницы Айгуль Сейтовой, в полицию доставили не менее 20 человек.", "ru", "Айгуль Сейтовой"),
        ("According to the news agency Steppe Wire, at least 20 people were detained.", "en", "Steppe Wire"),
    ],
    ids=["ru-rights-defender-by-name", "en-agency-by-name"],
)  # fmt: skip
def test_a_role_word_before_a_name_gives_the_name(text: str, language: Language, reporter: str) -> None:
    assert [c.reported_by for c in read(text, language=language)[0]] == [reporter]


def test_an_organisation_presenting_its_findings_speaks_for_the_story() -> None:
    detentions, infractions = read(
        "The Adal Dauys monitoring network presented its election-day findings in Astana on Tuesday.",
        "They recorded 64 violations in all. Ballot box stuffing was reported in one in ten of the polling stations "
        "covered. In two towns the volunteers were asked to leave before the count.",
    )
    assert detentions == []
    assert [infraction_row(c) for c in infractions] == [
        ("mixed", "violations", 64, "exact", "Adal Dauys monitoring network"),
        ("ballot_box_stuffing", "share_of_observations_pct", 10.0, "exact", "Adal Dauys monitoring network"),
        ("observer_obstruction", "observed", None, "observed", "Adal Dauys monitoring network"),
    ]


def test_a_network_presenting_a_report_and_organised_transport_of_voters() -> None:
    rows = _infractions(
        "Гражданская сеть наблюдателей «Ашық сайлау» представила итоговый отчёт о наблюдении.",
        "На участках, где работали её наблюдатели, зафиксировано пять случаев организованного подвоза избирателей.",
        language="ru",
    )
    assert rows == [("pressure_on_voters", "violations", 5, "exact", "Ашық сайлау")]


def test_observers_not_allowed_to_attend_the_count() -> None:
    rows = _infractions(
        "Наблюдателям от движения «Таза сайлау» на участке № 31 в Актау не позволили присутствовать при подсчёте "
        "голосов, сообщила пресс-служба движения.",
        language="ru",
    )
    assert [r[:2] for r in rows] == [("observer_obstruction", "observed")]


@pytest.mark.parametrize(
    ("paragraphs", "row"),
    [
        (("Бас прокуратураның мәліметінше, сайлау күні 9 әкімшілік іс қозғалды. Оның 4-еуі сайлаушыларға бірнеше "
          "бюллетень беруге байланысты.",), ("multiple_ballots_issued", "administrative_cases", 4, "exact", PGO)),
        (("Ақтөбе облысында сайлау күні 5 адам бірнеше бюллетень алғаны үшін әкімшілік жауапкершілікке тартылды, "
          "деп хабарлады облыстық прокуратура.",), ("multiple_ballots_issued", "persons_sanctioned", 5, "exact", PGO)),
    ],
    ids=["kk-part-collective-numeral", "kk-sanction-past-a-count-word"],
)  # fmt: skip
def test_kazakh_parts_and_sanctions(paragraphs: tuple[str, ...], row: tuple[object, ...]) -> None:
    assert _infractions(*paragraphs, language="kk")[-1] == row


def test_kazakh_agent_between_the_counted_object_and_the_verb() -> None:
    [claim] = read("Алматыда рұқсат етілмеген жиынға шыққан 22 адамды полиция ұстады.", language="kk")[0]
    assert detention_row(claim)[:4] == (22, 22, "exact", "protesters")  # they went out to an unauthorised gathering


def test_kazakh_reporting_verb_before_a_second_predicate() -> None:
    rows = _infractions(
        "Бас прокуратура сайлау туралы сауалнама жүргізудің заңға қайшы екендігін ескертеді және бірнеше адамның "
        "әкімшілік жауапкершілікке тартылғандығын мысалға келтіреді.",
        language="kk",
    )
    assert rows == [("mixed", "persons_sanctioned", None, "several", PGO)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("По данным миссии, на 5 участках были вбросы бюллетеней.", "ru"),
    ("According to the mission, in 5 polling stations ballot box stuffing was seen.", "en"),
], ids=["ru", "en"])
def test_stations_after_the_source_that_opens_the_sentence(sentence: str, language: str) -> None:
    _, infractions = read(sentence, language=language)
    assert [(c.category, c.measure, c.value) for c in infractions] == [("ballot_box_stuffing", "polling_stations", 5)]
