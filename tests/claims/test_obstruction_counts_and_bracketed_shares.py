"""Observers kept from their work, counted by the stations where it happened; per cents in brackets after the kinds of a
mission's list; a voting process rated by its raters; ballots for a family (sentences of ours, in the missions' and
the monitors' shapes)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import Language, Source, TextBlock

from .documents import context


def _rows(text: str, language: Language = "en", publisher: Source = "osce") -> list[tuple]:
    _, infractions = extract_claims([TextBlock(text, 3)], context(publisher, language))
    return [(c.category, c.measure, c.value, c.base) for c in infractions]


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
