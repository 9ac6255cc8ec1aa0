"""The qualifier rule table: how a written count becomes a qualifier and a (low, high) range."""

from __future__ import annotations

import pytest

from sources.claims.quantities import bounds, find_quantities, parse_number

# written, qualifier, figure as written, low, high (None = open)
RULES = [
    ("4,000 people", "exact", 4000, 4000, 4000),
    ("a total of 18 cases", "exact", 18, 18, 18),
    ("всего 18 дел", "exact", 18, 18, 18),
    ("approximately 4,000 people", "approximately", 4000, 4000, 4000),
    ("approx. 4,000 people", "approximately", 4000, 4000, 4000),
    ("some 200 more people", "approximately", 200, 200, 200),
    ("about 50 people", "approximately", 50, 50, 50),
    ("around 50 people", "approximately", 50, 50, 50),
    ("roughly 50 people", "approximately", 50, 50, 50),
    ("около 500 человек", "approximately", 500, 500, 500),
    ("порядка 500 человек", "approximately", 500, 500, 500),
    ("шамамен 500 адам", "approximately", 500, 500, 500),
    ("nearly 500 protesters", "nearly", 500, 500, 500),
    ("almost 500 protesters", "nearly", 500, 500, 500),
    ("почти 500 человек", "nearly", 500, 500, 500),
    ("at least 13 journalists", "at least", 13, 13, None),
    ("no fewer than 13 journalists", "at least", 13, 13, None),
    ("30 or more people", "at least", 30, 30, None),
    ("не менее 13 журналистов", "at least", 13, 13, None),
    ("кемінде 13 журналист", "at least", 13, 13, None),
    ("more than 30 people", "more than", 30, 30, None),
    ("over 30 people", "more than", 30, 30, None),
    ("более 4 тыс. человек", "more than", 4000, 4000, None),
    ("свыше 4 000 человек", "more than", 4000, 4000, None),
    ("500-ден астам адам", "more than", 500, 500, None),
    ("up to 300 people", "up to", 300, None, 300),
    ("не более 300 человек", "up to", 300, None, 300),
    ("fewer than 10 complaints", "less than", 10, None, 10),
    ("between 300 and 500 people", "between", None, 300, 500),
    ("300–500 people", "between", None, 300, 500),
    ("от 300 до 500 человек", "between", None, 300, 500),
    ("a few journalists", "a few", None, 2, 5),
    ("several journalists", "several", None, 3, 9),
    ("несколько журналистов", "several", None, 3, 9),
    ("dozens of activists", "dozens", None, 24, 99),
    ("десятки участников", "tens", None, 20, 99),
    ("hundreds of protesters", "hundreds", None, 200, 999),
    ("сотни человек", "hundreds", None, 200, 999),
    ("жүздеген адам", "hundreds", None, 200, 999),
    ("thousands of people", "thousands", None, 2000, 9999),
    ("several hundred people", "several", None, 300, 900),
    ("несколько десятков человек", "several", None, 30, 90),
    ("many protesters", "many", None, None, None),
    ("seven candidates", "exact", 7, 7, 7),
    ("twenty-one journalists", "exact", 21, 21, 21),
    ("two observers", "exact", 2, 2, 2),
    ("семь журналистов", "exact", 7, 7, 7),
    ("жеті адам ұсталды", "exact", 7, 7, 7),
    ("a dozen activists", "exact", 12, 12, 12),
    ("4 тысячи человек", "exact", 4000, 4000, 4000),
    ("1,5 тыс. человек", "exact", 1500, 1500, 1500),
    ("11 960 364 гражданина", "exact", 11960364, 11960364, 11960364),
]


@pytest.mark.parametrize(("written", "qualifier", "figure", "low", "high"), RULES, ids=[r[0] for r in RULES])
def test_rule_table(written: str, qualifier: str, figure: float | None, low: float | None, high: float | None) -> None:
    (q,) = find_quantities(written)
    assert (q.qualifier, q.figure, q.low, q.high) == (qualifier, figure, low, high)
    assert not q.share


SHARES = [
    ("more than half of the polling stations observed", "more than", 50.0),
    ("almost half of the counts", "nearly", 50.0),
    ("about a third of polling stations", "approximately", 33.3),
    ("two thirds of observations", "exact", 66.7),
    ("the majority of polling stations", "more than", 50.0),
    ("12 per cent of polling stations observed", "exact", 12.0),
    ("12% of observations", "exact", 12.0),
    ("более половины участков", "more than", 50.0),
    ("77,4 процента", "exact", 77.4),
]


@pytest.mark.parametrize(("written", "qualifier", "value"), SHARES, ids=[s[0] for s in SHARES])
def test_shares(written: str, qualifier: str, value: float) -> None:
    (q,) = find_quantities(written)
    assert q.share
    assert (q.qualifier, q.figure) == (qualifier, value)


NOT_COUNTS = [
    "Article 69 of the Constitutional Law",
    "statement No. 5 of the CEC",
    "статьей 69 Конституционного закона",
    "amended in 2017",
    "в 2019 году",
    "at 20:00 the polls closed",
    "до 20 часов",
    "sentenced to 15 days",
    "a 25-year-old journalist",
    "the 13th session",
    "fined 50 MCI",
    "no one",
]


@pytest.mark.parametrize("written", NOT_COUNTS)
def test_numbers_that_are_not_counts(written: str) -> None:
    assert find_quantities(written) == []


def test_denominator_is_not_a_count() -> None:
    assert [q.figure for q in find_quantities("in 12 of the 80 polling stations")] == [12]


def test_masked_spans_are_skipped() -> None:
    text = "between 9 and 13 June some 200 people"
    assert [q.figure for q in find_quantities(text, [(0, 21)])] == [200]


@pytest.mark.parametrize(
    ("written", "scale", "value"),
    [("4,000", None, 4000), ("4 000", None, 4000), ("1,5", "тыс.", 1500), ("1.5", "million", 1_500_000),
     ("twenty-one", None, 21), ("семь", None, 7), ("77,4", None, 77.4)],
)  # fmt: skip
def test_parse_number(written: str, scale: str | None, value: float) -> None:
    assert parse_number(written, scale) == value


def test_bounds_refuses_an_unknown_qualifier() -> None:
    with pytest.raises(ValueError, match="no range rule"):
        bounds("dozens", 12)
