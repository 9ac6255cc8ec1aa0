"""Claims denied by the one who reports them, monitors named as the subject of their report, stations added to a
count, procedural errors in a sample of counts, and the examples of a finding (sentences of ours, in the shapes of
mission reports, officials' statements and the press)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import infraction_values, read


@pytest.mark.parametrize(("text", "language"), [
    ("Observers saw ballot box stuffing in 24 polling stations, and in a further 31 polling stations noted seemingly "
     "identical signatures on the voter lists.", "en"),
    ("Наблюдатели видели вбросы бюллетеней на 24 участках, а ещё на 31 участке отметили одинаковые подписи в "
     "списках избирателей.", "ru"),
])
def test_stations_added_to_a_count_name_their_own_finding(text: str, language: Language) -> None:
    assert infraction_values(text, language) == [("ballot_box_stuffing", "polling_stations", 24, None),
                                         ("identical_signatures", "polling_stations", 31, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Procedural errors and omissions were noted in 15 of the 60 counts observed.", "en"),
    ("Процедурные ошибки были отмечены в 15 из 60 наблюдавшихся подсчётов.", "ru"),
    ("Бақылау жүргізілген 60 учаскенің 15-інде рәсімдік қателіктер байқалды.", "kk"),
])
def test_procedural_errors_in_a_sample_are_a_share_of_it(text: str, language: Language) -> None:
    assert infraction_values(text, language) == [("mixed", "polling_stations", 15, 60)]


@pytest.mark.parametrize(("text", "language", "row"), [
    ("Counting errors were noted in 15 of the 60 counts observed, including ballots not being shown to those "
     "present.", "en", ("counting_irregularity", "polling_stations", 15, 60)),
    ("Нарушения при подсчёте голосов отмечены на 15 участках, в том числе не оглашались итоги.", "ru",
     ("counting_irregularity", "polling_stations", 15, None)),
])
def test_an_omission_among_the_examples_does_not_negate_the_finding(text: str, language: Language,
                                                                    row: tuple) -> None:
    assert infraction_values(text, language) == [row]


@pytest.mark.parametrize(("text", "reporter"), [
    ("In the days before the vote, the For a Fair Count coalition informed the EOM that police in Almaty had "
     "detained 14 of its activists.", "For a Fair Count coalition"),
    ("Two journalists covering the protest were detained for several hours, the Free Word foundation told the "
     "ODIHR EOM.", "Free Word foundation"),
])
def test_the_body_that_tells_the_mission_reports_the_detention(text: str, reporter: str) -> None:
    detentions, _ = read(text)
    assert [d.reported_by for d in detentions] == [reporter]


def test_a_monitoring_group_speaking_of_its_observers_is_their_reporter() -> None:
    _, infractions = read("The independent monitoring group Taza Saylau said its observers had recorded ballot box "
                          "stuffing at nine polling stations.")
    assert [(c.category, c.value, c.reported_by) for c in infractions] == [
        ("ballot_box_stuffing", 9, "Taza Saylau")]


@pytest.mark.parametrize(("text", "language"), [
    ("The Interior Ministry dismissed social-media reports that dozens of people had been detained in the capital.",
     "en"),
    ("The ministry denied reports that two journalists had been among those detained.", "en"),
    ("Rumours that observers had been detained at polling stations in Karaganda were dismissed by the police.", "en"),
    ("Представители ЦИК отвергли утверждения о том, что наблюдателей удаляли с участков.", "ru"),
    ("В МВД опровергли сообщения о задержании 30 человек в Алматы.", "ru"),
    ("Полиция бес белсенді ұсталды деген ақпаратты жоққа шығарды.", "kk"),
])
def test_a_claim_reported_only_to_be_denied_is_no_claim(text: str, language: Language) -> None:
    assert read(text, language=language) == ([], [])


def test_a_claim_of_its_own_before_a_denial_stands() -> None:
    detentions, _ = read("Police detained 20 protesters, but the ministry denied reports that journalists were "
                         "among them.")
    assert [(d.detained_min, d.subject) for d in detentions] == [(20, "protesters")]
