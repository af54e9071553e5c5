//! `takedown review [--json]` and `takedown review resolve MSGID|ID --note TEXT
//! [--apply | --status STATUS [--url URL ...]]`.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure, actor};

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub action: Option<ReviewAction>,
    #[arg(long)]
    pub json: bool,
    /// Include resolved entries.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Close an entry; with --apply, the email's claims become a staff decision.
    Resolve {
        /// Message-ID of the email (with or without <>), or the entry's review id.
        msgid: String,
        #[arg(long, required = true)]
        note: String,
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
        #[arg(long)]
        by: Option<String>,
    },
}

/// One review entry as `review --json` prints it (and `/api/review` serves it).
#[derive(Serialize)]
pub(crate) struct Entry {
    id: i64,
    message_id: Option<String>,
    /// Entries about one item (`still_online`): its request and URL.
    #[serde(rename = "ref")]
    reference: Option<String>,
    url: Option<String>,
    reason: String,
    detail: String,
    from: Option<String>,
    subject: Option<String>,
    received_at: String,
    platform: Option<String>,
    trust: String,
    trust_reason: String,
    unmatched_urls: Vec<String>,
    resolved_at: Option<String>,
}

pub(crate) fn entry(e: crate::store::ReviewEntry, tz: &jiff::tz::TimeZone) -> Entry {
    Entry {
        received_at: e
            .received_at
            .parse::<jiff::Timestamp>()
            .map(|t| time(t, tz))
            .unwrap_or(e.received_at),
        resolved_at: e
            .resolved_at
            .and_then(|r| r.parse::<jiff::Timestamp>().ok())
            .map(|t| time(t, tz)),
        id: e.id,
        message_id: e.message_id,
        reference: e.reference,
        url: e.url,
        reason: e.reason,
        detail: e.detail,
        from: e.from,
        subject: e.subject,
        platform: e.platform,
        trust: e.trust,
        trust_reason: e.trust_reason,
        unmatched_urls: e.unmatched_urls,
    }
}

pub fn run(ctx: &Ctx, a: ReviewArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    match a.action {
        Some(ReviewAction::Resolve {
            msgid,
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
            if let Some(status) = status {
                return super::review_status::resolve(
                    ctx, &store, &msgid, &status, &urls, &note, &by,
                );
            }
            let inner = match apply {
                true => forwarded_platform(&store, &ctx.settings, &msgid),
                false => None,
            };
            let changed =
                store.review_resolve_as(&msgid, &note, &by, apply, inner.as_deref(), ctx.now)?;
            let what = match msgid.trim().parse::<i64>() {
                Ok(id) => format!("review entry {id}"),
                Err(_) => format!("<{}>", msgid.trim().trim_matches(|c| c == '<' || c == '>')),
            };
            println!(
                "resolved {what} by {by}{}",
                if apply { ", applied:" } else { "" }
            );
            for (url, old, new) in changed {
                println!("  {url} {old} -> {new}");
            }
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
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    let when = e
                        .received_at
                        .parse::<jiff::Timestamp>()
                        .map(|t| short_time(t, tz))
                        .unwrap_or_default();
                    vec![
                        when,
                        e.reason.clone(),
                        e.from.clone().unwrap_or_else(|| "-".into()),
                        e.message_id
                            .as_deref()
                            .map(|m| format!("<{m}>"))
                            .unwrap_or_else(|| "-".into()),
                        match (&e.reference, &e.url) {
                            // An entry about an item has no email to name.
                            (Some(r), Some(u)) => {
                                format!("{r} {u} (takedown review resolve {})", e.id)
                            }
                            _ => e.subject.clone().unwrap_or_default(),
                        },
                    ]
                })
                .collect();
            print!(
                "{}",
                table(
                    &["RECEIVED", "REASON", "FROM", "MESSAGE-ID", "SUBJECT"],
                    &rows
                )
            );
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
