"""Shapes the sixth unseen batch of press copies showed (every page and sentence invented for these tests): a
party's name with a translated gloss in brackets, ungrouped votes with the share in brackets under a seats title, a
threshold the share does not stand by, Kazakh bounds in the possessive, a page's timestamp beside the bulletin's
hour, a lead that restates a table's figure without its hour, a faction's make-up, a maslikhat named only in the
lead, another country's parliament, and an exit poll named as the source of the list below it."""

from __future__ import annotations

from functools import partial

import pytest

from sources.figures.regions import find_regions
from sources.records import Extraction
from tests.cec.releases import parse_page, release_page

page = partial(release_page, date="2023-03-27")
parse = partial(parse_page, release=96)


def results(e: Extraction) -> dict[str, tuple]:
    return {r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in e.results}


def of(e: Extraction, word: str) -> tuple:
    found = [v for name, v in results(e).items() if word.lower() in name.lower()]
    assert len(found) == 1, results(e)
    return found[0]


@pytest.mark.parametrize("sentence", [
    "Tulpar took 61.2% of the vote, the Shugyla (Bright Ray) Democratic Party - 12.4% (9 seats), and the Kemel "
    "(Maturity) People's Party - 8.1% (6 seats).",
    "The vote gave Tulpar 61.2%, while the Shugyla (Bright Ray) Democratic Party received 12.4% (9 seats) and "
    "the Kemel (Maturity) People's Party won 8.1% (6 seats).",
], ids=["dash-list", "verbs"])
def test_a_gloss_in_brackets_stays_inside_the_name_it_translates(sentence: str) -> None:
    e = parse(page("Final results", "The Central Election Commission announced the final results.", sentence,
                   lang="en"), "en")
    assert of(e, "Shugyla")[1:] == (12.4, 9)
    assert of(e, "Kemel")[1:] == (8.1, 6)
    assert not any(name in {"Democratic Party", "People's Party"} for name in results(e))


@pytest.mark.parametrize(("lang", "lead", "line"), [
    ("ru", "О распределении депутатских мандатов по итогам голосования по партийным спискам",
     "Партия «Тулпар» - 1204567 (54,20%)"),
    ("kk", "Депутаттық мандаттар мен дауыстар былайша бөлінді:", "«Тұлпар» партиясы – 1204567 (54,20%)"),
    ("en", "Deputy seats and votes were distributed as follows:", "The Tulpar Party - 1204567 (54.20%)"),
], ids=["ru", "kk", "en"])
def test_a_count_too_large_for_seats_after_a_seats_lead_is_votes(lang: str, lead: str, line: str) -> None:
    e = parse(page("Постановление" if lang == "ru" else "Resolution", lead, line, lang=lang), lang)
    votes, share, seats = of(e, "Т" if lang != "en" else "Tulpar")
    assert (votes, share, seats) == (1204567, 54.2, None)


@pytest.mark.parametrize(("lang", "text", "word", "share"), [
    ("en", "The Shugyla Party of Kazakhstan did not clear the voting threshold, collecting 3.1%.", "Shugyla", 3.1),
    ("ru", "Партия «Шугыла» не преодолела порог, набрав 3,1 % голосов.", "Шугыла", 3.1),
    ("kk", "«Шұғыла» партиясы межеден өте алмай, 3,1 пайыз дауыс жинады.", "Шұғыла", 3.1),
], ids=["en", "ru", "kk"])
def test_a_threshold_across_a_comma_does_not_take_the_share(lang: str, text: str, word: str, share: float) -> None:
    e = parse(page("Итоги", "Партия «Тулпар» набрала 60,4 %." if lang == "ru" else
                   ("«Тұлпар» партиясы 60,4 пайыз жинады." if lang == "kk" else "The Tulpar Party won 60.4%."),
                   text, lang=lang), lang)
    assert of(e, word)[1] == share


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Мандаты получили партии, преодолевшие 5-процентный барьер: «Тулпар» – 60,4 %, «Шугыла» – 12,1 %."),
    ("en", "The 5 percent threshold was passed by the Tulpar Party with 60.4% and the Shugyla Party with 12.1%."),
], ids=["ru", "en"])
def test_the_threshold_beside_its_own_share_is_still_no_result(lang: str, text: str) -> None:
    e = parse(page("Итоги" if lang == "ru" else "Results", text, lang=lang), lang)
    assert all(r.vote_share_pct != 5 for r in e.results)


