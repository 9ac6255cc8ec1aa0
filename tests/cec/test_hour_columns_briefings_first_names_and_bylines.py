"""A second held-out CEC batch's shapes: a count under an hour's column, the city of a briefing in Kazakh, a
candidate introduced by another body's chair, a Kazakh "of them" part of the register, the clock's zone after
"времени", voters at foreign missions fronting the sentence, a president's first name spelt as a city, a vote
named by its day and month without a year, and a press page dated by its byline. Pages and sentences invented.
"""

from __future__ import annotations

import pytest

from sources.cec.release import parse_release

CEC_URL = "https://www.election.gov.kz/{lang}/news/releases/index.php?ID=77001"
NEWS_URL = "https://news.example.kz/politics/results-story"


def _cec(lang: str, date: str, title: str, *paragraphs: str, table: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><article><time datetime='{date}'>{date}</time>"
            f"<h1>{title}</h1>{body}{table}</article></body></html>").encode()


def _news(title: str, stamp: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title} - Example Times</title></head><body><div class='rubric'>Nation</div>"
            f"<h1>{title}</h1><p>{stamp}</p>{body}</body></html>").encode()


def test_a_count_under_an_hours_column_is_a_count() -> None:
    table = ("<table><tr><th>Область</th><th>Включено в списки, человек</th><th>Получили бюллетени по состоянию на "
             "16.00, человек</th><th>%</th></tr><tr><td>Акмолинская область</td><td>512 000</td><td>350 100</td>"
             "<td>68,38</td></tr><tr><td>Республика Казахстан</td><td>9 700 000</td><td>6 101 000</td><td>62,90</td>"
             "</tr></table>")
    e = parse_release(_cec("rus", "2019-06-09", "О явке избирателей на 16.00 часов",
                           "Явка избирателей по состоянию на 16.00 часов.", table=table), "doc",
                      CEC_URL.format(lang="rus"))
    cast = {(t.region_name, t.ballots_cast) for t in e.turnout if t.ballots_cast}
    assert {v for _, v in cast} == {350_100, 6_101_000}


def test_kazakh_briefing_city_and_another_bodys_chair_as_a_candidate() -> None:
    paragraphs = [
        "12 қаңтарда өткен президент сайлауының алдын ала қорытындысы жарияланды.",
        "ОСК төрағасының Астанада өткен баспасөз мәслихатында айтуынша, сайлаушылар тізіміне 8 100 000 адам "
        "енгізілген, олардың 6 900 000-ы, яғни 85,19 пайызы сайлауға қатысты.",
        "Бұрынғы комитет төрағасы Ерлан Сатыбалдиев 310 200 дауыс (4,50%), депутат Марат Жұмабаев 48 300 дауыс "
        "(0,70%) алған.",
    ]
    e = parse_release(_cec("kaz", "2026-01-13", "Президент сайлауының алдын ала қорытындысы", *paragraphs), "doc",
                      CEC_URL.format(lang="kaz"))
    assert not any(t.region_name for t in e.turnout)
    national = [t for t in e.turnout if t.region_name is None]
    assert {t.registered_voters for t in national} >= {8_100_000} and {t.ballots_cast for t in national} >= {6_900_000}
    shares = {(r.contestant_name, r.vote_share_pct) for r in e.results if r.vote_share_pct}
    assert shares == {("Ерлан Сатыбалдиев", 4.5), ("Марат Жұмабаев", 0.7)}


def test_the_clocks_zone_after_vremeni_is_no_area() -> None:
    e = parse_release(_cec("rus", "2019-06-09", "О явке избирателей",
                           "По состоянию на 18.00 часов времени Астаны явка составила 71,20 %."), "doc",
                      CEC_URL.format(lang="rus"))
    assert [(t.region_name, t.turnout_pct) for t in e.turnout] == [(None, 71.2)]


def test_voters_at_foreign_missions_fronting_the_sentence_are_no_national_figure() -> None:
    e = parse_release(_cec("eng", "2019-06-10", "Preliminary results",
                           "Turnout was 77.5 percent, with 9,200,000 of the 11,900,000 registered voters taking part.",
                           "At the 65 polling stations set up at Kazakhstan's foreign missions, 8,900 of the 12,300 "
                           "registered voters took part."), "doc", CEC_URL.format(lang="eng"))
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {11_900_000}


