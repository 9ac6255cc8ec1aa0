"""Detention shapes three blind batches and the set's last misses used: the group "N of them" counts named before,
a name with its own punctuation inside a coordinated predicate, a list of places after one verb ("в Алматы — 289"),
a count ending its clause with its noun left out, a count inside a place, a singular participle, a gerund shared
by a participle ("being denied access or detained"), an object fronted before a series of verbs, and a paragraph
that opens on its source.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.records import Language

from .documents import detention_row, read

MVD = "Ministry of Internal Affairs"


def _detentions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [detention_row(c) for c in read(*paragraphs, language=language)[0]]


def _counts(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    """(min, qualifier, subject) of each detention."""
    return [(row[0], row[2], row[3]) for row in _detentions(*paragraphs, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Reporters were also among those rounded up in the square: at least 9 of them, according to a press "
            "freedom group.",
            "en",
            "journalists",
        ),
        ("Журналисты тоже были задержаны: не менее 6 из них, по данным правозащитников.", "ru", "journalists"),
        # no group named as the detention's subject: "them" are people
        ("Around 40 people gathered in the square and police detained 12 of them.", "en", "people"),
    ],
    ids=["en-colon-then-of-them", "ru-iz-nih", "en-gathered-people"],
)
def test_of_them_counts_the_group_named_before(text: str, language: Language, subject: str) -> None:
    counts = _counts(text, language=language)
    assert len(counts) == 1 and counts[0][2] == subject, counts


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Four supporters of an unregistered party and seven members of the group Wake Up, Almaty! unfurled a "
            "banner outside the akimat and were quickly arrested.",
            "en",
            [4, 7],
        ),
        (
            "Трое сторонников партии и шесть членов движения «Проснись, Шымкент!» развернули плакат у акимата и были "
            "задержаны.",
            "ru",
            [3, 6],
        ),
    ],
    ids=["en-name-with-comma-and-bang", "ru-quoted-name-genitive-chain"],
)
def test_a_name_with_its_own_punctuation_does_not_end_the_predicate(
    text: str, language: Language, expected: list[int]
) -> None:
    assert [c[0] for c in _counts(text, language=language)] == expected


def test_a_gathering_then_a_passive_still_counts_no_one() -> None:
    # the earlier rule stands: not all who gathered need be the detained
    assert _counts("Около 300 человек собрались на площади и были задержаны.", language="ru") == []


def test_a_list_of_places_after_one_verb_gives_each_place_its_count() -> None:
    rows = _detentions("По данным МВД, 9 июня в Астане задержаны 210 человек, в Алматы — 180, в Шымкенте — 25.",
                       language="ru")  # fmt: skip
    assert [(r[0], r[4], r[7]) for r in rows] == [(210, MVD, "Астане"), (180, MVD, "Алматы"), (25, MVD, "Шымкенте")]
    assert all(r[5] == dt.date(2019, 6, 9) for r in rows)


def test_a_place_item_keeps_its_own_noun_and_source() -> None:
    rows = _detentions("В Таразе, как сообщили в полиции, задержаны 14 человек, в Актобе — не менее 8 человек, по "
                       "данным местного правозащитного центра «Право».", language="ru")  # fmt: skip
    assert [(r[0], r[2], r[4], r[7]) for r in rows] == [
        (14, "exact", "police", "Таразе"),
        (8, "at least", "Право", "Актобе"),
    ]


def test_a_dash_item_that_counts_something_else_is_no_detention() -> None:
    rows = _detentions("9 июня в Астане задержаны 210 человек, в Алматы — 180 участков закрылись вовремя.",
                       language="ru")  # fmt: skip
    assert [r[0] for r in rows] == [210]


def test_a_paragraph_that_opens_on_its_source_speaks_for_its_sentences_not_the_next_paragraph() -> None:
    rows = _detentions(
        "По данным МВД, 9 июня в Астане задержаны 210 человек. 10 июня в Алматы задержали ещё 90 человек.",
        "Ещё 15 человек были задержаны в Таразе.",
        language="ru",
    )
    assert [(r[0], r[4]) for r in rows] == [(210, MVD), (90, MVD), (15, "ODIHR")]


def test_the_ministry_named_bare_after_it_spoke() -> None:
    rows = _detentions("Всего за три дня, как уточнили в министерстве, задержаны 400 человек.", language="ru")
    assert [(r[0], r[4]) for r in rows] == [(400, MVD)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Всего в двух городах были задержаны 57 человек.", "ru", [57]),
        ("In three cities 45 protesters were detained.", "en", [45]),
    ],
    ids=["ru-two-cities", "en-three-cities"],
)
def test_a_count_inside_a_place_is_no_detention(text: str, language: Language, expected: list[int]) -> None:
    assert [c[0] for c in _counts(text, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Участники акции требовали освободить активиста, задержанного накануне.", []),
        ("Полиция задержала активистов движения.", [(None, "uncounted", "activists")]),
        ("Активисты были задержаны у акимата.", [(None, "uncounted", "activists")]),
    ],
    ids=["singular-participle-one-person", "active-verb-agent-singular", "plural-passive"],
)
def test_a_singular_participle_names_one_person_not_a_group(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _counts(text, language="ru") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "В первый день в полицию были доставлены около 300, привлечены к ответственности около 120 человек.",
            "ru",
            [(300, "approximately", "people")],
        ),
        ("On Monday police detained 45, a spokesman said.", "en", [(45, "exact", "people")]),
    ],
    ids=["ru-noun-left-out-before-comma", "en-bare-object"],
)
def test_a_count_ending_its_clause_after_the_verb_counts_people(
    text: str, language: Language, expected: list[tuple[object, ...]]
) -> None:
    assert _counts(text, language=language) == expected


def test_a_gerund_shared_by_a_participle_names_another_group() -> None:
    counts = _counts("Dozens of protesters were detained in at least three major cities, with reports of independent "
                     "observers being denied access or detained at some polling stations.")  # fmt: skip
    assert counts == [(24, "dozens", "protesters"), (None, "uncounted", "observers")]


def test_an_active_verb_with_its_own_subject_after_or_is_not_shared() -> None:
    assert _counts("Five officers arrived or detained the organisers.") == []


def test_an_object_fronted_before_a_series_of_verbs() -> None:
    rows = _detentions(
        "Выборы прошли с многочисленными нарушениями, считают независимые наблюдатели. В день голосования "
        "наблюдателей не пускали на участки, задерживали и выгоняли с участков.",
        language="ru",
    )
    assert [(r[2], r[3], r[4]) for r in rows] == [("uncounted", "observers", "независимые наблюдатели")]


def test_the_cities_a_detention_happened_in_are_no_count() -> None:
    assert _counts("Police detained protesters in at least four major cities.") == [(None, "uncounted", "protesters")]
