"""`kzelect run` over the second corpus's CEC pages, served on loopback: the e2e tests' shared harvest, and the
`KnownGap` warning both second-corpus tests report a fact with `known_gap` by."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import yaml

from kzelect.mirror import serve_tree
from tests.conftest import KZELECT

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus2"


class KnownGap(UserWarning):
    """A fact of the corpus the parsers are known not to reach yet (its `known_gap` says why)."""


def empty_osce_site(tmp: Path) -> Path:
    """An OSCE mirror whose country page lists nothing: only the CEC's pages matter."""
    osce = tmp / "no-osce"
    (osce / "odihr" / "elections").mkdir(parents=True)
    (osce / "odihr" / "elections" / "kazakhstan").write_text(
        "<html><head><title>Kazakhstan</title></head><body><h1>Kazakhstan</h1></body></html>")
    return osce


def run_cec_corpus(tmp: Path, osce: Path | None = None) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The corpus's CEC pages and `osce` (default: an empty site) harvested into tmp/kzelect.duckdb; (the finished
    run, the warehouse)."""
    warehouse = tmp / "kzelect.duckdb"
    osce = osce or empty_osce_site(tmp)
    env = {**os.environ, "KZELECT_PREFECT_HOME": str(tmp / "prefect"), "PREFECT_HOME": str(tmp / "prefect")}
    with serve_tree(CORPUS / "cec") as cec_url, serve_tree(osce) as osce_url:
        done = subprocess.run([str(KZELECT), "run", "--cec-url", cec_url, "--osce-url", osce_url, "--warehouse",
                               str(warehouse), "--archive", str(tmp / "archive")],
                              capture_output=True, text=True, env=env, timeout=600)
    return done, warehouse


def listed_refusals_only(done: subprocess.CompletedProcess[str]) -> None:
    """A run that refused claim sets says so by its exit code: only the refusals facts_cec.yaml lists may cause it."""
    facts = yaml.safe_load((CORPUS / "facts_cec.yaml").read_text(encoding="utf-8"))
    refusals = any(election.get("refused") for election in facts)
    assert done.returncode == 0 or (refusals and "document(s) refused" in done.stderr), done.stdout + done.stderr
