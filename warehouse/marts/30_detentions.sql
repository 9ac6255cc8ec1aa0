CREATE OR REPLACE VIEW marts.detentions AS
SELECT
    d.detention_id,
    d.election_id,
    e.election_type,
    e.election_date,
    d.date_from,
    d.date_to,
    d.location,
    d.region_code,
    d.detained_min,
    d.detained_max,
    d.qualifier,
    d.subject,
    d.reported_by,
    d.document_id,
    doc.title AS document_title,
    doc.url AS document_url,
    doc.source AS published_by,
    d.page,
    d.evidence
FROM core.detentions d
JOIN core.elections e USING (election_id)
JOIN raw.documents doc USING (document_id);
COMMENT ON VIEW marts.detentions IS 'One row per detention claim, with its election, document title and URL.';
