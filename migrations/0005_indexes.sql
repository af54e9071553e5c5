-- takedown ledger, schema version 5: indexes for the staff queries and
-- matching on large ledgers (issue 7: 1,000,000 items). Indexes only: no
-- table changes, nothing to convert.

-- Every item's request and status in a covering index: `requests` (status
-- counts per request) and `requests --overdue` (has an item still pending)
-- read the index alone instead of each item's table row.
CREATE INDEX items_request_status ON items(request_id, status);

-- Matching looks items up by URL key for their request; with request_id in
-- the index it never reads the table row. It serves every lookup the old
-- items_url_key(url_key) served, so that one goes (one index less to write).
CREATE INDEX items_url_key_request ON items(url_key, request_id);
DROP INDEX items_url_key;
