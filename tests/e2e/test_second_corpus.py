"""End to end over a second served corpus that is not the bundled snapshot (tests/fixtures/corpus2): other
elections, other wording (prose sentences, tables of regions, hours as columns), both CEC templates, English
and Kazakh versions with fewer figures, releases that never state the election's date. The facts are in
tests/fixtures/corpus2/facts_cec.yaml; every national figure must reach the marts exactly, and no other. An impossible
result set is refused alone (its document's turnout loads), a line nobody can read is recorded with the release's
other figures loaded, and a release about another body's vote (facts_other_bodies.yaml) loads nothing, is refused
nothing and is recorded unread; the detentions and infractions a release reports load with their reporter, days
and place.

A fact may carry `known_gap: "<reason>"`: a shape the parsers do not read yet. It is still checked; a failure is
reported as a `KnownGap` warning (in pytest's warnings summary) instead of failing the test, and a known gap that
now passes is reported too, so its key can be dropped."""

from __future__ import annotations

import csv
import warnings

import duckdb
import pytest
import yaml

from tests.conftest import ROOT
from tests.e2e.corpus_run import KnownGap

CORPUS = ROOT / "tests" / "fixtures" / "corpus2"
FACTS = yaml.safe_load((CORPUS / "facts_cec.yaml").read_text(encoding="utf-8"))
CALENDAR = ROOT / "warehouse" / "seeds" / "elections.csv"
ELECTIONS = [f["election_id"] for f in FACTS]
OTHER_BODIES = yaml.safe_load((CORPUS / "facts_other_bodies.yaml").read_text(encoding="utf-8"))


def expect(ok: bool, fact: dict, detail: object, aspect: str | None = None) -> None:
    """Assert a fact, or report it when the facts file marks it as a known gap: `known_gap: "<reason>"` for the
    whole fact, or `known_gap: {<aspect>: "<reason>"}` for one aspect of it (e.g. its preliminary share)."""
    gap = fact.get("known_gap")
    if isinstance(gap, dict):
        gap = gap.get(aspect)
    if gap is None:
        assert ok, detail
    elif ok:
        warnings.warn(KnownGap(f"known gap now closed, drop its known_gap key: {detail}"), stacklevel=2)
    else:
        warnings.warn(KnownGap(f"{gap} -- expected {detail}"), stacklevel=2)


def release_url(release: str) -> str:
    """'eng/7511' as the tail of the release's URL in raw.documents (the host is the canonical or the served one)."""
    lang, number = release.split("/")
    return f"%/{lang}/news/releases/index.php?ID={number}"


