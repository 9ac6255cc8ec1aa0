"""Shapes a fourth unseen batch showed: a single person counted by a worded "one" that opens the sentence, Russian
collective numerals ("двое", "троих"), a count whose reporter is named only in the sentence before, a vague count
restated in a later paragraph, a quotation closed with the speaker's name before the verb, the speaker's own
"our observers", a journalist driven out of a station, ballots thrown into the box in the passive, a quoted
"honest" count, and the observation mission named in full.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _detentions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.qualifier, c.subject) for c in detentions]


def _infractions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.category, c.measure, c.value, c.reported_by) for c in infractions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "One woman was detained for holding a sign outside the akimat.",
            "en",
            [(1, "exact", "people")],
            id="en-one-opens-sentence",
        ),
        pytest.param(
            "Один человек задержан у здания избирательной комиссии.",
            "ru",
            [(1, "exact", "people")],
            id="ru-odin-opens-sentence",
        ),
        pytest.param(
            "Бір белсенді полиция бөлімшесіне жеткізілді.",
            "kk",
            [(1, "exact", "activists")],
            id="kk-bir-opens-sentence",
        ),
        pytest.param(
            "Двое мужчин были задержаны у входа на участок.", "ru", [(2, "exact", "people")], id="ru-collective-dvoe"
        ),
        pytest.param(
            "Полиция задержала троих активистов на центральной площади.",
            "ru",
            [(3, "exact", "activists")],
            id="ru-collective-troikh",
        ),
    ],
)
def test_a_worded_one_opening_the_sentence_and_collective_numerals_count(
    paragraph: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _detentions(paragraph, language=language) == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("The police questioned one voter and detained nobody.", "en", id="en-one-inside-sentence"),
        pytest.param("Observers said one of the detainees was a journalist.", "en", id="en-one-of"),
        pytest.param("Полиция отпустила одного задержанного без протокола.", "ru", id="ru-odnogo-inside"),
    ],
)
def test_a_worded_one_inside_a_sentence_is_no_count(paragraph: str, language: str) -> None:
    assert all(row[0] != 1 for row in _detentions(paragraph, language=language))


@pytest.mark.parametrize(
    ("paragraph", "reporter"),
    [
        pytest.param(
            "The authorities must free the activists who were arrested at the rally this morning, Freedom Now said. "
            "At least 45 people were detained in Shymkent.",
            "Freedom Now",
            id="en-named-for-the-uncounted-arrests",
        ),
    ],
)
def test_a_count_of_the_arrests_the_previous_sentence_reported_keeps_its_reporter(
    paragraph: str, reporter: str
) -> None:
    detentions, _ = read(paragraph)
    assert [c.reported_by for c in detentions if c.detained_min == 45] == [reporter]


def test_a_previous_sentence_about_something_else_lends_no_reporter() -> None:
    detentions, _ = read(
        "Turnout was high in the north, the governor said. At least 45 people were detained in Shymkent."
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(45, "ODIHR")]


def test_a_vague_count_restated_with_the_same_words_is_one_row() -> None:
    rows = _detentions(
        "On polling day dozens of young activists were detained in several cities.",
        "The report lists these abuses, including detaining dozens of young activists on polling day.",
    )
    assert rows == [(None, "dozens", "activists")] or [r[1:] for r in rows] == [("dozens", "activists")]


def test_vague_counts_of_different_words_stay_two_rows() -> None:
    rows = _detentions(
        "Сотни людей были арестованы в обоих городах.",
        "Вечером полиция задержала сотни протестующих у вокзала.",
        language="ru",
    )
    assert len(rows) == 2


def test_a_quotation_closed_by_the_speakers_name_gives_its_sentences_that_speaker() -> None:
    paragraph = ('"Altogether our monitors recorded 17 such violations. None of them changed the outcome," '
                 "Aigerim Sultanova said.")  # fmt: skip
    assert _infractions(paragraph) == [("mixed", "violations", 17.0, "Aigerim Sultanova")]


def test_the_speakers_own_observers_are_no_reporter() -> None:
    _, infractions = read("Our observers found 9 violations in the district, Daniyar Omarov said.")
    assert [c.reported_by for c in infractions] == ["Daniyar Omarov"]


@pytest.mark.parametrize(
    ("paragraph", "language", "category"),
    [
        pytest.param(
            "A correspondent of the weekly was driven out of the polling station before the count.",
            "en",
            "observer_obstruction",
            id="en-driven-out",
        ),
        pytest.param(
            "Фонд оспорит в суде удаление с участка двух аккредитованных журналистов.",
            "ru",
            "observer_obstruction",
            id="ru-udalenie-s-uchastka",
        ),
        pytest.param(
            "A video showed that a stack of ballots was being pushed into the urn by the secretary.",
            "en",
            "ballot_box_stuffing",
            id="en-passive-ballots-into-urn",
        ),
        pytest.param(
            'Monitors wrote that an "honest" vote-count could not be assured in the capital.',
            "en",
            "counting_irregularity",
            id="en-quoted-honest-count",
        ),
        pytest.param(
            "Party monitors described alleged repeat voting at two schools.", "en", "other", id="en-repeat-voting"
        ),
    ],
)
def test_new_finding_forms(paragraph: str, language: str, category: str) -> None:
    assert category in {row[0] for row in _infractions(paragraph, language=language)}


def test_the_mission_named_in_full_reports_its_finding_and_local_observers_theirs() -> None:
    paragraph = (
        "Observers from the Organization for Security and Co-operation in Europe found that an honest count could "
        "not be guaranteed; local observers described alleged repeat voting in two villages."
    )
    rows = {(row[0], row[3]) for row in _infractions(paragraph)}
    assert ("counting_irregularity", "ODIHR") in rows
    assert ("other", "local observers") in rows


def test_a_removal_from_the_station_is_no_detention() -> None:
    assert _detentions("Two observers were driven out of the polling station by the chairman.") == []
