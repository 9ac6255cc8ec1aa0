"""Who a figure belongs to when a referendum answer and "took part" share a clause, and a region list that
names the commissions who sent the figures (sentences and numbers invented for these tests)."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind

GOVERNED = [
    ("en-share-or-count-of-participants-in-favour", "en",
     "In total 71.4%, or 5,902,118 voters who took part in the ballot across all regions voted in favour "
     "of the draft law.",
     {("Yes", "vote_share_pct", 71.4, None), ("Yes", "votes", 5_902_118, None)}),
    ("kk-in-favour-then-took-part", "kk",
     "Заң жобасын жақтап дауыс берген азаматтар саны дауыс беруге қатысқан 5 млн 902 мың 118 адам немесе "
     "71,4 пайыз болды.",
     {("«Иә»", "votes", 5_902_118, None), ("«Иә»", "vote_share_pct", 71.4, None)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [g[1:] for g in GOVERNED], ids=[g[0] for g in GOVERNED])
def test_an_answer_governs_the_figures_of_those_who_took_part(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text, referendum=True)
    assert found == expected


KEPT = [
    ("en-turnout-then-answer-with-its-own-share", "en",
     "Some 64.2% of voters took part, and 70.3% of them voted in favour.",
     {(None, "turnout_pct", 64.2, None), ("Yes", "vote_share_pct", 70.3, None)}),
    ("kk-turnout-share-then-answer-share", "kk",
     "Дауыс беруге сайлаушылардың 64,2 пайызы қатысты, олардың 70,3 пайызы жақтап дауыс берді.",
     {("«Иә»", "vote_share_pct", 70.3, None), (None, "turnout_pct", 64.2, None)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [k[1:] for k in KEPT], ids=[k[0] for k in KEPT])
def test_a_turnout_figure_with_its_own_words_stays_turnout(language: str, text: str, expected: set) -> None:
    found, _ = bind(language, text, referendum=True)
    assert found == expected


def test_outside_a_referendum_took_part_stays_turnout() -> None:
    found, _ = bind("en", "In total 5,902,118 voters who took part voted in favour of change.")
    assert ("Yes", "votes", 5_902_118, None) not in found


def test_the_right_to_take_part_is_the_register() -> None:
    found, _ = bind("kk", "Референдумға қатысуға құқығы бар азаматтардың жалпы саны 11 млн 954 мың 201 адам.",
                    referendum=True)
    assert found == {(None, "registered_voters", 11_954_201, None)}


def test_regions_listed_as_the_senders_of_figures_are_no_area() -> None:
    text = ("Облыстардың, Шымкент және Алматы қалаларының сайлау комиссияларының деректері бойынша "
            "сайлаушылардың 61,4%-ы бюллетень алды.")
    found, _ = bind("kk", text, kind="turnout")
    assert found == {(None, "turnout_pct", 61.4, None)}


UNPAIRED = [
    ("ru-one-name-two-shares", "ru",
     "Кандидат Ержанов Тимур Кайратович и самовыдвиженец из Караганды получили 2,4 % и 1,1 % соответственно."),
    ("en-one-name-two-shares", "en",
     "Timur Yerzhanov and the self-nominated candidate received 2.4% and 1.1% respectively."),
]


@pytest.mark.parametrize(("language", "text"), [u[1:] for u in UNPAIRED], ids=[u[0] for u in UNPAIRED])
def test_respective_figures_that_cannot_be_paired_are_unread(language: str, text: str) -> None:
    found, unread = bind(language, text)
    assert not [f for f in found if f[1] == "vote_share_pct"]
    assert len(unread) == 2


def test_respective_figures_that_pair_still_pair() -> None:
    found, _ = bind("en", "Timur Yerzhanov and Aliya Serikova received 2.4% and 1.1% respectively.")
    assert {(f[0], f[2]) for f in found} == {("Timur Yerzhanov", 2.4), ("Aliya Serikova", 1.1)}


AFFILIATED = [
    ("ru-chair-of-party-with-gloss", "ru",
     "Тимур Ержанов, председатель партии «Болашак» («Будущее») получил 3,2 процента."),
    ("ru-leader-of-party", "ru", "Тимур Ержанов, лидер партии «Болашак», набрал 3,2 %."),
    ("en-leader-of-the-party", "en", "Timur Yerzhanov, leader of the Bolashak Party, won 3.2 percent."),
]


@pytest.mark.parametrize(("language", "text"), [a[1:] for a in AFFILIATED], ids=[a[0] for a in AFFILIATED])
def test_the_party_a_named_person_leads_is_not_the_contestant(language: str, text: str) -> None:
    found, _ = bind(language, text)
    assert {(f[0], f[2]) for f in found} == {({"ru": "Тимур Ержанов", "en": "Timur Yerzhanov"}[language], 3.2)}


def test_a_party_not_in_apposition_keeps_its_figure() -> None:
    found, _ = bind("ru", "Партия «Болашак» набрала 3,2 %.")
    assert {(f[1], f[2]) for f in found} == {("vote_share_pct", 3.2)} and None not in {f[0] for f in found}
