"""The reader by arithmetic (`sources.figures.by_arithmetic`): table rows, faction lists and seat series the shape
readers leave, bound by the publication's own sums; a set whose sums do not close stays unread with its reason.
Every page is invented for these tests, in shapes the shape readers do not read."""

from __future__ import annotations

import pytest

from sources.cec.release import read_figures
from sources.html_text import read_html
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def _results(e: Extraction, field: str) -> dict[str, float]:
    return {r.contestant_name: getattr(r, field) for r in e.results if getattr(r, field) is not None}


def _reasons(e: Extraction) -> str:
    return "\n".join(u.reason for u in e.unread)


# an almanac's plain-text table printed line by line: counts in thousands, a seats column and a seat-share column
ALMANAC_EN = [
    "Electoral almanac, table 4: the Mazhilis party-list vote",
    "(thousands, unless otherwise stated)",
    "Item                                    Value",
    "Voters on the lists                   9 480.2",
    "Voters issued ballots                 6 214.9",
    "  as % of voters on the lists           65.56³",
    "Ballots found invalid                   102.3",
    "List            Votes   % votes   Seats   % seats",
    "Amanat        3 410.5     54.88      40     58.82",
    "Auyl            905.1     14.56      10     14.71",
    "Respublica      760.8     12.24       9     13.24",
    "Aq Jol          612.0      9.85       9     13.24",
    "Zhasyl Kesh     198.7      3.20       –         –",
    "Against all     225.5      3.63       x         x",
    "³ Computed from unrounded counts.",
]


def test_an_almanac_table_in_thousands_reads_by_its_columns_arithmetic() -> None:
    e = parse_page(release_page("Electoral almanac 2024, table 4", *ALMANAC_EN, lang="en", date="2024-05-02"), "en")
    votes, shares, seats = _results(e, "votes"), _results(e, "vote_share_pct"), _results(e, "seats")
    assert votes["Zhasyl Kesh"] == 198_700  # a name no reader knows, read inside a block of known ones
    assert shares["Zhasyl Kesh"] == 3.20
    assert sorted(seats.values(), reverse=True) == [40, 10, 9, 9]
    assert 58.82 not in shares.values() and 14.71 not in shares.values()  # the seats' shares are no vote shares
    assert sorted(votes.values(), reverse=True)[:2] == [3_410_500, 905_100]
    turnout = {f: getattr(t, f) for t in e.turnout for f in ("registered_voters", "ballots_cast", "turnout_pct",
                                                             "invalid_ballots") if getattr(t, f) is not None}
    assert turnout == {"registered_voters": 9_480_200, "ballots_cast": 6_214_900, "turnout_pct": 65.56,
                       "invalid_ballots": 102_300}


def test_an_almanac_table_whose_votes_and_shares_are_not_in_proportion_reads_no_votes() -> None:
    lines = [line.replace("905.1", "1 905.1") if line.startswith("Auyl") else line for line in ALMANAC_EN]
    e = parse_page(release_page("Electoral almanac 2024, table 4", *lines, lang="en", date="2024-05-02"), "en")
    assert not _results(e, "votes")
    assert "1 905.1: a column the block's arithmetic does not type" in _reasons(e)
    # the shares still make a whole set with the invalid ballots' share (102.3 of 6 214.9): they alone are read
    assert _results(e, "vote_share_pct")["Auyl"] == 14.56


def test_an_almanac_table_whose_shares_make_no_whole_set_either_stays_unread() -> None:
    lines = [line.replace("905.1", "1 905.1").replace("14.56", "24.56") if line.startswith("Auyl") else line
             for line in ALMANAC_EN]
    e = parse_page(release_page("Electoral almanac 2024, table 4", *lines, lang="en", date="2024-05-02"), "en")
    assert not _results(e, "votes") and not _results(e, "vote_share_pct")
    assert "no column of its block closes" in _reasons(e)


def test_indicator_lines_whose_turnout_is_not_cast_over_registered_stay_unread() -> None:
    lines = [line.replace("65.56³", "71.20") for line in ALMANAC_EN]
    e = parse_page(release_page("Electoral almanac 2024, table 4", *lines, lang="en", date="2024-05-02"), "en")
    assert not any(t.registered_voters for t in e.turnout)
    assert "cast ÷ registered does not give the turnout" in _reasons(e)


# a Russian statistics bulletin's table in a <pre> block, which the page's text collapses into one paragraph; counts in
# thousands with one decimal, a seats column, a party the registry does not know
BULLETIN_RU = """<pre>
Партия                 Голоса, тыс.      %    Мандаты
Amanat                      3 410,5   54,88       40
«Ауыл»                        905,1   14,56       10
Respublica                    760,8   12,24        9
«Ак жол»                      612,0    9,85        9
«против всех»                 225,5    3,63        –
</pre>"""
LEAD_RU = "Голоса избирателей, принявших участие в голосовании (6 214,9 тыс.), распределились так:"


