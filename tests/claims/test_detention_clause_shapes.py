"""Detentions whose count, noun and verb are pulled apart or rephrased: a restrictive relative clause between the
counted people and the verb, "held" with people as its object (and not "held a rally"), an added count ("a further
N", "ещё N"), a group counted in an apposition after it ("detained journalists, at least 4 of them, ..."), "put the
number of people detained at N", "those detained numbered N", the suspects' case between count and verb ("по делу
о массовых беспорядках"), and the Kazakh "полиция бөлімшелеріне жеткізілді".

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _counts(paragraph: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(paragraph, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.qualifier, c.subject) for c in detentions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Some 40 students who had signed the open letter were detained outside the university.",
            "en",
            [(40, "approximately", "people")],
            id="en-relative-who",
        ),
        pytest.param(
            "At least 12 of the journalists that covered the march in Shymkent were briefly detained.",
            "en",
            [(12, "at least", "journalists")],
            id="en-relative-that-partitive",
        ),
        pytest.param(
            "Officers held 17 activists overnight at a district station.",
            "en",
            [(17, "exact", "activists")],
            id="en-held-people",
        ),
        pytest.param(
            "Among those held were 6 observers from a youth network.",
            "en",
            [(6, "exact", "observers")],
            id="en-among-those-held",
        ),
        pytest.param(
            "Police detained a further 45 people in Taraz on Tuesday.",
            "en",
            [(45, "exact", "people")],
            id="en-a-further",
        ),
        pytest.param(
            "Officials put the number of people detained at 1,260.",
            "en",
            [(1260, "exact", "people")],
            id="en-put-the-number-at",
        ),
        pytest.param(
            "Those detained, a police spokesman said, numbered some 140.",
            "en",
            [(140, "approximately", "people")],
            id="en-those-detained-numbered",
        ),
        pytest.param(
            "В Таразе полиция задержала ещё 45 человек.",
            "ru",
            [(45, "exact", "people")],
            id="ru-eshche",
        ),
        pytest.param(
            "Более 90 подозреваемых по делу о массовых беспорядках взяты под стражу.",
            "ru",
            [(90, "more than", "people")],
            id="ru-case-between-count-and-verb",
        ),
        pytest.param(
            "Кеше 14 адам полиция бөлімдеріне жеткізілді.",
            "kk",
            [(14, "exact", "people")],
            id="kk-police-departments-plural",
        ),
    ],
)
def test_count_noun_and_verb_apart(paragraph: str, language: str, expected: list) -> None:
    assert _counts(paragraph, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Officers detained journalists, at least 4 of them, outside the regional akimat.",
            "en",
            [(4, "at least", "journalists")],
            id="en-count-of-them-after-group",
        ),
        pytest.param(
            "Полиция задержала наблюдателей, около 10 из них, возле участка.",
            "ru",
            [(10, "approximately", "observers")],
            id="ru-count-iz-nih-after-group",
        ),
        # a part of the group, not its count: the 3 are what the sentence says of some of them
        pytest.param(
            "Police detained activists, 3 of them students from Almaty.", "en", [], id="en-part-not-the-count"
        ),
    ],
)
def test_a_group_counted_in_an_apposition(paragraph: str, language: str, expected: list) -> None:
    assert _counts(paragraph, language) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "The opposition held 3 rallies and the party held 20 seats in the old assembly.", id="held-rallies"
        ),
        pytest.param("The commission held 12 meetings with observers before the vote.", id="held-meetings-with-people"),
        pytest.param(
            "Some 300 people who gathered in the square were addressed by the candidate.", id="relative-no-verb"
        ),
    ],
)
def test_held_and_relative_clauses_alone_detain_no_one(paragraph: str) -> None:
    assert _counts(paragraph) == []