def test_a_presidents_first_name_spelt_as_a_city_is_no_area() -> None:
    e = parse_release(_news("President's party wins vote", "Aug 19, 2007 06:14 GMT",
                            "ASTANA (Reuters) - President Nursultan Nazarbayev's Nur Otan party won 88.05 percent of "
                            "the vote in Kazakhstan's parliamentary election, preliminary results showed."), "doc",
                      NEWS_URL)
    assert [(r.region_name, r.vote_share_pct) for r in e.results] == [(None, 88.05)]


def test_a_vote_named_by_day_and_month_just_before_publication() -> None:
    e = parse_release(_news("Incumbent wins with 95.5 percent", "April 4, 2011",
                            "Kazakhstan's president has won another term with 95.5 percent of the vote.",
                            "The commission chairman said turnout in the April 3 snap election was 89.9 percent."),
                      "doc", NEWS_URL)
    assert e.election is not None and e.election.election_id == "kz-2011-04-03-presidential"


def test_a_press_page_dated_by_its_byline() -> None:
    e = parse_release(_news("Six parties enter Mazhilis", "By Staff Report in Nation on 20 March 2023",
                            "The ruling party won 53.46 percent of the vote, according to preliminary results."),
                      "doc", NEWS_URL)
    assert e.published_on is not None and e.published_on.isoformat() == "2023-03-20"
    assert e.election is not None and e.election.election_id == "kz-2023-03-19-parliamentary"


@pytest.mark.parametrize("name", ["Nursultan", "Astana"])
def test_a_region_followed_by_a_non_surname_stays_an_area(name: str) -> None:
    e = parse_release(_news("Turnout by region", "Jun 9, 2019 18:00 GMT",
                            f"Turnout in {name} City was 58.2 percent by 6 p.m."), "doc", NEWS_URL)
    assert [t.region_name is not None for t in e.turnout] == [True]


@pytest.mark.parametrize(("sentence", "share"), [
    ("The Baitaq green party fell short of the barrier with 2.31 percent.", 2.31),
    ("Партия «Байтак» не преодолела барьер, набрав лишь 2,31 процента.", 2.31),
], ids=["en-with", "ru-nabrav"])
def test_a_share_a_party_got_below_the_barrier_is_its_result(sentence: str, share: float) -> None:
    lang = "eng" if sentence.startswith("The") else "rus"
    e = parse_release(_cec(lang, "2023-03-20", "Preliminary results" if lang == "eng" else "Предварительные итоги",
                           "The ruling Amanat party won 53.46 percent of the vote." if lang == "eng" else
                           "Партия «Аманат» набрала 53,46 процента голосов.", sentence), "doc",
                      CEC_URL.format(lang=lang))
    assert share in {r.vote_share_pct for r in e.results}


def test_participation_data_by_region_is_a_turnout_release() -> None:
    table = ("<table><tr><th>Область, город</th><th>Включено в списки</th><th>Получили бюллетени</th><th>Явка, %</th>"
             "</tr><tr><td>Акмолинская область</td><td>540 000</td><td>410 400</td><td>76,00</td></tr>"
             "<tr><td>г. Алматы</td><td>1 100 000</td><td>506 000</td><td>46,00</td></tr></table>")
    e = parse_release(_cec("rus", "2016-03-22", "Сведения об участии избирателей в голосовании на выборах депутатов "
                           "Мажилиса", "Ниже приводятся сведения об участии избирателей в голосовании в разрезе "
                           "областей.", table=table), "doc", CEC_URL.format(lang="rus"))
    assert e.doc_kind == "turnout"
    assert {t.turnout_pct for t in e.turnout if t.region_name} == {76.0, 46.0}


def test_kazakh_party_kinds_abbreviated_after_the_name_and_the_barrier_in_words() -> None:
    e = parse_release(_cec("kaz", "2007-08-25", "Мәжіліс сайлауының қорытындысы",
                           "«Нұр Отан» ХДП – 4 936 424 дауыс (87,28%)", "«Ақ жол» ДП – 182 723 дауыс (3,23%)",
                           "Жеті пайыздық кедергіден тек «Нұр Отан» партиясы өтті."), "doc", CEC_URL.format(lang="kaz"))
    assert {(r.contestant_name.split("»")[0].strip("«"), r.vote_share_pct) for r in e.results} == {
        ("Нұр Отан", 87.28), ("Ақ жол", 3.23)}
    assert not any(t.turnout_pct == 7.0 for t in e.turnout)
