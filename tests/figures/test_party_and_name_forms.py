"""Forms a contestant is named in that the figures follow (sentences invented for these tests): a party by its
members' word, a party's adjective in the genitive, a name after "followed by", the press's "voted blank"."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind


def test_a_party_named_by_its_members_takes_the_seats() -> None:
    found, _ = bind("ru", "Партии «Ак жол» достается 11 мандатов, «Ауыл» – 5.",
                    before="Мандаты получили «Ак жол» и «Ауыл».")
    found2, _ = bind("ru", "Так, «Ауыл» получает 5 мандатов, а акжоловцам и Акжоловцам – 11.",
                     before="Мандаты получили «Ак жол» и «Ауыл».")
    seats = {(n, v) for n, f, v, _r in found2 if f == "seats"}
    assert any("Ак жол" in (n or "") and v == 11 for n, v in seats), seats
    assert found  # the plain shape still reads


@pytest.mark.parametrize(("text", "name_part"), [
    ("Народной партии Казахстана – 10 мест в мажилисе.", "Народная партия"),
    ("Зелёной партии – 4 мандата.", "Зелёная партия"),
], ids=["narodnoi", "zelyonoi"])
def test_a_partys_adjective_in_the_genitive_is_read_back(text: str, name_part: str) -> None:
    found, _ = bind("ru", text)
    # (the registry knows "Народная партия Казахстана" as the renamed communist party: either name is the party's)
    assert any(name_part.lower() in (n or "").lower() and f == "seats" for n, f, _v, _r in found), found


def test_a_name_after_followed_by_is_a_contestant_not_a_nominator() -> None:
    found, _ = bind("en", "Serikov won, followed by Aigerim Tulegenova (4.10 percent) and Bolat Nurlanov "
                          "(2.05 percent).")
    shares = {(n, v) for n, f, v, _r in found if f == "vote_share_pct"}
    assert ("Aigerim Tulegenova", 4.1) in shares and ("Bolat Nurlanov", 2.05) in shares, shares


def test_voted_blank_is_the_against_all_line_never_turnout() -> None:
    found, _ = bind("en", "Another 4.7 percent voted blank.")
    assert not any(f == "turnout_pct" for _n, f, _v, _r in found), found
    assert any(n == "Against all" and v == 4.7 for n, _f, v, _r in found), found


@pytest.mark.parametrize("text", [
    "Қосановты сайлаушылардың 16,23 пайызы қолдады.",
    "Әміржан Қосановты 16,23 пайыз сайлаушы қолдады.",
    "Сайлаушылардың 16,23 пайызы Қосановқа дауыс берді.",
], ids=["accusative-surname", "accusative-full-name", "dative"])
def test_a_kazakh_candidate_in_the_accusative_or_dative_is_the_registrys(text: str) -> None:
    import datetime as dt
    found, _ = bind("kk", text, published_on=dt.date(2019, 6, 10))
    names = {name for name, field, value, _r in found if field == "vote_share_pct" and value == 16.23}
    assert len(names) == 1 and next(iter(names)).startswith("Қосанов "), found
