"""A total and its parts listed after "Of these,": each part carries its own kind and the total's measure; the total
keeps no part's kind."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import infraction_row, read


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "The ombudsman's office received 88 complaints about the vote. Of these, 40 concerned the conduct of "
            "commission members, 22 alleged pressure on employees of state-funded organisations to vote, and 26 "
            "concerned the police.",
            "en",
            id="en-of-these-comma",
        ),
        pytest.param(
            "Аппарат омбудсмена получил 88 жалоб. Из них 40 касались работы комиссий, 22 – давления на работников "
            "бюджетных организаций, 26 – действий полиции.",
            "ru",
            id="ru-из-них-dashes",
        ),
    ],
)
def test_each_part_carries_its_own_kind(paragraph: str, language: Language) -> None:
    _, infractions = read(paragraph, language=language)
    rows = [infraction_row(c)[:3] for c in infractions]
    assert rows[0] == ("mixed", "complaints", 88.0)  # the total keeps no part's kind
    assert ("pressure_on_voters", "complaints", 22.0) in rows


def test_a_part_with_no_known_kind_is_other_not_the_totals_kind() -> None:
    _, infractions = read(
        "The ombudsman's office received 88 complaints. Of these, 40 concerned the conduct of commission members, "
        "and 22 alleged pressure on voters."
    )
    assert {(c.category, c.value) for c in infractions} >= {("mixed", 88.0), ("pressure_on_voters", 22.0)}
    assert all(c.category != "pressure_on_voters" for c in infractions if c.value == 88.0)


def test_a_part_of_the_stations_counted_before_carries_the_kind_not_the_complaints() -> None:
    _, infractions = read(
        "The district commissions received 41 complaints after the vote. Recounts were ordered in 9 PECs; in 2 of "
        "these, the recount found more ballots in the box than signatures on the voter list."
    )
    rows = {infraction_row(c)[:3] for c in infractions}
    assert ("mixed", "complaints", 41.0) in rows
    assert ("ballot_box_stuffing", "polling_stations", 2.0) in rows
