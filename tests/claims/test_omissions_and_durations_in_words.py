"""A "not" before a gerund names an omission, not a denial ("assessed as bad in 35 of the 112 counts observed,
largely due to omissions such as not cancelling unused ballots" keeps its finding), and a duration in words between
the people and their verb ("шамамен бір сағатқа", "примерно на час", "for about an hour") counts nobody
(sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims import read_claims
from sources.records import ClaimContext, TextBlock


def _claims(text: str, language: str):
    context = ClaimContext("doc", "osce", language, dt.date(2022, 11, 20), dt.date(2022, 11, 21))
    return read_claims([TextBlock(text)], context)


def test_an_omission_named_with_not_keeps_the_finding() -> None:
    found = _claims("The count was assessed as bad or very bad in 30 of the 120 counts observed, mostly because of "
                    "omissions such as not sealing unused ballots and not checking the signatures.", "en")
    assert [(x.category, x.measure, x.value, x.base) for x in found.infractions] == [
        ("counting_irregularity", "polling_stations", 30, 120.0)]


def test_a_denial_still_cancels_its_finding() -> None:
    found = _claims("Observers did not report ballot box stuffing in the 120 counts observed.", "en")
    assert not found.infractions


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Жиынды түсіріп жүрген үш журналист шамамен бір сағатқа полиция бөлімшесіне апарылды."),
    ("ru", "Трёх журналистов примерно на час доставили в отдел полиции."),
    ("ru", "Трёх журналистов на пару часов доставили в отдел полиции."),
    ("en", "Three journalists were taken to a police station for about an hour."),
], ids=["kk", "ru-about-an-hour", "ru-a-couple-of-hours", "en"])
def test_a_duration_in_words_counts_nobody(language: str, text: str) -> None:
    found = _claims(text, language)
    assert [(d.detained_min, d.detained_max, d.subject) for d in found.detentions] == [(3, 3, "journalists")]
