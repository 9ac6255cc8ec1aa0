-- The marts rank the claims of current versions only (raw.documents.is_current): a superseded body keeps its
-- claims in core, and marts.revisions shows what its successor changed.
-- How authoritative a claim is: final over preliminary, the CEC over secondary copies (ODIHR annexes),
-- the CEC's Russian original over its Kazakh and English versions, then the later publication.
CREATE OR REPLACE MACRO marts.claim_rank(stage, source, language, published_on) AS
    ((CASE stage WHEN 'final' THEN 200 ELSE 100 END)
     + (CASE source WHEN 'cec' THEN 20 ELSE 10 END)
     + (CASE language WHEN 'ru' THEN 3 WHEN 'kk' THEN 2 ELSE 1 END))::BIGINT * 100000
    + coalesce(date_diff('day', DATE '1990-01-01', published_on), 0);
