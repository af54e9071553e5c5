//! Reads and writes of the ledger, grouped by who asks: import, ingestion,
//! staff actions, queries.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{NewEvent, Result, Store, StoreError, compress, decompress, parse_ts, ts};
use crate::matching::{Decision, LedgerView, ViewItem, ViewOutbox, ViewRequest};
use crate::status::Status;

// ---------------------------------------------------------------------------
// Requests in.

/// The earliest a request can have been sent, from its `sent_at` and how that
/// was given (`requests.sent_at_given`): a bare date (stored as the end of
/// the day) counts from the start of that day; a time `request add` filled in
/// is not used.
pub fn sent_from(sent_at: Timestamp, given: &str, tz: &jiff::tz::TimeZone) -> Option<Timestamp> {
    match given {
        "time" => Some(sent_at),
        "filled" => None,
        // 'date', and 'unknown' (recorded before schema 8): the day's start.
        _ => sent_at
            .to_zoned(tz.clone())
            .start_of_day()
            .ok()
            .map(|z| z.timestamp())
            .or(Some(sent_at)),
    }
}

#[derive(Debug, Clone)]
pub struct NewRequestItem {
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    /// How `sent_at` was given: "time", "date" (a bare date) or "filled"
    /// (`request add` used the time it ran). See `sent_from`.
    pub sent_at_given: &'static str,
    pub due_at: Timestamp,
    pub url: String,
    pub url_key: String,
    pub category: Option<String>,
    pub message_id: Option<String>,
    pub note: Option<String>,
    /// Where the row came from, for errors: "requests.csv line 7".
    pub origin: String,
}

#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct ImportSummary {
    pub requests_created: usize,
    pub requests_updated: usize,
    pub items_added: usize,
    pub items_unchanged: usize,
}

