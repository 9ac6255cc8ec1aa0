"""Operating mistakes end in one line naming the thing and the cause, with no traceback, before Prefect
starts; the summary counts fetch failures once by cause and tells an unchanged run from an empty one."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from kzelect.config import load_settings
from kzelect.summary import RunSummary, fetch_cause
from tests.conftest import KZELECT, SNAPSHOT


def kzelect(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KZELECT_")}
    full_env.update({"KZELECT_PREFECT_HOME": str(tmp_path / "prefect"), **(env or {})})
    return subprocess.run([str(KZELECT), *args], cwd=tmp_path, env=full_env, capture_output=True, text=True,
                          timeout=60)


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0, done.stdout
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and lines[0].startswith("kzelect: ")
    return lines[0]


RUN = ("run", "--snapshot", str(SNAPSHOT), "--warehouse", "w.duckdb", "--archive", "archive")


@pytest.mark.parametrize(
    ("env", "args", "words"),
    [({"KZELECT_SNAPSHOT_PORTS": "8401"}, RUN, "snapshot_ports must be two ports"),
     ({"KZELECT_HTTP_MAX_ATTEMPTS": "-1"}, RUN, "max_attempts must be positive"),
     ({"KZELECT_MAX_LISTING_PAGES": "0"}, RUN, "max_listing_pages must be positive"),
     ({"KZELECT_FETCH_WORKERS": "many"}, RUN, "bad value for 'fetch_workers'"),
     ({}, ("run", "--cec-url", "not-a-url", "--warehouse", "w.duckdb"), "cec_url must be an http(s) base URL"),
     ({}, ("run", "--snapshot", "snapshto", "--warehouse", "w.duckdb"), "snapshot snapshto: no such directory"),
     ({}, ("run", "--snapshot", ".", "--warehouse", "w.duckdb"), "holds neither cec/ nor osce/")],
    ids=["one-port", "negative-attempts", "zero-pages", "not-a-number", "not-a-url", "snapshot-typo",
         "not-a-mirror"],
)
def test_a_bad_setting_is_one_line_before_anything_starts(tmp_path: Path, env: dict[str, str],
                                                          args: tuple[str, ...], words: str) -> None:
    done = kzelect(tmp_path, *args, env=env)
    assert words in one_line_failure(done)
    assert done.returncode == 2
    assert not (tmp_path / "prefect" / "prefect.db").exists()  # refused before Prefect started


def test_a_toml_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "kzelect.toml").write_text('warehouse = "w.duckdb"\n[http]\nmax_attempts = = 3\n')
    line = one_line_failure(kzelect(tmp_path, *RUN))
    assert "kzelect.toml" in line and "line 3" in line and "column" in line


def test_an_archive_that_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "archive").write_text("not a folder")
    line = one_line_failure(kzelect(tmp_path, "run", "--snapshot", str(SNAPSHOT), "--warehouse", "w.duckdb",
                                    "--archive", "archive/inner"))
    assert "archive archive/inner" in line and "is not a folder" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_warehouse_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        line = one_line_failure(kzelect(tmp_path, *RUN[:3], "--warehouse", "ro/w.duckdb", "--archive", "a"))
    finally:
        folder.chmod(0o755)
    assert "warehouse folder ro is not writable" in line


@pytest.mark.parametrize("content", [b"", b"DUCK" * 5000], ids=["empty", "garbage"])
def test_an_unreadable_warehouse(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "w.duckdb").write_bytes(content)
    line = one_line_failure(kzelect(tmp_path, *RUN))
    assert "warehouse w.duckdb is unreadable" in line


def test_a_warehouse_held_by_another_process(tmp_path: Path) -> None:
    holder = duckdb.connect(str(tmp_path / "w.duckdb"))  # read-write: DuckDB locks every other process out
    try:
        line = one_line_failure(kzelect(tmp_path, *RUN))
    finally:
        holder.close()
    assert "held by another process" in line


@pytest.mark.parametrize("args", [("-v", "migrate", "--warehouse", "w.duckdb"),
                                  ("migrate", "-v", "--warehouse", "w.duckdb")], ids=["before", "after"])
def test_verbose_before_or_after_the_subcommand(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = kzelect(tmp_path, *args)
    assert done.returncode == 0, done.stderr
    assert "Skipping registering function" not in done.stderr


def test_settings_are_checked_where_they_are_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"http.backoff_max_s must be zero or more"):
        load_settings(env={"KZELECT_HTTP_BACKOFF_MAX_S": "-2"})
    with pytest.raises(ValueError, match="lock_timeout_s must be zero or more"):
        load_settings(env={"KZELECT_LOCK_TIMEOUT": "-1"})
    assert load_settings(env={"KZELECT_SNAPSHOT_PORTS": "0,8402"}).snapshot_ports == (0, 8402)


@pytest.mark.parametrize(
    ("error", "cause"),
    [("HTTP 503 after 4 attempt(s)", "HTTP 503"),
     ("HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /rus/ (Caused by "
      "NewConnectionError('<urllib3.connection.HTTPConnection>: Failed to establish a new connection: "
      "[Errno 111] Connection refused'))", "connection refused"),
     ("read timed out after 30.0 s", "timed out"),
     ("redirect to https://mirror.example/x is outside the allowed origins", "redirected outside the allowed "
                                                                               "origins")],
    ids=["status", "refused", "timeout", "offsite"],
)
def test_a_fetch_error_is_counted_under_its_cause(error: str, cause: str) -> None:
    assert fetch_cause(error) == cause


def test_fetch_failures_are_summarised_once_by_cause() -> None:
    long = "HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded " + "x" * 400 + " [Errno 111] refused"
    summary = RunSummary("r", "w", documents_found=4, fetched=1,
                         fetch_failures=[("http://a/1", long), ("http://a/2", long), ("http://a/3", "HTTP 404")])
    text = "\n".join(summary.lines())
    assert "FETCH FAILED 2 × connection refused (first: http://a/1" in text
    assert "FETCH FAILED 1 × HTTP 404" in text
    assert long not in text and long not in summary.reason
    assert summary.reason == "3 document(s) could not be fetched (2 connection refused, 1 HTTP 404)"


def test_an_unchanged_run_does_not_read_as_an_empty_one() -> None:
    unchanged = RunSummary("r", "w", documents_found=25, fetched=25, unchanged=25,
                           rows_loaded={"results": 0, "turnout": 0})
    assert "nothing changed since the last run" in unchanged.lines()[2]
    assert "results 0" not in "\n".join(unchanged.lines())
    loaded = RunSummary("r", "w", documents_found=2, fetched=2, parsed=2, rows_loaded={"results": 7, "turnout": 0})
    assert loaded.lines()[2] == "rows loaded: results 7, turnout 0"
    assert loaded.message().startswith("ok: 2 document(s) fetched") and unchanged.message().startswith("ok: 25")


def test_a_run_that_fetched_nothing_does_not_read_as_unchanged() -> None:
    nothing = RunSummary("r", "w", documents_found=4, fetch_failures=[("http://a/1", "HTTP 502")] * 4)
    assert nothing.lines()[2] == "rows loaded: none — nothing could be fetched"
    assert nothing.message() == "partial: 4 document(s) could not be fetched (4 HTTP 502)"
