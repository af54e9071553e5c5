//! The long-running side of `takedown run`: one task per configured mailbox
//! (each with its own ledger connection), until SIGINT/SIGTERM, or one pass
//! over every mailbox with `--once`.
//!
//! The rule that makes a crash harmless: an email is moved out of the
//! watched folder only after the transaction that recorded it has
//! committed. A crash between the two leaves it in the folder; the next pass
//! fetches it again, the ledger recognises the bytes (`duplicate`, with the
//! earlier disposition), and it is moved then. Nothing is applied twice.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use rand::Rng;
use tokio::sync::watch;
use tokio::time::Instant;
use tracing::Instrument;

use crate::cli::{Ctx, Failure, print_report};
use crate::config::{ImapSettings, MailboxKind, MailboxSettings, Settings};
use crate::health::{self, ConnState, Health};
use crate::matching::Outcome;
use crate::pipeline::{Disposition, IngestOptions, IngestReport, ingest_batch, ingest_one};
use crate::source::imap::{ImapConn, ImapError, Wake, plaintext_over_network, tls_label};
use crate::source::{Origin, RawEmail, local, read_path};
use crate::store::{Store, StoreError};

/// First reconnection delay; doubled after each failed attempt.
const BACKOFF_BASE: Duration = Duration::from_secs(1);
/// Longest delay between reconnection attempts after a network or server error.
const BACKOFF_CAP: Duration = Duration::from_secs(60);
/// Delay between login attempts once the server has rejected the
/// credentials: slow, so that a wrong password never trips an account lockout.
const AUTH_RETRY: Duration = Duration::from_secs(600);
/// Never two connection attempts closer than this, even when a session
/// ends right after a successful login (a server that drops every session).
const MIN_CONNECT_INTERVAL: Duration = Duration::from_secs(2);
/// IDLE is ended and re-issued after this long without news: well before
/// RFC 2177's 29 minutes, and short enough that a connection dropped
/// silently by a middlebox is noticed.
const IDLE_RENEW: Duration = Duration::from_secs(300);
/// An identical failure is logged again only after this long (each attempt
/// in between is counted and the count given with the next line).
const REPEAT_LOG_AFTER: Duration = Duration::from_secs(60);
/// Emails of one batch held in memory together, at most (besides `batch_size`).
const MAX_BATCH_BYTES: u64 = 64 * 1024 * 1024;
/// How often a local Maildir/mbox is read again.
const LOCAL_POLL: Duration = Duration::from_secs(60);
/// After SIGINT/SIGTERM, a session stuck in a network step gets this long.
const STOP_GRACE: Duration = Duration::from_secs(10);
/// A panicked mailbox task is restarted after this long.
const TASK_RESTART: Duration = Duration::from_secs(60);

/// What every mailbox task shares.
struct Shared {
    settings: Settings,
    /// `--now`, for tests and demos; otherwise the real clock.
    fixed_now: Option<Timestamp>,
    json: bool,
    health: Arc<Health>,
}

impl Shared {
    fn now(&self) -> Timestamp {
        self.fixed_now.unwrap_or_else(Timestamp::now)
    }
}

/// Entry point from the CLI for `run` (and `run --once` with IMAP mailboxes).
pub fn run_cli(ctx: &Ctx, once: bool, json: bool) -> Result<i32, Failure> {
    // Multi-threaded: ledger work runs in `block_in_place`, which needs it,
    // and keeps the other mailboxes (and /healthz) served meanwhile.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("cannot start the async runtime: {e}")))?;
    let shared = Arc::new(Shared {
        settings: ctx.settings.clone(),
        fixed_now: ctx.clock_fixed.then_some(ctx.now),
        json,
        health: Health::new(),
    });
    rt.block_on(run(shared, once))
}

