"""Figures bound by meaning in shapes that open with the figure or leave the subject to the sentence before (every
sentence invented for these tests): "95 — seats for X", a run of seat counts paired "in that order", a chamber's
size, a comparison with an earlier vote ("against 54.21 pct in 2023"), a Kazakh answer whose phrase opens with the
share's own unit word ("87,15 пайызы қолдады"), and a referendum's regional shares of one answer going on into
the next sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.figures.binding import bind

AUG = dt.date(2026, 8, 28)


def fields(found: set[tuple], field: str) -> dict:
    return {name: value for name, f, value, _region in found if f == field}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "88 — seats for «Altyn Dala», won with 3,220,145 votes (55.40%)."),
    ("en", "88 seats for «Altyn Dala», won with 3,220,145 votes (55.40%)."),
    ("en", "88: seats for «Altyn Dala», which polled 3,220,145 votes (55.40%)."),
], ids=["en-dash", "en-plain", "en-colon"])
def test_a_seat_count_before_its_party_is_the_partys_seats(lang: str, text: str) -> None:
    found, _ = bind(lang, text, published_on=AUG)
    assert 88 in fields(found, "seats").values(), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "17, 13, 9 — seats for «Zhana Zhol» (11.02%), «Kok Tau» (8.45%) and «Ak Bulak» (6.10%), in that order."),
    ("en", "«Zhana Zhol», «Kok Tau» and «Ak Bulak» took 17, 13 and 9 seats, in that order."),
    ("ru", "Партии «Нур», «Алга» и «Ак жол» получили 17, 13 и 9 мандатов в том же порядке."),
], ids=["en-figures-first", "en-subjects-first", "ru-in-the-same-order"])
def test_a_run_of_seat_counts_pairs_with_the_parties_in_order(lang: str, text: str) -> None:
    found, _ = bind(lang, text, published_on=AUG)
    assert sorted(fields(found, "seats").values()) == [9, 13, 17], found


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "«Altyn Dala» won 88 seats in the 145-member chamber.", 145),
    ("en", "«Altyn Dala» holds 88 seats of a 145-seat house.", 145),
    ("kk", "«Алтын Дала» партиясы 145 орындық Құрылтайда 88 мандат алды.", 145),
], ids=["en-member", "en-seat", "kk-oryndyq"])
def test_a_chambers_size_is_no_partys_seats(lang: str, text: str, size: int) -> None:
    found, _ = bind(lang, text, published_on=AUG)
    assert 88 in fields(found, "seats").values() and size not in fields(found, "seats").values(), found


@pytest.mark.parametrize(("text", "own", "other"), [
    ("Turnout was 61.05 pct, against 54.21 pct in 2023.", 61.05, 54.21),
    ("Turnout stood at 61.05%, versus 54.21% in 2023.", 61.05, 54.21),
], ids=["against", "versus"])
def test_a_figure_compared_with_an_earlier_vote_stays_this_votes(text: str, own: float, other: float) -> None:
    found, _ = bind("en", text, kind="turnout", published_on=AUG)
    values = {value for _n, _f, value, _r in found}
    assert own in values and other not in values, found


@pytest.mark.parametrize(("text", "yes", "no"), [
    ("Ел бойынша дауыс бергендердің 81,30 пайызы қолдады, 14,25 пайызы қарсы шықты.", 81.3, 14.25),
    ("Жаңа заңды азаматтардың 81,30 пайызы қолдады.", 81.3, None),
], ids=["both", "yes-only"])
def test_a_kazakh_answer_after_the_shares_unit_word_takes_the_share(text: str, yes: float, no: float | None) -> None:
    found, _ = bind("kk", text, referendum=True, published_on=dt.date(2026, 3, 20))
    shares = fields(found, "vote_share_pct")
    assert yes in shares.values(), found
    assert no is None or no in shares.values(), found


@pytest.mark.parametrize(("lang", "text", "area", "share"), [
    ("kk", "«Иә» деп жауап бергендердің ең жоғары үлесі Павлодар облысында (91,10%) тіркелді. "
           "Атырау облысында (84,35%) көрсеткіш орташа деңгейде.", "Атырау облысында", 84.35),
    ("ru", "Доля ответивших «Да» выше всего в Павлодарской области (91,10%). В Атырауской области (84,35%) "
           "показатель близок к среднему.", "В Атырауской области", 84.35),
    ("en", 'The "Yes" share was highest in Pavlodar region (91.10%). In Atyrau region (84.35%) the figure was '
           "close to the average.", "Atyrau region", 84.35),
], ids=["kk", "ru", "en"])
def test_a_referendums_regional_shares_of_one_answer_go_on_into_the_next_sentence(
        lang: str, text: str, area: str, share: float) -> None:
    found, _ = bind(lang, text, referendum=True, published_on=dt.date(2026, 3, 20))
    answers = {name for name, field, value, region in found if field == "vote_share_pct" and value in {91.1, share}}
    assert len(answers) == 1, found  # both regions' shares belong to the one answer named first
    assert any(value == share and region for _n, _f, value, region in found), found


def test_a_turnout_sentence_stops_an_answer_going_on() -> None:
    text = ("«Иә» деп жауап бергендердің үлесі Павлодар облысында (91,10%) тіркелді. Павлодар облысында "
            "белсенділік 74,20 пайыз болды. Атырау облысында (84,35%) көрсеткіш орташа.")
    found, _ = bind("kk", text, referendum=True, published_on=dt.date(2026, 3, 20))
    assert not any(value == 84.35 and field == "vote_share_pct" for _n, field, value, _r in found), found


@pytest.mark.parametrize(("text", "field", "value"), [
    ("71,05% — сайлауға қатысқан сайлаушылардың үлесі.", "turnout_pct", 71.05),
    ("Тоқаевқа қатысқан сайлаушылардың 78,40 пайызы дауыс берді.", "vote_share_pct", 78.4),
], ids=["share-of-participants", "share-among-participants"])
def test_the_share_of_those_who_took_part_is_the_turnout(text: str, field: str, value: float) -> None:
    found, _ = bind("kk", text, published_on=dt.date(2022, 11, 22))
    assert any(f == field and v == value for _n, f, v, _r in found), found
