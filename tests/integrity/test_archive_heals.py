"""The archive heals (issue 10): before a conditional request the archived body's hash is checked; a missing or
corrupt body is fetched again unconditionally (a 304 would keep it broken for good), written back, and the event
is recorded in audit.fetches. A rebuild then succeeds again."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.archive import Archive
from tests.integrity.site_states import harvest_site, query, rebuild, settings_for, site_copy


@pytest.mark.parametrize("damage", ["corrupted", "deleted"])
def test_a_damaged_object_is_repaired_by_the_next_run(tmp_path: Path, damage: str) -> None:
    site, settings = site_copy(tmp_path), settings_for(tmp_path)
    harvest_site(site, settings)
    doc, url = query(settings.warehouse, "SELECT document_id, url FROM raw.documents WHERE doc_kind = "
                     "'results_final' ORDER BY url LIMIT 1")[0]
    archive = Archive(settings.archive)
    path = archive.object_path(doc)
    if damage == "deleted":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:-64] + b"\x00" * 64)
    assert archive.object_state(doc) != "ok"
    assert not rebuild(settings.replace(warehouse=tmp_path / "refused.duckdb")).ok

    fetches, _ = harvest_site(site, settings)
    healed = next(f for f in fetches if f.url == url)
    assert healed.status == 200 and healed.document_id == doc and not healed.changed
    assert archive.object_state(doc) == "ok"
    others = [f.status for f in fetches if f.url != url and f.role == "release"]
    assert others and set(others) == {304}  # every intact body was asked for conditionally
    state = "missing" if damage == "deleted" else "corrupt"
    recorded = query(settings.warehouse, "SELECT status, note FROM audit.fetches WHERE url = ? AND note IS NOT NULL",
                     [url])
    assert len(recorded) == 1 and recorded[0][0] == 200
    assert f"{doc} was {state}" in recorded[0][1] and "unconditionally" in recorded[0][1]
    assert rebuild(settings.replace(warehouse=tmp_path / "rebuilt.duckdb")).ok
