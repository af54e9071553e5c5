//! The one path every email takes: `ingest_one`. The CLI, the daemon, the
//! reprocessing command and the tests all call it, so an email is understood
//! the same way wherever it comes from.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::Serialize;

use crate::config::{Require, Settings, Verify};
use crate::extract::{self, Classification, Extraction};
use crate::matching::{self, Decision, Outcome};
use crate::parse::{self, ParsedEmail};
use crate::source::RawEmail;
use crate::status::Status;
use crate::store::{NewMessage, Store, StoreError, ViewQuery, sha256_hex};
use crate::trust::dkim::{self, DkimCheck};
use crate::trust::{self, TrustVerdict};

/// Which mailbox folder an email belongs in once recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    Processed,
    Review,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeReport {
    #[serde(rename = "ref")]
    pub reference: String,
    pub url: String,
    pub from: Status,
    pub to: Status,
}

/// What happened to one email, for the caller to print and act on.
#[derive(Debug, Clone, Serialize)]
pub struct IngestReport {
    pub origin: String,
    pub message_id: Option<String>,
    pub sha256: String,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub outcome: Outcome,
    pub classification: String,
    pub platform: Option<String>,
    pub trusted: bool,
    pub trust_reason: String,
    pub review: Option<String>,
    pub detail: String,
    pub changes: Vec<ChangeReport>,
    pub disposition: Disposition,
}

/// The pure part: bytes in, everything decided about them out.
pub struct Understanding {
    pub parsed: ParsedEmail,
    pub verdict: TrustVerdict,
    pub extraction: Extraction,
    /// takedown's own DKIM/DMARC verdict, when `trust.verify` asks for one.
    pub dkim: Option<DkimCheck>,
}

/// Understands an email, asking DNS (the system resolver) when `trust.verify`
/// needs takedown's own DKIM check.
pub fn understand(raw: &[u8], settings: &Settings) -> Understanding {
    understand_with(raw, settings, &dkim::Source::System)
}

/// Whether `trust.verify` makes takedown check DKIM itself.
pub fn checks_dkim(settings: &Settings) -> bool {
    settings
        .trust
        .as_ref()
        .is_some_and(|t| t.verify != Verify::AuthenticationResults && t.require != Require::None)
}

/// `understand` with the DKIM verdict taken from `source`: DNS, fixed
/// records (tests), or the verdict recorded at receipt (`reprocess`).
pub fn understand_with(raw: &[u8], settings: &Settings, source: &dkim::Source) -> Understanding {
    let parsed = parse::parse(raw, &settings.limits);
    let own = match &settings.trust {
        Some(t) if checks_dkim(settings) => Some(dkim::verify(raw, t, source)),
        _ => None,
    };
    let verdict = trust::assess_with(&parsed, settings, own.as_ref());
    let platform = verdict
        .platform
        .as_deref()
        .and_then(|p| settings.platform(p));
    let extraction = extract::extract(&parsed, platform, settings);
    Understanding {
        parsed,
        verdict,
        extraction,
        dkim: own,
    }
}

/// How `ingest_one_with` reads an email.
#[derive(Clone)]
pub struct IngestOptions {
    /// Where takedown's own DKIM verdict comes from.
    pub dkim: dkim::Source,
    /// The understanding step. Always `understand_with` in takedown itself;
    /// tests substitute one that panics or hangs to exercise the guards.
    pub understand: fn(&[u8], &Settings, &dkim::Source) -> Understanding,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            dkim: dkim::Source::System,
            understand: understand_with,
        }
    }
}

/// Emails whose reading overran the time budget and whose worker thread is
/// still running (a thread cannot be killed; it is abandoned).
static RUNAWAY: AtomicUsize = AtomicUsize::new(0);
/// More abandoned workers than this and new emails are not read at all (they
/// go to review), so that a flood of hostile emails cannot pile up threads.
const MAX_RUNAWAY: usize = 4;