@pytest.mark.parametrize(("lang", "text", "bound"), [
    ("kk", "Сайлаушылардың 60%-дан астамы дауыс берді, ал сағат 18.00-дегі жағдай бойынша 58,41 пайызы бюллетень алды.",
     60),
    ("kk", "Бұл тізімдегі азаматтардың 55%-дан астамын құрайды. Сағат 18.00-де 58,41 пайызы бюллетень алды.", 55),
    ("ru", "Проголосовали более 60 % избирателей: на 18.00 бюллетени получили 58,41 %.", 60),
    ("en", "More than 60 percent of voters took part: as of 18:00, 58.41 percent had received ballots.", 60),
], ids=["kk-possessive", "kk-accusative", "ru", "en"])
def test_a_bound_in_any_case_form_is_no_turnout(lang: str, text: str, bound: float) -> None:
    e = parse(page("Явка" if lang == "ru" else "Turnout", text, lang=lang, date="2022-11-20"), lang)
    assert {t.turnout_pct for t in e.turnout} == {58.41}


@pytest.mark.parametrize(("lang", "stamp", "lines", "hour"), [
    ("kk", "Aqparat.kz жаңалықтары, лента 20.11.2022 15:47", ["Абай облысы 51,20%", "Ақмола облысы 49,75%"],
     "Деректер сағат 14.00-дегі жағдай бойынша берілді."),
    ("ru", "Новости Казахстана, лента 20.11.2022 15:47",
     ["Акмолинская область – 49,75%", "Павлодарская область – 51,20%"],
     "Данные приведены по состоянию на 14.00."),
    ("en", "Kazinform news desk, politics 20.11.2022 15:47", ["Akmola region – 49.75%", "Pavlodar region – 51.20%"],
     "The figures are as of 14:00."),
], ids=["kk", "ru", "en"])
def test_a_pages_timestamp_is_not_the_hour_of_the_list(lang: str, stamp: str, lines: list[str], hour: str) -> None:
    e = parse(page("Turnout", stamp, "Сайлау жалғасуда." if lang == "kk" else "Voting goes on.", *lines, hour,
                   lang=lang, date="2022-11-20"), lang)
    hours = {t.as_of for t in e.turnout if t.region_name}
    assert hours == {"14:00"}, [(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout]


@pytest.mark.parametrize(("lang", "lead", "national", "line"), [
    ("ru", "Меньше всего голосуют в Алматы (12,41%).", "По состоянию на 12.00 бюллетени получили 30,5 % избирателей.",
     "- в Алматы – 12,41%;"),
    ("kk", "Ең төмен көрсеткіш Алматы қаласында (12,41%).",
     "Сағат 12.00-дегі жағдай бойынша сайлаушылардың 30,5 пайызы бюллетень алды.", "Алматы қаласы бойынша – 12,41%"),
    ("en", "Almaty city is the least active (12.41%).", "As of 12:00, 30.5 percent of voters had received ballots.",
     "Almaty city – 12.41%"),
], ids=["ru", "kk", "en"])
def test_a_lead_restating_a_tables_figure_takes_the_tables_hour(lang: str, lead: str, national: str,
                                                               line: str) -> None:
    opening = {"ru": ("Голосование продолжается.", "Участки открыты весь день."),
               "kk": ("Дауыс беру жалғасуда.", "Учаскелер кешкі сегізге дейін ашық."),
               "en": ("Voting goes on.", "Polling stations stay open until the evening.")}[lang]
    following = {"ru": "Следующая информация будет в 14.05.", "kk": "Келесі ақпарат сағат 14.05-те беріледі.",
                 "en": "Next update at 14:05."}[lang]
    e = parse(page("Явка" if lang == "ru" else "Turnout", *opening, lead, national, following, line, lang=lang,
                   date="2022-11-20"), lang)
    almaty = {t.as_of for t in e.turnout if t.turnout_pct == 12.41}
    assert almaty == {"12:00"}, [(t.region_name, t.as_of, t.turnout_pct) for t in e.turnout]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Новая фракция партии «Тулпар» на 40% состоит из женщин и молодежи."),
    ("en", "The new Tulpar Party faction is made up of 40% women and young people."),
    ("kk", "«Тұлпар» партиясы фракциясы құрамының 40 пайызы әйелдер мен жастар."),
], ids=["ru", "en", "kk"])
def test_a_factions_make_up_is_no_share_of_the_vote(lang: str, text: str) -> None:
    result = {"ru": "За партию «Тулпар» проголосовали 1 204 567 человек, или 54,2 %.",
              "en": "The Tulpar Party received 1,204,567 votes, or 54.2%.",
              "kk": "«Тұлпар» партиясына 1 204 567 адам, яғни 54,2 пайызы дауыс берді."}[lang]
    e = parse(page("Итоги" if lang == "ru" else "Final results", text, result, lang=lang), lang)
    assert {r.vote_share_pct for r in e.results} == {54.2}


