"""Shapes a third unseen batch showed: a custody phrase as the second predicate of a counted subject joined by
"and"/"и"/"және", and a place word whose tail (the "не" of "Астане") fell at the edge of the negation window.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _counts(paragraph: str, language: str) -> list[tuple[object, ...]]:
    detentions, _ = read(paragraph, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.qualifier, c.subject) for c in detentions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Несколько независимых журналистов получили повестки и оказались под стражей до суда.",
            "ru",
            [(3, "several", "journalists")],
            id="ru-custody-after-second-predicate",
        ),
        pytest.param(
            "Двенадцать активистов развернули плакаты и были задержаны у здания акимата.",
            "ru",
            [(12, "exact", "activists")],
            id="ru-passive-after-and",
        ),
        pytest.param(
            "Four observers refused to leave and were detained at the polling station.",
            "en",
            [(4, "exact", "observers")],
            id="en-passive-after-and",
        ),
        pytest.param(
            "Бес белсенді плакат көтеріп шықты және ұсталды.",
            "kk",
            [(5, "exact", "activists")],
            id="kk-passive-after-zhane",
        ),
    ],
)
def test_a_custody_phrase_after_a_second_predicate_counts_its_subject(
    paragraph: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _counts(paragraph, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        # a gathering verb first: the 300 gathered, the detained are not counted
        pytest.param("Около 300 человек собрались на площади и были задержаны.", "ru", id="ru-gathering-first"),
        # an active verb with its own subject after "and": the officers are not the detained
        pytest.param("Five officers arrived and detained the organisers.", "en", id="en-active-new-subject"),
        # the first predicate is negated
        pytest.param("Десять наблюдателей не пришли и были задержаны позже.", "ru", id="ru-negated-first"),
    ],
)
def test_no_count_crosses_a_gathering_an_active_subject_or_a_negation(paragraph: str, language: str) -> None:
    assert [row for row in _counts(paragraph, language) if row[0] is not None] == []


@pytest.mark.parametrize(
    ("paragraph", "language", "place"),
    [
        pytest.param(
            "В Астане поздно вечером 3 марта сотрудники полиции задержали группу людей у монумента.",
            "ru",
            "Астане",
            id="ru-astane-tail-is-no-negator",
        ),
        pytest.param(
            "В столице Казахстана Астане вечером 8 мая сотрудники полиции задержали группу активистов.",
            "ru",
            "Astana",
            id="ru-capital-apposition",
        ),
    ],
)
def test_a_cut_word_before_the_verb_is_no_negation(paragraph: str, language: str, place: str) -> None:
    detentions, _ = read(paragraph, language=language)  # type: ignore[arg-type]
    assert [c.qualifier for c in detentions] == ["uncounted"]
    assert detentions[0].location is not None and place[:2] in ("As", "Ас")


@pytest.mark.parametrize(
    ("paragraph", "language", "count"),
    [
        pytest.param("Three women were detained outside the akimat on Sunday.", "en", 3, id="en-women"),
        pytest.param("Четыре женщины были задержаны у здания суда.", "ru", 4, id="ru-women"),
        pytest.param("Police detained six men near the polling station.", "en", 6, id="en-men-object"),
    ],
)
def test_men_and_women_are_people(paragraph: str, language: str, count: int) -> None:
    assert _counts(paragraph, language) == [(count, "exact", "people")]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        # the speaker after the verb, with a role and a quoted organisation between; the relaying agency comes last
        pytest.param(
            (
                "К полудню выявлено 9 нарушений на участках. Об этом рассказал координатор движения «Адал сайлау» "
                "Ерлан Жаксыбеков, передает агентство «Бизнес-инфо».",
            ),
            "ru",
            ["Ерлан Жаксыбеков"],
            id="ru-verb-role-name-then-relaying-agency",
        ),
        # a wire dateline speaks for the whole story, across paragraphs
        pytest.param(
            ("SHYMKENT (Wirenews) - Opposition supporters gathered on Sunday.", "Police detained 40 protesters."),
            "en",
            ["Wirenews"],
            id="en-dateline-agency",
        ),
        # an outlet's own correspondent saw it
        pytest.param(
            ("Корреспондент Медиацентра увидел, как член комиссии опускает в урну пачку бюллетеней.",),
            "ru",
            ["Медиацентра"],
            id="ru-correspondent-saw",
        ),
        pytest.param(
            ("Жаңалық тілшісі №12 учаскеде жәшікке топталып тасталған бюллетеньдерді көрді.",),
            "kk",
            ["Жаңалық"],
            id="kk-correspondent-saw",
        ),
    ],
)
def test_the_reporter_is_who_speaks_or_sees(paragraphs: tuple[str, ...], language: str, expected: list[str]) -> None:
    assert _reporters(*paragraphs, language=language) == expected


def test_a_bracketed_expansion_is_no_dateline() -> None:
    assert _reporters(
        "The OSCE (Organization for Security and Co-operation in Europe) Observers noted ballot stuffing.",
        language="en",
    ) == ["ODIHR"]


def _reporters(*paragraphs: str, language: str) -> list[str | None]:
    detentions, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [c.reported_by for c in detentions] + [c.reported_by for c in infractions]
