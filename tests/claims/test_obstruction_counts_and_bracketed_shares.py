"""Observers kept from their work, counted by the stations where it happened; per cents in brackets after the kinds of a
mission's list; a voting process rated by its raters; ballots for a family (sentences of ours, in the missions' and
the monitors' shapes)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import Language, TextBlock

from .documents import context
from .documents import infraction_values as _rows


@pytest.mark.parametrize(("text", "language", "value"), [
    ("На 112 участках наблюдателям не позволяли приблизиться к столу комиссии.", "ru", 112),
    ("На 31 участке наблюдателям было отказано в возможности наблюдать за подсчётом.", "ru", 31),
    ("Сеть «Таза дауыс» сообщила, что её представители были удалены с 16 избирательных участков.", "ru", 16),
    ("Volunteers for the movement said they were refused copies at 19 polling stations.", "en", 19),
    ("Several commissions refused copies of the results protocol to observers, which the EOM recorded in 22 "
     "polling stations.", "en", 22),
])
def test_observers_kept_from_their_work_at_n_stations(text: str, language: Language, value: int) -> None:
    assert _rows(text, language) == [("observer_obstruction", "polling_stations", value, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("In 12 per cent of counts observed, observers were restricted in their observation or did not have a clear "
     "view of the ballots.", "en"),
    ("В 12 процентах случаев наблюдателям не обеспечили полноценного обзора процесса подсчёта.", "ru"),
])
def test_a_share_of_observations_of_obstruction(text: str, language: Language) -> None:
    assert _rows(text, language) == [("observer_obstruction", "share_of_observations_pct", 12, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Среди наиболее частых нарушений – групповое голосование (8 процентов) и выдача нескольких бюллетеней одному "
     "избирателю (5 процентов).", "ru"),
    ("The most frequent irregularities were group voting (8 per cent) and the issuing of several ballots to one "
     "voter (5 per cent).", "en"),
])
def test_a_missions_bracketed_per_cents_after_its_kinds_are_shares_of_observations(text: str,
                                                                                    language: Language) -> None:
    assert _rows(text, language) == [("group_voting", "share_of_observations_pct", 8, None),
                                     ("multiple_ballots_issued", "share_of_observations_pct", 5, None)]


def test_a_bracketed_per_cent_in_a_commissions_page_is_no_share_of_observations() -> None:
    rows = _rows("Среди нарушений – групповое голосование (8 процентов).", "ru", publisher="cec")
    assert not any(measure == "share_of_observations_pct" for _, measure, _, _ in rows)


def test_the_raters_before_the_voting_process_they_rated() -> None:
    assert _rows("Миссия оценила процесс голосования отрицательно на 9 процентах из 1 020 наблюдавшихся участков.",
                 "ru") == [("mixed", "share_of_observations_pct", 9, 1020)]


def test_ballots_issued_for_family_members() -> None:
    assert _rows("The same voter was issued ballots for more than one family member in 7 per cent of "
                 "observations.") == [("multiple_ballots_issued", "share_of_observations_pct", 7, None)]


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("По информации ЦИК, поступило 152 обращения, из которых 31 было квалифицировано как жалоба.", "ru",
     [("mixed", "complaints", 31, None)]),
    ("The CEC received 152 appeals, of which 31 were considered complaints.", "en",
     [("mixed", "complaints", 31, None)]),
    ("Жалобами признаны 27 из них: 19 касались агитации в день тишины, 8 – препятствования работе наблюдателей.",
     "ru", [("mixed", "complaints", 27, None), ("illegal_campaigning", "complaints", 19, None),
            ("observer_obstruction", "complaints", 8, None)]),
])
def test_the_appeals_found_to_be_complaints(text: str, language: Language, rows: list) -> None:
    assert _rows(text, language, publisher="cec") == rows


def test_complaints_none_of_which_were_decided_are_still_counted() -> None:
    assert _rows("The EOM is aware of 9 complaints alleging pressure on voters at workplaces, none of which resulted "
                 "in a formal decision.") == [("pressure_on_voters", "complaints", 9, None)]


def test_a_litotes_asserts_its_finding() -> None:
    _, infractions = extract_claims([TextBlock("Cases of group voting were not infrequent.", 3)], context())
    assert [(c.category, c.measure) for c in infractions] == [("group_voting", "observed")]


@pytest.mark.parametrize(("text", "language"), [
    ("Basic procedures were not followed: in 38 counts observed, unused ballots were not cancelled before the boxes "
     "were opened, and in 27 the number of signatures on the voter list was not established.", "en"),
])
def test_steps_of_the_count_omitted_in_the_counts_observed(text: str, language: Language) -> None:
    assert _rows(text, language) == [("counting_irregularity", "polling_stations", 38, None),
                                     ("counting_irregularity", "polling_stations", 27, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Во многих участках неиспользованные бюллетени не были погашены до вскрытия урн.", "ru"),
    ("In many polling stations unused ballots were not cancelled before the boxes were opened.", "en"),
])
def test_unused_ballots_left_uncancelled(text: str, language: Language) -> None:
    assert _rows(text, language) == [("counting_irregularity", "observed", None, None)]


def test_voters_told_how_to_vote_at_n_stations() -> None:
    assert _rows("In 38 polling stations observers noted that voters were accompanied by persons who appeared to "
                 "instruct them how to vote.") == [("pressure_on_voters", "polling_stations", 38, None)]


@pytest.mark.parametrize(("text", "language", "row"), [
    ("Түркістан облысындағы бір учаскеде бюллетень салу фактісі анықталды.", "kk",
     ("ballot_box_stuffing", "polling_stations", 1, None)),
    ("Алматы облысындағы екі сайлау учаскесінде бюллетень салу фактілері тіркелді.", "kk",
     ("ballot_box_stuffing", "polling_stations", 2, None)),
    ("In one polling station in Kyzylorda observers were asked to leave before the boxes were opened.", "en",
     ("observer_obstruction", "polling_stations", 1, None)),
])
def test_one_station_in_words_is_a_count(text: str, language: Language, row: tuple) -> None:
    assert _rows(text, language, publisher="cec" if language == "kk" else "osce") == [row]


def test_kazakh_observers_not_let_into_the_station() -> None:
    assert _rows("Орталық сайлау комиссиясына 11 шағым түсті, олардың төртеуі бақылаушылардың учаскеге "
                 "жіберілмеуіне қатысты.", "kk", publisher="cec") == [
        ("mixed", "complaints", 11, None), ("observer_obstruction", "complaints", 4, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("В 28 процентах наблюдений копии протоколов об итогах голосования не были вывешены для всеобщего ознакомления.",
     "ru"),
    ("In 28 per cent of observations, copies of the results protocol were not posted for the public.", "en"),
])
def test_results_not_posted_for_the_public(text: str, language: Language) -> None:
    assert _rows(text, language) == [("counting_irregularity", "share_of_observations_pct", 28, None)]


def test_a_share_of_them_the_stations_visited() -> None:
    assert _rows("The voting process was assessed positively in most polling stations visited; however, observers "
                 "evaluated the process as bad or very bad in 7 per cent of them.") == [
        ("mixed", "share_of_observations_pct", 7, None)]
