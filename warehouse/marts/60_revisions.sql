-- What each new version of a document changed: the figures of the superseded body and of the body that
-- superseded it (same URL, consecutive versions), compared claim by claim. A figure only in the old body is
-- 'removed', only in the new one 'added', in both with another value 'changed'.
CREATE OR REPLACE VIEW marts.revisions AS
WITH figures AS (
    SELECT document_id, 'results' AS claim, election_id, region_code, 'results:' || contestant_id AS subject,
           stage, 'votes' AS figure, votes::DOUBLE AS value, evidence FROM core.results WHERE votes IS NOT NULL
    UNION ALL
    SELECT document_id, 'results', election_id, region_code, 'results:' || contestant_id, stage, 'vote_share_pct',
           vote_share_pct, evidence FROM core.results WHERE vote_share_pct IS NOT NULL
    UNION ALL
    SELECT document_id, 'results', election_id, region_code, 'results:' || contestant_id, stage, 'seats',
           seats::DOUBLE, evidence FROM core.results WHERE seats IS NOT NULL
    UNION ALL
    SELECT document_id, 'turnout', election_id, region_code, 'turnout' || coalesce('@' || as_of, ''), stage,
           figure, value, evidence
    FROM (UNPIVOT (SELECT document_id, election_id, region_code, as_of, stage, evidence,
                          registered_voters::DOUBLE AS registered_voters, ballots_cast::DOUBLE AS ballots_cast,
                          turnout_pct, invalid_ballots::DOUBLE AS invalid_ballots,
                          both_marked_ballots::DOUBLE AS both_marked_ballots,
                          polling_stations::DOUBLE AS polling_stations
                   FROM core.turnout)
          ON registered_voters, ballots_cast, turnout_pct, invalid_ballots, both_marked_ballots, polling_stations
          INTO NAME figure VALUE value)
    UNION ALL
    SELECT document_id, 'detentions', election_id, coalesce(region_code, 'KZ'),
           'detentions:' || subject || ':' || coalesce(date_from::VARCHAR, '?') || '..'
             || coalesce(date_to::VARCHAR, '?') || ':' || coalesce(location, ''),
           'reported', 'detained_min', detained_min::DOUBLE, evidence FROM core.detentions WHERE detained_min IS NOT NULL
    UNION ALL
    SELECT document_id, 'infractions', election_id, coalesce(region_code, 'KZ'),
           'infractions:' || category || ':' || measure || ':' || coalesce(location, '') || ':'
             || coalesce(reported_by, ''),
           'reported', 'value', value, evidence FROM core.infractions WHERE value IS NOT NULL
),
one_value AS (  -- a figure a document repeats (prose and table) counts once
    SELECT document_id, claim, election_id, region_code, subject, stage, figure,
           min(value) AS value, min(evidence) AS evidence
    FROM figures
    GROUP BY document_id, claim, election_id, region_code, subject, stage, figure
),
pairs AS (
    SELECT o.document_id AS old_document_id, n.document_id AS new_document_id, n.url, o.version AS old_version,
           n.version AS new_version, o.fetched_at AS old_fetched_at, o.superseded_at AS new_fetched_at,
           o.published_on AS old_published_on, n.published_on AS new_published_on
    FROM raw.documents o
    JOIN raw.documents n ON n.document_id = o.superseded_by
),
old_side AS (
    SELECT p.old_document_id AS pair, f.* FROM pairs p JOIN one_value f ON f.document_id = p.old_document_id
),
new_side AS (
    SELECT p.old_document_id AS pair, f.* FROM pairs p JOIN one_value f ON f.document_id = p.new_document_id
),
compared AS (
    SELECT coalesce(o.pair, n.pair) AS pair,
           coalesce(o.claim, n.claim) AS claim, coalesce(o.election_id, n.election_id) AS election_id,
           coalesce(o.region_code, n.region_code) AS region_code, coalesce(o.subject, n.subject) AS subject,
           coalesce(o.stage, n.stage) AS stage, coalesce(o.figure, n.figure) AS figure,
           o.value AS old_value, n.value AS new_value, o.evidence AS old_evidence, n.evidence AS new_evidence
    FROM old_side o
    FULL JOIN new_side n
      ON o.pair = n.pair AND o.claim = n.claim AND o.election_id = n.election_id
     AND o.region_code = n.region_code AND o.subject = n.subject AND o.stage = n.stage AND o.figure = n.figure
    WHERE o.value IS DISTINCT FROM n.value
)
SELECT p.url, c.claim, c.election_id, c.region_code, c.subject, c.stage, c.figure,
       CASE WHEN c.old_value IS NULL THEN 'added' WHEN c.new_value IS NULL THEN 'removed' ELSE 'changed' END
           AS change,
       c.old_value, c.new_value, p.old_document_id, p.new_document_id, p.old_version, p.new_version,
       p.old_fetched_at, p.new_fetched_at, p.old_published_on, p.new_published_on, c.old_evidence, c.new_evidence
FROM compared c
JOIN pairs p ON p.old_document_id = c.pair;
COMMENT ON VIEW marts.revisions IS 'What a new version of a document changed: each figure whose value differs between a superseded body and the body that superseded it at the same URL, with both documents, dates and sentences.';
COMMENT ON COLUMN marts.revisions.url IS 'Canonical URL of the document (both versions).';
COMMENT ON COLUMN marts.revisions.claim IS 'Claim table: results, turnout, detentions or infractions.';
COMMENT ON COLUMN marts.revisions.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN marts.revisions.region_code IS 'Area (ISO 3166-2:KZ, KZ national).';
COMMENT ON COLUMN marts.revisions.subject IS 'What the figure is about: results:<contestant_id>, turnout[@hour], detentions:<subject>:<dates>:<place>, infractions:<category>:<measure>:<place>:<reporter>.';
COMMENT ON COLUMN marts.revisions.stage IS 'preliminary or final; reported for detentions and infractions.';
COMMENT ON COLUMN marts.revisions.figure IS 'Which figure: votes, vote_share_pct, seats, registered_voters, ballots_cast, turnout_pct, invalid_ballots, both_marked_ballots, polling_stations, detained_min, value.';
COMMENT ON COLUMN marts.revisions.change IS 'changed (both versions give it, differently), added (only the new one) or removed (only the old one).';
COMMENT ON COLUMN marts.revisions.old_value IS 'Value in the superseded version; null when it was added.';
COMMENT ON COLUMN marts.revisions.new_value IS 'Value in the new version; null when it was removed.';
COMMENT ON COLUMN marts.revisions.old_document_id IS 'Superseded version (raw.documents).';
COMMENT ON COLUMN marts.revisions.new_document_id IS 'Version that superseded it (raw.documents).';
COMMENT ON COLUMN marts.revisions.old_version IS 'Version number of the superseded body.';
COMMENT ON COLUMN marts.revisions.new_version IS 'Version number of the new body.';
COMMENT ON COLUMN marts.revisions.old_fetched_at IS 'When the superseded body was first fetched (UTC).';
COMMENT ON COLUMN marts.revisions.new_fetched_at IS 'When the new body was first fetched, superseding the old one (UTC).';
COMMENT ON COLUMN marts.revisions.old_published_on IS 'Publication date printed on the superseded version.';
COMMENT ON COLUMN marts.revisions.new_published_on IS 'Publication date printed on the new version.';
COMMENT ON COLUMN marts.revisions.old_evidence IS 'Sentence or table row of the figure in the superseded version.';
COMMENT ON COLUMN marts.revisions.new_evidence IS 'Sentence or table row of the figure in the new version.';
