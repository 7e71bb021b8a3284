-- singleton database schema. Single source of truth: singleton.store executes this file.
-- Bump schema_version (and teach singleton.store a migration) when a table changes.

CREATE TABLE IF NOT EXISTS singleton_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS runs_id_seq START 1;

-- One row per run. A run is resumable while status = 'running' or 'interrupted'.
CREATE TABLE IF NOT EXISTS runs (
    id                INTEGER PRIMARY KEY DEFAULT nextval('runs_id_seq'),
    name              VARCHAR NOT NULL,       -- pipeline name or the source as given
    source            VARCHAR NOT NULL,       -- JSON: kind, path/name, config, split, columns
    categories        VARCHAR[] NOT NULL,     -- category names extracted in this run
    options           VARCHAR NOT NULL,       -- JSON: the options that must match on resume
    extractor_version VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,       -- running | interrupted | failed | finished
    partial           BOOLEAN NOT NULL DEFAULT false,  -- stopped by --limit-docs before the end
    documents         BIGINT  NOT NULL DEFAULT 0,      -- rows read from the source (incl. skipped)
    bytes             BIGINT  NOT NULL DEFAULT 0,      -- UTF-8 bytes of text read
    skipped           BIGINT  NOT NULL DEFAULT 0,      -- rows with null / non-string / empty text
    mentions          BIGINT  NOT NULL DEFAULT 0,
    cursor            VARCHAR NOT NULL DEFAULT '{}',   -- JSON resume cursor, committed with each batch
    started_at        TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_at        TIMESTAMP NOT NULL DEFAULT current_timestamp,
    finished_at       TIMESTAMP
);

-- One row per extracted statement. Appended in Arrow batches; deliberately no unique index
-- (exactly-once comes from committing each batch with the run's cursor).
CREATE TABLE IF NOT EXISTS mentions (
    run_id       INTEGER NOT NULL,
    category     VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,   -- canonical subject key: what is counted
    subject_text VARCHAR NOT NULL,   -- the (resolved) name as written
    value        VARCHAR NOT NULL,   -- canonical value, e.g. an ISO date
    value_text   VARCHAR NOT NULL,   -- the value as written
    doc_id       VARCHAR NOT NULL,
    char_start   BIGINT  NOT NULL,   -- offsets of the statement in the document text
    char_end     BIGINT  NOT NULL,
    snippet      VARCHAR NOT NULL,
    doc_hash     VARCHAR NOT NULL    -- content hash of the document (for --unit dedup)
);
