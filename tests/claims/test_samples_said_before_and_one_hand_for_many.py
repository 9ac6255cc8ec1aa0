"""A sample of observations counted in the sentence before (or named by a pronoun in the same one) is the base of
the parts said after it; one number that did not match another; one person signing for several voters; counts and
a hidden marking of ballots as the stations of observer obstruction (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import finding_rows, infraction_values

COUNTING = "counting_irregularity"
SHARE = "share_of_observations_pct"
STATIONS = "polling_stations"  # the stations of the sample, as written, the sample their base


@pytest.mark.parametrize(("language", "text", "rows"), [
    ("en", "The mission followed the vote count in 114 polling stations. In 61 of these counts, unused ballots were "
           "not cancelled, and in 48 the signatures on the voter lists were not counted.",
     [(COUNTING, STATIONS, 61, 114), (COUNTING, STATIONS, 48, 114)]),
    ("en", "Observers reported on the vote count from 118 polling stations. The count was assessed as bad or very bad "
           "in 27 per cent of these.", [(COUNTING, SHARE, 27, 118)]),
    ("en", "The mission observed the vote count in 114 polling stations, and assessed it negatively in 44 of them.",
     [(COUNTING, STATIONS, 44, 114)]),
    ("ru", "Миссия наблюдала за подсчётом голосов на 114 участках. В 61 из них неиспользованные бюллетени не были "
           "погашены.", [(COUNTING, STATIONS, 61, 114)]),
    ("ru", "Наблюдатели посетили 118 участков. Подсчёт голосов был оценён как плохой или очень плохой в 27 процентах "
           "из них.", [(COUNTING, SHARE, 27, 118)]),
], ids=["en-of-these-counts", "en-per-cent-of-these", "en-assessed-it", "ru-iz-nih", "ru-procentah-iz-nih"])
def test_a_sample_counted_before_is_the_base_of_its_parts(language: str, text: str, rows: list[tuple]) -> None:
    assert infraction_values(text, language) == rows


def test_a_part_of_stations_the_sentence_counts_itself_is_no_share_of_the_sample_before() -> None:
    text = ("The mission observed the vote count in 114 polling stations. Recounts were held in 7 PECs; in 3 of these, "
            "ballot box stuffing was seen.")
    assert ("ballot_box_stuffing", "polling_stations", 3, None) in infraction_values(text)


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("en", "In 19 polling stations the number of ballots found in the box did not match the number of signatures.",
     (COUNTING, "polling_stations", 19)),
    ("ru", "На 19 участках число бюллетеней в урне не совпадало с числом подписей в списке.",
     (COUNTING, "polling_stations", 19)),
    ("en", "In 29 polling stations, observers saw one person sign the voter list for several voters.",
     ("identical_signatures", "polling_stations", 29)),
    ("en", "In 6 per cent of observations the same person signed the voter list on behalf of several voters.",
     ("identical_signatures", SHARE, 6)),
    ("ru", "На 29 участках один человек расписывался в списке за нескольких избирателей.",
     ("identical_signatures", "polling_stations", 29)),
    ("kk", "29 учаскеде бір адам бірнеше сайлаушы үшін тізімге қол қойды.",
     ("identical_signatures", "polling_stations", 29)),
    ("en", "IEOM observers were restricted in their observation in 12 counts.",
     ("observer_obstruction", "polling_stations", 12)),
    ("en", "In 13 polling stations, IEOM observers were not in a position to see how ballots had been marked.",
     ("observer_obstruction", "polling_stations", 13)),
], ids=["en-number-did-not-match", "ru-chislo-ne-sovpadalo", "en-one-person-for-several", "en-same-person-share",
        "ru-odin-chelovek-za-neskolkih", "kk-bir-adam-birneshe", "en-in-12-counts", "en-how-ballots-were-marked"])
def test_findings_in_new_words(language: str, sentence: str, row: tuple) -> None:
    assert finding_rows(sentence, language) == {row}


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("en", "The commission received 17 complaints, all of them about campaign posters and leaflets left within the "
           "vicinity of polling stations.", ("illegal_campaigning", "complaints", 17)),
    ("en", "Observers reported cases in which the same person appeared to have signed for several voters.",
     ("identical_signatures", "observed", None)),
    ("ru", "Наблюдатели отметили, что члены ряда комиссий не погашали неиспользованные бюллетени и не оглашали отметки "
           "в бюллетенях.", (COUNTING, "observed", None)),
    ("ru", "Миссия получила сведения о том, что руководители вузов требовали от подчинённых явиться на голосование.",
     ("pressure_on_voters", "observed", None)),
    ("ru", "Подсчёт голосов был оценён как плохой на 38 из 104 участков, на которых наблюдатели присутствовали при "
           "подсчёте.", (COUNTING, STATIONS, 38)),
], ids=["en-posters-near-stations", "en-signed-for-several", "ru-ne-pogashali", "ru-trebovali-ot-podchinennyh",
        "ru-na-kotoryh-prisutstvovali"])
def test_more_findings_in_new_words(language: str, sentence: str, row: tuple) -> None:
    assert finding_rows(sentence, language) == {row}


def test_a_step_of_the_count_done_is_no_finding() -> None:
    assert finding_rows("Члены комиссий погашали неиспользованные бюллетени и оглашали отметки в бюллетенях.",
                        "ru") == set()