@pytest.fixture(scope="module")
def con(corpus2: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    return corpus2


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def contestant_ids(con: duckdb.DuckDBPyConnection, election_id: str, *spellings: str) -> set[str]:
    return {r[0] for r in rows(con, "SELECT DISTINCT contestant_id FROM core.results WHERE election_id = ? AND "
                                    "name_as_written IN (SELECT unnest(?))", election_id, list(spellings))}


@pytest.mark.parametrize("election", FACTS, ids=ELECTIONS)
def test_national_results_reach_the_marts_exactly(con: duckdb.DuckDBPyConnection, election: dict) -> None:
    eid = election["election_id"]
    for fact in election["results"]:
        ids = contestant_ids(con, eid, fact["name_ru"], fact["name_kk"])
        assert len(ids) == 1, f"{eid} {fact['name_ru']}: {ids}"  # Russian and Kazakh spellings meet
        cid = ids.pop()
        mart = rows(con, "SELECT votes, vote_share_pct, seats FROM marts.results WHERE election_id = ? AND "
                         "region_code = 'KZ' AND contestant_id = ?", eid, cid)
        assert mart == [(fact["final_votes"], fact["final_pct"], fact.get("seats"))], f"{eid} {fact['name_ru']}"
        prelim = rows(con, "SELECT DISTINCT vote_share_pct FROM core.results WHERE election_id = ? AND "
                           "region_code = 'KZ' AND stage = 'preliminary' AND contestant_id = ? AND "
                           "vote_share_pct IS NOT NULL", eid, cid)
        expect(prelim == [(fact["prelim_pct"],)], fact, (eid, fact["name_ru"], "preliminary", prelim), "preliminary")


@pytest.mark.parametrize("election", FACTS, ids=ELECTIONS)
def test_no_wrong_result_figure(con: duckdb.DuckDBPyConnection, election: dict) -> None:
    eid = election["election_id"]
    true_votes = {f[k] for f in election["results"] for k in ("final_votes", "prelim_votes") if k in f}
    true_shares = {f[k] for f in election["results"] for k in ("final_pct", "prelim_pct")}
    true_shares |= set(election.get("english_prelim_pct", {}).values())
    for votes, share, name in rows(con, "SELECT r.votes, r.vote_share_pct, r.name_as_written FROM core.results r "
                                        "WHERE election_id = ? AND region_code = 'KZ'", eid):
        assert votes is None or votes in true_votes, (name, votes)
        assert share is None or share in true_shares, (name, share)


@pytest.mark.parametrize("election", FACTS, ids=ELECTIONS)
def test_national_turnout_reaches_the_marts_exactly(con: duckdb.DuckDBPyConnection, election: dict) -> None:
    eid, national = election["election_id"], election["national"]

    def mart(stage: str, column: str) -> set:
        return {r[0] for r in rows(con, f"SELECT {column} FROM marts.turnout WHERE election_id = ? AND "
                                        f"region_code = 'KZ' AND stage = ? AND as_of IS NULL AND {column} IS NOT NULL",
                                   eid, stage)}

    assert mart("final", "registered_voters") == {national["registered"]}
    assert mart("final", "ballots_cast") == {national["final_cast"]}
    assert mart("final", "turnout_pct") == {national["final_turnout"]}
    assert mart("final", "invalid_ballots") == {national["invalid"]}
    assert mart("preliminary", "ballots_cast") == {national["prelim_cast"]}
    assert mart("preliminary", "turnout_pct") == {national["prelim_turnout"]}
    for as_of, pct in election["turnout_as_of"].items():
        got = {r[0] for r in rows(con, "SELECT turnout_pct FROM marts.turnout WHERE election_id = ? AND "
                                       "region_code = 'KZ' AND left(CAST(as_of AS VARCHAR), 5) = ?", eid, as_of)}
        assert got == {pct}, f"{eid} at {as_of}: {got}"


@pytest.mark.parametrize("election", FACTS, ids=ELECTIONS)
def test_turnout_by_region_from_lines_sentences_and_tables(con: duckdb.DuckDBPyConnection, election: dict) -> None:
    for fact in election["turnout_by_region"]:
        got = {r[0] for r in rows(con, "SELECT turnout_pct FROM core.turnout WHERE election_id = ? AND "
                                       "region_code = ? AND as_of = ?", election["election_id"],
                                  fact["region_code"], fact["as_of"])}
        expect(got == {fact["turnout_pct"]}, fact, (election["election_id"], fact, got))


def test_results_by_region_from_a_table_of_regions_and_contestants(con: duckdb.DuckDBPyConnection) -> None:
    for election in FACTS:
        for fact in election.get("results_by_region", []):
            got = {r[0] for r in rows(con, "SELECT vote_share_pct FROM core.results WHERE election_id = ? AND "
                                           "region_code = ? AND name_as_written = ?", election["election_id"],
                                      fact["region_code"], fact["name_kk"])}
            assert got == {fact["final_pct"]}, fact


def test_no_document_is_refused_for_its_shape(con: duckdb.DuckDBPyConnection) -> None:
    """Only the impossible sets the facts list are refused, each with its reason; no document for its shape (a
    refusal the facts mark `known_gap` is reported, not asserted)."""
    refused = rows(con, "SELECT d.url, q.table_name, q.reason FROM audit.quarantine q JOIN raw.documents d "
                        "USING (document_id) WHERE d.source = 'cec'")

    def matches(f: dict, url: str, table: str, reason: str) -> bool:
        return (url.endswith(release_url(f["release"])[1:]) and table == f["table"]
                and any(words in reason for words in f["reasons"]))

    listed = [f for e in FACTS for f in e.get("refused", [])]
    for url, table, reason in refused:
        fact = next((f for f in listed if matches(f, url, table, reason)), {})
        expect(bool(fact) and "known_gap" not in fact, fact, ("refused", url, table, reason))
    for f in listed:
        if "known_gap" not in f:  # every reason the facts give is among the set's reasons
            for words in f["reasons"]:
                assert any(matches(f | {"reasons": [words]}, *r) for r in refused), (f["release"], words)


IMPOSSIBLE = [f for e in FACTS for f in e.get("refused", []) if "known_gap" not in f]


@pytest.mark.parametrize("refusal", IMPOSSIBLE, ids=[f["release"] for f in IMPOSSIBLE])
def test_a_refused_result_set_leaves_its_documents_turnout_loaded(con: duckdb.DuckDBPyConnection,
                                                                  refusal: dict) -> None:
    url = release_url(refusal["release"])
    assert rows(con, "SELECT count(*) FROM core.results r JOIN raw.documents d USING (document_id) "
                     "WHERE d.url LIKE ?", url) == [(0,)]
    loaded = rows(con, "SELECT t.registered_voters, t.ballots_cast, t.turnout_pct FROM core.turnout t "
                       "JOIN raw.documents d USING (document_id) WHERE d.url LIKE ? AND t.region_code = 'KZ'", url)
    for column, value in refusal["still_loaded"].items():
        index = ("registered_voters", "ballots_cast", "turnout_pct").index(column)
        assert value in {r[index] for r in loaded}, (refusal["release"], column, loaded)


@pytest.mark.parametrize("line", [u | {"election_id": e["election_id"]} for e in FACTS for u in e.get("unread", [])],
                         ids=[u["release"] for e in FACTS for u in e.get("unread", [])])
def test_a_line_nobody_can_read_is_recorded_and_the_releases_other_figures_load(con: duckdb.DuckDBPyConnection,
                                                                               line: dict) -> None:
    url = release_url(line["release"])
    recorded = {r[0] for r in rows(con, "SELECT figure FROM audit.unread WHERE url LIKE ?", url)}
    assert line["figure"] in recorded, recorded
    loaded = rows(con, "SELECT count(*) FROM core.turnout t JOIN raw.documents d USING (document_id) "
                       "WHERE d.url LIKE ? AND t.election_id = ?", url, line["election_id"])
    assert loaded[0][0] >= 2, loaded  # the national figure and the readable lines


@pytest.mark.parametrize("release", OTHER_BODIES, ids=[r["release"] for r in OTHER_BODIES])
def test_another_bodys_vote_loads_nothing_and_is_recorded_unread(con: duckdb.DuckDBPyConnection,
                                                                 release: dict) -> None:
    url = release_url(release["release"])
    documents = rows(con, "SELECT document_id FROM raw.documents WHERE url LIKE ?", url)
    assert len(documents) == 1, (release["release"], documents)  # harvested and archived
    for table in ("core.results", "core.turnout", "audit.quarantine"):
        assert rows(con, f"SELECT count(*) FROM {table} WHERE document_id = ?", documents[0][0]) == [(0,)], table
    unread = rows(con, "SELECT count(*) FROM audit.unread WHERE document_id = ?", documents[0][0])[0][0]
    expect(unread >= release["unread_min"], release, (release["release"], "unread figures", unread))


CLAIMS = [(e["election_id"], table, f) for e in FACTS for table, facts in e.get("claims", {}).items() for f in facts]


@pytest.mark.parametrize(("election_id", "table", "fact"), CLAIMS,
                         ids=[f"{t}-{f['release']}-{f.get('min', f.get('value'))}" for _, t, f in CLAIMS])
def test_detentions_and_infractions_a_release_reports(con: duckdb.DuckDBPyConnection, election_id: str, table: str,
                                                      fact: dict) -> None:
    url = release_url(fact["release"])
    if table == "detentions":
        found = rows(con, "SELECT c.reported_by, CAST(c.date_from AS VARCHAR), CAST(c.date_to AS VARCHAR), c.location "
                          "FROM core.detentions c JOIN raw.documents d USING (document_id) WHERE d.url LIKE ? AND "
                          "c.election_id = ? AND c.detained_min = ? AND c.detained_max IS NOT DISTINCT FROM ? AND "
                          "c.qualifier = ? AND c.subject = ?", url, election_id, fact["min"], fact["max"],
                     fact["qualifier"], fact["who"])
        assert len(found) == 1, (fact, found)
        (reporter, date_from, date_to, location), = found
        assert (date_from, date_to, location) == (fact["date_from"], fact["date_to"], fact["location"]), found
    else:
        found = rows(con, "SELECT c.reported_by FROM core.infractions c JOIN raw.documents d USING (document_id) "
                          "WHERE d.url LIKE ? AND c.election_id = ? AND c.category = ? AND c.measure = ? AND "
                          "c.value IS NOT DISTINCT FROM ? AND c.base IS NOT DISTINCT FROM ?", url, election_id,
                     fact["category"], fact["measure"], fact["value"], fact["base"])
        assert len(found) == 1, (fact, found)
        (reporter,), = found
    expect(reporter == fact["reported_by"], fact, (fact["release"], "reported by", reporter), "reported_by")


def test_no_election_outside_the_calendar(con: duckdb.DuckDBPyConnection) -> None:
    with CALENDAR.open(encoding="utf-8") as handle:
        calendar = {row["election_id"] for row in csv.DictReader(handle)}
    loaded = {r[0] for r in rows(con, "SELECT DISTINCT election_id FROM core.results UNION "
                                      "SELECT DISTINCT election_id FROM core.turnout")}
    assert loaded <= calendar and set(ELECTIONS) <= loaded, loaded - calendar
    # nor a vote a release without figures names (kaz/7209: an older template whose menu reads "Сайлау және
    # референдумдар", dated two days before the Mazhilis vote): no document or election row outside the calendar
    named = {r[0] for r in rows(con, "SELECT election_id FROM core.elections UNION SELECT DISTINCT election_id FROM "
                                     "raw.documents WHERE election_id IS NOT NULL")}
    assert named <= calendar, named - calendar
    accreditation = rows(con, "SELECT election_id FROM raw.documents WHERE url LIKE ?", release_url("kaz/7209"))
    assert accreditation == [("kz-2023-03-19-parliamentary",)], accreditation