/// Why an email could not be understood: the review reason (internal_error,
/// time_budget) and the detail.
#[derive(Debug)]
pub struct NotUnderstood(pub &'static str, pub String);

/// Runs the understanding step on a worker thread, bounded by
/// `limits.time_budget` (plus the DNS allowance when DKIM is checked), with
/// panics caught. A worker that overruns is abandoned, not waited for.
pub fn understand_bounded(
    raw: &[u8],
    settings: &Settings,
    opts: &IngestOptions,
) -> Result<(Understanding, Duration), NotUnderstood> {
    let stuck = RUNAWAY.load(Ordering::SeqCst);
    if stuck >= MAX_RUNAWAY {
        return Err(NotUnderstood(
            "time_budget",
            format!(
                "not read: {stuck} earlier emails are still being read past limits.time_budget; this one waits for a person"
            ),
        ));
    }
    let mut budget = settings.limits.time_budget;
    if checks_dkim(settings) {
        let dns = settings
            .trust
            .as_ref()
            .map(|t| t.dns_timeout)
            .unwrap_or_default();
        budget += dns.saturating_mul(2) + Duration::from_millis(500);
    }
    let state = Arc::new(AtomicU8::new(RUNNING));
    let cancel = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let job = ReadJob {
        bytes: raw.to_vec(),
        settings: settings.clone(),
        opts: opts.clone(),
        state: state.clone(),
        cancel: cancel.clone(),
    };
    let started = Instant::now();
    // This thread's reader, kept from the email before (starting a thread with
    // a 64 MiB stack for every email cost a fifth of a backlog's CPU).
    let reader = READER.with(|r| r.borrow_mut().take());
    let reader = match reader {
        Some(r) => r,
        None => match Reader::start() {
            Ok(r) => r,
            Err(e) => {
                // No thread to be had (resource limits): read it here, unbounded but guarded.
                tracing::warn!(
                    "cannot start a worker thread ({e}); reading the email without a time limit"
                );
                return match catch_unwind(AssertUnwindSafe(|| {
                    (opts.understand)(raw, settings, &opts.dkim)
                })) {
                    Ok(u) => Ok((u, started.elapsed())),
                    Err(p) => Err(NotUnderstood(
                        "internal_error",
                        format!("internal error while reading this email: {}", panic_text(p)),
                    )),
                };
            }
        },
    };
    if reader.jobs.send(job).is_err() {
        return Err(NotUnderstood(
            "internal_error",
            "internal error: the worker reading emails has stopped".into(),
        ));
    }
    let over = |budget: Duration| {
        NotUnderstood(
            "time_budget",
            format!(
                "reading this email took longer than limits.time_budget ({} ms); it was not read",
                budget.as_millis()
            ),
        )
    };
    match reader.results.recv_timeout(budget) {
        Ok(r) => {
            // Ready for the next email of this thread.
            READER.with(|slot| *slot.borrow_mut() = Some(reader));
            match r {
                Ok(u) => Ok((u, started.elapsed())),
                Err(p) => Err(NotUnderstood(
                    "internal_error",
                    format!("internal error while reading this email: {p}"),
                )),
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            // The reader is dropped here (its channels close) and told to
            // stop: it unwinds at its next checkpoint (crate::stop) and ends;
            // the next email starts a new one.
            cancel.store(true, Ordering::SeqCst);
            RUNAWAY.fetch_add(1, Ordering::SeqCst);
            if state
                .compare_exchange(RUNNING, ABANDONED, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
            {
                // It finished just now: not a runaway after all, but over budget all the same.
                RUNAWAY.fetch_sub(1, Ordering::SeqCst);
            }
            Err(over(budget))
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(NotUnderstood(
            "internal_error",
            "internal error: the worker reading this email stopped without an answer".into(),
        )),
    }
}

const RUNNING: u8 = 0;
const DONE: u8 = 1;
const ABANDONED: u8 = 2;

/// One email for a reader thread, with the state the caller and the reader
/// use to agree on whether it was abandoned.
struct ReadJob {
    bytes: Vec<u8>,
    settings: Settings,
    opts: IngestOptions,
    state: Arc<AtomicU8>,
    /// Raised when the caller gives up waiting: the reading stops itself.
    cancel: Arc<std::sync::atomic::AtomicBool>,
}

/// A thread that reads one email at a time for the thread that owns it.
struct Reader {
    jobs: std::sync::mpsc::Sender<ReadJob>,
    results: std::sync::mpsc::Receiver<Result<Understanding, String>>,
}

thread_local! {
    static READER: std::cell::RefCell<Option<Reader>> = const { std::cell::RefCell::new(None) };
}

impl Reader {
    fn start() -> std::io::Result<Reader> {
        let (jobs, job_rx) = std::sync::mpsc::channel::<ReadJob>();
        let (result_tx, results) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("takedown-understand".into())
            // Generous stack: nested MIME is parsed recursively by mail-parser.
            .stack_size(64 << 20)
            .spawn(move || {
                // Ends when its owner drops the reader: after an overrun, or
                // when the owning thread ends.
                for job in job_rx {
                    crate::stop::watch(job.cancel.clone());
                    let r = catch_unwind(AssertUnwindSafe(|| {
                        (job.opts.understand)(&job.bytes, &job.settings, &job.opts.dkim)
                    }));
                    crate::stop::unwatch();
                    if job
                        .state
                        .compare_exchange(RUNNING, DONE, Ordering::SeqCst, Ordering::SeqCst)
                        .is_err()
                    {
                        RUNAWAY.fetch_sub(1, Ordering::SeqCst);
                        tracing::warn!(
                            "an email abandoned past its time budget has stopped being read"
                        );
                        return;
                    }
                    if result_tx.send(r.map_err(panic_text)).is_err() {
                        return;
                    }
                }
            })?;
        Ok(Reader { jobs, results })
    }
}

/// The part of the ledger the email may concern, with the email read
/// against it: domains it names without a scheme ("jackpot-ace88.top is on
/// clientHold") that are requested items are read again as the URLs they
/// name. Only requested items are: a host in prose or in a signature would
/// otherwise take the status of the sentence around it. Links set aside as
/// the platform's own pages ("…/contact", "…/about") that are requested
/// items are read again as content. Ingest and reprocess both call this
/// before `matching::decide`.
pub fn read_against(
    store: &Store,
    u: &mut Understanding,
    settings: &Settings,
    now: Timestamp,
) -> Result<crate::matching::LedgerView, StoreError> {
    let view = store.ledger_view(&view_query(u, settings, now), &settings.tz)?;
    let x = &u.extraction;
    if x.bare_hosts.is_empty() && x.policy_links.is_empty() {
        return Ok(view);
    }
    let mut items: Vec<String> = view
        .requests
        .iter()
        .flat_map(|r| r.items.iter().map(|i| i.url_key.clone()))
        .filter(|k| x.bare_hosts.contains(k) || x.policy_links.contains(k))
        .collect();
    if items.is_empty() {
        return Ok(view);
    }
    items.sort();
    items.dedup();
    let platform = u
        .verdict
        .platform
        .as_deref()
        .and_then(|p| settings.platform(p));
    // The first reading came through the guarded worker; this one reads the
    // same text, and a panic in it keeps the first reading.
    match catch_unwind(AssertUnwindSafe(|| {
        extract::extract_with(&u.parsed, platform, settings, &items)
    })) {
        Ok(x) => u.extraction = x,
        Err(p) => {
            tracing::warn!(
                message_id = u.parsed.message_id.as_deref().unwrap_or("(none)"),
                "second reading with bare domains failed ({}); the first reading stands",
                panic_text(p)
            );
            return Ok(view);
        }
    }
    store.ledger_view(&view_query(u, settings, now), &settings.tz)
}

/// Which part of the ledger the email may concern.
pub fn view_query(u: &Understanding, settings: &Settings, now: Timestamp) -> ViewQuery {
    let x = &u.extraction;
    let mut q = ViewQuery::default();
    q.refs = x
        .refs
        .refs
        .iter()
        .chain(x.refs.plus_refs.iter())
        .cloned()
        .collect();
    q.message_ids = x.refs.thread_ids.clone();
    if x.classification == Classification::Bounce {
        // The failed email's own Message-ID: one of our reminders, perhaps.
        q.message_ids = extract::refs::bounced_ids(&u.parsed);
    }
    if let Some(p) = &u.verdict.platform {
        q.case_numbers = x
            .refs
            .case_numbers
            .iter()
            .map(|n| (p.clone(), n.clone()))
            .collect();
        // "your request of Sept. 1": the year is the email's, or the one before
        // when that date would be in the future.
        let when = u.parsed.date.unwrap_or(now).to_zoned(settings.tz.clone());
        for (y, m, d) in &x.refs.dates {
            let years: Vec<i16> = match y {
                Some(y) => vec![*y],
                None => vec![when.year(), when.year() - 1],
            };
            for year in years {
                if let Ok(date) = jiff::civil::Date::new(year, *m, *d) {
                    if y.is_some() || date <= when.date() {
                        q.platform_dates.push((p.clone(), date.to_string()));
                        break;
                    }
                }
            }
        }
    }
    q.url_keys = x.claims.iter().filter_map(|c| c.key.clone()).collect();
    // URLs named without a readable status: to tell whether the email names
    // requested items (a `not_understood` review, never silence).
    q.url_keys
        .extend(x.hedged.iter().filter_map(|u| extract::urls::normalize(u)));
    // Domains named without a scheme: requested items among them are read
    // as URLs on a second reading (see `read_against`).
    q.url_keys.extend(x.bare_hosts.iter().cloned());
    // Links read as the platform's own pages: a requested item among them
    // is read as content on the second reading.
    q.url_keys.extend(x.policy_links.iter().cloned());
    q.key_prefixes = x
        .claims
        .iter()
        .filter(|c| c.channel)
        .filter_map(|c| c.key.clone())
        .collect();
    q.url_keys.sort();
    q.url_keys.dedup();
    q
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Ingests one email: records it (raw bytes included) with everything
/// decided about it, atomically. Idempotent: the same email again changes nothing.
pub fn ingest_one(
    store: &Store,
    settings: &Settings,
    raw: &RawEmail,
    now: Timestamp,
) -> Result<IngestReport, StoreError> {
    ingest_one_with(store, settings, raw, now, &IngestOptions::default())
}

/// `ingest_one` with the DKIM source and the understanding step chosen by the caller.
pub fn ingest_one_with(
    store: &Store,
    settings: &Settings,
    raw: &RawEmail,
    now: Timestamp,
    opts: &IngestOptions,
) -> Result<IngestReport, StoreError> {
    ingest_prepared(store, settings, raw, now, opts, None)
}

/// What `ingest_batch` works out ahead of recording: the SHA-256, and the
/// understanding when the email is new and within the size limit.
struct Prepared {
    sha: String,
    understood: Option<Result<(Understanding, Duration), NotUnderstood>>,
    /// `store::compress` of the email's bytes, done by the worker.
    deflated: Option<Vec<u8>>,
}

/// How many emails the workers may understand ahead of the one being recorded.
const LOOKAHEAD: usize = 32;

/// Ingests `raws` in order, exactly as `ingest_one_with` would one by one, but
/// with the understanding step (parse, trust, extract: pure, and most of the
/// CPU) run ahead on worker threads while the calling thread records earlier
/// emails. `each` gets every email's result in input order, a panic while
/// recording included (as `Err`, after which nothing more is recorded), and
/// returns false to stop early.
///
/// The batch's write transaction is opened here (`store.begin_batch`; commit
/// or roll back is the caller's): at once, or, when takedown's own DKIM check
/// asks DNS, only once every email of the batch has been read, so that no
/// DNS look-up ever waits inside the write transaction (`mark`, `remind` and
/// the other mailboxes would wait on it past `busy_timeout`).
pub fn ingest_batch(
    store: &Store,
    settings: &Settings,
    raws: &[RawEmail],
    now: Timestamp,
    opts: &IngestOptions,
    mut each: impl FnMut(usize, std::thread::Result<Result<IngestReport, StoreError>>) -> bool,
) -> Result<(), StoreError> {
    use std::sync::{Condvar, Mutex, mpsc};
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(raws.len());
    if workers == 0 {
        return store.begin_batch();
    }
    let asks_dns = checks_dkim(settings) && matches!(opts.dkim, dkim::Source::System);
    let lookahead = if asks_dns { raws.len() } else { LOOKAHEAD };
    // Emails already in the ledger are not read again (a local mailbox is
    // re-read whole on every pass): only the SHA-256 is needed for them.
    let shas: Vec<String> = raws.iter().map(|r| sha256_hex(&r.bytes)).collect();
    let mut wanted = Vec::with_capacity(raws.len());
    for (raw, sha) in raws.iter().zip(&shas) {
        let known = match store.message_by_sha(sha) {
            Ok(k) => k.is_some(),
            Err(_) => false,
        };
        wanted.push(!known && raw.size() <= settings.limits.max_message_bytes);
    }
    let next = AtomicUsize::new(0);
    // (emails handed to `each`, stop): workers stay within LOOKAHEAD of it.
    let progress = (Mutex::new((0usize, false)), Condvar::new());
    std::thread::scope(|scope| {
        type Read = (Result<(Understanding, Duration), NotUnderstood>, Vec<u8>);
        let (tx, rx) = mpsc::channel::<(usize, Read)>();
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, progress, wanted) = (&next, &progress, &wanted);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= raws.len() {
                        return;
                    }
                    if !wanted[i] {
                        continue;
                    }
                    {
                        let (lock, cv) = progress;
                        let mut g = lock.lock().unwrap_or_else(|p| p.into_inner());
                        while !g.1 && i >= g.0 + lookahead {
                            g = cv.wait(g).unwrap_or_else(|p| p.into_inner());
                        }
                        if g.1 {
                            return;
                        }
                    }
                    // Deflating the bytes to keep is pure too: done here, it
                    // leaves the one thread that writes the ledger free.
                    let read = (
                        understand_bounded(&raws[i].bytes, settings, opts),
                        crate::store::compress(&raws[i].bytes),
                    );
                    if tx.send((i, read)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        let mut ready: std::collections::BTreeMap<usize, Read> = Default::default();
        let finish = |stop: bool| {
            let (lock, cv) = &progress;
            let mut g = lock.lock().unwrap_or_else(|p| p.into_inner());
            g.0 += 1;
            g.1 |= stop;
            cv.notify_all();
        };
        if asks_dns {
            let expected = wanted.iter().filter(|w| **w).count();
            while ready.len() < expected {
                match rx.recv() {
                    Ok((j, u)) => {
                        ready.insert(j, u);
                    }
                    Err(_) => break,
                }
            }
        }
        if let Err(e) = store.begin_batch() {
            finish(true);
            return Err(e);
        }
        for (i, raw) in raws.iter().enumerate() {
            let understood = if wanted[i] {
                loop {
                    if let Some(u) = ready.remove(&i) {
                        break Some(u);
                    }
                    match rx.recv() {
                        Ok((j, u)) => {
                            ready.insert(j, u);
                        }
                        // Cannot happen while email i is wanted; read it here then.
                        Err(_) => break None,
                    }
                }
            } else {
                None
            };
            let (understood, deflated) = match understood {
                Some((u, d)) => (Some(u), Some(d)),
                None => (None, None),
            };
            let pre = Prepared {
                sha: shas[i].clone(),
                understood,
                deflated,
            };
            let r = catch_unwind(AssertUnwindSafe(|| {
                ingest_prepared(store, settings, raw, now, opts, Some(pre))
            }));
            let panicked = r.is_err();
            let go_on = each(i, r) && !panicked;
            finish(!go_on);
            if !go_on {
                break;
            }
        }
        finish(true);
        Ok(())
    })
}

fn ingest_prepared(
    store: &Store,
    settings: &Settings,
    raw: &RawEmail,
    now: Timestamp,
    opts: &IngestOptions,
    pre: Option<Prepared>,
) -> Result<IngestReport, StoreError> {
    let (sha, mut understood, deflated) = match pre {
        Some(p) => (p.sha, p.understood, p.deflated),
        None => (sha256_hex(&raw.bytes), None, None),
    };
    let origin = raw.origin.to_string();
    if let Some(k) = store.message_by_sha(&sha)? {
        return Ok(duplicate_report(
            origin,
            sha,
            k.message_id,
            &k.disposition,
            format!("already recorded as email #{} ({})", k.id, k.outcome),
        ));
    }

    // Too large: keep the header (what the source gave us) and say why.
    let limit = settings.limits.max_message_bytes;
    if raw.size() > limit {
        let detail = format!(
            "{} bytes, over limits.max_message_bytes = {limit}; only the header was kept",
            raw.size()
        );
        return record_refused(store, settings, raw, sha, origin, now, "too_large", detail);
    }
    // Too complex (parts, nesting, header fields, decoded size): measured in
    // one pass before anything decodes it, so it is never read at all.
    if understood.is_none() {
        if let Err(over) = parse::shape::measure(&raw.bytes, &settings.limits) {
            return record_refused(
                store,
                settings,
                raw,
                sha,
                origin,
                now,
                "too_complex",
                over.detail,
            );
        }
    }

    // Understanding never takes the daemon down: a panic or an overrun of the
    // time budget becomes a review entry, and the daemon goes on.
    let mut u = match understood
        .take()
        .unwrap_or_else(|| understand_bounded(&raw.bytes, settings, opts))
    {
        Ok((u, took)) => {
            tracing::debug!(origin, ms = took.as_millis() as u64, "email read");
            u
        }
        Err(NotUnderstood(reason, why)) => {
            return record_failure(store, raw, &sha, &origin, now, reason, why);
        }
    };

    crate::requests::intake::trust_sent_copy(&mut u, raw, settings);

    // The same Message-ID again: a duplicate, unless everything before it under
    // that Message-ID was untrusted and this one is trusted (a forger must not
    // be able to pre-empt a genuine confirmation by guessing its Message-ID).
    let mut note = String::new();
    if let Some(mid) = &u.parsed.message_id {
        let earlier = store.messages_by_message_id(mid)?;
        if let Some(first) = earlier.first() {
            if earlier.iter().any(|k| k.trusted) || !u.verdict.trusted {
                let detail = format!("same Message-ID as email #{} ({})", first.id, first.outcome);
                let msg = new_message(
                    &u,
                    raw,
                    deflated.as_deref(),
                    &sha,
                    &origin,
                    now,
                    "duplicate",
                    &detail,
                    Some(first.id),
                    None,
                );
                record(store, &msg, None, u.dkim.as_ref())?;
                return Ok(duplicate_report(
                    origin,
                    sha,
                    Some(mid.clone()),
                    &first.disposition,
                    detail,
                ));
            }
            note = format!(
                "; Message-ID was used before by untrusted email #{}",
                first.id
            );
        }
    }

    // Requests staff send: a branch of their own, before confirmations are matched.
    if let Some(report) = crate::requests::intake::ingest(
        store,
        settings,
        raw,
        &u,
        &sha,
        &origin,
        deflated.as_deref(),
        now,
    )? {
        return Ok(report);
    }

    let view = read_against(store, &mut u, settings, now)?;
    let decision = match catch_unwind(AssertUnwindSafe(|| {
        matching::decide(&u.extraction, &u.verdict, &view, settings)
    })) {
        Ok(d) => d,
        Err(p) => {
            let why = format!(
                "internal error while matching this email: {}",
                panic_text(p)
            );
            return record_failure(store, raw, &sha, &origin, now, "internal_error", why);
        }
    };
    let detail = format!("{}{}", describe(&u, &decision), note);
    let review_detail = decision
        .review
        .as_ref()
        .map(|(_, d)| d.clone())
        .unwrap_or_default();
    let review = decision
        .review
        .as_ref()
        .map(|(c, _)| (*c, review_detail.as_str()));
    let msg = new_message(
        &u,
        raw,
        deflated.as_deref(),
        &sha,
        &origin,
        now,
        decision.outcome.as_str(),
        &detail,
        None,
        review,
    );
    record(store, &msg, Some(&decision), u.dkim.as_ref())?;
    Ok(IngestReport {
        origin,
        message_id: u.parsed.message_id.clone(),
        sha256: sha,
        from: u.parsed.sender().map(str::to_string),
        subject: Some(u.parsed.subject.clone()),
        outcome: decision.outcome,
        classification: u.extraction.classification.as_str().into(),
        platform: u.verdict.platform.clone(),
        trusted: u.verdict.trusted,
        trust_reason: u.verdict.reason.clone(),
        review: decision.review.as_ref().map(|(c, _)| c.to_string()),
        detail: if review_detail.is_empty() {
            detail
        } else {
            format!("{detail}: {review_detail}")
        },
        changes: decision
            .changes
            .iter()
            .map(|c| ChangeReport {
                reference: c.reference.clone(),
                url: c.url.clone(),
                from: c.old,
                to: c.new,
            })
            .collect(),
        disposition: if decision.review.is_some() {
            Disposition::Review
        } else {
            Disposition::Processed
        },
    })
}

/// Records an email that is not read (`reason`: too_large, too_complex):
/// its header block parsed for the ledger, the bytes kept (only the header
/// when too large), and a review entry saying why.
#[allow(clippy::too_many_arguments)]
fn record_refused(
    store: &Store,
    settings: &Settings,
    raw: &RawEmail,
    sha: String,
    origin: String,
    now: Timestamp,
    reason: &'static str,
    detail: String,
) -> Result<IngestReport, StoreError> {
    let header_end = crate::source::local_header_end(&raw.bytes).unwrap_or(raw.bytes.len());
    let head = &raw.bytes[..header_end];
    let headers_only = reason == "too_large";
    let parsed = parse::parse(head, &settings.limits);
    if let Some(mid) = &parsed.message_id {
        if let Some(k) = store.messages_by_message_id(mid)?.into_iter().next() {
            return Ok(duplicate_report(
                origin,
                sha,
                Some(mid.clone()),
                &k.disposition,
                format!("already recorded as email #{}", k.id),
            ));
        }
    }
    let verdict = trust::assess(&parsed, settings);
    let msg = NewMessage {
        message_id: parsed.message_id.as_deref(),
        sha256: &sha,
        from: parsed.sender(),
        subject: Some(parsed.subject.as_str()),
        date: parsed.date,
        received_at: now,
        raw: if headers_only { head } else { &raw.bytes },
        deflated: None,
        headers_only,
        size: raw.size(),
        origin: &origin,
        platform: verdict.platform.as_deref(),
        trust: if verdict.trusted {
            "trusted"
        } else {
            "untrusted"
        },
        trust_reason: &verdict.reason,
        classification: reason,
        outcome: Outcome::Refused.as_str(),
        detail: &detail,
        duplicate_of: None,
        review: Some((reason, &detail)),
    };
    store.record_ingest(&msg, None)?;
    Ok(IngestReport {
        origin,
        message_id: parsed.message_id.clone(),
        sha256: sha,
        from: parsed.sender().map(str::to_string),
        subject: Some(parsed.subject.clone()),
        outcome: Outcome::Refused,
        classification: reason.into(),
        platform: verdict.platform.clone(),
        trusted: verdict.trusted,
        trust_reason: verdict.reason.clone(),
        review: Some(reason.into()),
        detail,
        changes: Vec::new(),
        disposition: Disposition::Review,
    })
}

fn describe(u: &Understanding, d: &Decision) -> String {
    let x = &u.extraction;
    let mut s = d.summary.clone();
    if x.classification != Classification::Confirmation {
        s.push_str(&format!(" [{}]", x.classification.as_str()));
    }
    if !x.hedged.is_empty() {
        s.push_str(&format!(
            "; {} URL(s) with no confirmed status",
            x.hedged.len()
        ));
    }
    s
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn new_message<'a>(
    u: &'a Understanding,
    raw: &'a RawEmail,
    deflated: Option<&'a [u8]>,
    sha: &'a str,
    origin: &'a str,
    now: Timestamp,
    outcome: &'a str,
    detail: &'a str,
    duplicate_of: Option<i64>,
    review: Option<(&'a str, &'a str)>,
) -> NewMessage<'a> {
    NewMessage {
        message_id: u.parsed.message_id.as_deref(),
        sha256: sha,
        from: u.parsed.sender(),
        subject: Some(u.parsed.subject.as_str()),
        date: u.parsed.date,
        received_at: now,
        raw: &raw.bytes,
        deflated,
        headers_only: false,
        size: raw.size(),
        origin,
        platform: u.verdict.platform.as_deref(),
        trust: if u.verdict.trusted {
            "trusted"
        } else {
            "untrusted"
        },
        trust_reason: &u.verdict.reason,
        classification: u.extraction.classification.as_str(),
        outcome,
        detail,
        duplicate_of,
        review,
    }
}

/// Records an email with takedown's own DKIM verdict, in one transaction.
pub(crate) fn record(
    store: &Store,
    msg: &NewMessage<'_>,
    decision: Option<&Decision>,
    own: Option<&DkimCheck>,
) -> Result<i64, StoreError> {
    store.atomically(|_| {
        let id = store.record_ingest(msg, decision)?;
        if let Some(check) = own {
            store.record_dkim(id, &check.to_json())?;
        }
        Ok(id)
    })
}

/// Records an email that could not be understood (`reason`: internal_error,
/// time_budget) for a person to look at.
fn record_failure(
    store: &Store,
    raw: &RawEmail,
    sha: &str,
    origin: &str,
    now: Timestamp,
    reason: &str,
    why: String,
) -> Result<IngestReport, StoreError> {
    tracing::error!(origin, "{why}");
    let msg = NewMessage {
        message_id: None,
        sha256: sha,
        from: None,
        subject: None,
        date: None,
        received_at: now,
        raw: &raw.bytes,
        deflated: None,
        headers_only: false,
        size: raw.size(),
        origin,
        platform: None,
        trust: "not_checked",
        trust_reason: "not checked: the email could not be read",
        classification: "malformed",
        outcome: Outcome::Review.as_str(),
        detail: &why,
        duplicate_of: None,
        review: Some((reason, &why)),
    };
    store.record_ingest(&msg, None)?;
    Ok(IngestReport {
        origin: origin.to_string(),
        message_id: None,
        sha256: sha.to_string(),
        from: None,
        subject: None,
        outcome: Outcome::Review,
        classification: "malformed".into(),
        platform: None,
        trusted: false,
        trust_reason: "not checked".into(),
        review: Some(reason.into()),
        detail: why,
        changes: Vec::new(),
        disposition: Disposition::Review,
    })
}

fn duplicate_report(
    origin: String,
    sha: String,
    mid: Option<String>,
    disposition: &str,
    detail: String,
) -> IngestReport {
    IngestReport {
        origin,
        message_id: mid,
        sha256: sha,
        from: None,
        subject: None,
        outcome: Outcome::Duplicate,
        classification: "duplicate".into(),
        platform: None,
        trusted: false,
        trust_reason: String::new(),
        review: None,
        detail,
        changes: Vec::new(),
        disposition: if disposition == "review" {
            Disposition::Review
        } else {
            Disposition::Processed
        },
    }
}
