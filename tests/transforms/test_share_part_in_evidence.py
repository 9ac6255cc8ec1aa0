"""A share of observations read from "N of the M stations observed" (its base kept) is checked against its evidence
by the part and the base the sentence writes, not by the per cent it does not write."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from transforms.arithmetic import infraction_checks


def _checked(measure: str, value: float, base: float | None, evidence: str) -> bool | None:
    frame = pl.DataFrame(
        {
            "measure": [measure],
            "value": [value],
            "base": [base],
            "evidence": [evidence],
            "election_id": ["kz-2026-08-23-parliamentary"],
            "election_date": [dt.date(2026, 8, 23)],
        },
        schema_overrides={"base": pl.Float64},
    )
    return infraction_checks(frame)["figure_in_evidence"][0]


@pytest.mark.parametrize(
    ("measure", "value", "base", "evidence", "expected"),
    [
        ("share_of_observations_pct", 30.0, 160.0, "assessed negatively in 48 of the 160 polling stations observed",
         True),
        ("share_of_observations_pct", 53.9, 115.0, "assessed negatively in 62 of the 115 stations observed", True),
        ("share_of_observations_pct", 12.0, 1140.0, "in 12 per cent of the 1,140 polling stations observed", True),
        # neither the share nor its part is in the sentence
        ("share_of_observations_pct", 30.0, 160.0, "assessed negatively in 41 of the 160 polling stations observed",
         False),
        ("violations", 7.0, None, "7 violations were recorded", True),
    ],
    ids=["part-and-base", "rounded-share", "share-written", "part-not-written", "no-base"],
)  # fmt: skip
def test_a_share_with_its_base_is_found_by_its_part(
    measure: str, value: float, base: float | None, evidence: str, expected: bool
) -> None:
    assert _checked(measure, value, base, evidence) is expected
