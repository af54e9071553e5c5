//! `takedown reprocess [--since DATE] [--apply] [--json] [--by NAME]`: runs
//! the current pipeline (understanding, the ledger's view, matching) over the
//! stored emails, oldest first, and reports what would change. With
//! `--apply`, the changes become new item events citing the same email
//! (note "reprocessed"); without it nothing is written: the run happens on a
//! private in-memory copy of the ledger, so the report is exactly what
//! `--apply` would do.
//!
//! The trust verdict's DKIM part is the one recorded at receipt (a DKIM check
//! is a point-in-time observation: keys rotate, signatures expire);
//! Authentication-Results headers are in the stored bytes and are read again.

use clap::Args;
use jiff::Timestamp;
use serde::Serialize;

use super::output::{print_json, time};
use super::{Ctx, Failure, actor};
use crate::matching;
use crate::pipeline::{self, IngestOptions};
use crate::store::{Store, StoredEmail, sha256_hex};
use crate::trust::dkim::{self, DkimCheck};

#[derive(Debug, Args)]
pub struct ReprocessArgs {
    /// Only emails received on or after DATE (YYYY-MM-DD in the configured
    /// time zone, or RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Write the changes (new item events citing the same emails).
    #[arg(long)]
    pub apply: bool,
    /// The report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Who runs it, for the events' notes (default: the OS user).
    #[arg(long)]
    pub by: Option<String>,
}

#[derive(Serialize)]
struct ChangeJson {
    #[serde(rename = "ref")]
    reference: String,
    url: String,
    from: crate::status::Status,
    to: crate::status::Status,
}

#[derive(Serialize)]
struct EntryJson {
    email: i64,
    message_id: Option<String>,
    sha256: String,
    received_at: String,
    outcome_before: String,
    outcome_now: String,
    review_now: Option<String>,
    changes: Vec<ChangeJson>,
}

#[derive(Serialize)]
struct Skipped {
    email: i64,
    message_id: Option<String>,
    why: String,
}

#[derive(Serialize)]
struct ReportJson {
    applied: bool,
    emails: usize,
    changed_items: usize,
    entries: Vec<EntryJson>,
    skipped: Vec<Skipped>,
}

/// Start of that day in the configured zone, or an RFC 3339 instant.
fn parse_since(text: &str, tz: &jiff::tz::TimeZone) -> Result<Timestamp, Failure> {
    let t = text.trim();
    if t.len() == 10 {
        if let Ok(d) = t.parse::<jiff::civil::Date>() {
            return d
                .to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .map_err(|e| Failure::usage(format!("--since `{t}`: {e}")));
        }
    }
    t.parse::<Timestamp>()
        .map_err(|_| Failure::usage(format!("--since `{t}` is not a date (write YYYY-MM-DD or RFC 3339 like 2024-09-08T18:00:00+09:00)")))
}

