"""A detention count revised by a later one: the later figure stands, with the earlier count's people and place."""

from __future__ import annotations

import pytest

from sources.claims.quantities import find_quantities
from sources.claims.revised import revises
from sources.records import Language

from .documents import read


def _detentions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)
    return [(c.detained_min, c.detained_max, c.qualifier, c.subject, c.reported_by) for c in detentions]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(
            ("The police first said that 40 protesters had been detained in Taraz; on Tuesday they revised the "
             "figure to 65.",),
            "en",
            [(65, 65, "exact", "protesters", "police")],
            id="en-same-sentence",
        ),
        pytest.param(
            ("The police said at least 40 protesters were detained in Taraz. Two days later the police raised the "
             "number to 65.",),
            "en",
            [(65, 65, "exact", "protesters", "police")],
            id="en-next-sentence",
        ),
        pytest.param(
            ("The police said at least 40 protesters were detained in Taraz.",
             "On Thursday the figure was revised upwards to 65."),
            "en",
            [(65, 65, "exact", "protesters", "ODIHR")],
            id="en-next-paragraph-passive",
        ),
        pytest.param(
            ("Полиция сообщила о задержании 40 участников митинга в Таразе. Позже полиция уточнила эти данные "
             "до 65.",),
            "ru",
            [(65, 65, "exact", "protesters", "police")],
            id="ru-до-is-to-not-up-to",
        ),
        pytest.param(
            ("Тараз полициясы митингке қатысқан 40 адамның ұсталғанын хабарлады. Кейін полиция ұсталғандар "
             "санын 65-ке дейін нақтылады.",),
            "kk",
            [(65, 65, "exact", "protesters", "police")],
            id="kk-verb-after-the-count",
        ),
    ],
)  # fmt: skip
def test_the_later_figure_stands(paragraphs: tuple[str, ...], language: Language, expected: list[object]) -> None:
    assert _detentions(*paragraphs, language=language) == expected


def test_an_up_to_revision_keeps_its_bound() -> None:
    rows = _detentions("The police said 40 people were detained in Taraz. Later they revised the figure to up to 65.")
    assert rows == [(None, 65, "up to", "people", "police")]


def test_a_second_count_that_revises_nothing_is_its_own_claim() -> None:
    rows = _detentions("The police said 40 people were detained in Taraz. Another 25 were detained in Shu.")
    assert [r[0] for r in rows] == [40, 25]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Later they revised the figure to 65.", True),
        ("The total was subsequently corrected to 65.", True),
        ("Позже МВД скорректировало число задержанных до 65.", True),
        ("Some 65 people were detained.", False),
        ("Turnout rose to 65 per cent.", False),
    ],
)
def test_revising_words_before_or_after_the_count(sentence: str, expected: bool) -> None:
    quantities = tuple(find_quantities(sentence, []))
    assert any(revises(sentence, q) for q in quantities) is expected
