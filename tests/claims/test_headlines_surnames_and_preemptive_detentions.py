"""Shapes two blind batches used: a headline's vague count that the lead gives again, a sentence opening on "the
arrests" whose source is that of the detentions before, a person named again by surname alone, a total put "at
'up to 50'", people held before a rally (not protesters), "по информации <surname>", a wire whose sentence names
the observers, a liability left unsaid after its offence ("за нарушения ... привлечено N лиц"), a participle and a
bracketed share between a count and its noun, "X has told", a Kazakh headline ending on its verb, "деп жазады x.kz".

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import detention_row, infraction_row, read

ODIHR = "ODIHR"
PGO = "Prosecutor General's Office"


def _detentions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [detention_row(c) for c in read(*paragraphs, language=language)[0]]


def _infractions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=language)[1]]


@pytest.mark.parametrize(
    ("paragraphs", "language", "qualifier"),
    [
        (
            (
                "Dozens of opposition supporters detained in Shymkent",
                "Dozens of supporters of the unregistered movement were detained in Shymkent on Saturday.",
            ),
            "en",
            "dozens",
        ),
        (
            (
                "В Таразе задержали несколько десятков человек",
                "Полиция задержала несколько десятков человек у здания акимата в Таразе, передает корреспондент Orda.",
            ),
            "ru",
            "several",
        ),
        (
            (
                "Таразда ондаған адам ұсталды",
                "Таразда әкімдік ғимаратының алдында ондаған адам ұсталды.",
            ),
            "kk",
            "tens",
        ),
    ],
    ids=["en-headline-dozens", "ru-headline-several-dozen", "kk-headline-tens"],
)
def test_a_headlines_vague_count_given_again_by_the_lead_is_one_row(
    paragraphs: tuple[str, ...], language: Language, qualifier: str
) -> None:
    rows = _detentions(*paragraphs, language=language)
    assert [row[2] for row in rows] == [qualifier]


def test_a_headlines_vague_count_of_another_place_is_its_own_row() -> None:
    rows = _detentions("Dozens of activists detained in Shymkent", "Dozens of activists were detained in Almaty.")
    assert [row[7] for row in rows] == ["Shymkent", "Almaty"]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            "Dozens of activists of the new party have been arrested in Almaty. The arrests began on Friday, "
            "with several members held at their homes, Orda’s correspondent reports.",
            "Orda’s correspondent",
        ),
        (
            "Dozens of activists of the new party have been arrested in Almaty. These detentions followed a call to "
            "rally, Vlast reports.",
            "Vlast",
        ),
    ],
    ids=["the-arrests-began", "these-detentions"],
)
def test_a_sentence_opening_on_the_arrests_gives_its_source_to_them(text: str, reporter: str) -> None:
    rows = _detentions(text)
    assert rows and rows[0][4] == reporter


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        (
            "The director of a local rights group, Aidar Nurlanov, told reporters that most detainees were freed. "
            "Nurlanov put the overall number of detained in Aktobe at “up to 40”.",
            "en",
            "Aidar Nurlanov",
        ),
        (
            "Правозащитник Айдар Нурланов рассказал о задержаниях в Актобе. Нурланов уточнил, что задержаны "
            "около 40 человек.",
            "ru",
            "Айдар Нурланов",
        ),
    ],
    ids=["en-surname-puts-the-number", "ru-surname-specified"],
)
def test_a_person_named_again_by_surname_is_the_reporter(text: str, language: Language, reporter: str) -> None:
    rows = _detentions(text, language=language)
    assert [row[4] for row in rows] == [reporter]
    assert rows[0][1] == 40


def test_an_opening_word_that_was_never_a_full_name_is_no_reporter() -> None:
    rows = _detentions("Police detained 12 people. Officials said 12 people were detained near the square.")
    assert all(row[4] != "Police" for row in rows)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Перед митингом власти заранее задержали десятки человек.", "ru"),
        ("Ahead of the rally, police preemptively detained 20 people in Almaty.", "en"),
        ("Митинг алдында полиция алдын ала 20 адамды ұстады.", "kk"),
    ],
    ids=["ru-zaranee", "en-preemptively", "kk-aldyn-ala"],
)
def test_people_held_before_a_rally_are_not_protesters(text: str, language: Language) -> None:
    rows = _detentions(text, language=language)
    assert [row[3] for row in rows] == ["people"]


def test_people_held_at_a_rally_are_still_protesters() -> None:
    rows = _detentions("Police dispersed the rally and detained 20 people in Almaty.")
    assert [row[3] for row in rows] == ["protesters"]


def test_according_to_a_persons_information_is_that_person() -> None:
    rows = _detentions("По информации Сарсенова, всего в городе за сутки было задержано 45 человек.", language="ru")
    assert [(row[0], row[4]) for row in rows] == [(45, "Сарсенова")]


def test_a_wire_keeps_the_observers_its_sentence_names() -> None:
    rows = _infractions(
        "Observers fault the vote",
        "ALMATY (Reuters) - The president won another term on Sunday, but international observers criticised the "
        "vote, citing ballot box stuffing.",
    )
    assert [(row[0], row[4]) for row in rows] == [("ballot_box_stuffing", ODIHR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За нарушения порядка агитации привлечено ещё пять лиц.", [("persons_sanctioned", 5.0)]),
        ("За нарушения выборного законодательства были привлечены девять человек.", [("persons_sanctioned", 9.0)]),
        ("За нарушения на участках были привлечены к работе пять новых членов комиссий.", []),
    ],
    ids=["ru-privlecheno-lits", "ru-privlecheny-chelovek", "ru-engaged-to-work-not-a-sanction"],
)
def test_a_liability_left_unsaid_after_its_offence(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(row[1], row[2]) for row in _infractions(text, language="ru")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 (40%) поступивших в ЦИК обращений касаются агитации.",
        "31 поступивших в Генпрокуратуру обращений рассмотрены.",
        "31 (40 %) обращений касаются агитации.",
    ],
    ids=["share-and-participle", "participle", "share-with-space"],
)
def test_a_participle_or_a_bracketed_share_between_a_count_and_its_noun(text: str) -> None:
    rows = _infractions(text, language="ru")
    assert [(row[1], row[2]) for row in rows] == [("complaints", 31.0)]


def test_a_received_by_participle_names_its_recipient() -> None:
    rows = _infractions("31 (40%) поступивших в ЦИК обращений касаются агитации.", language="ru")
    assert rows[0][4] == "CEC"


def test_a_quote_closed_by_a_name_and_has_told() -> None:
    rows = _infractions('"By noon we had received about 30 complaints from voters," - Nurtayev has told.')
    assert [(row[2], row[4]) for row in rows] == [(30.0, "Nurtayev")]


@pytest.mark.parametrize(
    ("paragraphs", "reporters"),
    [
        (("Прокуратура органдары заңсыз үгіт бойынша 7 іс қозғады",), [PGO]),
        (("Прокуратура органдары заңсыз үгіт бойынша 7 іс қозғаған, деп жазады ortalyk.kz.",), [PGO]),
    ],
    ids=["kk-headline-ends-on-its-verb", "kk-dep-zhazady-site"],
)
def test_a_kazakh_authoritys_verb_ends_a_headline(paragraphs: tuple[str, ...], reporters: list[str]) -> None:
    rows = _infractions(*paragraphs, language="kk")
    assert [row[4] for row in rows] == reporters


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police were still holding several prominent opposition leaders who'd been detained at dawn.", "en"),
        ("Полиция задержала нескольких лидеров оппозиции у здания суда.", "ru"),
        ("Полиция бірнеше оппозиция көшбасшыларын ұстады.", "kk"),
    ],
    ids=["en-opposition-leaders-whod-been", "ru-lidery-oppozicii", "kk-oppozitsiya-koshbasshylary"],
)
def test_opposition_leaders_are_counted_as_activists(text: str, language: Language) -> None:
    rows = _detentions(text, language=language)
    assert [(row[2], row[3]) for row in rows] == [("several", "activists")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A photographer in the city of Taraz told Reuters that three of his colleagues from the regional weekly "
            "Taraz News and a cameraman from a national channel were detained.",
            "en",
            (3, "journalists"),
        ),
        (
            "Журналист рассказал, что трое его коллег и один корреспондент были задержаны у акимата.",
            "ru",
            (3, "journalists"),
        ),
    ],
    ids=["en-colleagues-and-one-more", "ru-kollegi-i-odin"],
)
def test_colleagues_of_the_speaker_and_one_more_person(
    text: str, language: Language, expected: tuple[int, str]
) -> None:
    rows = _detentions(text, language=language)
    assert [(row[0], row[3]) for row in rows] == [expected]
    assert rows[0][4] != "Taraz"  # the speaker's town is no reporter


def test_a_count_with_two_joined_groups_still_needs_its_verb() -> None:
    assert (
        _detentions("Three of his colleagues from the weekly and a cameraman from a channel attended the rally.") == []
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Задержания у здания акимата в Караганде.", "ru", [("uncounted", "Караганде")]),
        ("Detentions outside the akimat in Karaganda.", "en", [("uncounted", "Karaganda")]),
        ("Задержания также проходят в Караганде.", "ru", []),
        ("Detentions were also reported in Karaganda, residents said, though none could be confirmed.", "en", []),
    ],
    ids=["ru-caption", "en-caption", "ru-with-a-verb-is-no-caption", "en-long-sentence-is-no-caption"],
)
def test_a_caption_of_detentions_and_their_place(
    text: str, language: Language, expected: list[tuple[str, str]]
) -> None:
    rows = _detentions(text, language=language)
    assert [(row[2], row[7]) for row in rows] == expected


def test_the_animate_accusative_of_several() -> None:
    rows = _detentions("Полиция задержала нескольких активистов у здания суда.", language="ru")
    assert [(row[0], row[1], row[3]) for row in rows] == [(3, 9, "activists")]


def test_ending_up_in_police_vans_is_a_detention() -> None:
    rows = _detentions("Около 40 человек оказались в автозаках у здания акимата.", language="ru")
    assert [(row[0], row[2]) for row in rows] == [(40, "approximately")]
