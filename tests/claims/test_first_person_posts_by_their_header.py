"""A channel's or a page's post copied with its header line ("Name | what it is") and told in the first person
plural: the counts no one else is named for are the author's, not the publisher's (sources/claims/authors.py,
lexicon/authors.yaml, one form family per language).

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims.authors import post_author
from sources.claims.lexicon import LANGUAGES, load

from .documents import read


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(
            ("Taza Dauys | Citizen observers", "Police detained 5 of our observers in Taraz this morning."),
            "en",
            "Taza Dauys",
            id="en-our-observers",
        ),
        pytest.param(
            ("Голос степи | Наблюдение за выборами\n20 ноября, 11:05", "В Семее задержаны 4 наших наблюдателя."),
            "ru",
            "Голос степи",
            id="ru-nashih-nablyudateley",
        ),
        pytest.param(
            ("Адал бақылау | Бақылаушылар желісі", "Біздің 3 бақылаушымыз полиция бөліміне жеткізілді."),
            "kk",
            "Адал бақылау",
            id="kk-bizdin-baqylaushylar",
        ),
    ],
)
def test_a_first_person_post_is_its_authors(paragraphs: tuple[str, ...], language: str, expected: str) -> None:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert [c.reported_by for c in detentions] == [expected]


def test_a_source_named_in_the_post_keeps_its_claim() -> None:
    detentions, _ = read(
        "Taza Dauys | Citizen observers",
        "According to the city police, 7 protesters were detained near our office.",
    )
    assert [c.reported_by for c in detentions] == ["police"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(["Taza Dauys | Citizen observers", "We counted 12 violations."], "Taza Dauys", id="header"),
        pytest.param(["Taza Dauys | Citizen observers", "Police counted 12 violations."], None, id="third-person"),
        pytest.param(["15:40, 02 December 2011 | GMT +5", "We counted 12 violations."], None, id="dateline-not-a-name"),
        pytest.param(["Taza Dauys reports", "We counted 12 violations."], None, id="no-header-bar"),
    ],
)
def test_post_author(texts: list[str], expected: str | None) -> None:
    assert post_author(texts) == expected


def test_every_language_has_first_person_forms() -> None:
    forms = load("authors")["first_person"]
    assert all(forms.get(language) for language in LANGUAGES)
