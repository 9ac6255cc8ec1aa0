-- Warehouse contract v1 (DESIGN.md): schemas raw, core, marts, audit.
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS marts;
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE raw.documents (
    document_id       VARCHAR PRIMARY KEY,
    source            VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    language          VARCHAR,
    title             VARCHAR,
    published_on      DATE,
    doc_kind          VARCHAR NOT NULL,
    election_id       VARCHAR,
    fetched_at        TIMESTAMP,
    content_type      VARCHAR,
    byte_size         BIGINT,
    archive_path      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE raw.documents IS 'Every fetched body, once: identified by the SHA-256 of its bytes and stored in the raw archive.';
COMMENT ON COLUMN raw.documents.document_id IS 'SHA-256 (hex) of the body; the file name in the archive.';
COMMENT ON COLUMN raw.documents.source IS 'Publisher site: cec (election.gov.kz) or osce (osce.org, ODIHR).';
COMMENT ON COLUMN raw.documents.url IS 'URL the body was fetched from (the first one, when several URLs serve the same bytes).';
COMMENT ON COLUMN raw.documents.language IS 'Language of the document: ru, kk or en.';
COMMENT ON COLUMN raw.documents.title IS 'Title as published (page heading, PDF cover or listing link text).';
COMMENT ON COLUMN raw.documents.published_on IS 'Publication date printed on the document or its listing.';
COMMENT ON COLUMN raw.documents.doc_kind IS 'Kind recognised from the content: results_preliminary, results_final, turnout, violations, odihr_statement, odihr_final_report, odihr_other, listing, election_page, other.';
COMMENT ON COLUMN raw.documents.election_id IS 'Election the document is about (kz-YYYY-MM-DD-TYPE), when it is about one.';
COMMENT ON COLUMN raw.documents.fetched_at IS 'When the body was fetched (UTC).';
COMMENT ON COLUMN raw.documents.content_type IS 'Content-Type header the server sent.';
COMMENT ON COLUMN raw.documents.byte_size IS 'Size of the body in bytes.';
COMMENT ON COLUMN raw.documents.archive_path IS 'Path of the body inside the raw archive (objects/ab/<sha256>).';
COMMENT ON COLUMN raw.documents.extractor_version IS 'Version of the extractors that produced this document''s claims; a newer version re-parses it.';

CREATE TABLE core.elections (
    election_id   VARCHAR PRIMARY KEY,
    election_type VARCHAR NOT NULL,
    election_date DATE NOT NULL,
    name_en       VARCHAR
);
COMMENT ON TABLE core.elections IS 'National votes named by the documents: presidential, parliamentary elections and referendums.';
COMMENT ON COLUMN core.elections.election_id IS 'kz-YYYY-MM-DD-TYPE, e.g. kz-2019-06-09-presidential.';
COMMENT ON COLUMN core.elections.election_type IS 'presidential, parliamentary or referendum.';
COMMENT ON COLUMN core.elections.election_date IS 'Voting day.';
COMMENT ON COLUMN core.elections.name_en IS 'English name as the documents word it (e.g. early presidential election).';

CREATE TABLE core.contestants (
    contestant_id   VARCHAR PRIMARY KEY,
    contestant_type VARCHAR NOT NULL,
    name_en         VARCHAR,
    name_ru         VARCHAR,
    name_kk         VARCHAR
);
COMMENT ON TABLE core.contestants IS 'Who or what was on the ballot: candidates, party lists, referendum answers, against all; one row whatever the language or transliteration.';
COMMENT ON COLUMN core.contestants.contestant_id IS 'Stable id (slug of the English name).';
COMMENT ON COLUMN core.contestants.contestant_type IS 'candidate, party, option (referendum answer) or against_all.';
COMMENT ON COLUMN core.contestants.name_en IS 'Name in English.';
COMMENT ON COLUMN core.contestants.name_ru IS 'Name in Russian (candidates: Surname Name Patronymic).';
COMMENT ON COLUMN core.contestants.name_kk IS 'Name in Kazakh.';

CREATE TABLE core.regions (
    region_code VARCHAR PRIMARY KEY,
    name_en     VARCHAR NOT NULL,
    name_ru     VARCHAR,
    name_kk     VARCHAR,
    valid_from  DATE,
    valid_to    DATE
);
COMMENT ON TABLE core.regions IS 'Regions and cities of republican significance (ISO 3166-2:KZ), and KZ for the national level.';
COMMENT ON COLUMN core.regions.region_code IS 'ISO 3166-2:KZ code, or KZ for the whole country.';
COMMENT ON COLUMN core.regions.name_en IS 'English name.';
COMMENT ON COLUMN core.regions.name_ru IS 'Russian name(s), | separated.';
COMMENT ON COLUMN core.regions.name_kk IS 'Kazakh name(s), | separated.';
COMMENT ON COLUMN core.regions.valid_from IS 'First day the region existed (null: before the data starts).';
COMMENT ON COLUMN core.regions.valid_to IS 'Last day the region existed (null: still exists).';

CREATE TABLE core.results (
    election_id       VARCHAR NOT NULL,
    region_code       VARCHAR NOT NULL,
    contestant_id     VARCHAR NOT NULL,
    stage             VARCHAR NOT NULL,
    votes             BIGINT,
    vote_share_pct    DOUBLE,
    seats             INTEGER,
    document_id       VARCHAR NOT NULL,
    page              INTEGER,
    evidence          VARCHAR NOT NULL,
    source            VARCHAR NOT NULL,
    language          VARCHAR,
    name_as_written   VARCHAR NOT NULL,
    region_as_written VARCHAR
);
COMMENT ON TABLE core.results IS 'One row per claim: a contestant''s votes, share or seats as one document states them.';
COMMENT ON COLUMN core.results.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN core.results.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN core.results.contestant_id IS 'Contestant (core.contestants).';
COMMENT ON COLUMN core.results.stage IS 'preliminary (announced the morning after) or final (established results).';
COMMENT ON COLUMN core.results.votes IS 'Votes as published; null when the document gives only a share or seats.';
COMMENT ON COLUMN core.results.vote_share_pct IS 'Share of the vote in per cent, as published.';
COMMENT ON COLUMN core.results.seats IS 'Seats won (party lists), as published.';
COMMENT ON COLUMN core.results.document_id IS 'Document the claim was read from (raw.documents).';
COMMENT ON COLUMN core.results.page IS 'Physical page of the PDF (1-based); null for HTML pages.';
COMMENT ON COLUMN core.results.evidence IS 'The exact sentence or table row the figure came from.';
COMMENT ON COLUMN core.results.source IS 'Publisher of the document: cec or osce.';
COMMENT ON COLUMN core.results.language IS 'Language of the document: ru, kk or en.';
COMMENT ON COLUMN core.results.name_as_written IS 'Contestant name exactly as the document writes it.';
COMMENT ON COLUMN core.results.region_as_written IS 'Area name exactly as the document writes it (null for national totals).';

CREATE TABLE core.turnout (
    election_id         VARCHAR NOT NULL,
    region_code         VARCHAR NOT NULL,
    stage               VARCHAR NOT NULL,
    as_of               VARCHAR,
    registered_voters   BIGINT,
    ballots_cast        BIGINT,
    turnout_pct         DOUBLE,
    invalid_ballots     BIGINT,
    both_marked_ballots BIGINT,
    polling_stations    INTEGER,
    document_id         VARCHAR NOT NULL,
    page                INTEGER,
    evidence            VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    language            VARCHAR,
    region_as_written   VARCHAR
);
COMMENT ON TABLE core.turnout IS 'One row per claim: registered voters, ballots cast, turnout and related totals for one area, as one document states them.';
COMMENT ON COLUMN core.turnout.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN core.turnout.region_code IS 'ISO 3166-2:KZ code of the area, KZ for national totals.';
COMMENT ON COLUMN core.turnout.stage IS 'preliminary (election-night bulletins and preliminary results) or final.';
COMMENT ON COLUMN core.turnout.as_of IS 'Clock time of an hourly bulletin (e.g. 20:00); null for results.';
COMMENT ON COLUMN core.turnout.registered_voters IS 'Voters on the lists.';
COMMENT ON COLUMN core.turnout.ballots_cast IS 'Voters who received ballots (took part).';
COMMENT ON COLUMN core.turnout.turnout_pct IS 'Turnout in per cent, as published.';
COMMENT ON COLUMN core.turnout.invalid_ballots IS 'Ballots declared invalid.';
COMMENT ON COLUMN core.turnout.both_marked_ballots IS 'Referendum ballots marked in both boxes (a category the CEC reports separately).';
COMMENT ON COLUMN core.turnout.polling_stations IS 'Number of polling stations (precinct election commissions).';
COMMENT ON COLUMN core.turnout.document_id IS 'Document the claim was read from (raw.documents).';
COMMENT ON COLUMN core.turnout.page IS 'Physical page of the PDF (1-based); null for HTML pages.';
COMMENT ON COLUMN core.turnout.evidence IS 'The exact sentence or table row the figures came from.';
COMMENT ON COLUMN core.turnout.source IS 'Publisher of the document: cec or osce.';
COMMENT ON COLUMN core.turnout.language IS 'Language of the document: ru, kk or en.';
COMMENT ON COLUMN core.turnout.region_as_written IS 'Area name exactly as the document writes it (null for national totals).';

CREATE TABLE core.detentions (
    detention_id VARCHAR PRIMARY KEY,
    election_id  VARCHAR NOT NULL,
    date_from    DATE,
    date_to      DATE,
    location     VARCHAR,
    region_code  VARCHAR,
    detained_min BIGINT,
    detained_max BIGINT,
    qualifier    VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,
    reported_by  VARCHAR,
    document_id  VARCHAR NOT NULL,
    page         INTEGER,
    evidence     VARCHAR NOT NULL
);
COMMENT ON TABLE core.detentions IS 'One row per claim: people detained around an election, as one sentence reports it.';
COMMENT ON COLUMN core.detentions.detention_id IS 'Stable id: hash of document, evidence and figure.';
COMMENT ON COLUMN core.detentions.election_id IS 'Election the detentions surround (core.elections).';
COMMENT ON COLUMN core.detentions.date_from IS 'First day of the detentions, resolved from the sentence against the election date.';
COMMENT ON COLUMN core.detentions.date_to IS 'Last day of the detentions.';
COMMENT ON COLUMN core.detentions.location IS 'Place as written (e.g. Nur-Sultan and Almaty).';
COMMENT ON COLUMN core.detentions.region_code IS 'ISO 3166-2:KZ code when the place resolves to one region.';
COMMENT ON COLUMN core.detentions.detained_min IS 'Lower bound of the number detained (null when no count is given).';
COMMENT ON COLUMN core.detentions.detained_max IS 'Upper bound; null = open-ended (at least, more than) or no count.';
COMMENT ON COLUMN core.detentions.qualifier IS 'Counting word as worded, normalised: exact, approximately, at least, more than, up to, dozens, hundreds, several, in large numbers.';
COMMENT ON COLUMN core.detentions.subject IS 'Who was detained: protesters, journalists, activists, observers, human rights defenders, people.';
COMMENT ON COLUMN core.detentions.reported_by IS 'Who the sentence says reported it (not simply the publisher).';
COMMENT ON COLUMN core.detentions.document_id IS 'Document the claim was read from (raw.documents).';
COMMENT ON COLUMN core.detentions.page IS 'Physical page of the PDF (1-based); null for HTML pages.';
COMMENT ON COLUMN core.detentions.evidence IS 'The exact sentence.';

CREATE TABLE core.infractions (
    infraction_id VARCHAR PRIMARY KEY,
    election_id   VARCHAR NOT NULL,
    category      VARCHAR NOT NULL,
    measure       VARCHAR NOT NULL,
    value         DOUBLE,
    qualifier     VARCHAR NOT NULL,
    location      VARCHAR,
    region_code   VARCHAR,
    reported_by   VARCHAR,
    document_id   VARCHAR NOT NULL,
    page          INTEGER,
    evidence      VARCHAR NOT NULL
);
COMMENT ON TABLE core.infractions IS 'One row per claim: an electoral violation or irregularity, counted or only observed.';
COMMENT ON COLUMN core.infractions.infraction_id IS 'Stable id: hash of document, evidence and figure.';
COMMENT ON COLUMN core.infractions.election_id IS 'Election (core.elections).';
COMMENT ON COLUMN core.infractions.category IS 'ballot_box_stuffing, voter_impersonation, multiple_ballots_issued, group_voting, identical_signatures, counting_irregularity, illegal_campaigning, pressure_on_voters, observer_obstruction, mixed, other.';
COMMENT ON COLUMN core.infractions.measure IS 'What the value counts: reports, complaints, violations, administrative_cases, administrative_offences, criminal_cases, polling_stations, share_of_observations_pct, observed.';
COMMENT ON COLUMN core.infractions.value IS 'The count or share; null when observed without a count.';
COMMENT ON COLUMN core.infractions.qualifier IS 'Counting word as worded, normalised: exact, approximately, at least, more than, cases, ...';
COMMENT ON COLUMN core.infractions.location IS 'Place as written, when the sentence names one.';
COMMENT ON COLUMN core.infractions.region_code IS 'ISO 3166-2:KZ code when the place resolves to one region.';
COMMENT ON COLUMN core.infractions.reported_by IS 'Who the sentence says reported it (CEC, Prosecutor General''s Office, ODIHR, ...).';
COMMENT ON COLUMN core.infractions.document_id IS 'Document the claim was read from (raw.documents).';
COMMENT ON COLUMN core.infractions.page IS 'Physical page of the PDF (1-based); null for HTML pages.';
COMMENT ON COLUMN core.infractions.evidence IS 'The exact sentence.';

CREATE TABLE audit.runs (
    run_id                VARCHAR PRIMARY KEY,
    started_at            TIMESTAMP NOT NULL,
    finished_at           TIMESTAMP,
    status                VARCHAR NOT NULL,
    documents_fetched     INTEGER,
    documents_failed      INTEGER,
    documents_parsed      INTEGER,
    documents_quarantined INTEGER,
    rows_loaded           VARCHAR,
    message               VARCHAR
);
COMMENT ON TABLE audit.runs IS 'One row per pipeline run: when, how it ended, what it did.';
COMMENT ON COLUMN audit.runs.run_id IS 'Run identifier (UTC timestamp and random suffix).';
COMMENT ON COLUMN audit.runs.started_at IS 'Start of the run (UTC).';
COMMENT ON COLUMN audit.runs.finished_at IS 'Publication of the run''s warehouse state (UTC).';
COMMENT ON COLUMN audit.runs.status IS 'ok, partial (some documents failed or were refused) or failed.';
COMMENT ON COLUMN audit.runs.documents_fetched IS 'URLs that answered with a body or a 304.';
COMMENT ON COLUMN audit.runs.documents_failed IS 'URLs that could not be fetched.';
COMMENT ON COLUMN audit.runs.documents_parsed IS 'Documents parsed in this run (new or changed, or parsed by an older extractor).';
COMMENT ON COLUMN audit.runs.documents_quarantined IS 'Documents whose claims were refused.';
COMMENT ON COLUMN audit.runs.rows_loaded IS 'Rows loaded per table, as JSON.';
COMMENT ON COLUMN audit.runs.message IS 'One-line summary of what failed, if anything.';

CREATE TABLE audit.fetches (
    run_id      VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    role        VARCHAR,
    status      INTEGER,
    attempts    INTEGER NOT NULL,
    error       VARCHAR,
    byte_size   BIGINT,
    document_id VARCHAR,
    changed     BOOLEAN NOT NULL
);
COMMENT ON TABLE audit.fetches IS 'One row per URL per run: what the server answered.';
COMMENT ON COLUMN audit.fetches.run_id IS 'Run (audit.runs).';
COMMENT ON COLUMN audit.fetches.url IS 'URL requested.';
COMMENT ON COLUMN audit.fetches.source IS 'cec or osce.';
COMMENT ON COLUMN audit.fetches.role IS 'Why it was fetched: listing, release, country_page, election_page, report.';
COMMENT ON COLUMN audit.fetches.status IS 'HTTP status of the last attempt; null when no answer came.';
COMMENT ON COLUMN audit.fetches.attempts IS 'Requests made (1 + retries).';
COMMENT ON COLUMN audit.fetches.error IS 'Why it failed, in words; null on success.';
COMMENT ON COLUMN audit.fetches.byte_size IS 'Bytes of the body (archived or unchanged).';
COMMENT ON COLUMN audit.fetches.document_id IS 'Document the URL served (raw.documents), also on a 304.';
COMMENT ON COLUMN audit.fetches.changed IS 'True when a new body was archived in this run.';

CREATE TABLE audit.validations (
    run_id              VARCHAR NOT NULL,
    suite               VARCHAR NOT NULL,
    document_id         VARCHAR,
    success             BOOLEAN NOT NULL,
    failed_expectations VARCHAR
);
COMMENT ON TABLE audit.validations IS 'Every Great Expectations suite run: per staged table and document.';
COMMENT ON COLUMN audit.validations.run_id IS 'Run (audit.runs).';
COMMENT ON COLUMN audit.validations.suite IS 'Suite name (one per staged table).';
COMMENT ON COLUMN audit.validations.document_id IS 'Document whose rows were judged.';
COMMENT ON COLUMN audit.validations.success IS 'True when every expectation held for this document.';
COMMENT ON COLUMN audit.validations.failed_expectations IS 'The expectations that failed, in words.';

CREATE TABLE audit.quarantine (
    run_id         VARCHAR NOT NULL,
    document_id    VARCHAR NOT NULL,
    url            VARCHAR,
    table_name     VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    quarantined_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE audit.quarantine IS 'Documents whose claims were refused, and why; their raw bodies stay archived.';
COMMENT ON COLUMN audit.quarantine.run_id IS 'Run (audit.runs).';
COMMENT ON COLUMN audit.quarantine.document_id IS 'Refused document (raw archive).';
COMMENT ON COLUMN audit.quarantine.url IS 'URL it came from.';
COMMENT ON COLUMN audit.quarantine.table_name IS 'Staged table that failed (results, turnout, detentions, infractions, documents) or parse.';
COMMENT ON COLUMN audit.quarantine.reason IS 'What failed, in words.';
COMMENT ON COLUMN audit.quarantine.quarantined_at IS 'When (UTC).';
