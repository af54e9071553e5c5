//! Read queries for the staff pages and the compliance report (issue 16;
//! `staff.rs` holds the staff decisions that write):
//! one page of requests under filters, an item list with when the platform
//! stated each status and what takedown last saw at the URL, the review
//! queue with entries about items, an email's claims, and
//! the per-item facts the report is computed from. Nothing here writes.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params_from_iter};
use serde::Serialize;

use super::{RequestSummary, Result, Store, parse_ts, ts};
use crate::status::Status;

/// Which requests `/requests` lists.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    /// open, overdue or closed (as `show` computes `state`).
    pub state: Option<RequestState>,
    pub platform: Option<String>,
    /// Deadline on or after this time.
    pub due_from: Option<Timestamp>,
    /// Deadline before this time.
    pub due_to: Option<Timestamp>,
    /// Part of a reference (case-insensitive) or of an item's URL (exact case).
    pub search: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestState {
    Open,
    Overdue,
    Closed,
}

impl RequestState {
    pub fn parse(s: &str) -> Option<RequestState> {
        match s {
            "open" => Some(RequestState::Open),
            "overdue" => Some(RequestState::Overdue),
            "closed" => Some(RequestState::Closed),
            _ => None,
        }
    }
}

/// One item as the request page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StaffItem {
    pub id: i64,
    pub url: String,
    pub status: Status,
    /// When takedown recorded the current status.
    pub updated_at: Option<Timestamp>,
    /// Message-ID of the email behind the current status.
    pub evidence: Option<String>,
    pub evidence_sha256: Option<String>,
    /// The evidence email's Date: header: when the platform stated it
    /// (None for staff decisions and pending items).
    pub stated_at: Option<Timestamp>,
    pub staff_lock: bool,
    /// What takedown last saw at the URL itself (table observations).
    pub observation: Option<Observation>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Observation {
    pub checked_at: Timestamp,
    pub http_status: Option<i64>,
    pub verdict: String,
    pub reason: String,
    pub streak: i64,
}

/// A review entry with what it is about: an email, or an item (`still_online`).
#[derive(Debug, Clone, Serialize)]
pub struct StaffReview {
    pub id: i64,
    pub reason: String,
    pub detail: String,
    pub created_at: String,
    pub message_id: Option<String>,
    pub sha256: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub date: Option<String>,
    pub received_at: Option<String>,
    pub platform: Option<String>,
    pub trust_reason: Option<String>,
    /// For entries about one item.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub url: Option<String>,
}

/// One claim of an email, with the item it matched.
#[derive(Debug, Clone, Serialize)]
pub struct StaffClaim {
    pub url: String,
    pub status: String,
    pub result: String,
    pub via: String,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}

/// A request as the report counts it.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    pub id: i64,
    pub platform: String,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
}

/// An item as the report counts it: its request (`ReportRequest::id`), its
/// current status and the platform's first statement about it.
#[derive(Debug, Clone, Copy)]
pub struct ReportItem {
    pub request: i64,
    pub status: Status,
    pub first_stated_at: Option<Timestamp>,
}

/// What the report reads from the ledger for requests sent in a window.
#[derive(Debug, Clone, Default)]
pub struct ReportFacts {
    pub requests: Vec<ReportRequest>,
    pub items: Vec<ReportItem>,
    /// (request id, sent_at) of every reminder the outbox sent.
    pub reminders: Vec<(i64, Timestamp)>,
}

/// The statement time the report and the pages use: the email's Date:
/// header, unless it is missing or claims a time after takedown received the
/// email (a wrong clock at the sender cannot make it look slower or faster
/// than receipt).
fn stated(date: Option<String>, received: Option<String>) -> Option<Timestamp> {
    let received = received.as_deref().and_then(parse_ts);
    match (date.as_deref().and_then(parse_ts), received) {
        (Some(d), Some(r)) if d <= r => Some(d),
        (_, r) => r,
    }
}

