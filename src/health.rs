//! `[server] listen`: `/healthz` and Prometheus `/metrics` for the daemon.
//!
//! A deliberately tiny HTTP/1.1 responder over a tokio `TcpListener`: two
//! GET endpoints, no keep-alive, bounded request size and read time. That
//! is all a probe or a Prometheus scraper needs, and it adds no dependency.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::Timestamp;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::config::DatabaseSettings;
use crate::store::Store;

/// A request head larger than this is refused (we only need the first line).
const MAX_REQUEST: usize = 8 * 1024;
/// A client gets this long to send its request and read the answer.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);
/// A mailbox is unhealthy when it has neither completed a pass nor made
/// progress in one for this many poll intervals.
pub const UNHEALTHY_AFTER_INTERVALS: u32 = 3;
/// A mailbox is unhealthy after this many failed passes in a row, however
/// short its poll interval.
pub const UNHEALTHY_AFTER_FAILURES: u32 = 3;

/// What one mailbox task is doing, for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnState {
    Connecting,
    Syncing,
    Idle,
    Polling,
    Backoff,
    AuthFailed,
    Stopped,
}

impl ConnState {
    pub const ALL: [ConnState; 7] = [
        ConnState::Connecting,
        ConnState::Syncing,
        ConnState::Idle,
        ConnState::Polling,
        ConnState::Backoff,
        ConnState::AuthFailed,
        ConnState::Stopped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConnState::Connecting => "connecting",
            ConnState::Syncing => "syncing",
            ConnState::Idle => "idle",
            ConnState::Polling => "polling",
            ConnState::Backoff => "backoff",
            ConnState::AuthFailed => "auth_failed",
            ConnState::Stopped => "stopped",
        }
    }

    /// Connected to (or reading) the mailbox right now.
    pub fn is_up(self) -> bool {
        matches!(
            self,
            ConnState::Syncing | ConnState::Idle | ConnState::Polling
        )
    }
}

#[derive(Debug, Clone)]
struct MailboxHealth {
    poll_interval: Duration,
    state: ConnState,
    registered: SystemTime,
    last_sync: Option<SystemTime>,
    /// The last sign that a pass is moving: the folder selected, a batch
    /// recorded. A long backlog pass is not a stalled mailbox.
    last_progress: Option<SystemTime>,
    last_error: Option<String>,
    last_error_class: Option<&'static str>,
    failures: u32,
}

/// Shared between the mailbox tasks (writers) and the HTTP server (reader).
#[derive(Debug, Default)]
pub struct Health {
    boxes: Mutex<BTreeMap<String, MailboxHealth>>,
}

impl Health {
    pub fn new() -> Arc<Health> {
        Arc::new(Health::default())
    }

    fn with(&self, name: &str, f: impl FnOnce(&mut MailboxHealth)) {
        // A poisoned lock only means a panic elsewhere; the data is still usable.
        let mut boxes = self.boxes.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = boxes.get_mut(name) {
            f(b);
        }
    }

    pub fn register(&self, name: &str, poll_interval: Duration) {
        let mut boxes = self.boxes.lock().unwrap_or_else(|p| p.into_inner());
        boxes.insert(
            name.to_string(),
            MailboxHealth {
                poll_interval,
                state: ConnState::Connecting,
                registered: SystemTime::now(),
                last_sync: None,
                last_progress: None,
                last_error: None,
                last_error_class: None,
                failures: 0,
            },
        );
    }

    pub fn set_state(&self, name: &str, state: ConnState) {
        self.with(name, |b| b.state = state);
    }

    /// A full pass completed.
    pub fn synced(&self, name: &str) {
        self.with(name, |b| {
            b.last_sync = Some(SystemTime::now());
            b.last_error = None;
            b.last_error_class = None;
            b.failures = 0;
        });
    }

    /// A pass is moving (folder selected, batch recorded): the mailbox is
    /// not stalled even while the pass itself outlasts the health limit.
    pub fn progressed(&self, name: &str) {
        self.with(name, |b| b.last_progress = Some(SystemTime::now()));
    }

    /// A pass failed; returns how many failed in a row.
    pub fn failed(&self, name: &str, state: ConnState, class: &'static str, error: &str) -> u32 {
        let mut n = 0;
        self.with(name, |b| {
            b.state = state;
            b.last_error = Some(error.to_string());
            b.last_error_class = Some(class);
            b.failures = b.failures.saturating_add(1);
            n = b.failures;
        });
        n
    }

