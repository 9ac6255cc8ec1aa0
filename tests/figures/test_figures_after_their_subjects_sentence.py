"""Figures whose subjects stand apart from them (clauses invented for these tests): "respectively" in the sentence
after the names, a role and its organisation before the person, an answer in quotes, a count whose own verb says who
it counts."""

from __future__ import annotations

import pytest

from tests.figures.binding import bind

RESPECTIVELY_NEXT = [
    ("ru", "Почти равные итоги у депутата Ерлана Сарсенова и эколога Айгерим Тулегеновой. 0,38 и 0,32 процента "
           "голосов соответственно.", {"Сарсенова", "Тулегеновой"}),
    ("kk", "Ерлан Сәрсенов пен Әйгерім Төлегенова соңғы орындарда қалды. Тиісінше 0,38 және 0,32 пайыз дауыс.",
     {"Сәрсенов", "Төлегенова"}),
    ("en", "Yerlan Sarsenov and Aigerim Tulegenova trailed far behind. 0.38 and 0.32 percent of the vote "
           "respectively.", {"Sarsenov", "Tulegenova"}),
]


@pytest.mark.parametrize(("language", "text", "surnames"), RESPECTIVELY_NEXT, ids=[c[0] for c in RESPECTIVELY_NEXT])
def test_respectively_pairs_the_figures_with_the_names_of_the_sentence_before(language: str, text: str,
                                                                              surnames: set[str]) -> None:
    found, unread = bind(language, text)
    shares = {(name, value) for name, field, value, _ in found if field == "vote_share_pct"}
    assert len(shares) == 2 and not unread
    first = next(name for name, value in shares if value == 0.38)
    second = next(name for name, value in shares if value == 0.32)
    assert any(s[:6] in first for s in list(surnames)[:2]) and first != second
    assert sorted(surnames, key=text.find)[0][:6] in first  # in the order the names were written


def test_respectively_with_a_figure_between_pairs_nothing() -> None:
    # the sentence before stated a figure: its names are not waiting for the next one's
    found, unread = bind("ru", "Ерлан Сарсенов набрал 2,1 %, Айгерим Тулегенова – 1,9 %. 0,38 и 0,32 процента "
                               "соответственно.")
    assert {v for _, f, v, _ in found if f == "vote_share_pct"} == {2.1, 1.9}
    assert "0,38" in unread


ROLE_BEFORE_PERSON = [
    ("ru", "Лидер экологического движения «Жасыл ел» Мэлс Сапаров набрал 0,32 процента.", "Сапаров"),
    ("ru", "Председатель партии «Өрлеу» Ерлан Сарсенов получил 4,1 %.", "Сарсенов"),
    ("en", "Daniya Sarsenova of the Orleu Democratic Party won 5.2 per cent.", "Sarsenova"),
]


@pytest.mark.parametrize(("language", "text", "person"), ROLE_BEFORE_PERSON,
                         ids=[f"{c[0]}-{c[2]}" for c in ROLE_BEFORE_PERSON])
def test_the_person_after_a_role_and_its_organisation_takes_the_figure(language: str, text: str,
                                                                       person: str) -> None:
    found, _ = bind(language, text)
    assert [name for name, field, _, _ in found if field == "vote_share_pct"] and all(
        person in (name or "") for name, field, _, _ in found if field == "vote_share_pct")


QUOTED_ANSWERS = [
    ("ru", "По стране «за» — 87,15%, «против» — 9,84%.", {("«Да»", 87.15), ("«Нет»", 9.84)}),
    ("kk", "Ел бойынша «иә» – 87,15 пайыз, «жоқ» – 9,84 пайыз.", {("«Иә»", 87.15), ("«Жоқ»", 9.84)}),
    ("en", "Nationwide, \"yes\" – 87.15%, \"no\" – 9.84%.", {("Yes", 87.15), ("No", 9.84)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), QUOTED_ANSWERS, ids=[c[0] for c in QUOTED_ANSWERS])
def test_an_answer_in_quotes_takes_its_share(language: str, text: str, expected: set[tuple]) -> None:
    found, _ = bind(language, text, referendum=True)
    assert {(name, value) for name, field, value, _ in found if field == "vote_share_pct"} == expected


OWN_VERB = [
    ("kk", "Сағат 18:00-дегі жағдай бойынша 7 млн 537 мың 675 азамат дауыс берді, бұл – тізімдегілердің 61,56 "
           "пайызын құрайды."),
    ("ru", "К 18 часам проголосовали 7 537 675 граждан, это 61,56 % от включённых в списки."),
    ("en", "By 6 p.m. 7,537,675 people had voted, or 61.56 percent of those on the lists."),
]


@pytest.mark.parametrize(("language", "text"), OWN_VERB, ids=[c[0] for c in OWN_VERB])
def test_a_count_whose_own_verb_says_they_voted_is_the_ballots_cast(language: str, text: str) -> None:
    found, _ = bind(language, text, kind="turnout")
    assert found == {(None, "ballots_cast", 7537675, None), (None, "turnout_pct", 61.56, None)}


REGION_AFTER_DASHES = [
    ("ru", "Больше всего голосов «против» — 214,6 тыс. — подано в Алматы."),
    ("kk", "Ең көп «жоқ» дауысы – 214,6 мың – Алматыда берілді."),
    ("en", "The most \"no\" votes – 214,600 – were cast in Almaty."),
]


@pytest.mark.parametrize(("language", "text"), REGION_AFTER_DASHES, ids=[c[0] for c in REGION_AFTER_DASHES])
def test_a_figure_set_off_by_dashes_takes_the_region_its_verb_names(language: str, text: str) -> None:
    found, _ = bind(language, text, referendum=True)
    assert [(field, value) for _, field, value, region in found if region] == [("votes", 214600)]


def test_a_figure_set_off_by_dashes_with_no_region_after_stays_national() -> None:
    found, _ = bind("ru", "Против – 1 898 578 – в целом по стране.", referendum=True)
    assert {region for *_, region in found} == {None}
