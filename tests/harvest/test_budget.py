"""A budget per document: a huge release and a pathological one are stopped and recorded over budget (audit),
and are not parsed again on the next run until their body changes. Plain pipeline functions, no Prefect."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from kzelect import pipeline
from kzelect.config import Settings
from sources import budget
from sources.archive import Archive, UrlRecord
from sources.budget import OVER_BUDGET, Budget, OverBudget
from sources.crawl import FetchRecord
from warehouse.load import publish

BASE = "https://www.election.gov.kz/rus/news/releases/index.php?ID="


def huge_release(megabytes: int) -> bytes:
    """A release padded with many megabytes of ordinary paragraphs (a bulletin pasted into one page)."""
    paragraph = ("<p>Участковая избирательная комиссия № 412 города Шымкента сообщила о ходе голосования; "
                 "явка на 10 часов составила 12,4 процента.</p>\n").encode()
    head = ("<html><head><title>Сводка о ходе голосования</title></head><body>"
            "<h3>Сводка о ходе голосования</h3><p>05.06.2022</p>").encode()
    return head + paragraph * (megabytes * 1024 * 1024 // len(paragraph)) + b"</body></html>"


def tag_soup(nodes: int) -> bytes:
    """Little text, a great many nodes: cheap to hold, slow to walk."""
    return b"<html><head><title>Release</title></head><body>" + b"<b>1</b><i>2</i>" * nodes + b"</body></html>"


def archived(tmp_path: Path, release_id: int, body: bytes) -> tuple[Archive, UrlRecord]:
    archive = Archive(tmp_path / "archive")
    record = archive.store(f"{BASE}{release_id}", body, source="cec", content_type="text/html; charset=utf-8",
                           hints={"role": "release", "language": "rus"})
    return archive, record


def test_a_20_mb_release_is_over_its_text_budget(tmp_path: Path) -> None:
    archive, record = archived(tmp_path, 9101, huge_release(20))
    parsed = pipeline.parse_record(archive, record, Budget(time_s=20.0, text_bytes=5 * 1024 * 1024))
    assert parsed.extraction is None and parsed.error is not None
    assert parsed.error.startswith(OVER_BUDGET) and "20.0 MB" in parsed.error


def test_a_pathological_release_is_stopped_at_its_deadline(tmp_path: Path) -> None:
    archive, record = archived(tmp_path, 9102, tag_soup(400_000))
    parsed = pipeline.parse_record(archive, record, Budget(time_s=0.01, text_bytes=50 * 1024 * 1024))
    assert parsed.error is not None and parsed.error.startswith(OVER_BUDGET), parsed.error
    assert parsed.described is not None and parsed.described.language == "ru"


def test_an_ordinary_release_is_read_within_its_budget(tmp_path: Path) -> None:
    archive, record = archived(tmp_path, 9103, huge_release(0) + "<p>Плановое совещание.</p>".encode())
    parsed = pipeline.parse_record(archive, record)
    assert parsed.error is None and parsed.extraction is not None


@pytest.mark.parametrize(("text_bytes", "over"), [(10, False), (11, True)], ids=["at-the-limit", "over-it"])
def test_the_text_budget_is_a_limit(text_bytes: int, over: bool) -> None:
    with budget.parsing(Budget(time_s=60, text_bytes=10)):
        if over:
            with pytest.raises(OverBudget, match="over budget"):
                budget.check(text_bytes)
        else:
            budget.check(text_bytes)
    budget.check(10**12)  # outside a parse nothing is limited


def test_over_budget_is_recorded_and_not_parsed_again(tmp_path: Path) -> None:
    settings = Settings(warehouse=tmp_path / "kz.duckdb", archive=tmp_path / "archive",
                        parse_text_budget_bytes=1024 * 1024)
    archive, record = archived(tmp_path, 9104, huge_release(2))
    fetch = FetchRecord(record.url, "cec", 200, 1, byte_size=record.byte_size, document_id=record.document_id,
                        changed=True, role="release")
    assert pipeline.to_parse(settings, [fetch]) == [record.url]
    parsed = [pipeline.extract(settings, url) for url in pipeline.to_parse(settings, [fetch])]
    prepared = pipeline.prepare(settings, pipeline.new_run_id(), parsed, [fetch])
    assert list(prepared.refused) == [record.url]
    publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        [(reason,)] = con.sql("SELECT reason FROM audit.quarantine WHERE document_id = ?",
                              params=[record.document_id]).fetchall()
    finally:
        con.close()
    assert reason.startswith("over budget: 2.0 MB /")
    unchanged = FetchRecord(record.url, "cec", 304, 1, byte_size=record.byte_size,
                            document_id=record.document_id, changed=False, role="release")
    assert pipeline.to_parse(settings, [unchanged]) == []  # the next run leaves it alone
    changed = archive.store(record.url, huge_release(2) + b"<p>updated</p>", source="cec",
                            content_type="text/html; charset=utf-8", hints={"role": "release"})
    assert pipeline.to_parse(settings, [FetchRecord(record.url, "cec", 200, 1, document_id=changed.document_id,
                                                    changed=True, role="release")]) == [record.url]


def long_report(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for n in range(pages):
        pdf.add_page()
        for line in range(40):
            pdf.cell(0, 6, f"Observers visited polling station {n * 40 + line} and noted no procedural problems.",
                     new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_long_report_is_stopped_between_pages(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    record = archive.store("https://www.osce.org/files/f/documents/9/9/999999.pdf", long_report(60),
                           source="osce", content_type="application/pdf", hints={"role": "report"})
    parsed = pipeline.parse_record(archive, record, Budget(time_s=0.001, text_bytes=50 * 1024 * 1024))
    assert parsed.extraction is None and parsed.error is not None and parsed.error.startswith(OVER_BUDGET)
