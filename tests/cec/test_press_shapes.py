"""Shapes of the CEC's statements as the press copies them (pages and sentences invented for these tests):
datelines, speakers, nominators, inline region runs, Latin-script Kazakh, abbreviations, wire timestamps,
referendum answers, seat counts without a seat word."""

from __future__ import annotations

from functools import partial

import pytest

from sources.figures.regions import find_regions, kazakh_latin
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page
from tests.figures.binding import bind

page = partial(release_page, date="2022-11-20")
parse = partial(parse_page, release=81)


def regional(e: Extraction) -> dict:
    return {(t.region_name, t.as_of): t.turnout_pct for t in e.turnout if t.region_name and t.turnout_pct}


@pytest.mark.parametrize(("text", "code"), [
    ("Qostanaı oblysy boıynsha – 61,20%", "KZ-39"),
    ("Soltústik Qazaqstan oblysy boıynsha – 58,4%", "KZ-59"),
    ("Almaty oblysy boıynsha – 50,1%", "KZ-19"),
    ("Almaty qalasy boıynsha – 22,3%", "KZ-75"),
    ("ШҚО – 70,2", "KZ-63"),
    ("в ВКО – 70,2 %", "KZ-63"),
    ("in Nur–Sultan – 31.5 %", "KZ-71"),
], ids=["latin-kostanay", "latin-north", "latin-almaty-region", "latin-almaty-city", "kk-abbreviation",
        "ru-abbreviation", "en-dash-in-name"])
def test_region_spellings_of_the_press(text: str, code: str) -> None:
    assert [r.code for r in find_regions(text)] == [code]


def test_kazakh_latin_transliteration() -> None:
    assert kazakh_latin("Маңғыстау облысы") == "Mańǵystaý oblysy"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "ASTANA – Turnout reached 41.7 percent as of 2 p.m. local Astana time, the commission said."),
    ("en", "NUR-SULTAN. AGENCY – Voter turnout stood at 59.12% as of 6:00 pm."),
    ("ru", "Как заявил на брифинге в Астане секретарь комиссии, явка составила 59,12 %."),
    ("kk", "Астана уақыты бойынша сағат 14:00-дегі жағдай бойынша сайлаушылардың 59,12 пайызы дауыс берді."),
], ids=["en-local-time", "en-capital-dateline", "ru-briefing-place", "kk-capital-time"])
def test_a_dateline_or_a_clock_zone_is_not_the_area(language: str, text: str) -> None:
    found, _ = bind(language, text, kind="turnout")
    assert found == {(None, "turnout_pct", 59.12, None)} or found == {(None, "turnout_pct", 41.7, None)}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "По данным Ерлана Сапарова, явка составила 63,8 %.", {(None, "turnout_pct", 63.8, None)}),
    ("ru", "Явка составила 63,8 %.", {(None, "turnout_pct", 63.8, None)}),
    ("kk", "Болат Жанібековтің мәлімдеуінше, сайлаушылардың 63,8 пайызы бюллетень алды.",
     {(None, "turnout_pct", 63.8, None)}),
], ids=["ru-source-person", "ru-indicator-opens", "kk-speaker"])
def test_a_speaker_or_an_indicator_is_no_contestant(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text)
    assert found == expected


def test_a_party_in_brackets_after_a_candidate_is_the_nominator() -> None:
    found, _ = bind("ru", "• Жумабекова Аружан (Союз ремесленников «Шебер») — 3,14% (245 118);")
    assert {f[0] for f in found} == {"Жумабекова Аружан"}


@pytest.mark.parametrize(("text", "before"), [
    ("«Шугыла» – 61 место, «Алтын дән» – 9, ОПК – 6.", ""),
    ("У «Алтын дәна» и «Жасыл жол» - по 5.", "Больше всего мест у партии «Шугыла» - 61."),
    ("В парламент проходят три партии: «Шугыла», «Алтын дән» и «Жасыл жол».", ""),
], ids=["seats-run", "seats-without-a-seat-word", "number-of-parties"])
def test_a_handful_is_never_votes(text: str, before: str) -> None:
    found, _ = bind("ru", text, before=before)
    assert not [f for f in found if f[1] == "votes"]


def test_a_referendum_answer_after_a_verb_and_a_speaker() -> None:
    found, _ = bind("en", "According to Dauren Saparov, 712,004 citizens voted against the amendments.",
                    referendum=True)
    assert found == {("No", "votes", 712_004, None)}


