//! `takedown request send`: a registered request emailed to its platform,
//! through the outbox, with the reminders' never-twice guarantees (a row is
//! queued and committed, marked `sending`, handed over, and what the server
//! said recorded; a row left in `sending` becomes `uncertain` and is never
//! sent again). The email's Message-ID is deterministic
//! (`request.REF.STEP@domain`) and becomes the request's Message-ID when it
//! has none, in the same transaction that queues it, so replies that only
//! answer the thread are matched to the request.
//!
//! Unlike reminders it needs only `[smtp]`, ignores `send_window` and sends
//! past the deadline (with a warning): staff asked for it now.

use std::time::SystemTime;

use jiff::Timestamp;
use lettre::Message;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, MultiPart, SinglePart};
use serde::Serialize;

use crate::config::{Settings, SmtpSettings};
use crate::remind::compose::{
    self, ComposeError, Composed, Templates, angle, languages, local_date, local_time, mailbox,
};
use crate::remind::{
    EmailReport, Outgoing, RemindError, RemindReport, report_composed, report_row,
};
use crate::store::{NewOutbox, OutboxRow, OutboxState, RequestToSend, Store, StoreError};

/// The built-in request templates; `[staff] template_dir` (else
/// `reminders.template_dir`) may replace them.
const DEFAULTS: [(&str, &str); 2] = [
    (
        "request_subject.txt",
        include_str!("../../templates/request_subject.txt"),
    ),
    (
        "request_body.txt",
        include_str!("../../templates/request_body.txt"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Not possible as asked; the text says why and what to do.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Compose(#[from] ComposeError),
    #[error(transparent)]
    Remind(#[from] RemindError),
}

/// What `request send` did (or, with `dry_run`, would do).
#[derive(Debug, Clone, Serialize)]
pub struct SendReport {
    #[serde(rename = "ref")]
    pub reference: String,
    pub dry_run: bool,
    /// new, resend or retry (a queued or failed email of this request).
    pub action: String,
    pub email: EmailReport,
    /// The request's Message-ID after this run.
    pub request_message_id: Option<String>,
    pub warnings: Vec<String>,
}

impl SendReport {
    pub fn sent(&self) -> bool {
        self.email.state == "sent" || (self.dry_run && self.email.state == "would_send")
    }
}

pub fn request_message_id(
    reference: &str,
    step: u32,
    settings: &Settings,
    smtp: &SmtpSettings,
) -> String {
    let domain = match &settings.reminders {
        Some(rs) => rs.message_id_domain.clone(),
        None => smtp
            .from
            .rsplit('@')
            .next()
            .map(|d| d.trim().trim_end_matches('>').trim().to_string())
            .unwrap_or_else(|| "localhost".into()),
    };
    let part: String = reference
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("request.{part}.{step}@{domain}")
}

pub fn request_dedup_key(reference: &str, step: u32) -> String {
    format!("request:{reference}:{step}")
}

#[derive(Serialize)]
struct RequestCtx<'a> {
    #[serde(rename = "ref")]
    reference: &'a str,
    platform: &'a str,
    platform_id: &'a str,
    total: usize,
    urls: Vec<&'a str>,
    sent_date: String,
    due_date: String,
    due_at: String,
    category: Option<&'a str>,
    legal_basis: Option<&'a str>,
    reply_to: String,
    csv_name: Option<String>,
    sender: String,
    languages: Vec<&'static str>,
    resend: bool,
}

/// Composes the request email (pure but for reading override templates).
/// `thread`: the request's first Message-ID, which a resend answers.
pub fn compose(
    t: &Templates,
    req: &RequestToSend,
    step: u32,
    thread: Option<&str>,
    settings: &Settings,
    smtp: &SmtpSettings,
    now: Timestamp,
) -> Result<Composed, SendError> {
    let platform = settings.platform(&req.platform).ok_or_else(|| {
        SendError::Refused(format!(
            "{}: platform `{}` is not in {}",
            req.reference,
            req.platform,
            settings.config_path.display()
        ))
    })?;
    if platform.request_to.is_empty() {
        return Err(SendError::Refused(format!(
            "platform `{}` has no request_to (or reminder_to) address in {}",
            platform.id,
            settings.config_path.display()
        )));
    }
    let from = mailbox(&smtp.from, "smtp.from")?;
    let configured = settings
        .reminders
        .as_ref()
        .and_then(|r| r.reply_to.as_deref());
    let reply = compose::reply_to_with(settings, smtp, configured, &req.reference)?;
    let urls: Vec<&str> = req.items.iter().map(|(u, _)| u.as_str()).collect();
    let csv_name = format!("{}.csv", req.reference);
    let ctx = RequestCtx {
        reference: &req.reference,
        platform: &platform.name,
        platform_id: &platform.id,
        total: urls.len(),
        urls: urls.clone(),
        sent_date: local_date(req.sent_at, settings),
        due_date: local_date(req.due_at, settings),
        due_at: local_time(req.due_at, settings),
        category: req.category.as_deref(),
        legal_basis: settings.staff.legal_basis.as_deref(),
        reply_to: reply.to_string(),
        csv_name: Some(csv_name.clone()),
        sender: from.name.clone().unwrap_or_else(|| from.email.to_string()),
        languages: languages(&platform.language),
        resend: thread.is_some(),
    };
    let subject = t.subject("request_subject.txt", &ctx)?;
    let body = t.render("request_body.txt", &ctx)?;
    let message_id = request_message_id(&req.reference, step, settings, smtp);
    let mut b = Message::builder()
        .from(from)
        .reply_to(reply)
        .subject(subject.clone())
        .date(SystemTime::from(now))
        .message_id(Some(angle(&message_id)));
    let to: Vec<String> = platform.request_to.clone();
    for a in &to {
        b = b.to(mailbox(a, &format!("request_to of {}", platform.id))?);
    }
    if let Some(first) = thread {
        b = b.in_reply_to(angle(first)).references(angle(first));
    }
    b = b.raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("X-Takedown-Reference"),
        req.reference.clone(),
    ));
    let csv_type = ContentType::parse("text/csv; charset=utf-8")
        .map_err(|e| ComposeError::Build(e.to_string()))?;
    let urls_owned: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
    let message = b
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(
                    Attachment::new(csv_name).body(compose::pending_csv(&urls_owned), csv_type),
                ),
        )
        .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(Composed {
        kind: "request",
        request: Some(req.id),
        reference: Some(req.reference.clone()),
        step,
        escalated: false,
        dedup_key: request_dedup_key(&req.reference, step),
        message_id,
        recipients: to.clone(),
        to,
        cc: Vec::new(),
        subject,
        raw: message.formatted(),
        existing: None,
    })
}

