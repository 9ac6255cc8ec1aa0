"""Shapes, each on a page invented for the test: the ballots fronted as the object
of a Kazakh sentence with the count before its noun and verb, and a later sentence that names no indicator but
stands for the last turnout figure ("the figure", "этот показатель", "бұл көрсеткіш")."""

from __future__ import annotations

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def turnout_rows(e: Extraction) -> set[tuple]:
    return {(t.region_name, t.as_of, t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout}


@pytest.mark.parametrize("sentence", [
    "Сағат онға қарай бюллетеньдерді 1 204 775 сайлаушы алды.",
    "Сағат онға қарай бюллетеньдерді бір миллион екі жүз төрт мың жеті жүз жетпіс бес сайлаушы алды.",
    "Сағат онға дейін сайлау бюллетеньдерін 1 204 775 азамат алды.",
], ids=["digits", "number-words", "citizens"])
def test_kazakh_ballots_fronted_as_the_object_give_the_count_cast(sentence: str) -> None:
    e = parse_page(release_page("Сайлаушылардың белсенділігі", sentence,
                                "Бұл тізімдегі 9 870 100 сайлаушының 12,21 пайызы.", lang="kk", date="2026-08-23"),
                   "kk")
    cast = {t.ballots_cast for t in e.turnout if t.ballots_cast}
    assert cast == {1204775}, turnout_rows(e)
    assert {t.turnout_pct for t in e.turnout if t.turnout_pct} == {12.21}


@pytest.mark.parametrize(("lang", "paragraphs", "region"), [
    ("en", ["KOSTANAY - Turnout in Kostanay region stood at 38.60% at 2 p.m., the regional commission said.",
            "At 10 a.m. the figure had been 11.75%. The commission runs 640 polling stations."], "Kostanay"),
    ("ru", ["Явка в Костанайской области к 14 часам составила 38,60 %, сообщила областная комиссия.",
            "В 10 часов этот показатель составлял 11,75 %."], "Костанай"),
    ("kk", ["Қостанай облысында сағат 14.00-дегі жағдай бойынша сайлаушылардың белсенділігі 38,60 пайыз болды.",
            "Сағат 10.00-де бұл көрсеткіш 11,75 пайыз еді."], "Қостанай"),
], ids=["en-the-figure", "ru-etot-pokazatel", "kk-bul-korsetkish"])
def test_the_figure_stands_for_the_last_turnout_and_its_area(lang: str, paragraphs: list[str], region: str) -> None:
    e = parse_page(release_page("Turnout", *paragraphs, lang=lang, date="2026-08-23"), lang)
    got = {(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout if t.turnout_pct}
    earlier = [g for g in got if g[2] == 11.75]
    assert len(earlier) == 1 and earlier[0][1] == "10:00" and region in (earlier[0][0] or ""), got
    assert any(g[2] == 38.6 and g[1] == "14:00" for g in got), got


def test_the_figure_with_no_turnout_before_it_is_not_guessed() -> None:
    e = parse_page(release_page("Turnout", "Polling stations opened at 8 a.m.",
                                "By noon the figure had been 11.75%, officials said, without saying of what.",
                                lang="en", date="2026-08-23"), "en")
    assert not any(t.turnout_pct == 11.75 for t in e.turnout)


@pytest.mark.parametrize(("lang", "paragraph", "region"), [
    ("en", "By 10 a.m. turnout was 14.40% nationwide; it was 17.05% in Karagnda region and 12.80% in Akmola "
           "region.", "KZ-35"),
    ("ru", "К 10 часам явка составила 14,40 %: в Костанйской области – 17,05 %, в Акмолинской – 12,80 %.", None),
    ("kk", "Сағат 10.00-де белсенділік 14,40 пайыз болды: Павлодр облысы бойынша – 17,05 пайыз, Ақмола облысы "
           "бойынша – 12,80 пайыз.", "KZ-55"),
], ids=["en-letter-left-out", "ru-adjective-not-guessed", "kk-letter-left-out"])
def test_a_region_one_letter_off_beside_its_generic_word_is_that_region(lang: str, paragraph: str,
                                                                        region: str | None) -> None:
    from sources.figures.regions import find_regions

    e = parse_page(release_page("Turnout", paragraph, lang=lang, date="2026-08-23"), lang)
    shares = {t.turnout_pct: t.region_name for t in e.turnout if t.turnout_pct}
    assert shares.get(14.4, "absent") is None and shares.get(12.8), shares
    if region is None:  # an adjective's stem one letter off is not guessed: the share stays unread or regionless
        assert shares.get(17.05) is None, shares
        return
    named = shares.get(17.05)
    assert named and {r.code for r in find_regions(named)} == {region}, shares


def test_a_word_one_letter_off_two_regions_or_with_no_generic_word_is_no_region() -> None:
    from sources.figures.regions import find_regions

    assert not find_regions("Pavodar reported 16.49% by noon")  # no generic word beside it
    assert [r.name for r in find_regions("Pavodar region")] == ["Pavlodar region"]


def test_the_figure_after_a_region_but_said_of_the_country_is_national() -> None:
    e = parse_page(release_page("Исправление", "В сведениях о явке избирателей на 12.10 допущена ошибка.",
                                "Следует читать: по Павлодарской области – 21,40 %.",
                                "Общий показатель по республике не изменился и составляет 19,85 %.", lang="ru",
                                date="2023-03-19"), "ru")
    got = {t.turnout_pct: t.region_name for t in e.turnout if t.turnout_pct}
    assert got.get(19.85, "absent") is None and got.get(21.4), got


@pytest.mark.parametrize("clock", ["12:00 a.m.", "12 a.m."], ids=["with-minutes", "bare-hour"])
def test_a_bulletin_as_of_twelve_am_is_noon_and_the_publication_stamp_is_no_hour(clock: str) -> None:
    e = parse_page(release_page(
        "27.1% of voters receive ballots", "14 January 2024, 12:35",
        f"According to the regional commissions, as of {clock} 27.1% of all voters on the lists have received "
        "ballots. Turnout in Aktobe region is 24.3%, 29.8% in Kostanay region.",
        "The next figures will be given at 02:00 p.m.", lang="en", date="2024-01-14"), "en")
    hours = {(t.region_name, t.as_of) for t in e.turnout if t.turnout_pct}
    assert {h for _, h in hours} == {"12:00"}, hours
    assert len(hours) == 3, hours


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("en", ["Information On Voter Turnout As Of 12.00 Hours",
            "According To The Data Of The Regional Election Commissions, As Of 12.00 Hours 2 915 004 VOTERS, Or "
            "30.12 % Of The Total Number Of Voters Included In The Lists (9 678 000), Received Ballots.",
            "AKTOBE Region – 27.40 %", "PAVLODAR REGION – 33.05 %", "SHYMKENT CITY – 26.10 %"],
     {(None, 30.12), ("KZ-15", 27.4), ("KZ-55", 33.05), ("KZ-79", 26.1)}),
    ("ru", ["По Данным Территориальных Избирательных Комиссий, По Состоянию На 12.00 Часов В Голосовании Приняли "
            "Участие 30,12 % Избирателей, Включенных В Списки.",
            "АКТЮБИНСКАЯ Область – 27,40 %", "ПАВЛОДАРСКАЯ ОБЛАСТЬ – 33,05 %", "Г. ШЫМКЕНТ – 26,10 %"],
     {(None, 30.12), ("KZ-15", 27.4), ("KZ-55", 33.05), ("KZ-79", 26.1)}),
], ids=["en-title-case", "ru-title-case"])
def test_a_page_in_odd_capitals_names_no_contestant_by_its_capitals(lang: str, paragraphs: list[str],
                                                                     expected: set) -> None:
    from sources.figures.regions import find_regions

    e = parse_page(release_page("INFORMATION ON VOTER TURNOUT", *paragraphs, lang=lang, date="2019-06-09"), lang)
    assert e.doc_kind == "turnout" and not e.results, [r.contestant_name for r in e.results]
    got = {(next(iter({r.code for r in find_regions(t.region_name)}), None) if t.region_name else None, t.turnout_pct)
           for t in e.turnout if t.turnout_pct}
    assert got == expected


