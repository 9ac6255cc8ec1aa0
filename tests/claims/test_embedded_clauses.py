"""A parenthetical relative clause between commas is its own scope: its negation or modality stays inside it, and
the main clause resumes after its closing comma ("The mission, which did not ..., reported ..."). A finding inside
the embedded clause is still cancelled by that clause's own negation.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _kinds(paragraph: str, language: str = "en") -> list[tuple[object, ...]]:
    _, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    return sorted(((c.category, c.measure, c.value) for c in infractions), key=str)


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "The monitors, who could not visit the rural districts, documented instances of ballot box stuffing.",
            "en",
            [("ballot_box_stuffing", "observed", None)],
            id="en-who-could-not",
        ),
        pytest.param(
            "Nine violations, none of which changed the outcome, were registered by the regional prosecutors.",
            "en",
            [("mixed", "violations", 9.0)],
            id="en-none-of-which",
        ),
        pytest.param(
            "The delegation, whose members did not speak Kazakh, noted cases of group voting in two villages.",
            "en",
            [("group_voting", "observed", None)],
            id="en-whose-did-not",
        ),
        pytest.param(
            "Наблюдатели, которые не имели аккредитации СМИ, зафиксировали вбросы бюллетеней на двух участках.",
            "ru",
            [("ballot_box_stuffing", "polling_stations", 2.0)],
            id="ru-kotorye-ne",
        ),
    ],
)
def test_a_negated_embedded_clause_keeps_the_main_finding(paragraph: str, language: str, expected: list) -> None:
    assert _kinds(paragraph, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "The observers, who did not see any ballot box stuffing, left the station before noon.",
            "en",
            id="en-finding-inside-negated",
        ),
        pytest.param(
            "Члены комиссии, которые не допускали вбросов бюллетеней, работали до утра.",
            "ru",
            id="ru-finding-inside-negated",
        ),
    ],
)
def test_a_finding_inside_a_negated_embedded_clause_stays_cancelled(paragraph: str, language: str) -> None:
    assert _kinds(paragraph, language) == []
