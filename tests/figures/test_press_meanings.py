"""Shapes of the CEC's statements as the press copies them (sentences invented for these tests): bullets with
emoji, one figure for several subjects, parts of a whole, shares of the register, exit polls, bounds, earlier
votes, parties by initials or bare registry names, Kazakh in the Latin alphabet."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.figures.binder import Binder
from sources.figures.text_layer import split_clauses
from tests.figures.binding import readings


def fields(found: set[tuple]) -> set[tuple]:
    return {(f, v) for _, f, v, _ in found}


SEATS = [
    ("ru-emoji-bullets", "ru",
     "Мандаты распределились следующим образом:\n▪️«Шугыла» — 31;\n▪️Tulpar — 9;",
     {("Партия «Шугыла»", 31), ("Tulpar", 9)}),
    ("kk-emoji-bullets", "kk",
     "Мандаттар былайша бөлінді:\n✅ «Шұғыла» партиясы — 31 мандат;\n✅ «Тұлпар» партиясы — 9 мандат.",
     {("«Шұғыла» партиясы", 31), ("«Тұлпар» партиясы", 9)}),
    ("en-emoji-bullets", "en",
     "The seats were distributed as follows:\n▪️ Shugyla Party — 31 seats;\n▪️ Tulpar Party — 9 seats.",
     {("Shugyla Party", 31), ("Tulpar Party", 9)}),
    ("ru-po-each", "ru", "Больше всего мест у партии «Шугыла» – 31 мандат. У «Тулпара» и «Жулдыза» – по 9.",
     {("Партия «Шугыла»", 31), ("«Тулпара»", 9), ("«Жулдыза»", 9)}),
    ("en-each", "en", "The Tulpar Party and the Zhuldyz Party won 9 seats each.",
     {("Tulpar Party", 9), ("Zhuldyz Party", 9)}),
    ("ru-seats-carried-to-the-next-sentence", "ru", "«Шугыла» – 31 мандат. «Тулпар» – 9.",
     {("Партия «Шугыла»", 31), ("Партия «Тулпар»", 9)}),
    ("ru-initials", "ru", "«Шугыла» – 31 мандат, НДП – 9 мандатов.", {("Партия «Шугыла»", 31), ("НДП", 9)}),
    ("en-initials", "en", "Shugyla Party gets 31 seats, Tulpar Party - 9 seats and NDP - 9 seats.",
     {("Shugyla Party", 31), ("Tulpar Party", 9), ("NDP", 9)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [s[1:] for s in SEATS], ids=[s[0] for s in SEATS])
def test_seats(language: str, text: str, expected: set[tuple]) -> None:
    found = readings(language, text)
    got = {(name, value) for name, field, value, _ in found if field == "seats"}
    # names as this document spells them: compare by the distinctive word
    assert {v for _, v in got} == {v for _, v in expected} and len(got) == len(expected), found


def test_initials_glossed_after_a_full_name_are_that_party() -> None:
    found = readings("ru", "В мажилис прошла Народная демократическая партия (НДП). НДП – 9 мандатов.")
    assert found == {("Народная демократическая партия", "seats", 9, None)}


def test_one_share_for_each_of_two_regions() -> None:
    found = readings("en", "Turnout is also high in the regions of Pavlodar and Atyrau with 61.50 percent each.",
                     "turnout")
    assert {(f, v) for _, f, v, _ in found} == {("turnout_pct", 61.5)} and len(found) == 2


PARTS = [
    ("en-out-of", "en", "As of 2 p.m., 4,120,337 people out of 6,902,114 eligible voters have cast their vote.",
     {("ballots_cast", 4_120_337), ("registered_voters", 6_902_114)}),
    ("ru-iz-whole-first", "ru", "Из 6 902 114 граждан, имеющих право голоса, воспользовались им 4 120 337 (59,7 %).",
     {("ballots_cast", 4_120_337), ("registered_voters", 6_902_114), ("turnout_pct", 59.7)}),
    ("ru-share-of-the-register", "ru",
     "Из них пришли на выборы 4 120 337 человек, или 59,7 процента от числа граждан, имеющих право голоса.",
     {("ballots_cast", 4_120_337), ("turnout_pct", 59.7)}),
    ("kk-latin-share-of-the-register", "kk",
     "Saǵat 16:05-tegi jaǵdaı boıynsha 4 mln 120 myń 337 azamat daýys berip úlgergen. Bul tizimdegi barlyq "
     "adamnyń 59,7 paıyzyn quraıdy.", {("ballots_cast", 4_120_337), ("turnout_pct", 59.7)}),
    ("kk-choice-made", "kk",
     "Дауыс беруге құқығы бар 6 902 114 азаматтың 4 миллион 120 мың 337 адамы таңдау жасады.",
     {("registered_voters", 6_902_114), ("ballots_cast", 4_120_337)}),
    ("ru-generic-register", "ru", "Число избирателей составило 6 902 114 человек.", {("registered_voters", 6_902_114)}),
    ("ru-generic-narrowed", "ru", "Число избирателей, получивших бюллетени, – 4 120 337.",
     {("ballots_cast", 4_120_337)}),
    ("ru-a-handful-is-no-turnout", "ru", "В выборах участвовали пять политических партий.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), [p[1:] for p in PARTS], ids=[p[0] for p in PARTS])
def test_parts_of_a_whole_and_shares_of_the_register(language: str, text: str, expected: set[tuple]) -> None:
    assert fields(readings(language, text)) == expected


NOT_THIS_VOTE = [
    ("ru-exit-poll", "ru", "По данным экзит-пола, за Ержанова проголосовали 71,2 процента, а за Ильясову – 9,1 %."),
    ("ru-exit-poll-latin", "ru", "Ранее exit poll сообщал, что за проголосовали 71,2 процента казахстанцев."),
    ("kk-exit-poll", "kk", "Экзитпол нәтижесі бойынша Ержановқа сайлаушылардың 71,2 пайызы дауыс берген."),
    ("en-exit-poll", "en", "An exit poll released earlier gave Timur Yerzhanov 71.2 percent."),
    ("ru-bound", "ru", "В голосовании приняли участие более 8,1 млн человек."),
    ("kk-bound-after", "kk", "Дауыс беруге 8 миллионнан астам адам қатысты."),
    ("en-bound", "en", "More than 8.1 million voters took part."),
    ("en-threshold-as-bound", "en", "With turnout exceeding 50 per cent of eligible voters, the vote is valid."),
    ("ru-earlier-vote-across-clauses", "ru",
     "На прошлых выборах в 2016 году «Шугыла» набрала 61,2 %, а «Тулпар» – 9,3 %."),
    ("en-earlier-vote-across-clauses", "en",
     "In 2016 the Shugyla Party won 61.2 percent, while the Tulpar Party got 9.3 percent."),
    ("ru-all-parties-are-no-party", "ru", "За политические партии подано 7 241 562 голоса."),
    ("ru-threshold-after-a-dash", "ru", "Проходной барьер — 5 процентов голосов избирателей."),
]


@pytest.mark.parametrize(("language", "text"), [n[1:] for n in NOT_THIS_VOTE], ids=[n[0] for n in NOT_THIS_VOTE])
def test_figures_of_no_claim_of_this_vote(language: str, text: str) -> None:
    assert readings(language, text, published_on=dt.date(2021, 1, 12)) == set()


def test_a_bound_leaves_the_exact_figures_of_its_sentence() -> None:
    found = readings("ru", "В голосовании приняли участие более 8,1 млн человек, или 64,2 % избирателей.")
    assert fields(found) == {("turnout_pct", 64.2)}


RESULTS = [
    ("ru-bare-registry-party", "ru", "По данным ЦИК, Нур Отан набрала 61,2 % голосов избирателей.",
     {("vote_share_pct", 61.2)}),
    ("ru-threshold-before-the-list", "ru",
     "7-процентный барьер преодолели две партии: «Шугыла» (61,2 %) и «Тулпар» (9,3 %).",
     {("vote_share_pct", 61.2), ("vote_share_pct", 9.3)}),
    ("ru-threshold-then-its-share-after-a-dash", "ru",
     "Партии «Тулпар» не удалось преодолеть 5-процентный барьер – у нее 3,1 %.", {("vote_share_pct", 3.1)}),
    ("en-threshold-then-its-share-after-a-dash", "en",
     "The Tulpar Party fell short of the 5 percent threshold - it received 3.1 percent.", {("vote_share_pct", 3.1)}),
    ("ru-continuation", "ru", "За Ержанова Тимура проголосовали 445 047 человек. Или 6,6 процента голосовавших.",
     {("votes", 445_047), ("vote_share_pct", 6.6)}),
    ("en-continuation", "en", "Timur Yerzhanov received 445,047 votes. Or 6.6 percent of those who voted.",
     {("votes", 445_047), ("vote_share_pct", 6.6)}),
    ("kk-their-share", "kk", "\"Барлығына қарсы\" бағанасын 248 291 адам таңдаған. Олардың көлемі сайлаушылардың "
     "3,9 пайызын құрады.", {("votes", 248_291), ("vote_share_pct", 3.9)}),
    ("en-count-bracket-share-voted-for", "en", "151,285 people (2.01%) cast their votes for the Tulpar Party.",
     {("votes", 151_285), ("vote_share_pct", 2.01)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [r[1:] for r in RESULTS], ids=[r[0] for r in RESULTS])
def test_results_read_by_meaning(language: str, text: str, expected: set[tuple]) -> None:
    found = readings(language, text)
    assert fields(found) == expected
    assert all(name for name, *_ in found), found  # every figure has its contestant
    if len(expected) == 2 and "two" not in text:
        assert len({name for name, *_ in found}) == (2 if "барьер" in text else 1), found


ANOTHER_VOTE = [
    ("ru-last-election-no-year", "ru", "turnout", "На прошлых выборах в мажилис явка составила 75,45 %."),
    ("kk-last-election-no-year", "kk", "turnout", "Өткен сайлауда сайлаушылардың 75,45 пайызы дауыс берді."),
    ("en-last-election-no-year", "en", "turnout", "During the last elections the turnout was 75.45%."),
    ("ru-opinion-poll", "ru", "results", "Партия «Шугыла» наберёт 74 % голосов, по данным опроса."),
    ("en-opinion-poll", "en", "results", "An opinion poll gave the Shugyla Party 74 percent."),
    ("kk-opinion-poll", "kk", "results", "Сауалнама бойынша «Шұғыла» партиясына 74 пайыз дауыс берілмек."),
    ("kk-city-maslikhat", "kk", "results", "Алматы қаласы мәслихаты сайлауының қорытындыларына сәйкес сайлаушылардың "
     "61,2% «Шұғыла» партиясына дауыс берді."),
    ("ru-city-maslikhat", "ru", "results",
     "По итогам выборов в маслихат города Алматы партия «Шугыла» набрала 61,2 %."),
    ("en-city-maslikhat", "en", "results",
     "In the Almaty city maslikhat election results the Shugyla Party won 61.2%."),
    ("ru-the-whole", "ru", "turnout", "Данные обработки всех 100% бюллетеней получены по телефону."),
    ("ru-days", "ru", "results", "Партии «Шугыла» нужно в течение 10 дней провести съезд."),
    ("ru-votes-of-all-parties", "ru", "results",
     "Из них за политические партии и против всех проголосовали 6 366 441 человек."),
    ("en-votes-of-all-parties", "en", "results",
     "In all, 6,366,441 votes were cast for political parties and against all."),
    ("kk-deputies-are-no-seats", "kk", "results",
     "Сонымен Мәжілістің 98 депутатының 29-ы бір мандатты аумақтық сайлау округі бойынша сайланады."),
    ("en-failed-to-gather", "en", "results", "The Tulpar Party, which failed to gather 5% of votes, gets no seat."),
]


@pytest.mark.parametrize(("language", "kind", "text"), [a[1:] for a in ANOTHER_VOTE], ids=[a[0] for a in ANOTHER_VOTE])
def test_figures_of_another_vote_or_no_figure_at_all(language: str, kind: str, text: str) -> None:
    assert readings(language, text, kind, published_on=dt.date(2023, 3, 27)) == set()


def test_a_pronoun_stands_for_the_contestant_its_gender_names() -> None:
    found = readings("ru", "Партию «Шугыла» возглавляет Ержанов Тимур Кайратович. За нее проголосовали 5 174 000 "
                           "человек, что составляет 88,05 %.")
    assert found == {("Партия «Шугыла»", "votes", 5_174_000, None), ("Партия «Шугыла»", "vote_share_pct", 88.05, None)}


BARE_DECIMALS = [
    ("kk", "Абай облысы бойынша – 69,32,", "Абай облысы"),
    ("ru", "по Акмолинской области – 51,04,", "Акмолинской области"),
    ("en", "Akmola region – 51.04,", "Akmola region"),
]


@pytest.mark.parametrize(("language", "text", "region"), BARE_DECIMALS, ids=["kk", "ru", "en"])
def test_a_bare_decimal_after_a_region_in_a_turnout_bulletin_is_its_share(language: str, text: str,
                                                                          region: str) -> None:
    found = readings(language, text, "turnout")
    assert len(found) == 1 and next(iter(found))[1] == "turnout_pct" and region.split()[0][:5] in next(iter(found))[3]


def test_an_estimate_is_no_register_and_commissions_are_no_area() -> None:
    found = readings("en", "Turnout was 69.43 percent, with 8,299,501 voters out of an estimated 12 million people "
                     "on the voter lists.", "turnout")
    assert fields(found) == {("turnout_pct", 69.43), ("ballots_cast", 8_299_501)}
    found = readings("en", "According to the data of regional, Almaty and Shymkent election commissions, 11.6% of all "
                     "voters received ballot papers.", "turnout")
    assert found == {(None, "turnout_pct", 11.6, None)}


def test_english_party_names_keep_their_country_and_short_forms_find_it() -> None:
    found = readings("en", "The Tulpar Party of Kazakhstan received 6.8 percent or 432,920 votes. The Tulpar Party "
                           "will have five seats.")
    assert {name for name, *_ in found} == {"Tulpar Party of Kazakhstan"}, found
    one = readings("en", 'Democratic Party of Kazakhstan "SHUGYLA" – 7.46 %;')
    assert len({name for name, *_ in one}) == 1, one


MORE = [
    ("ru-preposition-and-a-noun-are-no-label", "ru",
     "За соперников действующего президента - коммуниста Бакирова Армана и самовыдвиженки Ильясовой Зарины - "
     "проголосовали 1,6% и 0,7% избирателей соответственно.", {("vote_share_pct", 1.6), ("vote_share_pct", 0.7)}),
    ("en-polling-stations-do-not-make-a-turnout-clause", "en",
     "According to the data from the polling stations, 0.7% of voters across the country voted for Arman Bakirov, "
     "97.7% for Timur Yerzhanov and 1.6% for Zarina Ilyasova.",
     {("vote_share_pct", 0.7), ("vote_share_pct", 97.7), ("vote_share_pct", 1.6)}),
    ("ru-surname-dash-figure", "ru", "Голоса распределились так: за Бакирова - 1,4 процента, Ильясова - 1,2 процента.",
     {("vote_share_pct", 1.4), ("vote_share_pct", 1.2)}),
    ("ru-a-takzhe-goes-on", "ru", "- партия «Шугыла» — 3 431 510 голосов, или 53,90%, а также 40 мандатов;",
     {("votes", 3_431_510), ("vote_share_pct", 53.9), ("seats", 40)}),
    ("ru-source-then-comma-then-subject", "ru",
     "По предварительным данным ЦИК, Ержанов набрал 6 456 392 голоса, или 81,31%.",
     {("votes", 6_456_392), ("vote_share_pct", 81.31)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [m[1:] for m in MORE], ids=[m[0] for m in MORE])
def test_more_results_read_by_meaning(language: str, text: str, expected: set[tuple]) -> None:
    found = readings(language, text)
    assert fields(found) == expected
    assert all(name for name, *_ in found), found
    assert len({name for name, *_ in found}) == len({v for f, v in expected if f != "votes" and f != "seats"}) or (
        len({name for name, *_ in found}) == 1), found


def test_a_referendum_answer_by_its_verb_and_a_count_that_goes_on_after_a_takzhe() -> None:
    binder = Binder("kk", "results", referendum=True)
    read = binder.bind("Нәтижесінде дауыс бергендердің 71,12% АЭС құрылысын жақтаған.")
    assert [(r.name, r.field, r.value) for r in read.readings] == [("«Иә»", "vote_share_pct", 71.12)]
    binder = Binder("ru", "results", referendum=True)
    found = []
    sentence = ("Число граждан, проголосовавших за положительное решение вопроса, составило 71,2 процента от "
                "принявших участие в голосовании, а это пять миллионов 12 тысяч 40 человек.")
    for clause in split_clauses(sentence):
        found += [(r.name, r.field, r.value) for r in binder.bind(clause, sentence=sentence).readings]
    assert {f for _, f, _ in found} == {"vote_share_pct", "votes"} and len({n for n, _, _ in found}) == 1, found