async fn run(sh: Arc<Shared>, once: bool) -> Result<i32, Failure> {
    for mb in &sh.settings.mailboxes {
        if let MailboxKind::Imap(s) = &mb.kind
            && plaintext_over_network(s)
        {
            tracing::warn!(
                "mailbox {}: tls = \"none\" for {}, which is not a loopback address: the password and every email cross the network UNENCRYPTED; use tls = \"implicit\" or \"starttls\"",
                mb.name,
                s.host
            );
        }
    }
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(signals(stop_tx));

    if let (false, Some(server)) = (once, &sh.settings.server) {
        let listener = health::bind(server.listen).await.map_err(|e| {
            Failure::input(format!(
                "server.listen {}: cannot listen: {e}",
                server.listen
            ))
        })?;
        tracing::info!(
            "health endpoint on http://{}/healthz and /metrics",
            server.listen
        );
        let staff = crate::web::daemon_router(&sh.settings, server.listen, sh.fixed_now)
            .map_err(Failure::usage)?;
        tokio::spawn(health::serve(
            listener,
            sh.health.clone(),
            sh.settings.database.clone(),
            sh.fixed_now,
            Some(staff),
            stopped(stop_rx.clone()),
        ));
    }

    let mut tasks = Vec::new();
    for mb in sh.settings.mailboxes.clone() {
        let interval = match &mb.kind {
            MailboxKind::Imap(s) => s.poll_interval,
            _ => LOCAL_POLL,
        };
        sh.health.register(&mb.name, interval);
        let span = tracing::info_span!("mailbox", name = %mb.name);
        tasks.push((
            mb.name.clone(),
            tokio::spawn(supervise(sh.clone(), mb, once, stop_rx.clone()).instrument(span)),
        ));
    }
    // Reminders and the staff digest (src/remind): every minute; with --once,
    // one run after the mailboxes' pass, so that the replies just read count.
    let remind_off = crate::remind::disabled_reason(&sh.settings);
    match &remind_off {
        Some(why) => {
            tracing::info!("{why}");
            // Request emails queued while the server was down are still
            // retried (reminder runs do it when they run).
            if !once && sh.settings.smtp.is_some() {
                let s = sh.clone();
                tokio::spawn(crate::requests::send::every_minute(
                    sh.settings.clone(),
                    move || s.now(),
                    stopped(stop_rx.clone()),
                ));
            }
        }
        None if !once => {
            let s = sh.clone();
            tokio::spawn(crate::remind::every_minute(
                sh.settings.clone(),
                move || s.now(),
                stopped(stop_rx.clone()),
            ));
        }
        None => {}
    }
    // URL checks (src/probe): a scheduled round every 5 minutes, when enabled.
    if !once && sh.settings.probe.enabled {
        let s = sh.clone();
        if let Err(e) = crate::probe::spawn_every(
            sh.settings.clone(),
            move || s.now(),
            stopped(stop_rx.clone()),
        ) {
            tracing::error!("URL checks: cannot start their thread: {e}");
        }
    }
    let mut all_ok = true;
    for (name, t) in tasks {
        match t.await {
            Ok(ok) => all_ok &= ok,
            Err(e) => {
                tracing::error!("mailbox {name}: task ended abnormally: {e}");
                all_ok = false;
            }
        }
    }
    if once && remind_off.is_none() {
        crate::remind::tick_logged(sh.settings.clone(), sh.now()).await;
    }
    if *stop_rx.borrow() {
        tracing::info!("stopped");
    }
    Ok(if once && !all_ok { 1 } else { 0 })
}

/// SIGINT/SIGTERM: ask every task to finish its current email and log out.
/// A second signal exits at once (safe: nothing is moved before it is committed).
async fn signals(stop: watch::Sender<bool>) {
    use tokio::signal::unix::{SignalKind, signal};
    let (mut term, mut int) = match (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        (Ok(t), Ok(i)) => (t, i),
        (Err(e), _) | (_, Err(e)) => {
            tracing::error!("cannot install signal handlers: {e}");
            return;
        }
    };
    let name = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    };
    tracing::info!(
        "{name}: finishing the current email, then logging out (send it again to exit at once)"
    );
    let _ = stop.send(true);
    tokio::select! {
        _ = term.recv() => {},
        _ = int.recv() => {},
    }
    tracing::warn!("second signal: exiting now");
    std::process::exit(130);
}

/// Completes when shutdown is requested (at once if it already was).
async fn stopped(mut stop: watch::Receiver<bool>) {
    // The guard wait_for returns is dropped right here: it must not live
    // across an await (it is not Send).
    let _ = stop.wait_for(|s| *s).await.is_ok();
}

/// Sleeps, or returns early (true) when shutdown is requested.
async fn sleep_or_stop(d: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => {},
        _ = stopped(stop.clone()) => {},
    }
    *stop.borrow()
}

/// Runs one mailbox's task; a panic in it is logged and the task restarted,
/// without disturbing the other mailboxes. Returns false when (with --once)
/// the mailbox could not be read completely.
async fn supervise(
    sh: Arc<Shared>,
    mb: MailboxSettings,
    once: bool,
    mut stop: watch::Receiver<bool>,
) -> bool {
    loop {
        let task = tokio::spawn(
            mailbox_task(sh.clone(), mb.clone(), once, stop.clone()).in_current_span(),
        );
        match task.await {
            Ok(ok) => return ok,
            Err(e) => {
                tracing::error!(
                    "internal error in this mailbox's task ({e}); restarting it in {}s",
                    TASK_RESTART.as_secs()
                );
                sh.health.failed(
                    &mb.name,
                    ConnState::Backoff,
                    "internal",
                    "internal error; restarting",
                );
                if once || sleep_or_stop(TASK_RESTART, &mut stop).await {
                    return !once;
                }
            }
        }
    }
}

