"""The binder on sentences written for these tests in the shapes of the phrasebook and of the CEC's press
copies (names and numbers invented): each figure must reach its subject, and only its subject."""

from __future__ import annotations

import pytest

from sources.figures.binder import Binder
from sources.figures.text_layer import split_clauses, split_sentences
from tests.figures.binding import bind

RESULTS = [
    ("ru-lead-in-and-several-per-sentence", "ru",
     "Голоса распределились следующим образом: за Оспанову Меруерт проголосовали 301 442 человека, или 3,71 "
     "процента, за Жумабекова Арсена – 87 120 избирателей (1,07 %).",
     {("Оспанову Меруерт", "votes", 301_442), ("Оспанову Меруерт", "vote_share_pct", 3.71),
      ("Жумабекова Арсена", "votes", 87_120), ("Жумабекова Арсена", "vote_share_pct", 1.07)}),
    ("ru-surname-initials-verb", "ru", "Кандидат Ержанов Т. К. набрал 2 004 518 голосов (27,4 %).",
     {("Ержанов Т. К.", "votes", 2_004_518), ("Ержанов Т. К.", "vote_share_pct", 27.4)}),
    ("ru-party-share-then-count", "ru", "Партия «Шугыла» получила 14,8 % голосов избирателей (902 117).",
     {("Партия «Шугыла»", "vote_share_pct", 14.8), ("Партия «Шугыла»", "votes", 902_117)}),
    ("ru-count-in-words", "ru", "Партия «Шугыла» – 6 миллионов 12 тысяч 40 голосов, или 61,2 %.",
     {("Партия «Шугыла»", "votes", 6_012_040), ("Партия «Шугыла»", "vote_share_pct", 61.2)}),
    ("ru-against-all", "ru", "Графу «Против всех» отметили 215 330 избирателей (3,1 %).",
     {("Против всех", "votes", 215_330), ("Против всех", "vote_share_pct", 3.1)}),
    ("ru-share-of-participants-is-a-result", "ru",
     "За Ержанова Тимура проголосовали 64,02 процента принявших участие в голосовании.",
     {("Ержанова Тимура", "vote_share_pct", 64.02)}),
    ("ru-figure-before-subject", "ru",
     "Свои голоса 1,9 процента избирателей отдали Бакирову, 3,3 процента – Ильясовой.",
     {("Бакирову", "vote_share_pct", 1.9), ("Ильясовой", "vote_share_pct", 3.3)}),
    ("ru-bullet-colon", "ru", "• Ильясова Зарина: 3,3 %;", {("Ильясова Зарина", "vote_share_pct", 3.3)}),
    ("ru-seats-in-prose", "ru", "По итогам выборов партия «Шугыла» получила 52 мандата.",
     {("Партия «Шугыла»", "seats", 52)}),
    ("ru-seats-list", "ru", "Партия «Тулпар» – 9 мандатов;", {("Партия «Тулпар»", "seats", 9)}),
    ("kk-party-dative", "kk",
     "«Шұғыла» партиясына 902 117 адам, яғни дауыс беруге қатысқандардың 14,8 пайызы дауыс берді.",
     {("«Шұғыла» партиясы", "votes", 902_117), ("«Шұғыла» партиясы", "vote_share_pct", 14.8)}),
    ("kk-against-all", "kk", "«Бәріне қарсымын» деп 215 330 адам дауыс берді, бұл 3,1 пайыз.",
     {("Бәріне қарсымын", "votes", 215_330), ("Бәріне қарсымын", "vote_share_pct", 3.1)}),
    ("kk-share-with-case-ending", "kk", "Ержанов Тимур Қайратұлы – 64,02%-ы.",
     {("Ержанов Тимур Қайратұлы", "vote_share_pct", 64.02)}),
    ("en-received-or-per-cent", "en", "Timur Yerzhanov received 5,233,401 votes, or 64.02 per cent.",
     {("Timur Yerzhanov", "votes", 5_233_401), ("Timur Yerzhanov", "vote_share_pct", 64.02)}),
    ("en-percent-for-party", "en", "The count gave 14.8 percent for the Shugyla party.",
     {("Shugyla Party", "vote_share_pct", 14.8)}),
    ("en-won-of-the-vote", "en", "Zarina Ilyasova won 3.30% of the vote.",
     {("Zarina Ilyasova", "vote_share_pct", 3.3)}),
    ("en-figures-first", "en", "1.9 percent voted for Arman Bakirov and 3.3 percent for Zarina Ilyasova.",
     {("Arman Bakirov", "vote_share_pct", 1.9), ("Zarina Ilyasova", "vote_share_pct", 3.3)}),
    ("en-nominator-is-no-person", "en",
     "Arman Bakirov of the United Farmers Movement garnered 1.9 per cent of ballots cast.",
     {("Arman Bakirov", "vote_share_pct", 1.9)}),
    ("en-roles-before-names", "en",
     "The farmers' union leader Arman Bakirov scored 1.9 percent, lawyer Zarina Ilyasova – 3.3 percent.",
     {("Arman Bakirov", "vote_share_pct", 1.9), ("Zarina Ilyasova", "vote_share_pct", 3.3)}),
    ("en-party-before-its-candidate", "en",
     "1.2 percent voted for the nominee of the Green Steppe Party Meruert Ospanova, and 0.9 percent for the "
     "teacher Arsen Zhumabekov.",
     {("Meruert Ospanova", "vote_share_pct", 1.2), ("Arsen Zhumabekov", "vote_share_pct", 0.9)}),
    ("ru-nominating-party-in-brackets", "ru", "- Арман Бакиров («Жасыл Дала») — 1,9% (154 330);",
     {("Арман Бакиров", "vote_share_pct", 1.9), ("Арман Бакиров", "votes", 154_330)}),
    ("ru-region-sentence", "ru", "по Жамбылской области за Ержанова – 71,6 %",
     {("Ержанова", "vote_share_pct", 71.6, "Жамбылской области")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in RESULTS], ids=[c[0] for c in RESULTS])
def test_result_figures_reach_their_contestant(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text)
    wanted = {(*e, None) if len(e) == 3 else e for e in expected}
    assert found == wanted


def test_a_pronoun_stands_for_the_contestant_named_before() -> None:
    found, _ = bind("ru", "Он набрал 64,02 %.", before="Кандидат Ержанов Тимур Кайратович выступил в Таразе.")
    assert found == {("Ержанов Тимур Кайратович", "vote_share_pct", 64.02, None)}


def test_referendum_answers_in_one_sentence() -> None:
    text = ("За положительное решение вопроса проголосовали 4 871 220 участников референдума, или 68,3 %; "
            "против – 2 101 554 (29,5 %).")
    found, _ = bind("ru", text, referendum=True)
    assert found == {("«Да»", "votes", 4_871_220, None), ("«Да»", "vote_share_pct", 68.3, None),
                     ("«Нет»", "votes", 2_101_554, None), ("«Нет»", "vote_share_pct", 29.5, None)}


def test_kazakh_answer_with_share_in_brackets() -> None:
    found, _ = bind("kk", "«Иә» деп 4 871 220 адам (68,3 пайыз) дауыс берді.", referendum=True)
    assert found == {("«Иә»", "votes", 4_871_220, None), ("«Иә»", "vote_share_pct", 68.3, None)}


INDICATORS = [
    ("ru-registered-words", "ru", "12 миллионов 90 тысяч 311 избирателей включены в списки.",
     {("registered_voters", 12_090_311)}),
    ("ru-cast-and-turnout", "ru", "Бюллетени получили 8 114 202 избирателя, или 67,12 процента.",
     {("ballots_cast", 8_114_202), ("turnout_pct", 67.12)}),
    ("ru-voted-without-contestant", "ru", "Всего проголосовали 8 114 202 человека.", {("ballots_cast", 8_114_202)}),
    ("ru-invalid", "ru", "Недействительными признаны 61 035 бюллетеней.", {("invalid_ballots", 61_035)}),
    ("ru-both-marked", "ru", "Бюллетеней с отметками в обоих квадратах – 70 311.", {("both_marked_ballots", 70_311)}),
    ("ru-stations", "ru", "Голосование проходило на 10 104 избирательных участках.", {("polling_stations", 10_104)}),
    ("en-two-clauses", "en", "A total of 12,090,311 voters were on the lists; 8,114,202 of them, or 67.12%, took part.",
     {("registered_voters", 12_090_311), ("ballots_cast", 8_114_202), ("turnout_pct", 67.12)}),
    ("en-out-of", "en",
     "Turnout was 67.1 per cent, with 8,114,202 out of 12,090,311 registered voters casting a ballot.",
     {("turnout_pct", 67.1), ("ballots_cast", 8_114_202), ("registered_voters", 12_090_311)}),
    ("en-thousand", "en", "In all, 8,114 thousand people voted.", {("ballots_cast", 8_114_000)}),
    ("kk-received-ballots", "kk", "Сайлаушылардың 67,12 пайызы бюллетень алды.", {("turnout_pct", 67.12)}),
    ("kk-registered", "kk", "Сайлаушылар тізіміне 12 090 311 сайлаушы енгізілді.", {("registered_voters", 12_090_311)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in INDICATORS],
                         ids=[c[0] for c in INDICATORS])
def test_indicator_figures(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text)
    assert found == {(None, field, value, None) for field, value in expected}


TURNOUT = [
    ("ru-bullet-city-locative", "ru", "- в Шымкенте – 44,18%;", {("turnout_pct", 44.18, "Шымкент")}),
    ("ru-elided-adjectives", "ru", "в том числе в Павлодарской области – 61,3 %, в Костанайской – 66,0 %",
     {("turnout_pct", 61.3, "Павлодарской области"), ("turnout_pct", 66.0, "Костанайской")}),
    ("ru-region-first-word", "ru", "– в области Ұлытау - 70,05 процента;", {("turnout_pct", 70.05, "области Ұлытау")}),
    ("kk-city", "kk", "– Алматы қаласы – 28,4 пайыз", {("turnout_pct", 28.4, "Алматы қаласы")}),
    ("kk-locative", "kk", "Маңғыстау облысында 51,2 пайыз.", {("turnout_pct", 51.2, "Маңғыстау облысы")}),
    ("en-in-city", "en", "Turnout stood at 55.2 percent as of 6 p.m., 41.9 percent in Astana.",
     {("turnout_pct", 55.2, None), ("turnout_pct", 41.9, "Astana")}),
    ("en-region-label", "en", "Kostanay Region – 66.0%", {("turnout_pct", 66.0, "Kostanay Region")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in TURNOUT], ids=[c[0] for c in TURNOUT])
def test_turnout_by_region(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text, kind="turnout")
    assert found == {(None, *e) for e in expected}


@pytest.mark.parametrize("text", [
    "по состоянию на 18.10 избирательные бюллетени получили 41,2 % избирателей",
    "сағат 18.00-дегі жағдай бойынша сайлаушылардың 41,2 пайызы бюллетень алды",
    "На 10.00 явка составила 41,2 %.",
    "10 қаңтар күні сағат 12:00-де сайлаушылардың 41,2 пайызы дауыс берді.",
], ids=["ru-clock-18.10", "kk-clock-18.00", "ru-clock-10.00", "kk-date-and-clock"])
def test_clock_times_and_dates_are_never_counts(text: str) -> None:
    found, unread = bind("kk" if "сағат" in text else "ru", text, kind="turnout")
    assert found == {(None, "turnout_pct", 41.2, None)}
    assert unread == []


def test_a_figure_with_no_subject_is_unread_not_guessed() -> None:
    found, unread = bind("ru", "В этом году зафиксировано 1 204 обращения граждан.")
    assert found == set() and unread == ["1 204"]


def test_a_region_turnout_table_never_makes_contestants() -> None:
    found, _ = bind("ru", "Акмолинская область – 61,2 %", kind="turnout")
    assert found == {(None, "turnout_pct", 61.2, "Акмолинская область")}


def test_the_arithmetic_gives_respective_shares_to_their_contestants() -> None:
    from sources.figures.claims import Located, assemble
    from sources.records import Evidence

    binder = Binder("ru", "results")
    text = ("Бюллетени получили 8 120 000 избирателей. Ержанов Т. К. – 6 601 000 голосов, Ильясова З. М. – "
            "1 519 000 голосов, что составляет соответственно 81,29 % и 18,71 %.")
    located = []
    for sentence in split_sentences(text):
        for clause in split_clauses(sentence):
            located += [Located(r, Evidence("d", sentence), "final") for r in binder.bind(clause).readings]
    shares = {r.contestant_name: r.vote_share_pct for r in assemble(located).results}
    assert shares == {"Ержанов Т. К.": 81.29, "Ильясова З. М.": 18.71}


def _bulletins() -> list[tuple[str, str]]:
    """Bulletin sentences with every hour and minute spelling, and dates, generated (not hand-picked)."""
    out = []
    for hour in range(7, 23):
        for minute in ("00", "10", "30"):
            out += [
                ("ru", f"По состоянию на {hour}.{minute} явка составила 41,2 %."),
                ("ru", f"На {hour}:{minute} бюллетени получили 41,2 % избирателей, включенных в списки."),
                ("kk", f"Сағат {hour}.{minute}-дегі жағдай бойынша сайлаушылардың 41,2 пайызы бюллетень алды."),
            ]
        twelve = hour - 12 if hour > 12 else hour
        out.append(("en", f"As of {twelve} {'p.m.' if hour >= 12 else 'a.m.'}, turnout stood at 41.2 percent."))
    for day in (1, 10, 20, 28):
        out += [("kk", f"{day} қаңтар күні сайлаушылардың 41,2 пайызы дауыс берді."),
                ("ru", f"{day} ноября явка составила 41,2 %."), ("en", f"On {day} March turnout was 41.2 percent.")]
    return out


def test_no_generated_clock_time_or_date_becomes_a_count() -> None:
    for language, text in _bulletins():
        found, unread = bind(language, text, kind="turnout")
        assert found == {(None, "turnout_pct", 41.2, None)}, text
        assert unread == [], text


def test_a_clause_about_an_earlier_vote_is_not_a_claim() -> None:
    import datetime as dt

    binder = Binder("en", "results", published_on=dt.date(2022, 11, 21))
    read = binder.bind("Timur Yerzhanov came to power in 2019 with 70.96 percent of the vote.")
    assert read.readings == [] and [u.figure for u in read.unread] == ["70.96 percent"]
    assert binder.bind("Timur Yerzhanov won 81.9 percent of the vote on 20 November 2022.").readings