def test_inline_region_run_in_english_is_turnout_with_the_paragraphs_hour() -> None:
    e = parse(page("Turnout at the referendum",
                   "As of 14.00, 38.50% of the citizens included in the lists received ballots.",
                   "Including: in Akmola region - 36.10%, in Nur–Sultan - 30.05 %, in Almaty - 18.40 %",
                   "08:55 (GMT+5) As of 10.00, 21.30% of the citizens included in the lists received ballots.",
                   "Including: in Akmola region – 19.90%, in Nur–Sultan – 17.25 %.",
                   lang="en", date="2022-06-05"), "eng")
    assert e.doc_kind == "turnout"
    assert not e.results
    assert regional(e) == {("Akmola region", "14:00"): 36.1, ("Nur-Sultan", "14:00"): 30.05,
                           ("Almaty city", "14:00"): 18.4, ("Akmola region", "10:00"): 19.9,
                           ("Nur-Sultan", "10:00"): 17.25}
    assert {t.ballots_cast for t in e.turnout} == {None}  # "(GMT+5)" is a time zone, not ballots


def test_latin_script_kazakh_bulletin_is_turnout() -> None:
    e = parse(page("Saılaýshylar belsendiligi",
                   "Saǵat 14:00-degi jaǵdaı boıynsha saılaýshylardyń 51,20 paıyzy daýys berdi.",
                   "Óńirler boıynsha kórsetkish tómendegideı:",
                   "- Aqmola oblysy boıynsha – 55,40%", "- Qostanaı oblysy boıynsha – 57,10%",
                   "- Astana qalasy boıynsha – 33,80%", lang="kk"), "kaz")
    assert e.doc_kind == "turnout"
    assert not e.results
    assert {r for r, _ in regional(e)} == {"Aqmola oblysy", "Qostanaı oblysy", "Astana qalasy"}


def test_kazakh_region_run_with_abbreviations_is_turnout() -> None:
    e = parse(page("Сайлаушылардың 61,2 пайызы дауыс берді",
                   "Сағат 20:00-дегі жағдай бойынша бюллетеньді сайлаушылардың 61,2 пайызы алды.",
                   "Олардың ішінде: Ақмола облысы – 70,5 %, БҚО – 60,1 %, ШҚО – 68,8 %, Шымкент қаласы – 52,3 %.",
                   lang="kk"), "kaz")
    assert e.doc_kind == "turnout"
    assert not e.results
    assert {r: v for (r, _), v in regional(e).items()} == {"Ақмола облысы": 70.5, "БҚО": 60.1, "ШҚО": 68.8,
                                                          "Шымкент қаласы": 52.3}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Аружан Серикова и Болат Жанибеков получили 2,4 и 1,1 процента соответственно.",
     {("Аружан Серикова", "vote_share_pct", 2.4), ("Болат Жанибеков", "vote_share_pct", 1.1)}),
    ("en", "Aruzhan Serikova and Bolat Zhanibekov polled 2.4 and 1.1 percent respectively.",
     {("Aruzhan Serikova", "vote_share_pct", 2.4), ("Bolat Zhanibekov", "vote_share_pct", 1.1)}),
], ids=["ru-respectively", "en-respectively"])
def test_respectively_pairs_figures_with_subjects_in_order(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text)
    assert {f[:3] for f in found} == expected


def test_respectively_pairs_regions_in_a_bulletin() -> None:
    found, _ = bind("en", "The lowest turnout was in Almaty and Shymkent, with 31.25 and 47.6 percent respectively.",
                    kind="turnout")
    assert found == {(None, "turnout_pct", 31.25, "Almaty city"), (None, "turnout_pct", 47.6, "Shymkent")}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "— Аграрная партия Казахстана набрала 8,4 % (612 300 голосов)",
     {("Аграрная партия Казахстана", "vote_share_pct", 8.4), ("Аграрная партия Казахстана", "votes", 612_300)}),
    ("ru", "за Демократическую партию Ертіс - 412 тысяч 18 голосов (5,51%),",
     {("Демократическая партия Ертіс", "votes", 412_018), ("Демократическая партия Ертіс", "vote_share_pct", 5.51)}),
    ("ru", "- партия Samruk — 611 203 голоса, или 8,1%, 6 мандатов;",
     {("Партия Samruk", "votes", 611_203), ("Партия Samruk", "vote_share_pct", 8.1), ("Партия Samruk", "seats", 6)}),
    ("kk", "Оның ішінде Ертіс Халық партиясына 8,4 пайыз, «Самұрық» партиясы – 70,2 пайыз.",
     {("Ертіс Халық партиясы", "vote_share_pct", 8.4), ("«Самұрық» партиясы", "vote_share_pct", 70.2)}),
], ids=["ru-unquoted-nominative", "ru-accusative-after-za", "ru-party-then-latin-name", "kk-dative-unquoted"])
def test_unquoted_party_names(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text)
    assert {f[:3] for f in found} == expected