async fn mailbox_task(
    sh: Arc<Shared>,
    mb: MailboxSettings,
    once: bool,
    stop: watch::Receiver<bool>,
) -> bool {
    match &mb.kind {
        MailboxKind::Imap(s) => imap_task(&sh, &mb.name, s, once, stop).await,
        MailboxKind::Maildir(p) => local_task(&sh, &mb.name, "maildir", p, once, stop).await,
        MailboxKind::Mbox(p) => local_task(&sh, &mb.name, "mbox", p, once, stop).await,
    }
}

// ---------------------------------------------------------------------------
// Failures, backoff and how they are logged.

/// Why a session ended early.
#[derive(Debug)]
struct SyncError {
    message: String,
    /// The credentials were rejected (or could not be obtained).
    auth: bool,
    /// For mailbox_passes and /metrics: network, timeout, tls, login,
    /// credential, server, folder, ledger.
    class: &'static str,
}

impl From<ImapError> for SyncError {
    fn from(e: ImapError) -> SyncError {
        use crate::source::imap::ErrorKind as K;
        SyncError {
            auth: e.is_auth(),
            class: match e.kind {
                K::Network => "network",
                K::Tls => "tls",
                K::AuthRejected => "login",
                K::Credential => "credential",
                K::Server => "server",
                K::Timeout => "timeout",
            },
            message: e.message,
        }
    }
}

impl From<StoreError> for SyncError {
    fn from(e: StoreError) -> SyncError {
        SyncError {
            message: format!("ledger: {e}"),
            auth: false,
            class: "ledger",
        }
    }
}

#[derive(Default)]
struct Backoff {
    failures: u32,
}

impl Backoff {
    /// Capped exponential backoff with jitter (half to all of the step), so
    /// that many daemons cut off together do not reconnect in lockstep.
    fn next_delay(&mut self) -> Duration {
        let step = BACKOFF_BASE
            .saturating_mul(1u32 << self.failures.min(16))
            .min(BACKOFF_CAP);
        self.failures = self.failures.saturating_add(1);
        let ms = step.as_millis() as u64;
        Duration::from_millis(rand::thread_rng().gen_range(ms / 2..=ms.max(1)))
    }
}

/// Logs failures so that an operator sees each problem once, clearly, and
/// is not flooded while it lasts.
#[derive(Default)]
struct Reporter {
    last: Option<String>,
    last_logged: Option<Instant>,
    repeats: u32,
    /// Identical failures not logged since the last line.
    suppressed: u32,
}

impl Reporter {
    /// Every failure is logged (WARN, ERROR for a rejected login), so that a
    /// mailbox failing again and again never looks healthy; identical lines
    /// closer than REPEAT_LOG_AFTER are counted instead and the count is given
    /// with the next line.
    fn failed(&mut self, mailbox: &str, e: &SyncError, retry_in: Duration, in_a_row: u32) {
        let same = self.last.as_deref() == Some(e.message.as_str());
        if same {
            self.repeats += 1;
            if self
                .last_logged
                .is_some_and(|t| t.elapsed() < REPEAT_LOG_AFTER)
            {
                tracing::debug!("{} (again; retrying in {}s)", e.message, retry_in.as_secs());
                self.suppressed += 1;
                return;
            }
        } else {
            self.repeats = 0;
            self.suppressed = 0;
        }
        let quiet = if self.suppressed > 0 {
            format!(
                ", the same error {} more time(s) since the last line",
                self.suppressed
            )
        } else {
            String::new()
        };
        self.suppressed = 0;
        let tail = format!(
            "mailbox {mailbox}: {in_a_row} failed pass(es) in a row{quiet}; nothing is read and reminders are held back after reminders.max_staleness"
        );
        if e.auth {
            tracing::error!(
                "{}; fix the credentials or the connection settings in the configuration. Retrying in {} minutes ({tail})",
                e.message,
                retry_in.as_secs() / 60
            );
        } else {
            tracing::warn!(
                "{}; retrying in {:.1}s ({tail})",
                e.message,
                retry_in.as_secs_f32()
            );
        }
        self.last = Some(e.message.clone());
        self.last_logged = Some(Instant::now());
    }

    fn recovered(&mut self) {
        if self.last.take().is_some() {
            tracing::info!("working again after {} failed attempt(s)", self.repeats + 1);
        }
        self.repeats = 0;
    }
}

// ---------------------------------------------------------------------------
// IMAP mailboxes.

/// Per-mailbox state that outlives one connection.
struct ImapTask<'a> {
    sh: &'a Shared,
    name: &'a str,
    cfg: &'a ImapSettings,
    store: Option<Store>,
    /// Emails whose recording panicked: skipped until restart, so one bad
    /// email cannot stop the mailbox.
    poison: HashSet<(u32, u32)>,
    /// Emails that could not be recorded in this run (for --once's exit code).
    unrecorded: usize,
    /// A session completed a sweep: the server works, reset the backoff.
    progress: bool,
    stop: watch::Receiver<bool>,
}