fn templates(settings: &Settings) -> Result<Templates, ComposeError> {
    let dir = settings.staff.template_dir.as_deref().or(settings
        .reminders
        .as_ref()
        .and_then(|r| r.template_dir.as_deref()));
    Templates::load_set(&DEFAULTS, dir)
}

/// Sends request `reference` now. A queued or failed email of the request is
/// sent again as it is (`retry`); otherwise a request that already has a
/// Message-ID (sent by takedown, by staff, or given in the CSV) is refused
/// unless `resend`, which sends it again threaded to the first.
pub fn send(
    store: &Store,
    settings: &Settings,
    reference: &str,
    resend: bool,
    dry_run: bool,
    now: Timestamp,
) -> Result<SendReport, SendError> {
    let smtp = settings.smtp.as_ref().ok_or_else(|| {
        SendError::Refused(format!(
            "{} has no [smtp] section: requests cannot be sent",
            settings.config_path.display()
        ))
    })?;
    // The same lock as reminder runs: one process works the outbox at a time.
    let _lock = if dry_run {
        None
    } else {
        Some(crate::remind::lock(settings)?)
    };
    if !dry_run {
        for r in store.outbox_recover(now)? {
            tracing::warn!(message_id = %r.message_id, "outbox row left in `sending` is now `uncertain`; it is not sent again");
        }
    }
    let req = store.request_to_send(reference)?;
    let mut warnings = Vec::new();
    if req.due_at < now {
        let w = format!(
            "{} is past its deadline ({}); sending it anyway",
            req.reference,
            local_time(req.due_at, settings)
        );
        warnings.push(w);
    }
    let rows: Vec<OutboxRow> = store
        .outbox_rows()?
        .into_iter()
        .filter(|r| r.kind == "request" && r.request == Some(req.id))
        .collect();
    let waiting = rows.iter().find(|r| {
        r.state == OutboxState::Queued
            || (r.state == OutboxState::Failed && r.next_attempt.is_some())
    });
    let mut report = RemindReport {
        dry_run,
        ..Default::default()
    };
    let (action, id) = if let Some(row) = waiting {
        if dry_run {
            let email = report_row(row, "would_send", "retry".into());
            return Ok(SendReport {
                reference: req.reference.clone(),
                dry_run,
                action: "retry".into(),
                email,
                request_message_id: req.message_id.clone(),
                warnings,
            });
        }
        ("retry", row.id)
    } else {
        let uncertain = rows.iter().find(|r| r.state == OutboxState::Uncertain);
        if let (Some(u), false) = (uncertain, resend) {
            return Err(SendError::Refused(format!(
                "{}: request email <{}> may have been delivered (the connection failed after it was handed over); it is never sent again automatically: check with the platform, or pass --resend",
                req.reference, u.message_id
            )));
        }
        // The latest email of the request never arrived and will not be tried again.
        let given_up = rows.last().filter(|r| {
            r.state == OutboxState::Bounced
                || (r.state == OutboxState::Failed && r.next_attempt.is_none())
        });
        if let (Some(g), false) = (given_up, resend) {
            return Err(SendError::Refused(format!(
                "{}: request email <{}> was not delivered ({}: {}); fix the cause, then pass --resend",
                req.reference,
                g.message_id,
                g.state.as_str(),
                g.last_error.as_deref().unwrap_or("no detail")
            )));
        }
        if let (Some(mid), false) = (&req.message_id, resend) {
            let how = if rows.iter().any(|r| &r.message_id == mid) {
                "sent by takedown"
            } else {
                "its Message-ID came with the request (a staff email or the CSV)"
            };
            return Err(SendError::Refused(format!(
                "{} was already sent as <{mid}> ({how}); pass --resend to send it again, threaded to the first",
                req.reference
            )));
        }
        let step = rows.iter().map(|r| r.step).max().unwrap_or(0) + 1;
        let thread = if resend {
            req.message_id.as_deref()
        } else {
            None
        };
        let c = compose(
            &templates(settings)?,
            &req,
            step,
            thread,
            settings,
            smtp,
            now,
        )?;
        if dry_run {
            return Ok(SendReport {
                reference: req.reference.clone(),
                dry_run,
                action: if resend { "resend" } else { "new" }.into(),
                email: report_composed(&c, "would_send", "new".into()),
                request_message_id: req.message_id.clone().or(Some(c.message_id.clone())),
                warnings,
            });
        }
        let queued = store.queue_request_email(&NewOutbox {
            kind: c.kind,
            request: c.request,
            step: c.step,
            dedup_key: &c.dedup_key,
            message_id: &c.message_id,
            recipients: &c.recipients,
            subject: &c.subject,
            raw: &c.raw,
            escalated: false,
            created_at: now,
        })?;
        let Some(id) = queued else {
            return Err(SendError::Refused(format!(
                "{}: email {} is already in the outbox (another run queued it)",
                req.reference, c.dedup_key
            )));
        };
        (if resend { "resend" } else { "new" }, id)
    };
    // Said once it is certain that something is sent.
    for w in &warnings {
        tracing::warn!("{w}");
    }
    let mut out = Outgoing::new(smtp)?;
    out.send(store, settings, &[id], now, &mut report)?;
    out.close();
    let email = match report.emails.pop() {
        Some(e) => e,
        // Claimed by another run between queueing and sending.
        None => {
            let row = store.outbox_row(id)?;
            let state = row.state.as_str();
            report_row(&row, state, "taken by another run".into())
        }
    };
    let after = store.request_to_send(reference)?;
    Ok(SendReport {
        reference: req.reference,
        dry_run,
        action: action.into(),
        email,
        request_message_id: after.message_id,
        warnings,
    })
}

