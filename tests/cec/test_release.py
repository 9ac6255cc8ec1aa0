"""CEC releases: the reference pages, and variants of the same kinds the reference does not hold."""

from __future__ import annotations

import pytest

from sources.cec.release import parse_release
from sources.records import ParseError
from tests.conftest import snapshot_release


def parse(lang: str, release_id: int):
    body, url = snapshot_release(lang, release_id)
    return parse_release(body, f"doc-{release_id}", url)


def national(extraction, field: str) -> set:
    return {getattr(t, field) for t in extraction.turnout if t.region_name is None and getattr(t, field) is not None}


@pytest.mark.parametrize(
    ("lang", "release_id", "kind", "election_id"),
    [
        ("rus", 5085, "other", "kz-2019-06-09-presidential"),  # the calendar's next vote (sources/elections.py)
        ("rus", 5099, "turnout", "kz-2019-06-09-presidential"),  # a bulletin on voting day: the calendar's vote
        ("rus", 5101, "results_preliminary", "kz-2019-06-09-presidential"),
        ("rus", 5102, "violations", "kz-2019-06-09-presidential"),
        ("rus", 5104, "results_final", "kz-2019-06-09-presidential"),
        ("eng", 5105, "results_final", "kz-2019-06-09-presidential"),
        ("kaz", 5106, "results_final", "kz-2019-06-09-presidential"),
        ("rus", 5107, "results_final", "kz-2019-06-09-presidential"),
        ("rus", 3118, "results_preliminary", "kz-2016-03-20-parliamentary"),
        ("rus", 3120, "results_final", "kz-2016-03-20-parliamentary"),
        ("rus", 9420, "results_preliminary", "kz-2024-10-06-referendum"),
    ],
    ids=lambda v: str(v),
)
def test_kind_and_election_come_from_the_content(lang: str, release_id: int, kind: str,
                                                 election_id: str | None) -> None:
    extraction = parse(lang, release_id)
    assert extraction.doc_kind == kind
    assert (extraction.election.election_id if extraction.election else None) == election_id


def test_final_results_in_prose_with_votes_and_shares() -> None:
    e = parse("rus", 5104)
    figures = {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results}
    assert figures["Токаев Касым-Жомарт Кемелевич"] == (6_539_715, 70.96)
    assert figures["Тугел Садыбек"] == (84_582, 0.92)
    assert len(figures) == 7
    assert national(e, "registered_voters") == {11_960_364}
    assert national(e, "ballots_cast") == {9_274_110} and national(e, "turnout_pct") == {77.5}
    assert national(e, "invalid_ballots") == {57_700}
    assert all(r.evidence.text in body for r in e.results for body in [snapshot_release("rus", 5104)[0].decode()])


def test_results_table_with_merged_header_and_indicator_rows() -> None:
    e = parse("rus", 5107)
    assert len(e.results) == 7  # the indicator rows are turnout, not contestants
    assert national(e, "registered_voters") == {11_960_364}
    assert national(e, "ballots_cast") == {9_274_110}
    assert {r.vote_share_pct for r in e.results if r.contestant_name.startswith("Косанов")} == {16.23}


def test_kazakh_table_and_english_prose() -> None:
    kk, en = parse("kaz", 5106), parse("eng", 5105)
    assert {r.votes for r in kk.results} == {r.votes for r in en.results}
    assert national(kk, "turnout_pct") == national(en, "turnout_pct") == {77.5}
    assert "Kassym-Jomart Tokayev" in {r.contestant_name for r in en.results}  # the party in brackets is cut


def test_speech_like_numbers_and_seats() -> None:
    e = parse("rus", 3120)
    votes = {r.contestant_name: r.votes for r in e.results if r.votes}
    seats = {r.contestant_name: r.seats for r in e.results if r.seats is not None}
    assert votes["Народно-демократическая партия «Нур Отан»"] == 6_183_757
    assert votes["Партия «Бирлик»"] == 21_484
    assert seats == {"Народно-демократическая партия «Нур Отан»": 84,
                     "Демократическая партия Казахстана «Ак жол»": 7,
                     "Коммунистическая народная партия Казахстана": 7}


