"""Kazakh frames that name the source before them in the genitive: "X ақпаратына сәйкес" (according to X's
information), "X мәлімдегендей" (as X stated), "X хабарлағандай"; and the ministry that named itself before, as
"Министрлік мәліметі бойынша" (by the ministry's data) (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims import read_claims
from sources.records import ClaimContext, TextBlock


def _claims(*paragraphs: str):
    context = ClaimContext("doc", "cec", "kk", dt.date(2019, 6, 9), dt.date(2019, 6, 10))
    return read_claims([TextBlock(p) for p in paragraphs], context)


@pytest.mark.parametrize(("text", "reporter"), [
    ("Бас прокуратураның ақпаратына сәйкес, сайлау кезеңінде заңнаманы бұзудың 27 фактісі анықталды.",
     "Prosecutor General's Office"),
    ("Бас прокуратура хабарлағандай, сайлау кезеңінде заңнаманы бұзудың 27 фактісі анықталды.",
     "Prosecutor General's Office"),
], ids=["according-to-information", "as-reported"])
def test_a_kazakh_frame_names_the_source_of_a_count(text: str, reporter: str) -> None:
    found = _claims(text)
    assert [(x.measure, x.value, x.reported_by) for x in found.infractions] == [("violations", 27.0, reporter)]


def test_as_the_deputy_minister_stated() -> None:
    found = _claims("Ішкі істер министрінің орынбасары брифингте мәлімдегендей, сайлау күні Алматыда рұқсат "
                    "етілмеген акцияға қатысқан 120-дан астам адам ұсталды.")
    assert [(d.detained_min, d.reported_by) for d in found.detentions] == [(120, "Minister of Internal Affairs")]


def test_the_ministry_by_its_data_after_it_spoke() -> None:
    found = _claims("Ішкі істер министрлігі сайлау күнгі жағдай туралы хабарлады.",
                    "Министрлік мәліметі бойынша, Алматыда тағы 35 адам полиция бөлімшелеріне жеткізілген.")
    assert [(d.detained_min, d.reported_by) for d in found.detentions] == [(35, "Ministry of Internal Affairs")]
