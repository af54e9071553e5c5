//! Mailbox health (table `mailbox_passes`, migration 6) and reminders held
//! back for it (table `reminder_holds`, migration 9). Written by the daemon
//! on the command's clock; read by the freshness gate in front of reminders,
//! by the digest, and by the staff pages.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, parse_ts, ts};

/// One configured mailbox's record of passes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxPass {
    pub mailbox: String,
    pub kind: String,
    pub last_full_pass_at: Option<Timestamp>,
    pub last_attempt_at: Option<Timestamp>,
    pub consecutive_failures: u32,
    pub last_error_class: Option<String>,
    pub last_error: Option<String>,
}

/// An episode of reminders held back because of one mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderHold {
    pub id: i64,
    pub mailbox: String,
    pub stale_since: Option<Timestamp>,
    pub first_held_at: Timestamp,
    pub last_held_at: Timestamp,
    pub reason: String,
}

/// A nullable time column.
fn time_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Timestamp>> {
    Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(parse_ts))
}

impl Store {
    /// A pass over `mailbox` begins.
    pub fn pass_started(&self, mailbox: &str, kind: &str, now: Timestamp) -> Result<()> {
        self.conn.execute(
            "INSERT INTO mailbox_passes (mailbox, kind, last_attempt_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (mailbox) DO UPDATE SET kind = excluded.kind, last_attempt_at = excluded.last_attempt_at",
            params![mailbox, kind, ts(now)],
        )?;
        Ok(())
    }

    /// Every email of the watched folder was seen, recorded and moved.
    pub fn pass_completed(&self, mailbox: &str, kind: &str, now: Timestamp) -> Result<()> {
        self.conn.execute(
            "INSERT INTO mailbox_passes (mailbox, kind, last_full_pass_at, last_attempt_at, consecutive_failures)
             VALUES (?1, ?2, ?3, ?3, 0)
             ON CONFLICT (mailbox) DO UPDATE SET kind = excluded.kind,
                 last_full_pass_at = excluded.last_full_pass_at,
                 last_attempt_at = COALESCE(mailbox_passes.last_attempt_at, excluded.last_attempt_at),
                 consecutive_failures = 0, last_error_class = NULL, last_error = NULL",
            params![mailbox, kind, ts(now)],
        )?;
        Ok(())
    }

