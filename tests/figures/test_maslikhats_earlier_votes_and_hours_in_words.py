"""Shapes the third unseen batch of press copies showed (pages and sentences invented for these tests): a local
council's (maslikhat's) results under its own title, a history box of earlier votes whose dates stand in the
sentence before the figures, an as-of hour written in words, rounded whole numbers inside a run of regions'
shares, and a figure whose region was named in the sentence before."""

from __future__ import annotations

from functools import partial

import pytest

from sources.figures.text_layer import spoken_hour, stated_clock
from tests.cec.releases import parse_page, release_page
from tests.figures.binding import readings

page = partial(release_page, date="2023-03-21")
parse = partial(parse_page, release=93)


MASLIKHAT = [
    ("ru-oblast-table", "rus", "Облизбирком огласил итоги выборов в маслихат Павлодарской области", (
        "В списки избирателей включены 512 340 человек, голосовали 301 115.",
        "Голоса, поданные за партии, распределились так:",
        "1. Партия «Шугыла» – 150 201 или 52,10% голосов;",
        "2. Партия «Тулпар» – 80 466 или 27,91% голосов.")),
    ("kk-city-seats", "kaz", "Астана қалалық мәслихатына қай партиялар өтті", (
        "Дауыстар былайша бөлінді:",
        "• «Шұғыла» партиясы – 61,40 пайыз – 11 мандат;",
        "• «Тұлпар» партиясы – 21,05 пайыз – 4 мандат.")),
    ("en-city-shares", "eng", "Which parties won seats in the Shymkent city maslikhat", (
        "The Shugyla Party received 58.20 percent of the vote, the Tulpar Party 30.11 percent.",
        "Of 640,112 registered voters, 288,905 took part.")),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [m[1:] for m in MASLIKHAT], ids=[m[0] for m in MASLIKHAT])
def test_a_maslikhat_vote_under_its_own_title_gives_no_claim(lang: str, title: str, paragraphs: tuple) -> None:
    e = parse(page(title, *paragraphs), lang)
    assert not e.results and not e.turnout
    assert e.election is None  # the calendar holds no maslikhat vote: it is none of its elections
    assert any("another body" in u.reason for u in e.unread)


def test_a_title_naming_the_mazhilis_too_is_read() -> None:
    e = parse(page("Итоги выборов в Мажилис и маслихаты", "Голоса распределились следующим образом:",
                   "- Партия «Шугыла» – 3 120 455 голосов, или 55,30%;", "- Партия «Тулпар» – 1 410 200, или 25,00%."))
    assert {(r.contestant_name, r.vote_share_pct) for r in e.results} >= {("Партия «Шугыла»", 55.3)}


HISTORY = [
    ("ru-date-sentence-then-figures", "ru",
     "5 марта 2001 года прошли выборы главы республики. Кандидат Шугылов получил 81,4% голосов при явке 77,9%."),
    ("en-date-sentence-then-figures", "en",
     "The first vote was held on 5 March 2001. Candidate Shugylov won 81.4 percent, with a turnout of 77.9 percent."),
    ("kk-date-sentence-then-figures", "kk",
     "2001 жылғы 5 наурызда сайлау өтті. Шұғылов дауыстардың 81,4 пайызын жинады, келу 77,9 пайыз болды."),
]


@pytest.mark.parametrize(("lang", "text"), [h[1:] for h in HISTORY], ids=[h[0] for h in HISTORY])
def test_an_earlier_vote_dated_in_the_sentence_before_gives_no_claim(lang: str, text: str) -> None:
    lang3 = {"ru": "rus", "en": "eng", "kk": "kaz"}[lang]
    e = parse(page("История выборов" if lang == "ru" else "History", text, lang=lang, date="2015-04-26"), lang3)
    values = {r.vote_share_pct for r in e.results} | {t.turnout_pct for t in e.turnout}
    assert not values & {81.4, 77.9}


def test_the_next_sentence_after_the_figures_is_free_again() -> None:
    e = parse(page("Явка на 12:00", "Явка на 12:00 составила 31,2%. В 2001 году явка была 60,5%. Голосование идёт.",
                   "В Павлодарской области явка составила 35,1%.", date="2023-03-19"))
    assert {(t.region_name, t.turnout_pct) for t in e.turnout if t.turnout_pct} == {
        (None, 31.2), ("Павлодарской области", 35.1)}


