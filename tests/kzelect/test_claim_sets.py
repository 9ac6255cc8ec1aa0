"""prepare(): claims are refused one set at a time, unparsed documents keep their metadata and one reason,
unread figures reach audit.unread, and a vote absent from the calendar is reported. No network, no Prefect."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from kzelect import pipeline
from kzelect.config import Settings
from kzelect.summary import RunSummary
from sources.archive import Archive
from sources.elections import find_election
from sources.records import Evidence, Extraction, ParseError, ResultClaim, TurnoutClaim, Unread

TOKAYEV, KOSSANOV = "Токаев Касым-Жомарт Кемелевич", "Косанов Амиржан Сагидрахманович"
FINAL_TEXT = ("Центральная избирательная комиссия установила итоги выборов Президента Республики Казахстан. "
              "Бюллетени получили 9 274 110 избирателей из 11 960 364, или 77,54 процента.")
PAGE = """<html lang="ru"><head><meta charset="UTF-8"><title>{title}</title></head><body>
<div class="news-detail"><h3>{title}</h3><p>{text}</p></div></body></html>"""


def _settings(tmp_path: Path) -> Settings:
    return Settings(warehouse=tmp_path / "kz.duckdb", archive=tmp_path / "archive")


def _store(archive: Archive, url: str, body: bytes, source: str = "cec", **hints: str):
    return archive.store(url, body, source=source, content_type="text/html" if source == "cec" else
                         "application/pdf", hints=hints)


def _final_release(archive: Archive, tokayev_votes: int) -> pipeline.Parsed:
    url = "https://www.election.gov.kz/rus/news/releases/index.php?ID=8101"
    record = _store(archive, url, PAGE.format(title="Итоги выборов", text=FINAL_TEXT).encode(), role="release")
    doc = record.document_id

    def ev(text: str) -> Evidence:
        return Evidence(doc, text)

    out = Extraction(doc, "results_final", title="Сообщение ЦИК об итогах выборов Президента",
                     published_on=dt.date(2019, 6, 11), language="ru")
    out.election = find_election(FINAL_TEXT, out.published_on, out.doc_kind)
    out.results = [
        ResultClaim(TOKAYEV, "final", ev(f"{TOKAYEV} – {tokayev_votes} голосов, или 70,96 %"), votes=tokayev_votes,
                    vote_share_pct=70.96),
        ResultClaim(KOSSANOV, "final", ev(f"{KOSSANOV} – 1 495 401 голос, или 16,23 %"), votes=1_495_401,
                    vote_share_pct=16.23),
    ]
    out.turnout = [TurnoutClaim("final", ev(FINAL_TEXT), registered_voters=11_960_364, ballots_cast=9_274_110,
                                turnout_pct=77.54)]
    out.unread = [Unread("- в Астане – 40,94%;", "no region or contestant for 40,94 %", "40,94%")]
    return pipeline.Parsed(record, out)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> pipeline.Prepared:
    tmp = tmp_path_factory.mktemp("claim_sets")
    settings = _settings(tmp)
    archive = Archive(settings.archive)
    impossible = _final_release(archive, tokayev_votes=9_500_000)  # more votes than ballots cast

    broken_url = "https://www.election.gov.kz/kaz/news/releases/index.php?ID=8102"
    body = PAGE.format(title="Сайлаудың алдын ала қорытындылары туралы хабарлама",
                       text="Дауыстар төмендегідей бөлінді: «Алға» партиясы – 41,2 пайыз.").encode()
    record = _store(archive, broken_url, body, language="kaz", role="release")
    unparsed = pipeline.Parsed(record, error="parser crashed: ValueError: boom",
                               described=pipeline.describe_document(body, record))

    pdf = _store(archive, "https://www.osce.org/files/f/documents/9/9/999999.pdf", b"%PDF-1.4 truncated",
                 source="osce", title="Interim Report", role="report")
    broken_pdf = pipeline.Parsed(pdf, error="not a readable PDF",
                                 described=pipeline.describe_document(b"%PDF-1.4 truncated", pdf))

    stated = _store(archive, "https://www.election.gov.kz/rus/news/releases/index.php?ID=8103",
                    b"<html><title>x</title></html>", role="release")
    text = "Выборы Президента Республики Казахстан, состоявшиеся 3 мая 2027 года, признаны состоявшимися."
    created = Extraction(stated.document_id, "other", title=text, published_on=dt.date(2027, 5, 10), language="ru",
                         election=find_election(text, dt.date(2027, 5, 10), "other"))
    return pipeline.prepare(settings, "run-1", [impossible, unparsed, broken_pdf,
                                                pipeline.Parsed(stated, created)], [], fresh=True)


def _quarantine(prepared: pipeline.Prepared) -> pl.DataFrame:
    return prepared.batch.audit["quarantine"]


def test_an_impossible_results_set_is_refused_and_its_turnout_loads(prepared: pipeline.Prepared) -> None:
    claims = prepared.batch.claims
    assert claims["results"].is_empty(), "the set with 9,500,000 votes for 9,274,110 ballots is refused"
    assert claims["turnout"]["ballots_cast"].to_list() == [9_274_110], "the document's turnout still loads"
    refused = _quarantine(prepared).filter(pl.col("table_name") == "results")
    assert set(refused["claim_set"]) == {"results kz-2019-06-09-presidential KZ final"}
    assert any("9,500,000 votes exceed the 9,274,110 ballots cast" in r for r in refused["reason"])
    impossible = next(d for d in prepared.batch.replaced_documents)
    assert impossible in set(refused["document_id"]), "its accepted sets replace its earlier claims"


def test_an_unparsed_document_keeps_its_metadata_and_one_reason(prepared: pipeline.Prepared) -> None:
    documents = {r["url"]: r for r in prepared.batch.documents.iter_rows(named=True)}
    kazakh = documents["https://www.election.gov.kz/kaz/news/releases/index.php?ID=8102"]
    assert kazakh["language"] == "kk" and kazakh["doc_kind"] == "results_preliminary"
    pdf = documents["https://www.osce.org/files/f/documents/9/9/999999.pdf"]
    assert pdf["language"] == "en" and pdf["doc_kind"] == "odihr_other"
    for url, why in [(kazakh["url"], "parser crashed: ValueError: boom"), (pdf["url"], "not a readable PDF")]:
        rows = _quarantine(prepared).filter(pl.col("url") == url)
        assert rows.select("table_name", "reason", "claim_set").rows() == [("parse", why, "document")]


def test_unread_figures_reach_audit_and_the_summary(prepared: pipeline.Prepared) -> None:
    unread = prepared.batch.audit["unread"]
    assert unread.select("run_id", "clause", "figure").rows() == [("run-1", "- в Астане – 40,94%;", "40,94%")]
    assert prepared.unread == 1
    row = pipeline.run_row("run-1", dt.datetime.now(dt.UTC), [], 4, prepared, {"results": 0}, None)
    assert row["figures_unread"].to_list() == [1]
    summary = RunSummary("run-1", "kz.duckdb", **pipeline.notes(prepared))
    assert "unread: 1 figure(s)" in "\n".join(summary.lines())


def test_a_vote_absent_from_the_calendar_is_created_and_reported(prepared: pipeline.Prepared) -> None:
    elections = prepared.batch.elections.filter(~pl.col("in_calendar"))
    assert elections["election_id"].to_list() == ["kz-2027-05-03-presidential"]
    assert [e for e, _ in prepared.elections_created] == ["kz-2027-05-03-presidential"]
    warned = prepared.batch.audit["validations"].filter(pl.col("suite") == "elections")
    assert warned.select("level", "claim_set").rows() == [("warning", "election kz-2027-05-03-presidential")]
    row = pipeline.run_row("run-1", dt.datetime.now(dt.UTC), [], 4, prepared, {}, None)
    assert row["elections_created"].to_list() == ["kz-2027-05-03-presidential"]
    summary = RunSummary("run-1", "kz.duckdb", **pipeline.notes(prepared))
    assert any(line.startswith("ELECTION NOT IN CALENDAR kz-2027-05-03-presidential") for line in summary.lines())


def test_a_parse_error_gets_no_second_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A results page whose parser fails: one reason (the parser's), its language and classified kind."""
    archive = Archive(tmp_path / "archive")
    body = PAGE.format(title="Информационное сообщение о предварительных итогах выборов",
                       text="Голоса избирателей распределились следующим образом.").encode()
    record = _store(archive, "https://www.election.gov.kz/rus/news/releases/index.php?ID=8104", body,
                    language="rus", role="release")

    def fail(_body: bytes, _record: object) -> Extraction:
        raise ParseError("a shape the parser does not know")

    monkeypatch.setattr(pipeline, "extract_document", fail)
    parsed = pipeline.parse_record(archive, record)
    assert parsed.error == "a shape the parser does not know"
    prepared = pipeline.prepare(_settings(tmp_path), "run-2", [parsed], [], fresh=True)
    [document] = prepared.batch.documents.iter_rows(named=True)
    assert (document["language"], document["doc_kind"]) == ("ru", "results_preliminary")
    assert list(prepared.refused.values()) == [[("parse", "a shape the parser does not know", "document")]]