def test_a_heading_in_capitals_leaves_the_page_as_written() -> None:
    from sources.cec.letter_case import sentence_cased
    from sources.lexicon import load_lexicon

    paragraphs = ["FINAL RESULTS OF THE ELECTION OF THE DEPUTIES", "Alga received 61.2 per cent of the vote."]
    assert sentence_cased(paragraphs, load_lexicon("en")) is None


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "As of 12.00, 2 915 004 voters, or 30.12 % of the voters included in the lists (9 678 000), received "
           "ballots."),
    ("ru", "На 12.00 часов 2 915 004 избирателя, или 30,12 % от числа избирателей, включенных в списки (9 678 000), "
           "получили бюллетени."),
    ("kk", "Сағат 12.00-дегі жағдай бойынша 2 915 004 сайлаушы, яғни тізімге енгізілген сайлаушылардың (9 678 000) "
           "30,12 пайызы бюллетень алды."),
], ids=["en", "ru", "kk"])
def test_a_register_in_brackets_after_its_words_is_the_register(lang: str, sentence: str) -> None:
    e = parse_page(release_page("Turnout", sentence, lang=lang, date="2019-06-09"), lang)
    got = [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout]
    assert {g[0] for g in got if g[0]} == {9678000} and {g[1] for g in got if g[1]} == {2915004}, got


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "When I say that 6,210,400 of the 8,100,900 voters on the lists, or 76.66 percent, took part, and that "
           "Amanat won 71.05 percent, you can see it is more than the 69.10 percent we had in 2012."),
    ("ru", "Явка составила 76,66 %, «Ауыл» набрал 9,40 %, а «Аманат» получил 71,05 % голосов, это больше, чем "
           "69,10 % на выборах 2012 года."),
    ("kk", "Сайлауға 76,66 пайыз сайлаушы қатысты, «Amanat» партиясы 71,05 пайыз дауыс жинады, бұл 2012 жылғы 69,10 "
           "пайызбен салыстырғанда көп."),
], ids=["en-more-than-the", "ru-bolshe-chem", "kk-salystyrganda"])
def test_a_comparison_with_an_earlier_vote_keeps_the_figures_before_it(lang: str, paragraph: str) -> None:
    e = parse_page(release_page("Final results", paragraph, lang=lang, date="2016-03-24"), lang)
    shares = {r.vote_share_pct for r in e.results}
    turnout = {t.turnout_pct for t in e.turnout if t.turnout_pct}
    assert 71.05 in shares and 76.66 in turnout, (shares, turnout)
    assert 69.1 not in shares | turnout


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "The chairman said that Amanat's 61.20 percent gives it 70 seats, and that Auyl and Respublica, with 9.40 "
           "and 8.15 percent, won eight seats each, while Baytak stopped at 3.05 percent."),
    ("ru", "Председатель сообщил, что «Аманат» с 61,20 % получает 70 мандатов, а «Ауыл» и «Respublica», набравшие "
           "9,40 и 8,15 %, получили по восемь мандатов, тогда как «Байтак» остановился на 3,05 %."),
], ids=["en", "ru"])
def test_a_pair_of_shares_after_a_pair_of_parties_inside_a_longer_clause(lang: str, paragraph: str) -> None:
    e = parse_page(release_page("Final results", paragraph, lang=lang, date="2016-03-24"), lang)
    got = {(r.contestant_name, r.vote_share_pct) for r in e.results if r.vote_share_pct}
    names = {share: name for name, share in got}
    assert names.get(9.4, "").endswith(("Auyl", "«Ауыл»")), got
    assert names.get(8.15, "").endswith(("Respublica", "«Respublica»")), got
    assert {r.seats for r in e.results if r.seats} == {70, 8}


