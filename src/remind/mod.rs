//! Reminders and the staff digest. This file is the scheduler, and it is pure:
//! the ledger's view (late requests, outbox rows), the settings and `now` in;
//! a `Plan` out (which reminders are due, which are deferred, whether the
//! digest is due). No clock, no I/O. `compose` turns a plan into emails,
//! `transport` delivers them, and `run` is the edge that reads the ledger,
//! queues, sends and records.
//!
//! Policy, from `[reminders]`: reminder 1 is due `grace` after the deadline;
//! each later one `interval` after the one before it was sent, up to `max`;
//! after that, while escalation addresses exist, one every
//! `escalation_interval` with those addresses in Cc. The base for each step is
//! when the previous one went out (not a fixed calendar), so a deferred or
//! retried reminder never causes the next one to follow it too closely. Mail to
//! platforms is sent only inside `send_window` and never on `holidays`; a
//! due reminder is deferred to the next allowed moment, not skipped.

pub mod compose;
mod run;
pub mod transport;

pub use run::{
    DAEMON_INTERVAL, EmailReport, RemindError, RemindReport, disabled_reason, every_minute,
    run_once, tick, tick_logged,
};
pub(crate) use run::{Outgoing, each_interval, lock, report_composed, report_row};

use std::collections::BTreeMap;
use std::time::Duration;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::config::{ReminderSettings, SendWindow, Settings};
use crate::status::Status;
use crate::store::{ItemTiming, LateRequest, OutboxRow, OutboxState};

/// How many times an email is tried before the outbox gives up on it.
pub const MAX_ATTEMPTS: u32 = 10;

/// A reminder to queue now (or, with `existing`, to recompose and retry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub request: i64,
    pub reference: String,
    pub platform: String,
    pub step: u32,
    /// Past `max`: the escalation addresses are copied.
    pub escalated: bool,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// The unanswered items' URLs, exactly as imported, in import order.
    pub pending: Vec<String>,
    /// Those of `pending` that URL checks saw gone `confirm` times in a row
    /// (filled by the caller; the reminder asks the platform to confirm).
    pub appears_gone: Vec<String>,
    pub total: usize,
    pub sent_at: Timestamp,
    pub due_at: Timestamp,
    pub category: Option<String>,
    pub case_number: Option<String>,
    /// The request's own Message-ID, the parent this reminder answers.
    pub in_reply_to: Option<String>,
    /// The request's Message-ID, then the earlier reminders' (the thread).
    pub references: Vec<String>,
    pub message_id: String,
    pub dedup_key: String,
    /// The outbox row of this step when it is a retry.
    pub existing: Option<i64>,
}

/// The digest to queue now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueDigest {
    /// The local date it is for (one digest per date).
    pub date: Date,
    /// Start of the period it covers: the previous digest, or 24 hours back.
    pub since: Timestamp,
    pub message_id: String,
    pub dedup_key: String,
}

/// Something due that must wait (send window, holiday, retry backoff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    pub kind: &'static str,
    pub reference: Option<String>,
    pub step: u32,
    pub until: Timestamp,
    pub why: String,
}

/// Something that would be due but cannot be sent, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub reference: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub reminders: Vec<DueReminder>,
    pub digest: Option<DueDigest>,
    /// Rows to send again as they are (queued or failed digests).
    pub resend: Vec<i64>,
    /// Queued or failed reminders whose request needs no reminder any more:
    /// they are closed without being sent.
    pub cancel: Vec<(i64, String)>,
    pub deferred: Vec<Deferred>,
    pub skipped: Vec<Skipped>,
}

/// Whether an item still needs an answer from its platform.
pub fn unanswered(status: Status, rs: &ReminderSettings) -> bool {
    status == Status::Pending || (status == Status::Restricted && !rs.restricted_counts_as_answered)
}

fn add(t: Timestamp, d: Duration) -> Timestamp {
    let d = SignedDuration::try_from(d).unwrap_or(SignedDuration::MAX);
    t.checked_add(d).unwrap_or(Timestamp::MAX)
}

/// Keeps the order, drops repeats (case-insensitively) and anything in `not_in`.
fn unique_addresses<'a>(
    lists: impl IntoIterator<Item = &'a String>,
    not_in: &[String],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in lists {
        let a = a.trim();
        let seen = |x: &String| x.eq_ignore_ascii_case(a);
        if !a.is_empty() && !out.iter().any(seen) && !not_in.iter().any(seen) {
            out.push(a.to_string());
        }
    }
    out
}

