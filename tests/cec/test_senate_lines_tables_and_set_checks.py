"""Shapes the second corpus and the first looks at fresh batches showed (every page and sentence invented for these
tests): a Senate vote whose figures the binder already recorded unread, a party table printed as lines whose labels
hold common words ("Жасыл", green), a count and its base the words give one field (the turnout share tells which
is which), a region's count as large as the nation's, a contestant's votes above the ballots cast (left for the
gate)."""

from __future__ import annotations

from functools import partial

import pytest

from sources.records import Extraction
from tests.cec.releases import parse_page, release_page

page = release_page
parse = partial(parse_page, release=97)


def national(e: Extraction) -> list[tuple]:
    return [(t.registered_voters, t.ballots_cast, t.turnout_pct) for t in e.turnout if t.region_name is None]


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [
    ("ru", "Итоги выборов в Сенат",
     ["Выборы депутатов Сената прошли 14 января 2023 года на совместных заседаниях депутатов маслихатов.",
      "Из 2 918 выборщиков, включенных в списки, в голосовании приняли участие 2 890, или 99,04 процента.",
      "В Жамбылской области кандидат Сериков Алмас получил 107 голосов выборщиков, или 61,5 процента."]),
    ("kk", "Сенат депутаттарын сайлау қорытындылары",
     ["Сенат депутаттарын сайлау 2023 жылғы 14 қаңтарда мәслихат депутаттарының бірлескен отырыстарында өтті.",
      "Тізімге енгізілген 2 918 таңдаушының 2 890-ы, яғни 99,04 пайызы дауыс беруге қатысты.",
      "Жамбыл облысында кандидат Алмас Серіков таңдаушылардың 107 дауысын, яғни 61,5 пайызын алды."]),
    ("en", "Senate election results",
     ["Elections of deputies of the Senate took place on 14 January 2023 at joint sessions of maslikhat deputies.",
      "Of 2,918 electors on the lists, 2,890 took part in the vote, or 99.04 percent.",
      "In Zhambyl Region, candidate Almas Serikov received 107 votes of electors, or 61.5 percent."]),
], ids=["ru", "kk", "en"])
def test_a_senate_vote_loads_nothing_and_keeps_every_figure_unread(lang: str, title: str,
                                                                 paragraphs: list[str]) -> None:
    e = parse(page(title, *paragraphs, lang=lang, date="2023-01-15"), lang)
    assert e.results == [] and e.turnout == [] and e.election is None
    recorded = {u.figure.replace("\u00a0", " ").replace(",", " ") for u in e.unread if u.figure}
    assert {"2 918", "2 890", "107"} <= recorded  # the electors, their attendance, the winner's votes


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ["ПАРТИЯ ГОЛОСОВ ПРОЦЕНТОВ", "1. Береке 5 236 900 69,92", "2. Жасыл Ел 899 150 12,01",
            "3. Ак Тан 687 020 9,17"]),
    ("kk", ["ПАРТИЯ ДАУЫС САНЫ ПАЙЫЗ", "1. Береке 5 236 900 69,92", "2. Жасыл Ел 899 150 12,01",
            "3. Ақ Таң 687 020 9,17"]),
    ("en", ["PARTY VOTES PERCENT", "1. Bereke 5,236,900 69.92", "2. Zhasyl El 899,150 12.01",
            "3. Aq Tan 687,020 9.17"]),
], ids=["ru", "kk", "en"])
def test_a_label_under_a_party_header_is_the_partys_own_name_whole(lang: str, lines: list[str]) -> None:
    lead = {"ru": "ЦИК огласила предварительные итоги выборов депутатов Мажилиса.",
            "kk": "ОСК Мәжіліс депутаттарын сайлаудың алдын ала қорытындысын жариялады.",
            "en": "The CEC announced the preliminary results of the Mazhilis election."}[lang]
    title = "Preliminary results" if lang == "en" else "Итоги"
    e = parse(page(title, lead, *lines, lang=lang, date="2021-01-11"), lang)
    got = {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results}
    # quoted: "жасыл" (green) is no common word before a name here, and named as the language's prose names a
    # party (the spelling its other pages give); English labels stay as written
    green = {"en": "Zhasyl El", "ru": "Партия «Жасыл Ел»", "kk": "«Жасыл Ел» партиясы"}[lang]
    assert got[green] == (899150, 12.01)
    assert len(got) == 3


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Of 12,305,400 citizens entitled to take part, 8,671,002 voted, a turnout of 70.47 percent."),
    ("en", "8,671,002 of the 12,305,400 voters took part, or 70.47 percent."),
    ("en", "A total of 12,305,400 took part out of 8,671,002 voters on the lists, which is 70.47 percent."),
    ("ru", "Из 12 305 400 граждан, имеющих право принять участие в голосовании, проголосовали 8 671 002, явка "
           "составила 70,47 процента."),
    ("ru", "Проголосовали 8 671 002 из 12 305 400 избирателей, явка составила 70,47 процента."),
    ("kk", "Тізімге енгізілген 12 305 400 сайлаушының 8 671 002-сі, яғни 70,47 пайызы дауыс берді."),
], ids=["en-entitled", "en-of-the", "en-words-reversed", "ru-entitled", "ru-iz", "kk-genitive"])
def test_the_turnout_share_tells_the_base_from_the_part(lang: str, sentence: str) -> None:
    lead = {"ru": "ЦИК подвела итоги голосования на выборах Президента.",
            "kk": "ОСК Президент сайлауының қорытындысын шығарды.",
            "en": "The CEC summed up the vote in the presidential election."}[lang]
    e = parse(page("Turnout" if lang == "en" else "Явка", lead, sentence, lang=lang), lang)
    assert national(e) == [(12305400, 8671002, 70.47)]


