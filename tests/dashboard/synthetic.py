"""A small warehouse of invented claims (not the snapshot): the contract from the migrations and marts, a few
documents archived under a temporary folder, results, turnout bulletins, a detention and an infraction.

Fast (no pipeline run), so the page tests can build variants: without audit.unread, without marts.revisions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.migrate import apply_marts, migrate

ELECTION = "kz-2031-04-06-presidential"  # an invented vote, outside any calendar
RELEASE = ("<html><body><h3>Итоги голосования</h3><p>За Примерова Арсена Болатовича подано 812 440 голосов, "
           "или 61,25 процента.</p><p>Явка в Сарыкольской области к 18 часам составила 48,6 процента.</p>"
           "</body></html>").encode()
REPORT = b"%PDF-1.4\n% an invented mission report, page 3 says: some 40 observers were held for hours\n%%EOF\n"
WINNER_SENTENCE = "За Примерова Арсена Болатовича подано 812 440 голосов, или 61,25 процента."
DETENTION_SENTENCE = "Police held some 40 citizen observers for several hours in Karaganda on 7 April."


@dataclass(frozen=True)
class Synthetic:
    warehouse: Path
    archive: Path
    release_id: str
    report_id: str


def _archive(archive: Path, body: bytes) -> tuple[str, str]:
    digest = hashlib.sha256(body).hexdigest()
    relative = f"objects/{digest[:2]}/{digest}"
    (archive / relative).parent.mkdir(parents=True, exist_ok=True)
    (archive / relative).write_bytes(body)
    return digest, relative


def build(folder: Path, *, without: tuple[str, ...] = ()) -> Synthetic:
    """Write the warehouse under `folder`; `without` names relations to drop (e.g. 'audit.unread')."""
    archive = folder / "archive"
    release_id, release_path = _archive(archive, RELEASE)
    report_id, report_path = _archive(archive, REPORT)
    warehouse = folder / "kzelect.duckdb"
    con = duckdb.connect(str(warehouse))
    try:
        migrate(con)
        con.execute("INSERT INTO core.regions BY NAME SELECT * FROM (VALUES "
                    "('KZ', 'Kazakhstan (national total)', 'Республика Казахстан', 'Қазақстан Республикасы'), "
                    "('KZ-35', 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы'), "
                    "('KZ-39', 'Kostanay Region', 'Костанайская область', 'Қостанай облысы')) "
                    "t(region_code, name_en, name_ru, name_kk)")
        con.execute("INSERT INTO core.elections BY NAME SELECT ? AS election_id, 'presidential' AS election_type, "
                    "DATE '2031-04-06' AS election_date, 'Presidential election' AS name_en", [ELECTION])
        con.execute("INSERT INTO core.contestants BY NAME SELECT * FROM (VALUES "
                    "('arsen-primerov', 'candidate', 'Arsen Primerov', 'Примеров Арсен Болатович', NULL), "
                    "('dina-obraztsova', 'candidate', 'Dina Obraztsova', 'Образцова Дина', NULL)) "
                    "t(contestant_id, contestant_type, name_en, name_ru, name_kk)")
        docs = [(release_id, "cec", "https://www.election.gov.kz/rus/news/releases/index.php?ID=99001", "ru",
                 "Об итогах выборов", "results_final", "text/html; charset=utf-8", release_path),
                (report_id, "osce", "https://www.osce.org/files/f/documents/9/9/990001.pdf", "en",
                 "Invented Final Report", "odihr_final_report", "application/pdf", report_path)]
        for doc in docs:
            con.execute("INSERT INTO raw.documents BY NAME SELECT ? AS document_id, ? AS source, ? AS url, "
                        "? AS language, ? AS title, DATE '2031-04-08' AS published_on, ? AS doc_kind, "
                        "? AS content_type, ? AS archive_path, 'test' AS extractor_version, "
                        f"'{ELECTION}' AS election_id", list(doc))
        con.execute("INSERT INTO core.results BY NAME SELECT * FROM (VALUES "
                    "(?, 'KZ', 'arsen-primerov', 'final', 812440, 61.25, ?, ?, 'cec', 'ru', 'Примеров'), "
                    "(?, 'KZ', 'dina-obraztsova', 'final', 401200, 30.25, ?, 'Образцова Дина – 401 200 голосов.', "
                    "'cec', 'ru', 'Образцова')) t(election_id, region_code, contestant_id, stage, votes, "
                    "vote_share_pct, document_id, evidence, source, language, name_as_written)",
                    [ELECTION, release_id, WINNER_SENTENCE, ELECTION, release_id])
        for region, hour, pct in [("KZ-39", "10:00", 12.5), ("KZ-39", "18:00", 48.6), ("KZ-35", "18:00", 55.1)]:
            con.execute("INSERT INTO core.turnout BY NAME SELECT ? AS election_id, ? AS region_code, "
                        "'preliminary' AS stage, ? AS as_of, ? AS turnout_pct, ? AS document_id, "
                        "? AS evidence, 'cec' AS source, 'ru' AS language",
                        [ELECTION, region, hour, pct, release_id, f"Явка к {hour} составила {pct} процента."])
        con.execute("INSERT INTO core.detentions BY NAME SELECT 'det-1' AS detention_id, ? AS election_id, "
                    "DATE '2031-04-07' AS date_from, DATE '2031-04-07' AS date_to, 'Karaganda' AS location, "
                    "'KZ-35' AS region_code, 40 AS detained_min, 40 AS detained_max, 'approximately' AS qualifier, "
                    "'observers' AS subject, 'ODIHR' AS reported_by, ? AS document_id, 3 AS page, ? AS evidence",
                    [ELECTION, report_id, DETENTION_SENTENCE])
        con.execute("INSERT INTO core.infractions BY NAME SELECT 'inf-1' AS infraction_id, ? AS election_id, "
                    "'group_voting' AS category, 'observed' AS measure, NULL AS value, 'exact' AS qualifier, "
                    "'ODIHR' AS reported_by, ? AS document_id, 3 AS page, "
                    "'Family voting was seen in a fifth of the stations visited.' AS evidence",
                    [ELECTION, report_id])
        con.execute("INSERT INTO audit.runs BY NAME SELECT 'run-synthetic-1' AS run_id, "
                    "TIMESTAMP '2031-04-08 06:00' AS started_at, 'ok' AS status, 2 AS documents_fetched, "
                    "0 AS documents_failed, 2 AS documents_parsed, 0 AS documents_quarantined")
        apply_marts(con)
        for relation in without:
            kind = "VIEW" if relation.startswith("marts.") else "TABLE"
            con.execute(f"DROP {kind} IF EXISTS {relation}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return Synthetic(warehouse, archive, release_id, report_id)


def published_later(warehouse: Path, run_id: str) -> None:
    """Publish a changed warehouse the way a run does: a new file with one more run, swapped in by os.replace."""
    import os
    import shutil

    nxt = warehouse.with_suffix(".next")
    shutil.copy(warehouse, nxt)
    con = duckdb.connect(str(nxt))
    try:
        con.execute("INSERT INTO audit.runs BY NAME SELECT ? AS run_id, ? AS started_at, 'ok' AS status",
                    [run_id, dt.datetime(2031, 4, 9, 6, 0)])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(nxt, warehouse)
