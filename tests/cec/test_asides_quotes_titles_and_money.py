"""Prose shapes, each in sentences invented for the test: a decimal an
aggregator broke across paragraphs, a quotation holding a figure, an official's title after his name, "the party"
after a speaker, relative clauses and roles set off by commas after a candidate, possessives, a referendum answer
after its verb, the share's base between the share and its verb, and money, which is never a count of people."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def results(paragraphs: list[str], lang: str = "en", date: str | None = "2021-01-12") -> dict[str, tuple]:
    e = parse_page(release_page("Results", *paragraphs, lang=lang, date=date), lang)
    return {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}


def test_a_decimal_broken_across_paragraphs_is_one_figure_and_a_quotation_names_no_party() -> None:
    got = results(["\"The Nur Otan Party [has] 68.", "42 percent,\" Yerlan Suleimenov, Deputy Chairman of the "
                   "commission said, adding that the party won 74 mandates.",
                   "Ak Zhol followed with 11.30 percent (13 mandates)."])
    assert got.get("Nur Otan") == (None, 68.42, 74), got
    assert not any("Deputy" in name or "Suleimenov" in name or "percent" in name for name in got), got


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("en", "Zhambyl Akhmetbekov, head of the Communist People's Party of Kazakhstan, a splinter group, received 2.1 "
           "per cent, and Tokayev 88.4 per cent. The environmentalist Mels Yeleusizov, who said he had voted for "
           "Tokayev, picked up 1.3 per cent.",
     {"Akhmetbekov": 2.1, "Tokayev": 88.4, "Yeleusizov": 1.3}),
    ("ru", "Жамбыл Ахметбеков, лидер Коммунистической народной партии Казахстана, получил 2,1 %, Токаев – 88,4 %. "
           "Мэлс Елеусизов, который сам голосовал за Токаева, набрал 1,3 %.",
     {"Ахметбеков": 2.1, "Токаев": 88.4, "Елеусизов": 1.3}),
], ids=["en", "ru"])
def test_names_inside_an_aside_after_a_candidate_take_no_figure(lang: str, paragraph: str, expected: dict) -> None:
    got = results([paragraph], lang, "2011-04-04")
    for surname, share in expected.items():
        assert any(surname in name and v[1] == share for name, v in got.items()), (surname, got)
    assert not any("Коммунист" in name or "Communist" in name for name in got), got


def test_a_possessive_is_no_word_of_the_name_after_it() -> None:
    got = results(["The rivalry between Otan and Dariga Nazarbayeva’s Asar puzzled many.",
                   "Only 11% of the electorate voted for Asar, while Ak Zhol got 12.4% of votes and Otan 60.6%."],
                  date="2004-09-23")
    assert got.get("Asar", (None, None))[1] == 11.0, got
    assert not any("’s" in name or "'s" in name for name in got), got


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("ru", "Из них 7 миллионов 100 тысяч 300 человек приняли участие в голосовании. Согласно результатам, 5 миллионов "
           "20 тысяч 110 человек или 70,70% от общего числа проголосовавших поддержали положительное решение вопроса."),
], ids=["ru-supported-the-positive-decision"])
def test_a_referendum_answer_after_its_verb_takes_the_figures_before(lang: str, paragraph: str) -> None:
    e = parse_page(release_page("Итоги референдума", "Общее число граждан, имевших право участвовать в референдуме, "
                                "составило 11 200 400 человек.", paragraph, lang=lang, date="2024-10-07"), lang)
    yes = [(r.votes, r.vote_share_pct) for r in e.results if "Да" in r.contestant_name]
    assert (5020110, 70.7) in yes, e.results
    assert not any(t.ballots_cast == 5020110 for t in e.turnout)


@pytest.mark.parametrize(("lang", "paragraph", "values"), [
    ("kk", "Кандидатқа жеке қаражатынан 106 mln. 820 myń teńge жұмсауға рұқсат, партия 149 млн 548 мың теңге бөледі.",
     {106820000, 149548000}),
    ("ru", "Предельная сумма избирательного фонда составляет 576 млн 828 тыс. тенге.", {576828000}),
    ("en", "Each candidate may spend up to 427.28 million tenge, or 427 million 280 thousand tenge.", {427280000}),
], ids=["kk-latin-and-cyrillic", "ru", "en"])
def test_sums_of_money_are_never_counts_of_people(lang: str, paragraph: str, values: set) -> None:
    from sources.figures.text_layer import figures

    e = parse_page(release_page("Избирательный фонд", paragraph, lang=lang, date="2015-03-20"), lang)
    assert not e.results and not any(t.ballots_cast or t.registered_voters for t in e.turnout)
    assert not values & {n.value for n in figures(paragraph, lang)}


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("ru", "За Сериковa проголосовали 61,20 % избирателей. За Ахметову — ноль целых тридцать четыре сотых, за Бекова — "
           "ноль целых двадцать восемь сотых процента."),
], ids=["ru-speech"])
def test_a_decimal_said_as_speech_with_the_per_cent_said_once(lang: str, paragraph: str) -> None:
    e = parse_page(release_page("Стенограмма", paragraph, lang=lang, date="2005-12-09"), lang)
    shares = {r.contestant_name.split()[0][:5]: r.vote_share_pct for r in e.results}
    assert shares.get("Ахмет") == 0.34 and shares.get("Беков") == 0.28, shares


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("ru", ["В голосовании приняли участие 7 100 300 человек.",
            "Бюллетени неустановленного образца признаны по закону недействительными.",
            "Число таких бюллетеней составило 2,41 процента, или 171 110 бюллетеней."]),
    ("en", ["7,100,300 people took part in the vote.", "Ballots of an unknown form were declared invalid.",
            "The number of such ballots was 171,110, or 2.41 percent."]),
    ("kk", ["Дауыс беруге 7 100 300 адам қатысты.", "Белгіленбеген үлгідегі бюллетеньдер жарамсыз деп танылды.",
            "Мұндай бюллетеньдердің саны 171 110, яғни 2,41 пайыз."]),
], ids=["ru", "en", "kk"])
def test_such_ballots_are_the_ones_the_sentence_before_named(lang: str, paragraphs: list[str]) -> None:
    e = parse_page(release_page("Итоги референдума", *paragraphs, lang=lang, date="2022-06-06"), lang)
    assert {t.invalid_ballots for t in e.turnout if t.invalid_ballots} == {171110}, e.turnout


@pytest.mark.parametrize(("lang", "lines", "name", "share"), [
    ("ru", ["Второе место с 19% голосов у партии \"Асар\".",
            "На третьем месте (15%), по данным комиссии, - партия \"Ак",
            "жол\" (\"Светлый путь\"), которая называет себя оппозицией."], "жол", 15.0),
    ("en", ["Second with 19% of the vote is the Asar party.", "Third with 15% of the vote, according to",
            "preliminary data, is the Ak Zhol party."], "Zhol", 15.0),
], ids=["ru", "en"])
def test_a_hard_wrapped_wire_is_read_as_its_sentences(lang: str, lines: list[str], name: str, share: float) -> None:
    e = parse_page(release_page("Предварительные данные", *lines, lang=lang, date="2004-09-20"), lang)
    assert any(name in r.contestant_name and r.vote_share_pct == share for r in e.results), \
        [(r.contestant_name, r.vote_share_pct) for r in e.results]


@pytest.mark.parametrize(("lang", "paragraph", "short"), [
    ("ru", "Мандаты распределились так: «Тулпар» — 40, «Ак жол» и Демократическая партия Казахстана — по одному.",
     "Демократическая партия Казахстана"),
], ids=["ru"])
def test_a_party_name_short_of_a_known_partys_quoted_name_is_another_party(lang: str, paragraph: str,
                                                                          short: str) -> None:
    e = parse_page(release_page("Итоги", paragraph, lang=lang, date="2004-10-05"), lang)
    seats = {r.contestant_name: r.seats for r in e.results}
    assert seats.get(short) == 1, seats
    assert any("Ак жол" in name and v == 1 for name, v in seats.items()), seats


def test_those_who_could_take_part_came_to_the_stations_and_supported_the_proposal() -> None:
    e = parse_page(release_page(
        "Итоги референдума", "Согласно данным комиссии, на референдуме могли участвовать 11 миллионов 900 тысяч 100 "
        "граждан.", "В итоге на избирательные участки пришли 7 миллионов 500 тысяч 300 человек, что составило 63,03% "
        "от общего числа избирателей.", "Среди проголосовавших большинство — 5 миллионов 100 тысяч 200 человек "
        "(68,00%) — поддержали предложенное решение по вопросу, вынесенному на референдум.", lang="ru",
        date="2024-10-07"), "ru")
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {11900100}
    assert {t.ballots_cast for t in e.turnout if t.ballots_cast} == {7500300}
    assert not any(t.polling_stations for t in e.turnout)
    assert any(r.votes == 5100200 and r.vote_share_pct == 68.0 for r in e.results), e.results


def test_kazakh_answers_said_by_their_verbs_and_the_right_to_vote() -> None:
    e = parse_page(release_page(
        "Референдумның алдын ала нәтижесі", "ОРК мәліметінше, дауыс беру құқына ие 11 900 100 Қазақстан азаматының "
        "63,03 пайызы, яғни 7 500 300 адам таңдау жасаған. 5 100 200 адам көпір құрылысын қолдаған, 2 210 100 адам "
        "қарсы шыққан.", lang="kk", date="2024-10-07"), "kk")
    answers = {r.contestant_name.strip("«»"): r.votes for r in e.results if r.votes}
    assert answers == {"Иә": 5100200, "Жоқ": 2210100}, answers
    assert {t.registered_voters for t in e.turnout if t.registered_voters} == {11900100}


def test_names_in_typographic_single_quotes_are_quoted_names_and_an_apostrophe_is_no_quote() -> None:
    got = results(["Votes were distributed as follows: for the ‘Nur Otan’ party – 70.10 percent, for the ‘People’s "
                   "Party of Kazakhstan’ – 9.40 percent, for the political party ‘Zhasyl Dala’ – 3.20 percent."],
                  date="2021-01-11")
    shares = {share for _, share, _ in got.values()}
    assert shares == {70.1, 9.4, 3.2}, got
    assert any("Zhasyl Dala" in name for name in got) and not any(name.strip("«»") == "People" for name in got), got