def test_the_right_to_take_part_is_the_register_even_without_a_share() -> None:
    e = parse(page("Turnout", "The CEC summed up the vote in the presidential election.",
                   "Of 12,305,400 citizens entitled to take part, 8,671,002 voted.", lang="en"), "en")
    registered = {t.registered_voters for t in e.turnout}
    cast = {t.ballots_cast for t in e.turnout}
    assert 12305400 in registered and 12305400 not in cast  # never the ballots cast


@pytest.mark.parametrize(("lang", "paragraphs", "unread"), [
    ("ru", ["Всего в списки избирателей включены 12 018 400 граждан.",
            "В городе Алматы в списки включены 9 547 864 избирателя.",
            "В Шымкенте в списки включены 702 310 избирателей."], "9 547 864"),
    ("en", ["In total, 12,018,400 voters are on the lists.", "In Almaty city, 9,547,864 voters are on the lists.",
            "In Shymkent, 702,310 voters are on the lists."], "9,547,864"),
], ids=["ru", "en"])
def test_a_regional_count_half_the_nations_is_recorded_not_loaded(lang: str, paragraphs: list[str],
                                                                   unread: str) -> None:
    lead = "ЦИК подвела итоги выборов Президента." if lang == "ru" else "The CEC summed up the presidential election."
    e = parse(page("Итоги" if lang == "ru" else "Turnout", lead, *paragraphs, lang=lang), lang)
    regional = {t.registered_voters for t in e.turnout if t.region_name is not None}
    assert regional == {702310}
    assert any(u.figure == unread and "half the national" in u.reason for u in e.unread)


def test_votes_above_the_ballots_cast_are_left_for_the_gate_to_refuse() -> None:
    # no other reading fits: an impossible set as written, refused whole by the load (tests/integrity), not trimmed
    e = parse(page("Итоги", "ЦИК подвела итоги выборов Президента.",
                   "В голосовании приняли участие 8 671 002 избирателя.",
                   "Кандидат Ержанов набрал 9 002 118 голосов, кандидат Оспанова – 301 442 голоса."))
    assert sorted(r.votes for r in e.results if r.votes) == [301442, 9002118]
    assert not any("above the" in u.reason for u in e.unread)