impl Store {
    /// Imports request items all-or-nothing. Re-importing the same rows changes
    /// nothing; new URLs are added; a changed deadline, send date or platform is
    /// refused unless `update`.
    pub fn import_requests(
        &self,
        rows: &[NewRequestItem],
        update: bool,
        now: Timestamp,
    ) -> Result<ImportSummary> {
        self.atomically(|c| {
            let mut sum = ImportSummary::default();
            let mut touched: BTreeSet<String> = BTreeSet::new();
            for row in rows {
                let existing: Option<(i64, String, String, String, Option<String>)> = c
                    .prepare_cached("SELECT id, platform, sent_at, due_at, message_id FROM requests WHERE ref = ?1")?
                    .query_row([&row.reference], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
                    .optional()?;
                let request_id = match existing {
                    None => {
                        c.prepare_cached(
                            "INSERT INTO requests (ref, platform, sent_at, due_at, category, message_id, note, created_at, sent_at_given)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        )?
                        .execute(params![
                            row.reference,
                            row.platform,
                            ts(row.sent_at),
                            ts(row.due_at),
                            row.category,
                            row.message_id,
                            row.note,
                            ts(now),
                            row.sent_at_given
                        ])?;
                        sum.requests_created += 1;
                        touched.insert(row.reference.clone());
                        c.last_insert_rowid()
                    }
                    Some((id, platform, sent, due, mid)) => {
                        let mut changes = Vec::new();
                        if platform != row.platform {
                            changes.push(format!("platform {platform} -> {}", row.platform));
                        }
                        if due != ts(row.due_at) {
                            changes.push(format!("due_at {due} -> {}", ts(row.due_at)));
                        }
                        if sent != ts(row.sent_at) {
                            changes.push(format!("sent_at {sent} -> {}", ts(row.sent_at)));
                        }
                        if row.message_id.is_some() && mid.is_some() && row.message_id != mid {
                            changes.push("message_id".to_string());
                        }
                        if !changes.is_empty() {
                            if !update {
                                return Err(StoreError::Conflict(format!(
                                    "{}: request {} already exists with different values ({}); pass --update to change it",
                                    row.origin,
                                    row.reference,
                                    changes.join(", ")
                                )));
                            }
                            c.execute(
                                "UPDATE requests SET platform = ?1, sent_at = ?2, due_at = ?3,
                                   message_id = COALESCE(?4, message_id), sent_at_given = ?6 WHERE id = ?5",
                                params![row.platform, ts(row.sent_at), ts(row.due_at), row.message_id, id, row.sent_at_given],
                            )?;
                            // The change is a staff act in the chain: what
                            // the request said before is not lost.
                            Store::append_ledger_event(
                                c,
                                now,
                                "request_updated",
                                None,
                                Some(id),
                                "request import --update",
                                &format!("{} ({}): {}", row.reference, row.origin, changes.join(", ")),
                            )?;
                            if touched.insert(row.reference.clone()) {
                                sum.requests_updated += 1;
                            }
                        } else if mid.is_none() && row.message_id.is_some() {
                            c.execute("UPDATE requests SET message_id = ?1 WHERE id = ?2", params![row.message_id, id])?;
                        }
                        id
                    }
                };
                let added = c
                    .prepare_cached("INSERT OR IGNORE INTO items (request_id, url, url_key) VALUES (?1, ?2, ?3)")?
                    .execute(params![request_id, row.url, row.url_key])?;
                if added == 1 {
                    sum.items_added += 1;
                } else {
                    sum.items_unchanged += 1;
                }
            }
            Ok(sum)
        })
    }
}

// ---------------------------------------------------------------------------
// Ingestion.

/// An email as it is about to be recorded.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub message_id: Option<&'a str>,
    pub sha256: &'a str,
    pub from: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub date: Option<Timestamp>,
    pub received_at: Timestamp,
    /// The bytes to keep: the whole email, or its header only when refused for size.
    pub raw: &'a [u8],
    /// `raw` already deflated by `store::compress` (the ingest workers do it,
    /// off the one thread that writes), or None to deflate it here.
    pub deflated: Option<&'a [u8]>,
    pub headers_only: bool,
    pub size: u64,
    pub origin: &'a str,
    pub platform: Option<&'a str>,
    pub trust: &'a str,
    pub trust_reason: &'a str,
    pub classification: &'a str,
    pub outcome: &'a str,
    pub detail: &'a str,
    pub duplicate_of: Option<i64>,
    pub review: Option<(&'a str, &'a str)>,
}

/// What the ledger already knows about an email.
#[derive(Debug, Clone)]
pub struct KnownMessage {
    pub id: i64,
    pub message_id: Option<String>,
    pub trusted: bool,
    pub outcome: String,
    pub disposition: String,
}

fn known(r: &rusqlite::Row<'_>) -> rusqlite::Result<KnownMessage> {
    Ok(KnownMessage {
        id: r.get(0)?,
        message_id: r.get(1)?,
        trusted: r.get::<_, String>(2)? == "trusted",
        outcome: r.get(3)?,
        disposition: r.get(4)?,
    })
}

/// Which requests and items an email may concern, for the matching stage.
#[derive(Debug, Default, Clone)]
pub struct ViewQuery {
    pub refs: Vec<String>,
    pub message_ids: Vec<String>,
    pub case_numbers: Vec<(String, String)>,
    pub url_keys: Vec<String>,
    pub key_prefixes: Vec<String>,
    /// (platform, local date as YYYY-MM-DD) of requests referred to by send date.
    pub platform_dates: Vec<(String, String)>,
}

/// A JSON array of `values`, bound as one parameter and read back with
/// `json_each` to pass a whole list to one statement.
fn json_array<T: Serialize>(values: &[T]) -> String {
    // Strings and integers always serialize.
    serde_json::to_string(values).unwrap_or_else(|_| "[]".into())
}

impl Store {
    pub fn message_by_sha(&self, sha: &str) -> Result<Option<KnownMessage>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, message_id, trust, outcome, disposition FROM messages WHERE sha256 = ?1")?
            .query_row([sha], known)
            .optional()?)
    }

    pub fn messages_by_message_id(&self, mid: &str) -> Result<Vec<KnownMessage>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, message_id, trust, outcome, disposition FROM messages WHERE message_id = ?1 ORDER BY id",
        )?;
        let rows = st
            .query_map([mid], known)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Builds the ledger's view for one email: the requests it may refer to,
    /// each with all its items, plus any request holding an item under a claimed URL.
    pub fn ledger_view(&self, q: &ViewQuery, tz: &jiff::tz::TimeZone) -> Result<LedgerView> {
        let c = &self.conn;
        let mut ids: BTreeMap<i64, Vec<&'static str>> = BTreeMap::new();
        let mut add = |id: i64, how: &'static str| {
            let e = ids.entry(id).or_default();
            if !e.contains(&how) {
                e.push(how);
            }
        };
        for r in &q.refs {
            let mut st = c.prepare_cached("SELECT id FROM requests WHERE ref = ?1")?;
            for id in st.query_map([r], |row| row.get::<_, i64>(0))? {
                add(id?, "ref");
            }
        }
        for m in &q.message_ids {
            let mut st = c.prepare_cached(
                "SELECT id FROM requests WHERE message_id = ?1
                 UNION SELECT request FROM outbox WHERE message_id = ?1 AND request IS NOT NULL",
            )?;
            for id in st.query_map([m], |row| row.get::<_, i64>(0))? {
                add(id?, "thread");
            }
        }
        for (p, n) in &q.case_numbers {
            let mut st = c.prepare_cached(
                "SELECT id FROM requests WHERE platform = ?1 AND case_number = ?2",
            )?;
            for id in st.query_map(params![p, n], |row| row.get::<_, i64>(0))? {
                add(id?, "case_number");
            }
        }
        if !q.url_keys.is_empty() {
            // One statement for all the keys (an email may state thousands of
            // URLs): the keys go in as one JSON array; each is one seek in the
            // covering index items(url_key, request_id).
            let keys = json_array(&q.url_keys);
            let mut st = c.prepare_cached(
                "SELECT request_id FROM items WHERE url_key IN (SELECT value FROM json_each(?1))",
            )?;
            for id in st.query_map([&keys], |row| row.get::<_, i64>(0))? {
                add(id?, "url");
            }
        }
        for p in &q.key_prefixes {
            // Keys are plain text; a range scan on the index finds everything under p/.
            let lo = format!("{p}/");
            let hi = format!("{p}0"); // '0' follows '/' in ASCII
            let mut st = c.prepare_cached(
                "SELECT DISTINCT request_id FROM items WHERE url_key >= ?1 AND url_key < ?2",
            )?;
            for id in st.query_map([&lo, &hi], |row| row.get::<_, i64>(0))? {
                add(id?, "url");
            }
        }
        for (platform, date) in &q.platform_dates {
            let mut st =
                c.prepare_cached("SELECT id, sent_at FROM requests WHERE platform = ?1")?;
            let rows = st.query_map([platform], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (id, sent) = row?;
                if let Some(t) = parse_ts(&sent) {
                    if t.to_zoned(tz.clone()).date().to_string() == *date {
                        add(id, "date");
                    }
                }
            }
        }
        let mut outbox = Vec::new();
        for m in &q.message_ids {
            let mut st = c.prepare_cached(
                "SELECT o.id, o.kind, r.ref, o.step, o.message_id, o.state FROM outbox o LEFT JOIN requests r ON r.id = o.request
                 WHERE o.message_id = ?1",
            )?;
            for row in st.query_map([m], |r| {
                Ok(ViewOutbox {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    reference: r.get(2)?,
                    step: r.get::<_, i64>(3)?.max(0) as u32,
                    message_id: r.get(4)?,
                    state: r.get(5)?,
                })
            })? {
                let row = row?;
                if !outbox.iter().any(|o: &ViewOutbox| o.id == row.id) {
                    outbox.push(row);
                }
            }
        }
        // The requests and their items, two statements for all of them (not
        // two per request): items come back in any order and are put in id
        // order here, as the matching expects (import order).
        let id_list = json_array(&ids.keys().collect::<Vec<_>>());
        let mut items: BTreeMap<i64, Vec<ViewItem>> = BTreeMap::new();
        let mut st = c.prepare_cached(
            "SELECT request_id, id, url, url_key, status, staff_lock FROM items
             WHERE request_id IN (SELECT value FROM json_each(?1))",
        )?;
        for row in st.query_map([&id_list], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                ViewItem {
                    id: r.get(1)?,
                    url: r.get(2)?,
                    url_key: r.get(3)?,
                    status: Status::parse(&r.get::<_, String>(4)?).unwrap_or(Status::Pending),
                    staff_lock: r.get::<_, i64>(5)? != 0,
                },
            ))
        })? {
            let (request, item) = row?;
            items.entry(request).or_default().push(item);
        }
        let mut st = c.prepare_cached(
            "SELECT id, ref, platform, sent_at, due_at, message_id, case_number, sent_at_given FROM requests
             WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
        )?;
        let mut found = BTreeMap::new();
        for row in st.query_map([&id_list], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                (
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, String>(7)?,
                ),
            ))
        })? {
            let (id, row) = row?;
            found.insert(id, row);
        }
        let mut requests = Vec::with_capacity(ids.len());
        for (id, how) in ids {
            // Every id came from requests, items or outbox rows, which all
            // reference an existing request; a missing one is an error, as
            // when each was read on its own.
            let (reference, platform, sent_at, due_at, message_id, case_number, given) = found
                .remove(&id)
                .ok_or(StoreError::Sql(rusqlite::Error::QueryReturnedNoRows))?;
            let mut items = items.remove(&id).unwrap_or_default();
            items.sort_by_key(|i| i.id);
            let sent_at = parse_ts(&sent_at).unwrap_or(Timestamp::UNIX_EPOCH);
            requests.push(ViewRequest {
                id,
                reference,
                platform,
                sent_from: sent_from(sent_at, &given, tz),
                sent_at,
                due_at: parse_ts(&due_at).unwrap_or(Timestamp::UNIX_EPOCH),
                message_id,
                case_number,
                found_by: how,
                items,
            });
        }
        Ok(LedgerView { requests, outbox })
    }

    /// Records one email and everything decided about it, atomically.
    pub fn record_ingest(&self, m: &NewMessage<'_>, decision: Option<&Decision>) -> Result<i64> {
        let packed;
        let blob = match m.deflated {
            Some(d) => d,
            None => {
                packed = compress(m.raw);
                &packed[..]
            }
        };
        self.atomically(|c| {
            let disposition = if m.review.is_some() { "review" } else { "processed" };
            c.prepare_cached(
                "INSERT INTO messages (message_id, sha256, from_addr, subject, date, received_at, size, raw, raw_encoding,
                    origin, platform, trust, trust_reason, classification, outcome, detail, duplicate_of, disposition, header_sha256)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            )?
            .execute(
                params![
                    m.message_id,
                    m.sha256,
                    m.from,
                    m.subject,
                    m.date.map(ts),
                    ts(m.received_at),
                    m.size as i64,
                    blob,
                    if m.headers_only { "deflate-headers-only" } else { "deflate" },
                    m.origin,
                    m.platform,
                    m.trust,
                    m.trust_reason,
                    m.classification,
                    m.outcome,
                    m.detail,
                    m.duplicate_of,
                    disposition,
                    // Only the header is kept: its own hash is what can be checked.
                    m.headers_only.then(|| super::sha256_hex(m.raw))
                ],
            )?;
            let msg = c.last_insert_rowid();
            if let Some((reason, detail)) = m.review {
                c.prepare_cached("INSERT INTO review (message, reason, detail, created_at) VALUES (?1, ?2, ?3, ?4)")?
                    .execute(params![msg, reason, detail, ts(m.received_at)])?;
            }
            if let Some(d) = decision {
                write_decision(c, (msg, m.sha256), d, m.platform.unwrap_or("unknown"), m.received_at)?;
            }
            Ok(msg)
        })
    }
}