async fn imap_task(
    sh: &Shared,
    name: &str,
    cfg: &ImapSettings,
    once: bool,
    stop: watch::Receiver<bool>,
) -> bool {
    let mut t = ImapTask {
        sh,
        name,
        cfg,
        store: None,
        poison: HashSet::new(),
        unrecorded: 0,
        progress: false,
        stop,
    };
    let mut backoff = Backoff::default();
    let mut reporter = Reporter::default();
    let mut last_attempt: Option<Instant> = None;
    loop {
        if *t.stop.borrow() {
            sh.health.set_state(name, ConnState::Stopped);
            return true;
        }
        if let Some(at) = last_attempt {
            let wait = (at + MIN_CONNECT_INTERVAL).saturating_duration_since(Instant::now());
            if !wait.is_zero() && sleep_or_stop(wait, &mut t.stop).await {
                continue;
            }
        }
        last_attempt = Some(Instant::now());
        sh.health.set_state(name, ConnState::Connecting);
        let now = sh.now();
        t.note(|s| s.pass_started(name, "imap", now));
        t.progress = false;
        let grace = stopped(t.stop.clone());
        let result = {
            // A session notices the stop request between emails and while
            // waiting; one stuck in a slow network step gets STOP_GRACE, then
            // is dropped (harmless: nothing is moved before it is committed).
            let session = t.session(once, &mut reporter);
            tokio::pin!(session);
            tokio::select! {
                r = &mut session => r,
                _ = async { grace.await; tokio::time::sleep(STOP_GRACE).await } => {
                    tracing::warn!("still busy {}s after the stop request: leaving without logging out", STOP_GRACE.as_secs());
                    Ok(())
                }
            }
        };
        match result {
            Ok(()) => {
                sh.health.set_state(name, ConnState::Stopped);
                return t.unrecorded == 0;
            }
            Err(e) => {
                if t.progress {
                    backoff = Backoff::default();
                }
                let (state, delay) = if e.auth {
                    (ConnState::AuthFailed, AUTH_RETRY)
                } else {
                    (ConnState::Backoff, backoff.next_delay())
                };
                let in_a_row = sh.health.failed(name, state, e.class, &e.message);
                let now = sh.now();
                t.note(|s| {
                    s.pass_failed(name, "imap", e.class, &e.message, now)
                        .map(|_| ())
                });
                if once {
                    tracing::error!("mailbox {name}: {}", e.message);
                    return false;
                }
                reporter.failed(name, &e, delay, in_a_row);
                if sleep_or_stop(delay, &mut t.stop).await {
                    sh.health.set_state(name, ConnState::Stopped);
                    return true;
                }
            }
        }
    }
}

