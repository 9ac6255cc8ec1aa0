"""A fraction of the observations with "more than" in every language's order: "more than a third", "более чем на
трети", "үштен бірінен астамында" (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context


@pytest.mark.parametrize(("language", "sentence", "value"), [
    ("en", "The count was assessed negatively in more than a third of the polling stations observed.", 33.3),
    ("ru", "Подсчёт голосов был оценён отрицательно более чем на трети участков, где велось наблюдение.", 33.3),
    ("kk", "Дауыс санау бақыланған учаскелердің үштен бірінен астамында теріс бағаланды.", 33.3),
    ("kk", "Дауыс санау бақыланған учаскелердің төрттен бірінен артығында теріс бағаланды.", 25.0),
], ids=["en-more-than-a-third", "ru-bolee-chem-na-treti", "kk-ushten-birinen-astamynda",
        "kk-tortten-birinen-artygynda"])
def test_more_than_a_fraction_of_observations(language: str, sentence: str, value: float) -> None:
    _, infractions = extract_claims([TextBlock(sentence, 1)], context(language=language))  # type: ignore[arg-type]
    assert [(i.category, i.measure, i.value, i.qualifier) for i in infractions] == [
        ("counting_irregularity", "share_of_observations_pct", value, "more than")]


def test_a_bare_kazakh_fraction_stays_exact() -> None:
    _, infractions = extract_claims([TextBlock("Дауыс санау бақыланған учаскелердің үштен бірінде теріс бағаланды.",
                                               1)], context(language="kk"))
    assert [(i.value, i.qualifier) for i in infractions] == [(33.3, "exact")]


@pytest.mark.parametrize(("sentence", "row"), [
    ("Дауыс санау байқалған учаскелердің жартысынан астамында маңызды процедуралар сақталмады.",
     ("counting_irregularity", "share_of_observations_pct", 50.0, "more than")),
    ("Миссияға мемлекеттік мекеме қызметкерлерін дауыс беруге баруға міндеттеген жағдайлар туралы хабарламалар түскен.",
     ("pressure_on_voters", "observed", None, "observed")),
], ids=["kk-procedures-not-kept", "kk-employees-made-to-vote"])
def test_kazakh_findings_in_these_words(sentence: str, row: tuple) -> None:
    _, infractions = extract_claims([TextBlock(sentence, 1)], context(language="kk"))
    assert [(i.category, i.measure, i.value, i.qualifier) for i in infractions] == [row]


def test_peaceful_protesters_in_the_singular_after_a_count() -> None:
    detentions, _ = extract_claims([TextBlock("Мәлімдемеде Алматыда ондаған бейбіт наразылық білдірушінің ұсталғаны "
                                              "атап өтілді.", 1)], context(language="kk"))
    assert [(d.qualifier, d.subject, d.location) for d in detentions] == [("tens", "protesters", "Алматы")]