@pytest.mark.parametrize(("lang", "title", "lead", "lines"), [
    ("kk", "Сайлау қорытындылары туралы",
     "Ақмола облыстық мәслихатының депутаттарын сайлау қорытындылары туралы хабары",
     ["«Тұлпар» партиясы – 120 345", "«Шұғыла» партиясы – 40 112"]),
    ("ru", "Об итогах выборов", "Сообщение об итогах выборов депутатов Акмолинского областного маслихата",
     ["Партия «Тулпар» – 120 345", "Партия «Шугыла» – 40 112"]),
    ("en", "Election results", "Results of the election of the Akmola regional maslikhat",
     ["Tulpar Party – 120,345", "Shugyla Party – 40,112"]),
], ids=["kk", "ru", "en"])
def test_a_maslikhat_named_in_the_lead_owns_the_figures_below(lang: str, title: str, lead: str,
                                                             lines: list[str]) -> None:
    e = parse(page(title, lead, *lines, lang=lang), lang)
    assert e.results == [] and e.election is None
    assert any("another body" in u.reason for u in e.unread)


def test_a_press_conference_is_no_maslikhat() -> None:
    e = parse(page("ОСК: сайлаушылардың жартысынан астамы келді",
                   "Бұл туралы ОСК мүшесі баспасөз мәслихатында мәлімдеді.",
                   "Сағат 18.00-дегі жағдай бойынша азаматтардың келуі мынаны құрады:",
                   "Абай облысы бойынша – 56,14%", "Ақмола облысы бойынша – 59,49%", lang="kk", date="2023-03-19"),
              "kk")
    assert e.election is not None and {t.turnout_pct for t in e.turnout if t.region_name} == {56.14, 59.49}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "ЦИК объявил итоги выборов депутатов в Жогорку Кенеш. Партия «Ордо» набрала 230 тыс. 114 голосов, или "
           "24,4 %, партия «Булак» – 12,1 %."),
    ("en", "The commission announced the results of the State Duma elections: the Ordo Party received 24.4% and "
           "the Bulak Party 12.1%."),
    ("kk", "Жоғорку Кеңеш сайлауының қорытындысы: «Ордо» партиясы 24,4 пайыз, «Булак» партиясы 12,1 пайыз жинады."),
], ids=["ru", "en", "kk"])
def test_another_countrys_parliament_is_no_calendar_vote(lang: str, text: str) -> None:
    e = parse(page("Итоги парламентских выборов" if lang != "en" else "Parliamentary election results", text,
                   lang=lang, date="2021-04-12"), lang)
    assert e.election is None and e.results == []


def test_a_kazakh_release_naming_a_foreign_body_in_passing_keeps_its_figures() -> None:
    e = parse(page("Итоги выборов", "Наблюдатели от Госдумы России присутствовали на участках.",
                   "По данным ЦИК РК, за партию «Тулпар» проголосовали 54,2 %, за партию «Шугыла» – 12,1 %.",
                   date="2023-03-20"))
    assert {r.vote_share_pct for r in e.results} == {54.2, 12.1}


@pytest.mark.parametrize(("lang", "source", "lines", "commission", "official"), [
    ("kk", "Экзит-пол қорытындысы бойынша Мәжіліске үш партия өтті.",
     ["«Тұлпар» партиясы (51,2%).", "«Шұғыла» партиясы (11,6%)."],
     "ОСК деректері бойынша «Тұлпар» партиясы 50,8 пайыз жинады.", 50.8),
    ("ru", "По данным экзит-пола, в мажилис проходят три партии.",
     ["Партия «Тулпар» (51,2%).", "Партия «Шугыла» (11,6%)."],
     "По данным ЦИК, за партию «Тулпар» проголосовали 50,8 %.", 50.8),
    ("en", "According to the exit poll, three parties enter parliament.",
     ["The Tulpar Party (51.2%).", "The Shugyla Party (11.6%)."],
     "The Central Election Commission said the Tulpar Party received 50.8%.", 50.8),
], ids=["kk", "ru", "en"])
def test_an_exit_poll_named_as_the_source_owns_the_list_below_it(lang: str, source: str, lines: list[str],
                                                                commission: str, official: float) -> None:
    e = parse(page("Сайлау" if lang != "en" else "Election", source, *lines, lang=lang, date="2023-03-20"), lang)
    assert e.results == []
    e = parse(page("Сайлау" if lang != "en" else "Election", source, *lines, commission, lang=lang,
                   date="2023-03-20"), lang)
    assert {r.vote_share_pct for r in e.results} == {official}


