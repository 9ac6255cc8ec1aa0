"""A turnout stated as a share of the listed voters who voted, on a page that writes no hour (invented pages): the
words make it a turnout bulletin; a share of those who took part is never one; a superlative's region is no
contestant; the capital named as an area."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

SHARE_OF_THE_LISTED = [
    ("kk", "Сайлау учаскелері жабылды", "Тізімге енгізілген сайлаушылардың 63,4 пайызы дауыс берді."),
    ("ru", "Избирательные участки закрылись", "Проголосовали 63,4 % включённых в списки избирателей."),
    ("en", "Polling stations close", "63.4 percent of the voters on the lists cast ballots."),
]


@pytest.mark.parametrize(("lang", "title", "body"), SHARE_OF_THE_LISTED, ids=[c[0] for c in SHARE_OF_THE_LISTED])
def test_a_share_of_the_listed_voters_who_voted_is_a_turnout_with_no_hour(lang: str, title: str, body: str) -> None:
    e = parse_page(release_page(title, body, lang=lang, date="2023-03-19"), lang=lang)
    assert e.doc_kind == "turnout"
    assert [(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout] == [(None, None, 63.4)]
    assert e.election is not None and e.election.election_id == "kz-2023-03-19-parliamentary"


@pytest.mark.parametrize(("lang", "body"), [
    ("ru", "В голосовании приняли участие 81,31 процента принявших участие избирателей."),
    ("kk", "Сайлауға қатысқандардың 81,31 пайызы бюллетень толтырды."),
], ids=["ru-participants", "kk-participants"])
def test_a_share_of_those_who_took_part_is_no_turnout(lang: str, body: str) -> None:
    e = parse_page(release_page("Сайлау", body, lang=lang, date="2023-03-19"), lang=lang)
    assert not any(t.turnout_pct == 81.31 for t in e.turnout)


SUPERLATIVES = {
    "kk": ("Сайлаушылардың белсенділігі", "Тізімге енгізілген сайлаушылардың 58,2 пайызы дауыс берді.",
           "Ең белсенді өңір – Жамбыл облысы, 74,6 пайыз. Ең төмені – Алматы қаласы, 31,5 пайыз."),
    "ru": ("Активность избирателей", "Проголосовали 58,2 % включённых в списки избирателей.",
           "Самый активный регион – Жамбылская область, 74,6 %. Самый низкий показатель – г. Алматы, 31,5 %."),
    "en": ("Voter activity", "58.2 percent of the voters on the lists cast ballots.",
           "The most active region – Zhambyl Region, 74.6 percent. The least active – Almaty city, 31.5 percent."),
}


@pytest.mark.parametrize("lang", list(SUPERLATIVES), ids=lambda x: f"superlative-{x}")
def test_a_label_whose_value_is_a_region_names_no_contestant(lang: str) -> None:
    e = parse_page(release_page(*SUPERLATIVES[lang], lang=lang, date="2023-03-19"), lang=lang)
    assert e.doc_kind == "turnout" and not e.results
    assert sorted(t.turnout_pct for t in e.turnout if t.region_name) == [31.5, 74.6]


CAPITAL = [
    ("ru", "Наибольшая явка в Жамбылской области – 74,6%, в столице явка составила 41,3%.", "в столице"),
    ("kk", "Жамбыл облысында 74,6 пайыз, елордада 41,3 пайыз сайлаушы дауыс берді.", "елордада"),
    ("en", "Turnout was 74.6 percent in Zhambyl Region and 41.3 percent in the capital.", "in the capital"),
]


@pytest.mark.parametrize(("lang", "body", "written"), CAPITAL, ids=[c[0] for c in CAPITAL])
def test_the_capital_as_an_area_is_astana(lang: str, body: str, written: str) -> None:
    e = parse_page(release_page("Явка на 14:00", f"По состоянию на 14:00. {body}", lang=lang, date="2023-03-19"),
                   lang=lang)
    capital = [t for t in e.turnout if t.turnout_pct == 41.3]
    assert [t.region_name for t in capital] == [written]


def test_the_capitals_commission_is_no_area() -> None:
    body = ("Согласно данным, представленным комиссиями областей, городов республиканского значения и столицы, "
            "по состоянию на 14 часов бюллетени получили 51,2% избирателей.")
    e = parse_page(release_page("Явка на 14:00", body, date="2023-03-19"))
    assert [(t.region_name, t.turnout_pct) for t in e.turnout] == [(None, 51.2)]
