"""A role set off by commas after a candidate or a party, a "Mandates" column, a voters' verb before the contestant,
and the hour of a briefing or of the count's end (invented releases in the CEC's and the press's shapes)."""

from __future__ import annotations

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def _results(e: Extraction) -> dict[str, tuple]:
    return {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}


@pytest.mark.parametrize(("lang", "title", "text", "who", "figures"), [
    pytest.param("en", "Final results of the presidential election",
                 "Arman Dosov, the candidate of the Green Party, was supported by 144,972 voters, or 1.61 percent. "
                 "Timur Yerzhanov received 8,712,004 votes, or 96.71 percent.", "Arman Dosov", (144972, 1.61, None),
                 id="en-candidate-of-a-party"),
    pytest.param("en", "Final results of the Mazhilis election",
                 "Only Shugyla, chaired by President Timur Yerzhanov, cleared the 7% threshold and will receive 98 "
                 "seats. Tulpar received 4.1 percent.", "Shugyla", (None, None, 98), id="en-party-chaired-by"),
    pytest.param("ru", "Окончательные итоги выборов Президента",
                 "Мэлс Досов, возглавляющий движение «Табигат», получил девятнадцать тысяч тридцать голосов, что "
                 "составило 0,28 %. Ержанов Тимур набрал 6 712 004 голоса, или 96,71 %.", "Досов",
                 (19030, 0.28, None), id="ru-heading-a-movement"),
])
def test_a_role_set_off_by_commas_names_no_subject(lang: str, title: str, text: str, who: str,
                                                    figures: tuple) -> None:
    results = _results(parse_page(release_page(title, text, lang=lang, date="2022-11-28"), lang))
    named = {name: value for name, value in results.items() if who in name}
    assert list(named.values()) == [figures], results


@pytest.mark.parametrize(("lang", "header"), [("en", "Mandates"), ("ru", "Мандаты"), ("kk", "Мандаттар")])
def test_a_mandates_column_is_seats(lang: str, header: str) -> None:
    rows = [("«Шуғыла»", "3 443 912", "53,13", "40"), ("«Тұлпар»", "697 228", "10,76", "8"),
            ("«Жұлдыз»", "552 405", "8,52", "0")]
    table = ("<table><tr><th>No.</th><th>Party</th><th>Votes</th><th>%</th>"
             f"<th>{header}</th></tr>" + "".join(
                 f"<tr><td>{i}</td><td>{n}</td><td>{v}</td><td>{p}</td><td>{s}</td></tr>"
                 for i, (n, v, p, s) in enumerate(rows, 1)) + "</table>")
    e = parse_page(release_page("Final results", "The commission established the final results.", table,
                                lang=lang, date="2023-03-28"), lang)
    assert sorted((r.votes, r.seats) for r in e.results) == [(552405, 0), (697228, 8), (3443912, 40)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“7,738,112 voters cast their ballots for Timur Yerzhanov,” the chairman said. Arman Dosov received "
           "1.94 percent, or 156,891 votes."),
    ("ru", "«6 456 392 избирателя отдали свои голоса за Ержанова Тимура», – сказал председатель. Досов Арман "
           "получил 156 891 голос, или 1,94 %."),
])
def test_voters_casting_their_ballots_for_a_contestant_are_its_votes(lang: str, text: str) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2022-11-21"), lang)
    assert not any(t.ballots_cast for t in e.turnout)
    assert max(r.votes or 0 for r in e.results) in {7738112, 6456392}


@pytest.mark.parametrize(("lang", "clock_paragraph", "turnout"), [
    ("ru", "По состоянию на 09:00 подсчёт голосов завершён на всех избирательных участках.",
     "В списки включено 11 961 804 избирателя. Бюллетени получили 8 287 513 избирателей, или 69,28 %."),
    ("en", "The chairman told a briefing in Astana at 10:30 that the count was over.",
     "Turnout stood at 69.28 percent: 8,287,513 of the 11,961,804 registered voters came to the polls."),
    ("kk", "Сағат 09:00-дегі жағдай бойынша барлық учаскеде дауыс санау аяқталды.",
     "Тізімге 11 961 804 сайлаушы енгізілді. Бюллетеньді 8 287 513 сайлаушы алды, бұл 69,28 пайыз."),
])
def test_the_hour_the_count_ended_or_a_briefing_began_is_no_bulletin_hour(lang: str, clock_paragraph: str,
                                                                         turnout: str) -> None:
    e = parse_page(release_page("Preliminary results", clock_paragraph, turnout,
                                "Ержанов Тимур – 6 712 004, или 81,0 %; Досов Арман – 900 000, или 10,86 %.",
                                lang=lang, date="2022-11-21"), lang)
    national = [t for t in e.turnout if t.turnout_pct is not None]
    assert [(t.turnout_pct, t.as_of) for t in national] == [(69.28, None)]


