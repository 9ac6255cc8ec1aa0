"""Stable identity, openable links (issue 10): a document is named by its URL on the real site whichever base
URL served it; the URL actually fetched is kept in audit.fetches. Runs on different ports give the same
document records, and no loopback address reaches raw.documents or any mart."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path

import pytest

from kzelect.config import LIVE_CEC_URL, Settings, load_settings, rebase_url
from tests.integrity.site_states import harvest_site, query, settings_for, site_copy

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


@pytest.mark.parametrize(
    ("url", "base", "target", "expected"),
    [
        ("http://127.0.0.1:8401/rus/news/releases/index.php?ID=5104", "http://127.0.0.1:8401", LIVE_CEC_URL,
         f"{LIVE_CEC_URL}/rus/news/releases/index.php?ID=5104"),
        ("http://mirror.example/cec/kaz/news/releases/index.php", "http://mirror.example/cec/", LIVE_CEC_URL,
         f"{LIVE_CEC_URL}/kaz/news/releases/index.php"),
        ("http://127.0.0.1:39999/files/f/documents/1/0/420353.pdf", "http://127.0.0.1:8402",
         "https://www.osce.org", "https://www.osce.org/files/f/documents/1/0/420353.pdf"),
        (f"{LIVE_CEC_URL}/eng/news/releases/index.php?ID=5105", LIVE_CEC_URL, LIVE_CEC_URL,
         f"{LIVE_CEC_URL}/eng/news/releases/index.php?ID=5105"),
    ],
    ids=["snapshot-port", "mirror-with-path", "another-port-than-configured", "live-site-unchanged"],
)
def test_a_served_url_maps_to_its_canonical_url(url: str, base: str, target: str, expected: str) -> None:
    assert rebase_url(url, base, target) == expected


def test_canonical_bases_are_settings_validated_up_front(tmp_path: Path) -> None:
    config = tmp_path / "kzelect.toml"
    config.write_text('cec_canonical_url = "https://mirror.example"\n')
    assert load_settings(config, env={}).cec_canonical_url == "https://mirror.example"
    assert load_settings(env={"KZELECT_OSCE_CANONICAL_URL": "https://osce.example"}).osce_canonical_url == \
        "https://osce.example"
    with pytest.raises(ValueError, match="cec_canonical_url must be an http"):
        load_settings(env={"KZELECT_CEC_CANONICAL_URL": "election.gov.kz"})
    with pytest.raises(ValueError, match="snapshot_ports"):
        Settings(snapshot_ports=(1,))


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Settings, list, list]:
    """The same site harvested into two workspaces, each on its own ports."""
    tmp = tmp_path_factory.mktemp("canonical")
    site = site_copy(tmp)
    first, second = settings_for(tmp / "a"), settings_for(tmp / "b")
    fetches_a, _ = harvest_site(site, first)
    fetches_b, _ = harvest_site(site, second)
    return first, second, fetches_a, fetches_b


DOCUMENTS = "SELECT document_id, source, url, doc_kind, title, published_on, version, is_current FROM raw.documents"


def test_runs_on_two_ports_give_the_same_document_records(two_runs: tuple) -> None:
    first, second, fetches_a, fetches_b = two_runs
    port = {f.fetched_url.split("/")[2] for f in fetches_a} | {f.fetched_url.split("/")[2] for f in fetches_b}
    assert len(port) == 4  # CEC and OSCE, twice
    assert sorted(query(first.warehouse, DOCUMENTS)) == sorted(query(second.warehouse, DOCUMENTS))


def test_the_fetched_url_is_kept_in_audit_fetches(two_runs: tuple) -> None:
    first, *_ = two_runs
    rows = query(first.warehouse, "SELECT url, fetched_url FROM audit.fetches")
    assert rows and all(u.startswith(("https://www.election.gov.kz/", "https://www.osce.org/")) for u, _ in rows)
    assert all(f.startswith("http://127.0.0.1:") and f.split("/", 3)[3] == u.split("/", 3)[3] for u, f in rows)


def test_no_loopback_url_in_raw_documents_or_any_mart(two_runs: tuple) -> None:
    first, *_ = two_runs
    columns = query(first.warehouse, "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
                    "WHERE (schema_name = 'marts' OR (schema_name = 'raw' AND table_name = 'documents')) "
                    "AND data_type = 'VARCHAR'")
    assert ("raw", "documents", "url") in columns and any(s == "marts" for s, _, _ in columns)
    for schema, table, column in columns:
        hits = query(first.warehouse, f'SELECT "{column}" FROM {schema}.{table} WHERE '
                     + " OR ".join(f"\"{column}\" LIKE '%{host}%'" for host in LOOPBACK))
        assert hits == [], f"{schema}.{table}.{column}: {hits[:1]}"
    assert query(first.warehouse, "SELECT count(*) FROM marts.results WHERE url LIKE 'https://www.election.gov.kz/%'"
                 " OR url LIKE 'https://www.osce.org/%'")[0][0] > 0


def test_two_runs_at_once_on_their_own_ports_agree(tmp_path: Path) -> None:
    """Two harvests started together, each serving the site on its own ports, sharing one archive."""
    site = site_copy(tmp_path)
    first = settings_for(tmp_path, warehouse_name="a.duckdb")
    second = settings_for(tmp_path, warehouse_name="b.duckdb")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        runs = [pool.submit(harvest_site, site, s) for s in (first, second)]
        for run in runs:
            run.result()
    assert sorted(query(first.warehouse, DOCUMENTS)) == sorted(query(second.warehouse, DOCUMENTS))
    versions = query(first.warehouse, "SELECT count(*) FROM raw.documents WHERE version > 1")
    assert versions == [(0,)]  # the same bodies: no spurious versions from the race
