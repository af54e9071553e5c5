//! `takedown ingest PATH...` and `takedown run [--once]`.

use std::path::PathBuf;

use clap::Args;

use super::{Ctx, Failure};
use crate::config::MailboxKind;
use crate::pipeline::{IngestOptions, IngestReport, ingest_batch};
use crate::source::{RawEmail, read_path};
use crate::store::Store;

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// .eml files, Maildir folders, mbox files, or folders of .eml files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// One JSON object per email (NDJSON).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// One pass over every configured mailbox, then exit.
    #[arg(long)]
    pub once: bool,
    /// One JSON object per email (NDJSON).
    #[arg(long)]
    pub json: bool,
}

pub fn print_report(r: &IngestReport, json: bool) {
    if json {
        crate::output::json_line(r);
        return;
    }
    let mid = r
        .message_id
        .as_deref()
        .map(|m| format!("<{m}>"))
        .unwrap_or_else(|| "(no Message-ID)".into());
    // Every field may come from the email (or its file name): escaped.
    let escape = crate::output::escape;
    let line = format!(
        "{:<9} {} {}  {}",
        r.outcome.as_str(),
        fit(&escape(&mid), 40),
        short_origin(&escape(&r.origin)),
        escape(&r.detail)
    );
    crate::outln!("{}", fit(&line, LINE));

    for c in &r.changes {
        crate::outln!(
            "          {} {} {} -> {}",
            escape(&c.reference),
            escape(&c.url),
            c.from,
            c.to
        );
    }
}

/// The width of an email's line: a terminal's 100 columns. The whole origin
/// and detail are in `--json` (and `evidence`).
const LINE: usize = 100;

