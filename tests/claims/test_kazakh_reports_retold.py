"""A Kazakh page retelling a mission's report (sentences of ours): the findings in the evidential past ("байқалған",
"байқалғаны айтылған") are findings, and the report named as the source ("миссиясының алдын ала қорытындысына
сәйкес", "мәлімдемесінде") gives the mission as the reporter, not the commission that published the page."""

from __future__ import annotations

import pytest

from .documents import read


@pytest.mark.parametrize(("text", "kinds"), [
    ("Миссияның мәліметінше, жекелеген учаскелерде жәшікке бюллетеньдерді заңсыз салу және топтасып дауыс беру "
     "жағдайлары байқалған.", {"ballot_box_stuffing", "group_voting"}),
    ("Миссияның мәліметінше, бірқатар учаскелерде бір сайлаушыға бірнеше бюллетень берілген, сондай-ақ сайлаушылар "
     "тізімінде бірдей қолтаңбалар байқалған.", {"multiple_ballots_issued", "identical_signatures"}),
    ("ЕҚЫҰ ДИАҚБ миссиясының мәлімдемесінде бірқатар учаскелерде бюллетеньдерді жәшікке заңсыз салу жағдайлары "
     "байқалғаны айтылған.", {"ballot_box_stuffing"}),
])
def test_findings_retold_in_the_evidential_past(text: str, kinds: set[str]) -> None:
    _, infractions = read(text, publisher="cec", language="kk")
    assert {i.category for i in infractions} == kinds
    assert {i.reported_by for i in infractions} == {"ODIHR"}


def test_the_missions_conclusion_as_the_source() -> None:
    _, infractions = read("ЕҚЫҰ ДИАҚБ миссиясының алдын ала қорытындысына сәйкес, дауыс беру бақыланған "
                          "учаскелердің 12 пайызында теріс бағаланды.", publisher="cec", language="kk")
    assert [(i.measure, i.value, i.reported_by) for i in infractions] == [("share_of_observations_pct", 12, "ODIHR")]


def test_a_finding_denied_in_the_evidential_past_is_none() -> None:
    _, infractions = read("Учаскелерде бюллетеньдерді заңсыз салу жағдайлары байқалмаған.", publisher="cec",
                          language="kk")
    assert infractions == []
