"""marts.infractions counts a report repeated by several documents once, but two 'other' kinds of one election
(vote buying and multiple voting, told apart by core.infractions.finding) stay two rows."""

from __future__ import annotations

from warehouse.dictionary import fresh_warehouse
from warehouse.migrate import apply_marts

ELECTION = "kz-2019-06-09-presidential"


def test_two_other_kinds_stay_two_mart_rows_and_a_repeat_counts_once() -> None:
    con = fresh_warehouse()
    con.execute("INSERT INTO core.elections BY NAME SELECT ? AS election_id, 'presidential' AS election_type, "
                "DATE '2019-06-09' AS election_date, 'Presidential election' AS name_en", [ELECTION])
    for doc in ("statement", "final-report"):
        con.execute("INSERT INTO raw.documents BY NAME SELECT ? AS document_id, 'osce' AS source, ? AS url, "
                    "'en' AS language, 'odihr_statement' AS doc_kind, ? AS election_id, 'x.pdf' AS archive_path, "
                    "'application/pdf' AS content_type, 'test' AS extractor_version",
                    [doc, f"https://www.osce.org/files/f/documents/{doc}.pdf", ELECTION])
    rows = [("i1", "statement", "vote_buying"), ("i2", "statement", "multiple_voting"),
            ("i3", "final-report", "vote_buying")]  # the final report repeats the statement's vote buying
    for infraction_id, doc, finding in rows:
        con.execute("INSERT INTO core.infractions BY NAME SELECT ? AS infraction_id, ? AS election_id, "
                    "'other' AS category, ? AS finding, 'observed' AS measure, NULL AS value, 'observed' AS qualifier, "
                    "'ODIHR' AS reported_by, ? AS document_id, 'Observers saw it.' AS evidence",
                    [infraction_id, ELECTION, finding, doc])
    apply_marts(con)
    shown = con.execute("SELECT finding, documents FROM marts.infractions ORDER BY finding").fetchall()
    assert shown == [("multiple_voting", 1), ("vote_buying", 2)]
