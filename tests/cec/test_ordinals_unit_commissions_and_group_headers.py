"""Shapes of our own in the three languages: the former and the latter of two parties, the party just named, a
patronymic in the accusative, every unit's commissions as the source (no area), the voters who took a ballot written
as a second register, a table header of two rows, and the total row of all parties' votes."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def _national(lang: str, *paragraphs: str, title: str = "Итоги", date: str = "2023-03-28") -> dict[str, tuple]:
    out = parse_page(release_page(title, *paragraphs, lang=lang, date=date), lang)
    return {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in out.results if r.region_name is None}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("kk", "«Шугыла» партиясы мен «Тулпар» партиясы парламентке өтті: біріншісі 552 871 дауыс (8,66 %), екіншісі "
           "529 402 дауыс (8,29 %) жинады."),
    ("ru", "Партии «Шугыла» и «Тулпар» прошли в парламент: первая получила 552 871 голос (8,66 %), вторая – 529 402 "
           "голоса (8,29 %)."),
    ("en", "The Shugyla party and the Tulpar party both passed the threshold: the former won 552,871 votes (8.66%), "
           "the latter 529,402 (8.29%)."),
])
def test_the_former_and_the_latter_are_the_two_named_last(lang: str, sentence: str) -> None:
    found = _national(lang, "Мәжіліс сайлауының қорытындысы шықты." if lang == "kk" else "Итоги выборов в Мажилис."
                      if lang == "ru" else "Results of the Mazhilis election.", sentence)
    by_votes = {v[0]: name for name, v in found.items()}
    assert "Шугыла" in by_votes[552_871] or "Shugyla" in by_votes[552_871]
    assert "Тулпар" in by_votes[529_402] or "Tulpar" in by_votes[529_402]


def test_the_party_just_named_takes_its_seats_in_kazakh() -> None:
    found = _national("kk", "Мәжіліс сайлауының қорытындысы шықты.",
                      "«Шугыла» партиясына 701 533 сайлаушы, яғни 10,99 пайызы дауыс берді; партия 8 мандат алды.")
    assert [v for name, v in found.items() if "Шугыла" in name] == [(701_533, 10.99, 8)]


def test_a_patronymic_in_the_accusative_or_dative_is_named_in_the_nominative() -> None:
    found = _national("kk", "Сайлаудың алдын ала қорытындысы шықты.",
                      "Жиенбаев Мейрам Серікұлын 340 000 сайлаушы, яғни 4,28 пайызы қолдады.",
                      "Кусаин Ерлан Маратұлына 100 000 сайлаушы дауыс берді, бұл 1,2 пайыз.",
                      title="Алдын ала қорытынды", date="2022-11-21")
    assert {"Жиенбаев Мейрам Серікұлы", "Кусаин Ерлан Маратұлы"} <= set(found)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ru", "По данным избирательных комиссий областей, городов Астаны и Алматы, по состоянию на 12 часов явка "
           "составила 41,37 %."),
    ("en", "According to the commissions of the regions and the cities of Astana and Almaty, turnout at 12:00 was "
           "41.37 per cent."),
])
def test_the_commissions_of_every_unit_give_the_national_turnout(lang: str, sentence: str) -> None:
    out = parse_page(release_page("Явка на 12:00" if lang == "ru" else "Turnout at 12:00", sentence, lang=lang,
                                  date="2016-03-20"), lang)
    assert [(t.region_name, t.turnout_pct) for t in out.turnout] == [(None, 41.37)]


def test_the_voters_a_turnout_share_counts_are_its_ballots_not_a_second_register() -> None:
    out = parse_page(release_page(
        "Явка на 10.00",
        "По состоянию на 10.00 бюллетени получили 15,63 % избирателей, включенных в списки, – 1 миллион 869 тысяч 61 "
        "человек.", "Всего в списки избирателей внесено 11 961 270 граждан.", date="2019-06-09"))
    assert {t.registered_voters for t in out.turnout} - {None} == {11_961_270}
    assert {t.ballots_cast for t in out.turnout} - {None} == {1_869_061}


GROUP_HEADER = (
    "<table><thead><tr><th rowspan='2'>Область</th><th rowspan='2'>Явка</th><th colspan='2'>Получено голосов</th></tr>"
    "<tr><th>Шугыла</th><th>Против всех</th></tr></thead><tbody>"
    "<tr><td>Акмолинская область</td><td>79,16</td><td>85,08</td><td>4,37</td></tr>"
    "<tr><td>город Алматы</td><td>36,72</td><td>70,15</td><td>9,27</td></tr></tbody></table>"
)


def test_the_lower_row_of_a_two_row_header_names_the_column() -> None:
    out = parse_page(release_page("Итоги выборов", "Окончательные итоги по регионам (в процентах):", GROUP_HEADER,
                                  date="2022-11-21"))
    shares = {(r.contestant_name, r.region_name): r.vote_share_pct for r in out.results}
    assert shares[("Против всех", "город Алматы")] == 9.27
    assert not [name for name, _ in shares if "Получено" in name or "Область" in name]


TOTAL_ROW = (
    "<table><tr><th>Наименование</th><th>голосов</th><th>%</th><th>мандатов</th></tr>"
    "<tr><td>Число голосов, поданных за партийные списки</td><td>7 464 152</td><td>100,00</td><td>98</td></tr>"
    "<tr><td>Партия «Шугыла»</td><td>6 183 252</td><td>82,84</td><td>84</td></tr>"
    "<tr><td>Партия «Тулпар»</td><td>1 280 900</td><td>17,16</td><td>14</td></tr></table>"
)


def test_the_row_of_all_parties_votes_is_no_contestant() -> None:
    found = _national("ru", "Итоги выборов депутатов Мажилиса.", TOTAL_ROW, date="2016-03-21")
    assert not [name for name in found if "поданных" in name]
    assert sorted(v[2] for v in found.values()) == [14, 84]


def test_an_ordinal_inside_a_clause_is_no_pronoun() -> None:
    found = _national("en", "Preliminary results of the presidential election.",
                      "Arman Bakirov won 2.22% of the vote (176,350 votes).",
                      "The 'against all' option, on the ballot for the first time, was chosen by 461,190 voters, or "
                      "5.80 percent.", title="Preliminary results", date="2022-11-21")
    assert found.get("Against all") == (461_190, 5.8, None)
