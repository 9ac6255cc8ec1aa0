"""The validation gate: each expectation refuses its bad case with a readable reason; the corpus still loads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from expectations.claim_sets import flag
from expectations.gate import NO_DOCUMENT, GateResult, build_data_docs, run_gate, withhold
from transforms.arithmetic import figure_in_evidence

from . import reference as ref
from .reference import find

Rows = dict[str, list[dict]]


def _gate(rows: Rows) -> GateResult:
    return run_gate(ref.frames(rows))


def _reasons(result: GateResult, document_id: str) -> list[str]:
    return [f"{r.table}: {r.reason}" for r in result.refused.get(document_id, [])]


def test_reference_corpus_passes() -> None:
    result = run_gate(ref.frames())
    assert result.refused == {}
    assert all(v["success"] and v["failed_expectations"] is None for v in result.validations)
    judged = {(v["suite"], v["document_id"]) for v in result.validations}
    assert len(judged) == len(result.validations), "one validation per suite × document"
    assert ("results", ref.FINAL_2019) in judged
    assert ("documents", ref.LISTING) in judged
    assert ("results", ref.ODIHR_2019) not in judged, "a suite judges only documents with rows in its table"


# --- each bad case: (mutation, refused document, reason as the quarantine will show it) -------------------


def _tokayev_votes_exceed_ballots_cast(rows: Rows) -> None:
    find(rows["results"], document_id=ref.FINAL_2019, contestant_id="kassym-jomart-tokayev")["votes"] = 9_500_000


def _shares_sum_to_126(rows: Rows) -> None:
    find(rows["results"], document_id=ref.PRELIM_2019, contestant_id="kassym-jomart-tokayev")["vote_share_pct"] = 96.77


def _share_off_the_sets_own_base(rows: Rows) -> None:
    """One share no longer matches its votes; the set still gives every contestant's votes and share."""
    find(rows["results"], document_id=ref.FINAL_2016, contestant_id="nur-otan", votes=6183757)["vote_share_pct"] = 72.2


def _unresolved_region(rows: Rows) -> None:
    find(rows["turnout"], document_id=ref.HOURLY_2019, region_code="KZ-75")["region_code"] = None


def _unresolved_contestant(rows: Rows) -> None:
    find(rows["results"], document_id=ref.FINAL_2016, contestant_id="birlik")["contestant_id"] = None


def _empty_evidence(rows: Rows) -> None:
    find(rows["detentions"], subject="journalists")["evidence"] = "  "


def _missing_evidence(rows: Rows) -> None:
    find(rows["infractions"], measure="violations")["evidence"] = None


def _share_130(rows: Rows) -> None:
    find(rows["results"], document_id=ref.PRELIM_2024, contestant_id="yes")["vote_share_pct"] = 130.0


def _negative_count(rows: Rows) -> None:
    find(rows["turnout"], document_id=ref.FINAL_2019)["invalid_ballots"] = -57700


def _detained_min_over_max(rows: Rows) -> None:
    row = find(rows["detentions"], location="Nur-Sultan and Almaty")
    row["detained_min"], row["detained_max"] = 500, 200
    row["evidence"] = "от 500 до 200 человек задержаны"


def _bad_stage(rows: Rows) -> None:
    for row in rows["results"]:
        if row["document_id"] == ref.PRELIM_2024:
            row["stage"] = "provisional"


def _bad_subject(rows: Rows) -> None:
    find(rows["detentions"], subject="human rights defenders")["subject"] = "students"


def _bad_measure(rows: Rows) -> None:
    find(rows["infractions"], measure="reports")["measure"] = "incidents"


def _bad_category(rows: Rows) -> None:
    find(rows["infractions"], measure="reports")["category"] = "fraud"


def _bad_doc_kind(rows: Rows) -> None:
    find(rows["documents"], document_id=ref.LISTING)["doc_kind"] = "index"


def _bad_language(rows: Rows) -> None:
    find(rows["results"], document_id=ref.FINAL_2016, contestant_id="auyl")["language"] = "de"


def _bad_source(rows: Rows) -> None:
    find(rows["turnout"], document_id=ref.PRELIM_2024)["source"] = "wikipedia"


def _share_disagrees_with_votes(rows: Rows) -> None:
    find(rows["results"], document_id=ref.FINAL_2019, contestant_id="amirzhan-kossanov")["vote_share_pct"] = 16.53


