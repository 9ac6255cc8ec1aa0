"""The Prefect flow run ends Failed whenever `kzelect` would exit non-zero, with the summary as its message,
so automations and notifications fire; a run that loaded what it found ends Completed."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.harvest import final_state, harvest, summary_of
from kzelect.summary import RunSummary


@pytest.fixture(scope="module", autouse=True)
def prefect_api() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=90):
        yield


def closed_port() -> str:
    with socket.socket() as s:  # bound, then closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_a_run_whose_fetches_all_fail_ends_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no kzelect.toml
    monkeypatch.setenv("KZELECT_HTTP_MAX_ATTEMPTS", "1")
    nowhere = closed_port()
    state = harvest(cec_url=nowhere, osce_url=nowhere, warehouse=str(tmp_path / "w.duckdb"),
                    archive=str(tmp_path / "archive"), return_state=True)
    assert state.is_failed(), state
    summary = summary_of(state)
    assert not summary.ok and summary.fetch_failures
    assert "could not be fetched" in (state.message or "") and "connection refused" in (state.message or "")


@pytest.mark.parametrize(
    ("summary", "failed"),
    [(RunSummary("r1", "w", documents_found=3, fetched=3, unchanged=3), False),
     (RunSummary("r2", "w", documents_found=2, fetched=1, fetch_failures=[("http://x/1", "HTTP 503")]), True),
     (RunSummary("r3", "w", error="another kzelect run is writing w"), True),
     (RunSummary("r4", "w", documents_found=1, fetched=1, parsed=1,
                 refused={"http://x/2": [("results", "shares do not add up", "all")]}), True)],
    ids=["unchanged-is-completed", "fetch-failed", "busy", "refused"],
)
def test_the_final_state_follows_the_exit_code(summary: RunSummary, failed: bool) -> None:
    state = final_state(summary)
    assert state.is_failed() is failed and state.is_completed() is not failed
    assert state.message == summary.message()


@pytest.mark.parametrize(("documents", "tasks"), [(0, 0), (3, 3), (25, 4), (2000, 40), (20_000, 400)],
                         ids=["none", "few", "snapshot", "capped-run", "uncapped"])
def test_documents_are_batched_into_few_tasks(documents: int, tasks: int) -> None:
    from flows.harvest import MAX_BATCH, batches

    made = batches(list(range(documents)))
    assert len(made) == tasks and all(len(b) <= MAX_BATCH for b in made)
    assert [i for b in made for i in b] == list(range(documents))  # every document once, in order
