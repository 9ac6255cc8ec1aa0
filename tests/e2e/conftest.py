"""One `kzelect run` over the second corpus's CEC pages for every end-to-end module that reads it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.e2e.corpus_run import listed_refusals_only, run_cec_corpus


@pytest.fixture(scope="session")
def corpus2_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse of the corpus's CEC pages (an empty OSCE site beside them); the run may end non-zero only for
    the refusals the facts list."""
    done, warehouse = run_cec_corpus(tmp_path_factory.mktemp("corpus2"))
    listed_refusals_only(done)
    return warehouse


@pytest.fixture(scope="module")
def corpus2(corpus2_warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(corpus2_warehouse), read_only=True)
    yield con
    con.close()
