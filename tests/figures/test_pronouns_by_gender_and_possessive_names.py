"""A pronoun stands for a contestant its gender agrees with: "he" after "… Saltanat Tursynbekova 2.12 %" is the
latest man named (the name's endings tell: -ova, -овна, -қызы; -ov, -ович, -ұлы), and an English possessive
("Tokayev's best showing") names the person it is of (texts and names invented)."""

from __future__ import annotations

import pytest

from sources.figures.antecedents import gender_of
from sources.figures.names import contestant_from_name
from sources.lexicon import load_lexicon
from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("name", "lang", "gender"), [
    ("Saltanat Tursynbekova", "en", "f"), ("Ержанов Тимур Кайратович", "ru", "m"),
    ("Оспанова Меруерт Кайратовна", "ru", "f"), ("Жұмабеков Арсен Талғатұлы", "kk", "m"),
    ("Ильясова Зарина Мұратқызы", "kk", "f"), ("Karakat Abden", "en", None),
], ids=["en-f", "ru-m", "ru-f", "kk-m", "kk-f", "unknown"])
def test_a_candidates_gender_by_the_endings_of_its_name(name: str, lang: str, gender: str | None) -> None:
    assert gender_of(contestant_from_name(name, "candidate", lang, load_lexicon(lang))) == gender


def _regional(lang: str, *paragraphs: str) -> dict[str, float | None]:
    out = parse_page(release_page("Results", *paragraphs, lang=lang, date="2022-11-21"), lang)
    return {r.contestant_name: r.vote_share_pct for r in out.results if r.region_name is not None}


def test_he_is_the_latest_man_not_the_woman_named_last() -> None:
    found = _regional("en", "Timur Yerzhanov won the snap presidential election with 81.77% of the vote, "
                      "preliminary results showed.", "Zarina Ilyasova got 4.18%.",
                      "In the Turkestan region he took 91.4%.")
    assert found == {"Timur Yerzhanov": 91.4}


def test_on_is_the_latest_man_in_russian() -> None:
    found = _regional("ru", "По предварительным данным, за Ержанова Тимура Кайратовича проголосовали 81,77 % "
                      "избирателей.", "За Оспанову Меруерт Кайратовну – 3,7 %.",
                      "В Туркестанской области он набрал 91,4 %.")
    assert list(found.values()) == [91.4] and "Ержанов" in next(iter(found))


def test_a_possessive_names_the_person_it_is_of() -> None:
    found = _regional("en", "Timur Yerzhanov won the snap presidential election with 81.77% of the vote, "
                      "preliminary results showed.", "Arsen Zhumabekov got 2.3%.",
                      "Yerzhanov's best showing was in the Turkestan region, where he took 91.4%.")
    assert found == {"Timur Yerzhanov": 91.4}
