-- takedown ledger, schema version 3: takedown's own DKIM/DMARC verdict.
-- `dkim` is JSON written when trust.verify is "dkim" or "both":
-- {"signatures": [{"domain", "selector", "result", "detail"}], "dmarc",
--  "dmarc_domain", "error"}; NULL when takedown did not check (verify =
-- "authentication-results", or the email could not be read). A DKIM check is
-- a point-in-time observation (keys rotate, signatures expire), so
-- `takedown reprocess` reuses this verdict instead of asking DNS again.
ALTER TABLE messages ADD COLUMN dkim TEXT;
