-- takedown ledger, schema version 1.
-- Times are TEXT in RFC 3339, UTC, to the second ("2024-09-08T14:59:59Z"), so
-- that they sort and compare as text. Statuses: pending, removed, restricted,
-- rejected, not_found.

-- One removal request sent to one platform.
CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,          -- e.g. KCSC-240901-01
    platform    TEXT NOT NULL,                 -- platform id from config.toml
    sent_at     TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    category    TEXT,
    message_id  TEXT,                          -- Message-ID of our request email, without <>
    note        TEXT,
    case_number TEXT,                          -- the platform's own case number, learned from its first matched reply
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX requests_message_id ON requests(message_id);
CREATE INDEX requests_platform ON requests(platform, due_at);

-- One URL of a request. `status` is the current status; item_events holds how it got there.
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    url         TEXT NOT NULL,                 -- exactly as imported
    url_key     TEXT NOT NULL,                 -- normalized matching key
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending','removed','restricted','rejected','not_found')),
    updated_at  TEXT,
    evidence    INTEGER REFERENCES messages(id),   -- the email behind the current status (NULL: staff or none)
    staff_lock  INTEGER NOT NULL DEFAULT 0 CHECK (staff_lock IN (0,1)), -- 1: a staff `mark` stands
    UNIQUE (request_id, url)
) STRICT;
CREATE INDEX items_url_key ON items(url_key);
CREATE INDEX items_status ON items(status, request_id);

-- Every email ever ingested, raw bytes included (deflate-compressed).
CREATE TABLE messages (
    id             INTEGER PRIMARY KEY,
    message_id     TEXT,                       -- without <>; NULL when the email has none
    sha256         TEXT NOT NULL UNIQUE,       -- of the raw bytes as received
    from_addr      TEXT,
    subject        TEXT,
    date           TEXT,                       -- the Date: header, when it parses
    received_at    TEXT NOT NULL,              -- when takedown recorded it
    size           INTEGER NOT NULL,
    raw            BLOB NOT NULL,
    raw_encoding   TEXT NOT NULL CHECK (raw_encoding IN ('deflate','deflate-headers-only')),
    origin         TEXT NOT NULL,              -- file path, maildir file, or imap:<mailbox>/<folder>/<uidvalidity>/<uid>
    platform       TEXT,                       -- platform the sender belongs to, if any
    trust          TEXT NOT NULL,              -- trusted | untrusted | not_checked
    trust_reason   TEXT NOT NULL,
    classification TEXT NOT NULL,              -- confirmation, auto_reply, bounce, acknowledgement, forwarded, request_for_info, other, malformed, too_large
    outcome        TEXT NOT NULL,              -- applied, no_change, ignored, review, duplicate, refused
    detail         TEXT NOT NULL DEFAULT '',
    duplicate_of   INTEGER REFERENCES messages(id),
    disposition    TEXT NOT NULL CHECK (disposition IN ('processed','review'))  -- mailbox folder it belongs in
) STRICT;
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_received ON messages(received_at);

-- Every (url, status) statement extracted from an email, matched or not.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    message     INTEGER NOT NULL REFERENCES messages(id),
    url         TEXT NOT NULL,                 -- as written in the email
    url_key     TEXT,
    status      TEXT NOT NULL,
    item        INTEGER REFERENCES items(id),  -- NULL: matched no item
    result      TEXT NOT NULL,                 -- applied, unchanged, unmatched, wrong_platform, staff_lock, regression, not_applied
    via         TEXT NOT NULL DEFAULT ''       -- where in the email: text, html, csv, xlsx, bulk, channel
) STRICT;
CREATE INDEX claims_message ON claims(message);
CREATE INDEX claims_item ON claims(item);

-- Append-only history of item statuses, hash-chained (see docs/SCHEMA.md).
CREATE TABLE item_events (
    id          INTEGER PRIMARY KEY,
    item        INTEGER NOT NULL REFERENCES items(id),
    at          TEXT NOT NULL,
    old_status  TEXT NOT NULL,
    new_status  TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('email','bulk','staff','review')),
    message     INTEGER REFERENCES messages(id),
    actor       TEXT NOT NULL,                 -- platform id for emails, staff name for staff actions
    note        TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX item_events_item ON item_events(item);
CREATE TRIGGER item_events_no_update BEFORE UPDATE ON item_events
BEGIN SELECT RAISE(ABORT, 'item_events is append-only'); END;
CREATE TRIGGER item_events_no_delete BEFORE DELETE ON item_events
BEGIN SELECT RAISE(ABORT, 'item_events is append-only'); END;
CREATE TRIGGER messages_raw_immutable BEFORE UPDATE OF raw, sha256, raw_encoding ON messages
BEGIN SELECT RAISE(ABORT, 'raw emails are evidence and cannot be changed'); END;
CREATE TRIGGER messages_no_delete BEFORE DELETE ON messages
BEGIN SELECT RAISE(ABORT, 'raw emails are evidence and cannot be deleted'); END;

-- Emails a person must look at. One entry per email.
CREATE TABLE review (
    id              INTEGER PRIMARY KEY,
    message         INTEGER NOT NULL UNIQUE REFERENCES messages(id),
    reason          TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    resolved_at     TEXT,
    resolved_by     TEXT,
    resolution_note TEXT,
    applied         INTEGER CHECK (applied IN (0,1))
) STRICT;

-- Links between emails and the requests they refer to.
CREATE TABLE message_requests (
    message  INTEGER NOT NULL REFERENCES messages(id),
    request  INTEGER NOT NULL REFERENCES requests(id),
    how      TEXT NOT NULL,                    -- ref, in-reply-to, plus-address, case-number, date, urls
    PRIMARY KEY (message, request)
) STRICT;

-- IMAP sync state per mailbox name and folder.
CREATE TABLE imap_state (
    mailbox     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    synced_at   TEXT NOT NULL,
    PRIMARY KEY (mailbox, folder)
) STRICT;

-- Views for staff using sqlite3.
CREATE VIEW item_status AS
SELECT r.ref, r.platform, r.sent_at, r.due_at, i.url, i.status, i.updated_at,
       m.message_id AS evidence_message_id, i.staff_lock
FROM items i JOIN requests r ON r.id = i.request_id
LEFT JOIN messages m ON m.id = i.evidence;

CREATE VIEW pending_items AS
SELECT * FROM item_status WHERE status = 'pending';

-- Overdue: deadline passed, still pending. Compare with the current UTC time.
CREATE VIEW overdue_items AS
SELECT * FROM item_status
WHERE status = 'pending' AND due_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

CREATE VIEW open_review AS
SELECT v.id, m.message_id, v.reason, v.detail, m.from_addr, m.subject, m.received_at
FROM review v JOIN messages m ON m.id = v.message
WHERE v.resolved_at IS NULL;

CREATE VIEW unmatched_claims AS
SELECT c.id, m.message_id, m.platform, c.url, c.status, m.received_at
FROM claims c JOIN messages m ON m.id = c.message
WHERE c.result = 'unmatched';
