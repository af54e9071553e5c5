//! The hash chains: the one place that says what an event's hash covers.
//! `item_events` (status changes) and `ledger_events` (staff acts that change
//! no status: review resolutions, request updates) are each a chain of
//! SHA-256 hashes, every event's hash covering the one before.

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::{GENESIS_HASH, Result, Store, ts};

/// Item events before the switch-over recorded in `chain_formats` (schema 8):
/// item id, time, statuses, source, email, actor, note.
pub const FORMULA_ITEM_ID: i64 = 1;
/// From the switch-over on: also the request's ref and the item's URL as
/// imported, so that a URL moved from one item to another breaks the chain.
pub const FORMULA_REF_URL: i64 = 2;

/// SHA-256 over the fields, each prefixed by its length as 8 big-endian
/// bytes, so that no two different field lists hash alike.
fn chain_hash(fields: &[&str]) -> String {
    let mut h = Sha256::new();
    for field in fields {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

/// What an item event's hash covers.
#[derive(Debug, Clone, Copy)]
pub struct EventFields<'a> {
    pub prev: &'a str,
    pub item: i64,
    /// The item's request's ref (formula 2).
    pub reference: &'a str,
    /// The item's URL as imported (formula 2).
    pub url: &'a str,
    pub at: &'a str,
    pub old: &'a str,
    pub new: &'a str,
    pub source: &'a str,
    /// The SHA-256 of the raw email behind it, when one is.
    pub message_sha256: Option<&'a str>,
    pub actor: &'a str,
    pub note: &'a str,
}

/// The hash of one item event by `formula` (see `chain_formats`).
pub fn event_hash(formula: i64, e: &EventFields<'_>) -> String {
    let item = e.item.to_string();
    let sha = e.message_sha256.unwrap_or("-");
    if formula == FORMULA_ITEM_ID {
        return chain_hash(&[
            e.prev, &item, e.at, e.old, e.new, e.source, sha, e.actor, e.note,
        ]);
    }
    chain_hash(&[
        "item-event/2",
        e.prev,
        &item,
        e.reference,
        e.url,
        e.at,
        e.old,
        e.new,
        e.source,
        sha,
        e.actor,
        e.note,
    ])
}

/// What a ledger event's hash covers.
#[derive(Debug, Clone)]
pub struct LedgerEvent {
    pub id: i64,
    pub at: String,
    /// review_resolved, request_updated
    pub kind: String,
    pub review: Option<i64>,
    pub request: Option<i64>,
    pub actor: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

impl LedgerEvent {
    /// The hash this event's fields give, after `prev`.
    pub fn expected_hash(&self, prev: &str) -> String {
        let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_else(|| "-".into());
        chain_hash(&[
            "ledger-event/1",
            prev,
            &self.at,
            &self.kind,
            &opt(self.review),
            &opt(self.request),
            &self.actor,
            &self.detail,
        ])
    }
}

impl Store {
    /// Appends a staff act to the ledger-event chain (inside the caller's transaction).
    pub(crate) fn append_ledger_event(
        conn: &Connection,
        at: jiff::Timestamp,
        kind: &str,
        review: Option<i64>,
        request: Option<i64>,
        actor: &str,
        detail: &str,
    ) -> Result<String> {
        let prev: String = conn
            .prepare_cached("SELECT hash FROM ledger_events ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| GENESIS_HASH.to_string());
        let mut e = LedgerEvent {
            id: 0,
            at: ts(at),
            kind: kind.to_string(),
            review,
            request,
            actor: actor.to_string(),
            detail: detail.to_string(),
            prev_hash: prev,
            hash: String::new(),
        };
        e.hash = e.expected_hash(&e.prev_hash);
        conn.prepare_cached(
            "INSERT INTO ledger_events (at, kind, review, request, actor, detail, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            e.at,
            e.kind,
            e.review,
            e.request,
            e.actor,
            e.detail,
            e.prev_hash,
            e.hash
        ])?;
        Ok(e.hash)
    }

    /// Closes review entry `review` and records it in the chain of staff
    /// acts: the one way a resolution is written (inside the caller's
    /// transaction), so that `audit verify` finds every one in the chain.
    pub(crate) fn record_resolution(
        conn: &Connection,
        review: i64,
        at: jiff::Timestamp,
        by: &str,
        note: &str,
        applied: bool,
    ) -> Result<()> {
        conn.execute(
            "UPDATE review SET resolved_at = ?1, resolved_by = ?2, resolution_note = ?3, applied = ?4 WHERE id = ?5",
            params![ts(at), by, note, applied as i64, review],
        )?;
        Store::append_ledger_event(
            conn,
            at,
            "review_resolved",
            Some(review),
            None,
            by,
            &resolution_detail(note, applied),
        )?;
        Ok(())
    }

    /// Every ledger event in chain order.
    pub fn all_ledger_events(&self) -> Result<Vec<LedgerEvent>> {
        let mut st = self.conn().prepare(
            "SELECT id, at, kind, review, request, actor, detail, prev_hash, hash FROM ledger_events ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(LedgerEvent {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    kind: r.get(2)?,
                    review: r.get(3)?,
                    request: r.get(4)?,
                    actor: r.get(5)?,
                    detail: r.get(6)?,
                    prev_hash: r.get(7)?,
                    hash: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The recorded switch-overs: (first event id, formula), in order.
    pub fn chain_formats(&self) -> Result<Vec<(i64, i64)>> {
        let mut st = self
            .conn()
            .prepare("SELECT from_event, formula FROM chain_formats ORDER BY from_event")?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Resolved review entries, by id.
    pub fn resolved_reviews(&self) -> Result<Vec<ResolvedReview>> {
        let mut st = self.conn().prepare(
            "SELECT id, resolved_at, COALESCE(resolved_by, ''), COALESCE(resolution_note, ''), COALESCE(applied, 0)
             FROM review WHERE resolved_at IS NOT NULL ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(ResolvedReview {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    by: r.get(2)?,
                    note: r.get(3)?,
                    applied: r.get::<_, i64>(4)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The identity triggers of schema 8 that are missing (dropped).
    pub fn missing_identity_triggers(&self) -> Result<Vec<&'static str>> {
        let mut out = Vec::new();
        for name in IDENTITY_TRIGGERS {
            let n: i64 = self.conn().query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                [name],
                |r| r.get(0),
            )?;
            if n == 0 {
                out.push(*name);
            }
        }
        Ok(out)
    }
}

/// A review entry as resolved (what its `review_resolved` event must say).
#[derive(Debug, Clone)]
pub struct ResolvedReview {
    pub id: i64,
    pub at: String,
    pub by: String,
    pub note: String,
    pub applied: bool,
}

/// Triggers that keep evidence and identity from being changed.
pub const IDENTITY_TRIGGERS: &[&str] = &[
    "item_events_no_update",
    "item_events_no_delete",
    "messages_raw_immutable",
    "messages_no_delete",
    "messages_header_sha_immutable",
    "requests_ref_immutable",
    "requests_no_delete",
    "items_identity_immutable",
    "items_no_delete",
    "chain_formats_no_update",
    "chain_formats_no_delete",
    "ledger_events_no_update",
    "ledger_events_no_delete",
];

/// The review-resolution detail a ledger event records (and audit compares).
pub fn resolution_detail(note: &str, applied: bool) -> String {
    format!("applied={}; note={note}", applied as i64)
}