/// Sends the request emails waiting in the outbox whose time has come (queued,
/// or failed with a retry time at or before `now`). Reminder runs do this
/// too; the daemon calls it when `[reminders]` is not configured, so that a
/// request queued while the server was down still goes out, once.
pub fn retry_waiting(
    store: &Store,
    settings: &Settings,
    now: Timestamp,
) -> Result<Vec<EmailReport>, SendError> {
    let Some(smtp) = settings.smtp.as_ref() else {
        return Ok(Vec::new());
    };
    let due = waiting_request_rows(store, now)?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let _lock = crate::remind::lock(settings)?;
    send_rows(store, smtp, settings, &due, now)
}

/// Request emails waiting in the outbox whose time has come.
pub(crate) fn waiting_request_rows(store: &Store, now: Timestamp) -> Result<Vec<i64>, StoreError> {
    Ok(store
        .outbox_rows()?
        .into_iter()
        .filter(|r| r.kind == "request")
        .filter(|r| {
            r.state == OutboxState::Queued
                || (r.state == OutboxState::Failed && r.next_attempt.is_some_and(|t| t <= now))
        })
        .map(|r| r.id)
        .collect())
}

/// `retry_waiting` for a caller that already holds the outbox lock (a
/// reminder run held back by stale mailboxes: requests are not held).
pub(crate) fn send_rows(
    store: &Store,
    smtp: &SmtpSettings,
    settings: &Settings,
    due: &[i64],
    now: Timestamp,
) -> Result<Vec<EmailReport>, SendError> {
    let mut report = RemindReport::default();
    let mut out = Outgoing::new(smtp)?;
    out.send(store, settings, due, now, &mut report)?;
    out.close();
    Ok(report.emails)
}

