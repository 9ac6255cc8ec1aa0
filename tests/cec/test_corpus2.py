"""The second corpus (tests/fixtures/corpus2/cec, invented releases with their facts) read release by release:
every national figure is read, with its stage, and no figure is read that the facts do not hold."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
import yaml

from sources.cec.release import parse_release
from sources.records import Extraction
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus2"
FACTS = {f["election_id"]: f for f in yaml.safe_load((CORPUS / "facts_cec.yaml").read_text(encoding="utf-8"))}


@cache
def extractions() -> dict[str, list[Extraction]]:
    by_election: dict[str, list[Extraction]] = defaultdict(list)
    for path in sorted((CORPUS / "cec").rglob("index.php@ID=*")):
        lang = path.parts[-4]
        url = f"https://www.election.gov.kz/{lang}/news/releases/index.php?ID={path.name.split('=')[1]}"
        e = parse_release(Path(path).read_bytes(), path.name, url)
        by_election[e.election.election_id if e.election else "none"].append(e)
    return by_election


@pytest.mark.parametrize("election_id", list(FACTS))
def test_every_national_result_is_read_with_its_stage(election_id: str) -> None:
    docs = extractions()[election_id]
    claims = [r for e in docs for r in e.results if r.region_name is None]
    final = {(r.contestant_name, r.votes, r.vote_share_pct) for r in claims if r.stage == "final" and r.votes}
    prelim_shares = {r.vote_share_pct for r in claims if r.stage == "preliminary"}
    seats = {(r.contestant_name, r.seats) for r in claims if r.seats is not None}
    for fact in FACTS[election_id]["results"]:
        assert {(fact["name_ru"], fact["final_votes"], fact["final_pct"]),
                (fact["name_kk"], fact["final_votes"], fact["final_pct"])} & final, fact["name_ru"]
        assert fact["prelim_pct"] in prelim_shares, fact["name_ru"]
        if "seats" in fact:
            assert {(fact["name_ru"], fact["seats"]), (fact["name_en"], fact["seats"])} & seats, fact["name_ru"]


@pytest.mark.parametrize("election_id", list(FACTS))
def test_no_figure_is_read_that_the_facts_do_not_hold(election_id: str) -> None:
    fact = FACTS[election_id]
    votes = {f[k] for f in fact["results"] for k in ("final_votes", "prelim_votes") if k in f}
    shares = {f[k] for f in fact["results"] for k in ("final_pct", "prelim_pct")}
    shares |= set(fact.get("english_prelim_pct", {}).values())
    for e in extractions()[election_id]:
        for r in e.results:
            if r.region_name is None:
                assert r.votes is None or r.votes in votes, (e.document_id, r)
                assert r.vote_share_pct is None or r.vote_share_pct in shares, (e.document_id, r)
        # only the figures the facts list as no figure of this vote (an exit poll, a bound, an earlier vote) stay unread
        assert {u.figure for u in e.unread} <= set(fact.get("not_figures", [])), (e.document_id, e.unread)


@pytest.mark.parametrize("election_id", list(FACTS))
def test_national_turnout_of_every_stage_and_hour(election_id: str) -> None:
    fact, docs = FACTS[election_id], extractions()[election_id]
    national = [t for e in docs for t in e.turnout if t.region_name is None]

    def values(field: str, stage: str) -> set:
        return {getattr(t, field) for t in national if t.stage == stage and t.as_of is None
                and getattr(t, field) is not None}

    n = fact["national"]
    assert values("registered_voters", "final") == {n["registered"]}
    assert values("ballots_cast", "final") == {n["final_cast"]}
    assert values("turnout_pct", "final") == {n["final_turnout"]}
    assert values("invalid_ballots", "final") == {n["invalid"]}
    assert values("ballots_cast", "preliminary") == {n["prelim_cast"]}
    assert values("turnout_pct", "preliminary") == {n["prelim_turnout"]}
    # an hour's turnout (a bulletin's count of polling stations carries its hour too, and no turnout)
    hourly = {(t.as_of, t.turnout_pct) for t in national if t.as_of is not None and t.turnout_pct is not None}
    assert hourly == set(fact["turnout_as_of"].items())
    casts = {(t.as_of, t.ballots_cast) for t in national if t.as_of is not None and t.ballots_cast is not None}
    assert casts == set(fact.get("cast_as_of", {}).items())
    # the register does not change by the hour: a count an hour's share restates is its ballots, never a register
    assert {t.registered_voters for t in national if t.as_of is not None} - {None} <= {n["registered"]}


def test_turnout_bulletins_are_tied_to_their_election_without_stating_its_date() -> None:
    # only the releases about another body's vote (a maslikhat's, the Senate's) belong to no calendar election
    other_bodies = yaml.safe_load((CORPUS / "facts_other_bodies.yaml").read_text(encoding="utf-8"))
    assert {e.document_id for e in extractions().get("none", [])} == {
        f"index.php@ID={r['release'].split('/')[1]}" for r in other_bodies}
    kinds = {e.document_id: e.doc_kind for docs in extractions().values() for e in docs}
    assert kinds["index.php@ID=7201"] == "turnout" and kinds["index.php@ID=7105"] == "turnout"
    assert kinds["index.php@ID=7210"] == "results_final" and kinds["index.php@ID=7405"] == "results_preliminary"
