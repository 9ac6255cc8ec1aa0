"""Shapes of our own: a body's report as the source of the next sentence (its day of publication no day of the
events), parts named after a stated total or after a Kazakh verb, a person doing something between noun and verb, a
singular noun before a verb with its destination, Kazakh places listed with the case on the last, the bureau by its
Russian acronym, and "of them" counting the people named last, not an earlier paragraph's."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import detention_row, read


@pytest.mark.parametrize(("text", "language", "reporter"), [
    ("Фонд защиты свободы слова «Адил соз» 22 ноября опубликовал промежуточный доклад. Согласно докладу, не менее "
     "четырех журналистов были задержаны в Алматы.", "ru", "Адил соз"),
    ("The Adil Soz foundation published a report on 22 November. According to the report, at least four journalists "
     "were detained in Almaty.", "en", "Adil Soz foundation"),
])
def test_the_report_a_body_published_speaks_for_it(text: str, language: Language, reporter: str) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(4, reporter)]
    assert [d.date_from for d in detentions] == [None]  # 22 November is the day the report came out


@pytest.mark.parametrize(("text", "language"), [
    ("Правозащитники утверждают, что задержанных было не менее 16, в том числе двое наблюдателей.", "ru"),
    ("The number of detainees reached 16, among them two observers, human rights defenders said.", "en"),
    ("Алматыда 16 адам ұсталды, олардың арасында екі бақылаушы бар.", "kk"),
])
def test_a_part_named_after_the_total_is_counted_too(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.subject) for d in detentions if d.subject == "observers"] == [(2, "observers")]
    assert 16 in [d.detained_min for d in detentions]


def test_a_kazakh_part_of_an_uncounted_group() -> None:
    detentions, _ = read("Алматы мен Шымкентте ондаған белсенді ұсталды, олардың арасында бірнеше журналист бар.",
                         language="kk")
    assert [(d.detained_min, d.detained_max, d.subject, d.location) for d in detentions] == [
        (20, 99, "activists", "Алматы мен Шымкент"), (3, 9, "journalists", "Алматы мен Шымкент")]


@pytest.mark.parametrize(("text", "language"), [
    ("A journalist covering the rally was detained in Taraz.", "en"),
    ("A journalist of an online outlet covering the rally was held at a police station for four hours.", "en"),
    ("An observer who filmed the count was detained in Taraz.", "en"),
    ("Кроме того, корреспондентка одного из уральских изданий была доставлена в отдел полиции.", "ru"),
])
def test_one_person_with_what_they_were_doing_is_one_detainee(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.detained_max, d.qualifier) for d in detentions] == [(1, 1, "exact")]


def test_a_plural_noun_before_a_verb_with_its_destination_stays_uncounted() -> None:
    detentions, _ = read("Журналисты были доставлены в отдел полиции.", language="ru")
    assert [(d.detained_min, d.qualifier) for d in detentions] == [(None, "uncounted")]


def test_the_bureau_by_its_russian_acronym() -> None:
    detentions, _ = read("Правозащитники из КМБПЧ утверждают, что в Алматы задержаны 16 человек.", language="ru")
    assert [d.reported_by for d in detentions] == ["Kazakhstan International Bureau for Human Rights"]


def test_of_them_counts_the_people_named_last_not_an_earlier_paragraphs_detainees() -> None:
    detentions, _ = read("Four journalists were detained.",
                         "On election night people gathered in Almaty. Police took 18 of them to police stations.")
    assert [detention_row(d)[:4] for d in detentions] == [(4, 4, "exact", "journalists"), (18, 18, "exact", "people")]


def test_a_group_is_no_word_inside_another_word() -> None:
    detentions, _ = read("В Таразе задержаны трое наблюдателей. Ещё двоих доставили в отдел полиции.", language="ru")
    assert [(d.detained_min, d.subject) for d in detentions] == [(3, "observers"), (2, "observers")]


@pytest.mark.parametrize(("text", "language", "reporter"), [
    ("The Erkindik Kanaty human rights bureau told ODIHR that six of its observers had been detained.", "en",
     "Erkindik Kanaty"),
    ("«Еркіндік қанаты» құқық қорғау бюросының мәліметінше, 17 бақылаушы ұсталды.", "kk", "Еркіндік қанаты"),
    ("Several human rights defenders said that 20 people had been detained.", "en", "civil society organisations"),
])
def test_a_body_named_before_its_class_noun_keeps_its_name(text: str, language: Language, reporter: str) -> None:
    detentions, _ = read(text, language=language)
    assert [d.reported_by for d in detentions] == [reporter]