def test_hourly_bulletin_with_region_lines() -> None:
    e = parse("rus", 5099)
    regions = {t.region_name: t.turnout_pct for t in e.turnout if t.region_name}
    assert len(regions) == 17 and regions["г. Нур-Султан"] == 68.9
    assert {t.as_of for t in e.turnout} == {"20:00"}
    assert national(e, "turnout_pct") == {77.4}


def test_referendum_answers_and_both_marked_ballots() -> None:
    e = parse("rus", 9420)
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results} == {
        ("«Да»", 5_561_937, 71.12), ("«Нет»", 2_045_271, None)}
    assert national(e, "both_marked_ballots") == {82_724}
    assert national(e, "registered_voters") == {12_284_487}


REDESIGNED_FINAL = """<!DOCTYPE html><html lang="kk"><head><meta charset="UTF-8">
<title>Қазақстан Республикасы Президенті сайлауының қорытындылары туралы | ОСК</title></head><body>
<nav><a href="/kaz/">Басты бет</a></nav>
<article><header><time datetime="2022-11-22">22 қараша 2022</time>
<h1>Қазақстан Республикасы Президенті сайлауының қорытындылары туралы</h1></header>
<section><p>20 қараша 2022 жылы өткен Қазақстан Республикасы Президенті сайлауының қорытындылары.</p>
<p>Сайлаушылар тізіміне 11 миллион 954 мың 190 сайлаушы енгізілді.</p>
<table><tr><th rowspan="2">Кандидат</th><th colspan="2">Нәтиже</th></tr><tr><th>Дауыс саны</th><th>Пайыз</th></tr>
<tr><td>Тоқаев Қасым-Жомарт Кемелұлы</td><td>6&nbsp;456&nbsp;392</td><td>81,31</td></tr>
<tr><td>Бәріне қарсымын</td><td>460&nbsp;484</td><td>5,80</td></tr></table></section></article>
<footer><p>© 2022 ОСК</p></footer></body></html>"""


def test_redesigned_template_kazakh_with_against_all() -> None:
    e = parse_release(REDESIGNED_FINAL.encode(), "doc-x", "https://www.election.gov.kz/kaz/news/releases/index.php?ID=1")
    assert e.doc_kind == "results_final" and e.language == "kk"
    assert e.published_on.isoformat() == "2022-11-22"
    assert e.election.election_id == "kz-2022-11-20-presidential"
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results} == {
        ("Тоқаев Қасым-Жомарт Кемелұлы", 6_456_392, 81.31), ("Бәріне қарсымын", 460_484, 5.8)}
    assert national(e, "registered_voters") == {11_954_190}


ENGLISH_BULLETIN = """<html lang="en"><head><title>Voter turnout as of 18:00 | CEC</title></head><body>
<div class="news-detail"><span>20.11.2022</span><h3>Voter turnout as of 18:00</h3>
<p>As of 18:00, 62.4% of voters on the lists had received ballots.</p>
<p>Abai Region – 66.1%</p><p>Ulytau Region – 71.2%</p></div></body></html>"""


def test_english_bulletin_in_another_template() -> None:
    e = parse_release(ENGLISH_BULLETIN.encode(), "doc-y", "https://www.election.gov.kz/eng/news/releases/index.php?ID=2")
    assert e.doc_kind == "turnout"
    assert {(t.region_name, t.turnout_pct) for t in e.turnout if t.region_name} == {
        ("Abai Region", 66.1), ("Ulytau Region", 71.2)}
    assert national(e, "turnout_pct") == {62.4}
    assert {t.as_of for t in e.turnout} == {"18:00"}


def test_a_results_page_without_figures_is_an_empty_extraction_not_an_error() -> None:
    body = b"<html><head><title>Preliminary results</title></head><body><h1>Preliminary results</h1>" \
           b"<p>The results will be announced later.</p></body></html>"
    e = parse_release(body, "doc-z", "https://www.election.gov.kz/eng/news/releases/index.php?ID=3")
    assert e.doc_kind == "results_preliminary" and e.language == "en"
    assert e.results == [] and e.turnout == []


def test_a_page_without_a_title_is_kind_other() -> None:
    body = "<html><body><p>Сайт на техническом обслуживании.</p></body></html>".encode()
    e = parse_release(body, "doc-t", "https://www.election.gov.kz/rus/news/releases/index.php?ID=4")
    assert e.doc_kind == "other" and e.language == "ru" and e.results == []


