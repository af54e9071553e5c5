//! Looking at the items' URLs ourselves (issue 18): a platform can say
//! "removed" for content that is still up, and content can disappear
//! without anyone saying so. Each look is an observation beside the item,
//! never a status: statuses still come only from platform statements and
//! staff.
//!
//! `config` reads `[probe]` and `[platforms.probe]`; `schedule` decides
//! which items are due and paces each host; `fetch` is the HTTP edge;
//! `verdict` turns what was seen into `online` / `gone` / `unknown`. A
//! round (`round`) ties them to the ledger: `takedown probe` runs one now,
//! the daemon runs them on the `recheck_*` schedule (`every`).

pub mod config;
pub mod fetch;
pub mod schedule;
pub mod verdict;

use std::sync::Mutex;
use std::time::Duration;

use futures::StreamExt;
use jiff::Timestamp;
use serde::Serialize;

pub use config::{PlatformProbe, ProbeSettings};
pub use schedule::{Candidate, RoundKind, claimed_gone};
pub use verdict::{Fetched, Verdict};

use crate::config::Settings;
use crate::store::{NewObservation, Store, StoreError};

/// Items one scheduled round takes at most (the daemon): memory stays
/// bounded on a large ledger; a full round is followed by the next at once.
pub const SCHEDULED_ROUND_ITEMS: usize = 2000;

