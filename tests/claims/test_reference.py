"""The reference publications' sentences, as the PDF and HTML layers hand them over, give exactly the
detentions and infractions of facts.yaml -- and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims import extract_claims
from sources.records import DetentionClaim, InfractionClaim, TextBlock

from .documents import context, detention_row, infraction_row

D = dt.date
ELECTION_ID = "kz-2019-06-09-presidential"

# The IEOM Statement of Preliminary Findings and Conclusions, 10 June 2019 (pages as printed by the PDF).
STATEMENT = [
    TextBlock("PRELIMINARY CONCLUSIONS", 2, "heading"),
    TextBlock(
        "The 9 June early presidential election was efficiently prepared, but fundamental freedoms were not "
        "respected and critical voices were under pressure. Seven candidates stood, among them for the first time "
        "a woman.",
        2,
    ),
    TextBlock(
        "Election day was orderly in most places, yet observers saw significant irregularities, including cases of "
        "ballot box stuffing, group voting and series of identical signatures on voter lists. Counting procedures "
        "were often disregarded, so that an honest count could not be guaranteed.",
        2,
    ),
    TextBlock("Peaceful protesters were detained in large numbers on election day in major cities.", 2),
    TextBlock("PRELIMINARY FINDINGS", 2, "heading"),
    TextBlock(
        "The Central Election Commission (CEC) has seven members and oversees 9,968 precinct election commissions. "
        "The election law was last amended in 2017; the 1990 OSCE Copenhagen Document sets the commitments against "
        "which the election was assessed.",
        2,
    ),
    TextBlock(
        "The mission observed opening, voting and counting in all 17 regions. Some 300 short-term observers from 39 "
        "countries were deployed.",
        2,
    ),
    TextBlock("Election Day", 2, "heading"),
    TextBlock(
        "Voting was generally calm. The count was assessed negatively in more than half of the polling stations "
        "where it was observed, mostly because basic reconciliation procedures were skipped and ballots were not "
        "shown to those present.",
        2,
    ),
    TextBlock(
        "In the evening, police dispersed gatherings in Nur-Sultan and Almaty. According to the Ministry of Internal "
        "Affairs, approximately 500 people were detained on election day in the two cities.",
        2,
        footnote_refs=(1,),
    ),
    TextBlock("Statement of a spokesperson of the Ministry of Internal Affairs, 10 June 2019.", 2, "footnote", 1),
]

# The ODIHR EOM Final Report, 4 October 2019.
FINAL_REPORT = [
    TextBlock("I. EXECUTIVE SUMMARY", 3, "heading"),
    TextBlock(
        "Following an invitation from the authorities, ODIHR deployed an Election Observation Mission on 8 May 2019. "
        "The mission consisted of a core team of 11 experts in Nur-Sultan and 24 long-term observers in the regions.",
        3,
    ),
    TextBlock(
        "The election was efficiently organized but tarnished by violations of fundamental freedoms. Significant "
        "irregularities on election day, including ballot box stuffing, meant that an honest count could not be "
        "guaranteed.",
        3,
    ),
    TextBlock("II. ELECTION ADMINISTRATION", 3, "heading"),
    TextBlock(
        "The election was administered by the CEC, 17 territorial election commissions of regional level and 9,968 "
        "precinct election commissions, including 64 abroad.",
        3,
    ),
    TextBlock("III. COMPLAINTS AND APPEALS", 3, "heading"),
    TextBlock(
        "The CEC informed the mission that on election day it had received 16 reports of violations, including voter "
        "impersonation. On election day the Prosecutor General's Office reported 19 violations and initiated 18 "
        "administrative cases. Of the administrative offence cases reported later, 12 concerned precinct commission "
        "members who issued ballots to allow people to vote for others, 6 concerned voters who tried to vote in place "
        "of another voter, and 1 concerned campaigning on election day.",
        3,
        footnote_refs=(1, 2),
    ),
    TextBlock("IV. ELECTION DAY", 3, "heading"),
    TextBlock(
        "The IEOM assessed the counting negatively in more than half of the polling stations observed. Cases of ballot "
        "box stuffing, group voting and series of seemingly identical signatures on voter lists were observed.",
        3,
    ),
    TextBlock("V. POST-ELECTION DEVELOPMENTS", 3, "heading"),
    TextBlock(
        "Protests continued after election day. On 10 June, the Ministry of Internal Affairs reported that some 200 "
        "more people had been detained in Nur-Sultan and Almaty.",
        3,
        footnote_refs=(3,),
    ),
    TextBlock(
        "According to the Minister of Internal Affairs, approximately 4,000 people were detained between 9 and 13 "
        "June across the country; 677 of them were sentenced to administrative arrest and 305 were fined. Civil "
        "society organisations reported that at least 13 journalists and at least 7 human rights defenders were "
        "among those detained.",
        3,
        footnote_refs=(4,),
    ),
    TextBlock("VI. ANNOUNCEMENT OF RESULTS", 3, "heading"),
    TextBlock(
        "The CEC announced the final results on 11 June. The mission notes that results by polling station were not "
        "published, contrary to a previous ODIHR recommendation.",
        3,
    ),
    TextBlock("CEC press release of 10 June 2019.", 3, "footnote", 1),
    TextBlock("Briefing of the Deputy Prosecutor General, 9 June 2019.", 3, "footnote", 2),
    TextBlock("Statement of the Ministry of Internal Affairs, 11 June 2019.", 3, "footnote", 3),
    TextBlock("Statement of the Minister of Internal Affairs to the Mazhilis, 13 June 2019.", 3, "footnote", 4),
    TextBlock("Kassym-Jomart Tokayev Nur Otan 6,539,715 70.96", 4, "table_row"),
    TextBlock("Source: Resolution of the Central Election Commission of 11 June 2019.", 4),
]

# CEC release «О поступивших в Центральную избирательную комиссию обращениях», 10 June 2019: one block a paragraph.
CEC_RELEASE = [
    TextBlock("О поступивших в Центральную избирательную комиссию обращениях"),
    TextBlock(
        "В день голосования в Центральную избирательную комиссию и территориальные избирательные комиссии поступило "
        "16 сообщений о нарушениях избирательного законодательства, в том числе о фактах голосования за других лиц."
    ),
    TextBlock(
        "По фактам выдачи одному избирателю нескольких бюллетеней в отношении членов участковых избирательных комиссий "
        "возбуждены дела об административных правонарушениях."
    ),
    TextBlock("Фактов массовых нарушений, которые могли бы повлиять на итоги голосования, не установлено."),
]

# The 2016 final report: no detention or infraction (its counting problems are a share of observations given no figure).
REPORT_2016 = [
    TextBlock(
        "The 20 March early elections to the Mazhilis were efficiently administered, but the country has yet to meet a "
        "number of OSCE commitments. Six parties contested 98 seats under a proportional system with a 7 per cent "
        "threshold.",
        3,
    ),
    TextBlock(
        "Voting was calm; the mission noted procedural problems during counting and tabulation in a significant number "
        "of observations.",
        3,
    ),
    TextBlock("Nur Otan 6,183,757 82.20 84", 4, "table_row"),
]


def _all_claims() -> tuple[list[DetentionClaim], list[InfractionClaim]]:
    detentions: list[DetentionClaim] = []
    infractions: list[InfractionClaim] = []
    for blocks, ctx in (
        (STATEMENT, context("osce", "en", published=D(2019, 6, 10))),
        (FINAL_REPORT, context("osce", "en", published=D(2019, 10, 4))),
        (CEC_RELEASE, context("cec", "ru", published=D(2019, 6, 10))),
    ):
        d, i = extract_claims(blocks, ctx)
        detentions += d
        infractions += i
    return detentions, infractions


def _fact_detention(f: dict) -> tuple[object, ...]:
    return (
        f["min"], f["max"], f["qualifier"], f["who"], f["reported_by"],
        D.fromisoformat(f["date_from"]), D.fromisoformat(f["date_to"]), f["where"],
    )  # fmt: skip


def _fact_infraction(f: dict) -> tuple[object, ...]:
    return (f["category"], f["measure"], f["value"], f["qualifier"], f["reported_by"])


def _election(reference_facts: list[dict], election_id: str) -> dict:
    return next(e for e in reference_facts if e["election_id"] == election_id)


def test_every_reference_detention_and_nothing_else(reference_facts: list[dict]) -> None:
    facts = {_fact_detention(f) for f in _election(reference_facts, ELECTION_ID)["detentions"]}
    detentions, _ = _all_claims()
    assert {detention_row(c) for c in detentions} == facts
    assert len(detentions) == len(facts)  # each finding said once across statement and report


def test_every_reference_infraction_and_nothing_else(reference_facts: list[dict]) -> None:
    facts = {_fact_infraction(f) for f in _election(reference_facts, ELECTION_ID)["infractions"]}
    _, infractions = _all_claims()
    assert {infraction_row(c) for c in infractions} == facts
    # Repeats, not new findings: the statement gives four of the final report's (three observed kinds, the
    # count), and the final report quotes the CEC release's 16 reports. No other row.
    assert len(infractions) == len(facts) + 5


def test_other_elections_have_no_claims(reference_facts: list[dict]) -> None:
    for election in reference_facts:
        if election["election_id"] != ELECTION_ID:
            assert election["detentions"] == [] and election["infractions"] == []
    detentions, infractions = extract_claims(REPORT_2016, context(published=D(2016, 6, 27), election=D(2016, 3, 20)))
    # no figure of the report is a claim, and "in a significant number of observations" is a share without one
    assert detentions == [] and infractions == []


def test_evidence_is_the_exact_sentence_and_page() -> None:
    detentions, infractions = _all_claims()
    pages = {b.text: b.page for b in (*STATEMENT, *FINAL_REPORT, *CEC_RELEASE)}
    for claim in (*detentions, *infractions):
        block = next(text for text in pages if claim.evidence.text in text)
        assert claim.evidence.page == pages[block]
        assert claim.evidence.text[0].isupper() and claim.evidence.text.endswith(".")
        assert claim.evidence.document_id == "doc-under-test"


# One reference sentence at a time: what it must give.
OBSERVED_KINDS = [
    ("ballot_box_stuffing", "observed", None, "cases", "ODIHR"),
    ("group_voting", "observed", None, "cases", "ODIHR"),
    ("identical_signatures", "observed", None, "cases", "ODIHR"),
]
SENTENCES = [
    (
        "Peaceful protesters were detained in large numbers on election day in major cities.",
        [(None, None, "in large numbers", "protesters", "ODIHR", D(2019, 6, 9), D(2019, 6, 9), "major cities")],
        [],
    ),
    (
        "Election day was orderly in most places, yet observers saw significant irregularities, including cases of "
        "ballot box stuffing, group voting and series of identical signatures on voter lists.",
        [],
        OBSERVED_KINDS,
    ),
    (
        "The count was assessed negatively in more than half of the polling stations where it was observed, mostly "
        "because basic reconciliation procedures were skipped and ballots were not shown to those present.",
        [],
        [("counting_irregularity", "share_of_observations_pct", 50, "more than", "ODIHR")],
    ),
    (
        "The CEC informed the mission that on election day it had received 16 reports of violations, including voter "
        "impersonation.",
        [],
        [("voter_impersonation", "reports", 16, "exact", "CEC")],
    ),
    (
        "On election day the Prosecutor General's Office reported 19 violations and initiated 18 administrative cases.",
        [],
        [("mixed", "violations", 19, "exact", "Prosecutor General's Office"),
         ("mixed", "administrative_cases", 18, "exact", "Prosecutor General's Office")],
    ),
    (
        "The IEOM assessed the counting negatively in more than half of the polling stations observed.",
        [],
        [("counting_irregularity", "share_of_observations_pct", 50, "more than", "ODIHR")],
    ),
    (
        "Cases of ballot box stuffing, group voting and series of seemingly identical signatures on voter lists were "
        "observed.",
        [],
        OBSERVED_KINDS,
    ),
    (
        "On 10 June, the Ministry of Internal Affairs reported that some 200 more people had been detained in "
        "Nur-Sultan and Almaty.",
        [(200, 200, "approximately", "people", "Ministry of Internal Affairs", D(2019, 6, 10), D(2019, 6, 10),
          "Nur-Sultan and Almaty")],
        [],
    ),
    (
        "According to the Minister of Internal Affairs, approximately 4,000 people were detained between 9 and 13 June "
        "across the country; 677 of them were sentenced to administrative arrest and 305 were fined.",
        [(4000, 4000, "approximately", "people", "Minister of Internal Affairs", D(2019, 6, 9), D(2019, 6, 13),
          "Kazakhstan")],
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "detentions", "infractions"), SENTENCES, ids=[s[0][:60] for s in SENTENCES])
def test_reference_sentence(sentence: str, detentions: list[tuple], infractions: list[tuple]) -> None:
    # Alone, without the paragraph that says these were protests: "people" stays people.
    found_detentions, found_infractions = extract_claims([TextBlock(sentence, 3)], context())
    assert [detention_row(c) for c in found_detentions] == detentions
    assert [infraction_row(c) for c in found_infractions] == infractions
    assert all(c.evidence.text == sentence for c in (*found_detentions, *found_infractions))


def test_people_at_a_protest_are_protesters() -> None:
    (claim,) = extract_claims(
        [TextBlock("In the evening, police dispersed gatherings in Nur-Sultan and Almaty. According to the Ministry of "
                   "Internal Affairs, approximately 500 people were detained on election day in the two cities.", 2)],
        context(),
    )[0]  # fmt: skip
    assert (claim.subject, claim.location, claim.reported_by) == (
        "protesters",
        "Nur-Sultan and Almaty",
        "Ministry of Internal Affairs",
    )


def test_among_those_detained_takes_the_dates_and_place_of_that_detention() -> None:
    protests_continued, minister_and_civil_society = FINAL_REPORT[10:12]
    detentions, _ = extract_claims([protests_continued, minister_and_civil_society], context())
    nine_to_thirteen = (D(2019, 6, 9), D(2019, 6, 13))
    assert [detention_row(c) for c in detentions[-2:]] == [
        (13, None, "at least", "journalists", "civil society organisations", *nine_to_thirteen, "Kazakhstan"),
        (7, None, "at least", "human rights defenders", "civil society organisations", *nine_to_thirteen, "Kazakhstan"),
    ]


def test_list_under_a_measure_takes_each_kind() -> None:
    complaints_and_appeals = FINAL_REPORT[6]
    _, infractions = extract_claims([complaints_and_appeals], context())
    assert [infraction_row(c) for c in infractions][3:] == [
        ("multiple_ballots_issued", "administrative_cases", 12, "exact", "Prosecutor General's Office"),
        ("voter_impersonation", "administrative_cases", 6, "exact", "Prosecutor General's Office"),
        ("illegal_campaigning", "administrative_cases", 1, "exact", "Prosecutor General's Office"),
    ]
