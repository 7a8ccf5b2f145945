-- The campaign journal: one row per idempotency key, one per chunk of a CallKaro fan-out, one per target.
CREATE TABLE IF NOT EXISTS unidial_journal (
    idem_key      VARCHAR(200) PRIMARY KEY,
    fingerprint   VARCHAR(128) NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    owner         VARCHAR(200),
    lease_until   TIMESTAMPTZ,
    steps         TEXT         NOT NULL DEFAULT '{}',
    campaign      TEXT,
    audience_size BIGINT,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS unidial_journal_chunk (
    idem_key    VARCHAR(200) NOT NULL,
    chunk       BIGINT       NOT NULL,
    owner       VARCHAR(200),
    lease_until TIMESTAMPTZ,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (idem_key, chunk)
);
CREATE TABLE IF NOT EXISTS unidial_journal_target (
    idem_key      VARCHAR(200) NOT NULL,
    idx           BIGINT       NOT NULL,
    phone         VARCHAR(32)  NOT NULL,
    state         VARCHAR(16),
    call_id       TEXT,
    error_type    TEXT,
    error_message TEXT,
    PRIMARY KEY (idem_key, idx)
);
