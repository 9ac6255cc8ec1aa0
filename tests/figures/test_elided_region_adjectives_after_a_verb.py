"""An area's adjective with its noun elided ("Костанайская", "Северо-Казахстанская") after a capitalised verb that
opens the sentence ("Лидируют …", "Впереди …") is the area, never a word of a person's name (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.figures.binding import bind


@pytest.mark.parametrize("text", [
    "Лидируют Северо-Казахстанская (45,8%), Костанайская (43,1%) и Акмолинская (41%) области.",
    "Впереди Северо-Казахстанская – 45,8 %, Костанайская – 43,1 %, Акмолинская – 41 %.",
], ids=["verb", "adverb"])
def test_elided_area_adjectives_after_a_capitalised_word(text: str) -> None:
    found, unread = bind("ru", text, kind="turnout", published_on=dt.date(2023, 3, 19))
    shares = {region: value for _name, field, value, region in found if field == "turnout_pct"}
    assert sorted(shares.values()) == [41.0, 43.1, 45.8]
    assert all(region and region.endswith("ская") for region in shares), shares
    assert not unread


def test_a_persons_name_that_holds_an_area_word_stays_a_name() -> None:
    found, _ = bind("ru", "Ахметбеков Жамбыл Аужанович набрал 1,82 %.", published_on=dt.date(2019, 6, 10))
    assert {(field, value, region) for _n, field, value, region in found} == {("vote_share_pct", 1.82, None)}
