CREATE OR REPLACE VIEW marts.results AS
WITH ranked AS (
    SELECT r.*, d.published_on, d.url,
           marts.claim_rank(r.stage, r.source, r.language, d.published_on) AS claim_rank
    FROM core.results r
    JOIN raw.documents d USING (document_id)
)
SELECT
    election_id,
    region_code,
    contestant_id,
    c.name_en AS contestant_name_en,
    c.contestant_type,
    arg_max(votes, claim_rank) FILTER (WHERE votes IS NOT NULL) AS votes,
    arg_max(vote_share_pct, claim_rank) FILTER (WHERE vote_share_pct IS NOT NULL) AS vote_share_pct,
    arg_max(seats, claim_rank) FILTER (WHERE seats IS NOT NULL) AS seats,
    arg_max(stage, claim_rank) AS stage,
    arg_max(document_id, claim_rank) AS document_id,
    arg_max(url, claim_rank) AS url,
    arg_max(evidence, claim_rank) AS evidence,
    count(*) AS claims
FROM ranked
JOIN core.contestants c USING (contestant_id)
GROUP BY ALL;
COMMENT ON VIEW marts.results IS 'One authoritative row per election x region x contestant: each figure from its best claim (final over preliminary, CEC over secondary copies); stage/document/evidence describe the best claim.';
COMMENT ON COLUMN marts.results.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.results.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN marts.results.contestant_id IS 'Contestant (core.contestants).';
COMMENT ON COLUMN marts.results.contestant_name_en IS 'Contestant name in English.';
COMMENT ON COLUMN marts.results.contestant_type IS 'candidate, party, option or against_all.';
COMMENT ON COLUMN marts.results.votes IS 'Votes from the most authoritative claim that gives votes.';
COMMENT ON COLUMN marts.results.vote_share_pct IS 'Share in per cent from the most authoritative claim that gives a share.';
COMMENT ON COLUMN marts.results.seats IS 'Seats from the most authoritative claim that gives seats.';
COMMENT ON COLUMN marts.results.stage IS 'Stage (preliminary or final) of the most authoritative claim.';
COMMENT ON COLUMN marts.results.document_id IS 'Document of the most authoritative claim.';
COMMENT ON COLUMN marts.results.url IS 'URL of that document.';
COMMENT ON COLUMN marts.results.evidence IS 'Sentence or table row of that claim.';
COMMENT ON COLUMN marts.results.claims IS 'How many claims (documents x figures) stand behind this row.';
