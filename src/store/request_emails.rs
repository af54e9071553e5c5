//! Reads and writes for requests that travel by email (issue 17): a request
//! registered from a staff email (kept as its evidence), and the request
//! emails takedown sends itself through the outbox.

use std::collections::BTreeSet;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{NewOutbox, Result, Store, StoreError, parse_ts, ts};
use crate::requests::{Draft, ExistingRequest};
use crate::status::Status;

/// A request as `takedown request send` needs it.
#[derive(Debug, Clone)]
pub struct RequestToSend {
    pub id: i64,
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
    pub category: Option<String>,
    /// The request's Message-ID (without <>), when it has one.
    pub message_id: Option<String>,
    /// Every item: URL as imported and current status, in import order.
    pub items: Vec<(String, Status)>,
}

/// A staff email that registered a request or added URLs to it: the
/// request's evidence, as `takedown show` lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegisteringEmail {
    pub message_id: Option<String>,
    pub sha256: String,
    pub from: Option<String>,
    pub received_at: String,
    pub trust_reason: String,
    /// The email that created the request (others added URLs).
    pub created: bool,
}

impl Store {
    /// The staff emails behind a request, oldest first.
    pub fn registering_emails(&self, reference: &str) -> Result<Vec<RegisteringEmail>> {
        let mut st = self.conn.prepare_cached(
            "SELECT m.message_id, m.sha256, m.from_addr, m.received_at, m.trust_reason, m.id = r.source_message
             FROM requests r JOIN message_requests mr ON mr.request = r.id AND mr.how = 'registered'
             JOIN messages m ON m.id = mr.message
             WHERE r.ref = ?1 ORDER BY m.id",
        )?;
        let rows = st
            .query_map([reference], |r| {
                Ok(RegisteringEmail {
                    message_id: r.get(0)?,
                    sha256: r.get(1)?,
                    from: r.get(2)?,
                    received_at: r.get(3)?,
                    trust_reason: r.get(4)?,
                    created: r.get::<_, Option<bool>>(5)?.unwrap_or(false),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The request under `reference`, with its URL keys, for registering a staff email.
    pub fn existing_request(&self, reference: &str) -> Result<Option<ExistingRequest>> {
        let c = &self.conn;
        let row: Option<(i64, String, String, Option<String>)> = c
            .prepare_cached("SELECT id, platform, due_at, message_id FROM requests WHERE ref = ?1")?
            .query_row([reference], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let Some((id, platform, due, message_id)) = row else {
            return Ok(None);
        };
        let mut st = c.prepare_cached("SELECT url_key FROM items WHERE request_id = ?1")?;
        let url_keys = st
            .query_map([id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<BTreeSet<_>>>()?;
        Ok(Some(ExistingRequest {
            id,
            platform,
            due_at: parse_ts(&due).unwrap_or(Timestamp::UNIX_EPOCH),
            message_id,
            url_keys,
        }))
    }

    /// Records what a staff email registers, inside the caller's transaction
    /// (the email itself is `message`, already recorded): the request when it
    /// is new (the email as its evidence), the URLs, and the link between the
    /// email and the request. Returns the request's id and the items added.
    pub fn register_request(
        &self,
        message: i64,
        d: &Draft,
        now: Timestamp,
    ) -> Result<(i64, usize)> {
        let c = &self.conn;
        let id = match d.existing {
            Some(id) => {
                // A request imported without its email learns it now.
                c.prepare_cached(
                    "UPDATE requests SET message_id = COALESCE(message_id, ?1) WHERE id = ?2",
                )?
                .execute(params![d.message_id, id])?;
                id
            }
            None => {
                c.prepare_cached(
                    "INSERT INTO requests (ref, platform, sent_at, due_at, message_id, note, created_at, source_message, sent_at_given)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    d.reference,
                    d.platform,
                    ts(d.sent_at),
                    ts(d.due_at),
                    d.message_id,
                    format!("registered from a staff email; deadline from {}", d.deadline_from),
                    ts(now),
                    message,
                    d.sent_at_given
                ])?;
                c.last_insert_rowid()
            }
        };
        let mut added = 0;
        for (url, key) in &d.urls {
            added += c
                .prepare_cached(
                    "INSERT OR IGNORE INTO items (request_id, url, url_key) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![id, url, key])?;
        }
        c.prepare_cached(
            "INSERT OR IGNORE INTO message_requests (message, request, how) VALUES (?1, ?2, 'registered')",
        )?
        .execute(params![message, id])?;
        Ok((id, added))
    }

    /// The request under `reference` with its items, for sending it.
    pub fn request_to_send(&self, reference: &str) -> Result<RequestToSend> {
        let c = &self.conn;
        let row = c
            .prepare_cached(
                "SELECT id, ref, platform, sent_at, due_at, category, message_id FROM requests WHERE ref = ?1",
            )?
            .query_row([reference], |r| {
                Ok(RequestToSend {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    platform: r.get(2)?,
                    sent_at: parse_ts(&r.get::<_, String>(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    due_at: parse_ts(&r.get::<_, String>(4)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    category: r.get(5)?,
                    message_id: r.get(6)?,
                    items: Vec::new(),
                })
            })
            .optional()?;
        let Some(mut req) = row else {
            return Err(StoreError::NotFound(format!(
                "no request {reference} in the ledger (see `takedown requests`)"
            )));
        };
        let mut st =
            c.prepare_cached("SELECT url, status FROM items WHERE request_id = ?1 ORDER BY id")?;
        req.items = st
            .query_map([req.id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Status::parse(&r.get::<_, String>(1)?).unwrap_or(Status::Pending),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(req)
    }

    /// Whether takedown itself sent an email with this Message-ID (a copy of
    /// our own request read back from the Sent folder or a Bcc).
    pub fn is_own_outgoing(&self, message_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM outbox WHERE message_id = ?1")?
            .query_row([message_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Queues a request email and, in the same transaction, records its
    /// Message-ID as the request's when the request has none: the record is
    /// committed before anything is sent. None: that email is already queued.
    pub fn queue_request_email(&self, n: &NewOutbox<'_>) -> Result<Option<i64>> {
        self.atomically(|c| {
            let id = self.outbox_insert(n)?;
            if id.is_some() {
                c.prepare_cached(
                    "UPDATE requests SET message_id = COALESCE(message_id, ?1) WHERE id = ?2",
                )?
                .execute(params![n.message_id, n.request])?;
            }
            Ok(id)
        })
    }
}
