//! The edge: reads the ledger, asks the scheduler, queues, sends, records.
//! Every email is an outbox row before it goes anywhere; each row is marked
//! `sending` (committed) right before it is handed to the server, and what
//! the server said is recorded right after.

use std::fs::File;
use std::path::PathBuf;

use jiff::Timestamp;
use lettre::message::Mailbox;
use serde::Serialize;

use super::compose::{self, Composed, Templates};
use super::transport::{Delivery, Transport};
use super::{Plan, plan, retry_at};
use crate::config::{ReminderSettings, Settings, SmtpSettings};
use crate::store::{NewOutbox, OutboxRow, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum RemindError {
    /// Reminders are not configured; the text says what is missing.
    #[error("{0}")]
    Disabled(String),
    /// Another run holds the outbox (the daemon, or a second `takedown remind`).
    #[error("another reminder run is in progress ({0} is locked)")]
    Busy(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Compose(#[from] compose::ComposeError),
    #[error("{0}")]
    Io(String),
}

/// One email of a run, for people and for `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct EmailReport {
    pub kind: String,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub step: u32,
    pub escalated: bool,
    pub message_id: String,
    pub recipients: Vec<String>,
    pub subject: String,
    /// sent, failed, uncertain, would_send, cancelled
    pub state: String,
    /// The server's reply, the error, or why.
    pub detail: String,
    pub next_attempt: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeferredReport {
    pub kind: String,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub step: u32,
    pub until: String,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SkippedReport {
    #[serde(rename = "ref")]
    pub reference: String,
    pub reason: String,
}

/// What one run did (or, with `dry_run`, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RemindReport {
    pub dry_run: bool,
    /// Rows found in `sending` at the start, now `uncertain` (never resent).
    pub uncertain: Vec<EmailReport>,
    pub emails: Vec<EmailReport>,
    pub deferred: Vec<DeferredReport>,
    pub skipped: Vec<SkippedReport>,
    /// Mailboxes not read recently enough: while any is listed, nothing was
    /// sent (src/freshness.rs).
    pub held: Vec<crate::freshness::Stale>,
}

impl RemindReport {
    /// Emails that could not be sent in this run.
    pub fn failures(&self) -> usize {
        self.emails
            .iter()
            .filter(|e| e.state == "failed" || e.state == "uncertain")
            .count()
    }
}

/// Why nothing will be sent, when that is so: the daemon logs it once at
/// start, `takedown remind` refuses with it.
pub fn disabled_reason(settings: &Settings) -> Option<String> {
    let path = settings.config_path.display();
    match (&settings.smtp, &settings.reminders) {
        (Some(_), Some(_)) => None,
        (None, None) => Some(format!(
            "{path} has no [smtp] and no [reminders] section: no reminders or digests are sent"
        )),
        (None, Some(_)) => Some(format!(
            "{path} has no [smtp] section: no reminders or digests are sent"
        )),
        (Some(_), None) => Some(format!(
            "{path} has no [reminders] section: no reminders or digests are sent"
        )),
    }
}

fn enabled(settings: &Settings) -> Result<(&SmtpSettings, &ReminderSettings), RemindError> {
    match (&settings.smtp, &settings.reminders) {
        (Some(s), Some(r)) => Ok((s, r)),
        _ => Err(RemindError::Disabled(
            disabled_reason(settings).unwrap_or_default(),
        )),
    }
}

/// Held for the whole run so that two runs never work the outbox at once (one
/// would take the other's `sending` rows for leftovers of a crash). The OS
/// releases it when the process ends, however it ends.
pub(crate) fn lock(settings: &Settings) -> Result<File, RemindError> {
    let mut path: PathBuf = settings.database.path.clone().into_os_string().into();
    path.as_mut_os_string().push("-remind.lock");
    let f = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| RemindError::Io(format!("cannot open {}: {e}", path.display())))?;
    match f.try_lock() {
        Ok(()) => Ok(f),
        Err(std::fs::TryLockError::WouldBlock) => {
            Err(RemindError::Busy(path.display().to_string()))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(RemindError::Io(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

fn time(t: Timestamp, settings: &Settings) -> String {
    t.to_zoned(settings.tz.clone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

pub(crate) fn report_row(r: &OutboxRow, state: &str, detail: String) -> EmailReport {
    EmailReport {
        kind: r.kind.clone(),
        reference: r.reference.clone(),
        step: r.step,
        escalated: r.escalated,
        message_id: r.message_id.clone(),
        recipients: r.recipients.clone(),
        subject: r.subject.clone(),
        state: state.into(),
        detail,
        next_attempt: None,
    }
}

pub(crate) fn report_composed(c: &Composed, state: &str, detail: String) -> EmailReport {
    EmailReport {
        kind: c.kind.into(),
        reference: c.reference.clone(),
        step: c.step,
        escalated: c.escalated,
        message_id: c.message_id.clone(),
        recipients: c.recipients.clone(),
        subject: c.subject.clone(),
        state: state.into(),
        detail,
        next_attempt: None,
    }
}

/// Runs the scheduler once at `now`: queues what is due and sends every
/// queued email (and failed ones whose retry time has come). With `dry_run`
/// nothing is written or sent; the report says what would be. Blocking (SMTP
/// runs on a private single-threaded runtime): from async code use `tick`.
pub fn run_once(
    store: &Store,
    settings: &Settings,
    now: Timestamp,
    dry_run: bool,
) -> Result<RemindReport, RemindError> {
    let (smtp, rs) = enabled(settings)?;
    let _lock = if dry_run { None } else { Some(lock(settings)?) };
    let mut report = RemindReport {
        dry_run,
        ..Default::default()
    };
    // No reminder and no digest from a ledger that has not read its mail.
    report.held = crate::freshness::stale_mailboxes(
        settings,
        &store.mailbox_passes()?,
        rs.max_staleness,
        now,
        crate::freshness::local_problem,
    );
    if !report.held.is_empty() {
        if !dry_run {
            for h in &report.held {
                store.hold_reminders(&h.mailbox, h.since, &h.reason, now)?;
            }
            // Requests staff asked to send are not held by stale mailboxes.
            let due = crate::requests::send::waiting_request_rows(store, now)?;
            if !due.is_empty() {
                match crate::requests::send::send_rows(store, smtp, settings, &due, now) {
                    Ok(sent) => report.emails.extend(sent),
                    Err(e) => tracing::error!("request emails: {e}"),
                }
            }
        }
        return Ok(report);
    }

    if dry_run {
        for r in store
            .outbox_rows()?
            .iter()
            .filter(|r| r.state == crate::store::OutboxState::Sending)
        {
            report.uncertain.push(report_row(
                r,
                "uncertain",
                "would become uncertain: left in `sending` by an earlier run".into(),
            ));
        }
    } else {
        for r in store.outbox_recover(now)? {
            tracing::warn!(message_id = %r.message_id, "outbox row left in `sending` is now `uncertain`; it is not sent again");
            report.uncertain.push(report_row(
                &r,
                "uncertain",
                r.last_error.clone().unwrap_or_default(),
            ));
        }
    }

    let late = store.late_requests(now)?;
    let outbox = store.outbox_rows()?;
    let mut p: Plan = plan(&late, &outbox, settings, rs, now);
    let appears_gone = if settings.probe.enabled {
        store.appears_gone(settings.probe.confirm)?
    } else {
        Vec::new()
    };
    for due in p.reminders.iter_mut() {
        due.appears_gone = appears_gone
            .iter()
            .filter(|g| g.reference == due.reference && due.pending.contains(&g.url))
            .map(|g| g.url.clone())
            .collect();
    }
    for d in &p.deferred {
        report.deferred.push(DeferredReport {
            kind: d.kind.into(),
            reference: d.reference.clone(),
            step: d.step,
            until: time(d.until, settings),
            why: d.why.clone(),
        });
    }
    for s in &p.skipped {
        report.skipped.push(SkippedReport {
            reference: s.reference.clone(),
            reason: s.reason.clone(),
        });
    }

    let templates = Templates::load(rs)?;
    let mut reminders: Vec<Composed> = Vec::new();
    for due in &p.reminders {
        match compose::reminder(&templates, due, settings, smtp, rs, now) {
            Ok(c) => reminders.push(c),
            // One platform's bad address must not stop the others' reminders.
            Err(e @ compose::ComposeError::Address(_)) => report.skipped.push(SkippedReport {
                reference: due.reference.clone(),
                reason: e.to_string(),
            }),
            Err(e) => return Err(e.into()),
        }
    }

    if dry_run {
        for (id, why) in &p.cancel {
            if let Some(r) = outbox.iter().find(|r| r.id == *id) {
                report.emails.push(report_row(r, "cancelled", why.clone()));
            }
        }
        let mut all = reminders;
        if let Some(d) = &p.digest {
            let mut data = store.digest_data(d.since)?;
            data.appears_gone = appears_gone.clone();
            all.push(compose::digest(
                &templates, d, &data, &late, &outbox, settings, smtp, rs, now,
            )?);
        }
        for id in &p.resend {
            if let Some(r) = outbox.iter().find(|r| r.id == *id) {
                report
                    .emails
                    .push(report_row(r, "would_send", "retry".into()));
            }
        }
        for c in &all {
            let what = if c.existing.is_some() { "retry" } else { "new" };
            report
                .emails
                .push(report_composed(c, "would_send", what.into()));
        }
        return Ok(report);
    }

    for (id, why) in &p.cancel {
        let attempts = outbox
            .iter()
            .find(|r| r.id == *id)
            .map(|r| r.attempts)
            .unwrap_or(0);
        store.outbox_failed(*id, why, attempts, None)?;
        report.emails.push(report_row(
            &store.outbox_row(*id)?,
            "cancelled",
            why.clone(),
        ));
    }
    // The reminders first, so that the digest reports what this run did.
    // One connection for the whole run, opened when the first email is due.
    let mut out = Outgoing::new(smtp)?;
    let batch = queue(store, &reminders, now)?;
    out.send(store, settings, &batch, now, &mut report)?;
    let mut batch = p.resend.clone();
    if let Some(d) = &p.digest {
        let mut data = store.digest_data(d.since)?;
        data.appears_gone = appears_gone.clone();
        let outbox = store.outbox_rows()?;
        let digest = compose::digest(
            &templates, d, &data, &late, &outbox, settings, smtp, rs, now,
        )?;
        batch.extend(queue(store, std::slice::from_ref(&digest), now)?);
        // Queued: the holds it leads with are reported.
        let ids: Vec<i64> = data.holds.iter().map(|h| h.id).collect();
        store.close_reminder_holds(&ids, &d.dedup_key)?;
    }
    out.send(store, settings, &batch, now, &mut report)?;
    out.close();
    Ok(report)
}

/// Puts emails in the outbox (a retry replaces its row's content); returns
/// the rows to send. From here on every email is in the ledger.
fn queue(store: &Store, emails: &[Composed], now: Timestamp) -> Result<Vec<i64>, RemindError> {
    let mut ids = Vec::new();
    for c in emails {
        let id = match c.existing {
            Some(id) => store
                .outbox_recompose(id, &c.recipients, &c.subject, &c.raw)?
                .then_some(id),
            None => store.outbox_insert(&NewOutbox {
                kind: c.kind,
                request: c.request,
                step: c.step,
                dedup_key: &c.dedup_key,
                message_id: &c.message_id,
                recipients: &c.recipients,
                subject: &c.subject,
                raw: &c.raw,
                escalated: c.escalated,
                created_at: now,
            })?,
        };
        // None: another run queued (or took) this step meanwhile.
        ids.extend(id);
    }
    Ok(ids)
}

/// Test hook: exit right after a row is marked `sending`, the way a crash
/// between marking and sending would (tests/reminders.rs sets it). Compiled
/// into debug builds only (those `cargo test` builds the binary for); a
/// release build ignores the variable.
#[cfg(debug_assertions)]
const CRASH_AFTER_MARKING: &str = "TAKEDOWN_TEST_EXIT_AFTER_MARKING";

pub(crate) struct Outgoing<'a> {
    rt: tokio::runtime::Runtime,
    transport: Transport<'a>,
    from: Mailbox,
}

impl<'a> Outgoing<'a> {
    pub(crate) fn new(smtp: &'a SmtpSettings) -> Result<Outgoing<'a>, RemindError> {
        let from: Mailbox = smtp
            .from
            .trim()
            .parse()
            .map_err(|e| RemindError::Io(format!("smtp.from `{}`: {e}", smtp.from)))?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| RemindError::Io(format!("cannot start the SMTP runtime: {e}")))?;
        Ok(Outgoing {
            rt,
            transport: Transport::new(smtp),
            from,
        })
    }

    pub(crate) fn close(mut self) {
        let t = &mut self.transport;
        self.rt.block_on(t.close());
    }

    /// Sends the rows one by one: marked `sending` (committed), handed over,
    /// and the outcome recorded before the next one.
    pub(crate) fn send(
        &mut self,
        store: &Store,
        settings: &Settings,
        batch: &[i64],
        now: Timestamp,
        report: &mut RemindReport,
    ) -> Result<(), RemindError> {
        let (transport, from) = (&mut self.transport, &self.from);
        self.rt.block_on(async {
            for id in batch {
                let row = store.outbox_row(*id)?;
                // Not connected means not sent: the row waits for a retry.
                if let Err(e) = transport.ready().await {
                    // Counted as an attempt, so that a long outage backs off.
                    let next = retry_at(now, row.attempts + 1, false);
                    store.outbox_failed(row.id, &e, row.attempts + 1, next)?;
                    let mut r = report_row(&row, "failed", e);
                    r.next_attempt = next.map(|t| time(t, settings));
                    report.emails.push(r);
                    continue;
                }
                let raw = store.outbox_raw(row.id)?;
                if !store.outbox_claim(row.id)? {
                    continue; // another run has it
                }
                #[cfg(debug_assertions)]
                if std::env::var_os(CRASH_AFTER_MARKING).is_some() {
                    std::process::exit(86);
                }
                let attempts = row.attempts + 1;
                match transport
                    .deliver(&row.dedup_key, from, &row.recipients, &raw)
                    .await
                {
                    Delivery::Sent(reply) => {
                        store.outbox_sent(row.id, now, &reply)?;
                        tracing::info!(message_id = %row.message_id, "sent: {}", row.subject);
                        report.emails.push(report_row(&row, "sent", reply));
                    }
                    Delivery::Failed { error, permanent } => {
                        let next = retry_at(now, attempts, permanent);
                        let detail = match next {
                            Some(_) => error,
                            None => format!("{error}; not tried again"),
                        };
                        store.outbox_failed(row.id, &detail, attempts, next)?;
                        tracing::warn!(message_id = %row.message_id, "not sent: {detail}");
                        let mut r = report_row(&row, "failed", detail);
                        r.next_attempt = next.map(|t| time(t, settings));
                        report.emails.push(r);
                    }
                    Delivery::Uncertain(why) => {
                        store.outbox_uncertain(row.id, &why)?;
                        tracing::warn!(message_id = %row.message_id, "uncertain: {why}");
                        report.emails.push(report_row(&row, "uncertain", why));
                    }
                }
            }
            Ok::<(), RemindError>(())
        })
    }
}

/// For the daemon: one run at `now` on a blocking thread with its own
/// connection to the ledger, so the caller's runtime is never blocked.
pub async fn tick(settings: Settings, now: Timestamp) -> Result<RemindReport, RemindError> {
    tokio::task::spawn_blocking(move || {
        let db = &settings.database;
        let store = Store::open(&db.path, db.mode, db.busy_timeout)?;
        run_once(&store, &settings, now, false)
    })
    .await
    .map_err(|e| RemindError::Io(format!("reminder run stopped: {e}")))?
}

/// How often the daemon runs the scheduler. Cheap when nothing is due.
pub const DAEMON_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);

/// One `tick` whose problems are logged rather than returned, for the daemon.
/// Returns whether everything due went out.
pub async fn tick_logged(settings: Settings, now: Timestamp) -> bool {
    tick_logged_quietly(settings, now, &mut HeldLog::default()).await
}

/// What the daemon last said about held reminders, so that a hold lasting
/// hours is a warning every 10 minutes, not every minute.
#[derive(Default)]
pub struct HeldLog {
    last: Option<(Vec<String>, std::time::Instant)>,
}

const HELD_REPEAT: std::time::Duration = std::time::Duration::from_secs(600);

async fn tick_logged_quietly(settings: Settings, now: Timestamp, log: &mut HeldLog) -> bool {
    match tick(settings, now).await {
        Ok(r) if !r.held.is_empty() => {
            let mailboxes: Vec<String> = r.held.iter().map(|h| h.mailbox.clone()).collect();
            let repeat = log
                .last
                .as_ref()
                .is_some_and(|(m, at)| *m == mailboxes && at.elapsed() < HELD_REPEAT);
            for h in &r.held {
                if repeat {
                    tracing::debug!("reminders and the digest held back: {}", h.reason);
                } else {
                    tracing::warn!("reminders and the digest held back: {}", h.reason);
                }
            }
            if !repeat {
                log.last = Some((mailboxes, std::time::Instant::now()));
            }
            false
        }
        Ok(r) => r.failures() == 0,
        // The other run does the work.
        Err(RemindError::Busy(why)) => {
            tracing::debug!("reminders: {why}");
            true
        }
        Err(e) => {
            tracing::error!("reminders: {e}");
            false
        }
    }
}

/// The daemon's reminder loop: a `tick` every `DAEMON_INTERVAL` until `stop`
/// completes. The first comes one interval after start, so that the
/// mailboxes' first pass has read the replies that arrived while the daemon
/// was down before anyone is reminded.
pub async fn every_minute(
    settings: Settings,
    now: impl Fn() -> Timestamp,
    stop: impl Future<Output = ()>,
) {
    tokio::pin!(stop);
    let mut held = HeldLog::default();
    loop {
        tokio::select! {
            _ = tokio::time::sleep(DAEMON_INTERVAL) => {}
            _ = &mut stop => return,
        }
        if tick_logged_quietly(settings.clone(), now(), &mut held).await {
            held = HeldLog::default();
        }
    }
}

/// Runs `each` every `DAEMON_INTERVAL` (the first one interval after start)
/// until `stop` completes (the request emails' retry loop).
pub(crate) async fn each_interval<F: Future<Output = ()>>(
    stop: impl Future<Output = ()>,
    mut each: impl FnMut() -> F,
) {
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(DAEMON_INTERVAL) => {}
            _ = &mut stop => return,
        }
        each().await;
    }
}
