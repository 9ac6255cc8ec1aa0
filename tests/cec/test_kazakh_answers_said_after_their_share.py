"""Kazakh puts what a share said after it, with "деп" ("87,15 пайызы «Иә» деп, 11,02 пайызы «Жоқ» деп жауап
берді": 87.15 per cent answered "Yes"): each share takes the answer on its right, never the one before it (texts
invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize("sentence", [
    "Дауыс беруге қатысқандардың 81,4 пайызы «Иә» деп, 16,9 пайызы «Жоқ» деп жауап берді.",
    "Қатысқандардың 81,4 пайызы «Иә» деп дауыс берді, ал 16,9 пайызы «Жоқ» деп белгіледі.",
], ids=["one-verb", "two-verbs"])
def test_each_share_takes_the_answer_it_said(sentence: str) -> None:
    out = parse_page(release_page("Референдумның алдын ала қорытындысы", "2026 жылғы 15 наурыздағы республикалық "
                                  "референдумға тізімге енгізілген азаматтардың 73,1 пайызы қатысты.", sentence,
                                  lang="kk", date="2026-03-16"), "kk")
    shares = {r.contestant_name: r.vote_share_pct for r in out.results if r.region_name is None}
    assert shares == {"«Иә»": 81.4, "«Жоқ»": 16.9}
