//! Staff decisions that cite an email as their evidence: `review resolve
//! MSGID --status STATUS [--url URL ...]` and `mark … --evidence MSGID`.
//! Every status change goes through `Store::append_event`, the one function
//! that writes item events.

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension};

use super::{Result, Store, StoreError};
use crate::status::Status;

/// Which items a `review resolve --status` decision covers.
pub enum Targets<'a> {
    /// URLs the email itself names, limited to items of the email's own
    /// platform (the default when the sender is a platform).
    NamedByPlatform {
        urls: &'a [String],
        platform: &'a str,
    },
    /// URLs staff name with `--url`: every one must match an item.
    Given(&'a [String]),
}

/// The stored email's row id for a Message-ID (with or without <>).
pub(crate) fn message_row(c: &Connection, mid: &str) -> Result<i64> {
    let mid = mid.trim().trim_start_matches('<').trim_end_matches('>');
    c.query_row(
        "SELECT id FROM messages WHERE message_id = ?1 ORDER BY id LIMIT 1",
        [mid],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| {
        StoreError::NotFound(format!(
            "no stored email with Message-ID <{mid}>: `takedown review` lists the emails in review"
        ))
    })
}

/// Items (id, url, status, platform) whose url_key is `key`, in id order.
fn items_by_key(c: &Connection, key: &str) -> Result<Vec<(i64, String, Status, String)>> {
    let mut st = c.prepare(
        "SELECT i.id, i.url, i.status, r.platform FROM items i JOIN requests r ON r.id = i.request_id
         WHERE i.url_key = ?1 ORDER BY i.id",
    )?;
    let rows = st
        .query_map([key], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(id, url, s, p)| (id, url, Status::parse(&s).unwrap_or(Status::Pending), p))
        .collect())
}

impl Store {
    /// Resolves the open review entry `review_id` (found by
    /// `Store::review_entry`) by applying `status` to `targets` as a staff
    /// decision citing the entry's email, if it has one. Returns (url, old,
    /// new) for each item changed (an item already at `status` is left
    /// alone). Nothing is written unless every step succeeds.
    pub fn review_resolve_status(
        &self,
        review_id: i64,
        status: Status,
        targets: Targets<'_>,
        note: &str,
        by: &str,
        now: Timestamp,
    ) -> Result<Vec<(String, Status, Status)>> {
        self.atomically(|c| {
            let (msg, mid, resolved): (Option<i64>, Option<String>, Option<String>) = c
                .query_row(
                    "SELECT v.message, m.message_id, v.resolved_at FROM review v
                     LEFT JOIN messages m ON m.id = v.message WHERE v.id = ?1",
                    [review_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| {
                    StoreError::NotFound(format!("no review entry with id {review_id}"))
                })?;
            let bare = match &mid {
                Some(m) => format!("<{m}>"),
                None => format!("review entry {review_id}"),
            };
            if let Some(at) = resolved {
                return Err(StoreError::Conflict(format!(
                    "{bare} (review entry {review_id}) was already resolved at {at}"
                )));
            }
            let (urls, platform, strict) = match targets {
                Targets::NamedByPlatform { urls, platform } => (urls, Some(platform), false),
                Targets::Given(urls) => (urls, None, true),
            };
            let mut items: Vec<(i64, String, Status)> = Vec::new();
            for url in urls {
                let found: Vec<_> = crate::extract::urls::normalize(url)
                    .map(|k| items_by_key(c, &k))
                    .transpose()?
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|(_, _, _, p)| platform.is_none_or(|want| want == p))
                    .collect();
                if found.is_empty() && strict {
                    return Err(StoreError::NotFound(format!("{url} is no requested item")));
                }
                for (id, item_url, old, _) in found {
                    if !items.iter().any(|(i, _, _)| *i == id) {
                        items.push((id, item_url, old));
                    }
                }
            }
            if items.is_empty() {
                return Err(StoreError::Conflict(format!(
                    "{bare} names no requested item of its platform: name the items with --url"
                )));
            }
            let why = format!("staff decision on review of {bare}: {note}");
            let mut changed = Vec::new();
            for (id, url, old) in items {
                if old == status {
                    continue;
                }
                Store::append_event(c, id, now, old, status, "review", msg, by, &why, true)?;
                changed.push((url, old, status));
            }
            Store::record_resolution(c, review_id, now, by, note, true)?;
            Ok(changed)
        })
    }
}
