"""Versions of a document (issue 10): the site moves through states — a new release, a corrected release, a
removed release — and the warehouse updated run by run equals one rebuilt from the resulting archive after
every state. A correction supersedes the old body (kept, with its claims), changes the marts and shows in
marts.revisions; a removed release keeps its claims and is marked gone. Each run serves the site on new ports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kzelect.config import Settings
from tests.integrity.site_states import (
    RELEASES,
    harvest_site,
    query,
    rebuild,
    settings_for,
    site_copy,
    tables,
)

BASE = "https://www.election.gov.kz/rus/news/releases/index.php"
NEW = f"{BASE}?ID=5100"
TUGEL = ("SELECT votes, url FROM marts.results WHERE contestant_id = 'sadybek-tugel' AND region_code = 'KZ' "
         "AND election_id = 'kz-2019-06-09-presidential'")
# An invented mid-day bulletin in the CEC's shape (own wording and figures).
BULLETIN = """<div class="news-detail">
<span class="news-date-time">09.06.2019</span>
<h3>О ходе голосования на внеочередных выборах Президента Республики Казахстан по состоянию на 14 часов</h3>
<div class="news-detail-text">
<p>По состоянию на 14 часов 9 июня 2019 года в голосовании приняли участие 5 201 337 избирателей, что составляет
43,49 % от числа включенных в списки.</p>
</div>
</div>
</div>
"""
LISTING_ITEM = """<div class="news-item" id="bx_5100">
<span class="news-date-time">09.06.2019</span>
<a class="news-title" href="/rus/news/releases/index.php?ID=5100"><b>О ходе голосования по состоянию на 14 часов</b></a>
</div>
"""


def add_release(site: Path) -> None:
    template = (site / RELEASES / "index.php@ID=5101").read_text(encoding="utf-8")
    page = re.sub(r'<div class="news-detail">.*?(?=<div class="footer">)', lambda _: BULLETIN, template, flags=re.S)
    (site / RELEASES / "index.php@ID=5100").write_text(page, encoding="utf-8")
    listing = site / RELEASES / "index.php"
    html = listing.read_text(encoding="utf-8")
    listing.write_text(html.replace('<div class="news-item" id="bx_5102">', LISTING_ITEM
                                    + '<div class="news-item" id="bx_5102">'), encoding="utf-8")


def correct_release(site: Path, url: str) -> None:
    """The release the marts take Tugel's votes from now says 84 583 instead of 84 582."""
    path = site / RELEASES / f"index.php@ID={url.rsplit('=', 1)[1]}"
    html, count = re.subn(r"84(\s|&nbsp;)582", r"84\g<1>583", path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(html, encoding="utf-8")


def remove_release(site: Path) -> None:
    (site / RELEASES / "index.php@ID=5100").unlink()
    listing = site / RELEASES / "index.php"
    listing.write_text(listing.read_text(encoding="utf-8").replace(LISTING_ITEM, ""), encoding="utf-8")


STATES = {"new-release": add_release, "corrected-release": correct_release, "removed-release": remove_release}


@dataclass
class History:
    settings: Settings
    corrected: str = ""  # the URL of the corrected release
    rebuilt: dict[str, Path] = field(default_factory=dict)  # state → warehouse rebuilt from the archive then
    incremental: dict[str, dict[str, str]] = field(default_factory=dict)  # state → table fingerprints
    fetched_urls: set[str] = field(default_factory=set)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    tmp = tmp_path_factory.mktemp("versions")
    site = site_copy(tmp)
    out = History(settings_for(tmp))
    fetches, _ = harvest_site(site, out.settings)
    out.fetched_urls.update(f.fetched_url or "" for f in fetches)
    [(votes, out.corrected)] = query(out.settings.warehouse, TUGEL)
    assert votes == 84582 and out.corrected.startswith(BASE)
    for state, change in STATES.items():
        if change is correct_release:
            correct_release(site, out.corrected)
        else:
            change(site)  # type: ignore[call-arg]
        fetches, _ = harvest_site(site, out.settings)
        out.fetched_urls.update(f.fetched_url or "" for f in fetches)
        out.incremental[state] = tables(out.settings.warehouse)
        rebuilt = out.settings.replace(warehouse=tmp / f"rebuilt-{state}.duckdb")
        summary = rebuild(rebuilt)
        assert summary.error is None, summary.lines()
        out.rebuilt[state] = rebuilt.warehouse
    yield out


@pytest.mark.parametrize("state", list(STATES))
def test_incremental_equals_rebuild_after_each_state(history: History, state: str) -> None:
    assert history.incremental[state] == tables(history.rebuilt[state])


def test_runs_were_served_on_different_ports(history: History) -> None:
    ports = {re.match(r"http://127\.0\.0\.1:(\d+)/", u).group(1) for u in history.fetched_urls if u}
    assert len(ports) >= 4  # every run on its own pair of ports, yet one history per document


def test_the_correction_supersedes_the_old_body_and_keeps_it(history: History) -> None:
    rows = query(history.settings.warehouse, "SELECT version, is_current, superseded_by IS NOT NULL, "
                 "superseded_at IS NOT NULL FROM raw.documents WHERE url = ? ORDER BY version", [history.corrected])
    assert rows == [(1, False, True, True), (2, True, False, False)]
    votes = query(history.settings.warehouse, "SELECT r.votes, d.is_current FROM core.results r JOIN raw.documents "
                  "d USING (document_id) WHERE d.url = ? AND r.contestant_id = 'sadybek-tugel' ORDER BY votes",
                  [history.corrected])
    assert votes == [(84582, False), (84583, True)]  # core keeps both, marked


def test_the_marts_serve_the_corrected_figure(history: History) -> None:
    assert query(history.settings.warehouse, TUGEL) == [(84583, history.corrected)]
    stale = query(history.settings.warehouse, "SELECT count(*) FROM marts.discrepancies WHERE document_a IN "
                  "(SELECT document_id FROM raw.documents WHERE NOT is_current) OR document_b IN "
                  "(SELECT document_id FROM raw.documents WHERE NOT is_current)")
    assert stale == [(0,)]  # the superseded body is a revision (marts.revisions), not a disagreement


def test_revisions_list_what_the_correction_changed(history: History) -> None:
    rows = query(history.settings.warehouse, "SELECT url, claim, subject, figure, change, old_value, new_value, "
                 "old_version, new_version, old_fetched_at < new_fetched_at, old_evidence <> new_evidence "
                 "FROM marts.revisions")
    assert rows == [(history.corrected, "results", "results:sadybek-tugel", "votes", "changed", 84582.0, 84583.0, 1, 2,
                     True, True)]


def test_a_removed_release_keeps_its_claims_and_is_marked_gone(history: History) -> None:
    doc = query(history.settings.warehouse, "SELECT document_id, is_current, gone_since IS NOT NULL "
                "FROM raw.documents WHERE url = ?", [NEW])
    assert [(current, gone) for _, current, gone in doc] == [(True, True)]
    claims = query(history.settings.warehouse, "SELECT as_of, ballots_cast, turnout_pct FROM core.turnout "
                   "WHERE document_id = ?", [doc[0][0]])
    assert claims == [("14:00", 5201337, 43.49)]
    mart = query(history.settings.warehouse, "SELECT count(*) FROM marts.turnout WHERE as_of = '14:00'::TIME "
                 "OR as_of::VARCHAR LIKE '14:00%'")
    assert mart[0][0] >= 1
    fetch = query(history.settings.warehouse, "SELECT status, error, note FROM audit.fetches WHERE url = ? "
                  "ORDER BY run_id DESC LIMIT 1", [NEW])
    assert fetch[0][0] == 404 and fetch[0][1] is None and fetch[0][2].startswith("gone since")
