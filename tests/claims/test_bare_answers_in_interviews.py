"""An interview's counts said as bare answers: "Were any of your observers detained?" / "Four." -- the question's
quantifier ("any", "how many", "сколько", "қанша") takes the answer's count and the question says what was
counted (frames.answered); the answers are the interviewee's, introduced as the head of a group or as the person
spoken with. A question alone reports nothing.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims.frames import answered

from .documents import read


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        pytest.param(
            "Were any of your monitors detained?", "Three.", "Were Three of your monitors detained.", id="en-any"
        ),
        pytest.param(
            "How many complaints did you file?", "About 40.", "About 40 complaints did you file.", id="en-how-many"
        ),
        pytest.param("Сколько наблюдателей задержали?", "Пятерых.", "Пятерых наблюдателей задержали.", id="ru-skolko"),
        pytest.param("Қанша бақылаушы ұсталды?", "Үшеуі.", "Үшеуі бақылаушы ұсталды.", id="kk-qansha"),
    ],
)
def test_answered(question: str, answer: str, expected: str) -> None:
    assert answered(question, answer) == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        pytest.param("Were any of your monitors detained?", "Three of them, yes, in Oral.", id="answer-not-bare"),
        pytest.param("Police detained some of your monitors.", "Three.", id="not-a-question"),
        pytest.param("Were your monitors detained?", "Three.", id="no-quantifier"),
        pytest.param("Were any of your monitors detained?", "Yes.", id="no-count"),
    ],
)
def test_not_answered(question: str, answer: str) -> None:
    assert answered(question, answer) is None


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(
            ("Were any of your monitors detained?\nThree. All in Oral, after the count.",),
            "en",
            [(3, "observers")],
            id="en-same-paragraph",
        ),
        pytest.param(
            ("Were any of your monitors detained?", "Three. All in Oral, after the count."),
            "en",
            [(3, "observers")],
            id="en-answer-in-next-paragraph",
        ),
        pytest.param(
            ("Сколько наблюдателей задержали в день голосования?", "Шестерых. Их отпустили к вечеру."),
            "ru",
            [(6, "observers")],
            id="ru-skolko-next-paragraph",
        ),
        pytest.param(("Were any of your monitors detained?", "No, none."), "en", [], id="en-answer-without-count"),
    ],
)
def test_a_bare_answer_counts_what_the_question_asked(
    paragraphs: tuple[str, ...], language: str, expected: list[tuple[object, ...]]
) -> None:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert [(c.detained_min, c.subject) for c in detentions] == expected


def test_the_evidence_is_the_question_and_its_answer() -> None:
    detentions, _ = read("Were any of your monitors detained?", "Three.")
    assert [c.evidence.text for c in detentions] == ["Were any of your monitors detained? Three."]


def test_the_answers_are_the_interviewees_introduced_as_head_of_a_group() -> None:
    detentions, infractions = read(
        "Dana Seitkali leads Taza Dauys, a volunteer network of citizen observers.",
        "How many complaints have you sent?",
        "We sent 17 complaints to the regional commission.",
        "Were any of your monitors detained?",
        "Two.",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(2, "Dana Seitkali")]
    assert [(c.value, c.reported_by) for c in infractions] == [(17.0, "Dana Seitkali")]


def test_the_answers_are_the_interviewees_introduced_in_russian() -> None:
    detentions, _ = read(
        "Айгерим Сапарова возглавляет сеть независимых наблюдателей.",
        "Сколько наблюдателей задержали?",
        "Четверых.",
        language="ru",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(4, "Айгерим Сапарова")]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(
            ("Did your volunteers see group voting?", "Yes. They filmed it in at least 6 stations in Shymkent."),
            "en",
            [("group_voting", "polling_stations", 6.0)],
            id="en-yes-then-it",
        ),
        pytest.param(
            ("Did your volunteers see group voting?\nYes, we recorded it in 4 polling stations.",),
            "en",
            [("group_voting", "polling_stations", 4.0)],
            id="en-yes-comma-same-paragraph",
        ),
        pytest.param(
            ("Видели ли ваши наблюдатели вбросы бюллетеней?", "Да. Мы засняли это на 7 участках."),
            "ru",
            [("ballot_box_stuffing", "polling_stations", 7.0)],
            id="ru-da-eto",
        ),
    ],
)
def test_an_answers_pronoun_stands_for_the_finding_asked_about(
    paragraphs: tuple[str, ...], language: str, expected: list[tuple[object, ...]]
) -> None:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert [(c.category, c.measure, c.value) for c in infractions] == expected


def test_a_pronoun_after_a_statement_stands_for_nothing() -> None:
    _, infractions = read("Observers saw group voting.", "They filmed it in 6 stations.")
    assert [c.value for c in infractions if c.measure == "polling_stations"] == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Ballot box stuffing was observed in 11 stations.",
            [("ballot_box_stuffing", "polling_stations", 11.0)],
            id="bare-stations-of-a-vote",
        ),
        pytest.param(
            "Volunteers photographed ballot box stuffing in 3 polling stations.",
            [("ballot_box_stuffing", "polling_stations", 3.0)],
            id="photographed",
        ),
    ],
)
def test_stations_and_cameras(paragraph: str, expected: list[tuple[object, ...]]) -> None:
    _, infractions = read(paragraph)
    assert [(c.category, c.measure, c.value) for c in infractions] == expected


def test_police_stations_are_no_polling_stations() -> None:
    detentions, infractions = read("Twelve protesters were taken to police stations in Almaty.")
    assert [c.detained_min for c in detentions] == [12]
    assert infractions == []