@pytest.mark.parametrize(("text", "hour"), [
    ("Turnout reached 21.4 percent by ten in the morning local time.", "10:00"),
    ("As of noon, 33.1 percent of voters had received ballots.", "12:00"),
    ("К полудню бюллетени получили 33,1 процента избирателей.", "12:00"),
    ("The next briefing will be held later.", None),
], ids=["en-ten-in-the-morning", "en-as-of-noon", "ru-k-poludnyu", "no-hour"])
def test_an_hour_in_words_is_the_bulletins_hour(text: str, hour: str | None) -> None:
    assert spoken_hour(text) == hour
    assert stated_clock(text) == hour


def test_a_digit_clock_wins_over_an_hour_in_words() -> None:
    assert stated_clock("As of 14:00 the turnout was 50.2 percent; by noon it had been 33.1 percent.") == "14:00"


def test_an_english_bulletin_in_words_carries_its_hour_to_the_quote() -> None:
    e = parse(page("Turnout in Kazakhstan", "Turnout by ten in the morning exceeded 20 percent, a CEC member said.",
                   '"Ballots were received by 21.40 percent of the voters on the lists," he said.',
                   "The most active region is Pavlodar region – 28.50 percent.", lang="en", date="2023-03-19"), "eng")
    got = {(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout if t.turnout_pct}
    assert (None, "10:00", 21.4) in got and all(as_of == "10:00" for _, as_of, _ in got)


ROUNDED_RUN = [
    ("ru-elided-run", "ru",
     "В Павлодарской области – 74,2, Акмолинской - 71, в Жамбылской - 80 и Атырауской - 78,76 процента.",
     {("Акмолинской", 71), ("Жамбылской", 80)}),
    ("kk-run", "kk", "Павлодар облысы – 74,2, Ақмола облысы – 71, Жамбыл облысы – 80, Атырау облысы – 78,76 пайыз.",
     {("Ақмола облысы", 71), ("Жамбыл облысы", 80)}),
    ("en-run", "en",
     "Pavlodar region – 74.2, Akmola region – 71, Zhambyl region – 80 and Atyrau region – 78.76 percent.",
     {("Akmola region", 71), ("Zhambyl region", 80)}),
]


@pytest.mark.parametrize(("lang", "text", "wholes"), [r[1:] for r in ROUNDED_RUN], ids=[r[0] for r in ROUNDED_RUN])
def test_a_whole_number_inside_a_run_of_region_shares_is_a_share(lang: str, text: str, wholes: set) -> None:
    got = {(region, value) for _, f, value, region in readings(lang, text, "turnout") if f == "turnout_pct"}
    assert wholes <= got


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В Павлодарской области – 74,2%, там открыто 80 участков."),
    ("en", "In Pavlodar region – 74.2 percent; Akmola region – 71 polling stations."),
], ids=["ru-stations-after-a-share", "en-stations-after-a-share"])
def test_a_whole_number_alone_or_with_its_unit_stays_no_share(lang: str, text: str) -> None:
    got = {value for _, f, value, _ in readings(lang, text, "turnout") if f == "turnout_pct"}
    assert 80 not in got and 71 not in got


PLACE_BEFORE = [
    ("kk-megapolis", "kaz", "kk", "Сағат 14.00-дегі жағдай бойынша сайлаушылардың 44,10%-і бюллетень алды. "
     "Ең төмен көрсеткіш Алматы қаласында. Мегаполис сайлаушыларының тек 14,20 пайызы дауыс берген."),
    ("ru-the-city", "rus", "ru", "По состоянию на 14:00 бюллетени получили 44,10% избирателей. "
     "Меньше всего голосующих в Алматы. В мегаполисе проголосовали лишь 14,20 процента избирателей."),
    ("en-the-city", "eng", "en", "As of 2 p.m., 44.10 percent of voters had received ballots. "
     "The lowest turnout is in Almaty. Only 14.20 percent of the city's voters have cast ballots."),
]


@pytest.mark.parametrize(("lang3", "lang", "text"), [p[1:] for p in PLACE_BEFORE], ids=[p[0] for p in PLACE_BEFORE])
def test_a_figure_after_a_sentence_naming_a_region_is_not_the_countrys(lang3: str, lang: str, text: str) -> None:
    e = parse(page("Явка", text, lang=lang, date="2023-03-19"), lang3)
    national = {t.turnout_pct for t in e.turnout if t.region_name is None and t.turnout_pct}
    assert national == {44.1}