/// The daemon's retry loop for request emails when no reminder runs do it:
/// every `remind::DAEMON_INTERVAL` until `stop` completes.
pub async fn every_minute(
    settings: Settings,
    now: impl Fn() -> Timestamp,
    stop: impl Future<Output = ()>,
) {
    crate::remind::each_interval(stop, || {
        let (s, at) = (settings.clone(), now());
        async move {
            let done = tokio::task::spawn_blocking(move || {
                let db = &s.database;
                let store = Store::open(&db.path, db.mode, db.busy_timeout)?;
                retry_waiting(&store, &s, at)
            })
            .await;
            match done {
                Ok(Ok(sent)) => {
                    for e in sent {
                        tracing::info!(message_id = %e.message_id, "request email: {}: {}", e.state, e.detail);
                    }
                }
                Ok(Err(SendError::Remind(RemindError::Busy(_)))) => {}
                Ok(Err(e)) => tracing::error!("request emails: {e}"),
                Err(e) => tracing::error!("request emails: the retry stopped: {e}"),
            }
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewRequestItem;

    #[test]
    fn a_request_email_refused_for_good_needs_resend() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "[database]\npath = \"t.db\"\n[[platforms]]\nid = \"x\"\nsenders = [\"x.com\"]\nrequest_to = [\"legal-kr@x.com\"]\n[smtp]\nkind = \"file\"\npath = \"{}\"\nfrom = \"takedown@kcsc.example\"\n",
            dir.path().join("out").display()
        );
        let settings = Settings::from_toml(&dir.path().join("config.toml"), &text).unwrap();
        let store = Store::open_in_memory().unwrap();
        let now: Timestamp = "2024-11-01T03:00:00Z".parse().unwrap();
        let item = NewRequestItem {
            reference: "KCSC-241101-60".into(),
            platform: "x".into(),
            sent_at: now,
            sent_at_given: "time",
            due_at: "2024-11-03T14:59:59Z".parse().unwrap(),
            url: "https://x.com/a/status/1".into(),
            url_key: crate::extract::urls::normalize("https://x.com/a/status/1").unwrap(),
            category: None,
            message_id: None,
            note: None,
            origin: "test".into(),
        };
        store.import_requests(&[item], false, now).unwrap();
        let first = send(&store, &settings, "KCSC-241101-60", false, false, now).unwrap();
        assert_eq!(first.email.state, "sent");
        // It came back: a bounce marks the row (as the ingest of a bounce does).
        store
            .conn()
            .execute(
                "UPDATE outbox SET state = 'bounced', last_error = '550 5.1.1 no such user'",
                [],
            )
            .unwrap();
        match send(&store, &settings, "KCSC-241101-60", false, false, now) {
            Err(SendError::Refused(why)) => {
                assert!(
                    why.contains("not delivered") && why.contains("550"),
                    "{why}"
                )
            }
            other => panic!("{other:?}"),
        }
        let again = send(&store, &settings, "KCSC-241101-60", true, false, now).unwrap();
        assert_eq!(again.email.step, 2);
        assert_eq!(again.email.state, "sent");
        assert_eq!(
            again.request_message_id.as_deref(),
            Some("request.KCSC-241101-60.1@kcsc.example")
        );
    }
}
