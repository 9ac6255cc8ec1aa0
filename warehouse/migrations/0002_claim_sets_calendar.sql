-- Issue 8: claims are refused one set at a time, what a parser could not read is audited, and the elections
-- come from a calendar (warehouse/seeds/elections.csv, upserted into core.elections on every publish).

-- The election calendar: what the seed says about each vote, and whether a vote came from it.
ALTER TABLE core.elections ADD COLUMN early BOOLEAN;
ALTER TABLE core.elections ADD COLUMN body VARCHAR;
ALTER TABLE core.elections ADD COLUMN name_ru VARCHAR;
ALTER TABLE core.elections ADD COLUMN name_kk VARCHAR;
ALTER TABLE core.elections ADD COLUMN in_calendar BOOLEAN DEFAULT false;
ALTER TABLE core.elections ADD COLUMN created_by_document VARCHAR;
COMMENT ON TABLE core.elections IS 'National votes: the calendar (warehouse/seeds/elections.csv) plus any vote a document states with its date and type that the calendar lacks (in_calendar false).';
COMMENT ON COLUMN core.elections.election_type IS 'presidential, parliamentary (Supreme Council, Mazhilis, Kurultai) or referendum.';
COMMENT ON COLUMN core.elections.name_en IS 'English name (the calendar''s, e.g. Early presidential election; for a vote not in the calendar, as the documents word it).';
COMMENT ON COLUMN core.elections.early IS 'True for an early (внеочередные, кезектен тыс) election; null when not known.';
COMMENT ON COLUMN core.elections.body IS 'What was elected: President, Supreme Council, Mazhilis or Kurultai; null for referendums.';
COMMENT ON COLUMN core.elections.name_ru IS 'Official name in Russian (calendar).';
COMMENT ON COLUMN core.elections.name_kk IS 'Official name in Kazakh (calendar).';
COMMENT ON COLUMN core.elections.in_calendar IS 'True when the vote is in the calendar seed; false when a document''s text created it (the run reports it).';
COMMENT ON COLUMN core.elections.created_by_document IS 'For a vote not in the calendar: the document (raw.documents) whose text stated its date and type.';

-- Results sets that load although their shares sum clearly below 100 (a contestant missing from the text).
ALTER TABLE core.results ADD COLUMN incomplete BOOLEAN DEFAULT false;
COMMENT ON COLUMN core.results.incomplete IS 'True when this claim''s set (document x election x region x stage) is consistent with its base but its shares sum clearly below 100: some contestant is missing.';

-- Validations are recorded per level: errors refuse a claim set, warnings only flag it.
ALTER TABLE audit.validations ADD COLUMN level VARCHAR DEFAULT 'error';
ALTER TABLE audit.validations ADD COLUMN claim_set VARCHAR;
COMMENT ON TABLE audit.validations IS 'Every Great Expectations suite run: per staged table and document (level error), plus one row per claim set a warning-level expectation flagged (level warning).';
COMMENT ON COLUMN audit.validations.success IS 'True when every expectation of this level held for this document (or claim set).';
COMMENT ON COLUMN audit.validations.level IS 'error (a failure refuses the claim set it concerns) or warning (the set loads, flagged, e.g. incomplete).';
COMMENT ON COLUMN audit.validations.claim_set IS 'For a warning: the claim set it concerns (e.g. results kz-2019-06-09-presidential KZ final); null for the per-document error row.';

-- What was refused is a claim set, not a whole document.
ALTER TABLE audit.quarantine ADD COLUMN claim_set VARCHAR;
COMMENT ON TABLE audit.quarantine IS 'Claim sets that were refused, and why (a whole document only when it could not be parsed or its own metadata failed); raw bodies stay archived.';
COMMENT ON COLUMN audit.quarantine.table_name IS 'Staged table that failed (results, turnout, detentions, infractions, documents), parse (the document could not be parsed) or election (figures naming no election).';
COMMENT ON COLUMN audit.quarantine.claim_set IS 'The refused set: results <election> <region> <stage>, turnout <election> <region> <stage> <as_of>, detention <id>, infraction <id>; document when the whole document is refused.';

-- Figures (or clauses) a parser saw and could not read: recorded, never guessed.
CREATE TABLE audit.unread (
    run_id      VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    url         VARCHAR,
    page        INTEGER,
    clause      VARCHAR NOT NULL,
    figure      VARCHAR,
    reason      VARCHAR NOT NULL
);
COMMENT ON TABLE audit.unread IS 'What each run''s parsers saw and could not read: one row per clause or figure, with why.';
COMMENT ON COLUMN audit.unread.run_id IS 'Run (audit.runs).';
COMMENT ON COLUMN audit.unread.document_id IS 'Document the clause is in (raw.documents).';
COMMENT ON COLUMN audit.unread.url IS 'URL of that document.';
COMMENT ON COLUMN audit.unread.page IS 'Physical page of the PDF (1-based); null for HTML pages.';
COMMENT ON COLUMN audit.unread.clause IS 'The sentence, list item or table row, as written.';
COMMENT ON COLUMN audit.unread.figure IS 'The number as written, when one figure is concerned.';
COMMENT ON COLUMN audit.unread.reason IS 'Why it was not read, in words.';

ALTER TABLE audit.runs ADD COLUMN figures_unread INTEGER;
ALTER TABLE audit.runs ADD COLUMN claim_sets_refused INTEGER;
ALTER TABLE audit.runs ADD COLUMN elections_created VARCHAR;
COMMENT ON COLUMN audit.runs.documents_quarantined IS 'Documents with at least one refused claim set (or refused whole).';
COMMENT ON COLUMN audit.runs.figures_unread IS 'Rows this run wrote to audit.unread (clauses and figures seen but not read).';
COMMENT ON COLUMN audit.runs.claim_sets_refused IS 'Claim sets refused in this run (rows of audit.quarantine).';
COMMENT ON COLUMN audit.runs.elections_created IS 'Votes absent from the calendar that this run created from a document''s stated date and type, comma separated; null when none.';
