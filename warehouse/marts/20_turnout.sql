CREATE OR REPLACE VIEW marts.turnout AS
WITH ranked AS (
    -- as_of becomes a TIME here ('20:00' → 20:00:00), so that bulletins sort and plot by the clock
    SELECT t.* REPLACE (try_cast(t.as_of AS TIME) AS as_of), d.url, d.title AS document_title,
           marts.claim_rank(t.stage, t.source, t.language, d.published_on) AS claim_rank
    FROM core.turnout t
    JOIN raw.documents d USING (document_id)
    WHERE d.is_current  -- superseded versions keep their claims in core; the marts read current ones
),
best AS (
    SELECT
        election_id,
        region_code,
        stage,
        as_of,
        arg_max(registered_voters, (claim_rank, document_id, evidence)) FILTER (WHERE registered_voters IS NOT NULL) AS registered_voters,
        arg_max(ballots_cast, (claim_rank, document_id, evidence)) FILTER (WHERE ballots_cast IS NOT NULL) AS ballots_cast,
        arg_max(turnout_pct, (claim_rank, document_id, evidence)) FILTER (WHERE turnout_pct IS NOT NULL) AS turnout_pct,
        arg_max(invalid_ballots, (claim_rank, document_id, evidence)) FILTER (WHERE invalid_ballots IS NOT NULL) AS invalid_ballots,
        arg_max(both_marked_ballots, (claim_rank, document_id, evidence)) FILTER (WHERE both_marked_ballots IS NOT NULL)
            AS both_marked_ballots,
        arg_max(polling_stations, (claim_rank, document_id, evidence)) FILTER (WHERE polling_stations IS NOT NULL) AS polling_stations,
        -- The best claim as one pick, so that its document, page and sentence belong together (see marts.results).
        arg_max({'document_id': document_id, 'url': url, 'title': document_title, 'page': page,
                 'evidence': evidence}, (claim_rank, document_id, evidence)) AS pick,
        -- The sentence of the claim the published turnout comes from (the figure an analyst quotes).
        arg_max(evidence, (claim_rank, document_id, evidence)) FILTER (WHERE turnout_pct IS NOT NULL)
            AS turnout_evidence,
        count(*) AS claims
    FROM ranked
    GROUP BY election_id, region_code, stage, as_of
)
SELECT
    b.election_id,
    b.region_code,
    g.name_en AS region_name_en,
    split_part(g.name_ru, '|', 1) AS region_name_ru,
    split_part(g.name_kk, '|', 1) AS region_name_kk,
    b.stage,
    b.as_of,
    b.registered_voters,
    b.ballots_cast,
    b.turnout_pct,
    round(100.0 * b.ballots_cast / nullif(b.registered_voters, 0), 2) AS turnout_pct_computed,
    b.invalid_ballots,
    b.both_marked_ballots,
    b.polling_stations,
    b.pick.document_id AS document_id,
    b.pick.url AS url,
    b.pick.title AS document_title,
    b.pick.page AS page,
    b.pick.evidence AS evidence,
    b.turnout_evidence,
    b.claims
FROM best b
LEFT JOIN core.regions g USING (region_code);
COMMENT ON VIEW marts.turnout IS 'One row per election x region x stage x bulletin hour: each figure from its best claim; turnout_pct_computed is ballots_cast / registered_voters (derived, not published).';
COMMENT ON COLUMN marts.turnout.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.turnout.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN marts.turnout.region_name_en IS 'Name of the area in English (core.regions).';
COMMENT ON COLUMN marts.turnout.region_name_ru IS 'Name of the area in Russian (the first of core.regions.name_ru).';
COMMENT ON COLUMN marts.turnout.region_name_kk IS 'Name of the area in Kazakh (the first of core.regions.name_kk).';
COMMENT ON COLUMN marts.turnout.stage IS 'preliminary or final.';
COMMENT ON COLUMN marts.turnout.as_of IS 'Clock time (TIME) of an hourly bulletin; null for results.';
COMMENT ON COLUMN marts.turnout.registered_voters IS 'Voters on the lists, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.ballots_cast IS 'Voters who received ballots, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.turnout_pct IS 'Turnout in per cent as published, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.turnout_pct_computed IS 'Derived, not published: 100 x ballots_cast / registered_voters, rounded to 2 decimals.';
COMMENT ON COLUMN marts.turnout.invalid_ballots IS 'Invalid ballots, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.both_marked_ballots IS 'Referendum ballots marked in both boxes.';
COMMENT ON COLUMN marts.turnout.polling_stations IS 'Polling stations (precinct election commissions).';
COMMENT ON COLUMN marts.turnout.document_id IS 'Document of the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.url IS 'URL of that document on the publisher''s site (raw.documents.url).';
COMMENT ON COLUMN marts.turnout.document_title IS 'Title of that document as published.';
COMMENT ON COLUMN marts.turnout.page IS 'Physical PDF page (1-based) of that claim; null for HTML pages.';
COMMENT ON COLUMN marts.turnout.evidence IS 'Sentence or table row of the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.turnout_evidence IS 'Sentence or row of the best claim that states turnout_pct (may differ from evidence when another claim gives the counts).';
COMMENT ON COLUMN marts.turnout.claims IS 'How many claims stand behind this row.';
