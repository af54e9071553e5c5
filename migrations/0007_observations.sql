-- Schema version 7: what takedown saw when it looked at an item's URL itself
-- (issue 18), and review entries that are about an item rather than an email.
--
-- An observation is never a status: statuses still come only from platform
-- statements and staff. Observations sit beside the item and may send it to
-- review (`still_online`).
CREATE TABLE observations (
    id          INTEGER PRIMARY KEY,
    item        INTEGER NOT NULL REFERENCES items(id),
    checked_at  TEXT NOT NULL,                       -- RFC 3339 UTC
    url         TEXT NOT NULL,                       -- the URL requested (the item's URL as imported)
    http_status INTEGER,                             -- NULL: no HTTP answer (DNS, TLS, timeout, refused)
    final_url   TEXT,                                -- after redirects
    redirects   TEXT NOT NULL DEFAULT '[]',          -- JSON array of the URLs redirected through
    verdict     TEXT NOT NULL CHECK (verdict = 'online' OR verdict = 'gone' OR verdict = 'unknown'),
    reason      TEXT NOT NULL,                       -- why this verdict: "HTTP 404", "matched gone_text \"…\"", "timeout after 10s", …
    streak      INTEGER NOT NULL                     -- consecutive observations of this item with this verdict, this one included
) STRICT;
CREATE INDEX observations_item ON observations(item, checked_at);

-- The review queue held one entry per email. An observation can put an item
-- in review with no email behind it (`still_online`), so `message` becomes
-- optional and `item` names the item such an entry is about. Ids are kept.
DROP VIEW open_review;
CREATE TABLE review_new (
    id              INTEGER PRIMARY KEY,
    message         INTEGER UNIQUE REFERENCES messages(id),  -- NULL: an entry about an item, not an email
    item            INTEGER REFERENCES items(id),            -- set for entries about one item (still_online)
    reason          TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    resolved_at     TEXT,
    resolved_by     TEXT,
    resolution_note TEXT,
    applied         INTEGER CHECK (applied IN (0,1)),
    CHECK (message IS NOT NULL OR item IS NOT NULL)
) STRICT;
INSERT INTO review_new (id, message, reason, detail, created_at, resolved_at, resolved_by, resolution_note, applied)
    SELECT id, message, reason, detail, created_at, resolved_at, resolved_by, resolution_note, applied FROM review;
DROP TABLE review;
ALTER TABLE review_new RENAME TO review;
CREATE INDEX review_item ON review(item);
CREATE INDEX review_open ON review(resolved_at);

CREATE VIEW open_review AS
SELECT v.id, m.message_id, v.reason, v.detail, m.from_addr, m.subject,
       COALESCE(m.received_at, v.created_at) AS received_at,
       r.ref, i.url
FROM review v
LEFT JOIN messages m ON m.id = v.message
LEFT JOIN items i ON i.id = v.item
LEFT JOIN requests r ON r.id = i.request_id
WHERE v.resolved_at IS NULL;