def _turnout_disagrees_with_counts(rows: Rows) -> None:
    find(rows["turnout"], document_id=ref.FINAL_2019)["turnout_pct"] = 79.5


def _cast_exceeds_registered(rows: Rows) -> None:
    row = find(rows["turnout"], document_id=ref.PRELIM_2024)
    row["ballots_cast"], row["turnout_pct"] = 12_500_000, 101.76


def _final_published_before_election(rows: Rows) -> None:
    for row in rows["results"]:
        if row["document_id"] == ref.FINAL_2016:
            row["published_on"] = dt.date(2016, 3, 19)


def _detention_long_before_election(rows: Rows) -> None:
    find(rows["detentions"], location="major cities")["date_from"] = dt.date(2018, 1, 1)


def _detention_ends_before_it_starts(rows: Rows) -> None:
    find(rows["detentions"], subject="journalists")["date_to"] = dt.date(2019, 6, 1)


def _figure_not_in_evidence(rows: Rows) -> None:
    find(rows["infractions"], measure="violations")["value"] = 91.0


def _duplicate_detention_id(rows: Rows) -> None:
    first, second = rows["detentions"][:2]
    second["detention_id"] = first["detention_id"]


def _share_of_observations_150(rows: Rows) -> None:
    find(rows["infractions"], measure="share_of_observations_pct")["value"] = 150.0


def _election_id_names_another_day(rows: Rows) -> None:
    for row in rows["results"]:
        if row["document_id"] == ref.FINAL_2016:
            row["election_id"] = "kz-2016-03-27-parliamentary"


def _document_id_not_sha256(rows: Rows) -> None:
    find(rows["documents"], document_id=ref.LISTING)["document_id"] = "listing-page"


