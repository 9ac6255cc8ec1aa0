"""Shapes, each on a page invented for the test: the older ad-hoc Latin spelling of
Kazakh, an infobox's bare "Registered" line confirmed by its arithmetic, pronouns that carry a contestant to the
next figure, a table of hours, area lines of a regions × parties table, a wire's dateline with its agency, a
preview that recalls an earlier vote, and votes dated after the page (every page invented for these tests)."""

from __future__ import annotations

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def national(e: Extraction) -> dict[str, tuple]:
    return {r.contestant_name.split()[0]: (r.votes, r.vote_share_pct) for r in e.results if r.region_name is None}


def turnout_by_hour(e: Extraction) -> dict[str | None, tuple]:
    """Each hour's (register, cast, turnout), from however many claims of the hour state them."""
    out: dict[str | None, tuple] = {}
    for t in e.turnout:
        if t.region_name is None:
            old = out.get(t.as_of, (None, None, None))
            out[t.as_of] = tuple(a or b for a, b in zip(old, (t.registered_voters, t.ballots_cast, t.turnout_pct),
                                                        strict=True))
    return out


def test_older_latin_kazakh_turnout_reads_national_and_regions() -> None:
    e = parse_page(release_page(
        "Referendumgha qatysu", "Qazirgi uaqytta dauys beru jalghasyp jatyr, komissiya mýsheleri júmys istep otyr.",
        "Jalpy eldegi referendumgha qatysuy 61,25%-dy qúrap otyr. Týrkistan oblysynyng túryghndary -74,10 % "
        "dauys berse, Pavlodar oblysy -70,02%. Núr-Súltan qalasy boyynsha- 48,31% adam dauys berdi.",
        lang="kk", date="2022-06-05"), "kk")
    got = {(t.region_name is None, t.turnout_pct) for t in e.turnout if t.turnout_pct}
    assert (True, 61.25) in got and (False, 74.1) in got and (False, 48.31) in got, got


def test_an_infobox_registered_line_is_read_only_when_its_turnout_and_votes_confirm_it() -> None:
    body = ["Jump to content", "2004 Kazakh legislative election", "Registered6,900,100", "Turnout56.0%",
            "Party Tulpar Zhana", "Seats won 30 12", "Popular vote 2,100,000 1,150,000", "Percentage 54.3% 29.8%",
            "Legislative elections were held in Kazakhstan on 19 September 2004."]
    e = parse_page(release_page("2004 Kazakh legislative election", *body, lang="en", date=None), "en")
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {6900100}
    # a register whose turnout implies fewer ballots than the box's own votes is not the register
    wrong = [b.replace("Registered6,900,100", "Registered3,900,100") for b in body]
    e = parse_page(release_page("2004 Kazakh legislative election", *wrong, lang="en", date=None), "en")
    assert not any(t.registered_voters for t in e.turnout)
    assert any(u.figure == "3,900,100" for u in e.unread)


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("ru", ["ЦИК огласила предварительные итоги выборов Президента.",
            "Лидирует Асет Нурланов: за него отдали голоса 77,10% избирателей, принявших участие в голосовании, — он "
            "набрал 6 100 200 голосов.",
            "Второе место занял Бауыржан Сейтов. Его поддержали 6,05% избирателей, он получил 478 700 голосов.",
            "Динара Ахметова набрала 3,01%, за неё проголосовали 238 150 человек."],
     {"Нурланов": (6100200, 77.1), "Сейтов": (478700, 6.05), "Ахметова": (238150, 3.01)}),
    ("kk", ["Орталық сайлау комиссиясы Президент сайлауының алдын ала қорытындысын жариялады.",
            "Асет Нұрланов сайлаушылардың 77,10 пайызының қолдауына ие болды. Ол 6 100 200 дауыс жинады.",
            "Екінші орында – Бауыржан Сейтов: оған 478 700 сайлаушы (6,05%) дауыс берді.",
            "Динара Ахметова 3,01 пайыз дауыс алды, ол үшін 238 150 сайлаушы дауыс берді."],
     {"Нұрланов": (6100200, 77.1), "Сейтов": (478700, 6.05), "Ахметова": (238150, 3.01)}),
    ("en", ["Aset Nurlanov won the presidential election with 77.10% of the vote, according to preliminary results "
            "announced on Monday. He received 6,100,200 votes.",
            "Dinara Akhmetova, the only woman besides Aigul Serikova on the ballot, came third. She received 3.01%, "
            "or 238,150 votes.",
            "Seitov finished second; he received 6.05% (478,700 votes). Serikova finished last; she received 1.50% "
            "(118,700 votes)."],
     {"Nurlanov": (6100200, 77.1), "Seitov": (478700, 6.05), "Akhmetova": (238150, 3.01),
      "Serikova": (118700, 1.5)}),
], ids=["ru-pronouns-and-a-placing", "kk-ol-and-ogan", "en-he-she-after-an-aside"])
def test_pronouns_carry_the_contestant_just_named(lang: str, paragraphs: list[str], expected: dict) -> None:
    e = parse_page(release_page("Предварительные итоги", *paragraphs, lang=lang), lang)
    got = {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results if r.region_name is None}
    for surname, (votes, share) in expected.items():
        hits = {(v, s) for name, v, s in got if surname in name}
        assert any(v == votes for v, _ in hits) and any(s == share for _, s in hits), (surname, got)
    # no figure goes to a phrase or a day: "Второе место", "Sunday's"
    assert not any(name.lower().startswith(("второе", "екінші", "sunday")) for name, _, _ in got), got


