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
