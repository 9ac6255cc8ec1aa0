"""A share told of a pronoun ("Бұл – 49,18 пайыз", "Это 49,18 %"), ballots cast by the clause's own arithmetic,
the voters' coming as the turnout, an answer in single quotes and chosen by voters, poll words in a comparing
aside, a sentence's verb before a dash, an earlier name in an aside, and the contestants counted (invented releases
in the CEC's and the press's shapes)."""

from __future__ import annotations

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page


def _results(e: Extraction) -> dict[str, tuple]:
    """Each contestant's votes, share and seats, from every row the release gives it (the marts' way)."""
    out: dict[str, tuple] = {}
    for r in e.results:
        had = out.get(r.contestant_name, (None, None, None))
        out[r.contestant_name] = tuple(
            o if n is None else n for o, n in zip(had, (r.votes, r.vote_share_pct, r.seats), strict=True)
        )
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Сайлауға 9 120 455 сайлаушы қатысты. Ержанов Тимур 4 485 440 дауыс алды. Бұл – 49,18 пайыз."),
        (
            "ru",
            "В выборах приняли участие 9 120 455 избирателей. Ержанов Тимур получил 4 485 440 голосов. "
            "Это 49,18 процента.",
        ),
    ],
)
def test_a_share_told_of_a_pronoun_is_the_contestants_just_named(lang: str, text: str) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2022-11-21"), lang)
    assert list(_results(e).values()) == [(4485440, 49.18, None)], _results(e)


def test_ballots_cast_by_the_clauses_own_arithmetic() -> None:
    text = "By 20:00, 6 204 118 voters, or 51.90 percent of the 11 953 800 on the lists, had cast their ballots."
    e = parse_page(release_page("Turnout in the presidential election", text, lang="en", date="2022-11-20"), "en")
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout] == [(11953800, 6204118, 51.9)]


def test_a_count_that_does_not_close_the_turnout_stays_unread() -> None:
    text = "By 20:00, 7 204 118 voters, or 51.90 percent of the 11 953 800 on the lists, had cast their ballots."
    e = parse_page(release_page("Turnout in the presidential election", text, lang="en", date="2022-11-20"), "en")
    assert not any(t.ballots_cast for t in e.turnout)
    assert any(u.figure == "7 204 118" for u in e.unread)


def test_the_voters_coming_is_the_turnout() -> None:
    e = parse_page(
        release_page("Сайлау қорытындысы", "Сайлаушылардың келуі 66,41 пайызды құрады.", lang="kk", date="2022-11-21"),
        "kk",
    )
    assert [t.turnout_pct for t in e.turnout] == [66.41]


def test_an_answer_in_single_quotes_and_an_option_chosen_by_voters() -> None:
    text = (
        "According to preliminary data, 79.30 percent of the participants, or 6,911,204 people, voted 'Yes'. "
        "The 'No' option was chosen by 1,653,990 voters (18.98%)."
    )
    e = parse_page(release_page("CEC: preliminary referendum results", text, lang="en", date="2026-03-16"), "en")
    assert sorted(_results(e).values()) == [(1653990, 18.98, None), (6911204, 79.3, None)]


def test_poll_words_in_a_comparing_aside_make_no_figure_a_polls() -> None:
    text = (
        "Shugyla, the ruling party chaired by President Timur Yerzhanov, received – as the early count shows, "
        "and as most exit polls had predicted – 4,412,730 votes, or 68.40 percent."
    )
    e = parse_page(
        release_page("Preliminary results of the Mazhilis election", text, lang="en", date="2023-03-20"), "en"
    )
    assert _results(e) == {"Shugyla": (4412730, 68.4, None)}


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "Ak Zhol and the People's Party of Kazakhstan, formerly the Party of Farmers, won 10.97 percent and "
            "9.07 percent respectively.",
            "Party of Farmers",
        ),
        (
            "ru",
            "«Тулпар» и Народная партия, бывшая Партия фермеров, набрали 10,97 % и 9,07 % соответственно.",
            "Партия фермеров",
        ),
        (
            "ru",
            "Партия «Шугыла», председателем которой является Тимур Ержанов, получила поддержку 4 412 730 "
            "избирателей — это 68,40 % голосов.",
            "Ержанов",
        ),
    ],
)
def test_a_name_in_an_aside_is_no_subject(lang: str, text: str, who: str) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2023-03-20"), lang)
    results = _results(e)
    assert results and not any(who in name for name in results), results


def test_the_contestants_counted_are_no_seats() -> None:
    text = (
        "Shugyla won all 98 seats. Its nearest rival, the Green Party of Arman Dosov, failed to reach the 7 "
        "percent barrier, as did the five other contenders."
    )
    e = parse_page(release_page("Final results of the Mazhilis election", text, lang="en", date="2007-08-25"), "en")
    assert sorted(r.seats for r in e.results) == [98]


