//! Composing: a due reminder or digest in, the exact email (bytes) out.
//! Wording lives in minijinja templates: the defaults in `templates/` are
//! compiled in, and a file of the same name in `reminders.template_dir`
//! replaces one. Pure apart from reading those override files once.

use std::collections::BTreeMap;
use std::time::SystemTime;

use jiff::Timestamp;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};
use serde::Serialize;

use super::{
    DueDigest, DueReminder, PlatformFigures, human_duration, platform_figures, unanswered,
};
use crate::config::{ReminderSettings, Settings, SmtpSettings};
use crate::store::{DigestData, LateRequest, OutboxRow, OutboxState};

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    #[error("{0}")]
    Address(String),
    #[error("cannot build the email: {0}")]
    Build(String),
}

/// The default templates, compiled into the binary.
const DEFAULTS: [(&str, &str); 4] = [
    (
        "reminder_subject.txt",
        include_str!("../../templates/reminder_subject.txt"),
    ),
    (
        "reminder_body.txt",
        include_str!("../../templates/reminder_body.txt"),
    ),
    (
        "digest_subject.txt",
        include_str!("../../templates/digest_subject.txt"),
    ),
    (
        "digest_body.txt",
        include_str!("../../templates/digest_body.txt"),
    ),
];

/// An email ready to be queued.
#[derive(Debug, Clone)]
pub struct Composed {
    pub kind: &'static str,
    pub request: Option<i64>,
    pub reference: Option<String>,
    pub step: u32,
    pub escalated: bool,
    pub dedup_key: String,
    /// Without <>.
    pub message_id: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// The envelope: To then Cc.
    pub recipients: Vec<String>,
    pub subject: String,
    pub raw: Vec<u8>,
    /// The outbox row this replaces (a retry), if any.
    pub existing: Option<i64>,
}

pub struct Templates {
    env: minijinja::Environment<'static>,
}

impl Templates {
    /// The defaults, each replaced by a file of the same name in
    /// `template_dir` when there is one.
    pub fn load(rs: &ReminderSettings) -> Result<Templates, ComposeError> {
        Templates::load_set(&DEFAULTS, rs.template_dir.as_deref())
    }

    /// `defaults` (name, built-in text), each replaced by a file of the same
    /// name in `dir` when there is one. The request templates use it too.
    pub fn load_set(
        defaults: &[(&'static str, &'static str)],
        dir: Option<&std::path::Path>,
    ) -> Result<Templates, ComposeError> {
        let mut env = minijinja::Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        // A misspelt variable in an override is an error, not an empty string
        // in an email to a platform.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for &(name, text) in defaults {
            let source = match dir {
                Some(dir) if dir.join(name).is_file() => {
                    let path = dir.join(name);
                    std::fs::read_to_string(&path).map_err(|e| ComposeError::Template {
                        name: path.display().to_string(),
                        message: e.to_string(),
                    })?
                }
                _ => text.to_string(),
            };
            env.add_template_owned(name, source)
                .map_err(|e| ComposeError::Template {
                    name: name.into(),
                    message: e.to_string(),
                })?;
        }
        Ok(Templates { env })
    }

    pub fn render<S: Serialize>(&self, name: &str, ctx: &S) -> Result<String, ComposeError> {
        let err = |e: minijinja::Error| ComposeError::Template {
            name: name.into(),
            message: format!("{e:#}"),
        };
        self.env
            .get_template(name)
            .map_err(err)?
            .render(ctx)
            .map_err(err)
    }

    pub fn subject<S: Serialize>(&self, name: &str, ctx: &S) -> Result<String, ComposeError> {
        // A subject is one line whatever the template does with whitespace.
        Ok(self
            .render(name, ctx)?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "))
    }
}

pub(crate) fn local_date(t: Timestamp, settings: &Settings) -> String {
    t.to_zoned(settings.tz.clone())
        .strftime("%Y-%m-%d")
        .to_string()
}

pub(crate) fn local_time(t: Timestamp, settings: &Settings) -> String {
    t.to_zoned(settings.tz.clone())
        .strftime("%Y-%m-%d %H:%M %Z")
        .to_string()
}

pub(crate) fn mailbox(text: &str, what: &str) -> Result<Mailbox, ComposeError> {
    text.trim().parse::<Mailbox>().map_err(|e| {
        ComposeError::Address(format!("{what}: `{text}` is not a usable address ({e})"))
    })
}