def test_a_press_spelling_of_mangystau_is_the_region() -> None:
    assert [r.code for r in find_regions("в Мангыстауской - 16,8%, в Павлодарской - 20,3%")] == ["KZ-47", "KZ-55"]


@pytest.mark.parametrize(("lang", "schedule", "lines", "hour"), [
    ("ru", "Участки открыты до 20.00 по местному времени.", ["Акмолинская область – 50,10%",
                                                          "Павлодарская область – 47,35%"],
     "Данные приведены по состоянию на 14.00."),
    ("ru", "Голосование проводится с 07.00 до 20.00.",
     ["Акмолинская область – 50,10%", "Павлодарская область – 47,35%"],
     "Данные приведены по состоянию на 14.00."),
    ("kk", "Учаскелер сағат 07.00-ден 20.00-ге дейін жұмыс істейді.", ["Абай облысы 50,10%", "Ақмола облысы 47,35%"],
     "Деректер сағат 14.00-дегі жағдай бойынша берілді."),
    ("en", "Polling stations are open until 20:00 local time.", ["Akmola region – 50.10%", "Pavlodar region – 47.35%"],
     "The figures are as of 14:00."),
], ids=["ru-until", "ru-range", "kk-range", "en-until"])
def test_the_hours_polls_are_open_are_not_the_hour_of_the_figures(lang: str, schedule: str, lines: list[str],
                                                                  hour: str) -> None:
    e = parse(page("Явка" if lang == "ru" else "Turnout", schedule, *lines, hour, lang=lang, date="2022-11-20"), lang)
    assert {t.as_of for t in e.turnout if t.region_name} == {"14:00"}, [
        (t.region_name, t.as_of, t.turnout_pct) for t in e.turnout]


@pytest.mark.parametrize(("lang", "place", "figure", "code"), [
    ("ru", "Самая низкая активность, как обычно, в Алматы.", "В мегаполисе проголосовали лишь 15,4 % избирателей.",
     "KZ-75"),
    ("kk", "Ең белсенді Қызылорда облысының тұрғындары.", "Өңір халқының 70,2 пайызы дауыс берген.", "KZ-43"),
    ("kk", "Ал белсенділігі ең төмен шымкенттіктер екен.", "Қала жұртының 25,3 пайызы ғана өз таңдауын жасады.",
     "KZ-79"),
    ("en", "The lowest turnout was again in Almaty city.", "Only 15.4 percent of the megapolis voted.", "KZ-75"),
], ids=["ru-megapolis", "kk-region", "kk-demonym", "en-megapolis"])
def test_the_region_a_sentence_names_is_the_next_sentences_by_anaphor(lang: str, place: str, figure: str,
                                                                      code: str) -> None:
    national = {"ru": "На 14.00 бюллетени получили 46,8 % избирателей.",
                "kk": "Сағат 14.00-дегі жағдай бойынша сайлаушылардың 46,8 пайызы бюллетень алды.",
                "en": "As of 14:00, 46.8 percent of voters had received ballots."}[lang]
    e = parse(page("Явка" if lang == "ru" else "Turnout", national, f"{place} {figure}", lang=lang,
                   date="2023-03-19"), lang)
    regional = [t for t in e.turnout if t.region_name]
    assert len(regional) == 1 and find_regions(regional[0].region_name)[0].code == code, [
        (t.region_name, t.turnout_pct) for t in e.turnout]
    assert {t.turnout_pct for t in e.turnout if not t.region_name} == {46.8}


def test_without_an_anaphor_the_figure_after_a_place_stays_unread() -> None:
    e = parse(page("Явка", "На 14.00 бюллетени получили 46,8 % избирателей.",
                   "Самая низкая активность в Алматы. Всего же проголосовали 45,1 % избирателей.", date="2023-03-19"))
    assert 45.1 not in {t.turnout_pct for t in e.turnout}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "По состоянию на 19.03.2023 14:00 бюллетени получили 46,8 % избирателей."),
    ("kk", "19.03.2023 сағат 14:00-дегі жағдай бойынша сайлаушылардың 46,8 пайызы бюллетень алды."),
    ("en", "As of 19.03.2023 14:00, 46.8 percent of voters had received ballots."),
], ids=["ru", "kk", "en"])
def test_a_date_and_hour_opened_by_as_of_words_is_the_hour(lang: str, text: str) -> None:
    opening = (("Дауыс беру жалғасуда.", "Учаскелер ашық.") if lang == "kk"
               else ("Voting goes on.", "Stations are open."))
    e = parse(page("Явка" if lang == "ru" else "Turnout", *opening, text, lang=lang, date="2023-03-19"), lang)
    assert {(t.as_of, t.turnout_pct) for t in e.turnout} == {("14:00", 46.8)}
