//! `takedown requests [--overdue] [--state S] [--due-before D] [--due-after D] [--platform P] [--json | --csv]`.

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::show::state;
use super::{Ctx, Failure};
use crate::store::RequestSummary;

#[derive(Debug, Default, Args)]
pub struct RequestsArgs {
    /// Only requests past their deadline with items still pending (= --state overdue).
    #[arg(long)]
    pub overdue: bool,
    /// Only requests in this state: open, overdue or closed (no item pending).
    #[arg(long, value_parser = ["open", "overdue", "closed"])]
    pub state: Option<String>,
    /// Only requests due before this date (YYYY-MM-DD: the start of that day; or RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub due_before: Option<String>,
    /// Only requests due on or after this date (YYYY-MM-DD: the start of that day; or RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub due_after: Option<String>,
    /// Only this platform's requests (its id in the configuration).
    #[arg(long)]
    pub platform: Option<String>,
    /// The list as a JSON array.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// The list as CSV, the JSON's fields as columns.
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
    /// Whole days since the deadline, for overdue requests.
    days_overdue: Option<i64>,
    /// When the newest reminder for the request went out.
    last_reminder: Option<String>,
}

const COLUMNS: [&str; 13] = [
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
    "days_overdue",
    "last_reminder",
];

/// The row of request `r` at `now`; `last_reminder` is filled in by the caller
/// that has read the reminders.
pub(crate) fn row(r: RequestSummary, tz: &jiff::tz::TimeZone, now: jiff::Timestamp) -> Row {
    let st = state(&r, now);
    Row {
        state: st,
        days_overdue: (st == "overdue").then(|| (now.as_second() - r.due_at.as_second()) / 86_400),
        last_reminder: None,
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

impl Row {
    /// With when the request's newest reminder went out (`Store::last_reminders`).
    pub(crate) fn with_last_reminder(
        self,
        reminders: &std::collections::HashMap<String, jiff::Timestamp>,
        tz: &jiff::tz::TimeZone,
    ) -> Row {
        Row {
            last_reminder: reminders.get(&self.reference).map(|t| time(*t, tz)),
            ..self
        }
    }
}

/// A date argument: YYYY-MM-DD is the start of that day in the configured zone.
fn date_arg(flag: &str, v: &str, tz: &jiff::tz::TimeZone) -> Result<jiff::Timestamp, Failure> {
    let t = v.trim();
    if let Ok(d) = t.parse::<jiff::civil::Date>() {
        if let Ok(z) = d.to_zoned(tz.clone()) {
            return Ok(z.timestamp());
        }
    }
    t.parse::<jiff::Timestamp>().map_err(|_| {
        Failure::usage(format!(
            "{flag} `{t}` is not a date: write YYYY-MM-DD or RFC 3339 like 2024-09-08T18:00:00+09:00"
        ))
    })
}

/// The configured platform id `given` names (any case); an unknown one lists them.
pub fn platform_arg(ctx: &Ctx, given: &str) -> Result<String, Failure> {
    let ps = &ctx.settings.platforms;
    ps.iter()
        .find(|p| p.id == given)
        .or_else(|| ps.iter().find(|p| p.id.eq_ignore_ascii_case(given.trim())))
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            let ids: Vec<&str> = ps.iter().map(|p| p.id.as_str()).collect();
            Failure::usage(format!(
                "--platform `{given}`: no such platform; the configured ids are {}",
                ids.join(", ")
            ))
        })
}

pub fn run(ctx: &Ctx, a: RequestsArgs) -> Result<i32, Failure> {
    let tz = &ctx.settings.tz;
    let platform = a
        .platform
        .as_deref()
        .map(|p| platform_arg(ctx, p))
        .transpose()?;
    let before = a
        .due_before
        .as_deref()
        .map(|d| date_arg("--due-before", d, tz))
        .transpose()?;
    let after = a
        .due_after
        .as_deref()
        .map(|d| date_arg("--due-after", d, tz))
        .transpose()?;
    let want = match (a.overdue, a.state.as_deref()) {
        (true, Some(s)) if s != "overdue" => {
            return Err(Failure::usage(format!(
                "--overdue and --state {s} contradict each other: give one"
            )));
        }
        (true, _) => Some("overdue"),
        (false, s) => s,
    };
    let store = ctx.store()?;
    // --overdue: the ledger selects the overdue requests itself (on a large
    // ledger, counting every request's items only to drop most of them was
    // the cost of this command); the filter below stays the definition.
    let summaries = if want == Some("overdue") {
        store.overdue_request_summaries(platform.as_deref(), ctx.now)?
    } else {
        store.request_summaries(platform.as_deref(), None)?
    };
    let reminders = store.last_reminders()?;
    let rows: Vec<Row> = summaries
        .into_iter()
        .filter(|r| before.is_none_or(|b| r.due_at < b) && after.is_none_or(|b| r.due_at >= b))
        .map(|r| row(r, tz, ctx.now).with_last_reminder(&reminders, tz))
        .filter(|r| want.is_none_or(|w| r.state == w))
        .collect();
    if a.json {
        print_json(&rows)?;
    } else if a.csv {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(crate::output::Stdout);
        let csv_err = |e: csv::Error| Failure::input(format!("CSV: {e}"));
        w.write_record(COLUMNS).map_err(csv_err)?;
        for r in &rows {
            w.serialize(r).map_err(csv_err)?;
        }
        w.flush()?;
    } else {
        let t: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let short = |s: &str| {
                    s.parse::<jiff::Timestamp>()
                        .map(|t| short_time(t, tz))
                        .unwrap_or_else(|_| s.to_string())
                };
                vec![
                    r.reference.clone(),
                    r.platform.clone(),
                    short(&r.due_at),
                    r.state.to_string(),
                    r.days_overdue.map(|d| d.to_string()).unwrap_or_default(),
                    r.items.to_string(),
                    r.pending.to_string(),
                    r.removed.to_string(),
                    r.restricted.to_string(),
                    r.rejected.to_string(),
                    r.not_found.to_string(),
                    r.last_reminder
                        .as_deref()
                        .map(short)
                        .unwrap_or_else(|| "-".into()),
                ]
            })
            .collect();
        crate::out!(
            "{}",
            table(
                &[
                    "REF",
                    "PLATFORM",
                    "DUE",
                    "STATE",
                    "DAYS_LATE",
                    "ITEMS",
                    "PENDING",
                    "REMOVED",
                    "RESTRICTED",
                    "REJECTED",
                    "NOT_FOUND",
                    "LAST_REMINDER"
                ],
                &t
            )
        );
    }
    Ok(0)
}