/// The address replies should go to: `reminders.reply_to` (with `{ref}`
/// replaced), else smtp.from with the reference as a plus-address extension,
/// so that even a reply that loses the thread comes back matched.
pub fn reply_to(
    settings: &Settings,
    smtp: &SmtpSettings,
    rs: &ReminderSettings,
    reference: &str,
) -> Result<Mailbox, ComposeError> {
    reply_to_with(settings, smtp, rs.reply_to.as_deref(), reference)
}

/// `reply_to` with `reminders.reply_to` given (or not): requests use it
/// without a `[reminders]` section.
pub fn reply_to_with(
    settings: &Settings,
    smtp: &SmtpSettings,
    configured: Option<&str>,
    reference: &str,
) -> Result<Mailbox, ComposeError> {
    let from = mailbox(&smtp.from, "smtp.from")?;
    let base = match configured {
        Some(r) if r.contains("{ref}") => {
            return mailbox(&r.replace("{ref}", reference), "reminders.reply_to");
        }
        Some(r) => mailbox(r, "reminders.reply_to")?,
        None => from,
    };
    let user = format!(
        "{}{}{}",
        base.email.user(),
        settings.matching.address_extension,
        reference
    );
    let email = Address::new(user, base.email.domain())
        .map_err(|e| ComposeError::Address(format!("reply-to for {reference}: {e}")))?;
    Ok(Mailbox::new(base.name.clone(), email))
}

pub(crate) fn languages(code: &str) -> Vec<&'static str> {
    match code {
        "ko" => vec!["ko"],
        "en" => vec!["en"],
        "en+ko" => vec!["en", "ko"],
        _ => vec!["ko", "en"],
    }
}

/// The CSV a platform can fill in and send back: `url,status`, one row per
/// unanswered item (the status left empty for the platform to fill in).
pub fn pending_csv(urls: &[String]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["url", "status"]);
    for u in urls {
        let _ = w.write_record([u.as_str(), ""]);
    }
    // Writing into a Vec cannot fail.
    w.into_inner().unwrap_or_default()
}

#[derive(Serialize)]
struct ReminderCtx<'a> {
    #[serde(rename = "ref")]
    reference: &'a str,
    platform: &'a str,
    platform_id: &'a str,
    step: u32,
    max: u32,
    escalated: bool,
    pending_count: usize,
    total: usize,
    pending_urls: &'a [String],
    /// Those of `pending_urls` our own checks saw gone `confirm` times.
    appears_gone: &'a [String],
    sent_date: String,
    due_date: String,
    due_at: String,
    today: String,
    days_overdue: i64,
    case_number: Option<&'a str>,
    category: Option<&'a str>,
    reply_to: String,
    csv_name: Option<String>,
    sender: String,
    languages: Vec<&'static str>,
}

fn auto_headers(b: lettre::message::MessageBuilder) -> lettre::message::MessageBuilder {
    // RFC 3834: auto-generated, so auto-responders stay quiet; the Microsoft
    // header asks Exchange not to send out-of-office replies either.
    b.raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("Auto-Submitted"),
        "auto-generated".into(),
    ))
    .raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
        "All".into(),
    ))
}

pub(crate) fn angle(id: &str) -> String {
    format!("<{id}>")
}

