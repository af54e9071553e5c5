//! Reads and writes for evidence and audit: takedown's own DKIM verdict, the
//! stored emails behind statuses, reprocessing, the hash chain as stored, and
//! the online backup. The checks themselves live in `crate::audit`.

use std::path::Path;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, decompress, sha256_hex};
use crate::matching::Change;
use crate::status::Status;

/// A stored email as `takedown evidence` and `reprocess` see it.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEmail {
    pub id: i64,
    pub message_id: Option<String>,
    pub sha256: String,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub received_at: String,
    pub size: i64,
    pub origin: String,
    pub platform: Option<String>,
    pub trust: String,
    pub trust_reason: String,
    /// takedown's own DKIM verdict (JSON), when it made one.
    pub dkim: Option<String>,
    pub classification: String,
    pub outcome: String,
    /// Only the header was kept (the email was over the size limit).
    pub headers_only: bool,
    /// How many item events cite this email.
    pub events: i64,
}

/// The columns `stored_email` reads but the last, the number of item events
/// citing the email, which each query adds in its own way.
const EMAIL_COLUMNS: &str = "m.id, m.message_id, m.sha256, m.from_addr, m.subject, m.received_at, m.size, m.origin, m.platform,
     m.trust, m.trust_reason, m.dkim, m.classification, m.outcome, m.raw_encoding";

fn stored_email(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEmail> {
    Ok(StoredEmail {
        id: r.get(0)?,
        message_id: r.get(1)?,
        sha256: r.get(2)?,
        from: r.get(3)?,
        subject: r.get(4)?,
        received_at: r.get(5)?,
        size: r.get(6)?,
        origin: r.get(7)?,
        platform: r.get(8)?,
        trust: r.get(9)?,
        trust_reason: r.get(10)?,
        dkim: r.get(11)?,
        classification: r.get(12)?,
        outcome: r.get(13)?,
        headers_only: r.get::<_, String>(14)? == "deflate-headers-only",
        events: r.get(15)?,
    })
}

/// One item event exactly as stored, for the audit.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub id: i64,
    pub item: i64,
    pub at: String,
    pub old_status: String,
    pub new_status: String,
    pub source: String,
    pub message: Option<i64>,
    pub actor: String,
    pub note: String,
    pub prev_hash: String,
    pub hash: String,
}

/// One item's current state, for the audit.
#[derive(Debug, Clone)]
pub struct StoredItem {
    pub id: i64,
    pub reference: String,
    pub url: String,
    pub status: String,
    pub evidence: Option<i64>,
    /// 1 while a staff decision stands.
    pub staff_lock: bool,
}

/// What the raw bytes of a stored email hash to now.
#[derive(Debug, Clone)]
pub struct RawCheck {
    pub recorded_sha256: String,
    /// None: only the header was kept, so the original's hash cannot be recomputed.
    pub recomputed_sha256: Option<String>,
    /// Set when the stored bytes no longer decompress.
    pub error: Option<String>,
}

