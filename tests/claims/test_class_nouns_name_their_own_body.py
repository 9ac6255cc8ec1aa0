"""A body named later by its class noun alone is the one an earlier sentence named with that noun, not whoever
spoke last ("… в объединении «X»" … the police … "по данным объединения" is X); a Kazakh association by its quoted
name speaks for what it reported (paragraphs invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import read


@pytest.mark.parametrize(("language", "paragraphs", "reporter"), [
    ("ru", ("В Алматы в день выборов в полицию доставили троих независимых наблюдателей, сообщили в объединении "
            "«Адал таңдау».",
            "В департаменте полиции Алматы подтвердили, что наблюдатели были приглашены для дачи объяснений.",
            "Всего, по данным объединения, его наблюдатели на 230 участках зафиксировали 96 нарушений."),
     "Адал таңдау"),
    ("en", ("The Adil Soz foundation said three reporters were detained in Almaty.",
            "The Ministry of Internal Affairs said it had detained 40 protesters.",
            "The foundation also recorded 96 violations."),
     "Adil Soz foundation"),
    ("kk", ("«Адал таңдау» бірлестігі Алматыда үш бақылаушы ұсталғанын хабарлады.",
            "Полиция департаменті бақылаушылардың түсініктеме беру үшін шақырылғанын растады.",
            "Бірлестіктің мәліметінше, оның бақылаушылары 96 бұзушылық тіркеді."),
     "Адал таңдау"),
], ids=["ru-po-dannym-obedineniya", "en-the-foundation", "kk-birlestiktin"])
def test_a_class_noun_stands_for_the_body_it_named_before(language: str, paragraphs: tuple[str, ...],
                                                          reporter: str) -> None:
    detentions, infractions = read(*paragraphs, language=language)
    assert [(i.value, i.reported_by) for i in infractions] == [(96, reporter)]
    assert detentions[0].reported_by == reporter


@pytest.mark.parametrize(("language", "sentence", "reporter"), [
    ("ru", "Штаб кандидата от блока «Адал жол» заявил во вторник, что его наблюдатели зафиксировали 300 нарушений.",
     "Адал жол"),
    ("en", "The Adil Soz foundation said on Tuesday that its monitors had recorded 300 violations.",
     "Adil Soz foundation"),
], ids=["ru-zayavil-vo-vtornik", "en-said-on-tuesday"])
def test_a_day_between_the_speaking_verb_and_what_it_tells(language: str, sentence: str, reporter: str) -> None:
    _, infractions = read(sentence, language=language)
    assert [(i.value, i.reported_by) for i in infractions] == [(300, reporter)]


@pytest.mark.parametrize(("language", "sentence"), [
    ("kk", "Ішкі істер вице-министрі Марат Қожаевтың айтуынша, Алматыда 500-ге жуық адам ұсталды."),
    ("ru", "По словам заместителя министра внутренних дел Марата Кожаева, в Алматы задержаны около 500 человек."),
    ("en", "Deputy Interior Minister Marat Kozhayev said about 500 people were detained in Almaty."),
], ids=["kk-vice-ministri", "ru-zamestitelya-ministra", "en-deputy-interior-minister"])
def test_an_official_named_after_the_office_speaks_as_the_office(language: str, sentence: str) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(500, "Minister of Internal Affairs")]


def test_a_paragraph_opening_on_a_part_goes_on_with_the_counts_source() -> None:
    _, infractions = read(
        "A representative of the Prosecutor General's Office reported that prosecutors had established 22 violations.",
        "Fourteen of them concerned voting on behalf of other citizens. Four cases involved issuing more than one "
        "ballot to a voter.", publisher="cec")
    assert {i.reported_by for i in infractions} == {"Prosecutor General's Office"}, infractions
    assert sorted(i.value for i in infractions) == [4, 14, 22]


def test_an_office_by_its_bare_noun_is_the_office_named_before() -> None:
    detentions, _ = read("С 9 по 12 июня в органы полиции доставлены свыше 3 900 участников митингов, заявил на "
                         "брифинге министр внутренних дел.",
                         "По словам министра, в день выборов только в Алматы были задержаны порядка 300 человек.",
                         language="ru")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [
        (3900, "Minister of Internal Affairs"), (300, "Minister of Internal Affairs")]


def test_a_term_of_administrative_arrest_is_no_detention() -> None:
    detentions, _ = read("Свыше 3 900 участников митингов доставлены в органы полиции. Около 700 из них подвергнуты "
                         "административному аресту на срок до 15 суток.", language="ru")
    assert [d.detained_min for d in detentions] == [3900]
