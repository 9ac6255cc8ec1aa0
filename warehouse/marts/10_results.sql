CREATE OR REPLACE VIEW marts.results AS
WITH ranked AS (
    SELECT r.*, d.published_on, d.url, d.title AS document_title,
           marts.claim_rank(r.stage, r.source, r.language, d.published_on) AS claim_rank
    FROM core.results r
    JOIN raw.documents d USING (document_id)
    WHERE d.is_current  -- superseded versions keep their claims in core; the marts read current ones
),
best AS (
    SELECT
        election_id,
        region_code,
        contestant_id,
        arg_max(votes, (claim_rank, document_id, evidence)) FILTER (WHERE votes IS NOT NULL) AS votes,
        arg_max(vote_share_pct, (claim_rank, document_id, evidence)) FILTER (WHERE vote_share_pct IS NOT NULL) AS vote_share_pct,
        arg_max(seats, (claim_rank, document_id, evidence)) FILTER (WHERE seats IS NOT NULL) AS seats,
        -- The best claim as one pick (ties broken by document, then sentence), so that its stage, document,
        -- page and sentence belong together; arg_max on each column alone would skip a NULL page and take
        -- another document's.
        arg_max({'stage': stage, 'document_id': document_id, 'url': url, 'title': document_title, 'page': page,
                 'evidence': evidence, 'incomplete': incomplete}, (claim_rank, document_id, evidence)) AS pick,
        count(*) AS claims
    FROM ranked
    GROUP BY election_id, region_code, contestant_id
)
SELECT
    b.election_id,
    b.region_code,
    g.name_en AS region_name_en,
    split_part(g.name_ru, '|', 1) AS region_name_ru,
    split_part(g.name_kk, '|', 1) AS region_name_kk,
    b.contestant_id,
    c.name_en AS contestant_name_en,
    c.name_ru AS contestant_name_ru,
    c.name_kk AS contestant_name_kk,
    c.contestant_type,
    c.names_derived AS contestant_names_derived,
    b.votes,
    b.vote_share_pct,
    b.seats,
    b.pick.stage AS stage,
    b.pick.document_id AS document_id,
    b.pick.url AS url,
    b.pick.title AS document_title,
    b.pick.page AS page,
    b.pick.evidence AS evidence,
    coalesce(b.pick.incomplete, false) AS incomplete,
    b.claims
FROM best b
JOIN core.contestants c USING (contestant_id)
LEFT JOIN core.regions g USING (region_code);
COMMENT ON VIEW marts.results IS 'One authoritative row per election x region x contestant: each figure from its best claim (final over preliminary, CEC over secondary copies); stage/document/page/evidence describe the best claim.';
COMMENT ON COLUMN marts.results.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.results.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN marts.results.region_name_en IS 'Name of the area in English (core.regions).';
COMMENT ON COLUMN marts.results.region_name_ru IS 'Name of the area in Russian (the first of core.regions.name_ru).';
COMMENT ON COLUMN marts.results.region_name_kk IS 'Name of the area in Kazakh (the first of core.regions.name_kk).';
COMMENT ON COLUMN marts.results.contestant_id IS 'Contestant (core.contestants).';
COMMENT ON COLUMN marts.results.contestant_name_en IS 'Contestant name in English.';
COMMENT ON COLUMN marts.results.contestant_name_ru IS 'Contestant name in Russian.';
COMMENT ON COLUMN marts.results.contestant_name_kk IS 'Contestant name in Kazakh.';
COMMENT ON COLUMN marts.results.contestant_type IS 'candidate, party, option or against_all.';
COMMENT ON COLUMN marts.results.contestant_names_derived IS 'Which contestant names (name_en, name_ru, name_kk) were derived by rule rather than published (core.contestants.names_derived); null when all are as published.';
COMMENT ON COLUMN marts.results.votes IS 'Votes from the most authoritative claim that gives votes.';
COMMENT ON COLUMN marts.results.vote_share_pct IS 'Share in per cent from the most authoritative claim that gives a share.';
COMMENT ON COLUMN marts.results.seats IS 'Seats from the most authoritative claim that gives seats.';
COMMENT ON COLUMN marts.results.stage IS 'Stage (preliminary or final) of the most authoritative claim.';
COMMENT ON COLUMN marts.results.document_id IS 'Document of the most authoritative claim.';
COMMENT ON COLUMN marts.results.url IS 'URL of that document on the publisher''s site (raw.documents.url).';
COMMENT ON COLUMN marts.results.document_title IS 'Title of that document as published.';
COMMENT ON COLUMN marts.results.page IS 'Physical PDF page (1-based) of that claim; null for HTML pages.';
COMMENT ON COLUMN marts.results.evidence IS 'Sentence or table row of that claim.';
COMMENT ON COLUMN marts.results.incomplete IS 'True when the best claim''s set is flagged incomplete (core.results.incomplete): consistent with its base, but its shares sum clearly below 100.';
COMMENT ON COLUMN marts.results.claims IS 'How many claims (documents x figures) stand behind this row.';
