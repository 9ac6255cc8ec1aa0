"""A group's members telling a journalist what happened, and officials asserting it: the group (or the officials)
report the figure, not the publisher (sentences of ours, in the shapes of news stories the missions cite)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language", "reporter"), [
    ("Представители движения «Жана Жол» рассказали корреспонденту агентства, что в Шымкенте задержаны 9 человек.",
     "ru", "Жана Жол"),
    ("The Jana Jol movement told the Vlast news site that 9 people were detained in Shymkent.", "en",
     "Jana Jol movement"),
    ("Representatives of the Jana Jol movement told Reuters that 9 people were detained in Shymkent.", "en",
     "Representatives of the Jana Jol movement"),
    ("«Жаңа Жол» қозғалысының өкілдері тілшіге Шымкентте 9 адам ұсталғанын айтты.", "kk", "Жаңа Жол"),
    ("Власти утверждают, что в Шымкенте задержаны 9 человек.", "ru", "Власти"),
    ("Officials say 9 people were detained in Shymkent.", "en", "Officials"),
])
def test_a_group_telling_a_journalist_reports_the_detention(text: str, language: Language, reporter: str) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(9, reporter)]


def test_a_person_named_after_the_group_is_not_the_group_speaking() -> None:
    # the coordinator speaks; the league is only whose coordinator she is
    detentions, _ = read("Координатор лиги Анна Ким рассказала, что в Шымкенте задержаны 9 человек.", language="ru")
    assert [d.reported_by for d in detentions] != ["Координатор лиги"]
