-- Schema version 11 (issue 17): requests that travel by email.
--
-- A request registered from a staff email keeps that email as its evidence:
-- `requests.source_message` is the email that created it (NULL for requests
-- imported from CSV or added by `request add`). Every email that registered
-- or extended a request is also linked in message_requests with
-- how = 'registered'.
ALTER TABLE requests ADD COLUMN source_message INTEGER REFERENCES messages(id);

-- The outbox also carries the requests takedown sends itself
-- (`takedown request send`): kind 'request', step 1 for the first send and
-- 2, 3, ... for each --resend. SQLite cannot change a CHECK, so the table is
-- rebuilt with the same rows and ids.
CREATE TABLE outbox_new (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind = 'reminder' OR kind = 'digest' OR kind = 'request'),
    request      INTEGER REFERENCES requests(id),
    step         INTEGER NOT NULL DEFAULT 0,
    dedup_key    TEXT NOT NULL UNIQUE,
    message_id   TEXT NOT NULL UNIQUE,
    recipients   TEXT NOT NULL,
    subject      TEXT NOT NULL,
    raw          BLOB NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('queued','sending','sent','failed','uncertain','bounced')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    next_attempt TEXT,
    sent_at      TEXT,
    last_error   TEXT,
    server_reply TEXT,
    escalated    INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO outbox_new SELECT id, kind, request, step, dedup_key, message_id, recipients, subject, raw,
    state, attempts, created_at, next_attempt, sent_at, last_error, server_reply, escalated FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, next_attempt);
CREATE INDEX outbox_request ON outbox(request, step);
