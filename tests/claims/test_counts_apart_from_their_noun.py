"""A count stated apart from its noun ("ещё двоих доставили", "two more", "five of them", "тағы екеуі") counts the
group named before it; a count with its own noun keeps it."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


def _detentions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)
    return [(c.detained_min, c.subject) for c in detentions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Three observers were detained in Taraz. Police later detained two more.",
            "en",
            [(3, "observers"), (2, "observers")],
            id="en-two-more-next-sentence",
        ),
        pytest.param(
            "In Taraz three journalists were detained. Two more were taken to a police station in Shu.",
            "en",
            [(3, "journalists"), (2, "journalists")],
            id="en-two-more-passive",
        ),
        pytest.param(
            "Activists gathered outside the akimat; police detained six of them.",
            "en",
            [(6, "activists")],
            id="en-of-them-group-named-before",
        ),
        pytest.param(
            "Наблюдателей штаба выгоняли с участков, а ещё троих доставили в отдел полиции.",
            "ru",
            [(3, "observers")],
            id="ru-ещё-троих-same-sentence",
        ),
        pytest.param(
            "В Таразе задержаны четверо журналистов. Ещё двоих доставили в отдел полиции в Шу.",
            "ru",
            [(4, "journalists"), (2, "journalists")],
            id="ru-ещё-двоих-next-sentence",
        ),
        pytest.param(
            "Таразда төрт бақылаушы ұсталды. Тағы екеуі полиция бөліміне жеткізілді.",
            "kk",
            [(4, "observers"), (2, "observers")],
            id="kk-тағы-екеуі",
        ),
    ],
)
def test_a_count_without_its_noun_counts_the_group_named_before(
    paragraph: str, language: Language, expected: list[tuple[object, ...]]
) -> None:
    assert _detentions(paragraph, language=language) == expected


def test_a_count_with_its_own_noun_keeps_it() -> None:
    assert _detentions("Three observers were detained in Taraz. Two more people were detained in Shu.") == [
        (3, "observers"),
        (2, "people"),
    ]


def test_a_bare_count_with_no_group_before_is_people() -> None:
    assert _detentions("Полиция задержала ещё троих.", language="ru") == [(3, "people")]
