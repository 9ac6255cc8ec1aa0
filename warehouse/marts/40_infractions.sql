CREATE OR REPLACE VIEW marts.infractions AS
SELECT
    i.infraction_id,
    i.election_id,
    e.election_type,
    e.election_date,
    i.category,
    i.measure,
    i.value,
    i.qualifier,
    i.location,
    i.region_code,
    i.reported_by,
    i.document_id,
    doc.title AS document_title,
    doc.url AS document_url,
    doc.source AS published_by,
    i.page,
    i.evidence
FROM core.infractions i
JOIN core.elections e USING (election_id)
JOIN raw.documents doc USING (document_id);
COMMENT ON VIEW marts.infractions IS 'One row per infraction claim, with its election, document title and URL.';
