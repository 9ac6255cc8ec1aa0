"""A registered party under the English spelling the press gives it ("Baytaq", beside the seed's "Baytak") is
that party, also when the figures are given "respectively" with another subject (text invented)."""

from __future__ import annotations

from tests.cec.releases import parse_page, release_page


def test_baytaq_and_against_all_respectively() -> None:
    out = parse_page(release_page(
        "Final results", "The CEC announced the final results of the March 19 elections to the Mazhilis.",
        "The Auyl party received 10.90% and Respublica 8.59%. Baytaq and the 'against all' option received 2.30% and "
        "3.92% respectively.", lang="en", date="2023-03-28"), "en")
    shares = {r.contestant_name: r.vote_share_pct for r in out.results if r.region_name is None}
    assert shares.get("Baytak") == 2.3
    assert shares.get("Against all") == 3.92
