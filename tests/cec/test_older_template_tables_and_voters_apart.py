"""An older template's page (chrome marked by id only, a two-row table header whose lower row names each
contestant by initials), the briefing's city after "told reporters in", voters who voted apart (absentee
certificates, at home), the register in brackets with its noun, and Kazakh "өткен" after the day it was held.
Pages and sentences invented for this file.
"""

from __future__ import annotations

import pytest

from sources.cec.release import parse_release

CEC_URL = "https://www.election.gov.kz/{lang}/news/releases/index.php?ID=90210"
NEWS_URL = "https://news.example.kz/politics/2022/11/21/results"


def _older(lang: str, date: str, title: str, body: str) -> bytes:
    """The older Bitrix layout: header, menu and footer are divs named by their id, not by a class or a tag."""
    return (f"<html><head><title>{title}</title></head><body><div id='wrapper'><div id='header'>"
            "<div class='site-name'>Центральная избирательная комиссия</div></div><div id='top-menu'><ul>"
            "<li><a href='/rus/'>Главная</a></li><li><a href='/rus/elections/'>Выборы и референдумы</a></li>"
            "<li><a href='/kaz/elections/'>Сайлау және референдумдар</a></li></ul></div><div id='content'>"
            f"<div class='news-detail'><span class='news-date-time'>{date}</span><h3>{title}</h3>{body}</div></div>"
            "<div id='footer'>© ЦИК</div></div></body></html>").encode()


def _news(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<div class='stamp'>21.11.2022 09:10</div>{body}</main></body></html>").encode()


def test_a_menu_marked_by_id_names_no_vote_and_the_date_line_dates_the_page() -> None:
    body = ("<p>По состоянию на 17 марта 2023 года ЦИК аккредитовала 640 иностранных наблюдателей на выборах "
            "депутатов Мажилиса Парламента.</p>")
    e = parse_release(_older("rus", "17.03.2023", "Об аккредитации наблюдателей", body), "doc",
                      CEC_URL.format(lang="rus"))
    assert e.published_on is not None and e.published_on.isoformat() == "2023-03-17"
    assert e.election is not None and e.election.election_id == "kz-2023-03-19-parliamentary"


@pytest.mark.parametrize(("lang", "group", "label", "registered", "cast"), [
    ("rus", "Число голосов, поданных за кандидатов", "Область, город", "Число избирателей, включенных в списки",
     "Число избирателей, получивших бюллетени"),
    ("kaz", "Кандидаттарға берілген дауыстар саны", "Облыс, қала", "Тізімге енгізілген сайлаушылар саны",
     "Бюллетень алған сайлаушылар саны"),
], ids=["ru", "kk"])
def test_a_two_row_header_names_each_column_by_its_lower_row(lang: str, group: str, label: str, registered: str,
                                                             cast: str) -> None:
    lead = ("<p>Сайлау қорытындылары бойынша Президент сайлауы: Жанұзақов Мұрат Серікұлы – 71,70 %; "
            "Сәрсенова Айгүл Бекқызы – 28,30 %.</p>" if lang == "kaz" else
            "<p>Итоги выборов Президента: Жанузаков Мурат Серикович – 71,70 %; Сарсенова Айгуль Бековна – "
            "28,30 %.</p>")
    first, second = ("Жанұзақов М.С.", "Сәрсенова А.Б.") if lang == "kaz" else ("Жанузаков М.С.", "Сарсенова А.Б.")
    table = (f"<table><tr><th rowspan='2'>{label}</th><th rowspan='2'>{registered}</th><th rowspan='2'>{cast}</th>"
             f"<th colspan='2'>{group}</th></tr><tr><th>{first}</th><th>{second}</th></tr>"
             "<tr><td>Акмолинская</td><td>412 300</td><td>300 100</td><td>210 000</td><td>82 900</td></tr>"
             "<tr><td>г. Алматы</td><td>905 000</td><td>520 400</td><td>355 000</td><td>150 800</td></tr></table>")
    title = "Президент сайлауының қорытындылары туралы" if lang == "kaz" else "Об итогах выборов Президента"
    e = parse_release(_older(lang, "13.12.2005", title, lead + table), "doc", CEC_URL.format(lang=lang))
    regional = {(r.region_name, r.votes) for r in e.results if r.region_name and r.votes}
    assert {v for _, v in regional} == {210_000, 82_900, 355_000, 150_800}
    registers = {t.registered_voters for t in e.turnout if t.region_name}
    assert registers == {412_300, 905_000}


def test_the_city_a_figure_was_told_in_is_no_area_of_it() -> None:
    e = parse_release(_news("Referendum backed", "The head of the commission told reporters in Astana on Monday that "
                                                 "81.4 percent of those who voted were in favor, while 16.2 percent "
                                                 "voted against."), "doc", NEWS_URL)
    assert {(r.region_name, r.vote_share_pct) for r in e.results} >= {(None, 81.4)}
    assert not any(r.region_name for r in e.results)


@pytest.mark.parametrize(("lang", "sentences"), [
    ("en", ["Turnout was 66.2 percent, with 8,120,400 voters taking part.",
            "Some 14,905 voters cast their ballots with absentee certificates."]),
    ("ru", ["Явка составила 66,2 %, в голосовании приняли участие 8 120 400 избирателей.",
            "По открепительным удостоверениям проголосовали 14 905 человек."]),
], ids=["en", "ru"])
def test_voters_who_voted_apart_are_no_ballots_cast(lang: str, sentences: list[str]) -> None:
    url = NEWS_URL if lang == "en" else CEC_URL.format(lang="rus")
    page = _news("Turnout", *sentences) if lang == "en" else _older(
        "rus", "21.11.2022", "О явке избирателей на выборах Президента", "".join(f"<p>{s}</p>" for s in sentences))
    e = parse_release(page, "doc", url)
    assert [t.ballots_cast for t in e.turnout if t.ballots_cast] == [8_120_400]
    assert any("apart" in u.reason and u.figure.replace(",", " ").startswith("14") for u in e.unread)


def test_the_register_in_brackets_with_its_noun_is_the_register() -> None:
    body = ("<p>По состоянию на 14.00 часов в голосовании приняли участие 5 012 300 избирателей, что составляет "
            "41,95% от общего количества граждан, включенных в списки избирателей (11 948 100 человек).</p>")
    e = parse_release(_older("rus", "20.11.2022", "О явке избирателей на 14.00 часов", body), "doc",
                      CEC_URL.format(lang="rus"))
    national = [t for t in e.turnout if t.region_name is None]
    assert {t.registered_voters for t in national} >= {11_948_100}
    assert {t.turnout_pct for t in national} >= {41.95}


def test_kazakh_otken_after_its_day_is_this_vote_held_then() -> None:
    body = ("<p>ОСК мәліметінше, 19 наурызда өткен сайлауға тізімге енгізілген сайлаушылардың 54,19 пайызы "
            "қатысты.</p>")
    e = parse_release(_older("kaz", "20.03.2023", "Мәжіліс депутаттарын сайлаудың алдын ала қорытындысы", body),
                      "doc", CEC_URL.format(lang="kaz"))
    assert [t.turnout_pct for t in e.turnout if t.region_name is None] == [54.19]
