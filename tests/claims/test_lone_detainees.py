"""One person named in the singular beside a detention verb is a detention of one; two people joined, a plural
noun or a plural verb stay an uncounted group. A person's affiliation may stand between the noun and the verb.

Every sentence here is invented for this file, in the shapes press and mission reports use.
"""

from __future__ import annotations

import pytest

from .documents import detention_row, read


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        (
            "A reporter was detained outside a polling station in Taraz, the Adil Soz foundation said.",
            "en",
            (1, 1, "exact", "journalists"),
        ),
        (
            "Police in Semey detained a correspondent of Radio Azattyq as he filmed the count.",
            "en",
            (1, 1, "exact", "journalists"),
        ),
        (
            "In Kostanay, an observer from a domestic monitoring network was taken to a police station.",
            "en",
            (1, 1, "exact", "observers"),
        ),
        ("В Таразе задержан блогер, снимавший очередь у участка.", "ru", (1, 1, "exact", "journalists")),
        ("Корреспондент «Тараз ньюс» был задержан у избирательного участка.", "ru", (1, 1, "exact", "journalists")),
        ("Полиция задержала наблюдателя прямо на участке.", "ru", (1, 1, "exact", "observers")),
        ("Таразда бір бақылаушы ұсталды.", "kk", (1, 1, "exact", "observers")),
        ("Таразда тілші ұсталды.", "kk", (1, 1, "exact", "journalists")),
    ],
    ids=[
        "en-passive",
        "en-active-object",
        "en-custody-affiliation",
        "ru-passive-after",
        "ru-quoted-outlet",
        "ru-accusative",
        "kk-counted-one",
        "kk-bare-noun",
    ],
)
def test_one_person_named_in_the_singular_is_one_detention(
    sentence: str, language: str, row: tuple[object, ...]
) -> None:
    detentions, _ = read(sentence, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [detention_row(c)[:4] for c in detentions] == [row]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A reporter and a camera operator were detained outside a polling station in Taraz.", "en"),
        ("Reporters were detained outside a polling station in Taraz.", "en"),
        ("В Таразе задержаны блогеры, снимавшие очередь у участка.", "ru"),
        ("Полиция задержала журналиста и блогера у участка.", "ru"),
        ("Таразда тілшілер ұсталды.", "kk"),
    ],
    ids=["en-two-joined", "en-plural", "ru-plural", "ru-two-joined", "kk-plural"],
)
def test_people_joined_or_in_the_plural_stay_uncounted(sentence: str, language: str) -> None:
    detentions, _ = read(sentence, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [detention_row(c)[:3] for c in detentions] == [(None, None, "uncounted")]


def test_a_detained_person_in_a_participle_counts_no_one() -> None:
    detentions, _ = read("Оппозиционера, арестованного накануне, отпустили под залог.", language="ru")
    assert detentions == []