/// `<…>` removed; a Message-ID as the outbox and the ledger store it.
pub fn bare_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// A reference made safe for a Message-ID's local part.
fn id_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub fn reminder_message_id(reference: &str, step: u32, rs: &ReminderSettings) -> String {
    format!(
        "reminder.{}.{step}@{}",
        id_part(reference),
        rs.message_id_domain
    )
}

pub fn reminder_dedup_key(reference: &str, step: u32) -> String {
    format!("reminder:{reference}:{step}")
}

pub fn digest_dedup_key(date: Date) -> String {
    format!("digest:{date}")
}

// ---------------------------------------------------------------------------
// Send window and holidays.

fn is_holiday(d: Date, holidays: &[Date]) -> bool {
    holidays.contains(&d)
}

fn in_window_day(d: Date, w: &SendWindow) -> bool {
    let wd = d.weekday().to_monday_one_offset();
    (w.first_day..=w.last_day).contains(&wd)
}

/// The first moment at or after `t` when mail to platforms may go out: inside
/// the send window (local time), on a day that is not a holiday.
pub fn next_allowed(t: Timestamp, rs: &ReminderSettings, tz: &TimeZone) -> Timestamp {
    let local = t.to_zoned(tz.clone());
    let mut day = local.date();
    // A year of holidays and closed weekdays is far beyond any real calendar;
    // the bound only keeps a nonsensical configuration from looping forever.
    for _ in 0..400 {
        let open_day = !is_holiday(day, &rs.holidays)
            && rs
                .send_window
                .as_ref()
                .is_none_or(|w| in_window_day(day, w));
        if open_day {
            match &rs.send_window {
                None => {
                    if day == local.date() {
                        return t;
                    }
                    return start_of(day, jiff::civil::Time::midnight(), tz).unwrap_or(t);
                }
                Some(w) => {
                    let start = start_of(day, w.start, tz);
                    let end = start_of(day, w.end, tz);
                    if let (Some(start), Some(end)) = (start, end) {
                        if t < start {
                            return start;
                        }
                        if t < end {
                            return t;
                        }
                    }
                }
            }
        }
        match day.tomorrow() {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    t
}

fn start_of(day: Date, time: jiff::civil::Time, tz: &TimeZone) -> Option<Timestamp> {
    day.to_datetime(time)
        .to_zoned(tz.clone())
        .ok()
        .map(|z| z.timestamp())
}

// ---------------------------------------------------------------------------
// The plan.

/// Decides what is due at `now`. `late` are the requests past their deadline
/// with an item pending or restricted; `outbox` every outbox row (after rows
/// left in `sending` were made `uncertain`).
pub fn plan(
    late: &[LateRequest],
    outbox: &[OutboxRow],
    settings: &Settings,
    rs: &ReminderSettings,
    now: Timestamp,
) -> Plan {
    let mut p = Plan::default();
    let tz = &settings.tz;
    let allowed = next_allowed(now, rs, tz);
    let window_why = || {
        if rs.holidays.contains(&now.to_zoned(tz.clone()).date()) {
            "holiday".to_string()
        } else {
            "outside the send window".to_string()
        }
    };

    let mut by_request: BTreeMap<i64, Vec<&OutboxRow>> = BTreeMap::new();
    for r in outbox.iter().filter(|r| r.kind == "reminder") {
        if let Some(req) = r.request {
            by_request.entry(req).or_default().push(r);
        }
    }
    for rows in by_request.values_mut() {
        rows.sort_by_key(|r| (r.step, r.id));
    }

    let mut late_ids = std::collections::BTreeSet::new();
    for req in late {
        let pending: Vec<String> = req
            .items
            .iter()
            .filter(|(_, s)| unanswered(*s, rs))
            .map(|(u, _)| u.clone())
            .collect();
        if pending.is_empty() || req.due_at >= now {
            continue;
        }
        late_ids.insert(req.id);
        let rows = by_request.get(&req.id).map(Vec::as_slice).unwrap_or(&[]);
        let last = rows.last().copied();

        // What this request needs: a retry of its last step, or the next step.
        let (step, existing, due) = match last {
            Some(r) if r.state == OutboxState::Sending => continue, // another run has it in hand
            Some(r) if r.state == OutboxState::Queued => (r.step, Some(r.id), now),
            Some(r) if r.state == OutboxState::Failed && r.next_attempt.is_some() => {
                (r.step, Some(r.id), r.next_attempt.unwrap_or(now))
            }
            _ => {
                let step = last.map(|r| r.step + 1).unwrap_or(1);
                let due = match last {
                    None => add(req.due_at, rs.grace),
                    Some(r) => {
                        let base = r.sent_at.unwrap_or(r.created_at);
                        add(
                            base,
                            if step > rs.max {
                                rs.escalation_interval
                            } else {
                                rs.interval
                            },
                        )
                    }
                };
                (step, None, due)
            }
        };
        if due > now {
            if existing.is_some() {
                p.deferred.push(Deferred {
                    kind: "reminder",
                    reference: Some(req.reference.clone()),
                    step,
                    until: due,
                    why: "waiting to retry".into(),
                });
            }
            continue;
        }

        let Some(platform) = settings.platform(&req.platform) else {
            p.skipped.push(Skipped {
                reference: req.reference.clone(),
                reason: format!("platform `{}` is not in the configuration", req.platform),
            });
            continue;
        };
        if platform.reminder_to.is_empty() {
            p.skipped.push(Skipped {
                reference: req.reference.clone(),
                reason: format!("platform `{}` has no reminder_to address", platform.id),
            });
            continue;
        }
        let escalate_to: &[String] = platform.escalate_to.as_deref().unwrap_or(&rs.escalate_to);
        let escalated = step > rs.max;
        if escalated && escalate_to.is_empty() && existing.is_none() {
            p.skipped.push(Skipped {
                reference: req.reference.clone(),
                reason: format!(
                    "all {} reminders sent and no escalate_to address is configured",
                    rs.max
                ),
            });
            continue;
        }
        if allowed > now {
            p.deferred.push(Deferred {
                kind: "reminder",
                reference: Some(req.reference.clone()),
                step,
                until: allowed,
                why: window_why(),
            });
            continue;
        }

        let to = unique_addresses(&platform.reminder_to, &[]);
        let extra: &[String] = if escalated { escalate_to } else { &[] };
        let cc = unique_addresses(
            platform
                .reminder_cc
                .iter()
                .chain(rs.staff_cc.iter())
                .chain(extra.iter()),
            &to,
        );
        let request_mid = req
            .message_id
            .as_deref()
            .map(bare_id)
            .filter(|m| !m.is_empty());
        let mut references: Vec<String> = request_mid.iter().cloned().collect();
        // Earlier reminders the platform may have received: the thread so far.
        for r in rows.iter().filter(|r| {
            r.step < step && matches!(r.state, OutboxState::Sent | OutboxState::Uncertain)
        }) {
            references.push(r.message_id.clone());
        }
        p.reminders.push(DueReminder {
            request: req.id,
            reference: req.reference.clone(),
            platform: platform.id.clone(),
            step,
            escalated,
            to,
            cc,
            pending,
            appears_gone: Vec::new(),
            total: req.items.len(),
            sent_at: req.sent_at,
            due_at: req.due_at,
            category: req.category.clone(),
            case_number: req.case_number.clone(),
            in_reply_to: request_mid.or_else(|| references.last().cloned()),
            references,
            message_id: reminder_message_id(&req.reference, step, rs),
            dedup_key: reminder_dedup_key(&req.reference, step),
            existing,
        });
    }

    // Reminders waiting in the outbox for a request that needs none any more
    // (everything answered meanwhile): closed, never sent with a stale list.
    for rows in by_request.values() {
        for r in rows {
            let waiting = r.state == OutboxState::Queued
                || (r.state == OutboxState::Failed && r.next_attempt.is_some());
            if waiting && r.request.is_some_and(|id| !late_ids.contains(&id)) {
                p.cancel.push((
                    r.id,
                    "not sent: no item of the request is waiting for an answer any more".into(),
                ));
            }
        }
    }

    // The digest: internal mail to staff, at its own time of day; the send
    // window and holidays concern mail to platforms.
    // Digests and requests (`takedown request send` that could not reach the
    // server) waiting in the outbox are sent again as they are.
    for r in outbox
        .iter()
        .filter(|r| r.kind == "digest" || r.kind == "request")
    {
        let waiting = r.state == OutboxState::Queued
            || (r.state == OutboxState::Failed && r.next_attempt.is_some());
        if waiting {
            match r.next_attempt {
                Some(at) if at > now && r.state == OutboxState::Failed => {
                    p.deferred.push(Deferred {
                        kind: if r.kind == "request" {
                            "request"
                        } else {
                            "digest"
                        },
                        reference: r.reference.clone(),
                        step: r.step,
                        until: at,
                        why: "waiting to retry".into(),
                    })
                }
                _ => p.resend.push(r.id),
            }
        }
    }
    if !rs.staff_digest_to.is_empty() {
        let local = now.to_zoned(tz.clone());
        let date = local.date();
        let key = digest_dedup_key(date);
        if local.time() >= rs.digest_time && !outbox.iter().any(|r| r.dedup_key == key) {
            // Since the previous digest, so that nothing falls between two; a
            // day when there was none, and never more than a week.
            let previous = outbox
                .iter()
                .filter(|r| r.kind == "digest" && r.created_at < now)
                .map(|r| r.created_at)
                .max();
            let day_ago = now
                .checked_sub(SignedDuration::from_hours(24))
                .unwrap_or(now);
            let week_ago = now
                .checked_sub(SignedDuration::from_hours(24 * 7))
                .unwrap_or(now);
            p.digest = Some(DueDigest {
                date,
                since: previous.filter(|t| *t >= week_ago).unwrap_or(day_ago),
                message_id: format!("digest.{date}@{}", rs.message_id_domain),
                dedup_key: key,
            });
        }
    }
    p
}

/// When to try a failed email again: 5 minutes after the first failure,
/// doubling up to 6 hours; `None` after `MAX_ATTEMPTS` or a permanent refusal.
pub fn retry_at(now: Timestamp, attempts: u32, permanent: bool) -> Option<Timestamp> {
    if permanent || attempts >= MAX_ATTEMPTS {
        return None;
    }
    let minutes = 5u64
        .saturating_mul(1u64 << attempts.saturating_sub(1).min(16))
        .min(6 * 60);
    Some(add(now, Duration::from_secs(minutes * 60)))
}

// ---------------------------------------------------------------------------
// Figures for the digest.

/// One platform's record: answered within the deadline, time to removal.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlatformFigures {
    pub platform: String,
    /// Items whose deadline has passed or that were answered.
    pub counted: usize,
    pub answered_in_time: usize,
    /// `answered_in_time / counted` in percent, when anything is counted.
    pub share_in_time: Option<f64>,
    pub removed: usize,
    /// Median from the request's send date to the first removal.
    pub median_to_removal: Option<Duration>,
}

pub fn platform_figures(timings: &[ItemTiming], now: Timestamp) -> Vec<PlatformFigures> {
    let mut by: BTreeMap<&str, Vec<&ItemTiming>> = BTreeMap::new();
    for t in timings {
        by.entry(t.platform.as_str()).or_default().push(t);
    }
    by.into_iter()
        .map(|(platform, items)| {
            let counted: Vec<&&ItemTiming> = items
                .iter()
                .filter(|t| t.due_at < now || t.first_answer.is_some())
                .collect();
            let in_time = counted
                .iter()
                .filter(|t| t.first_answer.is_some_and(|a| a <= t.due_at))
                .count();
            let mut to_removal: Vec<Duration> = items
                .iter()
                .filter_map(|t| t.first_removed.map(|r| r.duration_since(t.sent_at)))
                .map(|d| d.try_into().unwrap_or(Duration::ZERO))
                .collect();
            to_removal.sort();
            let median = match to_removal.len() {
                0 => None,
                n if n % 2 == 1 => Some(to_removal[n / 2]),
                n => Some((to_removal[n / 2 - 1] + to_removal[n / 2]) / 2),
            };
            PlatformFigures {
                platform: platform.to_string(),
                counted: counted.len(),
                answered_in_time: in_time,
                share_in_time: if counted.is_empty() {
                    None
                } else {
                    Some(in_time as f64 * 100.0 / counted.len() as f64)
                },
                removed: to_removal.len(),
                median_to_removal: median,
            }
        })
        .collect()
}

/// "2d 4h", "5h 20m", "12m": durations for people.
pub fn human_duration(d: Duration) -> String {
    let mins = d.as_secs() / 60;
    let (days, hours, m) = (mins / 1440, (mins % 1440) / 60, mins % 60);
    match (days, hours) {
        (0, 0) => format!("{m}m"),
        (0, h) => format!("{h}h {m}m"),
        (d, h) => format!("{d}d {h}h"),
    }
}

#[cfg(test)]
mod tests;
