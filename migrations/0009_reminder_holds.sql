-- Schema version 9 (issue 14): reminders and the digest held back because a
-- mailbox had not been read recently enough (`reminders.max_staleness`).
--
-- One row per episode and mailbox: opened by the first run that held the
-- reminders, extended by every later one, closed when a digest reports it.
-- The next digest that can be sent leads with the open rows, so staff learn
-- that reminders were held, for how long, and why.
CREATE TABLE reminder_holds (
    id             INTEGER PRIMARY KEY,
    mailbox        TEXT NOT NULL,   -- [[mailbox]] name from config.toml
    stale_since    TEXT,            -- its last full pass when the hold began; NULL: never read
    first_held_at  TEXT NOT NULL,   -- the first run held back (command's clock)
    last_held_at   TEXT NOT NULL,   -- the latest run held back
    reason         TEXT NOT NULL,   -- what the operator was told
    reported_in    TEXT             -- dedup key of the digest that reported it (e.g. digest:2024-09-10); NULL: not yet
) STRICT;
CREATE INDEX reminder_holds_open ON reminder_holds (mailbox) WHERE reported_in IS NULL;