impl Store {
    /// One page of requests under `f`, ordered by deadline then reference,
    /// and how many match in all.
    pub fn staff_requests(
        &self,
        f: &RequestFilter,
        now: Timestamp,
        limit: u32,
        offset: u32,
    ) -> Result<(u64, Vec<RequestSummary>)> {
        let mut conds: Vec<&str> = Vec::new();
        let mut values: Vec<String> = Vec::new();
        if let Some(p) = &f.platform {
            conds.push("r.platform = ?");
            values.push(p.clone());
        }
        if let Some(t) = f.due_from {
            conds.push("r.due_at >= ?");
            values.push(ts(t));
        }
        if let Some(t) = f.due_to {
            conds.push("r.due_at < ?");
            values.push(ts(t));
        }
        const PENDING: &str =
            "EXISTS (SELECT 1 FROM items p WHERE p.request_id = r.id AND p.status = 'pending')";
        match f.state {
            None => {}
            Some(RequestState::Closed) => conds.push("NOT EXISTS (SELECT 1 FROM items p WHERE p.request_id = r.id AND p.status = 'pending')"),
            Some(RequestState::Overdue) => {
                conds.push("r.due_at < ?");
                values.push(ts(now));
                conds.push(PENDING);
            }
            Some(RequestState::Open) => {
                conds.push("r.due_at >= ?");
                values.push(ts(now));
                conds.push(PENDING);
            }
        }
        if let Some(s) = f.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            // A reference is matched without case; a URL part exactly, since
            // paths are case-sensitive. The URL scan is the slow part of a
            // search on a large ledger (see BENCHMARKS.md).
            conds.push(
                "(instr(lower(r.ref), lower(?)) > 0 OR r.id IN (SELECT s.request_id FROM items s WHERE instr(s.url, ?) > 0))",
            );
            values.push(s.to_string());
            values.push(s.to_string());
        }
        let filter = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conds.join(" AND "))
        };
        let total: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM requests r {filter}"),
            params_from_iter(values.iter()),
            |r| r.get(0),
        )?;
        let mut st = self.conn.prepare(&format!(
            "SELECT r.ref FROM requests r {filter} ORDER BY r.due_at, r.ref LIMIT {limit} OFFSET {offset}"
        ))?;
        let refs = st
            .query_map(params_from_iter(values.iter()), |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(refs.len());
        for r in refs {
            out.extend(self.request_summaries(None, Some(&r))?);
        }
        Ok((total.max(0) as u64, out))
    }

    /// Every item of request `reference` with its evidence, statement time
    /// and latest observation, in import order.
    pub fn staff_items(&self, reference: &str) -> Result<Vec<StaffItem>> {
        let mut st = self.conn.prepare_cached(
            "SELECT i.id, i.url, i.status, i.updated_at, m.message_id, m.sha256, m.date, m.received_at, i.staff_lock,
                    o.checked_at, o.http_status, o.verdict, o.reason, o.streak
             FROM items i JOIN requests r ON r.id = i.request_id
             LEFT JOIN messages m ON m.id = i.evidence
             LEFT JOIN observations o ON o.id = (
                 SELECT o2.id FROM observations o2 WHERE o2.item = i.id
                 ORDER BY o2.checked_at DESC, o2.id DESC LIMIT 1)
             WHERE r.ref = ?1 ORDER BY i.id",
        )?;
        let rows = st
            .query_map([reference], |r| {
                let observation = match r.get::<_, Option<String>>(9)? {
                    Some(at) => Some(Observation {
                        checked_at: parse_ts(&at).unwrap_or(Timestamp::UNIX_EPOCH),
                        http_status: r.get(10)?,
                        verdict: r.get(11)?,
                        reason: r.get(12)?,
                        streak: r.get(13)?,
                    }),
                    None => None,
                };
                let sha: Option<String> = r.get(5)?;
                Ok(StaffItem {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    status: Status::parse(&r.get::<_, String>(2)?).unwrap_or(Status::Pending),
                    updated_at: r.get::<_, Option<String>>(3)?.as_deref().and_then(parse_ts),
                    evidence: r.get(4)?,
                    stated_at: match sha {
                        Some(_) => stated(r.get(6)?, r.get(7)?),
                        None => None,
                    },
                    evidence_sha256: sha,
                    staff_lock: r.get::<_, i64>(8)? != 0,
                    observation,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The review queue (open entries, or all), entries about an item
    /// included, oldest first.
    pub fn staff_review(&self, include_resolved: bool) -> Result<Vec<StaffReview>> {
        let sql = format!(
            "SELECT v.id, v.reason, v.detail, v.created_at, m.message_id, m.sha256, m.from_addr, m.subject, m.date,
                    m.received_at, m.platform, m.trust_reason, r.ref, i.url
             FROM review v
             LEFT JOIN messages m ON m.id = v.message
             LEFT JOIN items i ON i.id = v.item
             LEFT JOIN requests r ON r.id = i.request_id
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
                Ok(StaffReview {
                    id: r.get(0)?,
                    reason: r.get(1)?,
                    detail: r.get(2)?,
                    created_at: r.get(3)?,
                    message_id: r.get(4)?,
                    sha256: r.get(5)?,
                    from: r.get(6)?,
                    subject: r.get(7)?,
                    date: r.get(8)?,
                    received_at: r.get(9)?,
                    platform: r.get(10)?,
                    trust_reason: r.get(11)?,
                    reference: r.get(12)?,
                    url: r.get(13)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Open review entries by reason, most frequent first.
    pub fn review_reasons(&self) -> Result<Vec<(String, u64)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT reason, COUNT(*) FROM review WHERE resolved_at IS NULL
             GROUP BY reason ORDER BY COUNT(*) DESC, reason",
        )?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every claim recorded for email `message` (messages.id), in order.
    pub fn claims_of(&self, message: i64) -> Result<Vec<StaffClaim>> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.url, c.status, c.result, c.via, r.ref
             FROM claims c LEFT JOIN items i ON i.id = c.item LEFT JOIN requests r ON r.id = i.request_id
             WHERE c.message = ?1 ORDER BY c.id",
        )?;
        let rows = st
            .query_map([message], |r| {
                Ok(StaffClaim {
                    url: r.get(0)?,
                    status: r.get(1)?,
                    result: r.get(2)?,
                    via: r.get(3)?,
                    reference: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The requests a stored email was linked to, and how.
    pub fn requests_of_message(&self, message: i64) -> Result<Vec<(String, String)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.ref, mr.how FROM message_requests mr JOIN requests r ON r.id = mr.request
             WHERE mr.message = ?1 ORDER BY r.ref",
        )?;
        let rows = st
            .query_map([message], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The email's Date: header as stored (RFC 3339 UTC), when it parsed.
    pub fn message_date(&self, message: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT date FROM messages WHERE id = ?1", [message], |r| {
                r.get::<_, Option<String>>(0)
            })
            .optional()?
            .flatten())
    }

    /// The first and last request's send time (None for an empty ledger).
    pub fn request_span(&self) -> Result<Option<(Timestamp, Timestamp)>> {
        let (a, b): (Option<String>, Option<String>) =
            self.conn
                .query_row("SELECT MIN(sent_at), MAX(sent_at) FROM requests", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        Ok(
            match (
                a.as_deref().and_then(parse_ts),
                b.as_deref().and_then(parse_ts),
            ) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            },
        )
    }

    /// What the report counts for the requests sent in [from, to), of one
    /// platform or all. A platform's first statement about an item is the
    /// earliest email claim about it that matched the item from a trusted
    /// sender of that platform (applied, restated, or held back by a staff
    /// decision or as a regression), at the email's statement time.
    pub fn report_facts(
        &self,
        from: Timestamp,
        to: Timestamp,
        platform: Option<&str>,
    ) -> Result<ReportFacts> {
        let mut values = vec![ts(from), ts(to)];
        let pf = match platform {
            Some(p) => {
                values.push(p.to_string());
                " AND r.platform = ?3"
            }
            None => "",
        };
        let mut facts = ReportFacts::default();
        let mut st = self.conn.prepare(&format!(
            "SELECT r.id, r.platform, r.sent_at, r.due_at FROM requests r
             WHERE r.sent_at >= ?1 AND r.sent_at < ?2{pf} ORDER BY r.id"
        ))?;
        facts.requests = st
            .query_map(params_from_iter(values.iter()), |r| {
                Ok(ReportRequest {
                    id: r.get(0)?,
                    platform: r.get(1)?,
                    sent_at: parse_ts(&r.get::<_, String>(2)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    due_at: parse_ts(&r.get::<_, String>(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Items by request with their first statement: one seek in
        // claims(item) per item, most of which find nothing.
        let mut st = self.conn.prepare(&format!(
            "SELECT i.request_id, i.status,
                    (SELECT MIN(CASE WHEN m.date IS NOT NULL AND m.date <= m.received_at THEN m.date ELSE m.received_at END)
                     FROM claims c JOIN messages m ON m.id = c.message
                     WHERE c.item = i.id AND c.result IN ('applied','unchanged','staff_lock','regression')
                       AND m.trust = 'trusted')
             FROM requests r JOIN items i ON i.request_id = r.id
             WHERE r.sent_at >= ?1 AND r.sent_at < ?2{pf}"
        ))?;
        facts.items = st
            .query_map(params_from_iter(values.iter()), |r| {
                Ok(ReportItem {
                    request: r.get(0)?,
                    status: Status::parse(&r.get::<_, String>(1)?).unwrap_or(Status::Pending),
                    first_stated_at: r.get::<_, Option<String>>(2)?.as_deref().and_then(parse_ts),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT o.request, o.sent_at FROM outbox o JOIN requests r ON r.id = o.request
             WHERE o.kind = 'reminder' AND o.state = 'sent' AND o.sent_at IS NOT NULL
               AND r.sent_at >= ?1 AND r.sent_at < ?2{pf} ORDER BY o.id"
        ))?;
        facts.reminders = st
            .query_map(params_from_iter(values.iter()), |r| {
                Ok((
                    r.get(0)?,
                    parse_ts(&r.get::<_, String>(1)?).unwrap_or(Timestamp::UNIX_EPOCH),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_time_is_never_after_receipt() {
        let d = Some("2024-09-05T10:00:00Z".to_string());
        let r = Some("2024-09-05T11:00:00Z".to_string());
        assert_eq!(
            stated(d.clone(), r.clone()).map(|t| t.to_string()),
            Some("2024-09-05T10:00:00Z".into())
        );
        // A sender clock ahead of ours: receipt is the statement time.
        assert_eq!(
            stated(Some("2024-09-06T00:00:00Z".into()), r.clone()).map(|t| t.to_string()),
            Some("2024-09-05T11:00:00Z".into())
        );
        assert_eq!(
            stated(None, r).map(|t| t.to_string()),
            Some("2024-09-05T11:00:00Z".into())
        );
    }
}
