-- Schema version 6: the health of each configured mailbox (issue 14) and the
-- table the staff pages read it from (issue 16).
--
-- One row per configured mailbox name. A "full pass" is one in which every
-- email in the watched folder was seen, recorded and moved. Reminders are
-- only sent while every IMAP mailbox completed one recently
-- (`reminders.max_staleness`), so that no reminder is computed from a ledger
-- that has not read its mail. Times are on the command's clock (`--now` /
-- TAKEDOWN_NOW when set), RFC 3339 UTC like every other time here.
CREATE TABLE mailbox_passes (
    mailbox              TEXT PRIMARY KEY,             -- [[mailbox]] name from config.toml
    kind                 TEXT NOT NULL,                -- imap, maildir, mbox
    last_full_pass_at    TEXT,                         -- NULL: never completed a full pass
    last_attempt_at      TEXT,                         -- start of the latest pass, successful or not
    consecutive_failures INTEGER NOT NULL DEFAULT 0,   -- failed passes since the last full one
    last_error_class     TEXT,                         -- e.g. connect, tls, login, folder, fetch, ledger; NULL after a full pass
    last_error           TEXT                          -- the message, for staff; NULL after a full pass
) STRICT;