BAD_CASES: list[tuple[str, Callable[[Rows], None], str, str]] = [
    (
        "votes_exceed_ballots_cast",
        _tokayev_votes_exceed_ballots_cast,
        ref.FINAL_2019,
        "results: Токаев Касым-Жомарт Кемелевич: 9,500,000 votes exceed the 9,274,110 ballots cast",
    ),
    (
        "shares_sum_to_126",
        _shares_sum_to_126,
        ref.PRELIM_2019,
        "results: shares in this set sum to 126.0% (> 100.5)",
    ),
    (
        "share_off_the_sets_own_base",
        _share_off_the_sets_own_base,
        ref.FINAL_2016,
        "results: «Нур Отан»: 6,183,757 votes are 82.16% of the base the set's other figures imply, but the "
        "document says 72.2%",
    ),
    (
        "unresolved_region",
        _unresolved_region,
        ref.HOURLY_2019,
        "turnout: region 'по г. Алматы' did not resolve to an ISO 3166-2:KZ code",
    ),
    (
        "unresolved_contestant",
        _unresolved_contestant,
        ref.FINAL_2016,
        "results: contestant '«Бирлик»' did not resolve to a known contestant",
    ),
    (
        "empty_evidence",
        _empty_evidence,
        ref.ODIHR_2019,
        "detentions: detention of journalists (13–null): the evidence is empty",
    ),
    (
        "missing_evidence",
        _missing_evidence,
        ref.ODIHR_2019,
        "infractions: mixed violations (19.0): no evidence sentence",
    ),
    ("share_130", _share_130, ref.PRELIM_2024, "results: «Иә»: share 130% is outside 0–100%"),
    ("negative_count", _negative_count, ref.FINAL_2019, "turnout: turnout in KZ: invalid_ballots is negative (-57700)"),
    (
        "detained_min_over_max",
        _detained_min_over_max,
        ref.ODIHR_2019,
        "detentions: detention of protesters (500–200): detained_min 500 exceeds detained_max 200",
    ),
    ("bad_stage", _bad_stage, ref.PRELIM_2024, "results: stage 'provisional' is not one of the contract's values"),
    ("bad_subject", _bad_subject, ref.ODIHR_2019, "detentions: subject 'students' is not one of the contract's values"),
    (
        "bad_measure",
        _bad_measure,
        ref.ODIHR_2019,
        "infractions: measure 'incidents' is not one of the contract's values",
    ),
    (
        "bad_category",
        _bad_category,
        ref.ODIHR_2019,
        "infractions: category 'fraud' is not one of the contract's values",
    ),
    (
        "bad_doc_kind",
        _bad_doc_kind,
        ref.LISTING,
        "documents: document kind 'index' is not one of the contract's values",
    ),
    ("bad_language", _bad_language, ref.FINAL_2016, "results: language 'de' is not one of the contract's values"),
    ("bad_source", _bad_source, ref.PRELIM_2024, "turnout: source 'wikipedia' is not one of the contract's values"),
    (
        "share_disagrees_with_votes",
        _share_disagrees_with_votes,
        ref.FINAL_2019,
        "results: Косанов Амиржан Сагидрахманович: 1,495,401 votes are 16.23% of the base the set's other figures "
        "imply, but the document says 16.53%",
    ),
    (
        "turnout_disagrees_with_counts",
        _turnout_disagrees_with_counts,
        ref.FINAL_2019,
        "turnout: turnout in KZ: 9,274,110 of 11,960,364 registered is 77.54%, but the document says 79.5%",
    ),
    (
        "cast_exceeds_registered",
        _cast_exceeds_registered,
        ref.PRELIM_2024,
        "turnout: turnout in KZ: 12,500,000 ballots cast exceed the 12,284,487 registered voters",
    ),
    (
        "final_published_before_election",
        _final_published_before_election,
        ref.FINAL_2016,
        "results: final figures published on 2016-03-19, before the election on 2016-03-20",
    ),
    (
        "detention_long_before_election",
        _detention_long_before_election,
        ref.ODIHR_2019,
        "detentions: detention of protesters (null–null): date_from 2018-01-01 is -524 days from the election on "
        "2019-06-09 (allowed −60…+120)",
    ),
    (
        "detention_ends_before_it_starts",
        _detention_ends_before_it_starts,
        ref.ODIHR_2019,
        "detentions: detention of journalists (13–null): date_to 2019-06-01 is before date_from 2019-06-09",
    ),
    (
        "figure_not_in_evidence",
        _figure_not_in_evidence,
        ref.ODIHR_2019,
        "infractions: mixed violations (91.0): the evidence does not contain the figure",
    ),
    ("duplicate_detention_id", _duplicate_detention_id, ref.ODIHR_2019, "appears more than once"),
    (
        "share_of_observations_150",
        _share_of_observations_150,
        ref.ODIHR_2019,
        "infractions: counting_irregularity share_of_observations_pct (150.0): a share of 150% is outside 0–100%",
    ),
    (
        "election_id_names_another_day",
        _election_id_names_another_day,
        ref.FINAL_2016,
        "results: election_id kz-2016-03-27-parliamentary does not match its election date 2016-03-20",
    ),
    (
        "document_id_not_sha256",
        _document_id_not_sha256,
        "listing-page",
        "documents: document_id 'listing-page' is not a SHA-256 hex digest",
    ),
]


R2019_FINAL = "results kz-2019-06-09-presidential KZ final"
R2016_FINAL = "results kz-2016-03-20-parliamentary KZ final"
R2024_PRELIM = "results kz-2024-10-06-referendum KZ preliminary"
T2019_FINAL = "turnout kz-2019-06-09-presidential KZ final -"
T2024_PRELIM = "turnout kz-2024-10-06-referendum KZ preliminary -"
ONE_DETENTION, ONE_INFRACTION = "detention *", "infraction *"  # one claim row, whatever its (renamed) id
INFRACTION_CASES = {"missing_evidence", "bad_measure", "bad_category", "figure_not_in_evidence",
                    "share_of_observations_150"}
# The claim sets each bad case must refuse: exactly these, never the document's other sets.
REFUSED_SETS: dict[str, set[str]] = {
    "votes_exceed_ballots_cast": {R2019_FINAL},
    "shares_sum_to_126": {"results kz-2019-06-09-presidential KZ preliminary"},
    "share_off_the_sets_own_base": {R2016_FINAL},
    "unresolved_region": {"turnout kz-2019-06-09-presidential ?по г. Алматы preliminary 20:00"},
    "unresolved_contestant": {R2016_FINAL},
    "share_130": {R2024_PRELIM},
    "negative_count": {T2019_FINAL},
    "bad_stage": {"results kz-2024-10-06-referendum KZ provisional"},
    "bad_doc_kind": {"document"},
    "bad_language": {R2016_FINAL},
    "bad_source": {T2024_PRELIM},
    "share_disagrees_with_votes": {R2019_FINAL},
    "turnout_disagrees_with_counts": {T2019_FINAL},
    # the results' shares are checked against the ballots cast the turnout states: an impossible base
    # leaves them unconfirmed, so both sets go
    "cast_exceeds_registered": {T2024_PRELIM, R2024_PRELIM},
    "final_published_before_election": {R2016_FINAL},
    "election_id_names_another_day": {"results kz-2016-03-27-parliamentary KZ final"},
    "document_id_not_sha256": {"document"},
}


