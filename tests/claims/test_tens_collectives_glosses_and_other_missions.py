"""Counts and sources in the wordings a seventh unseen batch showed: Russian tens counted in words ("полтора
десятка", "двух десятков"), Kazakh collective numerals for a part ("оның үшеуі", "екеуі"), a short gloss in
brackets inside a finding ("групповое (семейное) голосование"), a count of "such" reports whose kind was named
before it, a running total with "already" between the verb and its count, observers of a named movement as the
source, and the statement of an observer mission that is not the OSCE's.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims.missions import other_mission
from sources.claims.quantities import find_quantities
from sources.text.numbers import read_numbers

from .documents import read


def _detentions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.detained_max, c.qualifier, c.subject) for c in detentions]


def _infractions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.category, c.measure, c.value) for c in infractions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("не менее полутора десятков человек", ("at least", 15.0), id="ne-menee-polutora-desyatkov"),
        pytest.param("полтора десятка активистов", ("approximately", 15.0), id="poltora-desyatka"),
        pytest.param("около двух десятков сторонников", ("approximately", 20.0), id="okolo-dvuh-desyatkov"),
        pytest.param("более трёх десятков участников", ("more than", 30.0), id="bolee-tryoh-desyatkov"),
        pytest.param("четыре десятка задержанных", ("approximately", 40.0), id="chetyre-desyatka"),
    ],
)
def test_tens_counted_in_words(text: str, expected: tuple[str, float]) -> None:
    found = find_quantities(text)
    assert [(q.qualifier, q.figure) for q in found] == [expected]


def test_tens_counted_in_a_detention() -> None:
    assert _detentions("В Темиртау задержаны не менее полутора десятков участников акции.", language="ru") == [
        (15, None, "at least", "protesters")
    ]


def test_a_rank_in_the_first_ten_is_no_count() -> None:
    assert find_quantities("партия вошла в первую десятку") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("оның үшеуі расталды", 3.0, id="usheui"),
        pytest.param("екеуі полиция бөліміне жеткізілді", 2.0, id="ekeui"),
        pytest.param("олардың алтауы айыппұл төледі", 6.0, id="altauy"),
        pytest.param("жетеуі босатылды", 7.0, id="zheteui"),
        pytest.param("он екеуі расталды", 12.0, id="on-ekeui"),
    ],
)
def test_kazakh_collective_numerals_are_counts(text: str, value: float) -> None:
    assert [n.value for n in read_numbers(text)] == [value]


def test_a_kazakh_postposition_is_no_collective() -> None:
    assert read_numbers("сайлау үшін дауыс берді") == []


def test_a_kazakh_part_in_a_collective_numeral_takes_its_own_kind() -> None:
    rows = _infractions(
        "Облыс прокуратурасы он бір әкімшілік іс қозғады, оның үшеуі – бір адамға бірнеше бюллетень беру фактілері "
        "бойынша.",
        language="kk",
    )
    assert ("multiple_ballots_issued", "administrative_cases", 3.0) in rows
    # the whole is not of the part's kind
    assert [r[0] for r in rows if r[2] == 11.0] == ["mixed"]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Наблюдатели отметили в трёх случаях групповое (семейное) голосование.",
            "ru",
            ("group_voting", "observed", 3.0),
            id="ru-group-family-voting",
        ),
        pytest.param(
            "Observers saw group (family) voting in 5 polling stations.",
            "en",
            ("group_voting", "polling_stations", 5.0),
            id="en-group-family-voting",
        ),
        pytest.param(
            "Зафиксировано 6 случаев вброса (вкидывания) бюллетеней.",
            "ru",
            ("ballot_box_stuffing", "observed", 6.0),
            id="ru-vbros-gloss",
        ),
    ],
)
def test_a_gloss_in_brackets_inside_a_finding(paragraph: str, language: str, expected: tuple[object, ...]) -> None:
    assert expected in _infractions(paragraph, language=language)


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Жалобы на принуждение студентов к голосованию продолжают поступать: с утра пришло 14 таких сообщений.",
            "ru",
            ("pressure_on_voters", "reports", 14.0),
            id="ru-takih-soobshchenij",
        ),
        pytest.param(
            "Продолжают поступать сообщения о давлении на работников больниц: за день поступило 6 подобных сигналов.",
            "ru",
            ("pressure_on_voters", "reports", 6.0),
            id="ru-podobnyh-signalov",
        ),
        pytest.param(
            "Reports of pressure on teachers keep coming in: the hotline logged 8 similar reports by noon.",
            "en",
            ("pressure_on_voters", "reports", 8.0),
            id="en-similar-reports",
        ),
        pytest.param(
            "Сайлаушыларға қысым жасалғаны туралы хабарламалар түсуде: түске дейін 5 осындай хабарлама тіркелді.",
            "kk",
            ("pressure_on_voters", "reports", 5.0),
            id="kk-osyndai-habarlama",
        ),
    ],
)
def test_such_reports_take_the_kind_named_before(paragraph: str, language: str, expected: tuple[object, ...]) -> None:
    assert expected in _infractions(paragraph, language=language)


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "С утра полиция задержала уже 7 наблюдателей коалиции.", "ru", [(7, 7, "exact", "observers")], id="ru-uzhe"
        ),
        pytest.param(
            "By mid-afternoon police had detained already 6 journalists.",
            "en",
            [(6, 6, "exact", "journalists")],
            id="en-already",
        ),
    ],
)
def test_a_running_total_with_already(paragraph: str, language: str, expected: list[tuple[object, ...]]) -> None:
    assert _detentions(paragraph, language=language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Domestic observers from the Adil Tandau network said that police detained 4 of its observers in Taraz.",
            "Adil Tandau network",
            id="domestic-observers-from-the-network",
        ),
        pytest.param(
            "Citizen monitors of the Free Count Coalition reported that 3 observers were detained.",
            "Free Count Coalition",
            id="citizen-monitors-of-the-coalition",
        ),
    ],
)
def test_observers_of_a_named_organisation_speak_for_it(paragraph: str, expected: str) -> None:
    detentions, _ = read(paragraph)
    assert [c.reported_by for c in detentions] == [expected]


def test_observers_in_general_stay_civil_society() -> None:
    detentions, _ = read("Domestic observers reported that police detained 4 observers in Taraz.")
    assert [c.reported_by for c in detentions] == ["civil society organisations"]


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        pytest.param(
            ["Заявление Миссии наблюдателей от СНГ", "Миссия отметила отдельные недостатки."],
            "ru",
            "Миссия наблюдателей от СНГ",
            id="ru-cis",
        ),
        pytest.param(
            ["Statement of the CIS Observer Mission", "The Mission noted minor shortcomings."],
            "en",
            "CIS observer mission",
            id="en-cis",
        ),
        pytest.param(["ШЫҰ бақылаушылар миссиясының мәлімдемесі"], "kk", "ШЫҰ бақылаушылар миссиясы", id="kk-sco"),
        pytest.param(
            ["Statement of the Organisation of Turkic States observers"], "en", "OTS observer mission", id="en-ots"
        ),
        pytest.param(
            ["Заявление наблюдателей Шанхайской организации сотрудничества"],
            "ru",
            "Миссия наблюдателей от ШОС",
            id="ru-sco",
        ),
        pytest.param(
            ["The CIS mission and the OSCE/ODIHR mission both observed the vote."], "en", None, id="en-osce-too"
        ),
        pytest.param(["The Mission noted minor shortcomings."], "en", None, id="en-no-other-mission"),
    ],
)
def test_other_mission(texts: list[str], language: str, expected: str | None) -> None:
    assert other_mission(texts, language) == expected


def test_a_cis_statement_speaks_for_the_cis_mission() -> None:
    _, infractions = read(
        "Заявление Миссии наблюдателей от Содружества Независимых Государств.",
        "Наблюдателями Миссии зафиксированы 3 случая группового голосования.",
        language="ru",
    )
    assert [(c.category, c.value, c.reported_by) for c in infractions] == [
        ("group_voting", 3.0, "Миссия наблюдателей от СНГ")
    ]


def test_an_odihr_statement_keeps_the_mission_as_odihr() -> None:
    _, infractions = read("The mission observed group voting in 4 polling stations.")
    assert [c.reported_by for c in infractions] == ["ODIHR"]


def test_two_other_missions_name_no_single_speaker() -> None:
    assert other_mission(["The CIS and SCO missions issued a joint statement."], "en") is None