fn write_decision(
    c: &Connection,
    (msg, msg_sha): (i64, &str),
    d: &Decision,
    actor: &str,
    now: Timestamp,
) -> Result<()> {
    for (req, how) in &d.requests {
        c.prepare_cached(
            "INSERT OR IGNORE INTO message_requests (message, request, how) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![msg, req, how])?;
    }
    for (req, number) in &d.case_numbers {
        c.prepare_cached(
            "UPDATE requests SET case_number = ?1 WHERE id = ?2 AND case_number IS NULL",
        )?
        .execute(params![number, req])?;
    }
    for id in &d.bounced {
        c.prepare_cached("UPDATE outbox SET state = 'bounced', last_error = ?1 WHERE id = ?2")?
            .execute(params![
                format!("bounced: returned undelivered, see email #{msg} in review"),
                id
            ])?;
    }
    for cl in &d.claims {
        c.prepare_cached("INSERT INTO claims (message, url, url_key, status, item, result, via) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
            .execute(params![msg, cl.url, cl.url_key, cl.status.as_str(), cl.item, cl.result, cl.via])?;
    }
    // The chain head is read once: every event below is appended after the
    // one before it, inside this email's transaction.
    let mut head: Option<String> = None;
    for ch in &d.changes {
        // Re-read the current status inside the transaction: the decision was
        // made on a view that another writer may have changed since.
        let (current, lock): (String, i64) = c
            .prepare_cached("SELECT status, staff_lock FROM items WHERE id = ?1")?
            .query_row([ch.item], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let current = Status::parse(&current).unwrap_or(Status::Pending);
        if current == ch.new || lock != 0 {
            continue;
        }
        let prev = match head.take() {
            Some(h) => h,
            None => Store::last_event_hash(c)?,
        };
        let event = NewEvent {
            item: ch.item,
            at: now,
            old: current,
            new: ch.new,
            source: ch.source,
            message: Some((msg, msg_sha)),
            actor,
            note: &ch.note,
            staff_lock: false,
        };
        head = Some(Store::append_event_after(c, &prev, &event)?);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Staff actions.

#[derive(Debug, Clone, Serialize)]
pub struct ReviewEntry {
    pub id: i64,
    pub message_id: Option<String>,
    pub reason: String,
    pub detail: String,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub received_at: String,
    pub platform: Option<String>,
    pub trust: String,
    pub trust_reason: String,
    pub resolved_at: Option<String>,
    pub unmatched_urls: Vec<String>,
    pub resolved_by: Option<String>,
    pub resolution_note: Option<String>,
    /// SHA-256 of the email (None for an entry about an item).
    pub sha256: Option<String>,
    /// The request and item an entry about an item concerns.
    pub reference: Option<String>,
    pub url: Option<String>,
    /// Where the email was read from (file, Maildir, IMAP folder and UID).
    pub origin: Option<String>,
}

/// What `Store::mark` did: the item's URL as stored, its status before and
/// after, and whether anything was recorded (nothing when the item already
/// had that status as a staff decision).
#[derive(Debug, Clone)]
pub struct Marked {
    pub url: String,
    pub old: Status,
    pub new: Status,
    pub changed: bool,
}

impl Store {
    /// A staff decision on one item. It stands until another `mark`.
    pub fn mark(
        &self,
        reference: &str,
        url: &str,
        status: Status,
        note: &str,
        by: &str,
        evidence: Option<&str>,
        now: Timestamp,
    ) -> Result<Marked> {
        self.atomically(|c| {
            // The email the decision cites (`mark … --evidence MSGID`).
            let evidence = evidence
                .map(|m| super::staff::message_row(c, m))
                .transpose()?;
            let req: i64 = c
                .query_row("SELECT id FROM requests WHERE ref = ?1", [reference], |r| {
                    r.get(0)
                })
                .optional()?
                .ok_or_else(|| {
                    StoreError::NotFound(format!("no request with reference {reference}"))
                })?;
            let key = crate::extract::urls::normalize(url);
            let item: Option<(i64, String, String, i64)> = c
                .query_row(
                    "SELECT id, status, url, staff_lock FROM items WHERE request_id = ?1 AND url = ?2",
                    params![req, url],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let item = match (item, key) {
                (Some(i), _) => Some(i),
                (None, Some(k)) => c
                    .query_row(
                        "SELECT id, status, url, staff_lock FROM items WHERE request_id = ?1 AND url_key = ?2",
                        params![req, k],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                    )
                    .optional()?,
                (None, None) => None,
            };
            let (item, old, stored_url, staff_lock) = item.ok_or_else(|| {
                StoreError::NotFound(format!("request {reference} has no item {url}"))
            })?;
            let old = Status::parse(&old).unwrap_or(Status::Pending);
            // The status it already has, already as a staff decision and
            // citing no new email: nothing to record. The same status set by
            // a platform (or by no one, for pending) does become a staff
            // decision, which platforms' later statements cannot override:
            // that is a change.
            let changed = old != status || staff_lock == 0 || evidence.is_some();
            if changed {
                Store::append_event(c, item, now, old, status, "staff", evidence, by, note, true)?;
            }
            Ok(Marked {
                url: stored_url,
                old,
                new: status,
                changed,
            })
        })
    }

    pub fn review_list(&self, include_resolved: bool) -> Result<Vec<ReviewEntry>> {
        // LEFT JOINs: an entry about an item (still_online) has no email.
        let sql = format!(
            "SELECT v.id, m.message_id, v.reason, v.detail, m.from_addr, m.subject,
                    COALESCE(m.received_at, v.created_at), COALESCE(m.platform, r.platform),
                    COALESCE(m.trust, ''), COALESCE(m.trust_reason, ''), v.resolved_at, m.id,
                    v.resolved_by, v.resolution_note, m.sha256, r.ref, i.url, m.origin
             FROM review v LEFT JOIN messages m ON m.id = v.message
             LEFT JOIN items i ON i.id = v.item LEFT JOIN requests r ON r.id = i.request_id
             {} ORDER BY COALESCE(m.received_at, v.created_at), v.id",
            if include_resolved {
                ""
            } else {
                "WHERE v.resolved_at IS NULL"
            }
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    ReviewEntry {
                        id: r.get(0)?,
                        message_id: r.get(1)?,
                        reason: r.get(2)?,
                        detail: r.get(3)?,
                        from: r.get(4)?,
                        subject: r.get(5)?,
                        received_at: r.get(6)?,
                        platform: r.get(7)?,
                        trust: r.get(8)?,
                        trust_reason: r.get(9)?,
                        resolved_at: r.get(10)?,
                        unmatched_urls: Vec::new(),
                        resolved_by: r.get(12)?,
                        resolution_note: r.get(13)?,
                        sha256: r.get(14)?,
                        reference: r.get(15)?,
                        url: r.get(16)?,
                        origin: r.get(17)?,
                    },
                    r.get::<_, Option<i64>>(11)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for (mut e, msg) in rows {
            let Some(msg) = msg else {
                out.push(e);
                continue;
            };
            let mut st = self.conn.prepare_cached(
                "SELECT url FROM claims WHERE message = ?1 AND result = 'unmatched' ORDER BY id",
            )?;
            e.unmatched_urls = st
                .query_map([msg], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            out.push(e);
        }
        Ok(out)
    }

    /// Closes a review entry; with `apply`, the email's recorded claims that
    /// matched items of its platform become staff decisions.
    pub fn review_resolve(
        &self,
        review_id: i64,
        note: &str,
        by: &str,
        apply: bool,
        now: Timestamp,
    ) -> Result<Vec<(String, Status, Status)>> {
        self.review_resolve_as(review_id, note, by, apply, None, now)
    }

    /// `review_resolve`, where `forwarded_platform` is the platform of the
    /// email a forwarded one carries: it owns the claims read from it when
    /// the forwarder (staff, say) belongs to no platform. Claims about
    /// another platform's items are never applied.
    pub fn review_resolve_as(
        &self,
        review_id: i64,
        note: &str,
        by: &str,
        apply: bool,
        forwarded_platform: Option<&str>,
        now: Timestamp,
    ) -> Result<Vec<(String, Status, Status)>> {
        self.atomically(|c| {
            // The entry is found by `Store::review_entry` (id, Message-ID or
            // SHA-256 prefix); `label` names it in messages and notes.
            let (msg, resolved, mid, platform): (Option<i64>, Option<String>, Option<String>, Option<String>) = c
                .query_row(
                    "SELECT m.id, v.resolved_at, m.message_id, m.platform FROM review v LEFT JOIN messages m ON m.id = v.message
                     WHERE v.id = ?1",
                    [review_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?
                .ok_or_else(|| StoreError::NotFound(format!("no review entry with id {review_id}")))?;
            let label = match &mid {
                Some(m) => format!("<{m}>"),
                None => format!("review entry {review_id}"),
            };
            if let Some(at) = resolved {
                return Err(StoreError::Conflict(format!("the review entry for {label} (id {review_id}) was already resolved at {at}")));
            }
            let mut changed = Vec::new();
            if apply {
                let Some(msg) = msg else {
                    return Err(StoreError::Conflict(format!(
                        "{label} is about an item, not an email: there are no claims to apply; resolve it without --apply, or `mark` the item"
                    )));
                };
                // Only items of the email's own platform: a platform speaks
                // for its own content, never for another's.
                let Some(platform) = platform.or(forwarded_platform.map(str::to_string)) else {
                    return Err(StoreError::Conflict(format!(
                        "{label} is from no configured platform: its claims cannot be applied; resolve it without --apply, or `mark` the items"
                    )));
                };
                let mut st = c.prepare(
                    "SELECT c.item, c.status, i.url, i.status FROM claims c JOIN items i ON i.id = c.item
                     JOIN requests r ON r.id = i.request_id
                     WHERE c.message = ?1 AND c.item IS NOT NULL AND c.result IN ('not_applied','regression','staff_lock')
                       AND r.platform = ?2
                     ORDER BY c.id",
                )?;
                let claims = st
                    .query_map(params![msg, platform], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?)))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                let mut seen = BTreeSet::new();
                for (item, st_new, url, st_old) in claims {
                    if !seen.insert(item) {
                        continue;
                    }
                    let new = Status::parse(&st_new).unwrap_or(Status::Pending);
                    let old = Status::parse(&st_old).unwrap_or(Status::Pending);
                    if new == old {
                        continue;
                    }
                    let why = format!("review of {label} applied by staff: {note}");
                    Store::append_event(c, item, now, old, new, "review", Some(msg), by, &why, true)?;
                    changed.push((url, old, new));
                }
                if changed.is_empty() {
                    return Err(StoreError::Conflict(format!(
                        "{label} has no item-level claims that would change an item of {platform}; resolve it without --apply, or `mark` the items"
                    )));
                }
            }
            Store::record_resolution(c, review_id, now, by, note, apply)?;
            Ok(changed)
        })
    }
}

// ---------------------------------------------------------------------------
// Queries.

#[derive(Debug, Clone, Serialize)]
pub struct RequestSummary {
    #[serde(rename = "ref")]
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
    pub category: Option<String>,
    pub message_id: Option<String>,
    pub case_number: Option<String>,
    pub items: u64,
    pub pending: u64,
    pub removed: u64,
    pub restricted: u64,
    pub rejected: u64,
    pub not_found: u64,
}

#[derive(Debug, Clone)]
pub struct ItemRow {
    pub id: i64,
    pub url: String,
    pub status: Status,
    pub updated_at: Option<Timestamp>,
    pub evidence: Option<String>,
    pub staff_lock: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    pub at: Timestamp,
    pub old_status: String,
    pub new_status: String,
    pub source: String,
    pub actor: String,
    pub message_id: Option<String>,
    /// The Date: header of the email behind the event (None for staff).
    pub stated_at: Option<Timestamp>,
    pub note: String,
    pub hash: String,
}

impl Store {
    pub fn request_summaries(
        &self,
        platform: Option<&str>,
        reference: Option<&str>,
    ) -> Result<Vec<RequestSummary>> {
        self.summaries(platform, reference, None)
    }

    /// The requests that are overdue at `now`: deadline (`due_at`) before
    /// `now` and at least one item still pending, as `requests --overdue`
    /// shows them. The filter runs in SQL so that only those requests' items
    /// are counted, not the whole ledger's.
    pub fn overdue_request_summaries(
        &self,
        platform: Option<&str>,
        now: Timestamp,
    ) -> Result<Vec<RequestSummary>> {
        self.summaries(platform, None, Some(now))
    }

    fn summaries(
        &self,
        platform: Option<&str>,
        reference: Option<&str>,
        overdue_at: Option<Timestamp>,
    ) -> Result<Vec<RequestSummary>> {
        // One statement per combination of filters, each condition present
        // only when used: a `?1 IS NULL OR ...` condition would hide the
        // ref, platform and deadline from the query planner.
        let mut filters: Vec<&str> = Vec::new();
        let mut values: Vec<String> = Vec::new();
        if let Some(p) = platform {
            filters.push("r.platform = ?");
            values.push(p.to_string());
        }
        if let Some(r) = reference {
            filters.push("r.ref = ?");
            values.push(r.to_string());
        }
        if let Some(now) = overdue_at {
            // Times are stored as fixed-width UTC text (`ts`): text order is
            // time order. The pending item is one seek in items(request_id, status).
            filters.push(
                "r.due_at < ? AND EXISTS (SELECT 1 FROM items p WHERE p.request_id = r.id AND p.status = 'pending')",
            );
            values.push(ts(now));
        }
        let filter = if filters.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", filters.join(" AND "))
        };
        // Two statements in one read transaction (one snapshot): the
        // requests, then their items' statuses from the covering index
        // items(request_id, status), counted here. SQLite's per-row cost of
        // GROUP BY or SUM(status = ...) over the items made up most of the
        // time (100,000 requests, 1,000,000 items: 1.0 s with five SUMs, 0.4 s
        // grouped by status), and so did its sorter moving whole rows: the
        // rows are put in order (due_at, then ref, as text: BINARY collation
        // is byte order, as for Rust strings; ref is unique) here.
        self.atomically(|c| {
            let sql = format!(
                "SELECT r.id, r.ref, r.platform, r.sent_at, r.due_at, r.category, r.message_id, r.case_number
                 FROM requests r {filter}"
            );
            let mut found: Vec<(String, i64, RequestSummary)> = Vec::new();
            let mut st = c.prepare_cached(&sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(&values))?;
            while let Some(r) = rows.next()? {
                let due: String = r.get(4)?;
                found.push((
                    due.clone(),
                    r.get(0)?,
                    RequestSummary {
                        reference: r.get(1)?,
                        platform: r.get(2)?,
                        sent_at: parse_ts(&r.get::<_, String>(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                        due_at: parse_ts(&due).unwrap_or(Timestamp::UNIX_EPOCH),
                        category: r.get(5)?,
                        message_id: r.get(6)?,
                        case_number: r.get(7)?,
                        items: 0,
                        pending: 0,
                        removed: 0,
                        restricted: 0,
                        rejected: 0,
                        not_found: 0,
                    },
                ));
            }
            found.sort_by(|a, b| (&a.0, &a.2.reference).cmp(&(&b.0, &b.2.reference)));
            let mut at: std::collections::HashMap<i64, usize> = Default::default();
            let mut out = Vec::with_capacity(found.len());
            for (_, id, sum) in found {
                at.insert(id, out.len());
                out.push(sum);
            }
            if out.is_empty() {
                return Ok(out);
            }
            // Unfiltered: every item, one pass over the index; filtered: the
            // items of the requests found, one index seek per request.
            let ids;
            let (sql, params): (&str, Vec<&String>) = if filters.is_empty() {
                ("SELECT request_id, status FROM items", vec![])
            } else {
                ids = json_array(&at.keys().collect::<Vec<_>>());
                (
                    "SELECT request_id, status FROM items WHERE request_id IN (SELECT value FROM json_each(?1))",
                    vec![&ids],
                )
            };
            let mut st = c.prepare_cached(sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(params))?;
            // A request's items come one after the other (index order): look
            // the request up once per run of them, not once per item.
            let mut last: Option<(i64, Option<usize>)> = None;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                let k = match last {
                    Some((l, k)) if l == id => k,
                    _ => {
                        let k = at.get(&id).copied();
                        last = Some((id, k));
                        k
                    }
                };
                let Some(sum) = k.and_then(|k| out.get_mut(k)) else {
                    continue;
                };
                sum.items += 1;
                // Exactly the stored spellings (the CHECK constraint's), as
                // the SQL comparisons counted them before.
                use rusqlite::types::ValueRef::Text;
                match r.get_ref(1)? {
                    Text(b"pending") => sum.pending += 1,
                    Text(b"removed") => sum.removed += 1,
                    Text(b"restricted") => sum.restricted += 1,
                    Text(b"rejected") => sum.rejected += 1,
                    Text(b"not_found") => sum.not_found += 1,
                    _ => {}
                }
            }
            Ok(out)
        })
    }

    pub fn items_of(&self, reference: &str) -> Result<Vec<ItemRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT i.id, i.url, i.status, i.updated_at, m.message_id, i.staff_lock
             FROM items i JOIN requests r ON r.id = i.request_id LEFT JOIN messages m ON m.id = i.evidence
             WHERE r.ref = ?1 ORDER BY i.id",
        )?;
        let rows = st
            .query_map([reference], |r| {
                Ok(ItemRow {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    status: Status::parse(&r.get::<_, String>(2)?).unwrap_or(Status::Pending),
                    updated_at: r.get::<_, Option<String>>(3)?.as_deref().and_then(parse_ts),
                    evidence: r.get(4)?,
                    staff_lock: r.get::<_, i64>(5)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn item_events(&self, item: i64) -> Result<Vec<EventRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT e.at, e.old_status, e.new_status, e.source, e.actor, m.message_id, e.note, e.hash, m.date
             FROM item_events e LEFT JOIN messages m ON m.id = e.message WHERE e.item = ?1 ORDER BY e.id",
        )?;
        let rows = st
            .query_map([item], |r| {
                Ok(EventRow {
                    at: parse_ts(&r.get::<_, String>(0)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    old_status: r.get(1)?,
                    new_status: r.get(2)?,
                    source: r.get(3)?,
                    actor: r.get(4)?,
                    message_id: r.get(5)?,
                    stated_at: r.get::<_, Option<String>>(8)?.as_deref().and_then(parse_ts),
                    note: r.get(6)?,
                    hash: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The raw bytes of a stored email, byte-identical to what was received.
    pub fn raw_message(&self, mid_or_sha: &str) -> Result<(Vec<u8>, String, bool)> {
        let key = mid_or_sha
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>');
        let row: Option<(Vec<u8>, String, String)> = self
            .conn
            .query_row(
                "SELECT raw, sha256, raw_encoding FROM messages WHERE message_id = ?1 OR sha256 = ?1 ORDER BY id LIMIT 1",
                [key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (raw, sha, enc) = row.ok_or_else(|| {
            StoreError::NotFound(format!("no stored email with Message-ID or SHA-256 {key}"))
        })?;
        Ok((decompress(&raw)?, sha, enc == "deflate-headers-only"))
    }

    pub fn imap_state(&self, mailbox: &str, folder: &str) -> Result<Option<(u32, u32)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT uidvalidity, last_uid FROM imap_state WHERE mailbox = ?1 AND folder = ?2",
                params![mailbox, folder],
                |r| Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u32)),
            )
            .optional()?)
    }

    pub fn set_imap_state(
        &self,
        mailbox: &str,
        folder: &str,
        uidvalidity: u32,
        last_uid: u32,
        now: Timestamp,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO imap_state (mailbox, folder, uidvalidity, last_uid, synced_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (mailbox, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,
                 last_uid = excluded.last_uid, synced_at = excluded.synced_at",
            params![mailbox, folder, uidvalidity as i64, last_uid as i64, ts(now)],
        )?;
        Ok(())
    }

    /// Counts for metrics and the digest.
    pub fn counts(&self, now: Timestamp) -> Result<BTreeMap<String, i64>> {
        let mut out = BTreeMap::new();
        let mut st = self
            .conn
            .prepare_cached("SELECT outcome, COUNT(*) FROM messages GROUP BY outcome")?;
        for row in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (k, v) = row?;
            out.insert(format!("emails_{k}"), v);
        }
        let pending: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM items WHERE status = 'pending'",
            [],
            |r| r.get(0),
        )?;
        let overdue: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM items i JOIN requests r ON r.id = i.request_id WHERE i.status = 'pending' AND r.due_at < ?1",
            [ts(now)],
            |r| r.get(0),
        )?;
        let review: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM review WHERE resolved_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        out.insert("items_pending".into(), pending);
        out.insert("items_overdue".into(), overdue);
        out.insert("review_open".into(), review);
        Ok(out)
    }
}

// ---------------------------------------------------------------------------
// --- Outbox ---
//
// Outgoing email (reminders, the staff digest). A row exists before its email
// is handed to any server: queued -> sending -> sent | failed, and `sending`
// is committed before the SMTP transaction starts, so that a crash in between
// leaves a row that the next run turns into `uncertain` instead of sending the
// email a second time.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    Queued,
    Sending,
    Sent,
    Failed,
    Uncertain,
    Bounced,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sending => "sending",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
            OutboxState::Uncertain => "uncertain",
            OutboxState::Bounced => "bounced",
        }
    }

    pub fn parse(s: &str) -> Option<OutboxState> {
        Some(match s {
            "queued" => OutboxState::Queued,
            "sending" => OutboxState::Sending,
            "sent" => OutboxState::Sent,
            "failed" => OutboxState::Failed,
            "uncertain" => OutboxState::Uncertain,
            "bounced" => OutboxState::Bounced,
            _ => return None,
        })
    }
}

/// One outgoing email as the ledger holds it (without its raw bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    /// "reminder" or "digest".
    pub kind: String,
    pub request: Option<i64>,
    pub reference: Option<String>,
    pub step: u32,
    pub dedup_key: String,
    /// Without <>.
    pub message_id: String,
    pub recipients: Vec<String>,
    pub subject: String,
    pub state: OutboxState,
    pub attempts: u32,
    pub created_at: Timestamp,
    pub next_attempt: Option<Timestamp>,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
    pub server_reply: Option<String>,
    pub escalated: bool,
}

/// An email about to be queued.
#[derive(Debug, Clone)]
pub struct NewOutbox<'a> {
    pub kind: &'a str,
    pub request: Option<i64>,
    pub step: u32,
    pub dedup_key: &'a str,
    pub message_id: &'a str,
    pub recipients: &'a [String],
    pub subject: &'a str,
    pub raw: &'a [u8],
    pub escalated: bool,
    pub created_at: Timestamp,
}

/// A request whose deadline has passed with an item still pending or
/// restricted (whether restricted counts as answered is the caller's choice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LateRequest {
    pub id: i64,
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
    pub category: Option<String>,
    pub message_id: Option<String>,
    pub case_number: Option<String>,
    /// Every item, in import order: (url exactly as imported, status).
    pub items: Vec<(String, Status)>,
}

/// An email that claimed to come from a platform but did not authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspectEmail {
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub platform: Option<String>,
    pub received_at: Timestamp,
    pub trust_reason: String,
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenReview {
    pub message_id: Option<String>,
    pub reason: String,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub received_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub reference: String,
    pub platform: String,
    pub url: String,
    pub at: Timestamp,
}

/// When one item was first answered and first removed, for the platform
/// figures: the Date of the platform's email behind the change (when it said
/// so, which is what the deadline is about), else when the ledger recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemTiming {
    pub platform: String,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
    pub first_answer: Option<Timestamp>,
    pub first_removed: Option<Timestamp>,
}

/// What the staff digest reports, read in one go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DigestData {
    pub suspects: Vec<SuspectEmail>,
    pub open_review: Vec<OpenReview>,
    pub removals: Vec<Removal>,
    pub timings: Vec<ItemTiming>,
    /// The last `item_events.hash`: the head of the audit chain.
    pub chain_head: Option<String>,
    /// Reminders held back since the last digest (src/freshness.rs), first.
    pub holds: Vec<crate::store::ReminderHold>,
    /// Every mailbox's record of passes.
    pub mailboxes: Vec<crate::store::MailboxPass>,
    /// Pending items that URL checks saw gone `confirm` times in a row
    /// (filled by the caller from `Store::appears_gone`).
    pub appears_gone: Vec<super::AppearsGone>,
}

const OUTBOX_COLUMNS: &str = "o.id, o.kind, o.request, r.ref, o.step, o.dedup_key, o.message_id, o.recipients, o.subject, o.state,
     o.attempts, o.created_at, o.next_attempt, o.sent_at, o.last_error, o.server_reply, o.escalated";

fn outbox_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxRow> {
    let recipients: String = r.get(7)?;
    let state: String = r.get(9)?;
    let time = |i: usize| -> rusqlite::Result<Option<Timestamp>> {
        Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(parse_ts))
    };
    Ok(OutboxRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        request: r.get(2)?,
        reference: r.get(3)?,
        step: r.get::<_, i64>(4)?.max(0) as u32,
        dedup_key: r.get(5)?,
        message_id: r.get(6)?,
        recipients: serde_json::from_str(&recipients).unwrap_or_default(),
        subject: r.get(8)?,
        // The CHECK constraint admits only known states; `uncertain` is the
        // safe reading should that ever not hold (it is never sent again).
        state: OutboxState::parse(&state).unwrap_or(OutboxState::Uncertain),
        attempts: r.get::<_, i64>(10)?.max(0) as u32,
        created_at: time(11)?.unwrap_or(Timestamp::UNIX_EPOCH),
        next_attempt: time(12)?,
        sent_at: time(13)?,
        last_error: r.get(14)?,
        server_reply: r.get(15)?,
        escalated: r.get::<_, i64>(16)? != 0,
    })
}

