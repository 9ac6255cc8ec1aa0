"""Observers expelled or not let near, ballots not shown, steps of the count skipped; a group's findings headed by its
name and a colon; a sentence that counts its own stations or gives examples is no elaboration of the count before;
parts of the counts observed with no base; offences given as examples leave the people sanctioned of every kind
(texts invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import finding_rows, headed, infraction_values, read


@pytest.mark.parametrize(("sentence", "rows"), [
    ("At 19 polling stations our observers were expelled from the premises or not allowed to approach the tables.",
     {("observer_obstruction", "polling_stations", 19)}),
    ("In almost half of the counts observed the ballots were not shown to those present.",
     {("counting_irregularity", "share_of_observations_pct", 50)}),
    ("Commissions frequently skipped the cancellation of unused ballots and rarely announced aloud how each ballot had "
     "been marked.", {("counting_irregularity", "observed", None)}),
    ("In 13 polling stations, observers were positioned too far from the counting table to see the marks.",
     {("observer_obstruction", "polling_stations", 13)}),
    ("In five of the counts observed, observers witnessed ballot box stuffing.",
     {("ballot_box_stuffing", "polling_stations", 5)}),
    ("Key procedural steps were routinely omitted during the count.", {("counting_irregularity", "observed", None)}),
    ("The CEC received 93 complaints, of which 27 related to alleged campaign violations and 8 to pressure exerted on "
     "voters by employers.", {("mixed", "complaints", 93), ("illegal_campaigning", "complaints", 27),
                              ("pressure_on_voters", "complaints", 8)}),
], ids=["expelled-or-not-allowed", "ballots-not-shown", "steps-skipped", "too-far-from-the-table",
        "five-of-the-counts-observed", "procedural-steps-omitted", "campaign-violations-and-pressure-exerted"])
def test_findings_in_these_words(sentence: str, rows: set[tuple]) -> None:
    assert finding_rows(sentence) == rows


@pytest.mark.parametrize(("language", "heading", "body", "author"), [
    ("en", "Adal Count: preliminary findings on referendum day", "In total, our observers recorded 164 violations.",
     "Adal Count"),
    ("ru", "«Адал таңдау»: предварительные итоги наблюдения", "Наши наблюдатели зафиксировали 164 нарушения.",
     "Адал таңдау"),
    # a body's quoted name with its class noun before it, whatever the heading goes on to say
    ("ru", "Общественный фонд «Адал таңдау»: итоги наблюдения", "Наши наблюдатели зафиксировали 164 нарушения.",
     "Адал таңдау"),
    ("kk", "«Адал таңдау»: сайлау күнгі бақылау қорытындысы", "Біздің бақылаушылар 164 бұзушылық тіркеді.",
     "Адал таңдау"),
], ids=["en-name-colon-findings", "ru-name-colon-itogi", "ru-fond-colon", "kk-quoted-colon"])
def test_a_groups_name_before_a_colon_heads_its_first_person_findings(language: str, heading: str, body: str,
                                                                     author: str) -> None:
    assert [(i.value, i.reported_by) for i in headed(heading, body, language)] == [(164, author)]  # type: ignore[arg-type]


def test_a_later_sentence_counting_its_own_stations_leaves_the_count_mixed() -> None:
    _, infractions = read("In total, observers recorded 164 violations.",
                          "At 19 polling stations observers were expelled from the premises.")
    assert [(i.category, i.measure, i.value) for i in infractions] == [
        ("mixed", "violations", 164), ("observer_obstruction", "polling_stations", 19)]


@pytest.mark.parametrize(("language", "text", "example"), [
    ("en", "Prosecutors initiated 46 administrative cases. These resulted in fines for 31 citizens, for offences such "
           "as issuing several ballots to a single voter.", "multiple_ballots_issued"),
    ("ru", "Прокуроры возбудили 46 административных дел. Оштрафованы 31 человек за такие нарушения, как выдача "
           "нескольких бюллетеней одному избирателю.", "multiple_ballots_issued"),
], ids=["en-such-as", "ru-takie-kak"])
def test_offences_given_as_examples_leave_the_sanctioned_mixed(language: str, text: str, example: str) -> None:
    rows = infraction_values(text, language, publisher="cec")
    assert ("mixed", "administrative_cases", 46, None) in rows
    assert ("mixed", "persons_sanctioned", 31, None) in rows, rows