def test_bytes_that_are_no_page_are_a_parse_error() -> None:
    with pytest.raises(ParseError, match="not an HTML page"):
        parse_release(b"%PDF-1.4 ...", "doc-p", "https://www.election.gov.kz/rus/news/releases/index.php?ID=5")


KAZAKH_BULLETIN = """<html lang="kk"><head><title>Сағат 20:00-дегі сайлаушылардың қатысуы туралы</title></head><body>
<h3>Сағат 20:00-дегі сайлаушылардың қатысуы туралы</h3><p>09.06.2019</p>
<p>Аумақтық сайлау комиссияларының мәліметі бойынша сағат 20:00-дегі жағдай бойынша сайлаушылардың 77,4 пайызы
дауыс берді.</p><p>Ақмола облысы – 83,40 %</p><p>Нұр-Сұлтан қаласы – 68,90 %</p></body></html>"""
KAZAKH_PROSE = """<html lang="kk"><head><title>Алдын ала қорытындылар туралы</title></head><body>
<h3>Президент сайлауының алдын ала қорытындылары туралы</h3><p>21.11.2022</p>
<p>2022 жылғы 20 қарашада Қазақстан Республикасы Президентінің кезектен тыс сайлауы өтті.</p>
<p>Тоқаев Қасым-Жомарт Кемелұлы – 6 456 392 дауыс, немесе 81,31 пайыз;</p></body></html>"""
ABBREVIATED_REFERENDUM = """<html><head><title>Сообщение об итогах республиканского референдума</title></head><body>
<h1>Сообщение об итогах республиканского референдума</h1><p>07.06.2022</p>
<p>5 июня 2022 года состоялся республиканский референдум.</p>
<p>В списки включено 11 млн 734 тыс. 642 избирателя. В голосовании приняли участие 7 млн 985 тыс. 769 человек,
или 68,06 %.</p><p>«Да» – 6 163 516 голосов, или 77,18 %;</p></body></html>"""
MORNING_BULLETIN = """<html><head><title>Явка избирателей на 10.00 часов</title></head><body>
<h3>Явка избирателей на 10.00 часов</h3><p>20.11.2022</p>
<p>По состоянию на 10.00 часов в голосовании приняли участие 22,5% избирателей.</p>
<p>по области Жетісу – 24,9%;</p><p>по г. Астана – 15,3%</p></body></html>"""


@pytest.mark.parametrize(
    ("lang", "html", "kind", "election_id", "national", "lines"),
    [
        ("kaz", KAZAKH_BULLETIN, "turnout", "kz-2019-06-09-presidential", {"turnout_pct": 77.4, "as_of": "20:00"},
         {"Ақмола облысы": 83.4, "Нұр-Сұлтан қаласы": 68.9}),
        ("kaz", KAZAKH_PROSE, "results_preliminary", "kz-2022-11-20-presidential", {},
         {"Тоқаев Қасым-Жомарт Кемелұлы": (6_456_392, 81.31)}),
        ("rus", ABBREVIATED_REFERENDUM, "results_final", "kz-2022-06-05-referendum",
         {"registered_voters": 11_734_642, "ballots_cast": 7_985_769, "turnout_pct": 68.06},
         {"«Да»": (6_163_516, 77.18)}),
        ("rus", MORNING_BULLETIN, "turnout", "kz-2022-11-20-presidential",
         {"turnout_pct": 22.5, "as_of": "10:00", "ballots_cast": None},
         {"области Жетісу": 24.9, "г. Астана": 15.3}),
    ],
    ids=["kazakh-bulletin", "kazakh-prose-date", "abbreviated-counts", "morning-bulletin"],
)
def test_other_publications_of_the_same_kinds(lang: str, html: str, kind: str, election_id: str | None,
                                              national: dict, lines: dict) -> None:
    e = parse_release(html.encode(), "doc", f"https://www.election.gov.kz/{lang}/news/releases/index.php?ID=9")
    assert e.doc_kind == kind
    assert (e.election.election_id if e.election else None) == election_id
    whole = [t for t in e.turnout if t.region_name is None]
    for field, value in national.items():
        assert {getattr(t, field) for t in whole} == {value}, field
    if kind == "turnout":
        assert {t.region_name: t.turnout_pct for t in e.turnout if t.region_name} == lines
    else:
        assert {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results} == lines
