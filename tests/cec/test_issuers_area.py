"""A publication a commission below the CEC issues states its own area's figures: a region's commission gives its
region to the figures it leaves unplaced, a figure it places in the country stays national, and a district's
commission has no area of the warehouse, so its figures are recorded unread (pages invented for these tests)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

REGIONAL = {
    "ru": ("Сообщение Павлодарской областной территориальной избирательной комиссии",
           "Итоги выборов депутатов Мажилиса по области: в списки включены 512 400 избирателей, в голосовании "
           "приняли участие 330 118 (64,42%).",
           "Голоса распределились так: «Алтын Дала» – 180 204 (55,82%); «Жаңа Жол» – 70 950 (21,98%); "
           "«Көк Тау» – 71 672 (22,20%). По республике явка составила 61,80%."),
    "kk": ("Павлодар облыстық аумақтық сайлау комиссиясының хабарламасы",
           "Облыс бойынша тізімге 512 400 сайлаушы енгізілді, оның 330 118-і (64,42%) дауыс беруге қатысты.",
           "Дауыстар былайша бөлінді: «Алтын Дала» – 180 204 (55,82%); «Жаңа Жол» – 70 950 (21,98%); "
           "«Көк Тау» – 71 672 (22,20%). Ел бойынша сайлауға қатысу 61,80% болды."),
    "en": ("Pavlodar regional election commission announces the results in the region",
           "In the region 512,400 voters were on the lists and 330,118 (64.42%) took part in the vote.",
           "Altyn Dala received 180,204 votes (55.82%), Zhana Zhol 70,950 (21.98%) and Kok Tau 71,672 (22.20%). "
           "Nationwide turnout was 61.80%."),
}
DISTRICT = {
    "ru": ("Протокол районной избирательной комиссии Бостандыкского района города Алматы",
           "В списки избирателей района включено 243 518 человек, бюллетени получили 92 147 (37,84%).",
           "За «Алтын Дала» подано 49 311 голосов, за «Жаңа Жол» – 15 870, за «Көк Тау» – 9 114."),
    "kk": ("Алматы қаласы Бостандық аудандық аумақтық сайлау комиссиясының хаттамасы",
           "Аудан бойынша тізімге 243 518 сайлаушы енгізілді, бюллетень алғандар – 92 147 (37,84%).",
           "«Алтын Дала» – 49 311 дауыс, «Жаңа Жол» – 15 870 дауыс, «Көк Тау» – 9 114 дауыс."),
    "en": ("Protocol of the Bostandyk district election commission of Almaty city",
           "In the district 243,518 voters were on the lists and 92,147 (37.84%) received ballots.",
           "Altyn Dala received 49,311 votes, Zhana Zhol 15,870 votes and Kok Tau 9,114 votes."),
}
CENTRAL = {  # the CEC speaks, citing the regions' commissions: its figures are the country's
    "ru": ("ЦИК: предварительные итоги выборов в Мажилис",
           "Центральная избирательная комиссия по данным областных избирательных комиссий сообщает: «Алтын Дала» "
           "получила 55,8%, «Жаңа Жол» – 22,0%, «Көк Тау» – 22,2%."),
    "kk": ("ОСК: Мәжіліс сайлауының алдын ала қорытындысы",
           "Орталық сайлау комиссиясы облыстық сайлау комиссияларының деректері бойынша хабарлайды: «Алтын Дала» "
           "55,8 пайыз, «Жаңа Жол» 22,0 пайыз, «Көк Тау» 22,2 пайыз дауыс алды."),
    "en": ("CEC announces the preliminary results of the Mazhilis election",
           "The Central Election Commission, citing the regional election commissions, said Altyn Dala received "
           "55.8 percent, Zhana Zhol 22.0 percent and Kok Tau 22.2 percent."),
}


@pytest.mark.parametrize("lang", list(REGIONAL))
def test_a_regions_commission_states_its_regions_figures(lang: str) -> None:
    e = parse_page(release_page(*REGIONAL[lang], lang=lang, date="2023-03-21"), lang)
    shares = {round(r.vote_share_pct, 2): r.region_name for r in e.results if r.vote_share_pct is not None}
    assert {55.82, 21.98, 22.20} <= set(shares), (e.results, e.unread)
    pavlodar = ("авлодар", "Pavlodar")  # the region as each language writes it
    assert all(any(name in (shares[s] or "") for name in pavlodar) for s in (55.82, 21.98, 22.20)), shares
    turnout = {round(t.turnout_pct, 2): t.region_name for t in e.turnout if t.turnout_pct is not None}
    assert turnout.get(64.42) is not None, e.turnout  # the region's
    assert 61.80 not in turnout or turnout[61.80] is None, e.turnout  # the country's, placed there by its words


@pytest.mark.parametrize("lang", list(DISTRICT))
def test_a_districts_commission_gives_no_figure_of_an_area_of_the_warehouse(lang: str) -> None:
    e = parse_page(release_page(*DISTRICT[lang], lang=lang, date="2023-03-21"), lang)
    assert not [r for r in e.results if r.region_name is None], e.results
    assert not [t for t in e.turnout if t.region_name is None], e.turnout
    below = [u for u in e.unread if "below a region" in u.reason]
    assert any("49" in u.clause for u in below), e.unread


@pytest.mark.parametrize("lang", list(CENTRAL))
def test_the_cec_citing_the_regions_commissions_states_the_countrys_figures(lang: str) -> None:
    e = parse_page(release_page(*CENTRAL[lang], lang=lang, date="2023-03-20"), lang)
    shares = {round(r.vote_share_pct, 1): r.region_name for r in e.results if r.vote_share_pct is not None}
    assert {55.8, 22.0, 22.2} <= set(shares), (e.results, e.unread)
    assert all(shares[s] is None for s in (55.8, 22.0, 22.2)), shares