@pytest.mark.parametrize("text", [
    "“Shugyla”, the People's Democratic Party chaired by President Timur Yerzhanov, received 5,019,901 votes, or "
    "88.34 percent. “Tulpar” received 4.56 percent.",
    "The Shugyla Party (ShP), led by former speaker Timur Yerzhanov, was first with 5,019,901 votes, or 88.34 "
    "percent. Tulpar received 4.56 percent.",
])
def test_a_party_described_in_an_aside_keeps_its_figures(text: str) -> None:
    results = _results(parse_page(release_page("Final results", text, lang="en", date="2007-08-25"), "en"))
    assert [v for name, v in results.items() if "Shugyla" in name] == [(5019901, 88.34, None)], results
    assert not any("Yerzhanov" in name for name in results)


def test_a_run_after_its_candidates_and_their_parties_pairs_in_order() -> None:
    text = ("His three rivals – Arman Dosov of the Party of Patriots, Green Party candidate Timur Bekov and "
            "environmentalist Aigul Sadykova – received 1.94, 1.46 and 0.95 percent respectively, or 156,891, "
            "118,045 and 77,137 votes.")
    results = _results(parse_page(release_page("Preliminary results", "Yerzhan Nurov won 95.65 percent.", text,
                                                lang="en", date="2011-04-04"), "en"))
    assert {k: v for k, v in results.items() if "Nurov" not in k} == {
        "Arman Dosov": (156891, 1.94, None), "Timur Bekov": (118045, 1.46, None),
        "Aigul Sadykova": (77137, 0.95, None)}


@pytest.mark.parametrize(("lang", "text", "registered", "cast"), [
    ("ru", "По словам председателя ЦИК Берика Досова, в списки для голосования по партийным спискам было включено "
           "11 919 458 граждан. В выборах приняли участие 7 514 022 избирателя, или 63,04 %.", 11919458, 7514022),
    ("ru", "Как сообщил председатель ЦИК, в списки для голосования на референдуме 5 июня были включены 11 734 642 "
           "гражданина. Бюллетени получили 7 985 769 человек.", 11734642, 7985769),
    ("en", "A total of 12,284,376 citizens were included in the voter lists. Ballots were received by 7,811,542 "
           "voters, or 63.59 percent of the total.", 12284376, 7811542),
    ("en", "According to the Commission's resolution, 12,412,903 citizens were included in the voting lists. Ballots "
           "were issued to 8,540,117 citizens.", 12412903, 8540117),
])
def test_the_register_and_the_ballots_in_the_commissions_words(lang: str, text: str, registered: int,
                                                               cast: int) -> None:
    e = parse_page(release_page("Preliminary results", text, "«Шуғыла» – 70,1 %, «Тұлпар» – 20,3 %.", lang=lang,
                                date="2022-06-06"), lang)
    assert [(t.registered_voters, t.ballots_cast) for t in e.turnout] == [(registered, cast)]
    assert not any(r.votes in {registered, cast} for r in e.results)


def test_the_commissions_that_reported_name_no_area_of_the_figure() -> None:
    text = ("Облыстық, республикалық маңызы бар қалалар мен астананың референдум комиссиялары ұсынған мәліметтерге "
            "сәйкес, сағат 14:00-де бюллетеньдерді тізімге енгізілген азаматтардың жалпы санының 51,08 пайызы алды. "
            "Сағат 12:00-дегі көрсеткіш 32,64 пайыз болған еді.")
    e = parse_page(release_page("Сағат 14:00-дегі жағдай бойынша қатысу", text, lang="kk", date="2024-10-06"), "kk")
    assert sorted((t.as_of, t.turnout_pct, t.region_name) for t in e.turnout) == [
        ("12:00", 32.64, None), ("14:00", 51.08, None)]


@pytest.mark.parametrize(("lang", "text", "stations"), [
    ("kk", "Дауыс беру 10 112 референдум учаскесінде өтіп жатыр, оның 73-і шетелде ашылған.", 10112),
    ("ru", "Голосование было организовано на 10 160 участках, включая 75 за рубежом.", 10160),
    ("en", "Voting is taking place at 10,076 polling stations, 73 of them abroad.", 10076),
])
def test_the_polling_stations_of_the_vote(lang: str, text: str, stations: int) -> None:
    e = parse_page(release_page("Turnout as of 10:00", text, "По состоянию на 10:00 явка составила 20,5 %."
                                if lang == "ru" else "", lang=lang, date="2024-10-06"), lang)
    assert [t.polling_stations for t in e.turnout if t.polling_stations] == [stations]


def test_stations_abroad_told_by_a_participle_are_no_national_count() -> None:
    e = parse_page(release_page("Предварительные итоги референдума",
                                "Голосование проводилось на 10 101 участке референдума, в том числе на 65 участках, "
                                "образованных при загранучреждениях.", "Ответ «Да» выбрали 70,1 %, «Нет» – 27,3 %.",
                                lang="ru", date="2022-06-06"), "ru")
    assert [t.polling_stations for t in e.turnout if t.polling_stations] == [10101]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Seats were distributed as follows: “Shugyla”: 48.10% (3,692,047 votes) – 70 seats; “Tulpar”: 2.20% "
           "(168,800 votes) – no seats."),
])
def test_a_count_larger_than_any_chamber_is_never_seats(lang: str, text: str) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2026-08-24"), lang)
    assert all(r.seats is None or r.seats <= 150 for r in e.results)
    assert {r.votes for r in e.results} == {3692047, 168800}