    /// A pass failed; returns the number of failures in a row.
    pub fn pass_failed(
        &self,
        mailbox: &str,
        kind: &str,
        class: &str,
        error: &str,
        now: Timestamp,
    ) -> Result<u32> {
        let n: i64 = self.conn.query_row(
            "INSERT INTO mailbox_passes (mailbox, kind, last_attempt_at, consecutive_failures, last_error_class, last_error)
             VALUES (?1, ?2, ?3, 1, ?4, ?5)
             ON CONFLICT (mailbox) DO UPDATE SET kind = excluded.kind,
                 last_attempt_at = COALESCE(mailbox_passes.last_attempt_at, excluded.last_attempt_at),
                 consecutive_failures = mailbox_passes.consecutive_failures + 1,
                 last_error_class = excluded.last_error_class, last_error = excluded.last_error
             RETURNING consecutive_failures",
            params![mailbox, kind, ts(now), class, error],
            |r| r.get(0),
        )?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// Every mailbox's record, by name.
    pub fn mailbox_passes(&self) -> Result<Vec<MailboxPass>> {
        let mut st = self.conn.prepare(
            "SELECT mailbox, kind, last_full_pass_at, last_attempt_at, consecutive_failures, last_error_class, last_error
             FROM mailbox_passes ORDER BY mailbox",
        )?;
        let rows = st.query_map([], |r| {
            let t = |i: usize| time_at(r, i);
            Ok(MailboxPass {
                mailbox: r.get(0)?,
                kind: r.get(1)?,
                last_full_pass_at: t(2)?,
                last_attempt_at: t(3)?,
                consecutive_failures: u32::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
                last_error_class: r.get(5)?,
                last_error: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that reminders were held back at `now` because of `mailbox`:
    /// extends its open episode, or opens one.
    pub fn hold_reminders(
        &self,
        mailbox: &str,
        stale_since: Option<Timestamp>,
        reason: &str,
        now: Timestamp,
    ) -> Result<()> {
        let open: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM reminder_holds WHERE mailbox = ?1 AND reported_in IS NULL ORDER BY id DESC LIMIT 1",
                params![mailbox],
                |r| r.get(0),
            )
            .optional()?;
        match open {
            Some(id) => {
                self.conn.execute(
                    "UPDATE reminder_holds SET last_held_at = ?2, reason = ?3 WHERE id = ?1",
                    params![id, ts(now), reason],
                )?;
            }
            None => {
                self.conn.execute(
                    "INSERT INTO reminder_holds (mailbox, stale_since, first_held_at, last_held_at, reason)
                     VALUES (?1, ?2, ?3, ?3, ?4)",
                    params![mailbox, stale_since.map(ts), ts(now), reason],
                )?;
            }
        }
        Ok(())
    }

    /// Holds not yet reported by a digest, oldest first.
    pub fn open_reminder_holds(&self) -> Result<Vec<ReminderHold>> {
        let mut st = self.conn.prepare(
            "SELECT id, mailbox, stale_since, first_held_at, last_held_at, reason
             FROM reminder_holds WHERE reported_in IS NULL ORDER BY first_held_at, id",
        )?;
        let rows = st.query_map([], |r| {
            let t = |i: usize| time_at(r, i);
            Ok(ReminderHold {
                id: r.get(0)?,
                mailbox: r.get(1)?,
                stale_since: t(2)?,
                first_held_at: t(3)?.unwrap_or(Timestamp::UNIX_EPOCH),
                last_held_at: t(4)?.unwrap_or(Timestamp::UNIX_EPOCH),
                reason: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The digest `digest_key` reported these holds.
    pub fn close_reminder_holds(&self, ids: &[i64], digest_key: &str) -> Result<()> {
        for id in ids {
            self.conn.execute(
                "UPDATE reminder_holds SET reported_in = ?2 WHERE id = ?1 AND reported_in IS NULL",
                params![id, digest_key],
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn passes_count_failures_and_reset_on_success() {
        let s = Store::open_in_memory().unwrap();
        s.pass_started("m", "imap", at("2024-09-10T00:00:00Z"))
            .unwrap();
        assert_eq!(
            s.pass_failed(
                "m",
                "imap",
                "connect",
                "refused",
                at("2024-09-10T00:00:01Z")
            )
            .unwrap(),
            1
        );
        assert_eq!(
            s.pass_failed(
                "m",
                "imap",
                "connect",
                "refused",
                at("2024-09-10T00:01:00Z")
            )
            .unwrap(),
            2
        );
        let p = &s.mailbox_passes().unwrap()[0];
        assert_eq!(p.last_full_pass_at, None);
        assert_eq!(p.consecutive_failures, 2);
        assert_eq!(p.last_error_class.as_deref(), Some("connect"));
        assert_eq!(p.last_attempt_at, Some(at("2024-09-10T00:00:00Z")));
        s.pass_completed("m", "imap", at("2024-09-10T00:02:00Z"))
            .unwrap();
        let p = &s.mailbox_passes().unwrap()[0];
        assert_eq!(p.last_full_pass_at, Some(at("2024-09-10T00:02:00Z")));
        assert_eq!(p.consecutive_failures, 0);
        assert_eq!(p.last_error, None);
    }

    #[test]
    fn holds_are_extended_until_a_digest_reports_them() {
        let s = Store::open_in_memory().unwrap();
        s.hold_reminders("m", None, "never read", at("2024-09-10T00:00:00Z"))
            .unwrap();
        s.hold_reminders("m", None, "never read", at("2024-09-10T00:05:00Z"))
            .unwrap();
        let open = s.open_reminder_holds().unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].first_held_at, at("2024-09-10T00:00:00Z"));
        assert_eq!(open[0].last_held_at, at("2024-09-10T00:05:00Z"));
        s.close_reminder_holds(&[open[0].id], "digest:2024-09-10")
            .unwrap();
        assert!(s.open_reminder_holds().unwrap().is_empty());
        s.hold_reminders("m", None, "again", at("2024-09-11T00:00:00Z"))
            .unwrap();
        assert_eq!(s.open_reminder_holds().unwrap()[0].reason, "again");
    }
}
