"""Where parsing runs is configuration: the flow's threads by default, or Dask worker processes (a local cluster,
or a scheduler's address). A harvest parsed by two worker processes publishes what the threads publish; a
scheduler that cannot be reached ends the run in one line, before anything is fetched."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows import runner as runners
from flows.harvest import harvest, summary_of
from kzelect.config import Settings
from kzelect.mirror import serve_snapshot
from tests.conftest import SNAPSHOT


@pytest.fixture(scope="module")
def prefect_api() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=90):
        yield


def closed_address() -> str:
    with socket.socket() as s:  # bound, then closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{s.getsockname()[1]}"


def tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every core and marts table, rows in a stable order (nothing in them depends on the run)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = [f"{s}.{t}" for s, t in con.sql("SELECT table_schema, table_name FROM information_schema.tables "
                                                "WHERE table_schema IN ('core', 'marts')").fetchall()]
        return {name: sorted(con.sql(f"SELECT * FROM {name}").fetchall(), key=repr) for name in sorted(names)}
    finally:
        con.close()


@pytest.mark.parametrize(("env", "where"),
                         [({}, "threads"), ({"task_runner": "threads", "dask_workers": 8}, "threads")],
                         ids=["default", "threads-ignores-dask-settings"])
def test_threads_parse_in_the_flow_process(env: dict, where: str, tmp_path: Path) -> None:
    with runners.open_parse_runner(Settings(archive=tmp_path / "a", **env)) as chosen:
        assert chosen.task_runner is None and chosen.where == where
        assert chosen.settings.archive == tmp_path / "a"  # unchanged: nothing crosses a process


@pytest.mark.parametrize(("documents", "workers"), [(0, 4), (3, 4), (25, 8), (101, 2)],
                         ids=["none", "fewer-than-workers", "snapshot-on-dask", "uneven"])
def test_dealt_batches_come_back_in_order(documents: int, workers: int) -> None:
    from flows.harvest import batches, dealt, undealt

    items = [f"doc-{i}" for i in range(documents)]
    made = dealt(items, workers)
    assert len(made) == len(batches(items, workers)) and all(made)
    if documents > len(made):  # neighbours are in different batches
        assert made[0][:2] == [items[0], items[len(made)]]
    assert undealt(made) == items


def test_a_scheduler_address_is_used_as_given(prefect_api: None, tmp_path: Path) -> None:
    from distributed import LocalCluster
    from prefect_dask import DaskTaskRunner

    with LocalCluster(n_workers=1, threads_per_worker=3, processes=False, dashboard_address=None) as cluster:
        settings = Settings(task_runner="dask", dask_address=cluster.scheduler_address, archive=Path("rel/archive"))
        with runners.open_parse_runner(settings) as chosen:
            assert isinstance(chosen.task_runner, DaskTaskRunner)
            assert chosen.task_runner.address == cluster.scheduler_address
            assert chosen.slots == 3 and chosen.batch_count == 3 * runners.BATCHES_PER_SLOT
            assert chosen.where == f"the Dask scheduler at {cluster.scheduler_address}"
            assert chosen.settings.archive.is_absolute()  # workers resolve paths against their own directory
            # what a worker would receive, as Prefect duplicates the runner for the nested flow run
            assert chosen.task_runner.duplicate().address == cluster.scheduler_address


def test_an_unreachable_scheduler_ends_the_run_in_one_line(prefect_api: None, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no kzelect.toml
    monkeypatch.setattr(runners, "CONNECT_TIMEOUT_S", 2.0)
    address = closed_address()
    monkeypatch.setenv("KZELECT_DASK_ADDRESS", address)
    with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
        state = harvest(cec_url=cec_url, osce_url=osce_url, warehouse=str(tmp_path / "w.duckdb"),
                        archive=str(tmp_path / "archive"), task_runner="dask", return_state=True)
    summary = summary_of(state)
    assert state.is_failed() and summary.reason.startswith(f"cannot reach the Dask scheduler at {address}: ")
    assert "\n" not in summary.reason and state.message == f"failed: {summary.reason}"
    assert not (tmp_path / "archive").exists() and not (tmp_path / "w.duckdb").exists()  # nothing fetched


def test_two_worker_processes_publish_what_the_threads_publish(prefect_api: None, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KZELECT_DASK_WORKERS", "2")
    published = {}
    with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
        for chosen in ("threads", "dask"):
            state = harvest(cec_url=cec_url, osce_url=osce_url, warehouse=str(tmp_path / chosen / "w.duckdb"),
                            archive=str(tmp_path / chosen / "archive"), task_runner=chosen, return_state=True)
            summary = summary_of(state)
            assert summary.ok and summary.parsed == summary.fetched > 0, summary.lines()
            published[chosen] = tables(tmp_path / chosen / "w.duckdb")
    assert published["dask"]["core.results"] and published["dask"]["marts.turnout"]
    for table, rows in published["threads"].items():
        assert published["dask"][table] == rows, table
