"""The reference ODIHR PDFs from the bundled snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).resolve().parents[2] / "snapshot" / "osce" / "files" / "f" / "documents"
STATEMENT_2019 = SNAPSHOT / "1" / "0" / "420353.pdf"
FINAL_REPORT_2019 = SNAPSHOT / "6" / "6" / "434534.pdf"
FINAL_REPORT_2016 = SNAPSHOT / "b" / "0" / "248331.pdf"


@pytest.fixture(scope="session")
def statement_2019() -> bytes:
    return STATEMENT_2019.read_bytes()


@pytest.fixture(scope="session")
def final_report_2019() -> bytes:
    return FINAL_REPORT_2019.read_bytes()


@pytest.fixture(scope="session")
def final_report_2016() -> bytes:
    return FINAL_REPORT_2016.read_bytes()