    /// One line per mailbox that has neither completed a pass nor made
    /// progress in one for 3 × its poll interval, or failed 3 passes in a row.
    pub fn unhealthy(&self, now: SystemTime) -> Vec<String> {
        let boxes = self.boxes.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::new();
        for (name, b) in boxes.iter() {
            let limit = b.poll_interval * UNHEALTHY_AFTER_INTERVALS;
            let since = b.last_sync.max(b.last_progress).unwrap_or(b.registered);
            let age = now.duration_since(since).unwrap_or_default();
            if b.failures >= UNHEALTHY_AFTER_FAILURES {
                out.push(format!(
                    "mailbox {name}: {} failed passes in a row ({}, state {}): {}",
                    b.failures,
                    b.last_error_class.unwrap_or("error"),
                    b.state.as_str(),
                    b.last_error.as_deref().unwrap_or("")
                ));
            } else if age > limit {
                let what = match b.last_sync {
                    Some(_) => format!("no progress for {}s", age.as_secs()),
                    None => format!("never synced in {}s", age.as_secs()),
                };
                let err = b
                    .last_error
                    .as_deref()
                    .map(|e| format!("; last error: {e}"))
                    .unwrap_or_default();
                out.push(format!(
                    "mailbox {name}: {what} (limit {}s, state {}){err}",
                    limit.as_secs(),
                    b.state.as_str()
                ));
            }
        }
        out
    }

    /// The Prometheus text exposition (format 0.0.4). `counts` is
    /// `Store::counts`, or `None` when the ledger could not be read.
    pub fn render_metrics(
        &self,
        counts: Option<&BTreeMap<String, i64>>,
        now: SystemTime,
    ) -> String {
        let mut m = String::new();
        let unix = |t: SystemTime| {
            t.duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        };
        let _ = writeln!(
            m,
            "# HELP takedown_ledger_up Whether the ledger could be read for this scrape."
        );
        let _ = writeln!(m, "# TYPE takedown_ledger_up gauge");
        let _ = writeln!(m, "takedown_ledger_up {}", u8::from(counts.is_some()));
        if let Some(c) = counts {
            let _ = writeln!(
                m,
                "# HELP takedown_emails_total Emails recorded in the ledger, by outcome."
            );
            let _ = writeln!(m, "# TYPE takedown_emails_total counter");
            let mut outcomes: BTreeMap<String, i64> = [
                "applied",
                "no_change",
                "ignored",
                "review",
                "duplicate",
                "refused",
            ]
            .iter()
            .map(|o| (o.to_string(), 0))
            .collect();
            for (k, v) in c {
                if let Some(o) = k.strip_prefix("emails_") {
                    outcomes.insert(o.to_string(), *v);
                }
            }
            for (o, v) in &outcomes {
                let _ = writeln!(m, "takedown_emails_total{{outcome=\"{}\"}} {v}", label(o));
            }
            for (key, help) in [
                ("items_pending", "Items still pending."),
                (
                    "items_overdue",
                    "Items pending past their request's deadline.",
                ),
                ("review_open", "Open review entries."),
            ] {
                let _ = writeln!(m, "# HELP takedown_{key} {help}");
                let _ = writeln!(m, "# TYPE takedown_{key} gauge");
                let _ = writeln!(m, "takedown_{key} {}", c.get(key).copied().unwrap_or(0));
            }
        }
        let boxes = self.boxes.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let unhealthy = self.unhealthy(now);
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_last_sync_timestamp_seconds Unix time of the last complete pass over the mailbox (0: none yet)."
        );
        let _ = writeln!(
            m,
            "# TYPE takedown_mailbox_last_sync_timestamp_seconds gauge"
        );
        for (name, b) in &boxes {
            let _ = writeln!(
                m,
                "takedown_mailbox_last_sync_timestamp_seconds{{mailbox=\"{}\"}} {}",
                label(name),
                b.last_sync.map(unix).unwrap_or(0)
            );
        }
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_consecutive_failures Failed passes since the last complete one."
        );
        let _ = writeln!(m, "# TYPE takedown_mailbox_consecutive_failures gauge");
        for (name, b) in &boxes {
            let _ = writeln!(
                m,
                "takedown_mailbox_consecutive_failures{{mailbox=\"{}\"}} {}",
                label(name),
                b.failures
            );
        }
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_last_error What kind of error the last failed pass had (1), while failing: network, timeout, tls, login, credential, server, folder, ledger, read, internal."
        );
        let _ = writeln!(m, "# TYPE takedown_mailbox_last_error gauge");
        for (name, b) in &boxes {
            if let Some(class) = b.last_error_class {
                let _ = writeln!(
                    m,
                    "takedown_mailbox_last_error{{mailbox=\"{}\",class=\"{class}\"}} 1",
                    label(name)
                );
            }
        }
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_up Whether the mailbox is connected (1) or not (0)."
        );
        let _ = writeln!(m, "# TYPE takedown_mailbox_up gauge");
        for (name, b) in &boxes {
            let _ = writeln!(
                m,
                "takedown_mailbox_up{{mailbox=\"{}\"}} {}",
                label(name),
                u8::from(b.state.is_up())
            );
        }
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_state What the mailbox task is doing (1 for the current state)."
        );
        let _ = writeln!(m, "# TYPE takedown_mailbox_state gauge");
        for (name, b) in &boxes {
            for s in ConnState::ALL {
                let _ = writeln!(
                    m,
                    "takedown_mailbox_state{{mailbox=\"{}\",state=\"{}\"}} {}",
                    label(name),
                    s.as_str(),
                    u8::from(b.state == s)
                );
            }
        }
        let _ = writeln!(
            m,
            "# HELP takedown_mailbox_healthy 0 when the mailbox has made no progress for {UNHEALTHY_AFTER_INTERVALS} poll intervals or failed {UNHEALTHY_AFTER_FAILURES} passes in a row."
        );
        let _ = writeln!(m, "# TYPE takedown_mailbox_healthy gauge");
        for name in boxes.keys() {
            let sick = unhealthy
                .iter()
                .any(|u| u.starts_with(&format!("mailbox {name}:")));
            let _ = writeln!(
                m,
                "takedown_mailbox_healthy{{mailbox=\"{}\"}} {}",
                label(name),
                u8::from(!sick)
            );
        }
        m
    }
}