impl ImapTask<'_> {
    fn store(&mut self) -> Result<&Store, StoreError> {
        if self.store.is_none() {
            let db = &self.sh.settings.database;
            self.store = Some(tokio::task::block_in_place(|| {
                Store::open(&db.path, db.mode, db.busy_timeout)
            })?);
        }
        // Just set when it was None; the error branch above returned.
        self.store
            .as_ref()
            .ok_or_else(|| StoreError::NotFound("ledger connection".into()))
    }

    fn stopping(&self) -> bool {
        *self.stop.borrow()
    }

    /// Records mailbox health in the ledger; a failure to do so is logged,
    /// never fatal (the pass itself is what matters).
    fn note(&mut self, f: impl FnOnce(&Store) -> Result<(), StoreError>) {
        let done = tokio::task::block_in_place(|| -> Result<(), StoreError> { f(self.store()?) });
        if let Err(e) = done {
            tracing::warn!("cannot record this mailbox's pass in the ledger: {e}");
            self.store = None;
        }
    }

    /// One connection: log in, prepare the folders, then sweep and wait
    /// until shutdown (or after one sweep with --once). Returns Ok only when
    /// it ended on purpose.
    async fn session(&mut self, once: bool, reporter: &mut Reporter) -> Result<(), SyncError> {
        let cfg = self.cfg;
        let mut conn = ImapConn::connect(cfg).await?;
        let source = conn.server_name(&cfg.folder)?;
        let processed = conn.server_name(&cfg.processed_folder)?;
        let review = conn.server_name(&cfg.review_folder)?;
        let caps = &conn.capabilities;
        tracing::info!(
            "connected to {}:{} as {} ({}); watching {source}, moving to {processed} / {review}; {}",
            cfg.host,
            cfg.port,
            cfg.username,
            tls_label(&cfg.tls),
            [
                if caps.idle && cfg.idle {
                    "IDLE"
                } else {
                    "polling"
                },
                if caps.moves {
                    "MOVE"
                } else if caps.uidplus {
                    "COPY+UID EXPUNGE"
                } else {
                    "COPY+EXPUNGE"
                },
            ]
            .join(", ")
        );
        if !conn.folder_exists(&source).await? {
            return Err(SyncError {
                message: format!(
                    "folder {source} does not exist on {}:{} (set `folder` to a folder the server lists)",
                    cfg.host, cfg.port
                ),
                auth: false,
                class: "folder",
            });
        }
        for folder in [&processed, &review] {
            match conn.ensure_folder(folder).await {
                Ok(true) => tracing::info!("created folder {folder}"),
                Ok(false) => {}
                Err(e) => {
                    return Err(SyncError {
                        message: format!(
                            "{e} (folder {folder} on {}:{}, personal namespace \"{}\"; `takedown check` shows what this server accepts)",
                            cfg.host, cfg.port, conn.namespace.prefix
                        ),
                        auth: false,
                        class: "folder",
                    });
                }
            }
        }
        // The regulator's Sent folder (issue 17): requests staff sent are read
        // from it, never moved; swept first, so that replies in the watched
        // folder find the requests they answer, and so that IDLE then
        // watches the watched folder.
        let sent = match &cfg.sent_folder {
            Some(f) => {
                let name = conn.server_name(f)?;
                if !conn.folder_exists(&name).await? {
                    return Err(SyncError {
                        message: format!("sent_folder {name} does not exist on {}", cfg.host),
                        auth: false,
                        class: "folder",
                    });
                }
                Some((f.clone(), name))
            }
            None => None,
        };
        reporter.recovered();
        loop {
            self.sh.health.set_state(self.name, ConnState::Syncing);
            let unrecorded_before = self.unrecorded;
            let (name, now) = (self.name, self.sh.now());
            self.note(|s| s.pass_started(name, "imap", now));
            if let Some((configured, sent_name)) = &sent {
                self.sweep(&mut conn, sent_name, configured, true, &processed, &review)
                    .await?;
            }
            self.sweep(&mut conn, &source, &cfg.folder, false, &processed, &review)
                .await?;
            self.progress = true;
            if self.stopping() {
                // Interrupted between batches: not a full pass.
            } else if self.unrecorded == unrecorded_before {
                // All of the folder seen, recorded and moved: a full pass,
                // dated by its start (what arrived later may not be in it).
                self.note(|s| s.pass_completed(name, "imap", now));
                self.sh.health.synced(self.name);
            } else {
                let why = format!(
                    "{} email(s) could not be recorded and stay in {source}",
                    self.unrecorded - unrecorded_before
                );
                self.note(|s| s.pass_failed(name, "imap", "ledger", &why, now).map(|_| ()));
                self.sh
                    .health
                    .failed(self.name, ConnState::Syncing, "ledger", &why);
            }
            if once || self.stopping() {
                let _ = conn.logout().await;
                return Ok(());
            }
            // Until the next sweep: IDLE (renewed every few minutes) or plain waiting.
            let next_sweep = Instant::now() + cfg.poll_interval;
            loop {
                let now = Instant::now();
                if now >= next_sweep {
                    break;
                }
                let until = next_sweep.min(now + IDLE_RENEW);
                let wake = if cfg.idle && conn.capabilities.idle {
                    self.sh.health.set_state(self.name, ConnState::Idle);
                    conn.idle(until, stopped(self.stop.clone())).await?
                } else {
                    self.sh.health.set_state(self.name, ConnState::Polling);
                    if sleep_or_stop(until - now, &mut self.stop).await {
                        Wake::Shutdown
                    } else {
                        if until < next_sweep {
                            // Keep the session alive through long poll intervals.
                            conn.noop().await?;
                        }
                        Wake::Timer
                    }
                };
                match wake {
                    Wake::News => break,
                    Wake::Timer => continue,
                    Wake::Shutdown => {
                        let _ = conn.logout().await;
                        return Ok(());
                    }
                }
            }
        }
    }

    /// One pass over the watched folder: every email in it is fetched,
    /// recorded in batches (one durable transaction each), then moved.
    /// `folder` is the configured name (sync state, origins); with `keep`
    /// (the Sent folder) nothing is moved and only emails above the last
    /// recorded UID are read.
    async fn sweep(
        &mut self,
        conn: &mut ImapConn,
        source: &str,
        folder: &str,
        keep: bool,
        processed: &str,
        review: &str,
    ) -> Result<(), SyncError> {
        let (name, cfg) = (self.name, self.cfg);
        let selected = conn.select(source).await?;
        self.sh.health.progressed(name);
        let uidvalidity = selected.uidvalidity;
        let now = self.sh.now();
        let previous = tokio::task::block_in_place(|| -> Result<_, StoreError> {
            self.store()?.imap_state(name, folder)
        })?;
        let mut last_uid = match previous {
            Some((v, last)) if v == uidvalidity => last,
            Some((v, _)) => {
                tracing::warn!(
                    "UIDVALIDITY of {source} changed from {v} to {uidvalidity}: rescanning the whole folder; emails already in the ledger are recognised and not applied again"
                );
                0
            }
            None => 0,
        };
        if selected.exists == 0 {
            if previous.is_none_or(|(v, _)| v != uidvalidity) {
                tokio::task::block_in_place(|| -> Result<_, StoreError> {
                    self.store()?
                        .set_imap_state(name, folder, uidvalidity, last_uid, now)
                })?;
            }
            return Ok(());
        }
        let mut listing = conn.list_sizes().await?;
        if keep {
            listing.retain(|(uid, _)| *uid > last_uid);
        }
        // We move everything we record, so an email at or below the last
        // recorded UID was recorded but not moved (a stop between commit and move).
        let leftovers = listing.iter().filter(|(uid, _)| *uid <= last_uid).count();
        if leftovers > 0 {
            tracing::info!(
                "{leftovers} email(s) in {source} were recorded earlier but not moved; moving them now"
            );
        }
        let limit = self.sh.settings.limits.max_message_bytes;
        let mut totals = Totals::default();
        let started = Instant::now();
        for batch in plan_batches(&listing, cfg.batch_size as usize, limit) {
            if self.stopping() {
                break;
            }
            let batch: Vec<(u32, u64)> = batch
                .iter()
                .copied()
                .filter(|(uid, _)| !self.poison.contains(&(uidvalidity, *uid)))
                .collect();
            let whole: Vec<u32> = batch
                .iter()
                .filter(|(_, size)| *size <= limit)
                .map(|(uid, _)| *uid)
                .collect();
            let big: Vec<(u32, u64)> = batch
                .iter()
                .copied()
                .filter(|(_, size)| *size > limit)
                .collect();
            let origin = |uid: u32| Origin::Imap {
                mailbox: name.to_string(),
                folder: folder.to_string(),
                uidvalidity,
                uid,
            };
            let mut emails: Vec<(u32, RawEmail)> = Vec::with_capacity(batch.len());
            let t = Instant::now();
            if !whole.is_empty() {
                for (uid, bytes) in conn.fetch(&whole, false).await? {
                    emails.push((uid, RawEmail::new(bytes, origin(uid))));
                }
            }
            if !big.is_empty() {
                // Over the size limit: the header only; the pipeline records it
                // with the full size and sends it to review.
                let uids: Vec<u32> = big.iter().map(|(uid, _)| *uid).collect();
                for (uid, header) in conn.fetch(&uids, true).await? {
                    let size = big.iter().find(|(u, _)| *u == uid).map(|(_, s)| *s);
                    emails.push((
                        uid,
                        RawEmail {
                            bytes: header,
                            origin: origin(uid),
                            truncated_size: size,
                        },
                    ));
                }
            }
            emails.sort_by_key(|(uid, _)| *uid);
            if emails.len() < batch.len() {
                tracing::debug!(
                    "{} email(s) vanished from {source} before they could be fetched",
                    batch.len() - emails.len()
                );
            }
            totals.fetching += t.elapsed();
            let t = Instant::now();
            let results = self.record(emails, folder, uidvalidity, &mut last_uid)?;
            self.sh.health.progressed(name);
            totals.recording += t.elapsed();
            let mut to_processed = Vec::new();
            let mut to_review = Vec::new();
            for (uid, r) in &results {
                match r {
                    Ok(report) => {
                        print_report(report, self.sh.json);
                        totals.count(report);
                        match report.disposition {
                            Disposition::Processed => to_processed.push(*uid),
                            Disposition::Review => to_review.push(*uid),
                        }
                    }
                    Err(e) => {
                        self.unrecorded += 1;
                        tracing::error!(
                            "UID {uid} in {source}: cannot record this email: {e}; it stays in {source} and is retried on the next pass"
                        );
                        if self.sh.json {
                            crate::output::json_line(
                                &serde_json::json!({"origin": origin(*uid).to_string(), "outcome": "unreadable", "error": e}),
                            );
                        } else {
                            crate::outln!("unreadable {}  {e}", origin(*uid));
                        }
                    }
                }
            }
            if keep {
                continue;
            }
            // Committed: now, and only now, the emails may leave the folder.
            let t = Instant::now();
            if !to_processed.is_empty() {
                conn.move_uids(&to_processed, processed).await?;
            }
            if !to_review.is_empty() {
                conn.move_uids(&to_review, review).await?;
            }
            totals.moving += t.elapsed();
            totals.moved_processed += to_processed.len();
            totals.moved_review += to_review.len();
            self.sh.health.progressed(name);
        }
        if totals.any() {
            tracing::info!(
                "{}; moved {} to {processed}, {} to {review}; {:.1}s (fetch {:.1}s, ledger {:.1}s, move {:.1}s)",
                totals.describe(),
                totals.moved_processed,
                totals.moved_review,
                started.elapsed().as_secs_f32(),
                totals.fetching.as_secs_f32(),
                totals.recording.as_secs_f32(),
                totals.moving.as_secs_f32()
            );
        }
        Ok(())
    }

    /// Records a batch in one durable transaction (with the folder's sync
    /// state), finishing the current email when shutdown is requested.
    /// Returns, per UID, the report or why that email could not be recorded.
    #[allow(clippy::type_complexity)]
    fn record(
        &mut self,
        mut emails: Vec<(u32, RawEmail)>,
        folder: &str,
        uidvalidity: u32,
        last_uid: &mut u32,
    ) -> Result<Vec<(u32, Result<IngestReport, String>)>, SyncError> {
        let (sh, name) = (self.sh, self.name);
        let settings = &sh.settings;
        let now = sh.now();
        loop {
            let stop = self.stop.clone();
            let store = self.store()?;
            let attempt = tokio::task::block_in_place(|| -> Result<_, StoreError> {
                let mut results = Vec::with_capacity(emails.len());
                let mut high = *last_uid;
                let mut panicked = None;
                // In UID order, as ingest_one one by one; the emails are read
                // ahead on worker threads meanwhile (pipeline::ingest_batch).
                let raws: Vec<RawEmail> = emails.iter().map(|(_, raw)| raw.clone()).collect();
                ingest_batch(
                    store,
                    settings,
                    &raws,
                    now,
                    &IngestOptions::default(),
                    |i, r| {
                        let uid = emails[i].0;
                        match r {
                            Ok(Ok(report)) => {
                                high = high.max(uid);
                                results.push((uid, Ok(report)));
                            }
                            // Its savepoint was rolled back; the batch goes on without it.
                            Ok(Err(e)) => results.push((uid, Err(e.to_string()))),
                            Err(_) => {
                                panicked = Some(uid);
                                return false;
                            }
                        }
                        !*stop.borrow()
                    },
                )?;
                if let Some(uid) = panicked {
                    store.rollback_batch();
                    return Ok(Err(uid));
                }
                let done = store
                    .set_imap_state(name, folder, uidvalidity, high, now)
                    .and_then(|_| store.commit_batch());
                if let Err(e) = done {
                    store.rollback_batch();
                    return Err(e);
                }
                Ok(Ok((results, high)))
            });
            match attempt? {
                Ok((results, high)) => {
                    *last_uid = high;
                    return Ok(results);
                }
                Err(uid) => {
                    // A panic while recording: the whole batch was rolled back;
                    // record it again without that email.
                    tracing::error!(
                        "UID {uid}: internal error while recording this email; it is left in the folder and skipped until restart"
                    );
                    self.poison.insert((uidvalidity, uid));
                    self.unrecorded += 1;
                    emails.retain(|(u, _)| *u != uid);
                }
            }
        }
    }
}

