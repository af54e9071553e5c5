//! `takedown demo`: the main job on the embedded defaults. Imports the sample
//! requests, ingests the configured mailbox exactly as `run --once` does, and
//! prints the ledger and the review queue. Harmless to re-run: the import is
//! idempotent and the ledger skips emails it has already recorded.
//!
//! The demo runs on the story's clock, not today's: a moment after the
//! newest sample email and the newest deadline (plus the reminders' grace),
//! so that every date it prints and every reminder it writes reads as the
//! samples' own time. `--reset` starts the story again from an empty ledger.

use std::path::{Path, PathBuf};

use clap::Args;
use jiff::{SignedDuration, Timestamp};

use super::{Ctx, Failure};
use crate::config::{MailboxKind, Settings, SmtpKind};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The requests CSV (relative to the config file's folder).
    #[arg(long, default_value = "samples/requests.csv")]
    pub requests: PathBuf,
    /// Start again from scratch: delete the demo's ledger and the emails it
    /// wrote into the outbox folder first (refused when the ledger holds
    /// requests that are not the demo's).
    #[arg(long)]
    pub reset: bool,
}

pub fn run(ctx: &Ctx, a: DemoArgs) -> Result<i32, Failure> {
    let csv = if a.requests.is_absolute() {
        a.requests.clone()
    } else {
        ctx.settings.base_dir.join(&a.requests)
    };
    let now = if ctx.clock_fixed {
        ctx.now
    } else {
        story_clock(&ctx.settings, &csv)?
    };
    let ctx = &Ctx {
        settings: ctx.settings.clone(),
        now,
        clock_fixed: true,
    };
    if a.reset {
        reset(ctx, &csv)?;
    }
    crate::outln!(
        "== the story's clock: {} (takedown --now; the samples' time, not today's)",
        super::output::time(now, &ctx.settings.tz)
    );
    crate::outln!("\n== importing {}", csv.display());
    super::request::run(
        ctx,
        super::request::RequestCmd::Import(super::request::ImportArgs {
            file: csv,
            update: false,
            send: false,
            json: false,
        }),
    )
    .map_err(|f| Failure {
        message: format!(
            "{}\n(the samples changed since this ledger was made: `takedown demo --reset` starts the demo again)",
            f.message
        ),
        ..f
    })?;
    crate::outln!("\n== ingesting the mailbox (takedown run --once)");
    let code = super::ingest::run(
        ctx,
        super::ingest::RunArgs {
            once: true,
            json: false,
        },
    )?;
    crate::outln!("\n== requests (takedown requests)");
    super::requests::run(ctx, super::requests::RequestsArgs::default())?;
    let store = ctx.store()?;
    for r in store.request_summaries(None, None)? {
        crate::outln!("\n== takedown show {}", r.reference);
        super::show::run(ctx, super::show::ShowArgs::of(r.reference))?;
    }
    crate::outln!("\n== review queue (takedown review)");
    super::review::run(
        ctx,
        super::review::ReviewArgs {
            action: None,
            json: false,
            all: false,
        },
    )?;
    crate::outln!("\nledger: {}", ctx.settings.database.path.display());
    if let Some(dir) = file_outbox(&ctx.settings) {
        crate::outln!(
            "outgoing emails (reminders, digest) written as files into {}; nothing left the machine",
            dir.display()
        );
    }
    Ok(code)
}

