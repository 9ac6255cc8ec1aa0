"""Fast page tests with streamlit.testing (no browser) over a small warehouse of invented claims."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.dashboard import synthetic

APP = ROOT / "dashboard" / "app.py"
TIMEOUT = 60  # the first render imports altair and polars


@pytest.fixture
def warehouse_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[synthetic.Synthetic]:
    built = synthetic.build(tmp_path)
    monkeypatch.setenv("KZELECT_WAREHOUSE", str(built.warehouse))
    monkeypatch.setenv("KZELECT_ARCHIVE", str(built.archive))
    monkeypatch.setenv("KZELECT_DOCUMENTS_URL", "http://127.0.0.1:9")  # links only; nothing is fetched here
    yield built


def page(path: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if path:
        at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_elections_page_lists_an_election_with_what_it_holds(warehouse_env: synthetic.Synthetic) -> None:
    at = page()
    assert at.title[0].value == "Elections"
    text = markdown(at)
    row = next(line for line in text.splitlines() if synthetic.ELECTION in line)
    assert "| harvested |" in row and "/election?election=" in row
    assert "| 2 | 1 | 2 | 3 | 1 | 1 |" in row  # documents, ODIHR, results, turnout, detentions, infractions


def test_election_page_shows_the_winner_with_its_sentence(warehouse_env: synthetic.Synthetic) -> None:
    at = page("views/election.py", election=synthetic.ELECTION)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Votes"] == "812,440" and metrics["Share"] == "61.25 %"
    assert "Leading: Arsen Primerov" in [s.value for s in at.subheader]
    text = markdown(at)
    assert synthetic.WINNER_SENTENCE in text
    assert f"http://127.0.0.1:9/documents/{warehouse_env.release_id})" in text  # HTML: no page anchor


def test_turnout_by_region_takes_each_regions_last_bulletin(warehouse_env: synthetic.Synthetic) -> None:
    at = page("views/election.py", election=synthetic.ELECTION)
    rows = [line for line in markdown(at).splitlines() if line.startswith("| KZ-39 ")]
    assert len(rows) == 1 and "48.60 %" in rows[0] and "18:00" in rows[0], rows
    assert "Костанайская область" in rows[0] and "Қостанай облысы" in rows[0]


def test_detention_row_has_range_reporter_sentence_and_page_link(warehouse_env: synthetic.Synthetic) -> None:
    at = page("views/claims.py")
    row = next(line for line in markdown(at).splitlines() if synthetic.DETENTION_SENTENCE in line)
    assert "| 40 | approximately | ODIHR | Karaganda |" in row
    assert f"/documents/{warehouse_env.report_id}#page=3)" in row
    assert "https://www.osce.org/files/f/documents/9/9/990001.pdf" in row


@pytest.mark.parametrize("missing", ["audit.unread", "marts.revisions"], ids=["no-unread", "no-revisions"])
def test_pages_work_without_the_newer_relations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                missing: str) -> None:
    built = synthetic.build(tmp_path, without=(missing,))
    monkeypatch.setenv("KZELECT_WAREHOUSE", str(built.warehouse))
    monkeypatch.setenv("KZELECT_DOCUMENTS_URL", "http://127.0.0.1:9")
    at = page("views/health.py") if missing == "audit.unread" else page("views/election.py",
                                                                         election=synthetic.ELECTION)
    captions = " ".join(c.value for c in at.caption)
    assert f"no {missing}" in captions


def test_a_missing_warehouse_is_a_message_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZELECT_WAREHOUSE", str(tmp_path / "absent.duckdb"))
    at = page()
    assert "make run" in at.warning[0].value


def test_a_newly_published_warehouse_shows_on_the_next_load(warehouse_env: synthetic.Synthetic) -> None:
    assert "run-synthetic-later" not in markdown(page("views/health.py"))
    synthetic.published_later(warehouse_env.warehouse, "run-synthetic-later")
    assert "run-synthetic-later" in markdown(page("views/health.py"))