@pytest.mark.parametrize(("lang", "paragraphs", "stray"), [
    ("ru", ["Партия «Нур» получила 60,1 % голосов, партия «Ак» – 24,9 %, партия «Кок» – 15,0 %.",
            "Партия «Дала», снявшая список, ранее рассчитывала на 12,4 %."], "12,4 %"),
    ("kk", ["«Нұр» партиясы 60,1 пайыз дауыс жинады, «Ақ» партиясы – 24,9 пайыз, «Көк» партиясы – 15,0 пайыз.",
            "Тізімін қайтарып алған «Дала» партиясы бұған дейін 12,4 пайызға үміттенген."], "12,4 пайызға"),
    ("en", ["The Nur party received 60.1 percent, the Ak party 24.9 percent and the Kok party 15.0 percent.",
            "Sociologists had given the Dala party 12.4 percent."], "12.4 percent"),
], ids=["ru", "kk", "en"])
def test_a_share_that_takes_the_set_over_100_is_recorded_not_loaded(lang: str, paragraphs: list[str],
                                                                    stray: str) -> None:
    lead = {"ru": "ЦИК утвердила окончательные итоги выборов депутатов Мажилиса.",
            "kk": "ОСК Мәжіліс депутаттарын сайлаудың түпкілікті қорытындысын бекітті.",
            "en": "The CEC approved the final results of the Mazhilis election."}[lang]
    e = parse(page("Final results" if lang == "en" else "Итоги", lead, *paragraphs, lang=lang, date="2023-03-28"),
              lang)
    shares = sorted(r.vote_share_pct for r in e.results if r.vote_share_pct is not None)
    assert shares == [15.0, 24.9, 60.1]
    assert any(u.figure == stray and "overshoots" in u.reason for u in e.unread)


def test_votes_that_take_the_set_over_the_ballots_cast_are_recorded_not_loaded() -> None:
    e = parse(page("Окончательные итоги", "ЦИК утвердила окончательные итоги выборов Президента.",
                   "В голосовании приняли участие 8 000 000 избирателей.",
                   "Кандидат Ержанов набрал 6 900 000 голосов, кандидат Оспанова – 700 000 голосов, кандидат Бакиров "
                   "– 300 000 голосов.",
                   "Кандидат Ильясова, по данным её штаба, получила 900 000 голосов."))
    assert sorted(r.votes for r in e.results if r.votes) == [300000, 700000, 6900000]
    assert any(u.figure == "900 000" and "overshoots" in u.reason for u in e.unread)


@pytest.mark.parametrize(("lang", "paragraphs", "stray"), [
    ("ru", ["По состоянию на 10:00 проголосовали 15,2 % избирателей, на 12:00 – 31,4 %.",
            "В Астане на 10:00 явка составила 12,1 %.", "В Астане в середине дня проголосовали 9,8 % избирателей."],
     "9,8 %"),
    ("kk", ["Сағат 10:00-де сайлаушылардың 15,2 пайызы, сағат 12:00-де 31,4 пайызы дауыс берді.",
            "Астана қаласында сағат 10:00-де 12,1 пайыз дауыс берді.",
            "Астана қаласында түске таман 9,8 пайыз дауыс берді."], "9,8 пайыз"),
    ("en", ["By 10:00, 15.2 percent of voters had cast their ballots, and by 12:00, 31.4 percent.",
            "In Astana, turnout at 10:00 was 12.1 percent.", "In Astana, by noon 9.8 percent had voted."],
     "9.8 percent"),
], ids=["ru-no-hour", "kk-carried-hour", "en-spoken-hour"])
def test_each_hour_of_a_sentence_and_a_turnout_that_never_falls(lang: str, paragraphs: list[str], stray: str) -> None:
    lead = {"ru": "ЦИК сообщает о явке на выборах Президента.",
            "kk": "ОСК Президент сайлауындағы сайлаушылардың белсенділігі туралы хабарлайды.",
            "en": "The CEC reports the turnout in the presidential election."}[lang]
    e = parse(page("Turnout" if lang == "en" else "Явка", lead, *paragraphs, lang=lang), lang)
    national_by_hour = {t.as_of: t.turnout_pct for t in e.turnout if t.region_name is None}
    assert national_by_hour == {"10:00": 15.2, "12:00": 31.4}  # two hours in one sentence, each its own figure
    astana = {(t.as_of, t.turnout_pct) for t in e.turnout if t.region_name is not None}
    assert astana == {("10:00", 12.1)}
    assert any(u.figure == stray for u in e.unread)


@pytest.mark.parametrize("sentence", [
    "Явка на выборах к 14:00 (11:00 мск) составила 51,2 процента.",
    "As of 20:00 (17:00 MSK), turnout stood at 77.1 percent.",
], ids=["ru", "en"])
def test_a_bracketed_clock_of_another_zone_is_not_the_figures_hour(sentence: str) -> None:
    lang = "en" if sentence.startswith("As") else "ru"
    e = parse(page("Turnout", sentence, lang=lang), lang)
    assert {t.as_of for t in e.turnout if t.turnout_pct} == {"14:00" if lang == "ru" else "20:00"}


