"""A group's own report, titled with its name and telling of itself in the third person, is the group's; a count set
off right after its kind, by a bracket or a dash, is that kind's, and a group's counted cases are violations it
recorded (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context, infraction_values


@pytest.mark.parametrize(("language", "heading", "body", "author"), [
    ("en", "Steppe Watch Observers' Coalition — Preliminary Report on Election Day",
     "In total, the coalition recorded 1,204 violations.", "Steppe Watch Observers' Coalition"),
    ("ru", "Общественный фонд «Честный голос». Предварительный отчёт о наблюдении за выборами",
     "Всего наблюдатели фонда зафиксировали 684 нарушения.", "Честный голос"),
    ("kk", "«Ашық бақылау» қоғамдық бірлестігінің алдын ала есебі",
     "Бірлестік бақылаушылары барлығы 312 бұзушылық тіркеді.", "Ашық бақылау"),
], ids=["en-coalition-dash-report", "ru-fond-full-stop-otchet", "kk-birlestik-esebi"])
def test_a_group_report_in_the_third_person_is_the_groups(language: str, heading: str, body: str,
                                                          author: str) -> None:
    blocks = [TextBlock(heading, 1, kind="heading"), TextBlock(body, 1)]
    infractions = extract_claims(blocks, context(language=language))[1]
    assert [(c.category, c.reported_by) for c in infractions] == [("mixed", author)]


def test_a_mission_statement_is_no_group_report() -> None:
    blocks = [TextBlock("Statement of Preliminary Findings and Conclusions", 1, kind="heading"),
              TextBlock("The count was assessed negatively in 20 per cent of counts observed. The coalition of citizen "
                        "observers reported 300 violations.", 1)]
    infractions = extract_claims(blocks, context())[1]
    assert infractions and infractions[0].reported_by == "ODIHR"
    assert not any("Findings" in c.reported_by for c in infractions)


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "The most frequent were obstruction of observers (392 cases) and voting by one person on behalf of several "
           "family members (211 cases).",
     [("observer_obstruction", 392), ("voter_impersonation", 211)]),
    ("ru", "Чаще всего наблюдатели сообщали о препятствиях в осуществлении наблюдения — 241 случай, а также о выдаче "
           "нескольких бюллетеней одному избирателю (98 случаев).",
     [("observer_obstruction", 241), ("multiple_ballots_issued", 98)]),
    ("kk", "Ең жиі кездескені бір сайлаушыға бірнеше бюллетень беру (54 жағдай) болды.",
     [("multiple_ballots_issued", 54)]),
], ids=["en-brackets", "ru-dash-and-brackets", "kk-brackets"])
def test_a_count_set_off_after_its_kind_is_that_kinds(language: str, sentence: str, rows: list) -> None:
    assert [(c, v) for c, _, v, _ in infraction_values(sentence, language)] == rows


def test_a_groups_counted_cases_are_violations_it_recorded() -> None:
    blocks = [TextBlock("Steppe Watch Observers' Coalition — Preliminary Report", 1, kind="heading"),
              TextBlock("The coalition's observers noted obstruction of observers (392 cases).", 1)]
    infractions = extract_claims(blocks, context())[1]
    assert [(c.category, c.measure, c.value) for c in infractions] == [("observer_obstruction", "violations", 392)]


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("en", "Most of the violations concerned illegal campaigning (27) and the obstruction of the work of "
           "observers (4).",
     [("illegal_campaigning", "violations", 27, None), ("observer_obstruction", "violations", 4, None)]),
    ("ru", "Наибольшее количество нарушений связано с незаконной агитацией (71).",
     [("illegal_campaigning", "violations", 71, None)]),
    ("en", "The most frequent were group voting (71 reports), voting by one person for family members (54) and "
           "pressure on voters by employers (38).",
     [("group_voting", "reports", 71, None), ("voter_impersonation", "reports", 54, None),
      ("pressure_on_voters", "reports", 38, None)]),
], ids=["en-bare-counts-in-brackets", "ru-agitaciej-71", "en-measure-of-the-first-bracket"])
def test_a_bare_count_in_brackets_after_its_kind(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language, publisher="cec" if language == "ru" else "osce") == rows