impl Store {
    /// Records takedown's own DKIM verdict on an email just recorded.
    pub fn record_dkim(&self, message: i64, json: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE messages SET dkim = ?1 WHERE id = ?2",
            params![json, message],
        )?;
        Ok(())
    }

    /// Stored emails with this Message-ID (with or without <>) or SHA-256, oldest first.
    pub fn find_emails(&self, mid_or_sha: &str) -> Result<Vec<StoredEmail>> {
        let key = mid_or_sha
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>');
        // A SHA-256 may be given whole or as a prefix of 12 or more hex digits.
        let (lo, hi) = super::hash_prefix(key)
            .map(|p| super::prefix_range(&p))
            .unwrap_or_default();
        let sql = format!(
            "SELECT {EMAIL_COLUMNS}, (SELECT COUNT(*) FROM item_events e WHERE e.message = m.id)
             FROM messages m WHERE m.message_id = ?1 OR (m.sha256 >= ?2 AND m.sha256 < ?3) ORDER BY m.id"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map([key, &lo, &hi], stored_email)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Stored emails received at or after `since`, oldest first.
    pub fn emails_since(&self, since: Option<Timestamp>) -> Result<Vec<StoredEmail>> {
        // The events per email are counted in one pass over item_events for
        // the whole list: a correlated COUNT(*) (as in `find_emails`, for a
        // few emails) has no index on item_events(message) to use, so it
        // scanned every event once per email: 10,000 emails x 175,000 events
        // took 280 s at the start of `reprocess`. An index would cost every
        // event insert on the ingest path.
        let sql = format!(
            "SELECT {EMAIL_COLUMNS}, COALESCE(ev.n, 0)
             FROM messages m
             LEFT JOIN (SELECT message, COUNT(*) AS n FROM item_events WHERE message IS NOT NULL GROUP BY message) ev
               ON ev.message = m.id
             WHERE m.received_at >= ?1 ORDER BY m.id"
        );
        let mut st = self.conn.prepare(&sql)?;
        let since = since.map(super::ts).unwrap_or_default();
        let rows = st
            .query_map([since], stored_email)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The bytes kept for email `id`, decompressed (the whole original, or its header).
    pub fn raw_by_id(&self, id: i64) -> Result<Vec<u8>> {
        let raw: Vec<u8> = self
            .conn
            .query_row("SELECT raw FROM messages WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no stored email #{id}")))?;
        Ok(decompress(&raw)?)
    }

    /// Recomputes the SHA-256 of email `id` from its stored bytes.
    pub fn check_raw(&self, id: i64) -> Result<RawCheck> {
        let (raw, sha, enc, header_sha): (Vec<u8>, String, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT raw, sha256, raw_encoding, header_sha256 FROM messages WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no stored email #{id}")))?;
        let bytes = decompress(&raw);
        if enc == "deflate-headers-only" {
            // The original's hash cannot be recomputed; the header's can.
            let error = match (&bytes, header_sha) {
                (Err(e), _) => Some(format!("stored header bytes do not decompress: {e}")),
                (Ok(_), None) => Some(
                    "only the header was kept, and its SHA-256 (header_sha256) is missing: it was removed".to_string(),
                ),
                (Ok(b), Some(h)) if sha256_hex(b) != h => Some(format!(
                    "its stored header bytes hash to {} but its recorded header SHA-256 is {}: the evidence was altered",
                    &sha256_hex(b)[..12],
                    h.get(..12).unwrap_or(&h)
                )),
                (Ok(_), Some(_)) => None,
            };
            return Ok(RawCheck {
                recorded_sha256: sha,
                recomputed_sha256: None,
                error,
            });
        }
        Ok(match bytes {
            Ok(bytes) => RawCheck {
                recorded_sha256: sha,
                recomputed_sha256: Some(sha256_hex(&bytes)),
                error: None,
            },
            Err(e) => RawCheck {
                recorded_sha256: sha,
                recomputed_sha256: None,
                error: Some(format!("stored bytes do not decompress: {e}")),
            },
        })
    }

    /// Ids of every stored email, oldest first.
    pub fn all_email_ids(&self) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare("SELECT id FROM messages ORDER BY id")?;
        let rows = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(rows)
    }

    /// Every item event in chain order.
    pub fn all_events(&self) -> Result<Vec<StoredEvent>> {
        let mut st = self.conn.prepare(
            "SELECT id, item, at, old_status, new_status, source, message, actor, note, prev_hash, hash FROM item_events ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(StoredEvent {
                    id: r.get(0)?,
                    item: r.get(1)?,
                    at: r.get(2)?,
                    old_status: r.get(3)?,
                    new_status: r.get(4)?,
                    source: r.get(5)?,
                    message: r.get(6)?,
                    actor: r.get(7)?,
                    note: r.get(8)?,
                    prev_hash: r.get(9)?,
                    hash: r.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every item with its request reference and current status.
    pub fn all_items(&self) -> Result<Vec<StoredItem>> {
        let mut st = self.conn.prepare(
            "SELECT i.id, r.ref, i.url, i.status, i.evidence, i.staff_lock FROM items i JOIN requests r ON r.id = i.request_id ORDER BY i.id",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(StoredItem {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    url: r.get(2)?,
                    status: r.get(3)?,
                    evidence: r.get(4)?,
                    staff_lock: r.get::<_, i64>(5)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The hash of the newest event (the chain's head) and its id; the
    /// genesis hash and None when there is no event yet.
    pub fn chain_head(&self) -> Result<(String, Option<i64>)> {
        let row: Option<(String, i64)> = self
            .conn
            .query_row(
                "SELECT hash, id FROM item_events ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match row {
            Some((h, id)) => (h, Some(id)),
            None => (super::GENESIS_HASH.to_string(), None),
        })
    }

    /// Applies what reprocessing email `message` decided: new events citing
    /// the same email, with `note` before each change's own note. Returns the
    /// changes actually made (an item changed since, or under a staff
    /// decision, is left alone, as in ordinary ingestion).
    pub fn apply_reprocessed(
        &self,
        message: i64,
        changes: &[Change],
        actor: &str,
        note: &str,
        now: Timestamp,
    ) -> Result<Vec<(Status, Status, i64)>> {
        self.atomically(|c| {
            let mut done = Vec::new();
            for ch in changes {
                let (current, lock): (String, i64) = c.query_row(
                    "SELECT status, staff_lock FROM items WHERE id = ?1",
                    [ch.item],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                let current = Status::parse(&current).unwrap_or(Status::Pending);
                if current == ch.new || lock != 0 {
                    continue;
                }
                let why = if ch.note.is_empty() {
                    note.to_string()
                } else {
                    format!("{note}: {}", ch.note)
                };
                Store::append_event(
                    c,
                    ch.item,
                    now,
                    current,
                    ch.new,
                    ch.source,
                    Some(message),
                    actor,
                    &why,
                    false,
                )?;
                done.push((current, ch.new, ch.item));
            }
            Ok(done)
        })
    }

    /// A private in-memory copy of the ledger, for dry runs: `reprocess`
    /// without `--apply` applies its decisions there, so that its report is
    /// exactly what `--apply` would do, and the real ledger is never locked
    /// for writing while it runs.
    pub fn snapshot_in_memory(&self) -> Result<Store> {
        let mut conn = rusqlite::Connection::open_in_memory()?;
        copy_all(&self.conn, &mut conn)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Store { conn })
    }

    /// Copies the whole ledger to `dest` with SQLite's online backup: one
    /// consistent snapshot, taken in a single step so that writers (the
    /// daemon) are never blocked for long and the copy never restarts.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let mut out = rusqlite::Connection::open(dest).map_err(|source| StoreError::Open {
            path: dest.display().to_string(),
            source,
        })?;
        copy_all(&self.conn, &mut out)?;
        // The copy is a plain rollback-journal database file: one file to move.
        out.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    }
}

/// SQLite's online backup in a single step (-1: all pages), so that the
/// copy is one consistent snapshot and never restarts because a writer
/// changed the source meanwhile. Busy/locked: wait and try again, bounded.
fn copy_all(src: &rusqlite::Connection, dst: &mut rusqlite::Connection) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(src, dst)?;
    for _ in 0..600 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            // More, Busy, Locked: another connection holds a lock for now.
            _ => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    Err(StoreError::Conflict(
        "the ledger stayed locked for 30 s; backup not made".into(),
    ))
}

/// The email behind an item's current status, for `show`.
#[derive(Debug, Clone)]
pub struct ItemEvidence {
    pub sha256: String,
    pub trust_reason: String,
    /// The email's Date: header (messages.date), when it parsed.
    pub date: Option<Timestamp>,
}

impl Store {
    /// For each item of request `reference` whose status rests on an email:
    /// that email's SHA-256 and recorded trust verdict, by item id.
    pub fn evidence_of(
        &self,
        reference: &str,
    ) -> Result<std::collections::HashMap<i64, ItemEvidence>> {
        let mut st = self.conn.prepare_cached(
            "SELECT i.id, m.sha256, m.trust_reason, m.date FROM items i JOIN requests r ON r.id = i.request_id
             JOIN messages m ON m.id = i.evidence WHERE r.ref = ?1",
        )?;
        let rows = st
            .query_map([reference], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    ItemEvidence {
                        sha256: r.get(1)?,
                        trust_reason: r.get(2)?,
                        date: r
                            .get::<_, Option<String>>(3)?
                            .as_deref()
                            .and_then(super::parse_ts),
                    },
                ))
            })?
            .collect::<rusqlite::Result<std::collections::HashMap<_, _>>>()?;
        Ok(rows)
    }
}
