"""Shapes a fifth unseen batch showed: a Kazakh place phrase between the count and its verb, unnamed officials and
a quoted Kazakh organisation as reporters, a prosecutor's case files counted by what they concern (and a count in
parentheses after its noun), a total of what the sentence before named ("Их было всего 19"), and a count added to a
detention with only a bare participle ("in addition to 500 held a day earlier").

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _detentions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return sorted((c.detained_min, c.subject, c.reported_by) for c in detentions)


def _infractions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return sorted(((c.category, c.measure, c.value) for c in infractions), key=str)


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param("Екі адам сайлау учаскесінің жанында ұсталды.", "kk", [2], id="kk-genitive-postposition"),
        pytest.param("Үш белсенді Алматыда әкімдіктің алдында ұсталды.", "kk", [3], id="kk-locative-and-genitive"),
        pytest.param("Бес тұрғын Астанадағы алаңда ұсталды.", "kk", [5], id="kk-locative-custody"),
        pytest.param("Two men were detained near the polling station.", "en", [2], id="en-place-phrase"),
        pytest.param("Двое мужчин были задержаны у избирательного участка.", "ru", [2], id="ru-place-phrase"),
    ],
)
def test_a_place_phrase_may_stand_between_count_and_verb(paragraph: str, language: str, expected: list[int]) -> None:
    assert [d[0] for d in _detentions(paragraph, language=language)] == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "Бес жүз адам алаңда жиналды, кейін полиция оларды таратты.", "kk", id="kk-gathered-then-dispersed"
        ),
        pytest.param("Жүз адам сайлау учаскесінің жанында кезекте тұрды.", "kk", id="kk-queue-no-detention"),
    ],
)
def test_a_place_phrase_gives_no_detention_without_its_verb(paragraph: str, language: str) -> None:
    assert _detentions(paragraph, language=language) == []


@pytest.mark.parametrize(
    ("paragraph", "language", "reporter"),
    [
        pytest.param(
            "On Tuesday officials said only 60 people were arrested overall.", "en", "officials", id="en-officials"
        ),
        pytest.param(
            "City officials told reporters that 25 people were detained.",
            "en",
            "City officials",
            id="en-city-officials",
        ),
        pytest.param("Власти заявили, что задержаны 12 человек.", "ru", "Власти", id="ru-vlasti"),
    ],
)
def test_unnamed_officials_report_a_detention(paragraph: str, language: str, reporter: str) -> None:
    assert [d[2] for d in _detentions(paragraph, language=language)] == [reporter]


def test_officials_detained_are_no_reporter() -> None:
    assert [d[2] for d in _detentions("Three officials were detained.")] != ["officials"]


@pytest.mark.parametrize(
    ("paragraph", "reporter"),
    [
        pytest.param(
            "«Әділ сайлау» ұйымының 300 бақылаушысы 120 заң бұзу дерегін анықтаған.", "Әділ сайлау", id="kk-org-members"
        ),
        pytest.param("«Ашық дауыс» қозғалысы сайлау күні 45 бұзушылықты тіркеді.", "Ашық дауыс", id="kk-movement"),
    ],
)
def test_a_quoted_kazakh_organisation_reports_its_finding(paragraph: str, reporter: str) -> None:
    _, infractions = read(paragraph, language="kk")
    assert [c.reported_by for c in infractions if c.value is not None] == [reporter]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Из этих материалов 7 материалов касались выдачи бюллетеней за других лиц.",
            "ru",
            [("multiple_ballots_issued", "administrative_cases", 7.0)],
            id="ru-materials-concern",
        ),
        pytest.param(
            "Больше всего дел (9) связано с выдачей бюллетеней за родственников.",
            "ru",
            [("multiple_ballots_issued", "administrative_cases", 9.0)],
            id="ru-count-in-parentheses",
        ),
        pytest.param(
            "The largest number of complaints (14) concerned pressure on voters.",
            "en",
            [("pressure_on_voters", "complaints", 14.0)],
            id="en-count-in-parentheses",
        ),
        pytest.param(
            "Прокуратура изучила материалы с признаками административного правонарушения. Их было всего 23.",
            "ru",
            [("mixed", "administrative_offences", 23.0)],
            id="ru-anaphoric-total",
        ),
        pytest.param(
            "The commission received complaints from voters. There were 45 in all.",
            "en",
            [("mixed", "complaints", 45.0)],
            id="en-anaphoric-total",
        ),
    ],
)
def test_case_files_and_totals_are_counted(paragraph: str, language: str, expected: list[tuple[object, ...]]) -> None:
    assert [i for i in _infractions(paragraph, language=language) if i[2] is not None] == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "The commission received complaints. While there were seven candidates, the campaign was calm.",
            "en",
            id="en-own-noun",
        ),
        pytest.param("Police spoke to voters. There were 45 in all.", "en", id="en-no-measure-before"),
        pytest.param("Полиция изъяла 300 агитационных материалов.", "ru", id="ru-leaflets-not-files"),
        pytest.param("В списке (12) человек.", "ru", id="ru-parentheses-no-measure"),
    ],
)
def test_no_count_without_its_measure(paragraph: str, language: str) -> None:
    assert [i for i in _infractions(paragraph, language=language) if i[2] is not None] == []


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "The ministry said police detained 150 people on Sunday in addition to 400 held a day earlier.",
            "en",
            [150, 400],
            id="en-in-addition-held",
        ),
        pytest.param(
            "Police arrested 35 protesters, besides 60 arrested the previous evening.",
            "en",
            [35, 60],
            id="en-besides-arrested",
        ),
        pytest.param(
            "Полиция задержала 40 человек в понедельник помимо 120 задержанных накануне.",
            "ru",
            [40, 120],
            id="ru-pomimo",
        ),
        pytest.param("Police detained 20 people in addition to 300 held a rally.", "en", [20], id="en-held-a-rally"),
        pytest.param("In addition to 500 held seats, the party won two more.", "en", [], id="en-no-detention-before"),
    ],
)
def test_a_count_added_to_a_detention(paragraph: str, language: str, expected: list[int]) -> None:
    assert sorted(d[0] for d in _detentions(paragraph, language=language)) == expected
