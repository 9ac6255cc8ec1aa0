CREATE OR REPLACE VIEW marts.turnout AS
WITH ranked AS (
    SELECT t.*, d.url,
           marts.claim_rank(t.stage, t.source, t.language, d.published_on) AS claim_rank
    FROM core.turnout t
    JOIN raw.documents d USING (document_id)
)
SELECT
    election_id,
    region_code,
    stage,
    as_of,
    arg_max(registered_voters, claim_rank) FILTER (WHERE registered_voters IS NOT NULL) AS registered_voters,
    arg_max(ballots_cast, claim_rank) FILTER (WHERE ballots_cast IS NOT NULL) AS ballots_cast,
    arg_max(turnout_pct, claim_rank) FILTER (WHERE turnout_pct IS NOT NULL) AS turnout_pct,
    round(100.0 * arg_max(ballots_cast, claim_rank) FILTER (WHERE ballots_cast IS NOT NULL)
          / nullif(arg_max(registered_voters, claim_rank) FILTER (WHERE registered_voters IS NOT NULL), 0), 2)
        AS turnout_pct_computed,
    arg_max(invalid_ballots, claim_rank) FILTER (WHERE invalid_ballots IS NOT NULL) AS invalid_ballots,
    arg_max(both_marked_ballots, claim_rank) FILTER (WHERE both_marked_ballots IS NOT NULL) AS both_marked_ballots,
    arg_max(polling_stations, claim_rank) FILTER (WHERE polling_stations IS NOT NULL) AS polling_stations,
    arg_max(document_id, claim_rank) AS document_id,
    arg_max(url, claim_rank) AS url,
    count(*) AS claims
FROM ranked
GROUP BY ALL;
COMMENT ON VIEW marts.turnout IS 'One row per election x region x stage x bulletin hour: each figure from its best claim; turnout_pct_computed is ballots_cast / registered_voters (derived, not published).';
COMMENT ON COLUMN marts.turnout.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.turnout.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN marts.turnout.stage IS 'preliminary or final.';
COMMENT ON COLUMN marts.turnout.as_of IS 'Clock time of an hourly bulletin; null for results.';
COMMENT ON COLUMN marts.turnout.registered_voters IS 'Voters on the lists, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.ballots_cast IS 'Voters who received ballots, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.turnout_pct IS 'Turnout in per cent as published, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.turnout_pct_computed IS 'Derived, not published: 100 x ballots_cast / registered_voters, rounded to 2 decimals.';
COMMENT ON COLUMN marts.turnout.invalid_ballots IS 'Invalid ballots, from the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.both_marked_ballots IS 'Referendum ballots marked in both boxes.';
COMMENT ON COLUMN marts.turnout.polling_stations IS 'Polling stations (precinct election commissions).';
COMMENT ON COLUMN marts.turnout.document_id IS 'Document of the most authoritative claim.';
COMMENT ON COLUMN marts.turnout.url IS 'URL of that document.';
COMMENT ON COLUMN marts.turnout.claims IS 'How many claims stand behind this row.';
