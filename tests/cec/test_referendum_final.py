"""A referendum's final results told in prose: the answers' figures are never turnout, even in a lead that
drops the answer's name (pages invented for these tests, in the shapes of the CEC's press copies)."""

from __future__ import annotations

from functools import partial

from tests.cec.releases import parse_page

parse = partial(parse_page, release=7)


KAZAKH_FINAL = """<html lang="kk"><head><title>Референдумның түпкілікті қорытындысы</title></head><body>
<h3>Референдумның түпкілікті қорытындысы</h3><p>09.06.2022</p>
<p>Барлық өңірлерде дауыс беруге қатысқан 5 млн 902 мың 118 адам немесе 71,4 пайыз болды.</p>
<p>Референдумға қатысуға құқығы бар азаматтардың жалпы саны 11 млн 954 мың 201 адам. Дауыс беруге қатысқан
азаматтардың саны 8 млн 266 мың 410 адамды немесе 69,15 пайызын құрады.</p>
<p>Заң жобасын жақтап дауыс берген азаматтар саны дауыс беруге қатысқан 5 млн 902 мың 118 адам немесе 71,4 пайыз
болды. Заң жобасын қабылдамаған азаматтар саны — 2 001 377 адам.</p></body></html>"""

ENGLISH_FINAL = """<html lang="en"><head><title>CEC sums up the referendum</title></head><body>
<h3>CEC sums up the referendum</h3><p>09.06.2022</p>
<p>In total 71.4%, or 5,902,118 voters who took part in the ballot across all regions voted in favour of the
draft law, the CEC chairman said.</p><p>Some 24.2% of voters did not support it.</p></body></html>"""


def test_kazakh_final_gives_the_answers_their_figures_and_the_turnout_its_own() -> None:
    e = parse(KAZAKH_FINAL, "kaz")
    assert e.doc_kind == "results_final"
    assert e.election is not None and e.election.election_id == "kz-2022-06-05-referendum"
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results if r.votes} >= {
        ("«Иә»", 5_902_118, 71.4)}
    assert any(r.votes == 2_001_377 and r.contestant_name != "«Иә»" for r in e.results)
    national = [t for t in e.turnout if t.region_name is None]
    assert {t.ballots_cast for t in national if t.ballots_cast} == {8_266_410}
    assert {t.turnout_pct for t in national if t.turnout_pct} == {69.15}
    assert {t.registered_voters for t in national if t.registered_voters} == {11_954_201}
    assert any("5 млн 902 мың 118" in (u.figure or "") for u in e.unread)  # the lead: seen, not booked


def test_english_final_share_of_participants_in_favour_is_the_yes_answer() -> None:
    e = parse(ENGLISH_FINAL, "eng")
    assert e.doc_kind == "results_final"
    assert {(r.contestant_name, r.votes, r.vote_share_pct) for r in e.results} == {
        ("Yes", 5_902_118, 71.4), ("No", None, 24.2)}
    assert not [t for t in e.turnout if t.turnout_pct == 71.4 or t.ballots_cast == 5_902_118]
