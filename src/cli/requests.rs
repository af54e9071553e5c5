//! `takedown requests [--overdue] [--platform P] [--json | --csv]`.

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::show::state;
use super::{Ctx, Failure};
use crate::store::RequestSummary;

#[derive(Debug, Args)]
pub struct RequestsArgs {
    /// Only requests past their deadline with items still pending.
    #[arg(long)]
    pub overdue: bool,
    #[arg(long)]
    pub platform: Option<String>,
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    #[arg(long)]
    pub csv: bool,
}

/// One request as `requests --json` prints it (and `/api/requests` serves it).
#[derive(Serialize)]
pub(crate) struct Row {
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    sent_at: String,
    due_at: String,
    state: &'static str,
    items: u64,
    pending: u64,
    removed: u64,
    restricted: u64,
    rejected: u64,
    not_found: u64,
}

pub(crate) fn row(r: RequestSummary, tz: &jiff::tz::TimeZone, now: jiff::Timestamp) -> Row {
    Row {
        state: state(&r, now),
        sent_at: time(r.sent_at, tz),
        due_at: time(r.due_at, tz),
        reference: r.reference,
        platform: r.platform,
        items: r.items,
        pending: r.pending,
        removed: r.removed,
        restricted: r.restricted,
        rejected: r.rejected,
        not_found: r.not_found,
    }
}

pub fn run(ctx: &Ctx, a: RequestsArgs) -> Result<i32, Failure> {
    if let Some(p) = &a.platform {
        if ctx.settings.platform(p).is_none() {
            return Err(Failure::input(format!("unknown platform `{p}`")));
        }
    }
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    // --overdue: the ledger selects the overdue requests itself (on a large
    // ledger, counting every request's items only to drop most of them was
    // the cost of this command); the filter below stays the definition.
    let summaries = if a.overdue {
        store.overdue_request_summaries(a.platform.as_deref(), ctx.now)?
    } else {
        store.request_summaries(a.platform.as_deref(), None)?
    };
    let rows: Vec<Row> = summaries
        .into_iter()
        .map(|r| row(r, tz, ctx.now))
        .filter(|r| !a.overdue || r.state == "overdue")
        .collect();
    if a.json {
        print_json(&rows)?;
    } else if a.csv {
        let mut w = csv::Writer::from_writer(std::io::stdout());
        for r in &rows {
            w.serialize(r)
                .map_err(|e| Failure::input(format!("CSV: {e}")))?;
        }
        if rows.is_empty() {
            w.write_record([
                "ref",
                "platform",
                "sent_at",
                "due_at",
                "state",
                "items",
                "pending",
                "removed",
                "restricted",
                "rejected",
                "not_found",
            ])
            .map_err(|e| Failure::input(format!("CSV: {e}")))?;
        }
        w.flush()?;
    } else {
        let t: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let due = r
                    .due_at
                    .parse::<jiff::Timestamp>()
                    .map(|t| short_time(t, tz))
                    .unwrap_or_else(|_| r.due_at.clone());
                vec![
                    r.reference.clone(),
                    r.platform.clone(),
                    due,
                    r.state.to_string(),
                    r.items.to_string(),
                    r.pending.to_string(),
                    r.removed.to_string(),
                    r.restricted.to_string(),
                    r.rejected.to_string(),
                    r.not_found.to_string(),
                ]
            })
            .collect();
        print!(
            "{}",
            table(
                &[
                    "REF",
                    "PLATFORM",
                    "DUE",
                    "STATE",
                    "ITEMS",
                    "PENDING",
                    "REMOVED",
                    "RESTRICTED",
                    "REJECTED",
                    "NOT_FOUND"
                ],
                &t
            )
        );
    }
    Ok(0)
}
