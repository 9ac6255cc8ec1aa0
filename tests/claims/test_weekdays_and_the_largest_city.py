"""A weekday dates an event in the week a story was published ("on Sunday", "в воскресенье", "жексенбі күні"), and
only the vote's own weekday in a report published long after; the country's largest city named by that alone is
Almaty (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context, read

VOTE = dt.date(2022, 11, 20)  # a Sunday
STORY = dt.date(2022, 11, 22)  # the Tuesday after


def _days(text: str, language: str, published: dt.date) -> list[tuple[int | None, dt.date | None]]:
    detentions, _ = extract_claims([TextBlock(text, 1)], context(language=language, election=VOTE,  # type: ignore[arg-type]
                                                                 published=published))
    return [(d.detained_min, d.date_from) for d in detentions]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Police held three activists on Sunday near a polling station.", VOTE),
    ("en", "On Monday, police detained three protesters outside the akimat.", dt.date(2022, 11, 21)),
    ("ru", "В воскресенье у избирательного участка задержали троих активистов.", VOTE),
    ("kk", "Жексенбі күні сайлау учаскесінің жанында үш белсенді ұсталды.", VOTE),
], ids=["en-on-sunday", "en-on-monday", "ru-v-voskresenie", "kk-zheksenbi-kuni"])
def test_a_weekday_in_a_story_of_that_week(language: str, text: str, day: dt.date) -> None:
    assert _days(text, language, STORY) == [(3, day)]


def test_a_weekday_long_after_the_vote_is_the_vote_only_when_it_is_its_weekday() -> None:
    late = dt.date(2023, 2, 10)
    assert _days("Police held three activists on Sunday near a polling station.", "en", late) == [(3, VOTE)]
    assert _days("Police held three activists on Friday near a polling station.", "en", late) == [(3, None)]


def test_a_weekday_before_its_date_gives_way_to_the_date() -> None:
    assert _days("About 300 people were detained on Sunday, November 13, in several cities.", "en", STORY) == [
        (300, dt.date(2022, 11, 13))]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Police in Kazakhstan's largest city detained at least eight activists."),
    ("ru", "В крупнейшем городе страны задержали восемь активистов."),
    ("kk", "Елдің ең ірі қаласында сегіз белсенді ұсталды."),
], ids=["en-largest-city", "ru-krupneishem-gorode", "kk-en-iri-qalasynda"])
def test_the_largest_city_is_almaty(language: str, text: str) -> None:
    detentions, _ = read(text, language=language)  # type: ignore[arg-type]
    assert [d.location for d in detentions] == ["Almaty"]


def test_the_largest_city_with_its_name_is_that_name() -> None:
    detentions, _ = read("Police in Kazakhstan's largest city, Shymkent, detained eight activists.")
    assert [d.location for d in detentions] == ["Shymkent"]
