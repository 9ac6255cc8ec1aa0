-- Claims about the same figure that disagree: across the CEC's languages, its preliminary and final
-- announcements are compared only within one stage; ODIHR annexes are compared with the CEC.
CREATE OR REPLACE VIEW marts.discrepancies AS
WITH result_figures AS (
    SELECT election_id, region_code, 'results:' || contestant_id AS subject, stage, 'votes' AS figure,
           votes::DOUBLE AS value, document_id, page, source, language, evidence
    FROM core.results WHERE votes IS NOT NULL
    UNION ALL
    SELECT election_id, region_code, 'results:' || contestant_id, stage, 'vote_share_pct',
           vote_share_pct, document_id, page, source, language, evidence
    FROM core.results WHERE vote_share_pct IS NOT NULL
    UNION ALL
    SELECT election_id, region_code, 'results:' || contestant_id, stage, 'seats',
           seats::DOUBLE, document_id, page, source, language, evidence FROM core.results WHERE seats IS NOT NULL
),
turnout_figures AS (
    UNPIVOT (
        SELECT election_id, region_code, 'turnout' || coalesce('@' || as_of, '') AS subject, stage,
               registered_voters::DOUBLE AS registered_voters, ballots_cast::DOUBLE AS ballots_cast,
               turnout_pct, invalid_ballots::DOUBLE AS invalid_ballots,
               polling_stations::DOUBLE AS polling_stations, document_id, page, source, language, evidence
        FROM core.turnout
    ) ON registered_voters, ballots_cast, turnout_pct, invalid_ballots, polling_stations
    INTO NAME figure VALUE value
),
detention_figures AS (
    -- the same event (election, who, when, where) counted differently by different reporters or documents
    SELECT election_id, coalesce(region_code, 'KZ') AS region_code,
           'detentions:' || subject || ':' || coalesce(date_from::VARCHAR, '?') || '..'
             || coalesce(date_to::VARCHAR, '?') || ':' || coalesce(location, '') AS subject,
           'reported' AS stage, 'detained_min' AS figure, detained_min::DOUBLE AS value, document_id, page,
           (SELECT source FROM raw.documents d WHERE d.document_id = c.document_id) AS source,
           (SELECT language FROM raw.documents d WHERE d.document_id = c.document_id) AS language, evidence
    FROM core.detentions c WHERE detained_min IS NOT NULL
),
figures AS (
    SELECT * FROM result_figures
    UNION ALL
    SELECT * FROM detention_figures
    UNION ALL
    SELECT election_id, region_code, subject, stage, figure, value, document_id, page, source, language, evidence
    FROM turnout_figures
)
SELECT
    a.election_id, a.region_code, g.name_en AS region_name_en, split_part(g.name_ru, '|', 1) AS region_name_ru,
    split_part(g.name_kk, '|', 1) AS region_name_kk, a.subject, a.stage, a.figure,
    a.value AS value_a, a.document_id AS document_a, a.source AS source_a, a.language AS language_a,
    a.evidence AS evidence_a, a.page AS page_a, da.title AS document_title_a, da.url AS url_a,
    b.value AS value_b, b.document_id AS document_b, b.source AS source_b, b.language AS language_b,
    b.evidence AS evidence_b, b.page AS page_b, db.title AS document_title_b, db.url AS url_b
FROM figures a
JOIN figures b
  ON a.election_id = b.election_id AND a.region_code = b.region_code AND a.subject = b.subject
 AND a.stage = b.stage AND a.figure = b.figure
 AND (a.document_id < b.document_id OR (a.document_id = b.document_id AND a.evidence < b.evidence))
JOIN raw.documents da ON da.document_id = a.document_id
JOIN raw.documents db ON db.document_id = b.document_id
LEFT JOIN core.regions g ON g.region_code = a.region_code
WHERE abs(a.value - b.value) > 1e-9
  AND da.is_current AND db.is_current;  -- a correction is marts.revisions, not a discrepancy
COMMENT ON VIEW marts.discrepancies IS 'Pairs of claims about the same figure (election, area, contestant or turnout, stage) whose values differ; both claims with their documents and evidence.';
COMMENT ON COLUMN marts.discrepancies.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.discrepancies.region_code IS 'Area (ISO 3166-2:KZ, KZ national).';
COMMENT ON COLUMN marts.discrepancies.region_name_en IS 'Name of the area in English (core.regions).';
COMMENT ON COLUMN marts.discrepancies.region_name_ru IS 'Name of the area in Russian (the first of core.regions.name_ru).';
COMMENT ON COLUMN marts.discrepancies.region_name_kk IS 'Name of the area in Kazakh (the first of core.regions.name_kk).';
COMMENT ON COLUMN marts.discrepancies.subject IS 'What the figure is about: results:<contestant_id>, turnout[@hour], or detentions:<subject>:<dates>.';
COMMENT ON COLUMN marts.discrepancies.stage IS 'preliminary or final (claims are compared within one stage); reported for detentions.';
COMMENT ON COLUMN marts.discrepancies.figure IS 'Which figure: votes, vote_share_pct, seats, registered_voters, ballots_cast, turnout_pct, invalid_ballots, polling_stations, detained_min.';
COMMENT ON COLUMN marts.discrepancies.value_a IS 'Value in the first document.';
COMMENT ON COLUMN marts.discrepancies.document_a IS 'First document (raw.documents).';
COMMENT ON COLUMN marts.discrepancies.source_a IS 'Publisher of the first document.';
COMMENT ON COLUMN marts.discrepancies.language_a IS 'Language of the first document.';
COMMENT ON COLUMN marts.discrepancies.evidence_a IS 'Sentence or row in the first document.';
COMMENT ON COLUMN marts.discrepancies.page_a IS 'Physical PDF page (1-based) of that sentence in the first document; null for HTML.';
COMMENT ON COLUMN marts.discrepancies.document_title_a IS 'Title of the first document.';
COMMENT ON COLUMN marts.discrepancies.url_a IS 'URL of the first document on the publisher''s site (raw.documents.url).';
COMMENT ON COLUMN marts.discrepancies.value_b IS 'Value in the second document.';
COMMENT ON COLUMN marts.discrepancies.document_b IS 'Second document (raw.documents).';
COMMENT ON COLUMN marts.discrepancies.source_b IS 'Publisher of the second document.';
COMMENT ON COLUMN marts.discrepancies.language_b IS 'Language of the second document.';
COMMENT ON COLUMN marts.discrepancies.evidence_b IS 'Sentence or row in the second document.';
COMMENT ON COLUMN marts.discrepancies.page_b IS 'Physical PDF page (1-based) of that sentence in the second document; null for HTML.';
COMMENT ON COLUMN marts.discrepancies.document_title_b IS 'Title of the second document.';
COMMENT ON COLUMN marts.discrepancies.url_b IS 'URL of the second document on the publisher''s site (raw.documents.url).';
