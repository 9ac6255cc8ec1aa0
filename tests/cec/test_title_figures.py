"""A national figure stated only in a release's title (pages invented for these tests): the title is read as one
more clause, for what the body does not state, and never beside the body's own figure."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

# the body gives the regions and the ballots; only the title gives the country's turnout
TITLE_ONLY = {
    "ru": release_page("На выборах в Мажилис проголосовали 63,4% избирателей",
                       "По данным избиркомов, к настоящему часу бюллетени получили 5 912 300 человек.",
                       "Выше всего активность в Туркестанской области – 81,2%, ниже всего в Алматы – 27,5%.",
                       lang="ru", date="2023-03-19"),
    "kk": release_page("Мәжіліс сайлауында сайлаушылардың 63,4 пайызы дауыс берді",
                       "Сайлау комиссияларының мәліметінше, 5 912 300 адам бюллетень алды.",
                       "Ең белсенді өңір – Түркістан облысы, 81,2 пайыз. Алматы қаласында – 27,5 пайыз.",
                       lang="kk", date="2023-03-19"),
    "en": release_page("Turnout in Mazhilis election reaches 63.4 percent",
                       "According to the election commissions, 5,912,300 voters have received their ballots.",
                       "The highest activity is in Turkistan region, 81.2 percent; the lowest in Almaty, 27.5 percent.",
                       lang="en", date="2023-03-19"),
}


def _national_shares(e) -> list[tuple[float | None, str]]:
    return [(t.turnout_pct, t.evidence.text) for t in e.turnout if t.region_name is None and t.turnout_pct]


@pytest.mark.parametrize("lang", list(TITLE_ONLY), ids=lambda x: f"title-only-{x}")
def test_a_turnout_stated_only_in_the_title_loads_with_the_title_as_evidence(lang: str) -> None:
    e = parse_page(TITLE_ONLY[lang], lang=lang)
    assert e.doc_kind == "turnout"
    shares = _national_shares(e)
    assert [s for s, _ in shares] == [63.4]
    assert "63" in shares[0][1] and shares[0][1].startswith(("На выборах", "Мәжіліс", "Turnout"))
    # the body's figures still load beside it
    assert any(t.ballots_cast == 5912300 for t in e.turnout if t.region_name is None)
    assert any(t.turnout_pct == 81.2 for t in e.turnout if t.region_name is not None)


RESTATED = {
    "ru": release_page("Явка на выборах в Мажилис составила 63,4%",
                       "По данным избиркомов, проголосовали 63,4% избирателей, включенных в списки.",
                       lang="ru", date="2023-03-19"),
    "kk": release_page("Мәжіліс сайлауына сайлаушылардың 63,4 пайызы қатысты",
                       "Тізімге енгізілген сайлаушылардың жалпы санының 63,4 пайызы бюллетень алды.",
                       lang="kk", date="2023-03-19"),
    "en": release_page("Voter turnout at 63.4 percent", "The turnout of registered voters was 63.4 percent.",
                       lang="en", date="2023-03-19"),
}


@pytest.mark.parametrize("lang", list(RESTATED), ids=lambda x: f"restated-{x}")
def test_a_title_restating_the_bodys_figure_adds_no_row(lang: str) -> None:
    e = parse_page(RESTATED[lang], lang=lang)
    shares = _national_shares(e)
    assert [s for s, _ in shares] == [63.4]
    assert not shares[0][1].startswith(("Явка на", "Мәжіліс", "Voter turnout"))  # the body's sentence


DIFFERENT = {
    "ru": release_page("Явка на выборах в Мажилис превысила 60%",
                       "По данным избиркомов, проголосовали 63,4% избирателей, включенных в списки.",
                       lang="ru", date="2023-03-19"),
    "kk": release_page("Мәжіліс сайлауына сайлаушылардың 63 пайызы қатысты",
                       "Тізімге енгізілген сайлаушылардың жалпы санының 63,4 пайызы бюллетень алды.",
                       lang="kk", date="2023-03-19"),
    "en": release_page("Voter turnout at 63 percent", "The turnout of registered voters was 63.4 percent.",
                       lang="en", date="2023-03-19"),
}


@pytest.mark.parametrize("lang", list(DIFFERENT), ids=lambda x: f"different-{x}")
def test_a_title_stating_another_value_than_the_body_is_not_loaded(lang: str) -> None:
    e = parse_page(DIFFERENT[lang], lang=lang)
    assert [s for s, _ in _national_shares(e)] == [63.4]
    # recorded unread: a bound ("превысила 60%") for what it is, a plain other value as differing from the body's
    assert any(u.figure.startswith(("60", "63 ")) and u.clause == e.title for u in e.unread)


RESULTS = {
    "ru": release_page("Партия «Өрлеу» набирает 71,3% голосов на выборах в Мажилис",
                       "Партия «Өрлеу» – 4 120 500 голосов, или 71,3 %.",
                       "Партия «Жарық» – 1 650 000 голосов, или 28,5 %.", lang="ru", date="2023-03-21"),
    "en": release_page("Orleu Party wins Mazhilis Election with 71.3% of votes",
                       "The Orleu party received 4,120,500 votes, or 71.3 percent.",
                       "The Zharyk party received 1,650,000 votes, or 28.5 percent.", lang="en", date="2023-03-21"),
}


@pytest.mark.parametrize("lang", list(RESULTS), ids=lambda x: f"results-{x}")
def test_a_results_title_restating_the_winners_share_gives_no_second_contestant(lang: str) -> None:
    e = parse_page(RESULTS[lang], lang=lang)
    national = sorted((r.vote_share_pct, r.evidence.text == e.title) for r in e.results if r.region_name is None)
    assert national == [(28.5, False), (71.3, False)]
