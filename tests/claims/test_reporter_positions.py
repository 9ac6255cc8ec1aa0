"""Where the source stands in a sentence: after the verb at its end (Kazakh "..., деп хабарлады X", a quoted
organisation with its class noun, "подтвердили очевидцы", "зафиксировали ... независимые наблюдатели"), as the
recipient after a receiving verb ("поступило в прокуратуру"), behind "следует из данных", named before an
apposition and its verb ("X, наблюдатель от ..., сообщила"), or as a rights defender right before her verb.
Observers who are not the mission's ("independent observers") are kept as written, not made the ODIHR.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _reporters(paragraph: str, language: str) -> list[object]:
    detentions, infractions = read(paragraph, language=language)  # type: ignore[arg-type]
    return [c.reported_by for c in (*detentions, *infractions)]


@pytest.mark.parametrize(
    ("paragraph", "language", "reporter"),
    [
        pytest.param(
            "Түнде 36 адам ұсталды, деп хабарлады Нұрлан Ахметов.", "kk", "Нұрлан Ахметов", id="kk-dep-habarlady-name"
        ),
        pytest.param(
            "Сайлау күні 120 заң бұзу дерегі тіркелді, деп хабарлады «Ашық дауыс» ұйымы.",
            "kk",
            "Ашық дауыс",
            id="kk-quoted-organisation-with-class-noun",
        ),
        pytest.param(
            "Задержания не менее 15 человек у здания акимата подтвердили очевидцы.",
            "ru",
            "очевидцы",
            id="ru-witnesses-after-verb",
        ),
        pytest.param(
            "Вбросы бюллетеней на участке № 12 зафиксировали вечером независимые наблюдатели.",
            "ru",
            "независимые наблюдатели",
            id="ru-independent-observers-after-verb",
        ),
        pytest.param(
            "Independent observers documented ballot box stuffing at a school in the north.",
            "en",
            "Independent observers",
            id="en-independent-observers-not-the-mission",
        ),
        pytest.param(
            "Четыре жалобы поступили в прокуратуру Карагандинской области за сутки.",
            "ru",
            "Prosecutor General's Office",
            id="ru-received-then-recipient",
        ),
        pytest.param(
            "В отделы полиции доставлены около 60 человек, следует из данных МВД.",
            "ru",
            "Ministry of Internal Affairs",
            id="ru-follows-from-data",
        ),
        pytest.param(
            "Айгерим Садыкова, член участковой комиссии, рассказала, что 3 человека проголосовали дважды.",
            "ru",
            "Айгерим Садыкова",
            id="ru-name-apposition-verb",
        ),
        pytest.param(
            "Rights activist Dana Karimova counted at least 19 students detained in the week of the vote.",
            "en",
            "Dana Karimova",
            id="en-rights-activist-counted",
        ),
    ],
)
def test_the_source_wherever_it_stands(paragraph: str, language: str, reporter: str) -> None:
    assert _reporters(paragraph, language) == [reporter]


def test_an_activist_who_is_detained_is_not_the_source() -> None:
    # the activist is the one detained; the verb after her name is the event, not a report
    assert _reporters("Activist Dana Karimova was detained with 4 others, police said.", "en") != ["Dana Karimova"]
