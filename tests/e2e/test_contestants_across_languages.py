"""End to end over the second corpus (tests/fixtures/corpus2): one election's Russian, Kazakh and English pages
— full nominative names, declined ones in prose ("за Оспанову Меруерт"), English party names ("Altyn Dala
Party") — give one contestant each in marts.results, named by the nominative the publications write."""

from __future__ import annotations

import duckdb
import pytest
import yaml

from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus2"
FACTS = yaml.safe_load((CORPUS / "facts_cec.yaml").read_text(encoding="utf-8"))
ELECTIONS = [f["election_id"] for f in FACTS]


@pytest.fixture(scope="module")
def con(corpus2: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    return corpus2


@pytest.mark.parametrize("election", FACTS, ids=ELECTIONS)
def test_every_spelling_of_an_election_gives_one_contestant_each(con: duckdb.DuckDBPyConnection,
                                                                election: dict) -> None:
    eid = election["election_id"]
    national = con.execute("SELECT contestant_id, contestant_name_en, contestant_name_ru, contestant_name_kk "
                           "FROM marts.results WHERE election_id = ? AND region_code = 'KZ'", [eid]).fetchall()
    assert len(national) == len(election["results"]), national  # no contestant twice, under another spelling
    for fact in election["results"]:
        spellings = [fact[k] for k in ("name_ru", "name_kk", "name_en")]
        ids = {r[0] for r in con.execute("SELECT DISTINCT contestant_id FROM core.results WHERE election_id = ? "
                                         "AND name_as_written IN (SELECT unnest(?))", [eid, spellings]).fetchall()}
        assert len(ids) == 1, (fact["name_ru"], ids)
        cid = ids.pop()
        row = next(r for r in national if r[0] == cid)
        # the nominative the Russian pages write, the English name (published, or "Shugyla Party" by rule)
        assert row[1:3] == (fact["name_en"], fact["name_ru"]), row
        assert row[3] in (fact["name_kk"], None), row  # null where no Kazakh page names it


def test_declined_forms_in_prose_join_their_candidate(con: duckdb.DuckDBPyConnection) -> None:
    eid = "kz-2022-11-20-presidential"
    by_id: dict[str, set[str]] = {}
    for cid, name in con.execute("SELECT DISTINCT contestant_id, name_as_written FROM core.results "
                                 "WHERE election_id = ?", [eid]).fetchall():
        by_id.setdefault(cid, set()).add(name)
    facts = next(f for f in FACTS if f["election_id"] == eid)["results"]
    assert len(by_id) == len(facts), by_id
    names = {r[0]: r[1:] for r in con.execute("SELECT contestant_id, name_ru, name_en FROM core.contestants "
                                              "WHERE contestant_id IN (SELECT unnest(?))", [list(by_id)]).fetchall()}
    for fact in facts:
        if fact["name_ru"] == "Против всех":
            continue
        cid = next(c for c, written in by_id.items() if fact["name_ru"] in written)
        assert len(by_id[cid]) > 2, by_id[cid]  # full ru, kk and en, and the declined prose form
        assert names[cid] == (fact["name_ru"], fact["name_en"]), names[cid]
