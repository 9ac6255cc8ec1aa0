"""Round counts written as words ("two dozen", "около десятка", "с десяток"), a hotline's appeals that were inquiries
(not complaints), the part of the complaints upheld with its noun left out ("... and upheld 4"), an institution that
said it in the locative after the verb ("сообщили в пресс-службе департамента полиции"), what might happen
("the possible misuse of ...") as no finding, a Kazakh coalition named with its members' noun, observers put out of a
station and the commissions' work hindered (Kazakh), ballot damage and removal from a station as findings, and a
digit inside a larger number that is no fraction ("14 out of 70").

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims.quantities import find_quantities
from sources.records import Language

from .documents import infraction_row, read


def _detentions(text: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [(c.detained_min, c.qualifier, c.subject, c.reported_by) for c in read(text, language=language)[0]]


def _infractions(*paragraphs: str, language: Language = "en", publisher: str = "osce") -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=language, publisher=publisher)[1]]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        ("three dozen protesters", 36.0, "approximately"),
        ("some two dozen activists", 24.0, "approximately"),
        ("около десятка человек", 10.0, "approximately"),
        ("более десятка активистов", 10.0, "more than"),
        ("с десяток задержанных", 10.0, "approximately"),
    ],
    ids=["en-three-dozen", "en-some-two-dozen", "ru-about-a-ten", "ru-more-than-a-ten", "ru-s-desyatok"],
)
def test_round_counts_in_words(text: str, figure: float, qualifier: str) -> None:
    [q] = find_quantities(text)
    assert (q.figure, q.qualifier) == (figure, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        ("On 3 May, two dozen activists were detained outside the university in Almaty, police said.", "en",
         (24, "approximately", "activists", "police")),
        ("Около десятка активистов были задержаны у здания акимата, сообщили в полиции.", "ru",
         (10, "approximately", "activists", "police")),
    ],
    ids=["en-two-dozen", "ru-about-a-ten"],
)  # fmt: skip
def test_a_round_word_counts_the_detained(text: str, language: Language, row: tuple[object, ...]) -> None:
    assert _detentions(text, language) == [row]


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        ("В Таразе задержаны пять человек, сообщили в пресс-службе департамента полиции.", "ru", "police"),
        ("Накануне в Актобе были задержаны трое мужчин, добавили в полиции.", "ru", "police"),
        ("В Шымкенте задержаны семь активистов, уточнили в МВД.", "ru", "Ministry of Internal Affairs"),
    ],
    ids=["press-service-of-the-department", "added-in-the-police", "clarified-in-the-ministry"],
)
def test_an_institution_in_the_locative_after_the_verb_reports(text: str, language: Language, reporter: str) -> None:
    assert [r for *_, r in _detentions(text, language)] == [reporter]


def test_whom_it_was_told_to_does_not_report() -> None:
    # "сообщили в полицию": the accusative of the recipient; the claim keeps another source (here the publisher)
    _, infractions = read("Жители сообщили в прокуратуру о 12 фактах подкупа избирателей.", language="ru",
                          publisher="cec")
    assert [c.reported_by for c in infractions] != ["Prosecutor General's Office"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "rows"),
    [
        # a hotline's appeals that asked something: inquiries
        (("На горячую линию ЦИК за день поступило 2 310 звонков.",
          "Ещё около 400 обращений касались порядка голосования по месту пребывания."), "ru", []),
        (("The CEC hotline received 950 calls on election day.",
          "Another 120 requests concerned the location of polling stations."), "en", []),
        (("ОСК байланыс орталығына 1 200 қоңырау түсті.",
          "Тағы 150 өтініш сайлау учаскелерінің мекенжайына қатысты болды."), "kk", []),
        # a hotline's appeals about a violation stay complaints of that kind
        (("На горячую линию ЦИК за день поступило 2 310 звонков.",
          "Ещё 30 обращений касались давления на избирателей."), "ru",
         [("pressure_on_voters", "complaints", 30, "exact", "CEC")]),
        # appeals about the campaign, no hotline: complaints
        (("В ЦИК поступило 40 обращений, связанных с избирательной кампанией.",), "ru",
         [("mixed", "complaints", 40, "exact", "CEC")]),
        # complaints among the appeals: complaints
        (("The CEC hotline received 950 calls.",
          "Some 60 complaints and appeals, most concerning the voter lists, were passed to commissions."), "en",
         [("mixed", "complaints", 60, "approximately", "CEC")]),
    ],
    ids=["ru-hotline-inquiries", "en-hotline-inquiries", "kk-hotline-inquiries", "ru-hotline-violation-kind",
         "ru-campaign-appeals", "en-complaints-among-them"],
)  # fmt: skip
def test_a_hotlines_appeals_that_asked_something_are_no_complaints(
    paragraphs: tuple[str, ...], language: Language, rows: list[tuple[object, ...]]
) -> None:
    assert _infractions(" ".join(paragraphs), language=language, publisher="cec") == rows


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("By 10 August the CEC had received 75 complaints. It examined 40 of them in open sessions and upheld 6; the "
         "rest were dismissed.", "en"),
        ("К 10 августа ЦИК получила 75 жалоб. Комиссия рассмотрела 40 из них и удовлетворила 6, остальные "
         "отклонены.", "ru"),
    ],
    ids=["en-upheld-6", "ru-udovletvorila-6"],
)  # fmt: skip
def test_the_part_upheld_with_its_noun_left_out_counts_violations(text: str, language: Language) -> None:
    rows = _infractions(text, language=language, publisher="cec")
    assert ("mixed", "violations", 6, "exact", "CEC") in rows
    assert ("mixed", "complaints", 75, "exact", "CEC") in rows
    assert all(value != 40 for _, _, value, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Several interlocutors voiced concern about the possible misuse of administrative resources.", []),
        ("Observers noted possible cases of ballot box stuffing in 5 polling stations.",
         [("ballot_box_stuffing", "polling_stations", 5, "exact", "ODIHR")]),
    ],
    ids=["possible-uncounted", "possible-counted-kept"],
)  # fmt: skip
def test_what_might_happen_is_no_finding(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _infractions(text) == rows


def test_a_kazakh_coalition_named_with_its_members_noun_speaks_for_its_story() -> None:
    rows = _infractions(
        "«Ашық дауыс» тәуелсіз байқаушылар коалициясы сайлау қорытындысы бойынша есебін жариялады.",
        "Коалиция мәліметінше, 14 учаскеде бюллетеньдерді топтап салу дерегі тіркелді.",
        language="kk",
    )
    assert [r[4] for r in rows] == ["Ашық дауыс"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Кешке бірнеше байқаушы дауыс санау кезінде учаскеден шығарылды.",
         [("observer_obstruction", "observed", None, "observed", "ODIHR")]),
        ("Себебі – учаске комиссиясының жұмысына кедергі жасау.", []),
    ],
    ids=["observers-put-out", "commissions-work-hindered-is-no-obstruction-of-observers"],
)  # fmt: skip
def test_kazakh_observers_put_out_of_a_station(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _infractions(text, language="kk") == rows


@pytest.mark.parametrize(
    ("text", "language", "rows"),
    [
        ("Полиция зарегистрировала пять фактов порчи избирательных бюллетеней.", "ru",
         [("other", "violations", 5, "exact", "police")]),
        ("Число испорченных бюллетеней составило 1 240.", "ru", []),
        ("The count found 812 spoiled ballots.", "en", []),
    ],
    ids=["ru-ballot-damage-counted", "ru-spoiled-ballots-of-the-protocol", "en-spoiled-ballots-of-the-count"],
)  # fmt: skip
def test_ballot_damage_is_an_act_not_the_spoiled_ballots_of_a_count(
    text: str, language: Language, rows: list[tuple[object, ...]]
) -> None:
    assert _infractions(text, language=language, publisher="cec") == rows


def test_an_oblique_ten_without_a_qualifier_is_a_rank() -> None:
    assert [q.figure for q in find_quantities("партия вошла в первую десятку")] == []


def test_a_digit_inside_a_number_is_no_fraction() -> None:
    first = find_quantities("in 14 out of 70 stations")[0]
    assert (first.figure, first.share) == (14.0, False)


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        ("Police said 11 people had been removed from polling stations in Taraz for filming the count.", "en",
         ("other", "violations", 11, "exact", "police")),
        ("По данным полиции, с избирательных участков за день выведены 17 человек.", "ru",
         ("other", "violations", 17, "exact", "police")),
        ("Полиция мәліметінше, сайлау учаскелерінен 9 азамат шығарылды.", "kk",
         ("other", "violations", 9, "exact", "police")),
    ],
    ids=["en-removed", "ru-vyvedeny", "kk-shygaryldy"],
)  # fmt: skip
def test_people_put_out_of_polling_stations_count_facts_not_detentions(
    text: str, language: Language, row: tuple[object, ...]
) -> None:
    detentions, infractions = read(text, language=language, publisher="cec")
    assert [infraction_row(c) for c in infractions] == [row]
    assert detentions == []


def test_people_near_a_removal_they_did_not_undergo_are_not_counted() -> None:
    rows = _infractions("12 people voted at the station from which two observers had been removed.")
    assert all(value != 12 for _, _, value, _, _ in rows)