/// A Prometheus label value: backslash, quote and newline escaped.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Binds the listener up front, so that a taken port stops the daemon at
/// start instead of leaving it running unobserved.
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}

/// Serves until `shutdown` turns true. `fixed_now` is `--now`, for tests.
pub async fn serve(
    listener: TcpListener,
    health: Arc<Health>,
    db: DatabaseSettings,
    fixed_now: Option<Timestamp>,
    staff: Option<axum::Router>,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let mut shutdown = std::pin::pin!(shutdown);
    // One ledger connection for all scrapes, opened on first use.
    let store: Arc<Mutex<Option<Store>>> = Arc::new(Mutex::new(None));
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let (health, store, db, staff) = (health.clone(), store.clone(), db.clone(), staff.clone());
                    tokio::spawn(async move {
                        if tokio::time::timeout(CLIENT_TIMEOUT, answer(stream, &health, &store, &db, fixed_now, staff.as_ref())).await.is_err() {
                            tracing::debug!("health endpoint: a client was too slow");
                        }
                    });
                }
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!("health endpoint: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            },
            _ = &mut shutdown => return,
        }
    }
}

fn ledger_counts(
    store: &Mutex<Option<Store>>,
    db: &DatabaseSettings,
    now: Timestamp,
) -> Option<BTreeMap<String, i64>> {
    let mut guard = store.lock().unwrap_or_else(|p| p.into_inner());
    if guard.is_none() {
        match Store::open(&db.path, db.mode, db.busy_timeout) {
            Ok(s) => *guard = Some(s),
            Err(e) => {
                tracing::warn!("metrics: cannot open the ledger: {e}");
                return None;
            }
        }
    }
    match guard.as_ref().map(|s| s.counts(now)) {
        Some(Ok(c)) => Some(c),
        Some(Err(e)) => {
            tracing::warn!("metrics: cannot read the ledger: {e}");
            // Reopen next time, in case the connection itself is the problem.
            *guard = None;
            None
        }
        None => None,
    }
}

async fn answer(
    mut stream: TcpStream,
    health: &Health,
    store: &Mutex<Option<Store>>,
    db: &DatabaseSettings,
    fixed_now: Option<Timestamp>,
    staff: Option<&axum::Router>,
) {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && !buf.windows(2).any(|w| w == b"\n\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.len() > MAX_REQUEST {
            let _ = respond(
                &mut stream,
                "431 Request Header Fields Too Large",
                "text/plain",
                "request too large\n",
                false,
            )
            .await;
            return;
        }
    }
    let head = String::from_utf8_lossy(&buf);
    let mut parts = head.lines().next().unwrap_or("").split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        let _ = respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            "use GET\n",
            head_only,
        )
        .await;
        return;
    }
    let now = SystemTime::now();
    match path {
        "/healthz" => {
            let sick = health.unhealthy(now);
            if sick.is_empty() {
                let _ = respond(
                    &mut stream,
                    "200 OK",
                    "text/plain; charset=utf-8",
                    "ok\n",
                    head_only,
                )
                .await;
            } else {
                let body = format!("unhealthy\n{}\n", sick.join("\n"));
                let _ = respond(
                    &mut stream,
                    "503 Service Unavailable",
                    "text/plain; charset=utf-8",
                    &body,
                    head_only,
                )
                .await;
            }
        }
        "/metrics" => {
            let ledger_now = fixed_now.unwrap_or_else(Timestamp::now);
            // The ledger read is blocking SQLite work: keep it off the async workers.
            let counts = tokio::task::block_in_place(|| ledger_counts(store, db, ledger_now));
            let body = health.render_metrics(counts.as_ref(), now);
            let _ = respond(
                &mut stream,
                "200 OK",
                "text/plain; version=0.0.4; charset=utf-8",
                &body,
                head_only,
            )
            .await;
        }
        // The staff pages (crate::web), when the daemon serves them.
        _ if staff.is_some() => {
            if let Some(router) = staff {
                let _ = crate::web::answer_raw(router, &buf, &mut stream).await;
            }
        }
        _ => {
            let _ = respond(
                &mut stream,
                "404 Not Found",
                "text/plain",
                "not found: try /healthz or /metrics\n",
                head_only,
            )
            .await;
        }
    }
}

async fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &str,
    head_only: bool,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    if !head_only {
        stream.write_all(body.as_bytes()).await?;
    }
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_text_has_every_family() {
        let h = Health::new();
        h.register("a\"b", Duration::from_secs(60));
        h.set_state("a\"b", ConnState::Idle);
        h.synced("a\"b");
        let mut counts = BTreeMap::new();
        counts.insert("emails_applied".to_string(), 3);
        counts.insert("items_pending".to_string(), 2);
        let text = h.render_metrics(Some(&counts), SystemTime::now());
        assert!(
            text.contains("takedown_emails_total{outcome=\"applied\"} 3"),
            "{text}"
        );
        assert!(
            text.contains("takedown_emails_total{outcome=\"refused\"} 0"),
            "{text}"
        );
        assert!(text.contains("takedown_items_pending 2"), "{text}");
        assert!(
            text.contains("takedown_mailbox_up{mailbox=\"a\\\"b\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("takedown_mailbox_state{mailbox=\"a\\\"b\",state=\"idle\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("takedown_mailbox_healthy{mailbox=\"a\\\"b\"} 1"),
            "{text}"
        );
    }

    #[test]
    fn unhealthy_after_three_intervals() {
        let h = Health::new();
        h.register("m", Duration::from_secs(10));
        assert!(h.unhealthy(SystemTime::now()).is_empty());
        let later = SystemTime::now() + Duration::from_secs(31);
        let sick = h.unhealthy(later);
        assert_eq!(sick.len(), 1);
        assert!(sick[0].starts_with("mailbox m: never synced"), "{sick:?}");
        h.synced("m");
        assert!(
            h.unhealthy(SystemTime::now() + Duration::from_secs(29))
                .is_empty()
        );
    }

    #[test]
    fn a_long_pass_that_keeps_recording_stays_healthy() {
        let h = Health::new();
        h.register("m", Duration::from_secs(1));
        h.synced("m");
        h.set_state("m", ConnState::Syncing);
        // Four seconds into a backlog pass, a batch was just recorded.
        std::thread::sleep(Duration::from_millis(20));
        h.progressed("m");
        let at = |secs| SystemTime::now() + Duration::from_secs(secs);
        assert!(h.unhealthy(at(2)).is_empty());
        // Stalled: nothing since, for longer than 3 × the interval.
        let sick = h.unhealthy(at(4));
        assert_eq!(sick.len(), 1, "{sick:?}");
        assert!(
            sick[0].starts_with("mailbox m: no progress for 4s (limit 3s, state syncing)"),
            "{sick:?}"
        );
    }

    #[test]
    fn repeated_failures_make_a_mailbox_unhealthy_with_the_reason() {
        let h = Health::new();
        h.register("m", Duration::from_secs(3600));
        for i in 1..=3 {
            assert_eq!(
                h.failed(
                    "m",
                    ConnState::Backoff,
                    "folder",
                    "CREATE Takedown: NO Permission denied"
                ),
                i
            );
        }
        let sick = h.unhealthy(SystemTime::now());
        assert_eq!(sick.len(), 1, "{sick:?}");
        assert!(
            sick[0].contains("3 failed passes in a row (folder")
                && sick[0].contains("Permission denied"),
            "{sick:?}"
        );
        let text = h.render_metrics(None, SystemTime::now());
        assert!(
            text.contains("takedown_mailbox_consecutive_failures{mailbox=\"m\"} 3"),
            "{text}"
        );
        assert!(
            text.contains("takedown_mailbox_last_error{mailbox=\"m\",class=\"folder\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("takedown_mailbox_healthy{mailbox=\"m\"} 0"),
            "{text}"
        );
        h.synced("m");
        assert!(h.unhealthy(SystemTime::now()).is_empty());
        assert!(
            !h.render_metrics(None, SystemTime::now())
                .contains("takedown_mailbox_last_error{")
        );
    }
}
