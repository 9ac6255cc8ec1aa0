"""A body named once and then by its class noun ("По данным сети", "the group said", "наблюдатели фонда"), the mission
by its Russian acronyms, a passive that names no one, a city's "г." inside a source's name; people sanctioned by the
form of their penalty and the parts of cases by their kind (sentences of ours, in the shapes of monitors' reports,
officials' statements and the press)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("paragraphs", "language", "reporter"), [
    (("Сеть наблюдателей «Чистый голос» сообщила о давлении на избирателей.",
      "По данным сети, ещё на 7 участках наблюдатели зафиксировали вбросы бюллетеней."), "ru", "Чистый голос"),
    (("Полиция окружила на площади участников акции, пишет «Вестник».",
      "По данным издания, задержаны десятки человек."), "ru", "Вестник"),
    (("The Free Vote coalition said its volunteers had monitored 300 polling stations.",
      "The group said ballot box stuffing was seen at 12 of them."), "en", "Free Vote coalition"),
])
def test_a_class_noun_stands_for_the_body_named_before(paragraphs: tuple[str, ...], language: Language,
                                                       reporter: str) -> None:
    detentions, infractions = read(" ".join(paragraphs), language=language, publisher="cec")
    claims = [*detentions, *infractions]
    assert claims and claims[-1].reported_by == reporter


def test_the_observers_of_a_body_that_fielded_them_are_its_own() -> None:
    text = ("Общественный фонд «Честный голос» направил на выборы 520 наблюдателей. По итогам дня голосования "
            "наблюдатели фонда зафиксировали 1 214 нарушений избирательного законодательства.")
    _, infractions = read(text, language="ru", publisher="cec")
    assert [(c.value, c.reported_by) for c in infractions] == [(1214, "Честный голос")]


@pytest.mark.parametrize("acronym", ["МНВ", "МНМВ"])
def test_the_missions_russian_acronyms(acronym: str) -> None:
    _, infractions = read(f"По данным {acronym}, на 9 участках были выявлены признаки вброса бюллетеней.",
                          language="ru", publisher="cec")
    assert [c.reported_by for c in infractions] == ["ODIHR"]


def test_a_passive_reported_names_no_reporter() -> None:
    _, infractions = read("Observers assessed voting as calm, although a number of serious irregularities were "
                          "reported. In 7 per cent of polling stations visited, group voting was observed.")
    assert {c.reported_by for c in infractions} == {"ODIHR"}


def test_a_citys_abbreviation_inside_a_sources_name() -> None:
    detentions, _ = read("По информации Департамента внутренних дел г. Алматы, 16 января были задержаны 12 участников "
                         "митинга.", language="ru", publisher="cec")
    assert [d.reported_by for d in detentions] == ["Департамента внутренних дел г. Алматы"]


@pytest.mark.parametrize(("text", "rows"), [
    ("Возбуждено 18 административных дел, в том числе 9 — за проведение агитации в день, предшествующий "
     "голосованию.", [("mixed", "administrative_cases", 18), ("illegal_campaigning", "administrative_cases", 9)]),
    ("Выявлено 63 нарушения законодательства о выборах. К административной ответственности в виде штрафа "
     "привлечены 11 лиц.", [("mixed", "violations", 63), ("mixed", "persons_sanctioned", 11)]),
])
def test_sanctions_by_the_form_of_their_penalty_and_parts_by_their_kind(text: str, rows: list) -> None:
    _, infractions = read(text, language="ru", publisher="cec")
    assert [(c.category, c.measure, c.value) for c in infractions] == rows


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("The CEC received 83 complaints after election day; 17 of these alleged that voters had been issued more than "
     "one ballot.", "en", [("mixed", "complaints", 83), ("multiple_ballots_issued", "complaints", 17)]),
    ("В ЦИК поступило 46 жалоб. Как сообщил секретарь ЦИК, 9 из них касались воспрепятствования работе "
     "наблюдателей.", "ru", [("mixed", "complaints", 46), ("observer_obstruction", "complaints", 9)]),
])
def test_a_part_of_a_count_told_by_its_own_verb(text: str, language: Language, rows: list) -> None:
    _, infractions = read(text, language=language, publisher="cec")
    assert [(c.category, c.measure, c.value) for c in infractions] == rows


@pytest.mark.parametrize(("text", "language"), [
    ("В 31 случае наблюдателей удаляли с участков или не допускали к подсчёту голосов.", "ru"),
    ("In 31 cases, observers were expelled from polling stations or were not allowed to watch the count.", "en"),
])
def test_cases_counted_before_their_finding(text: str, language: Language) -> None:
    _, infractions = read(text, language=language, publisher="cec")
    assert [(c.category, c.measure, c.value) for c in infractions] == [("observer_obstruction", "violations", 31)]


def test_the_month_of_may_is_no_modal() -> None:
    _, infractions = read("The presidential election was calm. By 28 May, the CEC had received 19 complaints.")
    assert [(c.measure, c.value) for c in infractions] == [("complaints", 19)]


@pytest.mark.parametrize("text", [
    "Unauthorized persons, often local officials, interfered in the process in 8 per cent of polling stations visited.",
    "In 8 per cent of polling stations visited, observers were not given a clear view of the voting process.",
])
def test_an_apposition_or_a_view_withheld_in_a_share(text: str) -> None:
    _, infractions = read(text)
    assert [(c.measure, c.value) for c in infractions] == [("share_of_observations_pct", 8)]


@pytest.mark.parametrize(("text", "category"), [
    ("In a number of instances, voters were not required to show identification before receiving a ballot.", "other"),
    ("In a few instances commission members signed the voter list on behalf of voters who had not appeared.", "other"),
    ("The results protocols were completed in pencil or left blank for later completion.", "counting_irregularity"),
    ("Representatives of parties were at times not permitted to observe the process closely.",
     "observer_obstruction"),
])
def test_findings_the_missions_word_by_what_was_not_done(text: str, category: str) -> None:
    _, infractions = read(text)
    assert [(c.category, c.measure) for c in infractions] == [(category, "observed")]


def test_a_part_of_the_stations_the_sentence_before_counted() -> None:
    _, infractions = read("The count was assessed negatively in 26 of the 104 polling stations observed. In 10 of "
                          "these, observers were not given a meaningful opportunity to observe the count.")
    assert [(c.category, c.measure, c.value) for c in infractions] == [
        ("counting_irregularity", "polling_stations", 26), ("observer_obstruction", "polling_stations", 10)]


def test_a_monitors_report_in_the_first_person_is_its_authors() -> None:
    text = ("Общественное объединение «Честный голос» направило 640 наблюдателей на 412 участков. В день голосования "
            "наши наблюдатели зафиксировали 236 нарушений. На 41 участке члены комиссий не позволяли наблюдателям "
            "фотографировать списки избирателей.")
    _, infractions = read(text, language="ru", publisher="cec")
    assert [(c.category, c.measure, c.value, c.reported_by) for c in infractions] == [
        ("mixed", "violations", 236, "Честный голос"),
        ("observer_obstruction", "polling_stations", 41, "Честный голос")]


def test_complaints_none_of_which_were_answered_are_counted() -> None:
    _, infractions = read("По итогам дня в территориальные комиссии подано 37 жалоб, ни на одну из которых мы пока не "
                          "получили ответа.", language="ru", publisher="cec")
    assert [(c.measure, c.value) for c in infractions] == [("complaints", 37)]


@pytest.mark.parametrize(("text", "language"), [
    ("Вместе с тем МНВ не располагает сведениями о том, что наблюдатели подвергались задержанию.", "ru"),
    ("The mission was not aware of any reports that observers had been detained.", "en"),
    ("The EOM has no information that journalists were detained on election day.", "en"),
])
def test_knowing_of_no_detention_reports_none(text: str, language: Language) -> None:
    assert read(text, language=language) == ([], [])


def test_a_party_saying_it_filed_complaints_reports_them() -> None:
    _, infractions = read("The opposition Adal party said on 21 September it had filed 46 complaints with election "
                          "commissions.", publisher="cec")
    assert [(c.value, c.reported_by) for c in infractions] == [(46, "opposition Adal party")]


@pytest.mark.parametrize(("text", "language"), [
    ("Движение «Честные наблюдатели» сообщило о вбросах бюллетеней на 12 участках. То же движение сообщило, что на "
     "46 участках его наблюдателям было отказано в доступе.", "ru"),
    ("The Honest Observers movement reported ballot box stuffing at 12 polling stations. The same movement said its "
     "observers were denied access to 46 polling stations.", "en"),
])
def test_the_same_body_again(text: str, language: Language) -> None:
    _, infractions = read(text, language=language, publisher="cec")
    assert len({c.reported_by for c in infractions}) == 1 and len(infractions) == 2
    assert infractions[0].reported_by not in {"CEC", "ODIHR"}
