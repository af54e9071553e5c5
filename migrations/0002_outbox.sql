-- Schema version 2: outgoing mail. Every email we send is a row here before
-- it is sent; `state` goes queued -> sending -> sent | failed, and a row found
-- in `sending` after a crash becomes `uncertain` rather than being sent again.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('reminder','digest')),
    request      INTEGER REFERENCES requests(id),
    step         INTEGER NOT NULL DEFAULT 0,   -- reminder number for the request (1, 2, ...)
    dedup_key    TEXT NOT NULL UNIQUE,         -- e.g. reminder:KCSC-240901-01:2, digest:2024-09-10
    message_id   TEXT NOT NULL UNIQUE,         -- without <>
    recipients   TEXT NOT NULL,                -- JSON array of envelope recipients
    subject      TEXT NOT NULL,
    raw          BLOB NOT NULL,                -- the exact email, uncompressed
    state        TEXT NOT NULL CHECK (state IN ('queued','sending','sent','failed','uncertain','bounced')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    next_attempt TEXT,
    sent_at      TEXT,
    last_error   TEXT,
    server_reply TEXT,
    escalated    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX outbox_state ON outbox(state, next_attempt);
CREATE INDEX outbox_request ON outbox(request, step);
