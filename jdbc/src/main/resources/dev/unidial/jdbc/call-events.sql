-- The call-event store: one row per event key, claimed under a lease until handled.
CREATE TABLE IF NOT EXISTS unidial_call_event (
    event_key   VARCHAR(500) PRIMARY KEY,
    handled     BOOLEAN      NOT NULL DEFAULT FALSE,
    lease_until TIMESTAMPTZ,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
