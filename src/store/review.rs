//! Undoing a review decision: a resolved entry back in the queue.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError};

impl Store {
    /// Puts a resolved review entry back in the queue. The earlier
    /// resolution (who, when, why) is kept in the entry's note, so `review
    /// --all` still tells the whole story. Item changes an `--apply` made
    /// stay: they are item events, undone by `mark`.
    pub fn review_reopen(
        &self,
        review_id: i64,
        note: &str,
        by: &str,
        now: Timestamp,
        tz: &jiff::tz::TimeZone,
    ) -> Result<()> {
        self.atomically(|c| {
            let row: Option<(Option<String>, Option<String>, Option<String>)> = c
                .query_row(
                    "SELECT resolved_at, resolved_by, resolution_note FROM review WHERE id = ?1",
                    [review_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((at, who, why)) = row else {
                return Err(StoreError::NotFound(format!(
                    "no review entry with id {review_id}"
                )));
            };
            let Some(at) = at else {
                return Err(StoreError::Conflict(format!(
                    "review entry {review_id} is open already"
                )));
            };
            // Times in this note are read by people: the configured zone.
            let local = |t: Timestamp| t.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M %:z").to_string();
            let at = super::parse_ts(&at).map(local).unwrap_or(at);
            let history = format!(
                "reopened by {by} at {}: {note} (was resolved by {} at {at}: {})",
                local(now),
                who.unwrap_or_default(),
                why.unwrap_or_default()
            );
            c.execute(
                "UPDATE review SET resolved_at = NULL, resolved_by = NULL, applied = NULL, resolution_note = ?1 WHERE id = ?2",
                params![history, review_id],
            )?;
            Ok(())
        })
    }
}
