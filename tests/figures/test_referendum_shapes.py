"""Referendum answers named by their verbs, registers named as a base, electors of the Senate: sentences written
for these tests (figures invented) in the shapes of the CEC statements as the Russian, Kazakh and English press
copies them."""

from __future__ import annotations

from functools import partial

import pytest

from tests.figures.binding import bind as bind_any

bind = partial(bind_any, referendum=True)


YES_NO_BY_VERB = [
    ("ru-supported-adoption-count-first", "ru",
     "По сведениям комиссии, 6 204 118 человек, или 81,4 % проголосовавших, поддержали принятие проекта.",
     {("«Да»", "votes", 6_204_118, None), ("«Да»", "vote_share_pct", 81.4, None)}),
    ("ru-za-prinyatie-then-protiv-vyskazalis", "ru",
     "За принятие поправок проголосовали 5 118 004 гражданина, что составляет 70,2 процента от числа "
     "проголосовавших. Против высказались 1 402 771 человек.",
     {("«Да»", "votes", 5_118_004, None), ("«Да»", "vote_share_pct", 70.2, None), ("«Нет»", "votes", 1_402_771, None)}),
    ("ru-share-then-vystupili-protiv", "ru",
     "За внесение изменений отдали голоса 66,3 % участников, а 29,9 % избирателей выступили против.",
     {("«Да»", "vote_share_pct", 66.3, None), ("«Нет»", "vote_share_pct", 29.9, None)}),
    ("kk-on-sheshim-words", "kk",
     "Мәселенің оң шешімін жақтап дауыс берген азаматтардың саны 6 миллион 204 мың 118 адам немесе 81,4 % құрады.",
     {("«Иә»", "votes", 6_204_118, None), ("«Иә»", "vote_share_pct", 81.4, None)}),
    ("kk-koldap-dash", "kk", "Мәселені қолдап дауыс бергендер – 6 204 118 адам.", {("«Иә»", "votes", 6_204_118, None)}),
    ("en-positive-decision", "en",
     "The number of citizens who voted for a positive decision on the question was 6,204,118 people or 81.4%.",
     {("Yes", "votes", 6_204_118, None), ("Yes", "vote_share_pct", 81.4, None)}),
    ("en-share-count-voted-for-the-new", "en",
     "He said 81.4% of nationals, or 6,204,118 people, voted for the new Constitution, with 1,402,771 votes opposed.",
     {("Yes", "votes", 6_204_118, None), ("Yes", "vote_share_pct", 81.4, None), ("No", "votes", 1_402_771, None)}),
    ("en-region-answers-by-verb", "en",
     "In the Kostanai Region, 402,118 voters supported the plan and 120,004 opposed it.",
     {("Yes", "votes", 402_118, "Kostanai Region"), ("No", "votes", 120_004, "Kostanai Region")}),
    ("en-participle-voting-against", "en",
     "The Zhambyl Region saw 350,201 citizens supporting the plant and 98,412 voting against it.",
     {("Yes", "votes", 350_201, "Zhambyl Region"), ("No", "votes", 98_412, "Zhambyl Region")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in YES_NO_BY_VERB],
                         ids=[c[0] for c in YES_NO_BY_VERB])
def test_an_answer_named_by_its_verb_takes_its_figures(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text)
    assert found == expected


def test_a_turnout_word_past_a_comma_keeps_its_figure_from_the_answer() -> None:
    found, _ = bind("en", "A total of 80.2% of citizens voted in favor of the plan, with a turnout of 61.05%.")
    assert found == {("Yes", "vote_share_pct", 80.2, None), (None, "turnout_pct", 61.05, None)}


REGISTERS = [
    ("en-eligible-to-participate", "en", "A total of 11,902,334 citizens were eligible to participate in the vote.",
     {(None, "registered_voters", 11_902_334, None)}),
    ("en-with-the-right-to", "en",
     "The number of citizens with the right to participate in the referendum amounts to 11,902,334 people.",
     {(None, "registered_voters", 11_902_334, None)}),
    ("en-count-then-share-of-register", "en",
     "In the referendum, 8,004,112 people voted, representing 67.25% of registered voters.",
     {(None, "ballots_cast", 8_004_112, None), (None, "turnout_pct", 67.25, None)}),
    ("en-received-their-ballots", "en",
     "As of 2 p.m., 5,104,223 citizens have received their ballots, which accounts for 42.88% of eligible voters.",
     {(None, "ballots_cast", 5_104_223, None), (None, "turnout_pct", 42.88, None)}),
    ("ru-part-of-participants", "ru", "Проголосовали 5 104 223 человека из 11 902 334 участников референдума.",
     {(None, "ballots_cast", 5_104_223, None), (None, "registered_voters", 11_902_334, None)}),
    ("kk-register-as-the-base", "kk",
     "Дауыс беруге қатысқан азаматтардың саны құқығы бар азаматтар санының 8 004 112 адамды немесе 67,25 % құрады.",
     {(None, "ballots_cast", 8_004_112, None), (None, "turnout_pct", 67.25, None)}),
    ("ru-register-as-the-base", "ru",
     "На участки для голосования пришли 8 миллионов 4 тысячи 112, или 67,25 процента от числа граждан, имеющих право.",
     {(None, "ballots_cast", 8_004_112, None), (None, "turnout_pct", 67.25, None)}),
    ("en-register-as-the-base", "en",
     "The number who took part was 8,004,112 people or 67.25% of the number of citizens entitled to participate.",
     {(None, "ballots_cast", 8_004_112, None), (None, "turnout_pct", 67.25, None)}),
    ("kk-ishinde", "kk",
     "Дауыс беруге құқығы бар 11 902 334 азаматтың ішінде 8 004 112 адам сайлау учаскелеріне келген.",
     {(None, "registered_voters", 11_902_334, None), (None, "ballots_cast", 8_004_112, None)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in REGISTERS], ids=[c[0] for c in REGISTERS])
def test_the_register_and_those_who_took_part(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text, kind="turnout")
    assert found == expected


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "На 10.30 явка выборщиков по республике составила 41 %."),
    ("ru", "В список выборщиков включены 3 044 депутата маслихатов."),
    ("kk", "Таңдаушылардың 41 пайызы тіркелді."),
    ("en", "By 10:30 a.m., 41% of the electors had registered."),
], ids=["ru-elector-turnout", "ru-elector-list", "kk-electors", "en-electors"])
def test_the_senates_electors_are_no_voters(language: str, text: str) -> None:
    found, unread = bind(language, text, kind="turnout", referendum=False)
    assert found == set()
    assert unread
