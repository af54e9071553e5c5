//! `takedown review [--json] [--all]`, `takedown review resolve ENTRY --note
//! TEXT [--apply | --status STATUS [--url URL ...]]` and `takedown review
//! reopen ENTRY --note TEXT`. ENTRY: an id, a Message-ID or a SHA-256 prefix
//! (`Store::review_entry`, the one lookup).

use clap::{Args, Subcommand};
use serde::Serialize;

use super::ingest::short_origin;
use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure, actor};

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub action: Option<ReviewAction>,
    /// The entries as a JSON array (each with its `id`).
    #[arg(long)]
    pub json: bool,
    /// Include resolved entries, with when, by whom and the note.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Close an entry; with --apply, the email's claims become a staff decision.
    /// Without --apply nothing but the entry changes: the way to withdraw a
    /// file ingested by mistake (`--note "not an email"`), whose record stays.
    Resolve {
        /// The entry: its id (first column of `takedown review`), the
        /// Message-ID of its email (with or without <>), or the first 12 or
        /// more hex digits of the email's SHA-256.
        #[arg(value_name = "ENTRY")]
        entry: String,
        /// Why (kept with the entry; shown by `review --all`).
        #[arg(long, required = true)]
        note: String,
        /// Apply the email's item-level claims as a staff decision.
        #[arg(long, conflicts_with = "status")]
        apply: bool,
        /// Apply this status to the items the email names (a staff decision
        /// citing the email): pending, removed, restricted, rejected, not_found.
        #[arg(long)]
        status: Option<String>,
        /// The items to apply --status to (default: every item of the
        /// email's own platform that it names; required when the sender is
        /// no platform).
        #[arg(long = "url", value_name = "URL", requires = "status")]
        urls: Vec<String>,
        /// Who decides (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
    /// Put a resolved entry back in the queue (undoes `resolve`; item
    /// changes made by `resolve --apply` or `--status` are undone with `mark`).
    Reopen {
        /// The entry, named as for `resolve`.
        #[arg(value_name = "ENTRY")]
        entry: String,
        /// Why (kept with the entry, beside the earlier resolution).
        #[arg(long, required = true)]
        note: String,
        /// Who decides (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
}

/// One entry as `review --json` prints it (and `/api/review` serves it).
#[derive(Serialize)]
pub(crate) struct Entry {
    /// Stable: the entry keeps it for good (`review resolve ID`).
    id: i64,
    message_id: Option<String>,
    sha256: Option<String>,
    reason: String,
    detail: String,
    from: Option<String>,
    subject: Option<String>,
    received_at: String,
    platform: Option<String>,
    trust: String,
    trust_reason: String,
    unmatched_urls: Vec<String>,
    /// For an entry about an item rather than an email.
    #[serde(rename = "ref")]
    reference: Option<String>,
    url: Option<String>,
    /// Where the email was read from.
    origin: Option<String>,
    resolved_at: Option<String>,
    resolved_by: Option<String>,
    resolution_note: Option<String>,
}

fn local(
    t: &str,
    tz: &jiff::tz::TimeZone,
    f: fn(jiff::Timestamp, &jiff::tz::TimeZone) -> String,
) -> String {
    t.parse::<jiff::Timestamp>()
        .map(|t| f(t, tz))
        .unwrap_or_else(|_| t.to_string())
}

pub(crate) fn entry(e: crate::store::ReviewEntry, tz: &jiff::tz::TimeZone) -> Entry {
    Entry {
        id: e.id,
        received_at: local(&e.received_at, tz, time),
        resolved_at: e.resolved_at.map(|r| local(&r, tz, time)),
        message_id: e.message_id,
        sha256: e.sha256,
        reason: e.reason,
        detail: e.detail,
        from: e.from,
        subject: e.subject,
        platform: e.platform,
        trust: e.trust,
        trust_reason: e.trust_reason,
        unmatched_urls: e.unmatched_urls,
        reference: e.reference,
        url: e.url,
        origin: e.origin,
        resolved_by: e.resolved_by,
        resolution_note: e.resolution_note,
    }
}

pub fn run(ctx: &Ctx, a: ReviewArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    match a.action {
        Some(ReviewAction::Resolve {
            entry,
            note,
            apply,
            status,
            urls,
            by,
        }) => {
            if note.trim().is_empty() {
                return Err(Failure::usage("--note must say why"));
            }
            let by = actor(by);
            let found = store.review_entry(&entry)?;
            if let Some(at) = &found.resolved_at {
                return Err(Failure::input(format!(
                    "review entry {found} was already resolved at {} (`takedown review --all` shows by whom and why)",
                    local(at, tz, time)
                )));
            }
            if let Some(status) = status {
                return super::review_status::resolve(
                    ctx, &store, &found, &status, &urls, &note, &by,
                );
            }
            let inner = match (apply, &found.sha256) {
                (true, Some(sha)) => forwarded_platform(&store, &ctx.settings, sha),
                _ => None,
            };
            let changed =
                store.review_resolve_as(found.id, &note, &by, apply, inner.as_deref(), ctx.now)?;
            crate::outln!(
                "resolved review entry {found} by {by}{}",
                if apply { ", applied:" } else { "" }
            );
            for (url, old, new) in changed {
                crate::outln!("  {url} {old} -> {new}");
            }
            Ok(0)
        }
        Some(ReviewAction::Reopen { entry, note, by }) => {
            if note.trim().is_empty() {
                return Err(Failure::usage("--note must say why"));
            }
            let by = actor(by);
            let found = store.review_entry(&entry)?;
            store.review_reopen(found.id, &note, &by, ctx.now, tz)?;
            crate::outln!("reopened review entry id {} by {by}", found.id);
            Ok(0)
        }
        None => {
            let entries: Vec<Entry> = store
                .review_list(a.all)?
                .into_iter()
                .map(|e| entry(e, tz))
                .collect();
            if a.json {
                print_json(&entries)?;
                return Ok(0);
            }
            if entries.is_empty() {
                crate::outln!(
                    "{}",
                    if a.all {
                        "no review entries"
                    } else {
                        "no entries awaiting review"
                    }
                );
                return Ok(0);
            }
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    // The email by Message-ID, else by the start of its
                    // SHA-256 and where it was read from; or the item.
                    let what = match (&e.message_id, &e.sha256, &e.reference, &e.url) {
                        (Some(m), _, _, _) => format!("<{m}>"),
                        (None, Some(h), _, _) => format!(
                            "sha256 {} {}",
                            h.get(..crate::store::MIN_HASH_PREFIX).unwrap_or(h),
                            e.origin.as_deref().map(short_origin).unwrap_or_default()
                        ),
                        (None, None, Some(r), Some(u)) => format!("{r} {u}"),
                        _ => "-".into(),
                    };
                    let mut detail = e.detail.clone();
                    if !e.unmatched_urls.is_empty() {
                        detail = format!("{detail}; unmatched: {}", e.unmatched_urls.join(" "));
                    }
                    let mut row = vec![
                        e.id.to_string(),
                        local(&e.received_at, tz, short_time),
                        e.reason.clone(),
                        e.from.clone().unwrap_or_else(|| "-".into()),
                        what,
                        e.subject.clone().unwrap_or_default(),
                        detail,
                    ];
                    if a.all {
                        row.insert(
                            6,
                            match &e.resolved_at {
                                Some(at) => format!(
                                    "{} by {}: {}",
                                    local(at, tz, short_time),
                                    e.resolved_by.as_deref().unwrap_or("?"),
                                    e.resolution_note.as_deref().unwrap_or("")
                                ),
                                None => "open".into(),
                            },
                        );
                    }
                    row
                })
                .collect();
            let mut headers = vec![
                "ID",
                "RECEIVED",
                "REASON",
                "FROM",
                "EMAIL/ITEM",
                "SUBJECT",
                "DETAIL",
            ];
            if a.all {
                headers.insert(6, "RESOLVED");
            }
            crate::out!("{}", table(&headers, &rows));
            Ok(0)
        }
    }
}

/// The platform of the email that a forwarded one carries (its From), when
/// one matches: the claims read from a forward are that platform's.
fn forwarded_platform(
    store: &crate::store::Store,
    settings: &crate::config::Settings,
    msgid: &str,
) -> Option<String> {
    let (raw, _, _) = store.raw_message(msgid).ok()?;
    let parsed = crate::parse::parse(&raw, &settings.limits);
    parsed.forwarded.iter().find_map(|f| {
        f.sender()
            .and_then(|s| crate::trust::platform_for(settings, s))
            .map(|p| p.id.clone())
    })
}
