"""Shapes of the CEC's statements as the press copies them (pages and sentences invented for these tests):
datelines, speakers, nominators, inline region runs, Latin-script Kazakh, abbreviations, wire timestamps,
referendum answers, seat counts without a seat word."""

from __future__ import annotations

import pytest

from sources.cec.release import parse_release
from sources.figures.regions import find_regions, kazakh_latin
from sources.records import Extraction
from tests.figures.test_binder import bind

URL = "https://www.election.gov.kz/{lang}/news/releases/index.php?ID=81"


def page(title: str, *paragraphs: str, lang: str = "ru", date: str = "2022-11-20") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><article>'
            f'<time datetime="{date}">{date}</time><h1>{title}</h1>{body}</article></body></html>').encode()


def parse(body: bytes, lang: str = "rus") -> Extraction:
    return parse_release(body, "doc", URL.format(lang=lang))


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
    found, _ = bind("en", "According to Dauren Saparov, 712,004 citizens voted against the amendments.", referendum=True)
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