def _sets(result: GateResult, document_id: str) -> set[str]:
    return {
        ONE_DETENTION if r.claim_set.startswith("detention ") else
        ONE_INFRACTION if r.claim_set.startswith("infraction ") else r.claim_set
        for r in result.refused.get(document_id, [])
    }


def _is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64


def _copy_id(case: str, identifier: str) -> str:
    return ref.doc_id(f"{case}:{identifier}") if _is_sha256(identifier) else identifier


@pytest.fixture(scope="module")
def judged() -> tuple[GateResult, dict[str, set[str]]]:
    """Every bad case in its own copy of the corpus (ids renamed per copy), plus a clean copy: one gate run.

    One run instead of one per case keeps the suite fast (GX costs per expectation, not per row) and proves
    that a bad document does not drag down the others in the same batch.
    """
    corpus: Rows = {table: [] for table in ref.rows()}
    documents: dict[str, set[str]] = {}
    for case, mutate in [("clean", lambda rows: None), *((c[0], c[1]) for c in BAD_CASES)]:
        rows = ref.rows()
        mutate(rows)
        for table, items in rows.items():
            for row in items:
                for key in ("document_id", "detention_id", "infraction_id"):
                    if key in row:
                        row[key] = _copy_id(case, row[key])
                documents.setdefault(case, set()).add(row["document_id"])
            corpus[table].extend(items)
    return run_gate(ref.frames(corpus)), documents


def test_clean_copy_passes_beside_the_bad_ones(judged: tuple[GateResult, dict[str, set[str]]]) -> None:
    result, documents = judged
    assert documents["clean"].isdisjoint(result.refused)
    clean = [v for v in result.validations if v["document_id"] in documents["clean"]]
    assert clean and all(v["success"] for v in clean)