/// Splits the folder's listing into batches of at most `batch_size` emails
/// and about MAX_BATCH_BYTES (at least one email each).
fn plan_batches(listing: &[(u32, u64)], batch_size: usize, limit: u64) -> Vec<&[(u32, u64)]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0u64;
    for (i, (_, size)) in listing.iter().enumerate() {
        // An oversized email costs only its header.
        let cost = if *size > limit { 64 * 1024 } else { *size };
        let n = i - start;
        if n > 0 && (n >= batch_size.max(1) || bytes + cost > MAX_BATCH_BYTES) {
            out.push(&listing[start..i]);
            start = i;
            bytes = 0;
        }
        bytes += cost;
    }
    if start < listing.len() {
        out.push(&listing[start..]);
    }
    out
}

/// What a sweep did, for one quiet summary line.
#[derive(Default)]
struct Totals {
    applied: usize,
    review: usize,
    duplicate: usize,
    other: usize,
    moved_processed: usize,
    moved_review: usize,
    fetching: Duration,
    recording: Duration,
    moving: Duration,
}

impl Totals {
    fn count(&mut self, r: &IngestReport) {
        match r.outcome {
            Outcome::Applied => self.applied += 1,
            Outcome::Duplicate => self.duplicate += 1,
            _ if r.disposition == Disposition::Review => self.review += 1,
            _ => self.other += 1,
        }
    }

