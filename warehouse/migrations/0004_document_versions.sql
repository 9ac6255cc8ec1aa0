-- Issue 10: a URL whose body changes gets a new version; older ones are superseded, never deleted, and a
-- document the site no longer serves is marked gone. Documents are named by their canonical URL (the real
-- site's); the URL actually fetched (a mirror, the snapshot on some port) is kept in audit.fetches.
ALTER TABLE raw.documents ADD COLUMN version INTEGER DEFAULT 1;
ALTER TABLE raw.documents ADD COLUMN is_current BOOLEAN DEFAULT true;
ALTER TABLE raw.documents ADD COLUMN superseded_at TIMESTAMP;
ALTER TABLE raw.documents ADD COLUMN superseded_by VARCHAR;
ALTER TABLE raw.documents ADD COLUMN gone_since TIMESTAMP;
COMMENT ON TABLE raw.documents IS 'Every fetched body, once: identified by the SHA-256 of its bytes and stored in the raw archive; each body is one version of its URL (older versions are superseded and kept, with their claims).';
COMMENT ON COLUMN raw.documents.url IS 'Canonical URL of the document on its real site (https://www.election.gov.kz/..., https://www.osce.org/...), whichever base URL served it; the first such URL when several serve the same bytes.';
COMMENT ON COLUMN raw.documents.fetched_at IS 'When this body was first fetched from its URL (UTC).';
COMMENT ON COLUMN raw.documents.version IS 'Version of the URL this body is: 1 for the first body it served, 2 for the next different one, ...';
COMMENT ON COLUMN raw.documents.is_current IS 'True for the newest version of its URL (what the marts read); false once a newer body superseded it (its claims stay in core).';
COMMENT ON COLUMN raw.documents.superseded_at IS 'When the newer version that superseded this one was fetched (UTC); null while current.';
COMMENT ON COLUMN raw.documents.superseded_by IS 'The document (raw.documents) that superseded this one; null while current.';
COMMENT ON COLUMN raw.documents.gone_since IS 'Since when the site answers 404/410 for this URL (UTC); its claims are kept; null while it is served.';

ALTER TABLE audit.fetches ADD COLUMN fetched_url VARCHAR;
ALTER TABLE audit.fetches ADD COLUMN note VARCHAR;
COMMENT ON COLUMN audit.fetches.url IS 'Canonical URL of the document (its URL on the real site).';
COMMENT ON COLUMN audit.fetches.fetched_url IS 'URL actually requested (the configured base URL: a mirror, the snapshot on some loopback port).';
COMMENT ON COLUMN audit.fetches.note IS 'What else happened: an archived body found missing or corrupt and fetched again unconditionally, or the document gone from the site (404/410) with its claims kept.';
