"""Pipeline steps that need neither network nor Prefect."""

from __future__ import annotations

from pathlib import Path

from kzelect.config import Settings
from kzelect.pipeline import to_parse
from sources.crawl import FetchRecord


def test_the_same_bytes_at_two_urls_are_parsed_once(tmp_path: Path) -> None:
    settings = Settings(warehouse=tmp_path / "none.duckdb", archive=tmp_path / "archive")
    fetches = [
        FetchRecord("https://x/rus/a", "cec", 200, 1, document_id="d1", changed=True),
        FetchRecord("https://x/rus/a-copy", "cec", 200, 1, document_id="d1", changed=True),
        FetchRecord("https://x/rus/b", "cec", 404, 1, error="HTTP 404"),
        FetchRecord("https://x/rus/c", "cec", 304, 1, document_id="d2", changed=False),
    ]
    # no warehouse yet: the unchanged d2 was never loaded, so it is parsed too; the 404 is not
    assert to_parse(settings, fetches) == ["https://x/rus/a", "https://x/rus/c"]
