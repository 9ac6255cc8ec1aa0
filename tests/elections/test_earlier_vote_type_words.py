"""A vote named only for comparison ("на президентских выборах двухлетней давности", "the previous presidential
election") does not decide the type of the vote a text reports (texts invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.elections import find_election


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("В субботу прошли досрочные выборы в мажилис. Партия «Тулпар» набрала 80,1%, что лишь на 2% хуже "
     "показанного её лидером на президентских выборах двухлетней давности.", dt.date(2007, 8, 20), "parliamentary"),
    ("Snap elections to the Mazhilis were held on Saturday. Turnout was lower than at the previous presidential "
     "election.", dt.date(2007, 8, 20), "parliamentary"),
], ids=["ru-dvukhletnei-davnosti", "en-previous-presidential"])
def test_an_earlier_vote_named_for_comparison_does_not_decide_the_type(text: str, published: dt.date,
                                                                        expected: str) -> None:
    found = find_election(text, published, "results_preliminary")
    assert found is not None and found.election_type == expected and found.election_date == dt.date(2007, 8, 18)