pub fn reminder(
    t: &Templates,
    due: &DueReminder,
    settings: &Settings,
    smtp: &SmtpSettings,
    rs: &ReminderSettings,
    now: Timestamp,
) -> Result<Composed, ComposeError> {
    let platform = settings.platform(&due.platform);
    let platform_name = platform
        .map(|p| p.name.as_str())
        .unwrap_or(due.platform.as_str());
    let from = mailbox(&smtp.from, "smtp.from")?;
    let reply = reply_to(settings, smtp, rs, &due.reference)?;
    let csv_name = (rs.attach_csv && !due.pending.is_empty())
        .then(|| format!("{}-pending.csv", due.reference));
    let ctx = ReminderCtx {
        reference: &due.reference,
        platform: platform_name,
        platform_id: &due.platform,
        step: due.step,
        max: rs.max,
        escalated: due.escalated,
        pending_count: due.pending.len(),
        total: due.total,
        pending_urls: &due.pending,
        appears_gone: &due.appears_gone,
        sent_date: local_date(due.sent_at, settings),
        due_date: local_date(due.due_at, settings),
        due_at: local_time(due.due_at, settings),
        today: local_date(now, settings),
        days_overdue: (now.duration_since(due.due_at).as_secs() / 86_400).max(0),
        case_number: due.case_number.as_deref(),
        category: due.category.as_deref(),
        reply_to: reply.to_string(),
        csv_name: csv_name.clone(),
        sender: from.name.clone().unwrap_or_else(|| from.email.to_string()),
        languages: languages(platform.map(|p| p.language.as_str()).unwrap_or("ko+en")),
    };
    let subject = t.subject("reminder_subject.txt", &ctx)?;
    let body = t.render("reminder_body.txt", &ctx)?;

    let mut b = Message::builder()
        .from(from)
        .reply_to(reply)
        .subject(subject.clone())
        .date(SystemTime::from(now))
        .message_id(Some(angle(&due.message_id)));
    for a in &due.to {
        b = b.to(mailbox(a, &format!("reminder_to of {}", due.platform))?);
    }
    for a in &due.cc {
        b = b.cc(mailbox(a, "a Cc address")?);
    }
    if let Some(parent) = &due.in_reply_to {
        b = b.in_reply_to(angle(parent));
    }
    if !due.references.is_empty() {
        b = b.references(
            due.references
                .iter()
                .map(|r| angle(r))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    b = auto_headers(b).raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("X-Takedown-Reference"),
        due.reference.clone(),
    ));
    let text = SinglePart::plain(body);
    let message = match csv_name {
        Some(name) => {
            let csv_type = ContentType::parse("text/csv; charset=utf-8")
                .map_err(|e| ComposeError::Build(e.to_string()))?;
            let attachment = Attachment::new(name).body(pending_csv(&due.pending), csv_type);
            b.multipart(MultiPart::mixed().singlepart(text).singlepart(attachment))
        }
        None => b.singlepart(text),
    }
    .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(Composed {
        kind: "reminder",
        request: Some(due.request),
        reference: Some(due.reference.clone()),
        step: due.step,
        escalated: due.escalated,
        dedup_key: due.dedup_key.clone(),
        message_id: due.message_id.clone(),
        recipients: due.to.iter().chain(due.cc.iter()).cloned().collect(),
        to: due.to.clone(),
        cc: due.cc.clone(),
        subject,
        raw: message.formatted(),
        existing: due.existing,
    })
}

// ---------------------------------------------------------------------------
// The digest.

#[derive(Serialize)]
struct SuspectCtx {
    received: String,
    platform: String,
    from: String,
    subject: String,
    trust_reason: String,
    message_id: String,
    resolved: bool,
}

#[derive(Serialize)]
struct OverdueCtx {
    #[serde(rename = "ref")]
    reference: String,
    due_date: String,
    pending: usize,
    total: usize,
    /// "reminder 2 sent 2024-09-12", "no reminder yet", …
    reminders: String,
}

#[derive(Serialize)]
struct PlatformCtx {
    id: String,
    name: String,
    requests: Vec<OverdueCtx>,
}

#[derive(Serialize)]
struct ReviewCtx {
    received: String,
    reason: String,
    from: String,
    subject: String,
}

#[derive(Serialize)]
struct HoldCtx {
    mailbox: String,
    first: String,
    last: String,
    reason: String,
}

#[derive(Serialize)]
struct MailboxCtx {
    name: String,
    kind: String,
    last_full_pass: String,
    failures: u32,
    last_error: String,
}

#[derive(Serialize)]
struct CountCtx {
    reason: String,
    count: usize,
}

#[derive(Serialize)]
struct RemovalCtx {
    at: String,
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    url: String,
}

#[derive(Serialize)]
struct RemovalsCtx {
    name: String,
    items: Vec<RemovalCtx>,
}

#[derive(Serialize)]
struct FigureCtx {
    name: String,
    counted: usize,
    answered_in_time: usize,
    share: String,
    removed: usize,
    median: String,
}

#[derive(Serialize)]
struct OutboxCtx {
    state: &'static str,
    subject: String,
    detail: String,
}

