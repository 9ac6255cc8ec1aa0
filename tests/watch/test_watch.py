"""`kzelect watch` cycles against a real served mirror: what an idle cycle costs, what a change publishes, and
that a failing cycle leaves the warehouse as it was and the next one works."""

from __future__ import annotations

import pytest

from kzelect.watch import Watcher
from tests.watch.conftest import Night
from tests.watch.releases import VOTES

LISTING_PATHS = {f"/{lang}/news/releases/index.php" for lang in ("rus", "kaz", "eng")}


def _steady(night: Night, **changes: object) -> Watcher:
    """A watcher past its first cycle (which reads robots.txt and checks the warehouse for leftovers)."""
    watcher = Watcher(night.settings(**changes))
    first = watcher.cycle()
    assert first.ok, first.line()
    return watcher


def _listing_pages(night: Night, lang: str) -> int:
    """How many pages the served copy's listing of `lang` has (the first, then ?PAGEN_1=N)."""
    return len(list((night.root / "cec" / lang / "news" / "releases").glob("index.php*PAGEN_1=*"))) + 1


@pytest.mark.parametrize("pages", [1, 2], ids=["first-page", "two-pages"])
def test_an_idle_cycle_makes_one_conditional_request_per_listing_page(night: Night, pages: int) -> None:
    watcher = _steady(night, watch_listing_pages=pages)
    expected = sum(min(pages, _listing_pages(night, lang)) for lang in ("rus", "kaz", "eng"))
    before = night.site.count()
    cycle = watcher.cycle()
    requests = night.site.since(before)
    assert len(requests) == expected, requests
    assert len({path for path, _s, _c in requests}) == expected  # each page once
    assert all(status == 304 and conditional for _path, status, conditional in requests), requests
    assert {path.split("?")[0] for path, _status, _c in requests} == LISTING_PATHS
    assert (cycle.polled, cycle.not_modified, cycle.changed, cycle.fetched, cycle.loaded) == (expected, expected,
                                                                                             0, 0, 0)
    assert cycle.ok and "polled" in cycle.line() and "\n" not in cycle.line()


def test_an_unchanged_cycle_loads_nothing_and_leaves_the_warehouse_file_identical(night: Night) -> None:
    watcher = _steady(night)
    before = night.fingerprint()
    runs = night.query("SELECT count(*) FROM audit.runs")
    cycle = watcher.cycle()
    assert cycle.ok and cycle.run_id is None and cycle.rows_loaded == {}
    assert night.fingerprint() == before
    assert night.query("SELECT count(*) FROM audit.runs") == runs


@pytest.mark.parametrize("lang, yes, no", [("rus", "«Да»", "«Нет»"), ("kaz", "«Иә»", "«Жоқ»"), ("eng", "Yes", "No")],
                         ids=["russian-prose", "kazakh-table", "english-prose"])
def test_a_release_added_while_watching_is_in_the_results_after_the_next_cycle(night: Night, lang: str, yes: str,
                                                                              no: str) -> None:
    watcher = _steady(night)
    url = night.add(lang, 9431)
    cycle = watcher.cycle()
    assert cycle.ok, cycle.line()
    assert cycle.changed == 1 and cycle.run_id is not None and cycle.rows_loaded["results"] == 2
    rows = night.query("SELECT contestant_id, votes, stage FROM marts.results WHERE url = ? ORDER BY votes DESC",
                       url)
    assert rows == [("yes", VOTES["yes"], "final"), ("no", VOTES["no"], "final")]
    written = {r[0] for r in night.query("SELECT name_as_written FROM core.results r JOIN raw.documents d "
                                         "USING (document_id) WHERE d.url = ?", url)}
    assert written == {yes, no}
    message = night.query("SELECT message FROM audit.runs WHERE run_id = ?", cycle.run_id)
    assert message and message[0][0].startswith("watch: ok")
    # Published once: the next cycle is idle again.
    again = watcher.cycle()
    assert again.ok and again.changed == 0 and again.run_id is None


def test_only_the_changed_listing_is_followed_and_only_new_bodies_are_parsed(night: Night) -> None:
    watcher = _steady(night)
    night.add("eng", 9432)
    before = night.site.count()
    cycle = watcher.cycle()
    followed = {path for path, _s, _c in night.site.since(before)} - LISTING_PATHS
    assert all(path.startswith("/eng/news/releases/index.php?ID=") for path in followed), followed
    assert cycle.parsed == 2  # the new release and the new version of its listing page


def test_a_cycle_against_a_dead_site_is_reported_in_one_line_and_the_next_cycle_works(night: Night) -> None:
    watcher = Watcher(night.settings())  # its very first cycle meets the dead site (robots.txt included)
    night.site.stop()
    before = night.fingerprint()
    failed = watcher.cycle()
    assert not failed.ok and "connection refused" in failed.error  # type: ignore[operator]
    assert "\n" not in failed.line() and failed.line().startswith("watch cycle 1:")
    assert night.fingerprint() == before
    night.site.start()  # back on the same port, with a new release
    url = night.add("rus", 9433)
    cycle = watcher.cycle()
    assert cycle.ok, cycle.line()
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", url) == [(2,)]


def test_a_release_whose_fetch_failed_is_fetched_again_though_its_listing_answers_304(night: Night) -> None:
    watcher = _steady(night)
    url = night.add("rus", 9434)
    page = night.root / "cec" / "rus" / "news" / "releases" / "index.php@ID=9434"
    page.rename(page.with_suffix(".hidden"))  # the listing links it before the page is up: a 404
    failed = watcher.cycle()
    assert not failed.ok and "HTTP 404" in failed.line()
    page.with_suffix(".hidden").rename(page)
    cycle = watcher.cycle()
    assert cycle.ok and cycle.changed == 0 and cycle.fetched == 1, cycle.line()
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", url) == [(2,)]


def test_a_refused_claim_set_is_reported_and_the_watch_goes_on(night: Night) -> None:
    watcher = _steady(night)
    # Shares that cannot both hold: 71,13 % and 46,15 % of the same ballots.
    bad = night.add("rus", 9435, html=_inconsistent_release())
    cycle = watcher.cycle()
    assert not cycle.ok and "refused" in cycle.line() and "\n" not in cycle.line()
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", bad) == [(0,)]
    assert night.query("SELECT count(*) FROM audit.quarantine q JOIN raw.documents d USING (document_id) "
                       "WHERE d.url = ?", bad)[0][0] > 0
    fine = night.add("kaz", 9436)
    after = watcher.cycle()
    assert after.ok, after.line()
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", fine) == [(2,)]


def _inconsistent_release() -> str:
    from tests.watch.releases import release_html

    return release_html("rus").replace("26,15 %", "46,15 %").replace("2 045 000", "3 610 000")


def test_a_change_the_busy_warehouse_could_not_take_is_published_by_a_later_cycle(night: Night) -> None:
    from warehouse.load import warehouse_lock

    watcher = _steady(night, lock_timeout_s=0.0)
    url = night.add("rus", 9439)
    before = night.fingerprint()
    with warehouse_lock(night.warehouse, 0.0):  # another writer (a scheduled harvest) holds it
        busy = watcher.cycle()
    assert not busy.ok and "another kzelect run is writing" in busy.line() and "loaded" not in busy.line()
    assert night.fingerprint() == before
    cycle = watcher.cycle()  # the listing now answers 304: the release (and that listing version) are remembered
    assert cycle.ok and cycle.changed == 0 and cycle.parsed == 2 and cycle.rows_loaded.get("results") == 2, cycle.line()
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", url) == [(2,)]
