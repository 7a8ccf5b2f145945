-- The shared pacer: Bucket4j's token buckets, one row per bucket name.
CREATE TABLE IF NOT EXISTS unidial_pacer (
    id    VARCHAR(255) PRIMARY KEY,
    state BYTEA
);
