-- Schema version 8 (issue 12): what a forger or an editor of the file could
-- otherwise change unseen.

-- How a request's send date was given: 'time' (a full time), 'date' (a bare
-- date, stored as the end of that day; a statement counts from the start of
-- that day), 'filled' (`request add` without --sent filled in the time it
-- ran: says nothing about when the request went out, not used), 'unknown'
-- (recorded before version 8: treated as a bare date).
ALTER TABLE requests ADD COLUMN sent_at_given TEXT NOT NULL DEFAULT 'unknown'
    CHECK (sent_at_given = 'time' OR sent_at_given = 'date' OR sent_at_given = 'filled' OR sent_at_given = 'unknown');

-- For rows stored as 'deflate-headers-only' (too large), `sha256` is the
-- original's, which cannot be recomputed: a second SHA-256, of the header
-- bytes kept, lets `audit verify` check them. Filled in by the migration for
-- rows recorded before it.
ALTER TABLE messages ADD COLUMN header_sha256 TEXT;

-- Where the event hash formula changed. Events with id >= from_event are
-- hashed with `formula` (2: the request's ref and the item's URL are covered);
-- those before with formula 1, so that ledgers written before still verify.
CREATE TABLE chain_formats (
    from_event  INTEGER PRIMARY KEY,
    formula     INTEGER NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
INSERT INTO chain_formats (from_event, formula, recorded_at)
    SELECT COALESCE(MAX(id), 0) + 1, 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM item_events;
CREATE TRIGGER chain_formats_no_update BEFORE UPDATE ON chain_formats
BEGIN SELECT RAISE(ABORT, 'chain_formats is append-only'); END;
CREATE TRIGGER chain_formats_no_delete BEFORE DELETE ON chain_formats
BEGIN SELECT RAISE(ABORT, 'chain_formats is append-only'); END;

-- Staff acts that change no item status, chained like item_events (their
-- own chain, `audit verify` checks it): a review entry resolved, a request's
-- platform or dates changed by `request import --update`.
CREATE TABLE ledger_events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind = 'review_resolved' OR kind = 'request_updated'),
    review    INTEGER REFERENCES review(id),
    request   INTEGER REFERENCES requests(id),
    actor     TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE TRIGGER ledger_events_no_update BEFORE UPDATE ON ledger_events
BEGIN SELECT RAISE(ABORT, 'ledger_events is append-only'); END;
CREATE TRIGGER ledger_events_no_delete BEFORE DELETE ON ledger_events
BEGIN SELECT RAISE(ABORT, 'ledger_events is append-only'); END;

-- Identity: what staff read an item as. A request's ref and an item's URL,
-- key and request never change (`request import --update` changes platform
-- and dates only); rows are never deleted.
CREATE TRIGGER requests_ref_immutable BEFORE UPDATE OF ref ON requests
WHEN NEW.ref IS NOT OLD.ref
BEGIN SELECT RAISE(ABORT, 'a request''s ref cannot be changed'); END;
CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
BEGIN SELECT RAISE(ABORT, 'requests cannot be deleted'); END;
CREATE TRIGGER items_identity_immutable BEFORE UPDATE OF url, url_key, request_id ON items
WHEN NEW.url IS NOT OLD.url OR NEW.url_key IS NOT OLD.url_key OR NEW.request_id IS NOT OLD.request_id
BEGIN SELECT RAISE(ABORT, 'an item''s url, url_key and request cannot be changed'); END;
CREATE TRIGGER items_no_delete BEFORE DELETE ON items
BEGIN SELECT RAISE(ABORT, 'items cannot be deleted'); END;