def test_took_part_as_a_converb_is_the_ballots_cast() -> None:
    text = (
        "Еске салсақ, алдын ала деректер бойынша дауыс беруге 7 120 455 адам (63,10 пайыз) қатысып, «Иә» "
        "жауабына — 70,22 пайыз, «Жоқ» жауабына 27,51 пайыз дауыс берілген болатын."
    )
    e = parse_page(release_page("Референдумның қорытындысы", text, lang="kk", date="2024-10-12"), "kk")
    assert sorted(v[1] for v in _results(e).values()) == [27.51, 70.22]
    assert [t.ballots_cast for t in e.turnout] == [7120455]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("ru", "Окончательные итоги выборов Президента",
     "Кандидат Арман Досов получил, как и по предварительным данным, второе место — 6,57% (445 934)."),
    ("en", "Final results of the presidential election",
     "Arman Dosov took second place, as in the preliminary count, with 6.57 percent (445,934 votes)."),
])
def test_a_final_that_agrees_with_the_preliminary_count_stays_final(lang: str, title: str, text: str) -> None:
    e = parse_page(release_page(title, text, lang=lang, date="2005-12-10"), lang)
    assert e.results and {r.stage for r in e.results} == {"final"}


def test_a_final_quoting_the_preliminary_figures_keeps_their_stage() -> None:
    text = "По предварительным данным, Арман Досов получил 6,50%. Окончательно Арман Досов получил 6,57%."
    e = parse_page(release_page("Окончательные итоги выборов Президента", text, lang="ru", date="2005-12-10"), "ru")
    assert sorted((r.vote_share_pct, r.stage) for r in e.results) == [(6.5, "preliminary"), (6.57, "final")]


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "Астана. 21 қараша. ҚазАқпарат – Орталық сайлау комиссиясы алдын ала қорытындыны жариялады. Сайлаушылар "
           "тізіміне 11 400 000 адам енгізілген. Олардың 7 410 000-ы дауыс берген, бұл 65,00 пайызды құрайды."),
    ("en", "ASTANA. KAZINFORM – The Central Election Commission announced the preliminary results. Of the 11,400,000 "
           "voters on the lists, 7,410,000 took part, or 65.00 percent."),
])
def test_a_datelines_agency_is_no_antecedent(lang: str, text: str) -> None:
    e = parse_page(release_page("Preliminary results", text, lang=lang, date="2022-11-21"), lang)
    assert not e.results, _results(e)
    assert [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout] == [(11400000, 7410000, 65.0)]


@pytest.mark.parametrize(("lang", "area", "share"), [
    ("ru", "Регион", "Явка, %"), ("kk", "Өңір", "%"), ("en", "Region", "Turnout, %"),
])
def test_a_table_in_side_by_side_halves_reads_every_half(lang: str, area: str, share: str) -> None:
    names = {"ru": ("Акмолинская область", "Павлодарская область", "Атырауская область"),
             "kk": ("Ақмола облысы", "Павлодар облысы", "Атырау облысы"),
             "en": ("Akmola region", "Pavlodar region", "Atyrau region")}[lang]
    table = (f"<table><tr><th>№</th><th>{area}</th><th>{share}</th><th>№</th><th>{area}</th><th>{share}</th></tr>"
             f"<tr><td>1</td><td>{names[0]}</td><td>51,20</td><td>3</td><td>{names[2]}</td><td>44,75</td></tr>"
             f"<tr><td>2</td><td>{names[1]}</td><td>48,06</td><td></td><td></td><td></td></tr></table>")
    e = parse_page(release_page("Turnout at 14:00", "Turnout by region at 14:00:", table, lang=lang,
                                date="2024-10-06"), lang)
    assert sorted(t.turnout_pct for t in e.turnout if t.region_name) == [44.75, 48.06, 51.2]
    assert not [u for u in e.unread if u.figure in {"1", "2", "3"}]


@pytest.mark.parametrize(("lang", "votes", "share", "seats"), [
    ("en", "Votes", "%", "Seats"), ("ru", "Голоса", "%", "Мандаты"), ("kk", "Дауыс", "Пайыз", "Мандат"),
])
def test_measures_as_rows_under_contestants_as_columns(lang: str, votes: str, share: str, seats: str) -> None:
    table = ("<table><tr><th></th><th>«Шуғыла»</th><th>«Тұлпар»</th></tr>"
             f"<tr><th>{votes}</th><td>5 144 103</td><td>264 219</td></tr>"
             f"<tr><th>{share}</th><td>88,41</td><td>4,54</td></tr>"
             f"<tr><th>{seats}</th><td>98</td><td>0</td></tr></table>")
    e = parse_page(release_page("Final results", "The commission established the final results.", table, lang=lang,
                                date="2007-08-25"), lang)
    assert sorted(_results(e).values()) == [(264219, 4.54, 0), (5144103, 88.41, 98)], _results(e)
