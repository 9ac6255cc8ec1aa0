"""Encyclopedia infoboxes copied as lines with the contestants in columns, and plain-text tables whose "Total" row
the table's own arithmetic explains (every page invented for these tests)."""

from __future__ import annotations

from functools import partial

import pytest

from sources.cec.infobox import split_names
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page

page = partial(release_page, lang="en", date=None)
parse = partial(parse_page, release=98)


def figures(e: Extraction) -> set[tuple]:
    return {(r.contestant_name, r.votes, r.vote_share_pct, r.seats) for r in e.results if r.region_name is None}


def test_nominees_in_columns_take_their_votes_and_shares() -> None:
    e = parse(page("2005 Kazakh presidential election",
                   "Presidential elections were held in Kazakhstan on 4 December 2005.",
                   "Nominee Aigerim Tulegenova Bolat Serikov", "Party Independent Zhana",
                   "Popular vote 4,120,300 910,455", "Percentage 78.20% 17.30%"), "en")
    got = {(name.split()[-1], votes, share) for name, votes, share, _ in figures(e)}
    assert {("Tulegenova", 4120300, 78.2), ("Serikov", 910455, 17.3)} <= got


def test_parties_in_columns_with_fewer_votes_than_seats() -> None:
    # the third party won district seats only: the vote row fills the first two columns, seats all three
    e = parse(page("1999 Kazakh legislative election",
                   "Legislative elections were held in Kazakhstan on 10 October 1999.",
                   "Party Tulpar Green Party Federation of Farmers Unions",
                   "Seats won 19 8 4", "Popular vote 1,410,220 655,918", "Percentage 41.5% 19.3%"), "en")
    got = {(name, votes, share, seats) for name, votes, share, seats in figures(e)}
    names = {g[0] for g in got}
    assert any("Tulpar" in n for n in names) and any("Federation of Farmers Unions" in n for n in names), got
    assert any("Green" in n and v == 655918 and s == 19.3 and st == 8 for n, v, s, st in got), got
    assert any("Federation of Farmers Unions" in n and v is None and st == 4 for n, v, s, st in got), got


@pytest.mark.parametrize(("words", "k", "expected"), [
    ("Otau Civic Party Federation of Trade Unions", 3, ["Otau", "Civic Party", "Federation of Trade Unions"]),
    ("Communist Party Agrarian Party People's Cooperative Party", 3,
     ["Communist Party", "Agrarian Party", "People's Cooperative Party"]),
    ("Aigerim Tulegenova Bolat Serikov", 2, ["Aigerim Tulegenova", "Bolat Serikov"]),
], ids=["party-words-end-names", "three-parties", "two-persons-evenly"])
def test_names_parted_where_the_words_allow_one_way(words: str, k: int, expected: list[str]) -> None:
    assert split_names(words.split(), k, {"party", "unions"}) == expected


def test_names_that_part_two_ways_are_not_guessed() -> None:
    assert split_names(["Aigerim", "Tulegenova", "Bolat"], 2, set()) is None


def test_a_total_row_is_the_ballots_cast_only_when_votes_and_invalid_add_up() -> None:
    e = parse(page("Kazakhstani referendum, 1995", "A referendum was held in Kazakhstan on 30 August 1995.",
                   "Choice Votes %", "For 6,100,000 88.0", "Against 831,900 12.0", "Invalid/blank votes 68,100",
                   "Total 7,000,000 100"), "en")
    cast = {t.ballots_cast for t in e.turnout if t.ballots_cast}
    invalid = {t.invalid_ballots for t in e.turnout if t.invalid_ballots}
    assert cast == {7000000} and invalid == {68100}


def test_a_total_equal_to_the_votes_alone_is_the_valid_ballots_left_unread() -> None:
    e = parse(page("Kazakhstani referendum, 1995", "A referendum was held in Kazakhstan on 30 August 1995.",
                   "Choice Votes %", "For 6,100,000 88.0", "Against 831,900 12.0", "Total 6,931,900 100"), "en")
    assert not any(t.ballots_cast for t in e.turnout)
    assert any(u.figure == "6,931,900" and "valid" in u.reason for u in e.unread)


def test_a_russian_infobox_in_columns() -> None:
    e = parse(page("Президентские выборы в Казахстане (2005)", "Выборы состоялись 4 декабря 2005 года.",
                   "Кандидат Айгерим Тулегенова Болат Сериков", "Голосов 4 120 300 910 455",
                   "Процент голосов 78,20% 17,30%", lang="ru"), "ru")
    # Russian digit groups with spaces are no infobox cells ("4 120 300 910 455" parts no way for certain):
    # the block stays prose and nothing is guessed
    assert not any(r.votes == 120 for r in e.results)
