"""An ODIHR report's findings, read from a typeset PDF (the second corpus's generator): bases, sanctions,
reporters and event dates come through the PDF layer; a finding repeated in a report is one row."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sources.osce.report import parse_odihr_pdf

GENERATOR = Path(__file__).resolve().parent.parent / "fixtures" / "corpus2" / "make_osce.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_osce", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_final_report_findings(corpus: ModuleType) -> None:
    final = corpus.PRESIDENTIAL_2022.reports[1]
    out = parse_odihr_pdf(corpus.report_pdf(final), "fr2022")
    assert out.doc_kind == "odihr_final_report" and out.unread == []
    rows = {(c.category, c.measure, c.value, c.base, c.reported_by) for c in out.infractions}
    assert ("counting_irregularity", "polling_stations", 21, 118, "ODIHR") in rows
    assert ("mixed", "persons_sanctioned", 7, None, "Prosecutor General's Office") in rows
    assert ("group_voting", "share_of_observations_pct", 3, None, "ODIHR") in rows
    # "the honesty of the count could not be guaranteed" repeats the counted counting finding: no second row
    assert not any(c.category == "counting_irregularity" and c.measure == "observed" for c in out.infractions)
    [detention] = out.detentions
    assert (detention.detained_min, detention.subject, detention.reported_by, detention.date_from) == (
        26, "protesters", "Ministry of Internal Affairs", dt.date(2022, 11, 21)
    )  # fmt: skip


def test_statement_detention_takes_the_date_of_the_sentence_before(corpus: ModuleType) -> None:
    statement = corpus.PRESIDENTIAL_2022.reports[0]
    out = parse_odihr_pdf(corpus.report_pdf(statement), "st2022")
    [detention] = out.detentions
    assert (detention.detained_min, detention.date_from, detention.reported_by) == (
        18, dt.date(2022, 11, 20), "Ministry of Internal Affairs"
    )  # fmt: skip
    # coverage is no value: 310 observers, 1,062 and 118 polling stations followed
    assert not any(c.value in (310, 1062, 118) for c in out.infractions)


def test_final_report_read_paragraph_by_paragraph(corpus: ModuleType) -> None:
    """Each PDF paragraph is its own block: a speaker going on in the next paragraph, a police statement's "it said"
    and "according to the same statement", stations said once for a list of kinds, the complaints upheld."""
    final = corpus.PARLIAMENTARY_2023.reports[1]
    out = parse_odihr_pdf(corpus.report_pdf(final), "fr2023")
    assert out.doc_kind == "odihr_final_report" and out.unread == []
    rows = {(c.category, c.measure, c.value, c.base, c.reported_by) for c in out.infractions}
    assert rows == {
        ("counting_irregularity", "polling_stations", 31, 124, "ODIHR"),
        ("identical_signatures", "polling_stations", 16, None, "ODIHR"),
        ("ballot_box_stuffing", "polling_stations", 6, None, "ODIHR"),
        ("group_voting", "polling_stations", 9, None, "ODIHR"),
        ("mixed", "complaints", 52, None, "CEC"),
        ("mixed", "violations", 13, None, "CEC"),
        ("ballot_box_stuffing", "criminal_cases", 3, None, "Prosecutor General's Office"),
        ("illegal_campaigning", "violations", 21, None, "Prosecutor General's Office"),
        ("illegal_campaigning", "persons_sanctioned", 17, None, "Prosecutor General's Office"),
    }
    assert [(c.detained_min, c.reported_by, c.date_from) for c in out.detentions] == [
        (42, "police", dt.date(2023, 3, 19)),
        (15, "police", dt.date(2023, 3, 19)),
        (3, "Kazakhstan International Bureau for Human Rights", dt.date(2023, 3, 22)),
        (5, "Erkindik Kanaty", dt.date(2023, 3, 19)),
        (1, "Kazakhstan International Bureau for Human Rights", dt.date(2023, 3, 21)),
        (1, "Adil Soz foundation", dt.date(2023, 3, 20)),
    ]
