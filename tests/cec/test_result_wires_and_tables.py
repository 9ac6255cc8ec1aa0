"""Result releases and wires in shapes the bundled pages do not have (pages invented for these tests): a result that
recalls a referendum in passing, registry parties written bare in English, a final wire days after the vote that
"confirms preliminary results", a table copied with its borders as separators, another body's results of the same
day, seats in number words and the chamber before this vote."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def _national(e) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in e.results:
        if r.region_name is None:
            for field in ("votes", "vote_share_pct", "seats"):
                if getattr(r, field) is not None:
                    out[(r.contestant_name, field)] = getattr(r, field)
    return out


EN_WIRE = release_page(
    "Ruling party keeps its majority",
    "ASTANA, Aug 27 (wire) - The Amanat party won 91 of the 145 seats in the new Kurultai with 57.10% of the vote, "
    "the commission said on Thursday, confirming preliminary results.",
    "Three other parties passed the 5% barrier: Auyl (11.20%, 19 seats), Respublica (9.40%, 16 seats) and the green "
    "Baytaq party (7.30%, 19 seats). The Social Democrats (OSDP) won 4.10%.",
    "Turnout was 61.2%, well below the 73.1% recorded at the March referendum.",
    lang="en", date="2026-08-27")


def test_an_english_final_wire_reads_bare_registry_parties_and_is_final_days_later() -> None:
    e = parse_page(EN_WIRE, lang="en")
    assert e.doc_kind == "results_final"
    assert e.election is not None and e.election.election_id == "kz-2026-08-23-parliamentary"
    national = _national(e)
    assert national[("Auyl", "vote_share_pct")] == 11.2 and national[("Auyl", "seats")] == 19
    assert national[("Respublica", "seats")] == 16 and national[("Baytak", "vote_share_pct")] == 7.3
    # "The Social Democrats": the registry's party, by its words
    assert national[("Nationwide Social Democratic Party", "vote_share_pct")] == 4.1
    # the referendum named in passing makes no answer a contestant and no share a result
    assert not any(r.vote_share_pct == 73.1 for r in e.results)
    assert all(r.stage == "final" for r in e.results)


def test_a_wire_days_later_that_awaits_its_final_results_stays_preliminary() -> None:
    e = parse_page(release_page("Preliminary count", "The Amanat party won 57.10% of the vote and Auyl 11.20%, "
                                "according to preliminary results. Final results will be announced on Monday.",
                                lang="en", date="2026-08-27"), lang="en")
    assert e.doc_kind == "results_preliminary"


SEPARATED = [
    ("ru", ["Партия | Голосов | %", "«Өрлеу» | 2 410 500 | 61,20", "«Жарық» | 1 002 300 | 25,44",
            "Против всех | 101 000 | 2,56", "Итого за партии и против всех | 3 513 800 | 89,20"]),
    ("kk", ["Партия\tДауыс саны\tПайыз", "«Өрлеу»\t2 410 500\t61,20", "«Жарық»\t1 002 300\t25,44",
            "Барлығына қарсы\t101 000\t2,56"]),
    ("en", ["Party | Votes | %", "Orleu | 2,410,500 | 61.20", "Zharyk | 1,002,300 | 25.44",
            "Against all | 101,000 | 2.56"]),
    # the share's column named in words
    ("en", ["Party | Votes | Share", "Orleu | 2,410,500 | 61.20%", "Zharyk | 1,002,300 | 25.44%",
            "Against all | 101,000 | 2.56%"]),
    ("ru", ["Партия | Голоса | Доля", "«Өрлеу» | 2 410 500 | 61,20", "«Жарық» | 1 002 300 | 25,44",
            "Против всех | 101 000 | 2,56"]),
    ("kk", ["Партия | Дауыс | Үлесі", "«Өрлеу» | 2 410 500 | 61,20", "«Жарық» | 1 002 300 | 25,44",
            "Барлығына қарсы | 101 000 | 2,56"]),
]


@pytest.mark.parametrize(("lang", "rows"), SEPARATED, ids=[f"{c[0]}-{c[1][0].split()[-1]}" for c in SEPARATED])
def test_a_table_copied_with_separators_reads_by_its_header(lang: str, rows: list[str]) -> None:
    e = parse_page(release_page("Итоги", "Предварительные итоги голосования:", *rows, lang=lang, date="2026-08-24"),
                   lang=lang)
    shares = sorted(r.vote_share_pct for r in e.results if r.vote_share_pct is not None)
    assert shares == [2.56, 25.44, 61.2]
    assert sorted(r.votes for r in e.results if r.votes) == [101000, 1002300, 2410500]  # no subtotal as a contestant


SAME_DAY = [
    ("kk", "«Өрлеу» партиясына 2 410 500 сайлаушы (61,20%) дауыс берді, «Жарық» партиясына – 1 002 300 (25,44%).",
     "Сол күні өткен облыстық мәслихат сайлауында «Өрлеу» партиясы 64,8 пайыз жинап, 30 мандаттың 21-ін алды."),
    ("ru", "За партию «Өрлеу» проголосовали 2 410 500 избирателей (61,20%), за «Жарық» – 1 002 300 (25,44%).",
     "В тот же день на выборах в областной маслихат «Өрлеу» набрала 64,8% и получила 21 мандат из 30."),
    ("en", "The Orleu party received 2,410,500 votes (61.20%) and the Zharyk party 1,002,300 (25.44%).",
     "In the regional maslikhat vote held the same day, Orleu won 64.8% and 21 of the 30 seats."),
]


@pytest.mark.parametrize(("lang", "result", "maslikhat"), SAME_DAY, ids=[c[0] for c in SAME_DAY])
def test_another_bodys_results_of_the_same_day_are_no_claim(lang: str, result: str, maslikhat: str) -> None:
    e = parse_page(release_page("Құрылтай сайлауының қорытындысы", result, maslikhat, lang=lang, date="2026-08-28"),
                   lang=lang)
    assert sorted(r.vote_share_pct for r in e.results if r.vote_share_pct) == [25.44, 61.2]
    assert not any(r.seats for r in e.results)
    assert any("64,8" in u.figure or "64.8" in u.figure for u in e.unread)


SEATS_IN_WORDS = [
    ("ru", "Из ста сорока пяти мест партия «Өрлеу» получит восемьдесят семь, «Жарық» — сорок один, а «Шуақ» — "
           "семнадцать.", "В прежнем Мажилисе у «Өрлеу» было 62 мандата из 98."),
    ("kk", "Жүз қырық бес орынның «Өрлеу» партиясына сексен жеті мандат, «Жарық» партиясына қырық бір мандат, "
           "«Шуақ» партиясына он жеті мандат бұйырды.", "Бұрынғы Мәжілісте «Өрлеу» партиясының 62 мандаты болған."),
    ("en", "Of the one hundred and forty-five seats, the Orleu party will get eighty-seven, the Zharyk party "
           "forty-one and the Shuak party seventeen.", "In the previous Mazhilis, Orleu held 62 of the 98 seats."),
]


@pytest.mark.parametrize(("lang", "seats", "before"), SEATS_IN_WORDS, ids=[c[0] for c in SEATS_IN_WORDS])
def test_seats_in_number_words_load_and_the_previous_chambers_do_not(lang: str, seats: str, before: str) -> None:
    e = parse_page(release_page("Мандаты распределены", seats, before, lang=lang, date="2026-08-28"), lang=lang)
    assert sorted(r.seats for r in e.results if r.seats) == [17, 41, 87]


RECALLING_PRELIMINARY = [
    ("ru", "Итоги выборов в Курултай", "ЦИК утвердил итоги выборов в Курултай, подтвердив предварительные данные: "
           "партия «Өрлеу» набрала 57,10 % голосов, партия «Жарық» – 31,40 %. Явка оказалась ниже, чем на мартовском "
           "референдуме."),
    ("kk", "Құрылтай сайлауының қорытындысы", "ОСК алдын ала деректерді растап, Құрылтай сайлауының қорытындысын "
           "шығарды: «Өрлеу» партиясы 57,10 пайыз, «Жарық» партиясы 31,40 пайыз дауыс жинады. Сайлаушылар наурыздағы "
           "референдумға қарағанда азырақ келді."),
]


@pytest.mark.parametrize(("lang", "title", "body"), RECALLING_PRELIMINARY, ids=[c[0] for c in RECALLING_PRELIMINARY])
def test_a_release_days_later_recalling_preliminary_data_and_a_referendum_is_the_final_result(
        lang: str, title: str, body: str) -> None:
    e = parse_page(release_page(title, body, lang=lang, date="2026-08-27"), lang=lang)
    assert e.doc_kind == "results_final"
    assert e.election is not None and e.election.election_id == "kz-2026-08-23-parliamentary"
    assert sorted(r.vote_share_pct for r in e.results if r.vote_share_pct) == [31.4, 57.1]
    assert {r.stage for r in e.results} == {"final"}
