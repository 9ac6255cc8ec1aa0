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
