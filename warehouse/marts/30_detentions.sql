-- One row per claim an analyst reads: the same report repeated by several documents (an ODIHR statement
-- and its final report, a CEC release and the ODIHR report quoting it) counts once, shown from its best
-- document (the reporter's own publication, else the latest), with every document that carries it.
CREATE OR REPLACE VIEW marts.detentions AS
WITH claims AS (
    SELECT
        d.*, e.election_type, e.election_date,
        doc.title AS document_title, doc.url AS document_url, doc.source AS published_by,
        row_number() OVER same_claim AS pick,
        count(*) OVER same_claim AS documents,
        list(d.document_id ORDER BY d.document_id) OVER same_claim AS all_documents
    FROM core.detentions d
    JOIN core.elections e USING (election_id)
    JOIN raw.documents doc USING (document_id)
    WHERE doc.is_current  -- superseded versions keep their claims in core; the marts read current ones
    WINDOW same_claim AS (
        PARTITION BY d.election_id, d.subject, d.detained_min, d.detained_max, d.qualifier, d.reported_by,
                     d.date_from, d.date_to
        ORDER BY (doc.source = 'cec' AND d.reported_by = 'CEC') DESC, doc.published_on DESC NULLS LAST,
                 d.document_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT detention_id, election_id, election_type, election_date, date_from, date_to, location,
       claims.region_code, g.name_en AS region_name_en, split_part(g.name_ru, '|', 1) AS region_name_ru,
       split_part(g.name_kk, '|', 1) AS region_name_kk,
       detained_min, detained_max, qualifier, subject, reported_by, document_id, document_title, document_url,
       published_by, page, evidence, documents, all_documents
FROM claims
LEFT JOIN core.regions g USING (region_code)
WHERE pick = 1;
COMMENT ON VIEW marts.detentions IS 'One row per detention claim (a report repeated by several documents counts once), with its election, best document title and URL, and every document that carries it.';
COMMENT ON COLUMN marts.detentions.detention_id IS 'Claim id of the row shown (core.detentions).';
COMMENT ON COLUMN marts.detentions.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.detentions.election_type IS 'presidential, parliamentary or referendum.';
COMMENT ON COLUMN marts.detentions.election_date IS 'Voting day.';
COMMENT ON COLUMN marts.detentions.date_from IS 'First day of the detentions.';
COMMENT ON COLUMN marts.detentions.date_to IS 'Last day of the detentions.';
COMMENT ON COLUMN marts.detentions.location IS 'Place as written.';
COMMENT ON COLUMN marts.detentions.region_code IS 'ISO 3166-2:KZ code when the place resolves to one region.';
COMMENT ON COLUMN marts.detentions.region_name_en IS 'Name of that region in English (core.regions); null when no region.';
COMMENT ON COLUMN marts.detentions.region_name_ru IS 'Name of that region in Russian (the first of core.regions.name_ru).';
COMMENT ON COLUMN marts.detentions.region_name_kk IS 'Name of that region in Kazakh (the first of core.regions.name_kk).';
COMMENT ON COLUMN marts.detentions.detained_min IS 'Lower bound of the number detained (null: no count given).';
COMMENT ON COLUMN marts.detentions.detained_max IS 'Upper bound; null = open-ended or no count.';
COMMENT ON COLUMN marts.detentions.qualifier IS 'Counting word, normalised (exact, approximately, at least, more than, ...).';
COMMENT ON COLUMN marts.detentions.subject IS 'Who was detained.';
COMMENT ON COLUMN marts.detentions.reported_by IS 'Who the sentence says reported it.';
COMMENT ON COLUMN marts.detentions.document_id IS 'Best document carrying the claim.';
COMMENT ON COLUMN marts.detentions.document_title IS 'Its title.';
COMMENT ON COLUMN marts.detentions.document_url IS 'Its URL.';
COMMENT ON COLUMN marts.detentions.published_by IS 'Its publisher: cec or osce.';
COMMENT ON COLUMN marts.detentions.page IS 'Physical PDF page of the sentence (null for HTML).';
COMMENT ON COLUMN marts.detentions.evidence IS 'The exact sentence in that document.';
COMMENT ON COLUMN marts.detentions.documents IS 'How many documents carry the same claim.';
COMMENT ON COLUMN marts.detentions.all_documents IS 'Every document carrying the claim (raw.documents ids).';
