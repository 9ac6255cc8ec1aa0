"""A served temporary copy of the snapshot's CEC site, with an archive and a warehouse already holding its
listings' first pages (one watch cycle, built once per module and copied by each test)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from bench.election_night import CountingMirror, add_release
from kzelect.config import HttpSettings, Settings
from kzelect.watch import Watcher
from tests.conftest import SNAPSHOT
from tests.watch.releases import RELEASES, release_html

# One attempt, short timeouts: a dead site is said at once, not after the production retries.
QUICK_HTTP = HttpSettings(connect_timeout_s=2.0, read_timeout_s=5.0, total_timeout_s=10.0, max_attempts=1,
                          backoff_base_s=0.0)


def settings_for(base_url: str, root: Path, **changes: object) -> Settings:
    return Settings(cec_url=base_url, warehouse=root / "kzelect.duckdb", archive=root / "archive", http=QUICK_HTTP,
                    **changes)  # type: ignore[arg-type]


@dataclass
class Night:
    site: CountingMirror
    root: Path

    @property
    def warehouse(self) -> Path:
        return self.root / "kzelect.duckdb"

    def settings(self, **changes: object) -> Settings:
        return settings_for(self.site.base_url, self.root, **changes)

    def add(self, lang: str, release_id: int, html: str | None = None) -> str:
        """A release appears on the served copy; returns its URL on the real site."""
        path = add_release(self.root / "cec", lang, release_id, html or release_html(lang),
                           RELEASES[lang]["title"], "14.10.2024")
        return f"https://www.election.gov.kz{path}"

    def fingerprint(self) -> tuple[str, int]:
        return hashlib.sha256(self.warehouse.read_bytes()).hexdigest(), self.warehouse.stat().st_mtime_ns

    def query(self, sql: str, *params: object) -> list[tuple]:
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.sql(sql, params=list(params)).fetchall()
        finally:
            con.close()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("watch-baseline")
    shutil.copytree(SNAPSHOT / "cec", root / "cec")
    with CountingMirror(root / "cec") as site:
        watcher = Watcher(settings_for(site.base_url, root))
        cycle = watcher.cycle()
        watcher.close()
    assert cycle.ok and cycle.loaded > 0, cycle.line()
    return root


@pytest.fixture
def night(baseline: Path, tmp_path: Path) -> Iterator[Night]:
    for name in ("cec", "archive"):
        shutil.copytree(baseline / name, tmp_path / name)
    shutil.copy2(baseline / "kzelect.duckdb", tmp_path / "kzelect.duckdb")
    with CountingMirror(tmp_path / "cec") as site:
        yield Night(site, tmp_path)
