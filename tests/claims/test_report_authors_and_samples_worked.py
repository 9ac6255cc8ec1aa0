"""A group's report whose heading names it and whose text speaks in the first person is that group's account; the
stations its observers worked at are the sample its "N of M" parts are shares of (documents invented for these
tests)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context, headed, infraction_values


@pytest.mark.parametrize(("language", "heading", "body", "author"), [
    ("en", "Preliminary report of the Fair Count coalition on the republican referendum",
     "We recorded signs of ballot stuffing in 12 polling stations.", "Fair Count coalition"),
    ("ru", "Предварительный отчёт коалиции «Адал есеп» по итогам наблюдения",
     "Наши наблюдатели зафиксировали признаки вброса бюллетеней на 12 участках.", "Адал есеп"),
    ("kk", "«Адал есеп» коалициясының алдын ала есебі",
     "Біздің бақылаушылар 12 учаскеде бюллетень тастау белгілерін тіркеді.", "Адал есеп"),
], ids=["en-report-of", "ru-otchet-koalicii", "kk-koaliciyasynyn-esebi"])
def test_a_first_person_report_is_its_headings_author(language: str, heading: str, body: str, author: str) -> None:
    infractions = headed(heading, body, language)  # type: ignore[arg-type]
    assert [(i.category, i.value, i.reported_by) for i in infractions] == [("ballot_box_stuffing", 12, author)]


def test_a_report_in_the_third_person_keeps_the_publisher() -> None:
    blocks = [TextBlock("Report of the Fair Count coalition on the referendum", 1, kind="heading"),
              TextBlock("Ballot box stuffing was seen in 12 polling stations.", 1)]
    _, infractions = extract_claims(blocks, context())
    assert [i.reported_by for i in infractions] == ["ODIHR"]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Наблюдатели коалиции работали на 412 избирательных участках. На 41 из 412 участков зафиксированы признаки "
           "вброса бюллетеней."),
    ("en", "Observers covered 412 polling stations. Ballot box stuffing was seen in 41 of the 412 polling stations."),
], ids=["ru-rabotali-na", "en-covered"])
def test_n_of_the_stations_worked_at_is_a_share_of_the_sample(language: str, text: str) -> None:
    assert infraction_values(text, language) == [("ballot_box_stuffing", "polling_stations", 41, 412)]


def test_stations_of_a_district_stay_stations() -> None:
    assert infraction_values("Ballot box stuffing was seen in 6 of the 40 polling stations in the district.") == [
        ("ballot_box_stuffing", "polling_stations", 6, 40)]


def test_observers_refused_entry_is_obstruction() -> None:
    assert infraction_values("Our observers were refused entry or asked to leave in 37 polling stations.") == [
        ("observer_obstruction", "polling_stations", 37, None)]