def test_a_table_of_hours_gives_each_row_its_hour_and_the_day_register_its_first_hour() -> None:
    e = parse_page(release_page(
        "Явка в течение дня", "Динамика явки избирателей (по данным ЦИК):", "Время | Получили бюллетени | Явка, %",
        "10:00 | 1 200 000 | 10,00", "14:00 | 4 800 000 | 40,00", "18:00 | 7 200 000 | 60,00",
        "Всего в списки включено 12 000 000 избирателей.", date="2026-08-24"))
    got = turnout_by_hour(e)
    assert got["10:00"][1:] == (1200000, 10.0) and got["14:00"][1:] == (4800000, 40.0)
    assert got["18:00"][1:] == (7200000, 60.0)
    assert got["10:00"][0] == 12000000 and not got["14:00"][0]


def test_area_lines_become_a_regions_table_when_their_shares_fit_the_bracketed_base() -> None:
    e = parse_page(release_page(
        "Постановление об итогах", "Результаты по областям:",
        "Павлодарская область (200 000): Amanat 120 000 — 60,00; «Ауыл» 20 000 — 10,00",
        "Костанайская область (400 000): Amanat 220 000 — 55,00; «Ауыл» 48 000 — 12,00",
        date="2026-08-28"))
    votes = {(r.region_name, r.contestant_name, r.votes) for r in e.results if r.region_name and r.votes}
    shares = {(r.region_name, r.contestant_name, r.vote_share_pct) for r in e.results if r.region_name
              and r.vote_share_pct}
    assert any(reg == "Павлодарская область" and v == 120000 for reg, _, v in votes), votes
    assert any(reg == "Костанайская область" and "Ауыл" in c and s == 12.0 for reg, c, s in shares), shares
    assert any(u.figure == "200 000" for u in e.unread)  # the base: seen, not guessed
    # shares that do not fit their base are no table: nothing is bound by the line's shape
    e = parse_page(release_page(
        "Постановление об итогах", "Павлодарская область (200 000): Amanat 120 000 — 40,00; «Ауыл» 20 000 — 10,00",
        "Костанайская область (400 000): Amanat 220 000 — 35,00; «Ауыл» 48 000 — 12,00", date="2026-08-28"))
    assert not any(r.region_name and r.vote_share_pct == 40.0 for r in e.results)


