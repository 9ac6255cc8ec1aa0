"""Every cell of a table a release prints is accounted for: read, or recorded in `Extraction.unread` with its text and
a reason. Each reader of issues 8 and 9 (sources/cec/separated.py: borders, semicolons, areas as columns;
piped_infobox.py; label_records.py; letter_case.py) is given a table with one cell or row nobody can bind -- a number
with a letter typed into it, a label the table does not know -- and must still read the others, and give the bad
one no figure.

The releases are invented for this file (the 2021 Mazhilis vote's parties, other figures of our own).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sources.cec.release import parse_release
from sources.records import Extraction

PREFIX = {"ru": "rus", "kk": "kaz", "en": "eng"}
BORDER = "+----+--------------+-----------+-------+----------+"
RU_LEAD = ("Центральная избирательная комиссия подвела окончательные итоги выборов депутатов Мажилиса, состоявшихся "
           "10 января 2021 года.")
EN_LEAD = "The commission has published the final results of the 10 January 2021 Mazhilis elections."
KK_HEADER = "№;Облыс, қала;Тізімге енгізілген сайлаушылар;Дауыс беруге қатысқандар;Белсенділік, %"


@dataclass(frozen=True)
class Case:
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    # national (name, votes, %, seats)
    results: frozenset[tuple[str, int | None, float | None, int | None]] = frozenset()
    turnout: frozenset[tuple[str | None, float]] = frozenset()  # (area as written, None = country; turnout %)
    unread: tuple[str, ...] = ()  # the bad cells' figures as written
    reason: str = ""  # words of the reason every one of them is given


def page(case: Case, published: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in case.paragraphs)
    return (f'<!DOCTYPE html><html lang="{case.lang}"><head><meta charset="UTF-8"><title>{case.title}</title></head>'
            f'<body><main><article class="news-detail"><time datetime="{published}">{published}</time>'
            f"<h1>{case.title}</h1>{body}</article></main></body></html>").encode()


def parse(case: Case, published: str) -> Extraction:
    url = f"https://www.election.gov.kz/{PREFIX[case.lang]}/news/releases/index.php?ID=9901"
    return parse_release(page(case, published), "index.php@ID=9901", url)


CASES = {
    "borders-a-garbled-count": Case("ru", "Итоги выборов депутатов Мажилиса", (
        RU_LEAD, BORDER, "| №  | Партия | Голосов | % | Мандатов |", BORDER,
        "| 1 | «Береке» | 5 245 010 | 69,92 | 70 |",
        "| 2 | «Жасыл Ел» | 9OO 118 | 12,00 | 14 |",  # letters O for zeros
        "| 3 | «Арай» | 688 260 | 9,18 | 7 |", BORDER),
        results=frozenset({("Партия «Береке»", 5245010, 69.92, 70), ("Партия «Жасыл Ел»", None, 12.0, 14),
                           ("Партия «Арай»", 688260, 9.18, 7)}),
        unread=("9OO 118",), reason="no number"),
    "semicolons-a-garbled-share": Case("kk", "Сағат 10:00-дегі сайлаушылардың белсенділігі", (
        "Аумақтық сайлау комиссияларының деректері бойынша сағат 10:00-дегі жағдай.",
        "№;Облыс, қала;Тізімге енгізілген сайлаушылар;Белсенділік, %",  # one measure named: the cells say it is a table
        "1;Ақмола облысы;498 210;20,4", "2;Қарағанды облысы;902 640;1б,9", "3;Түркістан облысы;1 158 300;22,7",
        ";Республика бойынша;11 919 300;15,3"),
        turnout=frozenset({("Ақмола облысы", 20.4), ("Түркістан облысы", 22.7), (None, 15.3)}),
        unread=("1б,9",), reason="no number"),
    "semicolons-an-area-nobody-knows": Case("kk", "Сағат 10:00-дегі сайлаушылардың белсенділігі", (
        "Аумақтық сайлау комиссияларының деректері бойынша сағат 10:00-дегі жағдай.", KK_HEADER,
        "1;Ақмола облысы;498 210;101 635;20,4", "2;Қарағанды облысы;902 640;152 546;16,9",
        "3;Байқоңыр қаласы;52 000;10 400;20,0",  # no region of the register: never the country's row
        ";Республика бойынша;11 919 300;1 823 653;15,3"),
        turnout=frozenset({("Ақмола облысы", 20.4), ("Қарағанды облысы", 16.9), (None, 15.3)}),
        unread=("52 000", "10 400", "20,0"), reason="no area"),
    "areas-as-columns-an-indicator-nobody-knows": Case("ru", "Явка избирателей на 10:00", (
        "По данным территориальных избирательных комиссий, по состоянию на 10:00 часов.",
        "| Показатель | Акмолинская область | Карагандинская область | Всего по республике |",
        "|------------|------|------|------|",
        "| Включено в списки | 498 210 | 902 640 | 11 919 300 |",
        "| Переносных урн | 120 | 98 | 2 140 |",
        "| Явка, % | 20,4 | 16,9 | 15,3 |"),
        turnout=frozenset({("Акмолинская область", 20.4), ("Карагандинская область", 16.9), (None, 15.3)}),
        unread=("120", "98", "2 140"), reason="no subject"),
    "piped-infobox-a-garbled-count": Case("en", "Mazhilis elections 2021 at a glance", (
        EN_LEAD, "Party | Bereke | Zhasyl El | Aray |", "Seats won | 70 | 14 | 7 |",
        "Votes | 5,245,010 (69.92%) | 900,1l8 (12.00%) | 688,260 (9.18%) |"),  # a letter l for a one: not 900 votes
        results=frozenset({("Bereke", 5245010, 69.92, 70), ("Zhasyl El", None, None, 14),
                           ("Aray", 688260, 9.18, 7)}),
        unread=("900,1l8 (12.00%)",), reason="no number"),
    "piped-infobox-a-row-nobody-knows": Case("en", "Mazhilis elections 2021 at a glance", (
        EN_LEAD, "Party | Bereke | Zhasyl El | Aray |", "Seats won | 70 | 14 | 7 |",
        "Votes | 5,245,010 (69.92%) | 900,118 (12.00%) | 688,260 (9.18%) |",
        "Deputies sworn in | 69 | 13 | 6 |"),
        results=frozenset({("Bereke", 5245010, 69.92, 70), ("Zhasyl El", 900118, 12.0, 14),
                           ("Aray", 688260, 9.18, 7)}),
        unread=("69", "13", "6"), reason="no contestant"),
    "records-a-garbled-count": Case("ru", "Мандаты в Мажилисе распределены", (
        "Центральная избирательная комиссия зарегистрировала депутатов Мажилиса, избранных 10 января 2021 года.",
        "Партия: «Береке»", "Получено мандатов: 70", "Партия: «Жасыл Ел»", "Получено мандатов: 1З",  # З for a 3
        "Партия: «Арай»", "Получено мандатов: 7"),
        results=frozenset({("Партия «Береке»", None, None, 70), ("Партия «Арай»", None, None, 7)}),
        unread=("1З",), reason="no number"),
    "records-a-label-nobody-knows": Case("ru", "Мандаты в Мажилисе распределены", (
        "Центральная избирательная комиссия зарегистрировала депутатов Мажилиса, избранных 10 января 2021 года.",
        "Партия: «Береке»", "Получено мандатов: 70", "Партия: «Арай»", "Получено мандатов: 7",
        "Приняли присягу: 6"),  # no measure: not the Aray party's votes
        results=frozenset({("Партия «Береке»", None, None, 70), ("Партия «Арай»", None, None, 7)}),
        unread=("6",), reason=""),
    "odd-capitals-a-line-nobody-can-place": Case("en", "Voter turnout as of 10 a.m.", (
        "According To The Data Of The Territorial Election Commissions, As Of 10.00 Hours 1 823 653 Voters, Or 15.3 "
        "Percent Of The Total Number Of Voters Included In The Lists, Took Part In The Voting.",
        "AKMOLA REGION – 20.4 %", "KARAGANDA REGION – 16.9 %", "BAIKONUR CITY – 20.0 %"),
        turnout=frozenset({("Akmola region", 20.4), ("Karaganda region", 16.9), (None, 15.3)}),
        unread=("20.0 %",), reason="no contestant or indicator"),
}
PUBLISHED = {"ru": "2021-01-16", "en": "2021-01-17", "kk": "2021-01-10"}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_the_other_cells_are_read(case: Case) -> None:
    published = "2021-01-10" if case.turnout else PUBLISHED[case.lang]
    e = parse(case, published)
    assert e.election is not None and e.election.election_id == "kz-2021-01-10-parliamentary", e.election
    results = {(r.contestant_name, r.votes, r.vote_share_pct, r.seats) for r in e.results if r.region_name is None}
    assert results == case.results, e.unread
    turnout = {(t.region_name, t.turnout_pct) for t in e.turnout if t.turnout_pct is not None}
    assert turnout == case.turnout, e.unread


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_the_bad_cell_is_recorded_with_its_text_and_a_reason(case: Case) -> None:
    published = "2021-01-10" if case.turnout else PUBLISHED[case.lang]
    recorded = {u.figure: u for u in parse(case, published).unread}
    for figure in case.unread:
        assert figure in recorded, (figure, list(recorded))
        unread = recorded[figure]
        assert figure in unread.clause and unread.reason, unread  # the row as written, and why
        assert case.reason in unread.reason, unread


def test_a_cell_read_is_never_also_recorded_unread() -> None:
    """A row whose bare abbreviation ("ҚХП") the arithmetic fallback cuts into a block of its own: the figures the
    table reader gave the party are not recorded unread as well."""
    rows = [("«AMANAT» партиясы", "3 431 510", "53,90", "40"), ("«Ауыл» ХДПП", "693 938", "10,90", "8"),
            ("«Respublica» партиясы", "546 801", "8,59", "6"), ("«Ақ жол» ҚДП", "535 139", "8,41", "6"),
            ("ҚХП", "438 917", "6,80", "5"), ("ЖСДП", "333 165", "5,20", "4"), ("«Байтақ»", "148 429", "2,30", "0")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = ("<html><head><title>Қорытынды</title></head><body><article><time datetime='2023-03-21'>21.03.2023</time>"
            "<h1>Мәжіліс депутаттарын сайлау қорытындысы</h1><p>Орталық сайлау комиссиясы 2023 жылғы 19 наурызда "
            "өткен Мәжіліс депутаттарын сайлаудың қорытындысын шығарды.</p><table><tr><td>Партия</td><td>Дауыс саны"
            f"</td><td>%</td><td>Мандат</td></tr>{cells}</table></article></body></html>")
    e = parse_release(page.encode(), "doc", "https://www.election.gov.kz/kaz/news/releases/index.php?ID=91")
    assert len(e.results) == len(rows)
    read = {f"{r.votes:,}".replace(",", " ") for r in e.results}
    assert not [u for u in e.unread if u.figure in read], e.unread
