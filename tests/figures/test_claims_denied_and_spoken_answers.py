"""Figures a text reports as someone's claim or denies are never the commission's, and a spoken "voted yes" names
its answer (every sentence invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.figures.binding import bind

AUG = dt.date(2026, 8, 24)


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "A post shared on Sunday claimed that turnout in Shymkent had reached 88.4% by noon.", "88.4%"),
    ("en", "The party allegedly secured 74% in the city.", "74%"),
    ("ru", "В соцсетях распространяют картинку, на которой явка в Шымкенте якобы достигла 88,4%.", "88,4%"),
    ("ru", "В посте утверждалось, что явка в Шымкенте составила 88,4%.", "88,4%"),
    ("kk", "Шымкентте белсенділік 88,4 пайыз болыпты имиш.", "88,4 пайыз"),
], ids=["en-claimed", "en-allegedly", "ru-yakoby", "ru-utverzhdalos", "kk-imish"])
def test_a_figure_someone_is_said_to_claim_is_unread(lang: str, text: str, figure: str) -> None:
    found, unread = bind(lang, text, kind="turnout", published_on=AUG)
    assert not found and figure in unread, (found, unread)


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "No, Shymkent did not record 88.4% turnout.", "88.4%"),
    ("ru", "Явка в Шымкенте не достигла 88,4%.", "88,4%"),
], ids=["en", "ru"])
def test_a_figure_the_text_denies_is_unread(lang: str, text: str, figure: str) -> None:
    found, unread = bind(lang, text, kind="turnout", published_on=AUG)
    assert not found and figure in unread, (found, unread)


@pytest.mark.parametrize(("lang", "text", "share"), [
    ("en", "Baytaq received 2.1% of the vote and did not pass the threshold.", 2.1),
    ("en", "Turnout in Shymkent reached 61.7%, not the figure posted online.", 61.7),
    ("ru", "Явка в Шымкенте составила 61,7%, хотя не все участки ещё передали данные.", 61.7),
], ids=["en-negation-elsewhere", "en-not-after", "ru-negation-later"])
def test_a_negation_elsewhere_in_the_clause_leaves_the_figure(lang: str, text: str, share: float) -> None:
    found, _ = bind(lang, text, kind="results" if "Baytaq" in text else "turnout", published_on=AUG)
    assert any(value == share for _n, _f, value, _r in found), found


@pytest.mark.parametrize(("text", "answer_share"), [
    ("The chairman said eighty-one point three percent of those who took part voted yes.", 81.3),
    ("Fourteen point two five percent voted no.", 14.25),
    ("He said 81.30 percent of participants voted yes.", 81.3),
], ids=["spoken-yes", "spoken-no", "digits-yes"])
def test_voted_yes_or_no_names_the_answer(text: str, answer_share: float) -> None:
    found, _ = bind("en", text, referendum=True, published_on=dt.date(2026, 3, 16))
    assert any(name and field == "vote_share_pct" and value == answer_share for name, field, value, _r in found), found
    assert not any(field == "turnout_pct" for _n, field, _v, _r in found), found


@pytest.mark.parametrize(("lang", "text", "share"), [
    ("en", "ANCHOR: And what about turnout? REPORTER: Sixty-one point four percent.", 61.4),
    ("ru", "ВЕДУЩИЙ: А явка? КОРРЕСПОНДЕНТ: — 61,4%.", 61.4),
    ("kk", "ЖҮРГІЗУШІ: Ал белсенділік қандай? ТІЛШІ: 61,4 пайыз.", 61.4),
], ids=["en", "ru", "kk"])
def test_a_bare_share_answering_a_question_about_turnout_is_the_turnout(lang: str, text: str, share: float) -> None:
    found, _ = bind(lang, text, published_on=AUG)
    assert (None, "turnout_pct", share, None) in found, found


def test_a_bare_share_after_a_question_about_something_else_stays_unread() -> None:
    found, _ = bind("en", "ANCHOR: And the ruling party? REPORTER: Fifty-eight percent, a bit less.",
                         published_on=AUG)
    assert not any(field == "turnout_pct" for _n, field, _v, _r in found), found