@pytest.mark.parametrize(("lang", "title", "paragraph"), [
    ("ru", "Итоги выборов акимов районов", "Явка в среднем составила 58,40 %. В Аксуском районе победил кандидат, "
                                          "набравший 49,10 % голосов; его соперник получил 30,25 %."),
    ("kk", "Аудан әкімдерін сайлау қорытындысы", "Орташа белсенділік 58,40 пайыз болды. Ақсу ауданында кандидат "
                                                "49,10 пайыз дауыс жинады."),
    ("en", "District akim elections: results", "Turnout averaged 58.40%. In Aksu district the winner took 49.10% of "
                                              "the vote, his rival 30.25%."),
], ids=["ru", "kk", "en"])
def test_elections_of_local_akims_are_another_bodys_vote(lang: str, title: str, paragraph: str) -> None:
    e = parse_page(release_page(title, paragraph, lang=lang, date="2024-07-15"), lang)
    assert not e.results and not any(t.turnout_pct for t in e.turnout)
    assert e.election is None


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("kk", ["Қарасай ауданындағы № 77 учаскеде қайта дауыс беру өтті.",
            "Учаскеде тізімге 1 950 сайлаушы енгізілген, оның 1 101-і, яғни 56,46 пайызы дауыс берді.",
            "Жалпы қорытынды өзгермейді: «Amanat» партиясы 53,90 пайыз дауыс жинады, «Ауыл» партиясы 10,90 пайыз."]),
    ("ru", ["На избирательном участке № 77 прошло повторное голосование.",
            "На участке в списки включены 1 950 избирателей, проголосовали 1 101, или 56,46 %.",
            "Общие итоги не меняются: «Amanat» – 53,90 %, «Ауыл» – 10,90 %."]),
    ("en", ["A repeat vote was held at polling station No. 77.",
            "At the polling station 1,950 voters were on the lists and 1,101, or 56.46%, voted.",
            "The national result stands: Amanat 53.90%, Auyl 10.90%."]),
], ids=["kk", "ru", "en"])
def test_the_figures_of_one_polling_station_are_no_areas(lang: str, paragraphs: list[str]) -> None:
    e = parse_page(release_page("Repeat vote", *paragraphs, lang=lang, date="2023-04-03"), lang)
    assert not any(t.registered_voters == 1950 or t.ballots_cast == 1101 or t.turnout_pct == 56.46
                   for t in e.turnout), e.turnout
    assert {r.vote_share_pct for r in e.results} >= {53.9, 10.9}