def undated(title: str, *paragraphs: str, lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<html lang="{lang}"><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>'.encode()


@pytest.mark.parametrize(("lang", "title", "paragraphs", "stray"), [
    ("en", "The presidential election of 4 December 2005",
     ["The presidential election was held on 4 December 2005. Nazarbayev won 91.2 percent of the vote.",
      "Presidential elections were held again on 3 April 2011. Nazarbayev was re-elected. He won 95.5 percent of "
      "the vote."], "95.5 percent"),
    ("ru", "Выборы Президента 4 декабря 2005 года",
     ["Выборы Президента состоялись 4 декабря 2005 года. Назарбаев получил 91,2 % голосов.",
      "Следующие выборы прошли 3 апреля 2011 года. Назарбаев был переизбран. Он получил 95,5 % голосов."], "95,5 %"),
    ("kk", "2005 жылғы 4 желтоқсандағы Президент сайлауы",
     ["Президент сайлауы 2005 жылғы 4 желтоқсанда өтті. Назарбаев 91,2 пайыз дауыс алды.",
      "Келесі сайлау 2011 жылғы 3 сәуірде өтті. Назарбаев қайта сайланды. Ол 95,5 пайыз дауыс алды."], "95,5 пайыз"),
], ids=["en", "ru", "kk"])
def test_an_undated_page_keeps_another_years_vote_to_its_paragraph(lang: str, title: str, paragraphs: list[str],
                                                                    stray: str) -> None:
    e = parse(undated(title, *paragraphs, lang=lang), lang)
    assert {r.vote_share_pct for r in e.results} == {91.2}
    assert any(u.figure == stray and "another vote" in u.reason for u in e.unread)


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [
    ("ru", "Опросы показали около 60% за Ержанова",
     ["Кандидат Ержанов получил 61,2 % голосов, сообщил директор социологического института.",
      "На втором месте Оспанова – 14,3 %.", "К 20:00 в выборах приняли участие 69,4 % избирателей."]),
    ("en", "Exit polls show Yerzhanov ahead",
     ["Yerzhanov received 61.2 percent, the head of a polling institute said.",
      "Ospanova was second with 14.3 percent.", "By 20:00, turnout in the election was 69.4 percent."]),
    ("kk", "Сауалнама нәтижесі: Ержанов алда",
     ["Ержанов 61,2 пайыз дауыс алды, деді зерттеу институтының басшысы.", "Екінші орында Оспанова – 14,3 пайыз.",
      "Сағат 20:00-ге дейін сайлауға сайлаушылардың 69,4 пайызы қатысты."]),
], ids=["ru", "en", "kk"])
def test_a_title_naming_a_poll_makes_every_share_the_polls_but_not_the_turnout(lang: str, title: str,
                                                                             paragraphs: list[str]) -> None:
    e = parse(page(title, *paragraphs, lang=lang), lang)
    assert e.results == []
    assert {t.turnout_pct for t in e.turnout} == {69.4}


@pytest.mark.parametrize(("lang", "lines", "yes", "no"), [
    ("en", ["Choice Votes %", "For 7,212,773 90.0", "Against 800,839 10.0"], "Yes", "No"),
    ("ru", ["Ответ Голосов Процентов", "За 7 212 773 90,0", "Против 800 839 10,0"], "«Да»", "«Нет»"),
    ("kk", ["Жауап Дауыс саны Пайыз", "Иә 7 212 773 90,0", "Жоқ 800 839 10,0"], "«Иә»", "«Жоқ»"),
], ids=["en", "ru", "kk"])
def test_a_referendum_tables_answer_labels(lang: str, lines: list[str], yes: str, no: str) -> None:
    lead = {"en": "The results of the republican referendum are final.",
            "ru": "ЦИК подвела итоги республиканского референдума.",
            "kk": "ОСК республикалық референдумның қорытындысын шығарды."}[lang]
    e = parse(page("Referendum" if lang == "en" else "Референдум", lead, *lines, lang=lang, date="2022-06-07"), lang)
    got = {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results if r.votes}
    assert got == {yes: (7212773, 90.0), no: (800839, 10.0)}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The new constitution was approved by 90.0% of voters, with turnout reported to be 90.6%."),
    ("ru", "Ответ «Да» выбрали 90,0 % участников голосования, при этом явка составила 90,6 %."),
], ids=["en", "ru"])
def test_an_indicator_after_an_answers_share_takes_the_next_share(lang: str, sentence: str) -> None:
    e = parse(page("Referendum", sentence, lang=lang, date="1995-09-01"), lang)
    assert {t.turnout_pct for t in e.turnout} == {90.6}
    assert {r.vote_share_pct for r in e.results} == {90.0}