impl Store {
    /// Every outbox row, oldest first.
    pub fn outbox_rows(&self) -> Result<Vec<OutboxRow>> {
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o LEFT JOIN requests r ON r.id = o.request ORDER BY o.created_at, o.id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st
            .query_map([], outbox_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn outbox_row(&self, id: i64) -> Result<OutboxRow> {
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o LEFT JOIN requests r ON r.id = o.request WHERE o.id = ?1"
        );
        self.conn
            .query_row(&sql, [id], outbox_row)
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no outbox row {id}")))
    }

    /// The exact bytes of an outgoing email.
    pub fn outbox_raw(&self, id: i64) -> Result<Vec<u8>> {
        self.conn
            .query_row("SELECT raw FROM outbox WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no outbox row {id}")))
    }

    /// Queues an email. `None` when an email with the same dedup key exists:
    /// that step was already queued (by this or another run) and is not queued twice.
    pub fn outbox_insert(&self, n: &NewOutbox<'_>) -> Result<Option<i64>> {
        let recipients = serde_json::to_string(n.recipients).unwrap_or_else(|_| "[]".into());
        let added = self.conn.execute(
            "INSERT OR IGNORE INTO outbox (kind, request, step, dedup_key, message_id, recipients, subject, raw, state,
                 attempts, created_at, escalated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'queued', 0, ?9, ?10)",
            params![
                n.kind,
                n.request,
                n.step as i64,
                n.dedup_key,
                n.message_id,
                recipients,
                n.subject,
                n.raw,
                ts(n.created_at),
                n.escalated as i64
            ],
        )?;
        Ok(if added == 1 {
            Some(self.conn.last_insert_rowid())
        } else {
            None
        })
    }

    /// Replaces the content of an email that has never been handed to a
    /// server (queued, or failed before the server took it), so that a retry
    /// lists the items pending now. Returns false when the row is past that.
    pub fn outbox_recompose(
        &self,
        id: i64,
        recipients: &[String],
        subject: &str,
        raw: &[u8],
    ) -> Result<bool> {
        let recipients = serde_json::to_string(recipients).unwrap_or_else(|_| "[]".into());
        let n = self.conn.execute(
            "UPDATE outbox SET recipients = ?1, subject = ?2, raw = ?3 WHERE id = ?4 AND state IN ('queued','failed')",
            params![recipients, subject, raw, id],
        )?;
        Ok(n == 1)
    }

    /// Marks a row `sending` (committed before this returns) and counts the
    /// attempt. False when the row is not queued or failed any more (another
    /// run took it): the caller must then not send it.
    pub fn outbox_claim(&self, id: i64) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt = NULL
             WHERE id = ?1 AND state IN ('queued','failed')",
            [id],
        )?;
        Ok(n == 1)
    }

    pub fn outbox_sent(&self, id: i64, now: Timestamp, reply: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?1, server_reply = ?2, last_error = NULL, next_attempt = NULL WHERE id = ?3",
            params![ts(now), reply, id],
        )?;
        Ok(())
    }

    /// Not sent: the server refused it or could not be reached. `attempts`:
    /// how many times it has been tried now (the backoff grows with it);
    /// `next_attempt` None means no further attempt will be made.
    pub fn outbox_failed(
        &self,
        id: i64,
        error: &str,
        attempts: u32,
        next_attempt: Option<Timestamp>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET state = 'failed', last_error = ?1, attempts = ?2, next_attempt = ?3
             WHERE id = ?4 AND state IN ('queued','sending','failed')",
            params![error, attempts as i64, next_attempt.map(ts), id],
        )?;
        Ok(())
    }

    /// Handed to the server, but whether it took the email is unknown.
    pub fn outbox_uncertain(&self, id: i64, why: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET state = 'uncertain', last_error = ?1, next_attempt = NULL WHERE id = ?2",
            params![why, id],
        )?;
        Ok(())
    }

    /// Rows left in `sending` by a run that stopped between marking and
    /// recording become `uncertain`: the email may have gone out, so it is
    /// never sent again. Returns them.
    pub fn outbox_recover(&self, now: Timestamp) -> Result<Vec<OutboxRow>> {
        self.atomically(|c| {
            let sql = format!(
                "SELECT {OUTBOX_COLUMNS} FROM outbox o LEFT JOIN requests r ON r.id = o.request WHERE o.state = 'sending' ORDER BY o.id"
            );
            let rows = c.prepare(&sql)?.query_map([], outbox_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            let why = format!(
                "found in `sending` at {}: the run stopped between marking it and recording the server's answer; it may have been delivered, so it is not sent again",
                ts(now)
            );
            c.execute("UPDATE outbox SET state = 'uncertain', last_error = ?1, next_attempt = NULL WHERE state = 'sending'", [&why])?;
            Ok(rows)
        })
    }

    /// Requests past their deadline (`due_at` before `now`) that still have
    /// an item pending or restricted, each with all its items.
    pub fn late_requests(&self, now: Timestamp) -> Result<Vec<LateRequest>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.id, r.ref, r.platform, r.sent_at, r.due_at, r.category, r.message_id, r.case_number
             FROM requests r
             WHERE r.due_at < ?1 AND EXISTS (SELECT 1 FROM items i WHERE i.request_id = r.id AND i.status IN ('pending','restricted'))
             ORDER BY r.due_at, r.ref",
        )?;
        let mut out = st
            .query_map([ts(now)], |r| {
                Ok(LateRequest {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    platform: r.get(2)?,
                    sent_at: parse_ts(&r.get::<_, String>(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    due_at: parse_ts(&r.get::<_, String>(4)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    category: r.get(5)?,
                    message_id: r.get(6)?,
                    case_number: r.get(7)?,
                    items: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = self
            .conn
            .prepare_cached("SELECT url, status FROM items WHERE request_id = ?1 ORDER BY id")?;
        for req in out.iter_mut() {
            req.items = st
                .query_map([req.id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        Status::parse(&r.get::<_, String>(1)?).unwrap_or(Status::Pending),
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
        }
        Ok(out)
    }

    /// Everything the staff digest reports. `since`: the start of the period
    /// for removals and for untrusted platform emails already resolved.
    pub fn digest_data(&self, since: Timestamp) -> Result<DigestData> {
        let c = &self.conn;
        let t = |s: String| parse_ts(&s).unwrap_or(Timestamp::UNIX_EPOCH);
        let suspects = c
            .prepare_cached(
                "SELECT m.message_id, m.from_addr, m.subject, m.platform, m.received_at, m.trust_reason,
                        v.id IS NOT NULL AND v.resolved_at IS NOT NULL
                 FROM messages m LEFT JOIN review v ON v.message = m.id
                 WHERE m.platform IS NOT NULL AND m.trust = 'untrusted' AND m.outcome <> 'duplicate'
                   AND ((v.id IS NOT NULL AND v.resolved_at IS NULL) OR m.received_at >= ?1)
                 ORDER BY m.received_at, m.id",
            )?
            .query_map([ts(since)], |r| {
                Ok(SuspectEmail {
                    message_id: r.get(0)?,
                    from: r.get(1)?,
                    subject: r.get(2)?,
                    platform: r.get(3)?,
                    received_at: t(r.get(4)?),
                    trust_reason: r.get(5)?,
                    resolved: r.get::<_, i64>(6)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let open_review = c
            .prepare_cached(
                "SELECT m.message_id, v.reason, m.from_addr, COALESCE(m.subject, rq.ref || ' ' || i.url),
                        COALESCE(m.received_at, v.created_at) AS at
                 FROM review v LEFT JOIN messages m ON m.id = v.message
                 LEFT JOIN items i ON i.id = v.item LEFT JOIN requests rq ON rq.id = i.request_id
                 WHERE v.resolved_at IS NULL ORDER BY at, v.id",
            )?
            .query_map([], |r| {
                Ok(OpenReview { message_id: r.get(0)?, reason: r.get(1)?, from: r.get(2)?, subject: r.get(3)?, received_at: t(r.get(4)?) })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let removals = c
            .prepare_cached(
                "SELECT r.ref, r.platform, i.url, e.at FROM item_events e
                 JOIN items i ON i.id = e.item JOIN requests r ON r.id = i.request_id
                 WHERE e.new_status = 'removed' AND e.old_status <> 'removed' AND e.at >= ?1
                 ORDER BY r.platform, e.at, e.id",
            )?
            .query_map([ts(since)], |r| {
                Ok(Removal {
                    reference: r.get(0)?,
                    platform: r.get(1)?,
                    url: r.get(2)?,
                    at: t(r.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let timings = c
            .prepare_cached(
                "SELECT r.platform, r.sent_at, r.due_at,
                        (SELECT MIN(CASE WHEN m.date IS NOT NULL AND m.date <= e.at THEN m.date ELSE e.at END)
                           FROM item_events e LEFT JOIN messages m ON m.id = e.message
                          WHERE e.item = i.id AND e.new_status <> 'pending'),
                        (SELECT MIN(CASE WHEN m.date IS NOT NULL AND m.date <= e.at THEN m.date ELSE e.at END)
                           FROM item_events e LEFT JOIN messages m ON m.id = e.message
                          WHERE e.item = i.id AND e.new_status = 'removed')
                 FROM items i JOIN requests r ON r.id = i.request_id ORDER BY r.platform, i.id",
            )?
            .query_map([], |r| {
                Ok(ItemTiming {
                    platform: r.get(0)?,
                    sent_at: t(r.get(1)?),
                    due_at: t(r.get(2)?),
                    first_answer: r.get::<_, Option<String>>(3)?.as_deref().and_then(parse_ts),
                    first_removed: r.get::<_, Option<String>>(4)?.as_deref().and_then(parse_ts),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let chain_head = c
            .query_row(
                "SELECT hash FROM item_events ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(DigestData {
            suspects,
            open_review,
            removals,
            timings,
            chain_head,
            holds: self.open_reminder_holds()?,
            mailboxes: self.mailbox_passes()?,
            appears_gone: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    //! The set-at-a-time queries (`summaries`, `ledger_view`, `emails_since`)
    //! against naive computations over whole-table dumps: same rows, same
    //! order.

    use super::*;
    use crate::matching::Change;

    const NOW: &str = "2024-03-01T00:00:00Z";

    /// A small deterministic ledger: requests on three platforms with
    /// deadlines on both sides of NOW, items in every status, URL keys shared
    /// between requests (one needing JSON escaping), requests without items,
    /// case numbers, threads and an outbox email.
    fn ledger() -> Store {
        let store = Store::open_in_memory().expect("store");
        let t = |s: &str| s.parse::<Timestamp>().expect("time");
        let mut rows = Vec::new();
        for i in 0..60i64 {
            let sent = t("2024-01-01T03:00:00Z") + jiff::SignedDuration::from_hours(24 * i);
            for j in 0..(i % 5 + 1) {
                let key = if j == 3 {
                    format!("t.me/chan{}/{j}", i % 4)
                } else if i % 11 == 0 && j == 0 {
                    "t.me/\"q\\\u{d55c}".to_string()
                } else {
                    format!("t.me/k{}", (i * 7 + j) % 40)
                };
                rows.push(NewRequestItem {
                    reference: format!("R-{i:03}"),
                    platform: ["telegram", "x", "youtube"][(i % 3) as usize].into(),
                    sent_at: sent,
                    sent_at_given: "time",
                    due_at: sent + jiff::SignedDuration::from_hours(24 * 7),
                    url: format!("https://t.me/c{i}/{j}"),
                    url_key: key,
                    category: (i % 2 == 0).then(|| "cat".to_string()),
                    message_id: (i % 6 == 0).then(|| format!("req{i}@us")),
                    note: None,
                    origin: "test".into(),
                });
            }
        }
        store.import_requests(&rows, false, t(NOW)).expect("import");
        let c = &store.conn;
        for (n, (id,)) in c
            .prepare("SELECT id FROM items ORDER BY id")
            .expect("prepare")
            .query_map([], |r| Ok((r.get::<_, i64>(0)?,)))
            .expect("items")
            .map(|r| r.expect("row"))
            .collect::<Vec<_>>()
            .into_iter()
            .enumerate()
        {
            let status = Status::ALL[(n * 7 + n / 3) % 5].as_str();
            c.execute(
                "UPDATE items SET status = ?1 WHERE id = ?2",
                params![status, id],
            )
            .expect("status");
        }
        // Requests of several items all answered, so that some past their
        // deadline are closed, not overdue.
        c.execute(
            "UPDATE items SET status = 'removed' WHERE request_id IN (SELECT id FROM requests WHERE ref IN ('R-009', 'R-014', 'R-019'))",
            [],
        )
        .expect("closed");
        for (k, due) in [
            ("E-1", "2024-01-05T00:00:00Z"),
            ("E-2", "2024-06-01T00:00:00Z"),
        ] {
            c.execute(
                "INSERT INTO requests (ref, platform, sent_at, due_at, created_at) VALUES (?1, 'x', ?2, ?2, ?3)",
                params![k, due, NOW],
            )
            .expect("empty request");
        }
        c.execute(
            "UPDATE requests SET case_number = 'C' || (id % 4) WHERE id % 3 = 0",
            [],
        )
        .expect("case numbers");
        store
            .outbox_insert(&NewOutbox {
                kind: "reminder",
                request: Some(8),
                step: 1,
                dedup_key: "reminder:R-007:1",
                message_id: "rem1@us",
                recipients: &["a@x.example".to_string()],
                subject: "s",
                raw: b"x",
                escalated: false,
                created_at: t(NOW),
            })
            .expect("outbox");
        store
    }

    type Req = (
        i64,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    fn all_requests(s: &Store) -> Vec<Req> {
        s.conn
            .prepare("SELECT id, ref, platform, sent_at, due_at, category, message_id, case_number FROM requests")
            .expect("prepare")
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
            })
            .expect("query")
            .map(|r| r.expect("row"))
            .collect()
    }

    /// (id, request_id, url, url_key, status, staff_lock)
    fn all_items(s: &Store) -> Vec<(i64, i64, String, String, String, i64)> {
        s.conn
            .prepare("SELECT id, request_id, url, url_key, status, staff_lock FROM items")
            .expect("prepare")
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .expect("query")
            .map(|r| r.expect("row"))
            .collect()
    }

    fn show(rows: &[RequestSummary]) -> Vec<String> {
        rows.iter()
            .map(|r| serde_json::to_string(r).expect("json"))
            .collect()
    }

    /// Every request with its counts, by (due_at, ref), straight from the rows.
    fn naive_summaries(s: &Store) -> Vec<RequestSummary> {
        let items = all_items(s);
        let mut reqs = all_requests(s);
        reqs.sort_by(|a, b| (&a.4, &a.1).cmp(&(&b.4, &b.1)));
        reqs.into_iter()
            .map(
                |(id, reference, platform, sent, due, category, message_id, case_number)| {
                    let mine: Vec<&str> = items
                        .iter()
                        .filter(|i| i.1 == id)
                        .map(|i| i.4.as_str())
                        .collect();
                    let n = |st: &str| mine.iter().filter(|s| **s == st).count() as u64;
                    RequestSummary {
                        reference,
                        platform,
                        sent_at: parse_ts(&sent).expect("sent"),
                        due_at: parse_ts(&due).expect("due"),
                        category,
                        message_id,
                        case_number,
                        items: mine.len() as u64,
                        pending: n("pending"),
                        removed: n("removed"),
                        restricted: n("restricted"),
                        rejected: n("rejected"),
                        not_found: n("not_found"),
                    }
                },
            )
            .collect()
    }

    #[test]
    fn summaries_match_a_naive_count() {
        let s = ledger();
        let all = naive_summaries(&s);
        assert_eq!(all.len(), 62);
        assert_eq!(
            show(&s.request_summaries(None, None).expect("all")),
            show(&all)
        );
        let x: Vec<_> = all.iter().filter(|r| r.platform == "x").cloned().collect();
        assert_eq!(
            show(&s.request_summaries(Some("x"), None).expect("x")),
            show(&x)
        );
        let one: Vec<_> = all
            .iter()
            .filter(|r| r.reference == "R-007")
            .cloned()
            .collect();
        assert_eq!(
            show(&s.request_summaries(None, Some("R-007")).expect("one")),
            show(&one)
        );
        assert!(
            s.request_summaries(None, Some("nope"))
                .expect("none")
                .is_empty()
        );
        let empty: Vec<_> = all
            .iter()
            .filter(|r| r.reference == "E-1")
            .cloned()
            .collect();
        assert_eq!(empty[0].items, 0);
        assert_eq!(
            show(&s.request_summaries(Some("x"), Some("E-1")).expect("empty")),
            show(&empty)
        );
    }

    #[test]
    fn overdue_in_sql_is_the_cli_definition() {
        let s = ledger();
        let all = naive_summaries(&s);
        // `requests --overdue`: an item pending and the deadline before now.
        for now in [
            NOW,
            "2024-01-01T00:00:00Z",
            "2024-01-15T03:00:00Z",
            "2030-01-01T00:00:00Z",
        ] {
            let now = parse_ts(now).expect("now");
            let overdue: Vec<_> = all
                .iter()
                .filter(|r| r.pending > 0 && r.due_at < now)
                .cloned()
                .collect();
            assert_eq!(
                show(&s.overdue_request_summaries(None, now).expect("overdue")),
                show(&overdue)
            );
            for p in ["telegram", "x", "nope"] {
                let mine: Vec<_> = overdue
                    .iter()
                    .filter(|r| r.platform == p)
                    .cloned()
                    .collect();
                assert_eq!(
                    show(
                        &s.overdue_request_summaries(Some(p), now)
                            .expect("overdue p")
                    ),
                    show(&mine)
                );
            }
        }
        let now = parse_ts(NOW).expect("now");
        let got = s.overdue_request_summaries(None, now).expect("overdue");
        // Not vacuous: some overdue, and some past the deadline left out (closed).
        assert!(got.len() > 5 && got.len() < all.iter().filter(|r| r.due_at < now).count());
    }

    /// The view as the one-statement-per-lookup version built it.
    fn naive_view(s: &Store, q: &ViewQuery, tz: &jiff::tz::TimeZone) -> LedgerView {
        let reqs = all_requests(s);
        let items = all_items(s);
        let outbox: Vec<(i64, String, Option<i64>, i64, String, String)> = s
            .conn
            .prepare("SELECT id, kind, request, step, message_id, state FROM outbox")
            .expect("prepare")
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        let mut ids: BTreeMap<i64, Vec<&'static str>> = BTreeMap::new();
        let mut add = |id: i64, how: &'static str| {
            let e = ids.entry(id).or_default();
            if !e.contains(&how) {
                e.push(how);
            }
        };
        for want in &q.refs {
            reqs.iter()
                .filter(|r| &r.1 == want)
                .for_each(|r| add(r.0, "ref"));
        }
        for m in &q.message_ids {
            reqs.iter()
                .filter(|r| r.6.as_ref() == Some(m))
                .for_each(|r| add(r.0, "thread"));
            outbox
                .iter()
                .filter(|o| &o.4 == m)
                .filter_map(|o| o.2)
                .for_each(|r| add(r, "thread"));
        }
        for (p, n) in &q.case_numbers {
            reqs.iter()
                .filter(|r| &r.2 == p && r.7.as_ref() == Some(n))
                .for_each(|r| add(r.0, "case_number"));
        }
        for k in &q.url_keys {
            items
                .iter()
                .filter(|i| &i.3 == k)
                .for_each(|i| add(i.1, "url"));
        }
        for p in &q.key_prefixes {
            let under = format!("{p}/");
            items
                .iter()
                .filter(|i| i.3.starts_with(&under))
                .for_each(|i| add(i.1, "url"));
        }
        for (p, d) in &q.platform_dates {
            reqs.iter()
                .filter(|r| &r.2 == p)
                .filter(|r| {
                    parse_ts(&r.3).is_some_and(|t| t.to_zoned(tz.clone()).date().to_string() == *d)
                })
                .for_each(|r| add(r.0, "date"));
        }
        let mut seen = Vec::new();
        for m in &q.message_ids {
            for o in outbox.iter().filter(|o| &o.4 == m) {
                if !seen.iter().any(|v: &ViewOutbox| v.id == o.0) {
                    seen.push(ViewOutbox {
                        id: o.0,
                        kind: o.1.clone(),
                        reference: o
                            .2
                            .and_then(|id| reqs.iter().find(|r| r.0 == id))
                            .map(|r| r.1.clone()),
                        step: o.3.max(0) as u32,
                        message_id: o.4.clone(),
                        state: o.5.clone(),
                    });
                }
            }
        }
        let requests = ids
            .into_iter()
            .map(|(id, how)| {
                let r = reqs.iter().find(|r| r.0 == id).expect("request");
                let mut mine: Vec<ViewItem> = items
                    .iter()
                    .filter(|i| i.1 == id)
                    .map(|i| ViewItem {
                        id: i.0,
                        url: i.2.clone(),
                        url_key: i.3.clone(),
                        status: Status::parse(&i.4).expect("status"),
                        staff_lock: i.5 != 0,
                    })
                    .collect();
                mine.sort_by_key(|i| i.id);
                ViewRequest {
                    id,
                    reference: r.1.clone(),
                    platform: r.2.clone(),
                    sent_at: parse_ts(&r.3).expect("sent"),
                    sent_from: sent_from(
                        parse_ts(&r.3).expect("sent"),
                        &s.conn
                            .query_row(
                                "SELECT sent_at_given FROM requests WHERE id = ?1",
                                [id],
                                |g| g.get::<_, String>(0),
                            )
                            .expect("given"),
                        tz,
                    ),
                    due_at: parse_ts(&r.4).expect("due"),
                    message_id: r.6.clone(),
                    case_number: r.7.clone(),
                    found_by: how,
                    items: mine,
                }
            })
            .collect();
        LedgerView {
            requests,
            outbox: seen,
        }
    }

    #[test]
    fn ledger_view_matches_a_naive_view() {
        let s = ledger();
        let tz = jiff::tz::TimeZone::get("Asia/Seoul").expect("tz");
        let keys = |ks: &[&str]| ks.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        let queries = vec![
            ViewQuery::default(),
            ViewQuery {
                url_keys: keys(&[
                    "t.me/k1",
                    "t.me/k7",
                    "t.me/k39",
                    "t.me/none",
                    "t.me/\"q\\\u{d55c}",
                ]),
                ..ViewQuery::default()
            },
            ViewQuery {
                url_keys: (0..40).map(|k| format!("t.me/k{k}")).collect(),
                key_prefixes: keys(&["t.me/chan1", "t.me/chan"]),
                ..ViewQuery::default()
            },
            ViewQuery {
                refs: keys(&["R-003", "R-004", "nope", "E-1"]),
                message_ids: keys(&["req6@us", "rem1@us", "other@them"]),
                case_numbers: vec![
                    ("youtube".into(), "C1".into()),
                    ("telegram".into(), "C0".into()),
                ],
                url_keys: keys(&["t.me/k3", "t.me/k4"]),
                platform_dates: vec![
                    ("telegram".into(), "2024-01-04".into()),
                    ("x".into(), "2024-01-02".into()),
                ],
                ..ViewQuery::default()
            },
        ];
        for q in &queries {
            let got = s.ledger_view(q, &tz).expect("view");
            let want = naive_view(&s, q, &tz);
            assert_eq!(format!("{got:#?}"), format!("{want:#?}"), "{q:?}");
        }
        // Not vacuous: the views found requests, by every route.
        let big = s.ledger_view(&queries[3], &tz).expect("view");
        let hows: BTreeSet<&str> = big
            .requests
            .iter()
            .flat_map(|r| r.found_by.clone())
            .collect();
        assert_eq!(hows.len(), 5, "{hows:?}");
        assert_eq!(big.outbox.len(), 1);
        assert!(
            s.ledger_view(&queries[1], &tz)
                .expect("view")
                .requests
                .len()
                >= 5
        );
    }

    #[test]
    fn emails_since_counts_events_like_one_email_at_a_time() {
        let s = ledger();
        let t = parse_ts(NOW).expect("now");
        let items = all_items(&s);
        let mut shas = Vec::new();
        for n in 0..6 {
            let sha = format!("{n:064}");
            let m = NewMessage {
                message_id: Some("m@them"),
                sha256: &sha,
                from: None,
                subject: None,
                date: None,
                received_at: t,
                raw: b"raw",
                deflated: None,
                headers_only: false,
                size: 3,
                origin: "test",
                platform: Some("x"),
                trust: "trusted",
                trust_reason: "test",
                classification: "confirmation",
                outcome: "applied",
                detail: "",
                duplicate_of: None,
                review: None,
            };
            let msg = s.record_ingest(&m, None).expect("message");
            // Email n changes n items (email 0 none), some twice.
            let changes: Vec<Change> = items
                .iter()
                .take(n)
                .map(|i| Change {
                    item: i.0,
                    url: i.2.clone(),
                    reference: String::new(),
                    old: Status::Pending,
                    new: if n % 2 == 0 {
                        Status::Removed
                    } else {
                        Status::Rejected
                    },
                    source: "email",
                    note: String::new(),
                })
                .collect();
            s.apply_reprocessed(msg, &changes, "x", "test", t)
                .expect("events");
            shas.push(sha);
        }
        let listed = s.emails_since(None).expect("emails");
        assert_eq!(listed.len(), 6);
        for (e, sha) in listed.iter().zip(&shas) {
            let one = s.find_emails(sha).expect("find");
            assert_eq!(one.len(), 1);
            assert_eq!(e.events, one[0].events, "email {}", e.id);
            assert_eq!(
                serde_json::to_string(e).expect("json"),
                serde_json::to_string(&one[0]).expect("json")
            );
        }
        assert!(listed.iter().map(|e| e.events).sum::<i64>() > 5);
        assert!(
            s.emails_since(Some(t + jiff::SignedDuration::from_secs(1)))
                .expect("later")
                .is_empty()
        );
    }
}