/// Hosts looked at side by side in one round (each host's items one after
/// another, `per_host_interval` apart).
const HOSTS_AT_ONCE: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    #[error("{0}")]
    Off(String),
    #[error("{0}")]
    Client(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One look, as reported to staff.
#[derive(Debug, Clone, Serialize)]
pub struct Look {
    #[serde(rename = "ref")]
    pub reference: String,
    pub url: String,
    pub status: crate::status::Status,
    pub checked_at: Timestamp,
    pub verdict: Verdict,
    pub reason: String,
    pub http_status: Option<u16>,
    pub final_url: Option<String>,
    pub redirects: Vec<String>,
    pub streak: u32,
    /// The `still_online` review entry this look opened.
    pub review_id: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RoundReport {
    pub looks: Vec<Look>,
    /// Items not due yet (looked at within `spacing`, or the `recheck_*` interval).
    pub not_due: usize,
}

impl RoundReport {
    pub fn count(&self, v: Verdict) -> usize {
        self.looks.iter().filter(|l| l.verdict == v).count()
    }

    pub fn summary(&self) -> String {
        let opened = self.looks.iter().filter(|l| l.review_id.is_some()).count();
        format!(
            "{} looked at: {} online, {} gone, {} unknown; {} not due; {} still_online review entr{} opened",
            self.looks.len(),
            self.count(Verdict::Online),
            self.count(Verdict::Gone),
            self.count(Verdict::Unknown),
            self.not_due,
            opened,
            if opened == 1 { "y" } else { "ies" }
        )
    }
}

/// Why probing cannot run with these settings, if it cannot.
pub fn disabled_reason(settings: &Settings) -> Option<String> {
    (!settings.probe.enabled).then(|| {
        "URL checks are off: set `enabled = true` in [probe] (config.toml) to look at the items' URLs"
            .to_string()
    })
}

/// Runs one round: looks at every due item (one request's with `reference`),
/// records each look as it completes, and reports them in item order.
/// `now` is read for the schedule and for each look's time.
pub async fn round(
    settings: &Settings,
    store: &Mutex<Store>,
    now: &(dyn Fn() -> Timestamp + Sync),
    kind: RoundKind,
    reference: Option<&str>,
) -> Result<RoundReport, ProbeError> {
    if let Some(why) = disabled_reason(settings) {
        return Err(ProbeError::Off(why));
    }
    let ps = &settings.probe;
    let started = now();
    let limit = (kind == RoundKind::Scheduled).then_some(SCHEDULED_ROUND_ITEMS);
    let (candidates, eligible) = {
        let store = lock(store);
        (
            store.probe_candidates(reference, schedule::seen_by(started, kind, ps), limit)?,
            store.probe_eligible(reference)?,
        )
    };
    let due = schedule::due(&candidates, started, kind, ps);
    let not_due = eligible.saturating_sub(due.len());
    let fetcher = fetch::Fetcher::new(ps).map_err(ProbeError::Client)?;
    // One queue per host, in due order; hosts side by side.
    let mut by_host: Vec<(String, Vec<&Candidate>)> = Vec::new();
    let mut slot: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for c in due {
        let host = schedule::host_of(&c.url);
        match slot.get(&host) {
            Some(&i) => by_host[i].1.push(c),
            None => {
                slot.insert(host.clone(), by_host.len());
                by_host.push((host, vec![c]));
            }
        }
    }
    let fetcher = &fetcher;
    let mut looks = futures::stream::iter(by_host)
        .map(|(_, queue)| {
            Box::pin(futures::stream::iter(queue).then(move |c| async move {
                let at = now();
                let fetched = fetcher.look(&c.url).await;
                (c, at, fetched)
            }))
        })
        .flatten_unordered(HOSTS_AT_ONCE);
    let mut report = RoundReport {
        looks: Vec::new(),
        not_due,
    };
    let default_rules = PlatformProbe::default();
    while let Some((c, at, fetched)) = looks.next().await {
        let rules = settings
            .platform(&c.platform)
            .map(|p| &p.probe)
            .unwrap_or(&default_rules);
        let (verdict, reason) = verdict::judge(&fetched, rules);
        let (http_status, final_url, redirects) = match &fetched {
            Fetched::Answer(a) => (
                Some(a.status),
                Some(a.final_url.clone()),
                a.redirects.clone(),
            ),
            Fetched::Failed { redirects, .. } => (None, None, redirects.clone()),
        };
        // Each look is committed on its own: a round stopped half-way
        // keeps what it saw.
        let rec = lock(store).record_observation(
            &NewObservation {
                item: c.item,
                checked_at: at,
                url: &c.url,
                http_status,
                final_url: final_url.as_deref(),
                redirects: &redirects,
                verdict,
                reason: &reason,
            },
            ps.confirm,
        )?;
        if let Some(id) = rec.review {
            tracing::warn!(
                "{} {}: seen online {} times in a row although the platform's status is {}; review entry {id}",
                c.reference,
                c.url,
                rec.streak,
                rec.status
            );
        }
        report.looks.push(Look {
            reference: c.reference.clone(),
            url: c.url.clone(),
            status: rec.status,
            checked_at: at,
            verdict,
            reason,
            http_status,
            final_url,
            redirects,
            streak: rec.streak,
            review_id: rec.review,
        });
    }
    // Hosts finish in any order; staff read (and diff) them in item order.
    let order: std::collections::HashMap<(&str, &str), i64> = candidates
        .iter()
        .map(|c| ((c.reference.as_str(), c.url.as_str()), c.item))
        .collect();
    report.looks.sort_by_key(|l| {
        order
            .get(&(l.reference.as_str(), l.url.as_str()))
            .copied()
            .unwrap_or(i64::MAX)
    });
    Ok(report)
}

fn lock(store: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    // A panic while holding the ledger cannot leave it half-written (each
    // write is a transaction); carry on with it.
    store.lock().unwrap_or_else(|p| p.into_inner())
}

/// How often the daemon checks whether items are due: the recheck
/// intervals are hours; reading every item's last look is not free on a
/// large ledger.
const TICK: Duration = Duration::from_secs(300);

/// The daemon's side: scheduled rounds on a thread of their own (a round
/// holds the ledger connection and its HTTP client between looks; it never
/// competes with the mailboxes' tasks for the runtime's workers), until
/// `stop` completes.
pub fn spawn_every(
    settings: Settings,
    now: impl Fn() -> Timestamp + Send + Sync + 'static,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("probe".into())
        .spawn(move || {
            match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt.block_on(every(settings, now, stop)),
                Err(e) => tracing::error!("URL checks: cannot start their runtime: {e}"),
            }
        })
}

/// A scheduled round every 5 minutes (only items whose `recheck_*` interval
/// has passed are looked at), until `stop` completes.
pub async fn every(
    settings: Settings,
    now: impl Fn() -> Timestamp + Sync,
    stop: impl std::future::Future<Output = ()>,
) {
    let db = settings.database.clone();
    let run = async {
        loop {
            match Store::open(&db.path, db.mode, db.busy_timeout) {
                Ok(store) => {
                    let store = Mutex::new(store);
                    match round(&settings, &store, &now, RoundKind::Scheduled, None).await {
                        Ok(r) if r.looks.is_empty() => {}
                        Ok(r) => {
                            tracing::info!("URL checks: {}", r.summary());
                            if r.looks.len() >= SCHEDULED_ROUND_ITEMS {
                                // More are due: the next round now.
                                continue;
                            }
                        }
                        Err(e) => tracing::error!("URL checks: {e}"),
                    }
                }
                Err(e) => tracing::error!("URL checks: {e}"),
            }
            tokio::time::sleep(TICK).await;
        }
    };
    tokio::select! {
        _ = run => {},
        _ = stop => {},
    }
}