@pytest.mark.parametrize(
    ("case", "document_id", "reason"), [(c[0], c[2], c[3]) for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_bad_case_is_refused_with_a_readable_reason(
    judged: tuple[GateResult, dict[str, set[str]]], case: str, document_id: str, reason: str
) -> None:
    result, documents = judged
    refused = _copy_id(case, document_id)
    assert documents[case] & set(result.refused) == {refused}, "only the bad document is refused"
    reasons = _reasons(result, refused)
    assert any(reason in r for r in reasons), f"{reason!r} not in {reasons}"
    failed = [v for v in result.validations if v["document_id"] in documents[case] and not v["success"]
              and v["level"] == "error"]
    assert failed and all(v["document_id"] == refused and v["failed_expectations"] for v in failed)
    claim_rows = {r.claim_set for r in result.refused[refused] if r.claim_set.split(" ")[0] in ("detention",
                                                                                               "infraction")}
    expected = REFUSED_SETS.get(case, {ONE_INFRACTION} if case in INFRACTION_CASES else {ONE_DETENTION})
    assert _sets(result, refused) == expected, "exactly the claim sets the check concerns are refused"
    assert len(claim_rows) <= 1, "one detention or infraction claim, not its neighbours"


def test_an_impossible_results_set_is_withheld_and_its_documents_turnout_kept() -> None:
    rows = ref.rows()
    _tokayev_votes_exceed_ballots_cast(rows)
    frames = ref.frames(rows)
    result = run_gate(frames)
    kept = withhold(frames, result.refused)
    assert ref.FINAL_2019 not in kept["results"]["document_id"].to_list()
    assert kept["results"].height == frames["results"].height - 7  # its seven candidates, nobody else's
    assert kept["turnout"].filter(pl.col("document_id") == ref.FINAL_2019).height == 1, "the turnout still loads"
    assert kept["documents"].equals(frames["documents"]), "a claim set refused is not a document refused"
    assert kept["detentions"].equals(frames["detentions"])


def test_a_document_whose_own_metadata_fails_is_withheld_from_every_table() -> None:
    rows = ref.rows()
    find(rows["documents"], document_id=ref.FINAL_2019)["doc_kind"] = "press release"
    frames = ref.frames(rows)
    result = run_gate(frames)
    assert {r.claim_set for r in result.refused[ref.FINAL_2019]} == {"document"}
    kept = withhold(frames, result.refused)
    for table, frame in kept.items():
        assert ref.FINAL_2019 not in frame["document_id"].to_list(), table
    assert withhold(frames, result.refused, keep=("documents",))["documents"].equals(frames["documents"])


def test_a_consistent_set_missing_a_contestant_loads_flagged_incomplete() -> None:
    """Shares summing to 95 %, every one matching its votes: a warning, no refusal, and the set is flagged."""
    rows = ref.rows()
    rows["results"] = [r for r in rows["results"]
                       if not (r["document_id"] == ref.FINAL_2019 and r["contestant_id"] == "daniya-yespayeva")]
    frames = ref.frames(rows)
    result = run_gate(frames)
    assert result.refused == {}
    warned = [v for v in result.validations if v["level"] == "warning"]
    assert [(v["document_id"], v["claim_set"]) for v in warned] == [(ref.FINAL_2019, R2019_FINAL)]
    assert "sum to only 95.0%" in warned[0]["failed_expectations"]
    assert result.flagged("results") == {(ref.FINAL_2019, R2019_FINAL)}
    flagged = flag(frames["results"], "results", result.flagged("results"), "incomplete")
    by_document = dict(flagged.group_by("document_id").agg(pl.col("incomplete").all()).iter_rows())
    assert by_document.pop(ref.FINAL_2019) is True
    assert not any(by_document.values()), "only the incomplete set is flagged"


def _two_candidates_of_an_unstated_base(kosanov_share: float, split: bool = False) -> GateResult:
    """The 2019 final as a wire restates it: two candidates, their votes and shares of the valid ballots, which
    the text never states (9,216,410 = the ballots cast less the invalid ones), nor the invalid ballots."""
    rows = ref.rows()
    rows["results"] = [r for r in rows["results"] if not (r["document_id"] == ref.FINAL_2019 and r["contestant_id"]
                       not in ("kassym-jomart-tokayev", "amirzhan-kossanov"))]  # fmt: skip
    for cid, share in (("kassym-jomart-tokayev", 70.96), ("amirzhan-kossanov", kosanov_share)):
        row = find(rows["results"], document_id=ref.FINAL_2019, contestant_id=cid)
        row["vote_share_pct"] = share
        row["evidence"] = f"{row['contestant_name']}: {row['votes']:,} votes, {share}%"
    find(rows["turnout"], document_id=ref.FINAL_2019)["invalid_ballots"] = None
    if split:  # "за Косанова проголосовали 1 495 401 ... Или 16,23 процента": the votes and the share on two rows
        kosanov = find(rows["results"], document_id=ref.FINAL_2019, contestant_id="amirzhan-kossanov")
        rows["results"].append({**kosanov, "votes": None, "evidence": f"Или {kosanov_share} процента."})
        kosanov.update(vote_share_pct=None, evidence=f"За Косанова проголосовали {kosanov['votes']:,} человек.")
    return _gate(rows)


@pytest.mark.parametrize("split", [False, True], ids=["one-row-each", "votes-and-share-on-two-rows"])
def test_two_contestants_agreeing_on_a_base_the_text_does_not_state_load(split: bool) -> None:
    result = _two_candidates_of_an_unstated_base(16.23, split)  # 6,539,715 ÷ 70.96 % ≈ 1,495,401 ÷ 16.23 %
    assert ref.FINAL_2019 not in result.refused
    assert result.flagged("results") == {(ref.FINAL_2019, R2019_FINAL)}, "two of seven: flagged incomplete"


def test_two_contestants_disagreeing_on_their_base_are_refused() -> None:
    result = _two_candidates_of_an_unstated_base(17.9)  # not 1,495,401 votes of the base Tokayev's share implies
    assert {r.claim_set for r in result.refused[ref.FINAL_2019]} == {R2019_FINAL}
    assert any("Косанов" in r.reason for r in result.refused[ref.FINAL_2019])


def _one_contestant_with_votes(share: float) -> GateResult:
    """The 2019 final as a wire restates it: every candidate's share, but votes for Kosanov alone, and no invalid
    ballots: his share may be of the valid ballots, which the text never states."""
    rows = ref.rows()
    for row in rows["results"]:
        if row["document_id"] == ref.FINAL_2019 and row["contestant_id"] != "amirzhan-kossanov":
            row["votes"] = None
    kosanov = find(rows["results"], document_id=ref.FINAL_2019, contestant_id="amirzhan-kossanov")
    tokayev = find(rows["results"], document_id=ref.FINAL_2019, contestant_id="kassym-jomart-tokayev")
    tokayev["vote_share_pct"] = round(tokayev["vote_share_pct"] - (share - kosanov["vote_share_pct"]), 2)  # sum 100
    kosanov["vote_share_pct"] = share
    kosanov["evidence"] = f"{kosanov['contestant_name']}: {share}% ({kosanov['votes']:,} votes)"
    find(rows["turnout"], document_id=ref.FINAL_2019)["invalid_ballots"] = None
    return _gate(rows)


@pytest.mark.parametrize(
    ("share", "refused"),
    [
        (16.23, False),  # 1,495,401 of 9,216,410 valid ballots (9,274,110 cast): a base just below the cast
        (16.9, False),  # a base 4.6 % below the cast: invalid ballots at most a tenth of those cast
        (18.5, True),  # a base 12.8 % below the cast: more than the invalid ballots could account for
        (15.0, True),  # a base above the ballots cast: no base of this document
    ],
    ids=["share-of-valid", "four-per-cent-invalid", "too-far-below-cast", "above-cast"],
)
def test_a_lone_contestants_share_may_be_of_valid_ballots_the_text_does_not_state(share: float, refused: bool) -> None:
    result = _one_contestant_with_votes(share)
    assert (ref.FINAL_2019 in result.refused) is refused
    if refused:
        assert {r.claim_set for r in result.refused[ref.FINAL_2019]} == {R2019_FINAL}
        assert any("Косанов" in r.reason for r in result.refused[ref.FINAL_2019])


def test_a_forty_digit_count_is_refused_with_its_reason_not_nulled() -> None:
    rows = ref.rows()
    find(rows["turnout"], document_id=ref.FINAL_2019)["registered_voters"] = 10**39 + 7
    frames = ref.frames(rows)
    assert frames["turnout"].filter(pl.col("staging_error").is_not_null()).height == 1
    result = run_gate(frames)
    [refusal] = {r for r in result.refused[ref.FINAL_2019] if "too large" in r.reason}
    assert refusal.claim_set == T2019_FINAL
    assert "registered_voters 100000000000…0007 (40 digits) is too large for its BIGINT column" in refusal.reason
    assert set(result.refused) == {ref.FINAL_2019}
    assert all(r.table == "turnout" for r in result.refused[ref.FINAL_2019]), "its results set still loads"


def test_rows_naming_no_document_are_refused_and_withheld() -> None:
    rows = ref.rows()
    find(rows["infractions"], measure="observed")["document_id"] = None
    frames = ref.frames(rows)
    result = run_gate(frames)
    assert list(result.refused) == [NO_DOCUMENT]
    assert any("no document_id" in r.reason for r in result.refused[NO_DOCUMENT])
    assert withhold(frames, result.refused)["infractions"].height == frames["infractions"].height - 1


def test_a_wrong_column_type_refuses_the_table() -> None:
    frames = ref.frames()
    frames["results"] = frames["results"].with_columns(pl.col("votes").cast(pl.Float64))
    result = run_gate(frames)
    results_documents = set(frames["results"]["document_id"].to_list())
    assert set(result.refused) == results_documents
    assert ("results", "column votes has type float64, expected int64", R2019_FINAL) in result.refused[ref.FINAL_2019]
    assert not any(r.table == "turnout" for r in result.refused[ref.FINAL_2019]), "the turnout sets still load"


def test_reasons_are_capped_per_expectation() -> None:
    rows = ref.rows()
    for row in rows["results"]:
        if row["document_id"] == ref.FINAL_2019:
            row["language"] = "xx"
    reasons = list(dict.fromkeys(r.reason for r in _gate(rows).refused[ref.FINAL_2019]))
    assert reasons == ["language 'xx' is not one of the contract's values"]


def test_results_without_a_turnout_frame_are_still_judged() -> None:
    frames = ref.frames()
    del frames["turnout"]
    assert run_gate(frames).refused == {}


def test_unknown_or_incomplete_frames_are_a_programming_error() -> None:
    frames = ref.frames()
    with pytest.raises(ValueError, match="no suite"):
        run_gate({**frames, "seats": frames["results"]})
    with pytest.raises(ValueError, match="contestant_id"):
        run_gate({"results": frames["results"].drop("contestant_id")})


@pytest.mark.parametrize(
    ("evidence", "figures", "expected"),
    [
        ("approximately 4,000 people were detained", [4000], True),
        ("6\u00a0539\u00a0715 голосов", [6539715], True),
        ("11 960 364 избирателя", [11960364], True),
        ("за 12,8% избирателей", [12.8], True),
        ("at least 13 journalists", [13], True),
        ("between 9 and 13 June 2013", [201], False),
        ("in 2013 the count", [13], False),
        ("at least seven human rights defenders", [7], None),
        ("более 4 тысяч человек", [4000], None),
        ("more than half of the polling stations", [50], None),
        ("500 to 700 people", [500, 700], True),
        ("500 people", [500, 700], False),
        ("no count here", [None], None),
        ("сотрудники полиции задержали 30 человек", [40], False),
        # a count word the claims reader turns into a range: the range's bounds are not written as digits
        ("police detained scores of demonstrators in Almaty", [40, 199], None),
        ("полиция ондаған адамды ұстады", [20, 99], None),
        ("in a quarter of the counts observed", [25], None),
        # one, said by a singular noun's grammar alone
        ("a reporter of a regional newspaper was detained", [1], None),
        ("задержан журналист издания", [1], None),
        ("a reporter was detained", [2], False),
    ],
)
def test_figure_in_evidence(evidence: str, figures: list[float | None], expected: bool | None) -> None:
    frame = pl.DataFrame({"evidence": [evidence], **{f"f{i}": [f] for i, f in enumerate(figures)}})
    check = frame.select(
        figure_in_evidence(pl.col("evidence"), *(pl.col(f"f{i}").cast(pl.Float64) for i in range(len(figures))))
    )
    assert check.item() is expected


def _corpus(copies: int) -> dict[str, pl.DataFrame]:
    """The reference rows repeated under new document ids: ~30 rows per copy, every suite exercised."""
    rows: Rows = {table: [] for table in ref.rows()}
    for copy in range(copies):
        for table, items in ref.rows().items():
            for row in items:
                row["document_id"] = ref.doc_id(f"{copy}:{row['document_id']}")
                for key in ("detention_id", "infraction_id"):
                    if key in row:
                        row[key] = ref.doc_id(f"{copy}:{row[key]}")
                rows[table].append(row)
    return ref.frames(rows)


def test_two_hundred_clean_rows_refuse_nothing() -> None:
    frames = _corpus(copies=5)
    rows = sum(frame.height for frame in frames.values())
    assert rows >= 200
    result = run_gate(frames)
    assert result.refused == {} and result.warnings == {}


def test_data_docs_are_built_for_a_run(tmp_path: Path) -> None:
    rows = ref.rows()
    _shares_sum_to_126(rows)
    directory = tmp_path / "gx"
    directory.mkdir()
    (directory / "great_expectations.yml").write_text("# an earlier build\n")
    (directory / "stale.txt").write_text("from an earlier run")
    index = build_data_docs(ref.frames(rows), directory)
    assert index == directory / "uncommitted" / "data_docs" / "local_site" / "index.html"
    assert index.is_file()
    assert not (directory / "stale.txt").exists(), "an earlier build is replaced, not added to"
    pages = list((index.parent / "validations").rglob("*.html"))
    assert len(pages) == 5, "one validation page per staged table"
    results_page = next(p for p in pages if "results" in str(p)).read_text(encoding="utf-8")
    assert "shares in one publication sum to at most 100.5%" in results_page
    assert "126.0" in results_page, "the failing value is shown"


def test_data_docs_never_replace_a_foreign_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not build output")
    with pytest.raises(ValueError, match="not empty"):
        build_data_docs(ref.frames(), tmp_path)
    assert (tmp_path / "notes.txt").exists()