pub fn run(ctx: &Ctx, a: ReprocessArgs) -> Result<i32, Failure> {
    let settings = &ctx.settings;
    let since = a
        .since
        .as_deref()
        .map(|s| parse_since(s, &settings.tz))
        .transpose()?;
    let real = ctx.store()?;
    // Dry run: decisions are applied to a private copy so that each email
    // sees the effect of the ones before it, as with --apply.
    let snapshot;
    let store: &Store = if a.apply {
        &real
    } else {
        snapshot = real.snapshot_in_memory()?;
        &snapshot
    };
    let by = actor(a.by.clone());
    let note = format!("reprocessed by {by}");
    let mut report = ReportJson {
        applied: a.apply,
        emails: 0,
        changed_items: 0,
        entries: Vec::new(),
        skipped: Vec::new(),
    };
    let emails = store.emails_since(since)?;
    // Reading an email (parse, trust, extract) depends only on its bytes and
    // is most of the CPU: it runs on worker threads, a batch ahead, while
    // this thread matches and applies the previous batch against the ledger
    // in the original order, so that each email still sees the effect of the
    // ones before it and the report is the same as one email at a time.
    let batches = batches(&emails);
    let bar = super::progress::bar(emails.len() as u64, "reprocessing");
    std::thread::scope(|scope| -> Result<(), Failure> {
        let mut ahead = batches
            .first()
            .map(|b| spawn_reading(scope, read_batch(store, b), settings));
        for (k, batch) in batches.iter().enumerate() {
            let next = batches
                .get(k + 1)
                .map(|b| spawn_reading(scope, read_batch(store, b), settings));
            let Some(reading) = ahead.take() else { break };
            // Panics while reading an email are caught per email by
            // `understand_bounded`; this is the thread itself failing.
            let done = reading.join().map_err(|_| {
                Failure::input("internal error: a thread reading the emails stopped".to_string())
            })?;
            ahead = next;
            bar.inc(batch.len() as u64);
            for (email, read) in batch.iter().zip(done) {
                let skip = |why: String| Skipped {
                    email: email.id,
                    message_id: email.message_id.clone(),
                    why,
                };
                let u = match read {
                    Read::Duplicate => continue,
                    Read::Skip(why) => {
                        report.skipped.push(skip(why));
                        continue;
                    }
                    Read::Failed(e) => return Err(e.into()),
                    // Every email to read was read: a thread stopping is caught above.
                    Read::Bytes(..) => {
                        return Err(Failure::input(format!(
                            "internal error: email #{} was not read",
                            email.id
                        )));
                    }
                    Read::Done(Err(pipeline::NotUnderstood(reason, why))) => {
                        report.emails += 1;
                        report.skipped.push(skip(format!("{reason}: {why}")));
                        continue;
                    }
                    Read::Done(Ok(u)) => {
                        report.emails += 1;
                        u
                    }
                };
                let mut u = u;
                let view = pipeline::read_against(&store, &mut u, settings, ctx.now)?;
                let decision = matching::decide(&u.extraction, &u.verdict, &view, settings);
                let actor = u
                    .verdict
                    .platform
                    .clone()
                    .unwrap_or_else(|| "unknown".into());
                let made = if decision.changes.is_empty() {
                    Vec::new()
                } else {
                    store.apply_reprocessed(email.id, &decision.changes, &actor, &note, ctx.now)?
                };
                // Only item changes are reported: against today's ledger most old
                // emails naturally come out as no_change or a regression.
                if made.is_empty() {
                    continue;
                }
                let outcome_now = decision.outcome.as_str().to_string();
                let changes: Vec<ChangeJson> = made
                    .iter()
                    .filter_map(|(old, new, item)| {
                        let c = decision.changes.iter().find(|c| c.item == *item)?;
                        Some(ChangeJson {
                            reference: c.reference.clone(),
                            url: c.url.clone(),
                            from: *old,
                            to: *new,
                        })
                    })
                    .collect();
                report.changed_items += changes.len();
                report.entries.push(EntryJson {
                    email: email.id,
                    message_id: email.message_id.clone(),
                    sha256: email.sha256.clone(),
                    received_at: email
                        .received_at
                        .parse::<Timestamp>()
                        .map(|t| time(t, &settings.tz))
                        .unwrap_or(email.received_at.clone()),
                    outcome_before: email.outcome.clone(),
                    outcome_now,
                    review_now: decision.review.as_ref().map(|(c, _)| c.to_string()),
                    changes,
                });
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    if a.json {
        print_json(&report)?;
        return Ok(0);
    }
    for e in &report.entries {
        let mid = e
            .message_id
            .as_deref()
            .map(|m| format!("<{m}>"))
            .unwrap_or_else(|| "(no Message-ID)".into());
        let review = e
            .review_now
            .as_deref()
            .map(|r| format!(" (review: {r})"))
            .unwrap_or_default();
        crate::outln!(
            "email #{} {mid} {}: {} -> {}{review}",
            e.email,
            e.received_at,
            e.outcome_before,
            e.outcome_now
        );
        for c in &e.changes {
            crate::outln!("    {} {} {} -> {}", c.reference, c.url, c.from, c.to);
        }
    }
    for s in &report.skipped {
        crate::outln!("skipped email #{}: {}", s.email, s.why);
    }
    let verb = if a.apply { "changed" } else { "would change" };
    crate::outln!(
        "{} emails reprocessed; {} {verb} {} item(s){}",
        report.emails,
        report.entries.len(),
        report.changed_items,
        if a.apply {
            ""
        } else {
            " (nothing written; --apply to write)"
        }
    );
    Ok(0)
}

/// At most this many emails, or this many bytes of them, are read ahead.
const BATCH_EMAILS: usize = 64;
const BATCH_BYTES: i64 = 32 << 20;

/// Consecutive runs of `emails`, each small enough to hold in memory twice
/// over (one batch being read while the one before is matched).
fn batches(emails: &[StoredEmail]) -> Vec<&[StoredEmail]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0i64);
    for (i, e) in emails.iter().enumerate() {
        if i > start && (i - start >= BATCH_EMAILS || bytes + e.size.max(0) > BATCH_BYTES) {
            out.push(&emails[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes += e.size.max(0);
    }
    if start < emails.len() {
        out.push(&emails[start..]);
    }
    out
}

/// One email of a batch, before reading or once read.
enum Read {
    /// Reprocessed through its original, not on its own.
    Duplicate,
    /// Not read; why.
    Skip(String),
    /// The ledger could not give its bytes: the run stops there, in order.
    Failed(crate::store::StoreError),
    /// To read: its bytes and how to read them.
    Bytes(Vec<u8>, IngestOptions),
    Done(Result<pipeline::Understanding, pipeline::NotUnderstood>),
}

/// Fetches and checks the stored bytes of a batch (the ledger is this
/// thread's), in order.
fn read_batch(store: &Store, batch: &[StoredEmail]) -> Vec<Read> {
    batch
        .iter()
        .map(|email| {
            // Duplicates are reprocessed through their original; a refused
            // email's body was never kept.
            if email.outcome == "duplicate" {
                return Read::Duplicate;
            }
            if email.headers_only {
                return Read::Skip("only the header was kept (over the size limit)".into());
            }
            let raw = match store.raw_by_id(email.id) {
                Ok(raw) => raw,
                Err(e) => return Read::Failed(e),
            };
            if sha256_hex(&raw) != email.sha256 {
                return Read::Skip(
                    "its stored bytes no longer hash to its SHA-256 (run `takedown audit verify`)"
                        .into(),
                );
            }
            let recorded = email.dkim.as_deref().and_then(DkimCheck::from_json);
            let opts = IngestOptions {
                dkim: dkim::Source::Recorded(recorded),
                ..IngestOptions::default()
            };
            Read::Bytes(raw, opts)
        })
        .collect()
}

/// Reads the emails of a batch on worker threads (each under the usual time
/// budget and panic guard of `understand_bounded`); the result keeps the
/// batch's order.
fn spawn_reading<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    batch: Vec<Read>,
    settings: &'scope crate::config::Settings,
) -> std::thread::ScopedJoinHandle<'scope, Vec<Read>> {
    scope.spawn(move || {
        use std::sync::Mutex;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let slots: Vec<Mutex<Read>> = batch.into_iter().map(Mutex::new).collect();
        let next = AtomicUsize::new(0);
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(slots.len())
            .max(1);
        std::thread::scope(|s| {
            for _ in 0..workers {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(slot) = slots.get(i) else { return };
                        let mut slot = slot.lock().unwrap_or_else(|p| p.into_inner());
                        if let Read::Bytes(raw, opts) = &*slot {
                            let read =
                                pipeline::understand_bounded(raw, settings, opts).map(|(u, _)| u);
                            *slot = Read::Done(read);
                        }
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|m| m.into_inner().unwrap_or_else(|p| p.into_inner()))
            .collect()
    })
}