/// `s` cut to `max` characters, the cut shown by "…".
fn fit(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Where an email came from, short: the file's name without its folders
/// (a Maildir file also without its `:2,` flags); IMAP origins as they are.
pub fn short_origin(origin: &str) -> String {
    let Some((scheme, path)) = origin.split_once(':') else {
        return origin.to_string();
    };
    if scheme == "imap" {
        return origin.to_string();
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let name = if scheme == "maildir" {
        name.split(":2,").next().unwrap_or(name)
    } else {
        name
    };
    format!("{scheme}:{}", fit(name, 32))
}

/// Emails recorded per durable transaction by `ingest` and local `run --once`.
const BATCH: usize = 256;

/// Ingests a list of raw emails (or read errors); returns how many could not be read.
/// Emails are recorded in batches, one durable transaction each, and each
/// email's line is printed once its batch has committed.
pub fn ingest_all(
    ctx: &Ctx,
    store: &Store,
    inputs: impl Iterator<Item = Result<RawEmail, String>>,
    json: bool,
) -> Result<usize, Failure> {
    let mut unreadable = 0;
    let mut batch: Vec<RawEmail> = Vec::with_capacity(BATCH);
    // The emails are a stream: a bar only when its length is known.
    let (low, high) = inputs.size_hint();
    let bar = super::progress::bar(high.unwrap_or(low) as u64, "ingesting");
    let mut inputs = inputs.peekable();
    while inputs.peek().is_some() {
        while batch.len() < BATCH && matches!(inputs.peek(), Some(Ok(_))) {
            if let Some(Ok(raw)) = inputs.next() {
                batch.push(raw);
            }
        }
        bar.suspend(|| ingest_committed(ctx, store, &batch, json))?;
        bar.inc(batch.len() as u64);
        batch.clear();
        if let Some(Err(e)) = inputs.next_if(|i| i.is_err()) {
            unreadable += 1;
            bar.inc(1);
            bar.suspend(|| tracing::error!("{e}"));
            if json {
                crate::output::json_line(&serde_json::json!({"outcome": "unreadable", "error": e}));
            } else {
                crate::outln!("unreadable {e}");
            }
        }
    }
    bar.finish_and_clear();
    Ok(unreadable)
}

/// One batch in one transaction; prints the reports after the commit. A
/// ledger error stops at that email (the ones before it are committed); a
/// panic rolls the batch back and goes on unwinding.
fn ingest_committed(
    ctx: &Ctx,
    store: &Store,
    batch: &[RawEmail],
    json: bool,
) -> Result<(), Failure> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut reports = Vec::with_capacity(batch.len());
    let mut failure = None;
    let mut panic = None;
    ingest_batch(
        store,
        &ctx.settings,
        batch,
        ctx.now,
        &IngestOptions::default(),
        |_, r| match r {
            Ok(Ok(report)) => {
                reports.push(report);
                true
            }
            Ok(Err(e)) => {
                failure = Some(Failure::from(e));
                false
            }
            Err(p) => {
                panic = Some(p);
                false
            }
        },
    )?;
    if let Some(p) = panic {
        store.rollback_batch();
        std::panic::resume_unwind(p);
    }
    if let Err(e) = store.commit_batch() {
        store.rollback_batch();
        return Err(e.into());
    }
    for r in &reports {
        print_report(r, json);
    }
    failure.map_or(Ok(()), Err)
}

/// The emails under `paths`, read one at a time as the batches ask for them.
fn local_inputs(paths: &[PathBuf], max: u64) -> impl Iterator<Item = Result<RawEmail, String>> {
    paths
        .iter()
        .flat_map(move |p| read_path(p, max))
        .map(|r| r.map_err(|e| e.to_string()))
}

pub fn ingest(ctx: &Ctx, a: IngestArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let inputs = local_inputs(&a.paths, ctx.settings.limits.max_message_bytes);
    let bad = ingest_all(ctx, &store, inputs, a.json)?;
    Ok(if bad > 0 { 1 } else { 0 })
}

pub fn run(ctx: &Ctx, a: RunArgs) -> Result<i32, Failure> {
    // The daemon's printing must never stop it recording or moving emails.
    crate::output::keep_going_on_failure();
    if ctx.settings.mailboxes.is_empty() {
        return Err(Failure::usage(format!(
            "{}: no [mailbox] section: nothing to watch",
            ctx.settings.config_path.display()
        )));
    }
    // Once per run, whichever way it goes below.
    if let Some(w) = ctx.settings.intake_warning() {
        tracing::warn!("{w}");
    }
    let has_imap = ctx
        .settings
        .mailboxes
        .iter()
        .any(|m| matches!(m.kind, MailboxKind::Imap(_)));
    if !a.once || has_imap {
        return crate::daemon::run_cli(ctx, a.once, a.json);
    }
    let store = ctx.store()?;
    let mut bad = 0;
    for mb in &ctx.settings.mailboxes {
        let (path, kind) = match &mb.kind {
            MailboxKind::Maildir(p) => (p.clone(), "maildir"),
            MailboxKind::Mbox(p) => (p.clone(), "mbox"),
            MailboxKind::Imap(_) => continue,
        };
        // Local mailboxes are left as they are; the ledger skips what it has seen.
        let paths = [path];
        let inputs = local_inputs(&paths, ctx.settings.limits.max_message_bytes);
        let unreadable = ingest_all(ctx, &store, inputs, a.json)?;
        bad += unreadable;
        // The pass, for mailbox health (as the daemon records it).
        if unreadable == 0 {
            store.pass_completed(&mb.name, kind, ctx.now)?;
        } else {
            let why = format!("{unreadable} email(s) could not be read");
            store.pass_failed(&mb.name, kind, "read", &why, ctx.now)?;
        }
    }
    // As the daemon's pass does: the reminder run, after the replies were read.
    match crate::remind::disabled_reason(&ctx.settings) {
        Some(why) => tracing::info!("{why}"),
        None => match crate::remind::run_once(&store, &ctx.settings, ctx.now, false) {
            Err(e) => tracing::error!("reminders: {e}"),
            Ok(r) => {
                for h in &r.held {
                    tracing::warn!("reminders and the digest held back: {}", h.reason);
                }
            }
        },
    }
    Ok(if bad > 0 { 1 } else { 0 })
}