def test_a_russian_pre_table_collapsed_into_one_line_reads_by_its_columns_arithmetic() -> None:
    e = parse_page(release_page("Бюллетень статистики выборов", LEAD_RU, BULLETIN_RU, date="2023-03-25"), "ru")
    votes, shares, seats = _results(e, "votes"), _results(e, "vote_share_pct"), _results(e, "seats")
    assert sorted(votes.values(), reverse=True) == [3_410_500, 905_100, 760_800, 612_000, 225_500]
    assert sorted(shares.values(), reverse=True) == [54.88, 14.56, 12.24, 9.85, 3.63]
    assert sorted(seats.values(), reverse=True) == [40, 10, 9, 9]


def test_a_russian_pre_table_of_an_observers_parallel_count_stays_unread() -> None:
    lead = "Данные параллельного подсчёта наблюдателей по 900 участкам (тыс. голосов):"
    e = parse_page(release_page("Бюллетень наблюдателей", lead, BULLETIN_RU, date="2023-03-25"), "ru")
    assert not _results(e, "votes") and not _results(e, "vote_share_pct")
    assert "a count other than the commission's" in _reasons(e)


# a Kazakh parliament page: faction sizes, the seats, adding up to the total the page states
FACTIONS_KK = [
    "Мәжіліс фракциялары",
    "Сайлау қорытындысы бойынша Мәжілісте төрт фракция жұмыс істейді:",
    "▪ «AMANAT» партиясы фракциясы – 62 депутат",
    "▪ «Ақ жол» партиясы фракциясы – 8 депутат",
    "▪ «Ауыл» партиясы фракциясы – 8 депутат",
    "▪ «Respublica» партиясы фракциясы – 6 депутат",
    "Фракциялардағы депутаттар саны – 84.",
]


def test_kazakh_faction_sizes_adding_up_to_the_stated_total_are_the_seats() -> None:
    e = parse_page(release_page("Мәжіліс фракциялары", *FACTIONS_KK, lang="kk", date="2023-04-10"), "kk")
    assert sorted(_results(e, "seats").values(), reverse=True) == [62, 8, 8, 6]


def test_kazakh_faction_sizes_that_add_up_to_no_stated_total_stay_unread() -> None:
    lines = [*FACTIONS_KK[:-1], "Фракциялардағы депутаттар саны жыл сайын өзгереді."]
    page = read_html(release_page("Мәжіліс фракциялары", *lines, lang="kk", date="2023-04-10"))
    located, unread = read_figures(page, "doc", "kk", "results", "final", None, referendum=False)
    assert not [x for x in located if x.reading.field == "seats"]  # a page of no result: the page is 'other'
    assert {u.figure for u in unread if "seats without total" in u.reason} == {"62", "8", "6"}


def test_kazakh_shares_that_make_no_whole_set_stay_unread() -> None:
    lines = ["Партиялардың үлесі:", "«AMANAT» 48,20", "«Ақ жол» 9,10", "«Ауыл» 7,30", "«Respublica» 6,00"]
    e = parse_page(release_page("Сайлау қорытындысы", *lines, lang="kk", date="2023-03-20"), "kk")
    assert not _results(e, "vote_share_pct")
    assert "shares ≉ 100" in _reasons(e)


# a resolution's seats by reference to its lettered items
RESOLUTION_EN = [
    "The Central Election Commission resolves:",
    "1. The votes were distributed as follows:",
    "a) Amanat: 4,632,211 (58.70 per cent);",
    "b) Auyl: 801,044 (10.15 per cent);",
    "c) Respublica: 702,318 (8.90 per cent);",
    "d) Aq Jol: 568,930 (7.21 per cent);",
    "e) People's Party of Kazakhstan: 410,002 (5.20 per cent);",
    "f) OSDP: 276,544 (3.50 per cent).",
]


@pytest.mark.parametrize(("series", "seats"), [
    ("2. To distribute the 145 mandates among the parties of items a) to e): 95, 16, 14, 12 and 8 seats respectively.",
     [95, 16, 14, 12, 8]),
    ("2. To distribute the 145 mandates among the parties of items a) to e): 90, 20, 14, 13 and 8 seats respectively.",
     []),
    ("2. To distribute the mandates among the parties of items a) to e): 95, 16, 14, 12 and 9 seats respectively.",
     []),
], ids=["closes", "not-by-their-shares", "no-stated-total"])
def test_seats_given_respectively_go_to_the_parties_their_shares_rank(series: str, seats: list[int]) -> None:
    e = parse_page(release_page("Resolution on the results of the Kurultai election", *RESOLUTION_EN, series,
                                lang="en", date="2026-08-28"), "en")
    assert sorted(_results(e, "seats").values(), reverse=True) == seats
    if not seats:
        assert "seats given respectively" in _reasons(e)