def test_stations_counted_in_kazakh_are_no_single_station() -> None:
    from sources.figures.asides import one_station
    from sources.lexicon import load_lexicon

    assert one_station(load_lexicon("kk"), "Елдегі 10 120 учаскеде сайлаушылардың 30,1 пайызы дауыс берді.") is None
    assert one_station(load_lexicon("kk"), "Учаскеде 1 101 сайлаушы дауыс берді.") is not None


@pytest.mark.parametrize(("lang", "paragraphs", "area"), [
    ("ru", ["По окончательным данным, Сериков получил 68,10 %, Ахметова — 20,45 %.",
            "В Павлодаре за Серикова проголосовали 60,20 % участников, за Ахметову — 30,05 %. В Атырау — 71,40 % и "
            "19,85 % соответственно."], "Атырау"),
    ("en", ["Final results gave Tokayev 68.10% and Kossanov 20.45%.",
            "In Pavlodar Tokayev won 60.20% and Kossanov 30.05%. In Atyrau - 71.40% and 19.85% respectively."],
     "Atyrau"),
    ("kk", ["Түпкілікті деректер бойынша Тоқаев 68,10 пайыз, Қосанов 20,45 пайыз дауыс алды.",
            "Павлодарда Тоқаевқа 60,20 пайыз, Қосановқа 30,05 пайыз дауыс берілді. Атырауда тиісінше 71,40 және "
            "19,85 пайыз."], "Атырау"),
], ids=["ru", "en", "kk"])
def test_respectively_in_one_area_pairs_with_the_contestants_just_named(lang: str, paragraphs: list[str],
                                                                       area: str) -> None:
    e = parse_page(release_page("Как голосовали регионы", *paragraphs, lang=lang, date="2019-06-11"), lang)
    got = {(r.contestant_name.split()[0][:5], r.vote_share_pct) for r in e.results
           if r.region_name and area in r.region_name}
    first = {name for name, share in got if share == 71.4}
    second = {name for name, share in got if share == 19.85}
    assert len(first) == 1 and len(second) == 1 and first != second, got
    assert first.pop()[:3] in {"Сер", "Kas", "Tok", "Ток", "Тоқ"}, got


@pytest.mark.parametrize(("lang", "paragraph", "area"), [
    ("en", "Turnout was 66.02 percent. 70.15 percent of eligible voters attended the referendum in Shymkent.", "KZ-79"),
    ("ru", "Явка составила 66,02 %. 70,15 % избирателей приняли участие в голосовании в Шымкенте.", "KZ-79"),
], ids=["en", "ru"])
def test_a_region_closing_the_clause_after_in_is_the_figures_area(lang: str, paragraph: str, area: str) -> None:
    from sources.figures.regions import find_regions

    e = parse_page(release_page("Turnout", paragraph, lang=lang, date="2022-06-05"), lang)
    got = {t.turnout_pct: t.region_name for t in e.turnout if t.turnout_pct}
    assert got.get(66.02, "absent") is None and {r.code for r in find_regions(got.get(70.15) or "")} == {area}, got


def test_n_of_m_registered_took_part_and_a_possessive_is_no_base() -> None:
    e = parse_page(release_page(
        "Final results", "Serikov won with 6,100,200 votes, or 68.10 percent, and Akhmetova came second with "
        "1,830,100 votes (20.43 percent). 8,958,000 of 11,900,300 registered voters took part.",
        "In Astana - still Akmola on the ballots' printing orders - turnout was 60.15 percent.", lang="en",
        date="2019-06-11"), "en")
    assert {t.ballots_cast for t in e.turnout if t.ballots_cast} == {8958000}
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {11900300}
    assert any(t.turnout_pct == 60.15 and t.region_name for t in e.turnout), e.turnout


def test_a_headline_in_title_case_leaves_the_page_as_written() -> None:
    e = parse_page(release_page("Results", "Serikov Wins The Vote With 68.1 Per Cent Of The Ballots",
                                "Aset Serikov won 68.1 per cent of the vote and Dana Akhmetova 20.4 per cent.",
                                lang="en", date="2019-06-10"), "en")
    assert any(r.contestant_name.startswith("Dana") or "Akhmetova" in r.contestant_name for r in e.results), \
        [r.contestant_name for r in e.results]