@pytest.mark.parametrize(("lang", "sentence", "name"), [
    ("ru", "Третье место – Нурлан Серіков от общественного объединения «Союз пасечников» (2,6%).", "Серіков"),
    ("en", "Third came Nurlan Serikov, nominated by the «Beekeepers' Union» (2.6%).", "Serikov"),
], ids=["ru", "en"])
def test_the_body_that_nominated_a_person_is_no_contestant(lang: str, sentence: str, name: str) -> None:
    lead = {"ru": "ЦИК огласила предварительные итоги выборов Президента. Кандидат Ержанов набрал 81,3 %.",
            "en": "The CEC announced the preliminary results. Yerzhanov won 81.3 percent."}[lang]
    e = parse(page("Итоги" if lang == "ru" else "Results", lead, sentence, lang=lang), lang)
    shares = {r.contestant_name: r.vote_share_pct for r in e.results}
    assert not any("Союз" in n or "Union" in n for n in shares)
    assert any(name in n and v == 2.6 for n, v in shares.items()), shares


def test_a_calque_of_turnout_is_the_turnout() -> None:
    e = parse(page("Итоги", "ЦИК утвердила итоги выборов Президента.", "Коэффициент участия составил 69,44 процента."))
    assert {t.turnout_pct for t in e.turnout} == {69.44}


@pytest.mark.parametrize("lines", [
    ["Ortalyq saılau komıssııasy 16:00-tegı jaǧdai boiynşa azamattardyŋ 62,34%-y saılauǧa qatysqanyn habarlady.",
     "Aimaqtar boiynşa:", "Aqtöbe oblysy boiynşa – 68,81%;", "Maŋǧystau oblysy boiynşa – 59,61%;",
     "Şymkent qalasy boiynşa – 56,28%."],
], ids=["kk-latin-2021"])
def test_kazakh_in_the_2021_latin_alphabet_reads_its_regions(lines: list[str]) -> None:
    e = parse(page("Saılau", *lines, lang="kk", date="2022-11-20"), "kk")
    assert e.doc_kind == "turnout"
    got = {t.region_name: (t.as_of, t.turnout_pct) for t in e.turnout}
    assert got[None] == ("16:00", 62.34)
    assert sorted(v for k, (_h, v) in got.items() if k) == [56.28, 59.61, 68.81]


def test_an_infobox_glued_without_its_cell_borders_is_parted_again() -> None:
    e = parse(page("Referendum of 29 April 1995", "A referendum was held in Kazakhstan on 29 April 1995.",
                   "Yes7,932,83496.21%", "No312,1563.79%", "Invalid or blank votes64,6470.78%",
                   "Registered voters/turnout9,110,15691.21%", lang="en", date="1995-05-01"), "en")
    assert {r.contestant_name: (r.votes, r.vote_share_pct) for r in e.results} == {
        "Yes": (7932834, 96.21), "No": (312156, 3.79)}
    turnout = [t for t in e.turnout if t.registered_voters]
    assert [(t.registered_voters, t.turnout_pct, t.ballots_cast) for t in turnout] == [(9110156, 91.21, None)]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Registered voters/turnout 9,110,156 91.21%"),
    ("ru", "Включено в списки/явка 9 110 156 91,21 %"),
], ids=["en", "ru"])
def test_a_slashed_label_gives_its_count_to_the_first_indicator(lang: str, line: str) -> None:
    lead = "A referendum was held on 29 April 1995." if lang == "en" else "Референдум прошел 29 апреля 1995 года."
    e = parse(page("Referendum", lead, "Yes 7,932,834 96.21%" if lang == "en" else "За 7 932 834 96,21 %", line,
                   lang=lang, date="1995-05-01"), lang)
    assert 9110156 in {t.registered_voters for t in e.turnout}
    assert 9110156 not in {t.ballots_cast for t in e.turnout}
