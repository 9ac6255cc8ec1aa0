-- One row per claim, as marts.detentions: repeated reports count once, shown from their best document.
CREATE OR REPLACE VIEW marts.infractions AS
WITH claims AS (
    SELECT
        i.*, e.election_type, e.election_date,
        doc.title AS document_title, doc.url AS document_url, doc.source AS published_by,
        row_number() OVER same_claim AS pick,
        count(*) OVER same_claim AS documents,
        list(i.document_id ORDER BY i.document_id) OVER same_claim AS all_documents
    FROM core.infractions i
    JOIN core.elections e USING (election_id)
    JOIN raw.documents doc USING (document_id)
    WHERE doc.is_current  -- superseded versions keep their claims in core; the marts read current ones
    WINDOW same_claim AS (
        PARTITION BY i.election_id, i.category, i.finding, i.measure, i.value, i.qualifier, i.reported_by
        ORDER BY (doc.source = 'cec' AND i.reported_by = 'CEC') DESC, doc.published_on DESC NULLS LAST,
                 i.document_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT infraction_id, election_id, election_type, election_date, category, finding, measure, value, qualifier,
       location, claims.region_code, g.name_en AS region_name_en, split_part(g.name_ru, '|', 1) AS region_name_ru,
       split_part(g.name_kk, '|', 1) AS region_name_kk, reported_by, document_id, document_title, document_url,
       published_by, page, evidence, documents, all_documents
FROM claims
LEFT JOIN core.regions g USING (region_code)
WHERE pick = 1;
COMMENT ON VIEW marts.infractions IS 'One row per infraction claim (a report repeated by several documents counts once), with its election, best document title and URL, and every document that carries it.';
COMMENT ON COLUMN marts.infractions.infraction_id IS 'Claim id of the row shown (core.infractions).';
COMMENT ON COLUMN marts.infractions.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.infractions.election_type IS 'presidential, parliamentary or referendum.';
COMMENT ON COLUMN marts.infractions.election_date IS 'Voting day.';
COMMENT ON COLUMN marts.infractions.category IS 'Kind of violation (controlled vocabulary, see core.infractions).';
COMMENT ON COLUMN marts.infractions.finding IS 'For category other: the findings-lexicon entry that named the kind (see core.infractions.finding); null otherwise.';
COMMENT ON COLUMN marts.infractions.measure IS 'What the value counts (controlled vocabulary).';
COMMENT ON COLUMN marts.infractions.value IS 'The count or share; null when observed without a count.';
COMMENT ON COLUMN marts.infractions.qualifier IS 'Counting word, normalised.';
COMMENT ON COLUMN marts.infractions.location IS 'Place as written.';
COMMENT ON COLUMN marts.infractions.region_code IS 'ISO 3166-2:KZ code when the place resolves to one region.';
COMMENT ON COLUMN marts.infractions.region_name_en IS 'Name of that region in English (core.regions); null when no region.';
COMMENT ON COLUMN marts.infractions.region_name_ru IS 'Name of that region in Russian (the first of core.regions.name_ru).';
COMMENT ON COLUMN marts.infractions.region_name_kk IS 'Name of that region in Kazakh (the first of core.regions.name_kk).';
COMMENT ON COLUMN marts.infractions.reported_by IS 'Who the sentence says reported it.';
COMMENT ON COLUMN marts.infractions.document_id IS 'Best document carrying the claim.';
COMMENT ON COLUMN marts.infractions.document_title IS 'Its title.';
COMMENT ON COLUMN marts.infractions.document_url IS 'Its URL.';
COMMENT ON COLUMN marts.infractions.published_by IS 'Its publisher: cec or osce.';
COMMENT ON COLUMN marts.infractions.page IS 'Physical PDF page of the sentence (null for HTML).';
COMMENT ON COLUMN marts.infractions.evidence IS 'The exact sentence in that document.';
COMMENT ON COLUMN marts.infractions.documents IS 'How many documents carry the same claim.';
COMMENT ON COLUMN marts.infractions.all_documents IS 'Every document carrying the claim (raw.documents ids).';