    fn any(&self) -> bool {
        self.applied + self.review + self.duplicate + self.other > 0
    }

    fn describe(&self) -> String {
        format!(
            "{} email(s): {} applied, {} to review, {} already recorded, {} other",
            self.applied + self.review + self.duplicate + self.other,
            self.applied,
            self.review,
            self.duplicate,
            self.other
        )
    }
}

// ---------------------------------------------------------------------------
// Local Maildir / mbox mailboxes: read again every minute; the ledger skips
// what it has seen. Files are left where they are.

async fn local_task(
    sh: &Shared,
    name: &str,
    kind: &str,
    path: &std::path::Path,
    once: bool,
    mut stop: watch::Receiver<bool>,
) -> bool {
    let mut store: Option<Store> = None;
    // Maildir emails recorded on an earlier pass (maildir_key): not read again.
    let mut seen = std::collections::HashSet::new();
    loop {
        sh.health.set_state(name, ConnState::Syncing);
        let pass =
            tokio::task::block_in_place(|| local_pass(sh, &mut store, path, &mut seen, &stop));
        let now = sh.now();
        let ok = match pass {
            Ok(unreadable) => {
                let noted = tokio::task::block_in_place(|| match store.as_ref() {
                    Some(s) if unreadable == 0 => s.pass_completed(name, kind, now),
                    Some(s) => s
                        .pass_failed(
                            name,
                            kind,
                            "read",
                            &format!("{unreadable} email(s) could not be read"),
                            now,
                        )
                        .map(|_| ()),
                    None => Ok(()),
                });
                if let Err(e) = noted {
                    tracing::warn!("cannot record this mailbox's pass in the ledger: {e}");
                }
                if unreadable == 0 {
                    sh.health.synced(name);
                } else {
                    sh.health.failed(
                        name,
                        ConnState::Polling,
                        "read",
                        &format!("{unreadable} email(s) could not be read"),
                    );
                }
                unreadable == 0
            }
            Err(e) => {
                tracing::error!(
                    "{}: ledger: {e}; trying again in {}s",
                    path.display(),
                    LOCAL_POLL.as_secs()
                );
                sh.health
                    .failed(name, ConnState::Backoff, "ledger", &e.to_string());
                store = None;
                false
            }
        };
        if once {
            return ok;
        }
        sh.health.set_state(name, ConnState::Polling);
        if sleep_or_stop(LOCAL_POLL, &mut stop).await {
            sh.health.set_state(name, ConnState::Stopped);
            return true;
        }
    }
}

