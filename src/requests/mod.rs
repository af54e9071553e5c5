//! Requests that travel by email (issue 17), from both ends.
//!
//! In: a request staff emailed to a platform (the intake is Bcc'd, or reads
//! the regulator's Sent folder) is registered in the ledger. `read` takes what
//! a request needs from the parsed email, `register` decides, given what the
//! ledger already holds under that reference: a draft to record, nothing new,
//! or a review entry (`request_unclear`, `request_conflict`, `untrusted`).
//! Both are pure; `intake` is the pipeline's edge that records the decision.
//!
//! Out: `send` emails a registered request to its platform through the
//! outbox, with a deterministic Message-ID recorded as the request's, so that
//! every reply threads to it by construction.

pub mod deadline;
pub mod intake;
pub mod send;

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::config::Settings;
use crate::extract::{self, Classification, tables, urls};
use crate::parse::ParsedEmail;
use crate::trust::sender_matches;
pub use deadline::Deadline;

/// Whether `sender` is one of `[staff] senders`.
pub fn is_staff(sender: &str, settings: &Settings) -> bool {
    settings
        .staff
        .senders
        .iter()
        .any(|p| sender_matches(sender, p))
}

/// Subjects of replies and forwards: a staff email that answers or passes on
/// something is correspondence, not a new request.
fn is_reply_or_forward(subject: &str) -> bool {
    let s = subject.trim_start().to_lowercase();
    [
        "re:", "re :", "fw:", "fwd:", "fw :", "fwd :", "aw:", "read:", "회신:", "답장:", "전달:",
        "읽음:",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

/// The platforms whose `request_to` or `senders` one of the recipients matches,
/// in configuration order.
pub fn addressed_platforms(email: &ParsedEmail, settings: &Settings) -> Vec<String> {
    settings
        .platforms
        .iter()
        .filter(|p| {
            email.recipients.iter().any(|r| {
                p.request_to.iter().any(|a| a.eq_ignore_ascii_case(r))
                    || p.senders.iter().any(|s| sender_matches(r, s))
            })
        })
        .map(|p| p.id.clone())
        .collect()
}

fn subject_refs(subject: &str, settings: &Settings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for re in &settings.matching.reference_patterns {
        for m in re.find_iter(subject) {
            if !out.iter().any(|r| r == m.as_str()) {
                out.push(m.as_str().to_string());
            }
        }
    }
    out
}

/// Whether a staff email sets out to be a request: addressed to a platform or
/// carrying a reference in its Subject, and neither a reply, a forward, an
/// auto-reply nor a bounce. Other staff emails take the ordinary path.
pub fn is_request_attempt(
    email: &ParsedEmail,
    classification: Classification,
    settings: &Settings,
) -> bool {
    if matches!(
        classification,
        Classification::Forwarded
            | Classification::Bounce
            | Classification::AutoReply
            | Classification::ReadReceipt
            | Classification::Malformed
    ) || is_reply_or_forward(&email.subject)
        || !email.forwarded.is_empty()
    {
        return false;
    }
    !addressed_platforms(email, settings).is_empty()
        || !subject_refs(&email.subject, settings).is_empty()
}

/// What a staff email says as a request, before the ledger is consulted.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// References in the Subject (one is needed).
    pub refs: Vec<String>,
    /// Platforms it is addressed to (one is needed).
    pub platforms: Vec<String>,
    pub sent_at: Timestamp,
    /// Whether `sent_at` is the email's Date (else the time it was read).
    pub dated: bool,
    pub message_id: Option<String>,
    /// (URL as written, matching key), in order, without repeats.
    pub urls: Vec<(String, String)>,
    /// Spreadsheets that could not be read.
    pub unreadable: Vec<String>,
    pub deadline: Deadline,
}

/// Reads a staff email as a request. `now` stands in for a missing Date.
pub fn read(email: &ParsedEmail, settings: &Settings, now: Timestamp) -> Candidate {
    let limits = &settings.limits;
    let own = extract::own_text(email, limits.max_line_bytes);
    // The author's lines only: a request that quotes an earlier thread must
    // not register the URLs of the quote.
    let lines: Vec<String> = own
        .lines
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .cloned()
        .collect();
    let sent_at = email.date.unwrap_or(now);
    let mut seen = BTreeSet::new();
    let mut found: Vec<(String, String)> = Vec::new();
    let mut add = |raw: &str| {
        let url = urls::unwrap_redirect(raw.trim());
        let Some(key) = urls::normalize(&url) else {
            return;
        };
        // The regulator's own links (its signature, its website) are no items.
        let host = key.split('/').next().unwrap_or("");
        if settings
            .staff
            .senders
            .iter()
            .filter(|s| !s.contains('@'))
            .any(|s| host == s || host.ends_with(&format!(".{s}")))
        {
            return;
        }
        if seen.insert(key.clone()) {
            found.push((url, key));
        }
    };
    let mut unreadable = Vec::new();
    for a in &email.attachments {
        let rows = if extract::is_csv(a) {
            Some(tables::csv_rows(&a.data, limits.max_table_rows))
        } else if extract::is_xlsx(a) {
            Some(tables::xlsx_rows(&a.data, limits.max_table_rows))
        } else {
            None
        };
        match rows {
            Some(Ok(rows)) => {
                for cell in rows.iter().flatten() {
                    for u in urls::find_urls(cell) {
                        add(&u.raw);
                    }
                }
            }
            Some(Err(e)) => unreadable.push(format!("{} ({e})", a.name)),
            None => {}
        }
    }
    for t in &own.tables {
        for cell in t.iter().flatten() {
            for u in urls::find_urls(cell) {
                add(&u.raw);
            }
        }
    }
    for l in &lines {
        for u in urls::find_urls(l) {
            add(&u.raw);
        }
    }
    found.truncate(limits.max_urls_per_email);
    Candidate {
        refs: subject_refs(&email.subject, settings),
        platforms: addressed_platforms(email, settings),
        sent_at,
        dated: email.date.is_some(),
        message_id: email.message_id.clone(),
        urls: found,
        unreadable,
        deadline: deadline::find(&lines, &email.subject, sent_at, &settings.tz),
    }
}

/// What the ledger holds under the reference a staff email names.
#[derive(Debug, Clone)]
pub struct ExistingRequest {
    pub id: i64,
    pub platform: String,
    pub due_at: Timestamp,
    pub message_id: Option<String>,
    pub url_keys: BTreeSet<String>,
}

/// A request (or URLs for one) to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The request the URLs are added to; None: a new request.
    pub existing: Option<i64>,
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    /// `requests.sent_at_given`: `time` (the email's Date) or `filled`.
    pub sent_at_given: &'static str,
    pub due_at: Timestamp,
    /// The email's Message-ID, kept as the request's when it has none yet.
    pub message_id: Option<String>,
    /// URLs not yet in the request: (as written, key).
    pub urls: Vec<(String, String)>,
    /// URLs of the email already in the request.
    pub known: usize,
    /// Where the deadline came from, for people.
    pub deadline_from: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registration {
    Register(Draft),
    /// Everything the email lists is already registered.
    Unchanged {
        request: i64,
        why: String,
    },
    /// Review `request_unclear`: what was missing or ambiguous.
    Unclear(String),
    /// Review `request_conflict`: how it disagrees with the ledger.
    Conflict(String),
}

/// Decides what a staff request email registers. `existing` is the ledger's
/// request under the email's reference, if any. Nothing is half-registered:
/// every problem found is named, and any problem means a review entry.
pub fn register(
    c: &Candidate,
    existing: Option<&ExistingRequest>,
    settings: &Settings,
) -> Registration {
    let mut missing: Vec<String> = Vec::new();
    match c.refs.len() {
        0 => missing.push("no reference in the Subject (matching.reference_patterns)".into()),
        1 => {}
        _ => missing.push(format!(
            "{} references in the Subject ({})",
            c.refs.len(),
            c.refs.join(", ")
        )),
    }
    match c.platforms.len() {
        0 => missing
            .push("no platform: no To or Cc address is a platform's request_to or senders".into()),
        1 => {}
        _ => missing.push(format!(
            "addressed to {} platforms ({})",
            c.platforms.len(),
            c.platforms.join(", ")
        )),
    }
    if c.urls.is_empty() {
        let why = if c.unreadable.is_empty() {
            "no URL in the body or in a CSV/XLSX attachment".to_string()
        } else {
            format!(
                "no URL found (unreadable attachment: {})",
                c.unreadable.join(", ")
            )
        };
        missing.push(why);
    }
    let platform = (c.platforms.len() == 1)
        .then(|| settings.platform(&c.platforms[0]))
        .flatten();
    let due = match &c.deadline {
        Deadline::Stated(t, line) => Some((*t, format!("stated: \"{line}\""))),
        Deadline::Malformed(m) => {
            missing.push(m.clone());
            None
        }
        Deadline::Several(lines) => {
            missing.push(format!(
                "{} different deadlines (\"{}\")",
                lines.len(),
                lines.join("\", \"")
            ));
            None
        }
        Deadline::None => match (existing, platform.and_then(|p| p.deadline)) {
            // URLs added to a request keep its deadline.
            (Some(e), _) => Some((e.due_at, "the request's deadline".to_string())),
            (None, Some(d)) => {
                let signed = jiff::SignedDuration::try_from(d).unwrap_or(jiff::SignedDuration::MAX);
                Some((
                    c.sent_at.checked_add(signed).unwrap_or(Timestamp::MAX),
                    format!(
                        "the platform's default deadline ({})",
                        crate::remind::human_duration(d)
                    ),
                ))
            }
            (None, None) if platform.is_some() => {
                missing.push(format!(
                    "no deadline stated and platform `{}` has no `deadline` default",
                    c.platforms[0]
                ));
                None
            }
            (None, None) => None,
        },
    };
    if let Some((t, _)) = &due
        && *t < c.sent_at
    {
        missing.push(format!(
            "the deadline {} is before the email's date {}",
            crate::remind::compose::local_time(*t, settings),
            crate::remind::compose::local_time(c.sent_at, settings)
        ));
    }
    if !missing.is_empty() {
        return Registration::Unclear(missing.join("; "));
    }
    let (Some((due_at, deadline_from)), Some(platform)) = (due, platform) else {
        return Registration::Unclear("no deadline".into());
    };
    let reference = c.refs[0].clone();
    if let Some(e) = existing {
        let mut conflicts = Vec::new();
        if e.platform != platform.id {
            conflicts.push(format!(
                "{reference} is registered for platform `{}`, this email is addressed to `{}`",
                e.platform, platform.id
            ));
        }
        if e.due_at != due_at {
            conflicts.push(format!(
                "{reference} is due {}, this email says {} ({deadline_from})",
                crate::remind::compose::local_time(e.due_at, settings),
                crate::remind::compose::local_time(due_at, settings)
            ));
        }
        if !conflicts.is_empty() {
            return Registration::Conflict(conflicts.join("; "));
        }
    }
    let known = existing.map(|e| &e.url_keys);
    let new: Vec<(String, String)> = c
        .urls
        .iter()
        .filter(|(_, k)| known.is_none_or(|ks| !ks.contains(k)))
        .cloned()
        .collect();
    if let (Some(e), true) = (existing, new.is_empty()) {
        return Registration::Unchanged {
            request: e.id,
            why: format!("all {} URL(s) are already in {reference}", c.urls.len()),
        };
    }
    Registration::Register(Draft {
        existing: existing.map(|e| e.id),
        reference,
        platform: platform.id.clone(),
        sent_at: c.sent_at,
        sent_at_given: if c.dated { "time" } else { "filled" },
        due_at,
        message_id: c.message_id.clone(),
        known: c.urls.len() - new.len(),
        urls: new,
        deadline_from,
    })
}

#[cfg(test)]
mod tests;