def test_a_dateline_with_its_agency_names_no_area() -> None:
    e = parse_page(release_page(
        "Amanat takes 58 per cent", "ASTANA (wire) - The ruling Amanat party won 4.1 million votes, or 58.2 per "
        "cent, final results released by the Central Election Commission on Friday showed.",
        "The agrarian Auyl party came second with 0.9 million votes, or 12.1 per cent.",
        "About 7.1 million of the country's 12.2 million voters cast ballots, a turnout of 62.4 per cent.",
        lang="en", date="2026-08-28"), "en")
    assert all(r.region_name is None for r in e.results) and any(r.vote_share_pct == 58.2 for r in e.results)
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {12200000}


def test_a_paragraph_saying_then_after_an_earlier_vote_is_that_vote() -> None:
    e = parse_page(release_page(
        "Накануне выборов", "Через три дня казахстанцы выберут депутатов Курултая.",
        "20 марта 2016 года явка на выборах в Мажилис составила 77,12%.",
        "Партия «Тулпар» тогда получила 61,20% голосов, «Жана» — 9,30%.", date="2026-08-20"))
    assert not e.results and not any(t.turnout_pct for t in e.turnout)


def test_a_vote_dated_after_the_page_is_not_the_vote_of_its_turnout() -> None:
    e = parse_page(release_page(
        "Final turnout 61.40%", "The commission said on Friday that final turnout in the August 23 Kurultai "
        "election was 61.40%.", "Preparations begin for the next presidential election, due on 2 November 2031.",
        lang="en", date="2026-08-28"), "en")
    assert e.election is not None and e.election.election_date.isoformat() == "2026-08-23"


def test_a_logistics_page_before_the_vote_is_no_bulletin() -> None:
    e = parse_page(release_page(
        "Preparations complete", "The commission said on Friday that 12.4 million ballots had been printed for "
        "Sunday's Kurultai election and delivered to all 10,020 polling stations.",
        "Polls will be open from 7 a.m. to 8 p.m.", lang="en", date="2026-08-21"), "en")
    assert e.doc_kind == "other" and not any(t.ballots_cast or t.turnout_pct for t in e.turnout)



def test_shares_before_their_areas_with_a_verb_between_and_a_title_restating_the_hours_figure() -> None:
    e = parse_page(release_page(
        "Voter turnout stands at 13.47%", "ASTANA - The turnout made 13.47% of all citizens on the lists as of "
        "10:10 a.m., the commission said.", "14.02% cast their votes in Akmola region, 11.30% took votes in "
        "Atyrau region, 12.75% in Kostanay region.", "\"In terms of the cities, 30.15% of the people voted in "
        "Astana and 9.12% voted in Almaty,\" the commission member told.", lang="en", date="2023-03-19"), "en")
    got = {(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout if t.turnout_pct}
    assert {("Akmola region", "10:10", 14.02), ("Atyrau region", "10:10", 11.3)} <= got, got
    assert any(r and "Astana" in r and p == 30.15 for r, _, p in got) and any(
        r and "Almaty" in r and p == 9.12 for r, _, p in got), got
    assert not any(r and "Astana" in r and p == 9.12 for r, _, p in got)
    assert {(h, p) for r, h, p in got if r is None} == {("10:10", 13.47)}


def test_a_name_given_only_in_the_genitive_is_claimed_in_the_nominative() -> None:
    e = parse_page(release_page(
        "Итоги выборов Президента", "Сериков Нурлан Болатович набрал 3 456 789 голосов (82,10 %).",
        "Практически равные результаты у депутата, коммуниста Талгата Жумабекова и лидера движения «Жасыл» Арсена "
        "Нурпеисова. 0,41 и 0,35 процента голосов соответственно.",
        "Гульнара Абдыкаримова набрала 1,20 % голосов.", date="2005-12-05"))
    names = {r.contestant_name for r in e.results}
    assert {"Талгат Жумабеков", "Арсен Нурпеисов"} <= names, names
    assert "Гульнара Абдыкаримова" in names  # a woman's nominative, no governing word: as written
