"""A referendum final that gives each answer two shares (pages invented for these tests): of those who voted, and
again of the whole register. The arithmetic tells them apart: the answer keeps the share its votes make over those
who voted; the share its votes make over the register is recorded unread, in Russian, Kazakh and English."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

# 11 800 000 registered, 8 260 000 took part; Yes 7 021 000 = 85,00 % of voters = 59,50 % of the register
PAGES = {
    "ru": ("Итоги референдума",
           ["ЦИК утвердил окончательные итоги республиканского референдума.",
            "Из 11 800 000 граждан, включённых в списки, в голосовании приняли участие 8 260 000 (70,00%).",
            "За высказались 7 021 000 участников, или 85,00% проголосовавших.",
            "Если считать от всех включённых в списки, «за» проголосовали 59,50% граждан."]),
    "kk": ("Референдум қорытындысы",
           ["ОСК республикалық референдумның түпкілікті қорытындысын бекітті.",
            "Тізімге енгізілген 11 800 000 азаматтың 8 260 000-ы дауыс берді (70,00%).",
            "«Иә» деп 7 021 000 адам, яғни 85,00 пайызы дауыс берді.",
            "Барлық тізімге шаққанда «Иә» деп 59,50% азамат дауыс берді."]),
    "en": ("Referendum final results",
           ["The commission approved the final results of the national referendum.",
            "Of 11,800,000 registered voters, 8,260,000 took part (70.00%).",
            "Yes received 7,021,000 votes, or 85.00% of those who voted.",
            "Counted against the whole register, \"Yes\" received 59.50%."]),
}


@pytest.mark.parametrize("lang", list(PAGES), ids=list(PAGES))
def test_the_answer_keeps_its_share_of_those_who_voted(lang: str) -> None:
    title, lines = PAGES[lang]
    e = parse_page(release_page(title, *lines, lang=lang, date="2026-03-20"), lang)
    shares = {r.vote_share_pct for r in e.results if r.vote_share_pct is not None and r.region_name is None}
    assert 85.00 in shares
    assert 59.50 not in shares
    assert any("over the register" in u.reason for u in e.unread)