#[derive(Serialize)]
struct AppearsGoneCtx {
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    url: String,
    since: String,
    streak: u32,
}

#[derive(Serialize)]
struct DigestCtx {
    date: String,
    now: String,
    since: String,
    timezone: String,
    suspects: Vec<SuspectCtx>,
    overdue: Vec<PlatformCtx>,
    overdue_requests: usize,
    overdue_items: usize,
    review_count: usize,
    review_by_reason: Vec<CountCtx>,
    review: Vec<ReviewCtx>,
    removal_count: usize,
    removals: Vec<RemovalsCtx>,
    figures: Vec<FigureCtx>,
    uncertain: usize,
    failed: usize,
    outbox_problems: Vec<OutboxCtx>,
    chain_head: String,
    holds: Vec<HoldCtx>,
    mailboxes: Vec<MailboxCtx>,
    /// Pending items our URL checks saw gone: appears removed, not confirmed.
    appears_gone: Vec<AppearsGoneCtx>,
}

/// How many open review entries the digest lists one by one.
const REVIEW_LISTED: usize = 30;

fn reminder_line(rows: &[&OutboxRow], settings: &Settings) -> String {
    match rows.iter().max_by_key(|r| (r.step, r.id)) {
        None => "no reminder yet".to_string(),
        Some(r) => {
            let when = local_date(r.sent_at.unwrap_or(r.created_at), settings);
            let esc = if r.escalated { ", escalated" } else { "" };
            format!("reminder {} {} {when}{esc}", r.step, r.state.as_str())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn digest_ctx(
    due: &DueDigest,
    data: &DigestData,
    late: &[LateRequest],
    outbox: &[OutboxRow],
    settings: &Settings,
    rs: &ReminderSettings,
    now: Timestamp,
) -> DigestCtx {
    let lt = |t: Timestamp| local_time(t, settings);
    let opt = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let suspects = data
        .suspects
        .iter()
        .map(|s| SuspectCtx {
            received: lt(s.received_at),
            platform: opt(&s.platform),
            from: opt(&s.from),
            subject: opt(&s.subject),
            trust_reason: s.trust_reason.clone(),
            message_id: opt(&s.message_id),
            resolved: s.resolved,
        })
        .collect();

    let mut by_platform: BTreeMap<&str, Vec<OverdueCtx>> = BTreeMap::new();
    let mut overdue_items = 0;
    let mut overdue_requests = 0;
    for req in late.iter().filter(|r| r.due_at < now) {
        let pending = req.items.iter().filter(|(_, s)| unanswered(*s, rs)).count();
        if pending == 0 {
            continue;
        }
        overdue_requests += 1;
        overdue_items += pending;
        let rows: Vec<&OutboxRow> = outbox
            .iter()
            .filter(|r| r.request == Some(req.id) && r.kind == "reminder")
            .collect();
        by_platform
            .entry(req.platform.as_str())
            .or_default()
            .push(OverdueCtx {
                reference: req.reference.clone(),
                due_date: local_date(req.due_at, settings),
                pending,
                total: req.items.len(),
                reminders: reminder_line(&rows, settings),
            });
    }
    let name = |id: &str| {
        settings
            .platform(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let overdue = by_platform
        .into_iter()
        .map(|(id, requests)| PlatformCtx {
            id: id.to_string(),
            name: name(id),
            requests,
        })
        .collect();

    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &data.open_review {
        *reasons.entry(r.reason.as_str()).or_default() += 1;
    }
    let review = data
        .open_review
        .iter()
        .take(REVIEW_LISTED)
        .map(|r| ReviewCtx {
            received: lt(r.received_at),
            reason: r.reason.clone(),
            from: opt(&r.from),
            subject: opt(&r.subject),
        })
        .collect();
    let mut removals: Vec<RemovalsCtx> = Vec::new();
    // The store orders them by platform.
    for r in &data.removals {
        let item = RemovalCtx {
            at: lt(r.at),
            reference: r.reference.clone(),
            platform: r.platform.clone(),
            url: r.url.clone(),
        };
        match removals.last_mut() {
            Some(g) if g.items.first().is_some_and(|i| i.platform == r.platform) => {
                g.items.push(item)
            }
            _ => removals.push(RemovalsCtx {
                name: name(&r.platform),
                items: vec![item],
            }),
        }
    }
    let figures = platform_figures(&data.timings, now)
        .into_iter()
        .map(|f: PlatformFigures| FigureCtx {
            name: name(&f.platform),
            counted: f.counted,
            answered_in_time: f.answered_in_time,
            share: f
                .share_in_time
                .map(|s| format!("{s:.0}%"))
                .unwrap_or_else(|| "n/a".into()),
            removed: f.removed,
            median: f
                .median_to_removal
                .map(human_duration)
                .unwrap_or_else(|| "n/a".into()),
        });
    let problems: Vec<&OutboxRow> = outbox
        .iter()
        .filter(|r| {
            matches!(
                r.state,
                OutboxState::Uncertain | OutboxState::Failed | OutboxState::Bounced
            )
        })
        .collect();
    DigestCtx {
        date: due.date.to_string(),
        now: lt(now),
        since: lt(due.since),
        timezone: settings.timezone_name.clone(),
        suspects,
        overdue,
        overdue_requests,
        overdue_items,
        review_count: data.open_review.len(),
        review_by_reason: reasons
            .into_iter()
            .map(|(reason, count)| CountCtx {
                reason: reason.into(),
                count,
            })
            .collect(),
        review,
        removal_count: data.removals.len(),
        removals,
        figures: figures.collect(),
        uncertain: problems
            .iter()
            .filter(|r| r.state == OutboxState::Uncertain)
            .count(),
        failed: problems
            .iter()
            .filter(|r| r.state == OutboxState::Failed)
            .count(),
        outbox_problems: problems
            .iter()
            .map(|r| OutboxCtx {
                state: r.state.as_str(),
                subject: r.subject.clone(),
                detail: match (&r.last_error, r.next_attempt) {
                    (_, Some(at)) => format!("next attempt {}", lt(at)),
                    (Some(e), None) => e.clone(),
                    (None, None) => "-".into(),
                },
            })
            .collect(),
        chain_head: data.chain_head.clone().unwrap_or_else(|| "none".into()),
        holds: data
            .holds
            .iter()
            .map(|h| HoldCtx {
                mailbox: h.mailbox.clone(),
                first: lt(h.first_held_at),
                last: lt(h.last_held_at),
                reason: h.reason.clone(),
            })
            .collect(),
        mailboxes: data
            .mailboxes
            .iter()
            .map(|m| MailboxCtx {
                name: m.mailbox.clone(),
                kind: m.kind.clone(),
                last_full_pass: m
                    .last_full_pass_at
                    .map(lt)
                    .unwrap_or_else(|| "never".into()),
                failures: m.consecutive_failures,
                last_error: m.last_error.clone().unwrap_or_default(),
            })
            .collect(),
        appears_gone: data
            .appears_gone
            .iter()
            .map(|g| AppearsGoneCtx {
                reference: g.reference.clone(),
                platform: name(&g.platform),
                url: g.url.clone(),
                since: lt(g.since),
                streak: g.streak,
            })
            .collect(),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn digest(
    t: &Templates,
    due: &DueDigest,
    data: &DigestData,
    late: &[LateRequest],
    outbox: &[OutboxRow],
    settings: &Settings,
    smtp: &SmtpSettings,
    rs: &ReminderSettings,
    now: Timestamp,
) -> Result<Composed, ComposeError> {
    let ctx = digest_ctx(due, data, late, outbox, settings, rs, now);
    let subject = t.subject("digest_subject.txt", &ctx)?;
    let body = t.render("digest_body.txt", &ctx)?;
    let to = super::unique_addresses(&rs.staff_digest_to, &[]);
    let mut b = Message::builder()
        .from(mailbox(&smtp.from, "smtp.from")?)
        .subject(subject.clone())
        .date(SystemTime::from(now))
        .message_id(Some(angle(&due.message_id)));
    for a in &to {
        b = b.to(mailbox(a, "reminders.staff_digest_to")?);
    }
    let message = auto_headers(b)
        .singlepart(SinglePart::plain(body))
        .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(Composed {
        kind: "digest",
        request: None,
        reference: None,
        step: 0,
        escalated: false,
        dedup_key: due.dedup_key.clone(),
        message_id: due.message_id.clone(),
        recipients: to.clone(),
        to,
        cc: Vec::new(),
        subject,
        raw: message.formatted(),
        existing: None,
    })
}
