"""Impossible claim sets are quarantined with readable reasons while the rest of the corpus — and the rest of
the same release — loads, and the run says so: non-zero exit, one line naming what was refused. The real CLI,
a served copy of the snapshot with two bad releases added to the Russian listing and a broken PDF to an
election page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from kzelect.mirror import serve_snapshot
from tests.conftest import KZELECT, SNAPSHOT

RELEASE = """<html lang="ru"><head><meta charset="UTF-8"><title>{title}</title></head><body>
<div class="news-detail"><span class="news-date-time">12.06.2019</span><h3>{title}</h3>
<p>Центральная избирательная комиссия установила итоги внеочередных выборов Президента Республики Казахстан,
состоявшихся 9 июня 2019 года.</p>{body}</div></body></html>"""
VOTES_EXCEED_CAST = RELEASE.format(
    title="Сообщение об итогах внеочередных выборов Президента Республики Казахстан (исправленное)",
    body="<p>Бюллетени для голосования получили 9 274 110 избирателей, или 77,5 процента.</p>"
         "<p>Токаев Касым-Жомарт Кемелевич – 9 500 000 голосов избирателей, или 70,96 %;</p>"
         "<p>Косанов Амиржан Сагидрахманович – 1 495 401 голос избирателей, или 16,23 %;</p>")
SHARES_126 = RELEASE.format(
    title="Информационное сообщение о предварительных итогах внеочередных выборов Президента Республики Казахстан",
    body="<p>Голоса избирателей распределились следующим образом:</p>"
         "<p>Токаев Касым-Жомарт Кемелевич – 90,76 %;</p><p>Косанов Амиржан Сагидрахманович – 35,24 %;</p>")


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    tmp = tmp_path_factory.mktemp("quarantine")
    site = tmp / "site"
    shutil.copytree(SNAPSHOT, site)
    releases = site / "cec" / "rus" / "news" / "releases"
    links = ""
    for rid, html in ((7001, VOTES_EXCEED_CAST), (7002, SHARES_126)):
        (releases / f"index.php@ID={rid}").write_text(html, encoding="utf-8")
        links += f'<div><span>12.06.2019</span><a href="/rus/news/releases/index.php?ID={rid}">Release</a></div>'
    broken = site / "osce" / "files" / "f" / "documents" / "9" / "9"
    broken.mkdir(parents=True)
    (broken / "999999.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntruncated")
    election_page = site / "osce" / "odihr" / "elections" / "kazakhstan" / "414845"
    election_page.write_text(election_page.read_text(encoding="utf-8").replace(
        "</ul>", '<li><a href="/files/f/documents/9/9/999999.pdf">Interim Report</a></li></ul>'), encoding="utf-8")
    listing = releases / "index.php"
    listing.write_text(listing.read_text(encoding="utf-8").replace('<div class="news-list">',
                                                                   '<div class="news-list">' + links))
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "KZELECT_PREFECT_HOME": str(tmp / "prefect")}
    with serve_snapshot(site) as (cec_url, osce_url):
        done = subprocess.run([str(KZELECT), "run", "--cec-url", cec_url, "--osce-url", osce_url, "--warehouse",
                               str(tmp / "kz.duckdb"), "--archive", str(tmp / "archive")],
                              capture_output=True, text=True, env=env, timeout=600)
    return done, tmp / "kz.duckdb"


def test_the_run_exits_non_zero_with_a_one_line_reason(outcome) -> None:
    done, _ = outcome
    assert done.returncode == 1
    reason = done.stderr.strip().splitlines()[-1]
    assert reason.startswith("kzelect: 3 document(s) refused"), done.stderr
    assert "REFUSED" in done.stdout and "ID=7001" in done.stdout and "ID=7002" in done.stdout
    assert "999999.pdf [parse]" in done.stdout


def test_the_impossible_sets_are_quarantined_with_readable_reasons(outcome) -> None:
    _, warehouse = outcome
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.sql("SELECT url, table_name, reason, claim_set FROM audit.quarantine ORDER BY url").fetchall()
        reasons: dict[str, str] = {}
        sets: dict[str, set[str]] = {}
        for url, _table, reason, claim_set in rows:
            if "ID=" not in url:
                continue
            release = url.rsplit("=", 1)[1]
            reasons[release] = reasons.get(release, "") + reason + "\n"
            sets.setdefault(release, set()).add(claim_set)
        assert "exceed the 9,274,110 ballots cast" in reasons["7001"]
        assert "sum to 126.0%" in reasons["7002"]
        assert sets["7001"] == {"results kz-2019-06-09-presidential KZ final"}, "the results set, not the release"
        assert sets["7002"] == {"results kz-2019-06-09-presidential KZ preliminary"}
        pdf = [(table, claim_set) for url, table, _reason, claim_set in rows if url.endswith("999999.pdf")]
        assert pdf == [("parse", "document")], rows  # a PDF that does not parse: one reason, the parser's
        metadata = con.sql("SELECT language, doc_kind FROM raw.documents WHERE url LIKE '%999999.pdf'").fetchall()
        assert metadata == [("en", "odihr_other")], "a refused document keeps its contract metadata"
        withheld = con.sql("SELECT count(*) FROM core.results r JOIN raw.documents d USING (document_id) "
                           "WHERE d.url LIKE '%ID=700%'").fetchall()
        assert withheld == [(0,)]
        archived = con.sql("SELECT count(*) FROM raw.documents WHERE url LIKE '%ID=700%' "
                           "OR url LIKE '%999999.pdf'").fetchall()
        assert archived == [(3,)]  # raw is forever: the bodies stay archived and listed
        turnout = con.sql("SELECT t.ballots_cast FROM core.turnout t JOIN raw.documents d USING (document_id) "
                          "WHERE d.url LIKE '%ID=7001'").fetchall()
        assert (9_274_110,) in turnout, "the release's turnout loads although its results set was refused"
    finally:
        con.close()


def test_the_rest_of_the_corpus_loads(outcome) -> None:
    _, warehouse = outcome
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tokayev = con.sql("SELECT votes FROM marts.results WHERE contestant_id = 'kassym-jomart-tokayev'").fetchall()
        assert tokayev == [(6_539_715,)]
        assert con.sql("SELECT count(*) FROM core.detentions").fetchall()[0][0] >= 6
    finally:
        con.close()