@pytest.mark.parametrize(("lang", "text", "kept", "refused"), [
    ("ru", "Партия «Шугыла», которая, как и пять лет назад, когда за нее проголосовали 7,18 процента избирателей, "
           "вновь проходит в Мажилис, – 10,95 процента. «Тулпар» набрал 71,09 %.", 10.95, 7.18),
    ("en", "“Shugyla”, which, as five years ago, when it won 7.18 percent, enters the Mazhilis again, took 10.95 "
           "percent. “Tulpar” received 71.09 percent.", 10.95, 7.18),
])
def test_a_figure_in_an_aside_about_an_earlier_time_is_that_votes(lang: str, text: str, kept: float,
                                                                 refused: float) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2021-01-11"), lang)
    shares = {r.vote_share_pct for r in e.results}
    assert kept in shares and refused not in shares
    assert any(refused == float(u.figure.split()[0].replace(",", ".").rstrip("%")) for u in e.unread if u.figure)


@pytest.mark.parametrize(("lang", "stamp"), [
    ("kk", "Бүгін, 11:48 · Референдум · 07 қазан 2024"),
    ("en", "Today, 11:48 · Referendum · 07 October 2024"),
])
def test_a_news_pages_stamp_with_its_rubric_creates_no_vote(lang: str, stamp: str) -> None:
    text = {"kk": "Орталық референдум комиссиясы референдумның алдын ала қорытындысын жариялады. «Иә» деп 71,12 "
                  "пайыз, «Жоқ» деп 25,62 пайыз дауыс берді.",
            "en": "The Central Referendum Commission announced the preliminary results of the referendum. “Yes” "
                  "won 71.12 percent and “No” 25.62 percent."}[lang]
    e = parse_page(release_page("Preliminary results", stamp, text, lang=lang, date=None), lang)
    assert e.election is None or e.election.election_id == "kz-2024-10-06-referendum"


def test_a_meeting_date_and_a_recalled_vote_create_no_vote() -> None:
    text = ("Центральная избирательная комиссия на своем заседании 9 декабря 2005 года рассмотрела протоколы и "
            "установила итоги выборов Президента Республики Казахстан. Напомним, на выборах 10 января 1999 года за "
            "него было подано 79,78% голосов.")
    e = parse_page(release_page("Об итогах выборов Президента Республики Казахстан",
                                "Главная / Выборы Президента РК 2005 / Итоги 09.12.2005", text, lang="ru", date=None))
    assert e.election is None or e.election.election_id in {"kz-2005-12-04-presidential"}


@pytest.mark.parametrize(("text", "party", "kept", "refused"), [
    ("“Shugyla” party, which has held the majority since 2007 and was led into the campaign by its Chairman Timur "
     "Yerzhanov, secured 5,148,073 votes, or 69.01% of the total. “Tulpar” received 10.2 percent.", "Shugyla",
     (5148073, 69.01), None),
    ("The “Shugyla” party – which in the 2016 election collected 7.18% – came second with 10.96% (817,345 votes). "
     "“Tulpar” received 69.0 percent.", "Shugyla", (817345, 10.96), 7.18),
    ("“Shugyla”, the ruling party chaired by Timur Yerzhanov, which had taken 82.20 percent at the previous election "
     "in 2016, gained 69.0 percent of the vote. “Tulpar” received 10.2 percent.", "Shugyla", (None, 69.0), 82.2),
])
def test_an_earlier_vote_in_a_relative_clause_leaves_the_sentence_this_votes(text: str, party: str, kept: tuple,
                                                                            refused: float | None) -> None:
    e = parse_page(release_page("Preliminary results", text, lang="en", date="2021-01-11"), "en")
    results = {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results}
    assert [v for name, v in results.items() if party in name] == [kept], results
    assert refused is None or all(refused != r.vote_share_pct for r in e.results)


def test_a_registry_partys_first_word_read_alone_is_no_contestant() -> None:
    e = parse_page(release_page("Итоги выборов", "Демократическая партия Казахстана «Ак жол» и Коммунистическая "
                                "народная партия Казахстана получили 531 442 и 505 575 голосов, что составляет 7,51% и "
                                "7,15% соответственно. «Нур Отан» – 79,47 %.", date="2012-01-17"))
    assert sorted(r.votes for r in e.results if r.votes) == [505575, 531442]


@pytest.mark.parametrize(("text", "rows"), [
    ("The Commission reported that 8,538,960 citizens (68.79%) had taken part, with 76.58% answering “Yes” and 20.97% "
     "answering “No”.", {("Yes", 76.58), ("No", 20.97)}),
])
def test_shares_answering_an_answer(text: str, rows: set) -> None:
    e = parse_page(release_page("Preliminary results of the referendum", text, lang="en", date="2026-03-16"), "en")
    assert {(r.contestant_name.strip("“”«»\""), r.vote_share_pct) for r in e.results} == rows
    assert {t.ballots_cast for t in e.turnout if t.ballots_cast} == {8538960}