PROTOCOL_RU = [
    "В голосовании приняли участие 6 214 900 избирателей, недействительными признаны 102 300 бюллетеней.",
    "Голоса по спискам партий (тыс.):",
    "Amanat 3 410,5",
    "«Ауыл» 905,1",
    "Respublica 760,8",
    "«Ак жол» 612,0",
]


@pytest.mark.parametrize(("against_all", "read"), [("424,2", True), ("324,2", False)],
                         ids=["adds-up-to-the-valid-ballots", "adds-up-to-nothing"])
def test_votes_in_thousands_with_no_shares_read_only_when_they_add_up_to_the_ballots(against_all: str,
                                                                                     read: bool) -> None:
    e = parse_page(release_page("Протокол о результатах голосования", *PROTOCOL_RU, f"«против всех» {against_all}",
                                date="2023-03-21"), "ru")
    votes = _results(e, "votes")
    if read:
        assert sorted(votes.values(), reverse=True) == [3_410_500, 905_100, 760_800, 612_000, 424_200]
    else:
        assert not votes
        assert "votes ≠ the ballots" in _reasons(e)


# contestants as columns; the votes line, its spaces collapsed, is one run of digit groups that only the shares cut
COLUMNS_RU = [
    "                 Amanat      «Ауыл»   Respublica    «Ак жол»",
    "Голоса        4 632 211     801 044      702 318     568 930",
    "%                 58,70       10,15         8,90        7,21",
    "Мандаты              95          16           14          12",
]


@pytest.mark.parametrize(("shares", "read"), [("58,70 10,15 8,90 7,21", True), ("48,70 20,15 8,90 7,21", False)],
                         ids=["one-cut-closes", "no-cut-closes"])
def test_a_table_with_contestants_as_columns_is_cut_where_the_shares_say(shares: str, read: bool) -> None:
    lines = [COLUMNS_RU[0], COLUMNS_RU[1], f"% {shares}", COLUMNS_RU[3]]
    e = parse_page(release_page("Итоги голосования", "Итоги голосования по партийным спискам:", *lines,
                                date="2026-08-25"), "ru")
    votes = _results(e, "votes")
    if read:
        assert sorted(votes.values(), reverse=True) == [4_632_211, 801_044, 702_318, 568_930]
        assert sorted(_results(e, "seats").values(), reverse=True) == [95, 16, 14, 12]
        assert not any("4 632 211 801 044" in (u.figure or "") for u in e.unread)
    else:
        assert not votes
        assert "no reading of its columns closes" in _reasons(e)


# a Kazakh statistics digest in thousands: a shape reader takes "801,0" for 801 votes; the block's arithmetic, in
# the thousands its unit line states, reads every party's votes at their scale
DIGEST_KK = [
    "(мың адам)",
    "Тізімге енгізілген сайлаушылар 12 610,4",
    "Бюллетень алған сайлаушылар 7 891,3",
    "тізімдегілерге шаққанда, пайызбен 62,58",
    "Партия Дауыс % Орын",
    "AMANAT 4 632,2 58,70 95",
    "«Ауыл» 801,0 10,15 16",
    "Respublica 702,3 8,90 14",
    "«Ақ жол» 568,9 7,21 12",
    "Қазақстан халық партиясы 410,0 5,20 8",
    "Бәріне қарсымын 231,5 2,93 –",
]


def test_a_kazakh_digest_in_thousands_reads_every_partys_votes_at_their_scale() -> None:
    e = parse_page(release_page("Статистикалық жинақ: Құрылтай сайлауы", *DIGEST_KK, lang="kk", date="2027-03-01"),
                   "kk")
    votes = sorted((r.votes for r in e.results if r.votes is not None), reverse=True)
    assert votes == [4_632_200, 801_000, 702_300, 568_900, 410_000, 231_500]
    assert {t.turnout_pct for t in e.turnout if t.turnout_pct} == {62.58}


def test_a_kazakh_digest_whose_shares_are_of_another_base_reads_no_votes() -> None:
    lines = [line.replace("58,70", "48,70").replace("10,15", "20,15") for line in DIGEST_KK]
    e = parse_page(release_page("Статистикалық жинақ: Құрылтай сайлауы", *lines, lang="kk", date="2027-03-01"), "kk")
    assert not any(r.votes and r.votes > 100_000 for r in e.results)


@pytest.mark.parametrize(("no", "read"), [("9,81", True), ("7,81", False)], ids=["with-the-invalid", "short"])
def test_answers_shares_of_the_cast_make_a_whole_set_with_the_invalid_ballots(no: str, read: bool) -> None:
    lines = ["В голосовании приняли участие 9 127 192 человека, недействительных бюллетеней – 277 112.",
             "Ответ ....... %", "«Да» ....... 87,15", f"«Нет» ....... {no}"]
    e = parse_page(release_page("Итоги референдума", *lines, date="2026-03-17"), "ru")
    shares = _results(e, "vote_share_pct")
    assert (sorted(shares.values()) == [9.81, 87.15]) if read else not shares
