"""The scale and load benchmarks at a tiny scale: the generated corpus loads, the mirror's latency holds, and
each benchmark writes its key to bench.json. No timing is asserted beyond the mirror's own sleep."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest
import requests

from bench import load, scale
from bench.corpus import build_corpus, cached_corpus, chosen_votes
from bench.harness import plain_harvest, served, settings_for
from kzelect.mirror import serve_snapshot, serve_tree

TINY = 0.5  # one vote of the calendar


@pytest.fixture
def bench_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "bench.json"
    monkeypatch.setenv("KZELECT_BENCH_JSON", str(path))
    return path


@pytest.fixture(scope="module")
def harvested(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object, Path]:
    """A two-vote corpus generated, served and run through the pipeline (no Prefect)."""
    tmp = tmp_path_factory.mktemp("corpus")
    info = build_corpus(tmp / "mirror", scale=1.0, seed=3, final_pages=6, statement_pages=3)
    with served(tmp / "mirror") as (cec, osce):
        times = plain_harvest(settings_for(cec, osce, tmp / "home"))
    return info, times, tmp / "home" / "kzelect.duckdb"


def test_generated_corpus_loads_with_no_refused_document(harvested: tuple) -> None:
    info, times, _warehouse = harvested
    assert times.refused == {}
    assert times.requests == info.documents  # every listing page, release, page and report was reached
    assert all(times.rows[table] > 0 for table in ("results", "turnout", "detentions", "infractions")), times.rows


def test_every_vote_has_results_and_turnout_of_each_stage(harvested: tuple) -> None:
    info, _times, warehouse = harvested
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        stages = set(con.sql("SELECT election_id, stage FROM core.results").fetchall())
        turnout = {e for (e,) in con.sql("SELECT DISTINCT election_id FROM core.turnout").fetchall()}
        regions = con.sql("SELECT count(DISTINCT region_code) FROM core.turnout WHERE region_code <> 'KZ'").fetchall()
    finally:
        con.close()
    assert stages == {(e, s) for e in info.elections for s in ("preliminary", "final")}
    assert turnout == set(info.elections)
    assert regions[0][0] >= 14  # the region lines of the bulletins resolved to codes


@pytest.mark.parametrize("scale_factor, votes", [(0.5, 1), (1.0, 2), (10.0, 20), (100.0, 22)],
                         ids=["half: one vote", "1x: two", "10x: twenty", "beyond the calendar: all"])
def test_scale_chooses_votes_of_the_calendar(scale_factor: float, votes: int) -> None:
    chosen = chosen_votes(scale_factor)
    assert len(chosen) == votes
    assert len({row["election_id"] for row in chosen}) == votes
    assert {row["election_type"] for row in chosen_votes(10.0)} == {"presidential", "parliamentary", "referendum"}


def test_corpus_is_the_same_for_the_same_seed_and_cached(tmp_path: Path) -> None:
    first = build_corpus(tmp_path / "a", TINY, seed=1, final_pages=4, statement_pages=2)
    second = build_corpus(tmp_path / "b", TINY, seed=1, final_pages=4, statement_pages=2)
    rel = "cec/rus/news/releases/index.php"
    assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()
    assert (first.documents, first.bytes) == (second.documents, second.bytes)
    cached = cached_corpus(TINY, seed=1, cache=tmp_path / "cache")
    again = cached_corpus(TINY, seed=1, cache=tmp_path / "cache")
    assert again == cached and Path(cached.root, "osce", "odihr", "elections", "kazakhstan", "index.html").is_file()


def test_listings_paginate_in_three_languages(tmp_path: Path) -> None:
    info = build_corpus(tmp_path, 1.0, seed=0, final_pages=2, statement_pages=1)
    releases = tmp_path / "cec" / "rus" / "news" / "releases"
    first = (releases / "index.php").read_text(encoding="utf-8")
    assert "PAGEN_1=2" in first and "След." in first
    assert all((tmp_path / "cec" / lang / "news" / "releases" / "index.php").is_file() for lang in ("kaz", "eng"))
    assert info.listing_pages >= 5


def test_mirror_waits_the_latency_on_every_answer(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<p>hello</p>", encoding="utf-8")
    with serve_tree(tmp_path, latency_s=0.2) as base:
        for path in ("/page.html", "/missing"):  # a 404 waits too
            started = time.perf_counter()
            requests.get(base + path, timeout=10)
            assert time.perf_counter() - started >= 0.2


def test_mirror_answers_concurrent_requests_while_one_waits(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>a</p>", encoding="utf-8")
    with serve_tree(tmp_path, latency_s=0.3) as base, ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _i: requests.get(base + "/a.html", timeout=10).status_code, range(4)))
    assert answers == [200] * 4


def test_latency_reaches_both_snapshot_servers_and_negative_is_refused(tmp_path: Path) -> None:
    for site in ("cec", "osce"):
        (tmp_path / site).mkdir()
        (tmp_path / site / "x.html").write_text("x", encoding="utf-8")
    with serve_snapshot(tmp_path, latency_s=0.15) as urls:
        for url in urls:
            started = time.perf_counter()
            assert requests.get(url + "/x.html", timeout=10).status_code == 200
            assert time.perf_counter() - started >= 0.15
    with pytest.raises(ValueError, match="latency_s"), serve_tree(tmp_path, latency_s=-1):
        pass


def test_load_benchmarks_write_their_keys(bench_json: Path) -> None:
    load.main(["--rows", "50", "--native-rows", "2000", "--warehouse-gb", "0.002"])
    written = json.loads(bench_json.read_text(encoding="utf-8"))
    assert {"load_vs_native", "publish_1gb_s"} <= set(written)
    assert written["load_vs_native"]["value"] > 0
    detail = written["publish_1gb_s"]["detail"]
    assert detail["warehouse_bytes"] > 0
    # the incremental side was measured on the incremental path, beside the full copy of the same file
    assert detail["path"] == "incremental"
    assert detail["full_copy_s"] > 0 and detail["speedup_vs_full"] > 0


def test_scale_benchmarks_write_their_keys(bench_json: Path, tmp_path: Path) -> None:
    """All three at a tiny scale: Prefect's floor and a run over a one-vote corpus, the harvest at 5 ms, the flow
    at ×0.5 twice (one server, no warm-up)."""
    tiny = cached_corpus(TINY, seed=0, cache=tmp_path / "cache")
    scale.main(["--scales", str(TINY), str(TINY), "--latency", "0.005", "--snapshot", tiny.root,
                "--corpus-cache", str(tmp_path / "cache"), "--no-warm-up", "--only", "floor", "harvest", "scale"])
    written = json.loads(bench_json.read_text(encoding="utf-8"))
    assert {"scale_10x_cost_ratio", "harvest_vs_ideal", "run_over_prefect_floor_s"} <= set(written)
    assert written["scale_10x_cost_ratio"]["detail"]["refused_large"] == 0
    assert written["harvest_vs_ideal"]["detail"]["failed"] == 0
