"""An outlet named as the source of the figures is no contestant, and seats that are not a party's seats in the
chamber (races won in single-mandate constituencies, a running tally before the final result, the party-list
part of a mixed chamber set against the whole) are recorded unread, while every plain seats reading stays.
Invented sentences in the shapes of press copies, in Russian, Kazakh and English."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind

SOURCES = [
    ("en-according-to", "en", 'According to "Steppe Herald," 61.2 percent of the vote went to the Orleu party.',
     {("Orleu Party", "vote_share_pct", 61.2, None)}),
    # the seats are the party's, named after them ("30 seats for the Orleu party"), never the outlet's
    ("en-according-to-seats", "en", 'According to "Steppe Herald," the results are 30 seats for the Orleu party.',
     {("Orleu Party", "seats", 30, None)}),
    ("ru-po-dannym", "ru", "По данным «Степного вестника», 61,2 процента голосов набрала партия «Шугыла».",
     {("Партия «Шугыла»", "vote_share_pct", 61.2, None)}),
    ("ru-soobshchaet", "ru", "Сообщает «Степной вестник»: 61,2 процента голосов отдано за партию «Шугыла».",
     {("Партия «Шугыла»", "vote_share_pct", 61.2, None)}),
    ("ru-po-dannym-seats", "ru", "По данным «Степного вестника», итоги таковы: 40 мандатов.", set()),
    ("kk-khabarlaydy", "kk", "«Дала жаршысы» хабарлайды: 61,2 пайыз дауыс «Өрлеу» партиясына берілді.",
     {("«Өрлеу» партиясы", "vote_share_pct", 61.2, None)}),
    ("kk-dep-khabarlaydy", "kk", "Деп хабарлайды «Дала жаршысы»: 40 мандат.", set()),
    ("kk-malimetinshe", "kk", "«Дала жаршысы» мәліметінше, 61,2 пайыз.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in SOURCES], ids=[c[0] for c in SOURCES])
def test_an_outlet_named_as_the_source_is_no_contestant(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text)
    assert found == expected
    assert not any(name and ("Herald" in name or "вестник" in name or "жаршы" in name) for name, *_ in found)


PARTIAL = [
    ("en-races", "en", "The Orleu party won 27 seats in single-mandate constituencies.", "27"),
    ("en-cumulative-as-of", "en", "Cumulative results as of 23 May give the Orleu party 34 seats.", "34"),
    ("en-so-far", "en", "The Orleu party has won 34 seats so far.", "34"),
    ("en-list-part-of-the-whole", "en",
     "Ten seats in the 77-member chamber go to party lists, and the Orleu party received seven seats.", "seven"),
    ("en-source-and-running-tally", "en",
     'According to "Steppe Herald," cumulative results as of 23 May are: 34 seats for the Orleu party.', "34"),
    ("ru-odnomandatnye", "ru", "По одномандатным округам партия «Шугыла» получила 22 мандата.", "22"),
    ("ru-na-dannyy-moment", "ru", "Партия «Шугыла» на данный момент получила 30 мандатов.", "30"),
    ("ru-list-part-of-the-whole", "ru",
     "Из 10 мест 77-местного Мажилиса, распределяемых по партийным спискам, партия «Шугыла» получила 7 мандатов.",
     "7"),
    ("kk-birmandatty", "kk", "Бірмандатты округтерде «Өрлеу» партиясы 22 мандат алды.", "22"),
    ("kk-azirge", "kk", "Әзірге «Өрлеу» партиясы 30 мандатқа ие болды.", "30"),
    ("kk-list-part-of-the-whole", "kk", "77 орынды Мәжілісте партиялық тізім бойынша «Өрлеу» партиясы 7 мандат алды.",
     "7"),
]


@pytest.mark.parametrize(("language", "text", "figure"), [c[1:] for c in PARTIAL], ids=[c[0] for c in PARTIAL])
def test_seats_of_a_part_or_a_running_tally_are_recorded_unread(language: str, text: str, figure: str) -> None:
    found, unread = bind(language, text)
    assert not any(f == "seats" for _, f, _, _ in found)
    assert figure in unread


KEPT = [
    ("en-plain", "en", "The final results give the Orleu party 34 seats.", ("Orleu Party", "seats", 34, None)),
    ("en-gets", "en", "Nur Otan gets 84 seats.", ("Nur Otan", "seats", 84, None)),
    ("en-list-vote-alone", "en", "Seats go to party lists, and the Orleu party received seven seats.",
     ("Orleu Party", "seats", 7, None)),
    ("en-proportional-without-the-whole", "en",
     "Based on the proportional distribution of the votes, the Orleu party won four seats.",
     ("Orleu Party", "seats", 4, None)),
    ("ru-plain", "ru", "Партия «Шугыла» получила 40 мандатов.", ("Партия «Шугыла»", "seats", 40, None)),
    ("ru-list-vote-alone", "ru",
     "По итогам выборов по партийным спискам у партии «Шугыла» 53,9 % голосов, что соответствует 40 депутатским "
     "мандатам.", ("Партия «Шугыла»", "seats", 40, None)),
    ("ru-preliminary-is-no-running-tally", "ru", "Партия «Шугыла» по предварительным итогам получила 30 мандатов.",
     ("Партия «Шугыла»", "seats", 30, None)),
    ("kk-plain", "kk", "«Өрлеу» партиясы 30 мандатқа ие болды.", ("«Өрлеу» партиясы", "seats", 30, None)),
    ("kk-list-vote-alone", "kk", "Мәжілісте партиялық тізім бойынша «Өрлеу» партиясы 7 мандат алды.",
     ("«Өрлеу» партиясы", "seats", 7, None)),
]


@pytest.mark.parametrize(("language", "text", "reading"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_the_seats_of_the_vote_itself_still_read(language: str, text: str, reading: tuple) -> None:
    found, _ = bind(language, text)
    assert reading in found
