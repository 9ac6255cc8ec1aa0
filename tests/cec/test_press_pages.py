"""Whole press pages (invented) whose kind or hour the page layout could mislead: a one-candidate result next to
an approximate turnout, a wire header with the page's own time, a share stated as "about"."""

from __future__ import annotations

from functools import partial

from tests.cec.releases import parse_page, release_page

page = partial(release_page, date="2022-11-20")
parse = partial(parse_page, release=81)


def test_one_candidates_share_is_a_result_not_a_turnout() -> None:
    e = parse(page("Казахстан: за Ержанова проголосовали 95,5 % избирателей",
                   "Согласно предварительным данным ЦИК, за Ержанова Тимура проголосовали 95,5 процента избирателей.",
                   "Явка избирателей, по предварительным данным, составила около 90 процентов.", date="2011-04-04"))
    assert e.doc_kind.startswith("results")
    assert [(r.contestant_name, r.vote_share_pct) for r in e.results] == [("Ержанова Тимура", 95.5)]
    assert not e.turnout  # "около 90" is a bound, not the turnout
    assert any("bound" in u.reason for u in e.unread)


def test_a_wire_header_with_the_pages_own_time_is_not_the_hour() -> None:
    e = parse(page("Республика азаматтарының 52,3 пайызы дауыс берді",
                   "20 Қараша 2022, 14:14 2210",
                   "Республика азаматтарының 52,3 пайызы дауыс берді.",
                   "Сағат 14.00-дегі жағдай бойынша өңірлерде азаматтардың келуі мынадай:",
                   "Абай облысы бойынша – 61,32,", "Ақмола облысы бойынша – 50,04,", lang="kk"), "kaz")
    assert e.doc_kind == "turnout"
    got = {(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout if t.turnout_pct}
    assert got == {(None, "14:00", 52.3), ("Абай облысы", "14:00", 61.32), ("Ақмола облысы", "14:00", 50.04)}


def test_shares_stay_with_their_contestants_when_the_votes_sum_is_partial() -> None:
    e = parse(page("Final results", "The Shugyla Party won 53.9 percent or 3,431,510 votes, the Tulpar Party – 8.59 "
                   "percent or 547,154 votes, the Zhuldyz Party – 8.41 percent or 535,139 votes. The Arman Party "
                   "received only 2.3 percent.", lang="en", date="2023-03-27"), "eng")
    shares = {r.contestant_name: r.vote_share_pct for r in e.results}
    assert shares == {"Shugyla Party": 53.9, "Tulpar Party": 8.59, "Zhuldyz Party": 8.41, "Arman Party": 2.3}
