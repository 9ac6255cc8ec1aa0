"""A contestant's share against its votes over the base its rivals agree on (figures invented for these tests):
votes that break a complete set of shares are a misprint and stay unread, a share that fits only a rival without
one is that rival's, and two pairs alone judge nothing."""

from __future__ import annotations

import pytest

from sources.figures.arithmetic import breaking_pairs, consensus_base
from tests.cec.releases import parse_page, release_page


def test_the_base_most_pairs_agree_on() -> None:
    pairs = {"A": (3_000_000, 60.0), "B": (1_000_000, 20.0), "C": (750_000, 15.0), "D": (520_000, 5.0)}
    base, agreeing = consensus_base(pairs)  # type: ignore[misc]
    assert round(base) == 5_000_000 and agreeing == {"A", "B", "C"}


def test_votes_breaking_a_complete_set_of_shares_are_the_misprint() -> None:
    votes = {"A": 3_000_000, "B": 1_000_000, "C": 750_000, "D": 520_000}
    shares = {"A": 60.0, "B": 20.0, "C": 15.0, "D": 5.0}
    assert breaking_pairs(votes, shares) == {"D": None}


def test_a_share_that_fits_only_a_rival_without_one_is_the_rivals() -> None:
    votes = {"A": 3_000_000, "B": 1_000_000, "C": 600_000, "D": 250_000, "E": 150_000}
    shares = {"A": 60.0, "B": 20.0, "C": 12.0, "E": 5.0}  # E's 5 % is D's 250 000 of 5 000 000; E has 3 %
    assert breaking_pairs(votes, shares) == {"E": "D"}


def test_an_incomplete_set_leaves_a_breaking_pair_as_written() -> None:
    votes = {"A": 3_000_000, "B": 1_000_000, "C": 600_000, "D": 520_000}
    shares = {"A": 60.0, "B": 20.0, "C": 12.0, "D": 5.0}  # 97 %: no telling the misprint from a wrong binding
    assert breaking_pairs(votes, shares) == {}


def test_two_pairs_judge_nothing() -> None:
    assert breaking_pairs({"A": 6_694_000, "B": 445_047}, {"A": 91.01, "B": 6.64}) == {}


@pytest.mark.parametrize(("lang", "path", "text"), [
    ("ru", "rus", "За партию «Тулпар» отдано 3 000 000 голосов, или 60 %, за партию «Шугыла» – 1 000 000, или 20 %, "
                  "за партию «Кемел» – 750 000, или 15 %, за партию «Арман» – 520 000 голосов, или 5 %."),
    ("kk", "kaz", "«Тұлпар» партиясына 3 000 000 адам, яғни 60 пайызы, «Шұғыла» партиясына 1 000 000 адам, яғни 20 "
                  "пайызы, «Кемел» партиясына 750 000 адам, яғни 15 пайызы, «Арман» партиясына 520 000 адам, яғни "
                  "5 пайызы дауыс берді."),
    ("en", "eng", "The Tulpar Party received 3,000,000 votes, or 60%, the Shugyla Party 1,000,000 votes, or 20%, the "
                  "Kemel Party 750,000 votes, or 15%, and the Arman Party 520,000 votes, or 5%."),
], ids=["ru", "kk", "en"])
def test_a_misprinted_count_is_unread_and_its_share_kept(lang: str, path: str, text: str) -> None:
    e = parse_page(release_page("Итоги", text, lang=lang, date="2023-03-27", heading="Final results"), path,
                   release=97)
    arman = [r for r in e.results if "Арман" in r.contestant_name or "Arman" in r.contestant_name]
    assert [(r.votes, r.vote_share_pct) for r in arman] == [(None, 5.0)], [
        (r.contestant_name, r.votes, r.vote_share_pct) for r in e.results]
    assert sum(1 for r in e.results if r.votes) == 3
    assert any("misprint" in u.reason or "break" in u.reason for u in e.unread)