/// The samples' own time: an hour after the newest email in the configured
/// local mailboxes and after the newest deadline plus the reminders' grace
/// (so that overdue requests get their reminder), then, if that is earlier in
/// the day than the staff digest, the digest's time. Derived each run, so
/// that new or changed samples still fit.
fn story_clock(s: &Settings, csv: &Path) -> Result<Timestamp, Failure> {
    let rows = crate::import::read_csv(s, Timestamp::UNIX_EPOCH, csv).map_err(|e| {
        Failure::input(format!(
            "{e}\n(the demo's clock is derived from the sample requests)"
        ))
    })?;
    let grace = s.reminders.as_ref().map(|r| r.grace).unwrap_or_default();
    let grace = SignedDuration::try_from(grace).unwrap_or(SignedDuration::ZERO);
    let mut latest = rows
        .iter()
        .filter_map(|r| r.due_at.checked_add(grace).ok())
        .max()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    for mb in &s.mailboxes {
        let (MailboxKind::Maildir(p) | MailboxKind::Mbox(p)) = &mb.kind else {
            continue;
        };
        for raw in crate::source::read_path(p, s.limits.max_message_bytes)
            .into_iter()
            .flatten()
        {
            if let Some(d) = crate::parse::parse(&raw.bytes, &s.limits).date {
                latest = latest.max(d);
            }
        }
    }
    let clock = latest
        .checked_add(SignedDuration::from_hours(1))
        .unwrap_or(latest);
    let Some(rs) = &s.reminders else {
        return Ok(clock);
    };
    let local = clock.to_zoned(s.tz.clone());
    if local.time() >= rs.digest_time {
        return Ok(clock);
    }
    Ok(local
        .date()
        .to_datetime(rs.digest_time)
        .to_zoned(s.tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(clock))
}

/// The folder the file transport writes outgoing emails into, if that is the configured one.
fn file_outbox(s: &Settings) -> Option<PathBuf> {
    let smtp = s.smtp.as_ref()?;
    match &smtp.kind {
        SmtpKind::File(dir) => Some(dir.clone()),
        _ => None,
    }
}

/// Deletes the demo's ledger (and its WAL, shared-memory and lock files) and
/// the `.eml` files in a file outbox. Only a ledger whose requests are all
/// the demo's own is deleted: a production ledger is never one command away
/// from being lost.
fn reset(ctx: &Ctx, csv: &Path) -> Result<(), Failure> {
    let db = &ctx.settings.database.path;
    if db.exists() {
        let mut demo: std::collections::BTreeSet<String> =
            crate::import::read_csv(&ctx.settings, ctx.now, csv)
                .map_err(Failure::input)?
                .into_iter()
                .map(|r| r.reference)
                .collect();
        // Requests the sample mailbox registers itself (a request emailed by
        // staff) are the demo's too: their reference is in a sample email.
        let s = &ctx.settings;
        for mb in &s.mailboxes {
            let (MailboxKind::Maildir(p) | MailboxKind::Mbox(p)) = &mb.kind else {
                continue;
            };
            for raw in crate::source::read_path(p, s.limits.max_message_bytes)
                .into_iter()
                .flatten()
            {
                let subject = crate::parse::parse(&raw.bytes, &s.limits).subject;
                for re in &s.matching.reference_patterns {
                    if let Some(m) = re.find(&subject) {
                        demo.insert(m.as_str().to_string());
                    }
                }
            }
        }
        let store = ctx.store()?;
        let foreign: Vec<String> = store
            .request_summaries(None, None)?
            .into_iter()
            .map(|r| r.reference)
            .filter(|r| !demo.contains(r))
            .collect();
        drop(store);
        if !foreign.is_empty() {
            return Err(Failure::usage(format!(
                "demo --reset: {} holds requests that are not the demo's ({}{}); it is not deleted. Point --config at the demo's configuration, or remove the file yourself",
                db.display(),
                foreign
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                if foreign.len() > 3 { ", …" } else { "" }
            )));
        }
    }
    let mut removed = Vec::new();
    for suffix in ["", "-wal", "-shm", "-remind.lock"] {
        let mut p = db.clone().into_os_string();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p)
                .map_err(|e| Failure::input(format!("{}: cannot delete: {e}", p.display())))?;
            removed.push(p.display().to_string());
        }
    }
    if let Some(dir) = file_outbox(&ctx.settings) {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut files: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect();
            files.sort();
            for p in files {
                std::fs::remove_file(&p)
                    .map_err(|e| Failure::input(format!("{}: cannot delete: {e}", p.display())))?;
                removed.push(p.display().to_string());
            }
        }
    }
    crate::outln!(
        "== reset: deleted {}",
        if removed.is_empty() {
            "nothing (no ledger yet)".to_string()
        } else {
            removed.join(", ")
        }
    );
    Ok(())
}