/// One pass over a local mailbox; returns how many emails could not be read.
fn local_pass(
    sh: &Shared,
    store: &mut Option<Store>,
    path: &std::path::Path,
    seen: &mut std::collections::HashSet<String>,
    stop: &watch::Receiver<bool>,
) -> Result<usize, StoreError> {
    let store = match store {
        Some(s) => s,
        None => {
            let db = &sh.settings.database;
            store.insert(Store::open(&db.path, db.mode, db.busy_timeout)?)
        }
    };
    let mut unreadable = 0;
    let max = sh.settings.limits.max_message_bytes;
    // A Maildir's files are listed by name and only the new ones are read;
    // an mbox is read again as a stream, one message at a time.
    let inputs: local::Emails = if path.join("cur").is_dir() || path.join("new").is_dir() {
        let files: Vec<std::path::PathBuf> = local::maildir_files(path)
            .into_iter()
            .filter(|p| local::maildir_key(p).is_none_or(|k| !seen.contains(&k)))
            .collect();
        Box::new(
            files
                .into_iter()
                .map(move |p| local::read_maildir_file(&p, max)),
        )
    } else {
        read_path(path, max)
    };
    for input in inputs {
        if *stop.borrow() {
            break;
        }
        match input {
            Ok(raw) => {
                let report = ingest_one(store, &sh.settings, &raw, sh.now())?;
                if let Origin::Maildir(p) = &raw.origin {
                    seen.extend(local::maildir_key(p));
                }
                // Quiet about emails already in the ledger: a local mailbox
                // is read again every minute.
                if report.outcome == crate::matching::Outcome::Duplicate {
                    tracing::debug!(origin = report.origin, "already recorded");
                } else {
                    print_report(&report, sh.json);
                }
            }
            Err(e) => {
                unreadable += 1;
                tracing::error!("{e}");
                if sh.json {
                    crate::output::json_line(
                        &serde_json::json!({"outcome": "unreadable", "error": e.to_string()}),
                    );
                } else {
                    crate::outln!("unreadable {e}");
                }
            }
        }
    }
    Ok(unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_respect_count_and_bytes() {
        let listing: Vec<(u32, u64)> = (1..=10).map(|u| (u, 1000)).collect();
        let b = plan_batches(&listing, 4, 1 << 30);
        assert_eq!(b.iter().map(|s| s.len()).collect::<Vec<_>>(), vec![4, 4, 2]);
        let huge: Vec<(u32, u64)> = vec![(1, MAX_BATCH_BYTES), (2, 10), (3, 10)];
        let b = plan_batches(&huge, 100, u64::MAX);
        assert_eq!(b.iter().map(|s| s.len()).collect::<Vec<_>>(), vec![1, 2]);
        // Oversized emails are fetched as headers only and count little.
        let big: Vec<(u32, u64)> = (1..=3).map(|u| (u, 1 << 40)).collect();
        assert_eq!(plan_batches(&big, 100, 1000).len(), 1);
        assert!(plan_batches(&[], 10, 10).is_empty());
    }

    #[test]
    fn backoff_grows_to_the_cap_with_jitter() {
        let mut b = Backoff::default();
        let first = b.next_delay();
        assert!(
            first >= BACKOFF_BASE / 2 && first <= BACKOFF_BASE,
            "{first:?}"
        );
        for _ in 0..20 {
            let d = b.next_delay();
            assert!(d <= BACKOFF_CAP, "{d:?}");
        }
        let d = b.next_delay();
        assert!(d >= BACKOFF_CAP / 2, "{d:?}");
    }
}
