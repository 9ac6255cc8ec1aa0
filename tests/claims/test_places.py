"""Where: places as written, the whole country, unnamed cities, and places referred back to."""

from __future__ import annotations

import pytest

from sources.claims.places import find_places, last_group_of_several

from .documents import read


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("some 200 more people had been detained in Nur-Sultan and Almaty.", "Nur-Sultan and Almaty"),
        ("4,000 people were detained between 9 and 13 June across the country;", "Kazakhstan"),
        ("Protesters were detained nationwide.", "Kazakhstan"),
        ("Peaceful protesters were detained in large numbers on election day in major cities.", "major cities"),
        ("100 were detained in the two cities of Nur-Sultan and Almaty.", "Nur-Sultan and Almaty"),
        ("Задержаны 500 человек в Нур-Султане и Алматы.", "Нур-Султане и Алматы"),
        ("в крупных городах прошли задержания", "крупных городах"),
        ("по всей стране были задержаны", "Kazakhstan"),
        ("30 activists were detained in the Mangystau region.", "Mangystau region"),
    ],
)
def test_location_as_written(text: str, location: str) -> None:
    assert [p.location for p in find_places(text)] == [location]


def test_the_two_cities_are_the_ones_named_before() -> None:
    earlier = ("In the evening, police dispersed gatherings in Nur-Sultan and Almaty.",)
    (place,) = find_places("approximately 500 people were detained on election day in the two cities.", earlier)
    assert place.location == "Nur-Sultan and Almaty"
    (place,) = find_places("в обоих городах задержано 500 человек", earlier)
    assert place.location == "Nur-Sultan and Almaty"


def test_the_two_cities_stay_as_written_when_none_were_named() -> None:
    (place,) = find_places("500 people were detained in both cities.")
    assert place.location == "both cities"


def test_last_group_of_several() -> None:
    assert last_group_of_several(["in Almaty and Shymkent", "in Astana"]) == "Almaty and Shymkent"
    assert last_group_of_several(["in Astana"]) is None


def test_names_need_a_locative_preposition() -> None:
    assert find_places("The Central Election Commission of the Republic of Kazakhstan said") == []
    assert find_places("oral complaints") == []


@pytest.mark.parametrize(("text", "location"), [
    ("Полиция Алматы сообщила, что на площади задержаны 12 человек.", "Алматы"),
    ("Как заявили в ДП г. Шымкент, все 18 задержанных освобождены.", "Шымкент"),
    ("Almaty police said 30 people were detained.", "Almaty"),
    ("Алматы қаласының полиция департаменті 12 адам ұсталғанын хабарлады.", "Алматы"),
], ids=["ru-police-of", "ru-dp", "en-city-police", "kk-city-police"])
def test_the_city_of_the_police_that_tells_is_the_place(text: str, location: str) -> None:
    assert [p.location for p in find_places(text)] == [location]


def test_a_place_the_text_names_comes_before_the_police_city() -> None:
    assert [p.location for p in find_places("Полиция Алматы сообщила, что в Шымкенте задержаны 12 человек.")] == [
        "Шымкенте"]


def test_an_organisation_named_after_a_country_is_no_second_place() -> None:
    detentions, _ = read(
        "On 21 March, a journalist was detained in Almaty, the Kazakhstan International Bureau for Human Rights "
        "reported."
    )
    assert [d.location for d in detentions] == ["Almaty"]
