-- takedown ledger: indexes for the staff pages and the report (issue 16).
-- Indexes only: no table changes, nothing to convert.

-- `/requests` lists requests by deadline then reference, a page at a time,
-- and filters on a deadline range; the overview lists the overdue requests
-- (deadline before now) oldest first. Without it every page sorted all
-- requests.
CREATE INDEX requests_due_ref ON requests(due_at, ref);

-- The report selects the requests sent in its period (the overview: this
-- month's).
CREATE INDEX requests_sent ON requests(sent_at);
