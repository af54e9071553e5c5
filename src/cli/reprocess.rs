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
use crate::store::{Store, sha256_hex};
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
    for email in store.emails_since(since)? {
        let skip = |why: String| Skipped {
            email: email.id,
            message_id: email.message_id.clone(),
            why,
        };
        // Duplicates are reprocessed through their original; a refused
        // email's body was never kept.
        if email.outcome == "duplicate" {
            continue;
        }
        if email.headers_only {
            report.skipped.push(skip(
                "only the header was kept (over the size limit)".into(),
            ));
            continue;
        }
        let raw = store.raw_by_id(email.id)?;
        if sha256_hex(&raw) != email.sha256 {
            report.skipped.push(skip(
                "its stored bytes no longer hash to its SHA-256 (run `takedown audit verify`)"
                    .into(),
            ));
            continue;
        }
        report.emails += 1;
        let recorded = email.dkim.as_deref().and_then(DkimCheck::from_json);
        let opts = IngestOptions {
            dkim: dkim::Source::Recorded(recorded),
            ..IngestOptions::default()
        };
        let u = match pipeline::understand_bounded(&raw, settings, &opts) {
            Ok((u, _)) => u,
            Err(pipeline::NotUnderstood(reason, why)) => {
                report.skipped.push(skip(format!("{reason}: {why}")));
                continue;
            }
        };
        let q = pipeline::view_query(&u, settings, ctx.now);
        let view = store.ledger_view(&q, &settings.tz)?;
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
        println!(
            "email #{} {mid} {}: {} -> {}{review}",
            e.email, e.received_at, e.outcome_before, e.outcome_now
        );
        for c in &e.changes {
            println!("    {} {} {} -> {}", c.reference, c.url, c.from, c.to);
        }
    }
    for s in &report.skipped {
        println!("skipped email #{}: {}", s.email, s.why);
    }
    let verb = if a.apply { "changed" } else { "would change" };
    println!(
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
