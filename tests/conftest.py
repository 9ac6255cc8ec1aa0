"""Shared fixtures: where the bundled snapshot and the reference facts live; a quiet local Prefect."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "snapshot"
KZELECT = Path(sys.executable).with_name("kzelect")  # the CLI as installed in the venv running the tests
FACTS = Path(__file__).resolve().parent / "fixtures" / "reference_facts.yaml"

# Prefect reads its settings at import: a private home, no telemetry, a patient ephemeral server.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="kzelect-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


@pytest.fixture(scope="session")
def snapshot_dir() -> Path:
    return SNAPSHOT


@pytest.fixture(scope="session")
def reference_facts() -> list[dict]:
    return yaml.safe_load(FACTS.read_text())


def snapshot_release(lang: str, release_id: int) -> tuple[bytes, str]:
    """A CEC release body from the snapshot and the URL it is served under."""
    path = SNAPSHOT / "cec" / lang / "news" / "releases" / f"index.php@ID={release_id}"
    return path.read_bytes(), f"https://www.election.gov.kz/{lang}/news/releases/index.php?ID={release_id}"