def test_a_second_share_after_one_contestant_is_not_its_own() -> None:
    found, unread = bind("ru", "За «Самрук» проголосовали 80,1%, за ветеранов из глубинки — 0,9%.")
    assert {f[:3] for f in found} == {("«Самрук»", "vote_share_pct", 80.1)}
    assert "0,9%" in unread


def test_a_party_named_by_its_members_and_the_country_takes_its_share() -> None:
    # "партию ветеранов Казахстана": the members' noun in the genitive plural and the country name a party
    found, _ = bind("ru", "За «Самрук» проголосовали 80,1%, за партию ветеранов Казахстана — 0,9%.")
    assert {f[:3] for f in found} == {("«Самрук»", "vote_share_pct", 80.1),
                                      ("Партия ветеранов Казахстана", "vote_share_pct", 0.9)}


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Порог в 7 процентов преодолели партии «Самрук» и «Ертіс»."),
    ("kk", "Бұл партиялар жеті пайыздық межені еңсерді."),
    ("en", "These parties cleared the 7 percent threshold."),
], ids=["ru-threshold", "kk-threshold", "en-threshold"])
def test_the_threshold_is_no_result(language: str, text: str) -> None:
    found, _ = bind(language, text)
    assert not found


def test_a_run_of_bare_region_figures_shares_its_last_share_word() -> None:
    found, _ = bind("kk", "Олардың ішінде: Ақмола облысы – 70,5, Маңғыстау облысы – 55, ШҚО – 68,8 пайыз.",
                    kind="turnout")
    assert found == {(None, "turnout_pct", 70.5, "Ақмола облысы"), (None, "turnout_pct", 55.0, "Маңғыстау облысы"),
                     (None, "turnout_pct", 68.8, "ШҚО")}


def test_seat_counts_after_a_share_are_not_shares() -> None:
    found, _ = bind("ru", "«Самрук» — 3 100 200 голосов, или 61,5 %, 52 мандата;")
    assert ("«Самрук»", "seats", 52, None) in found


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Явка к 20 часам по Астане составила 71 % от числа избирателей, включенных в списки.",
     {(None, "turnout_pct", 71.0, None)}),
    ("ru", "по Шымкенту – 55,2%.Всего проголосовали 7 402 118 человек.",
     {(None, "turnout_pct", 55.2, "Шымкент"), (None, "ballots_cast", 7_402_118, None)}),
], ids=["ru-hour-zone", "ru-missed-sentence-end"])
def test_hours_and_sentence_ends_in_bulletins(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text, kind="turnout")
    assert found == expected


def test_referendum_invalid_ballots_after_the_no_answer() -> None:
    found, _ = bind("en", "712,004 citizens voted against the proposal, and 120,330 ballots were declared invalid.",
                    referendum=True)
    assert found == {("No", "votes", 712_004, None), (None, "invalid_ballots", 120_330, None)}


def test_an_english_nominator_in_brackets_and_a_colon_dateline() -> None:
    found, _ = bind("en", "Astana: Incumbent Aruzhan Serikova has won the election in the country with 71.3 percent.")
    assert found == {("Aruzhan Serikova", "vote_share_pct", 71.3, None)}
    found, _ = bind("en", "Bolat Zhanibekov (Ertis National Movement) got 4.2 percent.")
    assert {f[0] for f in found} == {"Bolat Zhanibekov"}


def test_a_pronoun_after_za_stands_for_the_candidate_just_named() -> None:
    found, _ = bind("ru", "За него проголосовало 64,2%.",
                    before="Больше всего голосов набрал Ержанов Тимур Кайратович.")
    assert found == {("Ержанов Тимур Кайратович", "vote_share_pct", 64.2, None)}


def test_a_quoted_lowercase_word_is_a_quotation_not_a_contestant() -> None:
    found, _ = bind("ru", "Кандидат Ержанов \"остановился\" на 2,3 процента.")
    assert {f[0] for f in found} <= {"Кандидат Ержанов", "Ержанов"}


def test_kazakh_citizens_voted_is_ballots_cast() -> None:
    found, _ = bind("kk", "Сағат 18:00-дегі жағдай бойынша 7 204 118 азамат дауыс берген.", kind="turnout")
    assert found == {(None, "ballots_cast", 7_204_118, None)}


def test_english_referendum_did_not_support_is_no() -> None:
    found, _ = bind("en", "He said that 17.4% of voters did not support the amendments.", referendum=True)
    assert found in ({("No", "vote_share_pct", 17.4, None)}, set())
    assert ("No", "turnout_pct", 17.4, None) not in found
