"""People removed from a polling station and then taken to the police: the detention is the counted subject's
second predicate, joined by "and" or by a Kazakh converb and its comma; a police station named by its district
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import read


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Two observers were removed from the polling station and driven to the Almaly district police station."),
    ("ru", "Двое наблюдателей были удалены с участка и доставлены в отдел полиции."),
    ("kk", "Шымкентте екі бақылаушы учаскеден күштеп шығарылып, полиция бөлімшесіне жеткізілді."),
], ids=["en-removed-and-driven", "ru-udaleny-i-dostavleny", "kk-shygarylyp-zhetkizildi"])
def test_observers_removed_and_taken_to_the_police_are_detained(language: str, sentence: str) -> None:
    detentions, infractions = read(sentence, language=language)
    assert [(d.detained_min, d.detained_max, d.subject) for d in detentions] == [(2, 2, "observers")]
    assert [i.category for i in infractions] == ["observer_obstruction"]


def test_observers_removed_only_are_no_detention() -> None:
    detentions, _ = read("Шымкентте екі бақылаушы учаскеден күштеп шығарылып, кейін қайта кіргізілді.", language="kk")
    assert detentions == []


def test_reporters_driven_to_a_district_police_station() -> None:
    detentions, _ = read("Two reporters covering the picket were also driven to the Almaly district police station.")
    assert [(d.detained_min, d.subject) for d in detentions] == [(2, "journalists")]


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("ru", "По его словам, задержанных были сотни.", (200, 999, "hundreds")),
    ("ru", "По его словам, задержанных было около 500.", (500, 500, "approximately")),
    ("kk", "Сайлау күні Алматыда бойкотқа шақырған бірнеше белсенді қысқа мерзімге ұсталды.", (3, 9, "several")),
], ids=["ru-zaderzhannyh-byli-sotni", "ru-zaderzhannyh-bylo-okolo", "kk-qysqa-merzimge"])
def test_detained_counted_as_a_subject_or_held_briefly(language: str, sentence: str, row: tuple) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.detained_max, d.qualifier) for d in detentions] == [row]


@pytest.mark.parametrize(("language", "sentence", "reporter"), [
    ("ru", "По подсчётам Казахстанского международного бюро по правам человека, среди задержанных в эти дни оказались "
           "не менее 10 журналистов.", "Kazakhstan International Bureau for Human Rights"),
    ("en", "Among those detained on Sunday were at least 10 journalists.", "ODIHR"),
], ids=["ru-sredi-zaderzhannyh-okazalis", "en-among-those-detained-were"])
def test_those_counted_among_the_detained(language: str, sentence: str, reporter: str) -> None:
    detentions, _ = read(sentence, language=language)
    assert [(d.detained_min, d.detained_max, d.subject, d.reported_by) for d in detentions] == [
        (10, None, "journalists", reporter)]


def test_an_official_speaking_at_a_briefing_on_a_date() -> None:
    detentions, _ = read("Министр внутренних дел Ерлан Тургумбаев на брифинге 11 июня заявил, что в отделы полиции "
                         "доставили свыше 3 тысяч участников акций.", language="ru")
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(3000, "Minister of Internal Affairs")]


@pytest.mark.parametrize(("sentence", "row"), [
    ("Ұсталғандардың арасында кемінде екі тілші бар.", (2, None, "journalists", None)),
    ("Шымкенттегі №87 учаскеде біздің бақылаушымыз полицияға жеткізіліп, екі сағаттан кейін ғана босатылды.",
     (1, 1, "observers", "Шымкент")),
], ids=["kk-ustalgandardyn-arasynda", "kk-policiyaga-zhetkizilip"])
def test_kazakh_detentions_among_the_detained_and_taken_to_the_police(sentence: str, row: tuple) -> None:
    detentions, _ = read(sentence, language="kk")
    assert [(d.detained_min, d.detained_max, d.subject, d.location) for d in detentions] == [row]
